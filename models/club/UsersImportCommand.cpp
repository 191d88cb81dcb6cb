#include "models/club/ClubUserImport.h"

#include "models/core/Store.h"

#include <QFileInfo>

QString UsersImportCommand::usage()
{
    return tr("Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]\n"
              "       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]\n"
              "       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]\n"
              "FILE is a .csv (UTF-8, UTF-16 or Windows-1256) or .xlsx file whose first row names the columns (Persian or English).\n"
              "Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.");
}

int UsersImportCommand::run(const QStringList &argsIn, Store &store, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    // tolerate being handed the whole command line or just what follows "users import"
    while (!args.isEmpty() && (args.first() == QLatin1String("users") || args.first() == QLatin1String("import")
                               || args.first().endsWith(QLatin1String("vafa"))))
        args.removeFirst();
    QString file, errorsPath, credentialsPath;
    bool dryRun = false;
    ClubUserImport::Options o;
    const auto bad = [&](const QString &why) {
        err << why << '\n' << usage() << '\n';
        err.flush();
        return 2;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        const auto value = [&](QString *v) {
            if (i + 1 >= args.size())
                return false;
            *v = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--store")) {
            if (!value(&v))
                return bad(tr("--store needs a database file."));
        } else if (a == QLatin1String("--mode")) {
            if (!value(&v))
                return bad(tr("--mode needs add, update or upsert."));
            if (v == QLatin1String("add"))
                o.mode = ClubUserImport::Mode::Add;
            else if (v == QLatin1String("update"))
                o.mode = ClubUserImport::Mode::Update;
            else if (v == QLatin1String("upsert"))
                o.mode = ClubUserImport::Mode::Upsert;
            else
                return bad(tr("Unknown mode: %1").arg(v));
        } else if (a == QLatin1String("--kind")) {
            if (!value(&v) || !clubKindFromName(v, &o.kind))
                return bad(tr("--kind needs customer or agent."));
        } else if (a == QLatin1String("--username")) {
            if (!value(&v))
                return bad(tr("--username needs a rule."));
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
                return bad(tr("Unknown username rule: %1").arg(v));
        } else if (a == QLatin1String("--password")) {
            if (!value(&v))
                return bad(tr("--password needs random or column."));
            if (v == QLatin1String("random"))
                o.passwordRule = ClubUserImport::PasswordRule::Random;
            else if (v == QLatin1String("column"))
                o.passwordRule = ClubUserImport::PasswordRule::Column;
            else
                return bad(tr("Unknown password rule: %1").arg(v));
        } else if (a == QLatin1String("--errors")) {
            if (!value(&errorsPath))
                return bad(tr("--errors needs a file name."));
        } else if (a == QLatin1String("--credentials")) {
            if (!value(&credentialsPath))
                return bad(tr("--credentials needs a file name."));
        } else if (a == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (a == QLatin1String("--fill-only-empty")) {
            o.fillOnlyEmpty = true;
        } else if (a == QLatin1String("--inactive")) {
            o.activeByDefault = false;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage() << '\n';
            out.flush();
            return 0;
        } else if (a.startsWith(QLatin1String("--"))) {
            return bad(tr("Unknown option: %1").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return bad(tr("Only one file can be imported at a time."));
        }
    }
    if (file.isEmpty())
        return bad(tr("Name the file to import."));
    // the file's columns say whether it carries passwords
    if (!store.isOpen()) {
        err << tr("The database is not open: %1").arg(store.errorMessage()) << '\n';
        err.flush();
        return 3;
    }
    // The command line runs with the rights of whoever can open the database file: a local
    // administrator. It is recorded in the audit log without a user id.
    ClubUserImport import(store, Actor::localAdministrator());
    QString error;
    if (!import.loadFile(file, &error)) {
        err << error << '\n';
        err.flush();
        return 3;
    }
    import.setOptions(o);
    const QHash<QString, QString> mapping = import.mapping();
    out << tr("Columns matched: %1 of %2.").arg(mapping.size()).arg(import.data().headers.size()) << '\n';
    bool ok = true;
    if (dryRun)
        import.preview();
    else
        ok = import.run();
    const ClubUserImport::Summary &s = import.summary();
    // every row that is not written is named with its reason
    for (const ClubUserImport::RowPlan &p : import.plans()) {
        if (p.action == ClubUserImport::RowPlan::Action::Error)
            out << tr("Line %1: %2").arg(p.line).arg(p.reasons.join(QLatin1String("; "))) << '\n';
        else if (p.action == ClubUserImport::RowPlan::Action::Skip)
            out << tr("Line %1 (skipped): %2").arg(p.line).arg(p.reasons.join(QLatin1String("; "))) << '\n';
    }
    for (const QString &w : s.warnings)
        out << tr("Warning: %1").arg(w) << '\n';
    out << import.summaryText() << '\n';
    if (dryRun)
        out << tr("Dry run: nothing was written.") << '\n';
    if (!errorsPath.isEmpty() && s.errors + s.skipped > 0) {
        if (import.writeErrorFile(errorsPath, &error))
            out << tr("Errors written to %1").arg(errorsPath) << '\n';
        else
            err << error << '\n';
    }
    if (!credentialsPath.isEmpty() && s.written) {
        if (import.writeCredentialsFile(credentialsPath, &error))
            out << tr("Credentials written to %1").arg(credentialsPath) << '\n';
        else
            err << error << '\n';
    }
    out.flush();
    err.flush();
    if (s.errors > 0)
        return 1;
    if (!dryRun && !ok)
        return 4;
    return 0;
}
