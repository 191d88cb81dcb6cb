#pragma once
#include "models/auth/CredentialStore.h"
#include "models/server/ConnectionProfile.h"

#include <QList>
#include <optional>

// The connection profiles of this workstation, in QSettings (group "server"), and the one
// chosen last. Settings hold no secret: the login role's password is kept, when the person
// wants, in the OS keychain under the profile's keychainKey(). Where there is no keychain
// (Outcome::NoKeychain) nothing is kept and the password is asked for at each connection.
class ConnectionProfiles
{
public:
    QList<ConnectionProfile> all() const;
    QStringList names() const; // in the order of all()
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds the profile, or replaces the one called `previousName` (a rename) or its own name.
    void save(const ConnectionProfile &profile, const QString &previousName = {});
    void remove(const QString &name);

    QString lastChosen() const;
    void setLastChosen(const QString &name);

    // The login role's password in the keychain (blocking; it may take a moment).
    static CredentialStore::Outcome savePassword(const ConnectionProfile &profile, const QString &password);
    static CredentialStore::Outcome readPassword(const ConnectionProfile &profile, QString *password);
    static CredentialStore::Outcome forgetPassword(const ConnectionProfile &profile);

private:
    void write(const QList<ConnectionProfile> &profiles);
};
