#pragma once
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vafa company init --store FILE --name NAME --admin USER --admin-password-file F
//  [--person] [--national-id ID] … [--logo IMAGE] [--seal IMAGE] [--money-unit rial|toman] [--vat %]
//  [--bank NAME] [--bank-account N] [--iban IBAN] [--preset standard]`: the new-company wizard's
// twin for scripted installs. It creates FILE (refusing one that already holds a company),
// prints what it made, and reads the password from a file so it never shows in a process list.
// Exit codes: 0 created, 2 usage, 3 the file cannot be created or opened, 4 refused or not written.
class CompanyInitCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompanyInitCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();

private:
    // A PNG or JPEG file's bytes; empty with a Persian `why` when it is neither (its size is
    // CompanyProfile::check's to judge).
    static QByteArray readImage(const QString &path, QString *why);
};
