#include "models/server/ServerUrl.h"

#include <QUrl>
#include <QUrlQuery>

bool ServerUrl::parse(const QString &text, Store::PostgresParams *out, QString *why)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *why = tr("«%1» is not a server address; write it as postgresql://user@host:port/database.").arg(text);
        return false;
    }
    Store::PostgresParams p;
    // no host: the local socket directory of Debian's server
    p.host = url.host().isEmpty() ? QStringLiteral("/var/run/postgresql") : url.host();
    p.port = url.port(5432);
    p.user = url.userName();
    p.password = url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password();
    p.database = url.path().mid(1);
    if (p.database.isEmpty()) {
        *why = tr("The server address names no database: add /database at its end.");
        return false;
    }
    if (p.user.isEmpty())
        p.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    QStringList options;
    const QUrlQuery query(url);
    static const QStringList known{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name")};
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first)) {
            *why = tr("The server address has an option Vafa does not know: «%1».").arg(item.first);
            return false;
        }
        options << item.first + QLatin1Char('=') + item.second;
    }
    p.options = options.join(QLatin1Char(';'));
    *out = p;
    return true;
}
