#pragma once
#include "models/core/TabularImport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

class Store;

// What the spreadsheet imports' commands (`vafa users import`, `vafa identities import`) share:
// the options every import takes, and how a run is reported.
//
//   FILE --store DB [--mode add|update|upsert] [--fill-only-empty] [--errors OUT] [--dry-run]
//
// Exit codes: 0 imported (or a dry run without errors), 1 rows with errors (nothing written),
// 2 usage, 3 the store or the file cannot be opened, 4 the write failed.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Import)
public:
    struct Common
    {
        QString file;
        QString errorsPath;
        bool dryRun = false;
        TabularImport::Mode mode = TabularImport::Mode::Add;
        bool fillOnlyEmpty = false;
        bool help = false;
    };

    // Reads args[i] (and its value) when it is a common option or the file, advancing i past
    // a value. 1: taken; 0: not a common option (the command reads it); -1: wrong (*why says why).
    static int take(const QStringList &args, int &i, Common *common, QString *why);
    // `args` without the command words ("vafa", "users", "identities", "import").
    static QStringList withoutCommandWords(QStringList args);
    // The value after the option at args[i]: advances i; false when there is none.
    static bool value(const QStringList &args, int &i, QString *value);

    // An option of the command itself, at args[i]: the protocol of take().
    using OwnOption = std::function<int(const QStringList &args, int &i, QString *why)>;
    // Reads the command line into *common, and each other option through `own`. -1 when the
    // command goes on; otherwise the exit code (0 after --help, 2 for a wrong call, 3 when the
    // store is not open), the reason written to `out` or `err`.
    static int parse(const QStringList &args, const QString &usage, const Store &store, Common *common, QTextStream &out,
                     QTextStream &err, const OwnOption &own = {});

    // Loads the file and runs (or, dry, previews) `import`, then names every row that is not
    // written with its reason, the warnings and the summary, and writes the error file.
    // `configure` sets the import's options after the file is loaded; `afterWrite` writes
    // what else a successful run produces. Returns the exit code.
    static int run(TabularImport &import, const Common &common, QTextStream &out, QTextStream &err,
                   const std::function<void()> &configure, const std::function<void()> &afterWrite = {});
    static int usageError(const QString &why, const QString &usage, QTextStream &err);
    static QString commonUsage(); // the lines about FILE and the exit codes
};
