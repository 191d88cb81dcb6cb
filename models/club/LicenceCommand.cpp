#include "models/club/LicenceCommand.h"

#include "models/club/LicenceService.h"
#include "models/core/Actor.h"
#include "models/core/Store.h"
#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"

#include <QFile>
#include <QTextStream>

namespace {
QString seatsText(qint64 used, int allowed, bool licensed)
{
    const QString usedText = used < 0 ? QStringLiteral("?") : QStringLiteral("%L1").arg(used);
    if (!licensed)
        return LicenceCommand::tr("%1 active; the licence does not include this club").arg(usedText);
    return allowed < 0 ? LicenceCommand::tr("%1 active, no limit").arg(usedText)
                       : LicenceCommand::tr("%1 active of %L2 allowed").arg(usedText).arg(allowed);
}

QString moduleText(const LicenceState &s)
{
    QStringList names;
    if (s.moduleLicensed(ClubKind::Customer))
        names << LicenceCommand::tr("customer club");
    if (s.moduleLicensed(ClubKind::Agent))
        names << LicenceCommand::tr("agent club");
    return names.isEmpty() ? LicenceCommand::tr("none") : names.join(LicenceCommand::tr(", "));
}

void show(Store &store, QTextStream &out)
{
    const LicenceService::Usage u = LicenceService::usage(store);
    const LicenceState &s = u.state;
    if (s.inForce()) {
        const Licence &l = s.verdict.licence;
        out << LicenceCommand::tr("Company: %1 (national ID %2)").arg(l.company, Persian::toReadersDigits(l.nationalId)) << '\n';
        out << LicenceCommand::tr("Licence number: %1").arg(l.serial) << '\n';
    } else {
        out << s.verdict.message() << '\n';
        if (s.verdict.reason != LicenceVerdict::Reason::NotInstalled)
            out << LicenceCommand::tr("The installed licence is not in force: the standard edition's limits apply.") << '\n';
    }
    out << LicenceCommand::tr("Edition: %1")
               .arg(s.edition() == ClubSettings::Edition::Enterprise ? LicenceCommand::tr("enterprise")
                                                                      : LicenceCommand::tr("standard"))
        << '\n';
    out << LicenceCommand::tr("Modules: %1").arg(moduleText(s)) << '\n';
    out << LicenceCommand::tr("Customer club users: %1").arg(seatsText(u.activeCustomers, s.seats(ClubKind::Customer), s.moduleLicensed(ClubKind::Customer)))
        << '\n';
    out << LicenceCommand::tr("Agent club users: %1").arg(seatsText(u.activeAgents, s.seats(ClubKind::Agent), s.moduleLicensed(ClubKind::Agent))) << '\n';
    if (s.inForce())
        out << LicenceCommand::tr("Valid through: %1 (%2)")
                   .arg(Persian::formatDate(s.verdict.licence.expires),
                        s.verdict.licence.expires.toString(Qt::ISODate))
            << '\n';
}
} // namespace

QString LicenceCommand::usage()
{
    return tr("Usage: vafa licence show --store FILE\n"
              "       vafa licence install LICENCE --store FILE\n"
              "Exit codes: 0 done, 2 usage, 3 cannot open the store or the licence, 4 refused (nothing changed).");
}

int LicenceCommand::run(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    if (args.value(0) == QLatin1String("licence"))
        args.removeFirst();
    const auto bad = [&](const QString &why) {
        err << why << '\n' << usage() << '\n';
        err.flush();
        return 2;
    };
    const QString verb = args.value(0);
    if (verb != QLatin1String("show") && verb != QLatin1String("install"))
        return bad(tr("Say show or install."));
    QString storePath, licencePath;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--store")) {
            if (i + 1 >= args.size())
                return bad(tr("--store needs a database file."));
            storePath = args[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            return bad(tr("Unknown option: %1").arg(a));
        } else if (verb == QLatin1String("install") && licencePath.isEmpty()) {
            licencePath = a;
        } else {
            return bad(tr("Unexpected argument: %1").arg(a));
        }
    }
    if (storePath.isEmpty())
        return bad(tr("Name the database with --store FILE."));
    if (verb == QLatin1String("install") && licencePath.isEmpty())
        return bad(tr("Name the licence file to install."));

    QByteArray licenceText;
    if (verb == QLatin1String("install")) {
        QFile file(licencePath);
        // a licence is a few hundred bytes; anything much larger is not one
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("The licence file cannot be read: %1").arg(file.errorString()) << '\n';
            err.flush();
            return 3;
        }
        licenceText = file.read(64 * 1024);
    }
    Store store;
    Store::OpenOptions open;
    open.create = false; // a mistyped path must not become a new, empty company
    open.readOnly = verb == QLatin1String("show");
    if (!store.openSqlite(storePath, open)) {
        err << store.errorMessage() << '\n';
        err.flush();
        return 3;
    }
    int code = 0;
    if (verb == QLatin1String("install")) {
        const LicenceService::Installed r = LicenceService::install(store, Actor::localAdministrator(), licenceText);
        if (!r.ok) {
            err << r.error << '\n';
            if (!r.verdict.valid()) // the store's own failures already say so
                err << tr("Nothing was changed.") << '\n';
            code = 4;
        } else {
            out << tr("The licence was installed.") << '\n';
            show(store, out);
        }
    } else {
        show(store, out);
    }
    out.flush();
    err.flush();
    return code;
}
