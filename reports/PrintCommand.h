#pragma once
#include <QCoreApplication>
#include <QStringList>

class QTextStream;
class Store;

// `vafa print`: month-end printing from a script.
//
//   vafa print --store FILE
//              (--type invoice|proforma|return_invoice|contract|receipt --number N
//               | --filter kind=…,status=…,from=YYYY-MM-DD,to=YYYY-MM-DD)
//              (--pdf OUT.pdf | --pdf-dir DIR | --printer NAME) [--public]
//
// --number accepts any digits (۱۴۰۳-۰۰۱۲ = 1403-0012). In --filter, kind is one of the --type
// values (default: invoice), status is pending|approved|rejected (default: all), and the dates
// are Gregorian (2024-11-05) or Jalali (1403-08-15; a year below 1700 is read as Jalali),
// inclusive. A filter prints oldest first. --pdf writes one PDF (a filter's documents each start
// on a new page), --pdf-dir one PDF per document, --printer sends one job to that printer.
// --public uses the item types' public templates (the ones club users get).
//
// Exit codes: 0 printed everything; 1 something could not be printed (nothing found, a document
// failed, the file or printer could not be written); 2 the command line is wrong.
class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    // `args` are the arguments after "print" (a leading "print" is skipped). When `store` is not
    // open yet, the file of --store is opened (never created). Progress and results go to
    // `out`, errors to `err`, in the UI language (translate("PrintCommand", …)).
    static int run(const QStringList &args, Store &store, QTextStream &out, QTextStream &err);

    static QString usage();
};
