#pragma once
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vafa licence show --store FILE` prints the licence in force (company, edition, modules,
// seats taken and allowed, expiry) or says that none is and the standard limits apply.
// `vafa licence install LICENCE --store FILE` installs a licence file from the vendor.
// Like `users import`, the command line acts as the local administrator: whoever may open the
// company's file may install its licence, and the audit row has no user id. The licence itself
// is what cannot be forged, not who installs it.
// Exit codes: 0 done, 2 usage, 3 the store or the licence file cannot be opened, 4 refused or
// not written (nothing changed).
class LicenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(LicenceCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();
};
