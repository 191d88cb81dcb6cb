#include "models/club/ClubUserImport.h"

#include "models/core/ImportCommand.h"
#include "models/core/Store.h"

QString UsersImportCommand::usage()
{
    return tr("Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]\n"
              "       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]\n"
              "       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]")
        + QLatin1Char('\n') + ImportCommand::commonUsage();
}

int UsersImportCommand::run(const QStringList &args, Store &store, QTextStream &out, QTextStream &err)
{
    ImportCommand::Common common;
    QString credentialsPath;
    ClubUserImport::Options o;
    // the options only this import has; the protocol of ImportCommand::take
    const auto own = [&](const QStringList &args, int &i, QString *why) {
        const QString a = args[i];
        QString v;
        const auto value = [&](QString *target) { return ImportCommand::value(args, i, target); };
        const auto wrong = [why](const QString &text) {
            *why = text;
            return -1;
        };
        if (a == QLatin1String("--kind")) {
            if (!value(&v) || !clubKindFromName(v, &o.kind))
                return wrong(tr("--kind needs customer or agent."));
        } else if (a == QLatin1String("--username")) {
            if (!value(&v))
                return wrong(tr("--username needs a rule."));
            if (v == QLatin1String("column"))
                o.usernameRule = ClubUserImport::UsernameRule::Column;
            else if (v == QLatin1String("customer-number"))
                o.usernameRule = ClubUserImport::UsernameRule::CustomerNumber;
            else if (v == QLatin1String("mobile"))
                o.usernameRule = ClubUserImport::UsernameRule::Mobile;
            else if (v == QLatin1String("email"))
                o.usernameRule = ClubUserImport::UsernameRule::Email;
            else if (v.startsWith(QLatin1String("pattern:"))) {
                o.usernameRule = ClubUserImport::UsernameRule::Pattern;
                o.usernamePrefix = v.mid(8);
            } else
                return wrong(tr("Unknown username rule: %1").arg(v));
        } else if (a == QLatin1String("--password")) {
            if (!value(&v))
                return wrong(tr("--password needs random or column."));
            if (v == QLatin1String("random"))
                o.passwordRule = ClubUserImport::PasswordRule::Random;
            else if (v == QLatin1String("column"))
                o.passwordRule = ClubUserImport::PasswordRule::Column;
            else
                return wrong(tr("Unknown password rule: %1").arg(v));
        } else if (a == QLatin1String("--credentials")) {
            if (!value(&credentialsPath))
                return wrong(tr("--credentials needs a file name."));
        } else if (a == QLatin1String("--inactive")) {
            o.activeByDefault = false;
        } else {
            return 0;
        }
        return 1;
    };
    if (const int code = ImportCommand::parse(args, usage(), store, &common, out, err, own); code >= 0)
        return code;
    o.mode = common.mode;
    o.fillOnlyEmpty = common.fillOnlyEmpty;
    // The command line runs with the rights of whoever can open the database file: a local
    // administrator. It is recorded in the audit log without a user id.
    ClubUserImport import(store, Actor::localAdministrator());
    return ImportCommand::run(
        import, common, out, err, [&] { import.setOptions(o); },
        [&] {
            if (credentialsPath.isEmpty())
                return;
            QString error;
            if (import.writeCredentialsFile(credentialsPath, &error))
                out << tr("Credentials written to %1").arg(credentialsPath) << '\n';
            else
                err << error << '\n';
        });
}
