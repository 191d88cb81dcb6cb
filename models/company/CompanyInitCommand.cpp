#include "models/company/CompanyInitCommand.h"

#include "models/company/CompanySetup.h"

#include <QFile>
#include <QTextStream>

QString CompanyInitCommand::usage()
{
    return tr("Usage: vafa company init --store FILE --name NAME --admin USER --admin-password-file F\n"
              "       [--national-id ID] [--economic-code CODE] [--preset standard]\n"
              "Exit codes: 0 created, 2 usage, 3 cannot create or open the file, 4 refused or not written.");
}

int CompanyInitCommand::run(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    while (!args.isEmpty() && (args.first() == QLatin1String("company") || args.first() == QLatin1String("init")))
        args.removeFirst();
    const auto bad = [&](const QString &why) {
        err << why << '\n' << usage() << '\n';
        return 2;
    };
    QString path, passwordFile, preset = QStringLiteral("standard");
    CompanySetup::NewCompany company;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (i + 1 >= args.size())
            return bad(tr("%1 needs a value.").arg(a));
        const QString v = args[++i];
        if (a == QLatin1String("--store"))
            path = v;
        else if (a == QLatin1String("--name"))
            company.profile.name = v;
        else if (a == QLatin1String("--admin"))
            company.adminUsername = v;
        else if (a == QLatin1String("--admin-password-file"))
            passwordFile = v;
        else if (a == QLatin1String("--national-id"))
            company.profile.nationalId = v;
        else if (a == QLatin1String("--economic-code"))
            company.profile.economicCode = v;
        else if (a == QLatin1String("--preset"))
            preset = v;
        else
            return bad(tr("Unknown option %1.").arg(a));
    }
    if (path.isEmpty() || company.profile.name.isEmpty() || company.adminUsername.isEmpty() || passwordFile.isEmpty())
        return bad(tr("--store, --name, --admin and --admin-password-file are all needed."));
    if (preset != QLatin1String("standard"))
        return bad(tr("The only preset is “standard”."));
    QFile secret(passwordFile);
    if (!secret.open(QIODevice::ReadOnly))
        return bad(tr("The password file cannot be read: %1").arg(secret.errorString()));
    company.adminPassword = QString::fromUtf8(secret.readAll()).trimmed();

    const CompanySetup::Result r = CompanySetup::createFile(path, company);
    if (!r.ok) {
        err << r.error << '\n';
        return r.cannotOpen ? 3 : 4;
    }
    for (const QString &line : r.created)
        out << line << '\n';
    return 0;
}
