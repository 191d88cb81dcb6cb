#include "models/core/ImportCommand.h"

#include "models/core/Store.h"

int ImportCommand::take(const QStringList &args, int &i, Common *c, QString *why)
{
    const QString a = args.at(i);
    const auto value = [&](QString *v) { return ImportCommand::value(args, i, v); };
    QString v;
    if (a == QLatin1String("--store")) {
        if (!value(&v)) {
            *why = tr("--store needs a database file.");
            return -1;
        }
    } else if (a == QLatin1String("--mode")) {
        if (!value(&v)) {
            *why = tr("--mode needs add, update or upsert.");
            return -1;
        }
        if (v == QLatin1String("add"))
            c->mode = TabularImport::Mode::Add;
        else if (v == QLatin1String("update"))
            c->mode = TabularImport::Mode::Update;
        else if (v == QLatin1String("upsert"))
            c->mode = TabularImport::Mode::Upsert;
        else {
            *why = tr("Unknown mode: %1").arg(v);
            return -1;
        }
    } else if (a == QLatin1String("--errors")) {
        if (!value(&c->errorsPath)) {
            *why = tr("--errors needs a file name.");
            return -1;
        }
    } else if (a == QLatin1String("--dry-run")) {
        c->dryRun = true;
    } else if (a == QLatin1String("--fill-only-empty")) {
        c->fillOnlyEmpty = true;
    } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
        c->help = true;
    } else if (a.startsWith(QLatin1String("--"))) {
        return 0;
    } else if (c->file.isEmpty()) {
        c->file = a;
    } else {
        *why = tr("Only one file can be imported at a time.");
        return -1;
    }
    return 1;
}

bool ImportCommand::value(const QStringList &args, int &i, QString *v)
{
    if (i + 1 >= args.size())
        return false;
    *v = args.at(++i);
    return true;
}

QStringList ImportCommand::withoutCommandWords(QStringList args)
{
    // tolerate being handed the whole command line or just what follows "… import"
    while (!args.isEmpty()
           && (args.first() == QLatin1String("users") || args.first() == QLatin1String("identities")
               || args.first() == QLatin1String("import") || args.first().endsWith(QLatin1String("vafa"))))
        args.removeFirst();
    return args;
}

int ImportCommand::parse(const QStringList &argsIn, const QString &usage, const Store &store, Common *common,
                         QTextStream &out, QTextStream &err, const OwnOption &own)
{
    const QStringList args = withoutCommandWords(argsIn);
    for (int i = 0; i < args.size(); ++i) {
        QString why;
        int taken = take(args, i, common, &why);
        if (taken == 0 && own)
            taken = own(args, i, &why);
        if (taken == 0)
            why = tr("Unknown option: %1").arg(args.at(i));
        if (taken <= 0)
            return usageError(why, usage, err);
    }
    if (common->help) {
        out << usage << '\n';
        out.flush();
        return 0;
    }
    if (common->file.isEmpty())
        return usageError(tr("Name the file to import."), usage, err);
    if (!store.isOpen()) {
        err << tr("The database is not open: %1").arg(store.errorMessage()) << '\n';
        err.flush();
        return 3;
    }
    return -1;
}

int ImportCommand::usageError(const QString &why, const QString &usage, QTextStream &err)
{
    err << why << '\n' << usage << '\n';
    err.flush();
    return 2;
}

QString ImportCommand::commonUsage()
{
    return tr("FILE is a .csv (UTF-8, UTF-16 or Windows-1256) or .xlsx file whose first row names the columns (Persian or English).\n"
              "Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.");
}

int ImportCommand::run(TabularImport &import, const Common &c, QTextStream &out, QTextStream &err,
                       const std::function<void()> &configure, const std::function<void()> &afterWrite)
{
    QString error;
    if (!import.loadFile(c.file, &error)) {
        err << error << '\n';
        err.flush();
        return 3;
    }
    if (configure)
        configure();
    out << tr("Columns matched: %1 of %2.").arg(import.mapping().size()).arg(import.data().headers.size()) << '\n';
    bool ok = true;
    if (c.dryRun)
        import.preview();
    else
        ok = import.run();
    const TabularImport::Summary &s = import.summary();
    // every row that is not written is named with its reason
    const QList<ImportRow> rows = import.rowPlans();
    for (const ImportRow &p : rows) {
        if (p.action == ImportRow::Action::Error)
            out << tr("Line %1: %2").arg(p.line).arg(p.reasons.join(QLatin1String("; "))) << '\n';
        else if (p.action == ImportRow::Action::Skip)
            out << tr("Line %1 (skipped): %2").arg(p.line).arg(p.reasons.join(QLatin1String("; "))) << '\n';
    }
    for (const QString &w : s.warnings)
        out << tr("Warning: %1").arg(w) << '\n';
    out << import.summaryText() << '\n';
    if (c.dryRun)
        out << tr("Dry run: nothing was written.") << '\n';
    if (!c.errorsPath.isEmpty() && s.errors + s.skipped > 0) {
        if (import.writeErrorFile(c.errorsPath, &error))
            out << tr("Errors written to %1").arg(c.errorsPath) << '\n';
        else
            err << error << '\n';
    }
    if (s.written && afterWrite)
        afterWrite();
    out.flush();
    err.flush();
    if (s.errors > 0)
        return 1;
    if (!c.dryRun && !ok)
        return 4;
    return 0;
}
