#pragma once
#include <QObject>
#include <QString>

#include <functional>

// Saved sign-in passwords live only in the operating system's keychain (QtKeychain; the
// insecure QSettings fallback stays off). Where there is no keychain — QtKeychain reports that
// as OtherError on Linux, not NoBackendAvailable — Vafa simply asks for the password again.
//
// Keys are namespaced "<username>@<database>" under the service "Vafa", so two databases
// never share a saved password.
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, NoKeychain };

    explicit CredentialStore(QObject *parent = nullptr);

    static QString keyFor(const QString &username, const QString &database);

    // Asynchronous, as the keychain may prompt; `done` runs on this object's thread.
    void save(const QString &key, const QString &password, std::function<void(Outcome)> done);
    void read(const QString &key, std::function<void(Outcome, const QString &password)> done);
    void remove(const QString &key, std::function<void(Outcome)> done);

    // Blocking forms for the command line and tests (they spin a local event loop).
    Outcome saveNow(const QString &key, const QString &password);
    Outcome readNow(const QString &key, QString *password);
    Outcome removeNow(const QString &key);

private:
    static Outcome outcomeOf(int keychainError);
};
