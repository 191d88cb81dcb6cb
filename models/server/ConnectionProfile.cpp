#include "models/server/ConnectionProfile.h"

#include "models/auth/CredentialStore.h"

#include <QFileInfo>

namespace {

// A libpq connection-string value, quoted: Qt hands the options to libpq as they are (after
// turning `;` into spaces), so a CA path with a space or a quote must be quoted here.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (host.trimmed().isEmpty())
        return tr("Enter the server's address.");
    if (port < 1 || port > 65535)
        return tr("The port is a number from 1 to 65535.");
    if (database.trimmed().isEmpty())
        return tr("Enter the name of the company's database.");
    if (user.trimmed().isEmpty())
        return tr("Enter the database user workstations connect as.");
    if (tls == Tls::Verify) {
        if (caFile.trimmed().isEmpty())
            return tr("Choose the company's certificate authority file, or do not verify the certificate.");
        // Qt turns every `;` of the options into a space before libpq reads them
        if (caFile.contains(QLatin1Char(';')))
            return tr("The certificate file's path may not contain «;».");
        if (!QFileInfo(caFile).isReadable())
            return tr("The certificate authority file cannot be read: %1").arg(caFile);
    }
    return {};
}

Store::PostgresParams ConnectionProfile::toParams(const QString &password) const
{
    Store::PostgresParams p;
    p.host = host.trimmed();
    p.port = port;
    p.database = database.trimmed();
    p.user = user.trimmed();
    p.password = password;
    QStringList options{QStringLiteral("sslmode=") + sslMode(tls)};
    if (tls == Tls::Verify)
        options << QStringLiteral("sslrootcert=") + quoted(caFile.trimmed());
    // An unreachable server answers in seconds, not in minutes of TCP retries; a connection
    // that dies under a query is noticed by keepalives instead of hanging the window.
    options << QStringLiteral("connect_timeout=%1").arg(kConnectSeconds) << QStringLiteral("keepalives=1")
            << QStringLiteral("keepalives_idle=10") << QStringLiteral("keepalives_interval=5")
            << QStringLiteral("keepalives_count=3") << QStringLiteral("application_name=vafa");
    p.options = options.join(QLatin1Char(';'));
    return p;
}

QString ConnectionProfile::address() const
{
    return QStringLiteral("%1:%2/%3").arg(host.trimmed()).arg(port).arg(database.trimmed());
}

QString ConnectionProfile::keychainKey() const
{
    // "<user>@<host>:<port>/<database>": two servers never share a saved password
    return CredentialStore::keyFor(user, address());
}

QString ConnectionProfile::tlsCode(Tls tls)
{
    switch (tls) {
    case Tls::Off:
        return QStringLiteral("off");
    case Tls::Require:
        return QStringLiteral("require");
    case Tls::Verify:
        break;
    }
    return QStringLiteral("verify");
}

ConnectionProfile::Tls ConnectionProfile::tlsFromCode(const QString &code)
{
    if (code == QLatin1String("off"))
        return Tls::Off;
    if (code == QLatin1String("require"))
        return Tls::Require;
    return Tls::Verify; // unknown or missing: the safe choice
}

QString ConnectionProfile::sslMode(Tls tls)
{
    switch (tls) {
    case Tls::Off:
        return QStringLiteral("disable");
    case Tls::Require:
        return QStringLiteral("require");
    case Tls::Verify:
        break;
    }
    return QStringLiteral("verify-full");
}
