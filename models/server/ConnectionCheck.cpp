#include "models/server/ConnectionCheck.h"

#include "models/core/Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "vafa.server.connection")

namespace {

bool mentions(const QString &text, std::initializer_list<const char *> phrases)
{
    for (const char *p : phrases) {
        if (text.contains(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}

// libpq says why a connection failed only in words (Qt passes no SQLSTATE for a connection
// that never opened); these are its words in PostgreSQL 13–17. The order matters: a TLS
// failure also says "could not connect".
ConnectionCheck::Outcome ConnectionCheck::classify(const QString &text)
{
    using O = ConnectionCheck::Outcome;
    if (mentions(text, {"server does not support SSL"}))
        return O::TlsRefused;
    if (mentions(text, {"does not match host name", "does not match host"}))
        return O::CertificateMismatch;
    if (mentions(text, {"root certificate file", "could not read root certificate", "could not load root certificate"}))
        return O::CaFileMissing;
    if (mentions(text, {"certificate verify failed", "self-signed certificate", "self signed certificate",
                        "unable to get local issuer", "certificate has expired"}))
        return O::CertificateUntrusted;
    if (mentions(text, {"password authentication failed", "no password supplied", "authentication failed",
                        "role \"", "SCRAM"}))
        return O::WrongPassword;
    if (mentions(text, {"no pg_hba.conf entry"}))
        return O::TlsRequiredByServer;
    if (mentions(text, {"database \""}) && mentions(text, {"does not exist"}))
        return O::NoDatabase;
    if (mentions(text, {"connection refused", "could not translate host name", "timeout expired", "no route to host",
                        "network is unreachable", "could not connect", "name or service not known",
                        "connection timed out"}))
        return O::Unreachable;
    return O::Failed;
}

Store::OpenOptions ConnectionCheck::openOptions()
{
    Store::OpenOptions options;
    options.create = false;
    options.migrate = false;
    return options;
}

ConnectionCheck ConnectionCheck::open(Store &store, const ConnectionProfile &profile, const QString &password)
{
    ConnectionCheck check;
    const QString problem = profile.problem();
    if (!problem.isEmpty()) {
        check.message = problem;
        return check;
    }
    if (!store.openPostgres(profile.toParams(password), openOptions()))
        return ofFailure(store);
    check.outcome = Outcome::Ok;
    check.message = messageFor(Outcome::Ok);
    return check;
}

ConnectionCheck ConnectionCheck::test(const ConnectionProfile &profile, const QString &password)
{
    Store scratch;
    return open(scratch, profile, password);
}

ConnectionCheck ConnectionCheck::ofFailure(const Store &store)
{
    ConnectionCheck check;
    check.detail = store.errorDetail();
    switch (store.error()) {
    case Store::Error::CannotOpen:
        check.outcome = classify(check.detail);
        break;
    case Store::Error::NotVafa:
    case Store::Error::NoCompany:
        check.outcome = Outcome::NotVafa;
        break;
    case Store::Error::TooOld:
        check.outcome = Outcome::NeedsMigration;
        break;
    case Store::Error::TooNew:
        check.outcome = Outcome::TooNew;
        break;
    default:
        check.outcome = Outcome::Failed;
        break;
    }
    check.message = check.outcome == Outcome::Failed && store.error() != Store::Error::CannotOpen
        ? store.errorMessage()
        : messageFor(check.outcome);
    if (check.outcome == Outcome::Failed && !check.detail.isEmpty())
        check.message += QLatin1Char('\n') + check.detail.trimmed();
    qCInfo(lcConnection) << "connection failed:" << int(check.outcome) << check.detail; // never the password
    return check;
}

QString ConnectionCheck::messageFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("Connected: the server answered and holds a Vafa company.");
    case Outcome::Unreachable:
        return tr("The server could not be reached. Check its address and port, and that this computer is on the "
                  "company's network.");
    case Outcome::TlsRefused:
        return tr("The server does not accept encrypted (TLS) connections, and this connection requires one. Ask the "
                  "server's administrator to turn TLS on.");
    case Outcome::CertificateMismatch:
        return tr("The server's certificate does not belong to this address: it was made for another server. The "
                  "connection was not made.");
    case Outcome::CertificateUntrusted:
        return tr("The server's certificate is not signed by the company's certificate authority. The connection was "
                  "not made.");
    case Outcome::CaFileMissing:
        return tr("The certificate authority file could not be read.");
    case Outcome::TlsRequiredByServer:
        return tr("The server refuses this connection: it may require TLS, or not accept this computer or user.");
    case Outcome::WrongPassword:
        return tr("The server refused the user or the password of this connection.");
    case Outcome::NoDatabase:
        return tr("The server has no database of that name.");
    case Outcome::NotVafa:
        return tr("This database holds no Vafa company. Its administrator prepares it with «vafa server init».");
    case Outcome::NeedsMigration:
        return Store::messageFor(Store::Error::TooOld);
    case Outcome::TooNew:
        return tr("The company's server runs a newer version of Vafa. Update Vafa on this computer to connect.");
    case Outcome::Failed:
        break;
    }
    return tr("The connection failed.");
}
