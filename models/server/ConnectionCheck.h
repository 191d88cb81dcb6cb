#pragma once
#include "models/server/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>

class Store;

// Opens the company's server the way a workstation does (never creating, never migrating:
// the login role owns nothing) and says in a person's words what stands in the way: the
// server cannot be reached, refuses TLS, shows a certificate that does not match, refuses the
// password, holds no Vafa company, or needs `vafa server migrate` or a newer Vafa.
class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
public:
    enum class Outcome {
        Ok,
        Unreachable,          // no answer at host:port (refused, unknown name, timed out)
        TlsRefused,           // TLS asked for, the server speaks only plain
        CertificateMismatch,  // the certificate names another host
        CertificateUntrusted, // not signed by the company's CA
        CaFileMissing,        // the CA file cannot be read
        TlsRequiredByServer,  // the server refuses plain connections (or this computer)
        WrongPassword,        // the login role or its password was refused
        NoDatabase,           // no database of that name on the server
        NotVafa,              // a database, but not a Vafa company (or not prepared yet)
        NeedsMigration,       // an older Vafa schema: `vafa server migrate`
        TooNew,               // written by a newer Vafa
        Failed,               // anything else: the detail says what
    };

    Outcome outcome = Outcome::Failed;
    QString message; // translated, for the person
    QString detail;  // the driver's words, for the log

    bool ok() const { return outcome == Outcome::Ok; }

    // How a workstation opens the server: no company is created, nothing is migrated.
    static Store::OpenOptions openOptions();
    // Opens `store` on the profile; the verdict says why not.
    static ConnectionCheck open(Store &store, const ConnectionProfile &profile, const QString &password);
    // «آزمایش اتصال»: open on a scratch store, then close it again.
    static ConnectionCheck test(const ConnectionProfile &profile, const QString &password);
    // The verdict on a store that failed to open.
    static ConnectionCheck ofFailure(const Store &store);
    static QString messageFor(Outcome outcome);
    // What libpq's words about a connection that did not open mean.
    static Outcome classify(const QString &driverText);
};
