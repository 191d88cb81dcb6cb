#include "models/server/ServerCommand.h"

#include "models/demo/DemoCompany.h"
#include "models/server/ServerRunCommand.h"
#include "models/server/ServerSetup.h"
#include "models/server/ServerUrl.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

QString option(const QStringList &args, const QString &name)
{
    const int at = args.indexOf(name);
    return at >= 0 ? args.value(at + 1) : QString();
}

// A password for the login role: read from FILE, or made and written to FILE (readable by its
// owner only) when FILE does not exist yet, so that it never appears in a process list.
bool loginPassword(const QString &path, QString *password, bool *made, QString *why)
{
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            *why = ServerCommand::tr("The password file «%1» cannot be read.").arg(path);
            return false;
        }
        *password = QString::fromUtf8(f.readAll()).trimmed();
        *made = false;
        if (password->isEmpty())
            *why = ServerCommand::tr("The password file «%1» is empty.").arg(path);
        return !password->isEmpty();
    }
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString made32;
    for (int i = 0; i < 32; ++i)
        made32 += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(made32.toUtf8() + '\n') <= 0) {
        *why = ServerCommand::tr("The password file «%1» cannot be written.").arg(path);
        return false;
    }
    *password = made32;
    *made = true;
    return true;
}

bool parseUrl(const QStringList &args, Store::PostgresParams *p, QTextStream &err)
{
    QString why;
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        err << ServerCommand::usage() << '\n';
        return false;
    }
    if (!ServerUrl::parse(args.first(), p, &why)) {
        err << why << '\n';
        return false;
    }
    return true;
}

} // namespace

QString ServerCommand::usage()
{
    return tr("usage:\n"
              "  vafa server init URL --login-password-file FILE   prepare an empty database\n"
              "  vafa server migrate URL                           upgrade its schema\n"
              "  vafa server load-demo URL [--size N]              fill it with the demo company\n"
              "  vafa server status URL                            what the server holds\n"
              "  vafa server run URL                               the company's worker\n"
              "URL: postgresql://user@host:port/database (init, migrate, load-demo and run need a superuser)");
}

int ServerCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("init"))
        return init(rest, out, err);
    if (verb == QLatin1String("migrate"))
        return migrate(rest, out, err);
    if (verb == QLatin1String("load-demo"))
        return loadDemo(rest, out, err);
    if (verb == QLatin1String("status"))
        return status(rest, out, err);
    if (verb == QLatin1String("run"))
        return ServerRunCommand::run(rest, out, err);
    err << usage() << '\n';
    return 2;
}

int ServerCommand::init(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Store::PostgresParams p;
    if (!parseUrl(args, &p, err))
        return 2;
    const QString file = option(args, QStringLiteral("--login-password-file"));
    if (file.isEmpty()) {
        err << tr("Name the file of the login role's password with --login-password-file FILE (a new one is made when "
                  "it does not exist).")
            << '\n';
        return 2;
    }
    QString password, why;
    bool made = false;
    if (!loginPassword(file, &password, &made, &why)) {
        err << why << '\n';
        return 2;
    }
    const ServerSetup::Result r = ServerSetup::init(p, password);
    if (!r.ok) {
        if (made)
            QFile::remove(file);
        err << r.error << '\n';
        if (!r.detail.isEmpty())
            err << r.detail << '\n';
        return r.fromVersion > 0 || !r.detail.isEmpty() ? 4 : 3;
    }
    Store store;
    if (store.openPostgres(p)) {
        QString seatsError;
        if (!ServerSetup::recordLicenceSeats(store, &seatsError))
            err << seatsError << '\n';
    }
    out << tr("The company server is ready: schema %1, owner role %2, login role %3.")
               .arg(r.toVersion)
               .arg(r.ownerRole, r.loginRole)
        << '\n';
    out << (made ? tr("The login role's password was made and written to %1.").arg(file)
                 : tr("The login role's password was taken from %1.").arg(file))
        << '\n';
    return 0;
}

int ServerCommand::migrate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Store::PostgresParams p;
    if (!parseUrl(args, &p, err))
        return 2;
    const ServerSetup::Result r = ServerSetup::migrate(p);
    if (!r.ok) {
        err << r.error << '\n';
        if (!r.detail.isEmpty())
            err << r.detail << '\n';
        return 4;
    }
    out << (r.fromVersion == r.toVersion ? tr("The server is up to date (schema %1).").arg(r.toVersion)
                                         : tr("The server was upgraded from schema %1 to %2.").arg(r.fromVersion).arg(r.toVersion))
        << '\n';
    return 0;
}

int ServerCommand::loadDemo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Store::PostgresParams p;
    if (!parseUrl(args, &p, err))
        return 2;
    DemoOptions options;
    const QString size = option(args, QStringLiteral("--size"));
    if (!size.isEmpty()) {
        bool ok = false;
        options.identities = size.toInt(&ok);
        if (!ok || options.identities < 10 || options.identities > 1000000) {
            err << tr("--size takes a number of identities from 10 to 1,000,000.") << '\n';
            return 2;
        }
    }
    Store::OpenOptions open;
    open.create = false;
    Store store;
    if (!store.openPostgres(p, open)) {
        err << store.errorMessage() << '\n' << store.errorDetail() << '\n';
        return 3;
    }
    // the demo brings its own licence: its seats apply once it is in
    QString seatsError;
    if (!ServerSetup::liftLicenceSeats(store, &seatsError)) {
        err << seatsError << '\n';
        return 4;
    }
    const DemoResult r = DemoCompany::generate(store, options);
    if (!ServerSetup::recordLicenceSeats(store, &seatsError))
        err << seatsError << '\n';
    if (!r.ok) {
        err << tr("The demo company could not be loaded; nothing was written.") << '\n' << r.error << '\n';
        return 4;
    }
    // a freshly loaded table has no statistics and no visibility map yet: the planner would guess,
    // and counts could not use the index-only scans the lists rely on
    QSqlQuery vacuum(store.db());
    if (!vacuum.exec(QStringLiteral("VACUUM ANALYZE")))
        err << vacuum.lastError().text() << '\n';
    out << tr("The demo company was loaded in %1 s: %2 identities.")
               .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
               .arg(r.counts.value(QStringLiteral("identities")))
        << '\n';
    return 0;
}

int ServerCommand::status(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Store::PostgresParams p;
    if (!parseUrl(args, &p, err))
        return 2;
    const ServerSetup::Status s = ServerSetup::status(p);
    if (!s.reachable) {
        err << tr("The server could not be reached or refused the connection.") << '\n' << s.error << '\n';
        return 3;
    }
    if (s.schemaVersion == 0) {
        out << tr("The database holds no Vafa company; prepare it with «vafa server init».") << '\n';
        return 0;
    }
    out << tr("Company: %1").arg(s.companyName.isEmpty() ? tr("(none yet)") : s.companyName) << '\n'
        << tr("Schema: %1 (this Vafa knows %2)").arg(s.schemaVersion).arg(s.knownVersion) << '\n';
    if (s.identities >= 0)
        out << tr("Identities: %1, club users: %2").arg(s.identities).arg(s.clubUsers) << '\n';
    if (s.openSessions >= 0)
        out << tr("Open sessions: %1").arg(s.openSessions) << '\n';
    out << (s.rowSecurityEverywhere
                ? tr("Row-level security: on every table")
                : tr("Row-level security is OFF on: %1").arg(s.tablesWithoutRowSecurity.join(QLatin1String(", "))))
        << '\n';
    return s.rowSecurityEverywhere ? 0 : 4;
}
