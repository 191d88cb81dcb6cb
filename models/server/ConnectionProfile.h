#pragma once
#include "models/core/Store.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How a workstation reaches the company's server (DESIGN §5, central mode): a named profile
// a person picks at sign-in. It holds no secret: the login role's password lives only in the
// operating system's keychain (ConnectionProfiles::savePassword), never in settings.
//
// The user is the database's login role that `vafa server init` makes (`<database>_login`); it
// owns nothing and reads nothing until a person signs in through the server's sign-in function.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    // libpq's sslmode: off = disable; require = encrypted, any certificate; verify = encrypted
    // and the certificate checked against caFile and the host name (verify-full).
    enum class Tls { Off, Require, Verify };

    QString name; // what the person calls it: «دفتر مرکزی»
    QString host;
    int port = 5432;
    QString database;
    QString user;
    Tls tls = Tls::Verify;
    QString caFile; // the company's CA certificate (PEM), for Tls::Verify

    static constexpr int kConnectSeconds = 10;

    // Empty when the profile can be used, else what to fix, as a sentence for a person.
    QString problem() const;
    // The connection parameters of the Store, with `password` (from the keychain or typed).
    // Options are `key=value` pairs joined by `;`, as Qt's QPSQL driver takes them.
    Store::PostgresParams toParams(const QString &password) const;
    // host:port/database, as a person reads it and as the keychain entry is keyed.
    QString address() const;
    // The keychain key of the login role's password.
    QString keychainKey() const;

    static QString tlsCode(Tls tls); // "off", "require", "verify" (settings)
    static Tls tlsFromCode(const QString &code);
    static QString sslMode(Tls tls); // libpq's words

    bool operator==(const ConnectionProfile &o) const
    {
        return name == o.name && host == o.host && port == o.port && database == o.database && user == o.user
            && tls == o.tls && caFile == o.caFile;
    }
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }
};
