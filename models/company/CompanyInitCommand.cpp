#include "models/company/CompanyInitCommand.h"

#include "models/company/CompanySetup.h"
#include "models/persian/Digits.h"

#include <QFile>
#include <QTextStream>

#include <cmath>

QString CompanyInitCommand::usage()
{
    return tr("Usage: vafa company init --store FILE --name NAME --admin USER --admin-password-file F\n"
              "       [--person] [--national-id ID] [--economic-code CODE] [--registration-number N]\n"
              "       [--postal-code CODE] [--address TEXT] [--phone PHONE] [--logo IMAGE] [--seal IMAGE]\n"
              "       [--money-unit rial|toman] [--vat PERCENT] [--bank NAME] [--bank-account NUMBER] [--iban IBAN]\n"
              "       [--preset standard]\n"
              "Exit codes: 0 created, 2 usage, 3 cannot create or open the file, 4 refused or not written.");
}

QByteArray CompanyInitCommand::readImage(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("The image %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    // PNG or JPEG by their signatures: the command line has no image library to ask
    if (!bytes.startsWith("\x89PNG\r\n\x1a\n") && !bytes.startsWith("\xff\xd8\xff")) {
        *why = tr("%1 is not a PNG or JPEG image.").arg(path);
        return {};
    }
    return bytes;
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
        if (a == QLatin1String("--person")) { // a sole trader: the national ID is a 10-digit کد ملی
            company.profile.kind = SellerKind::Person;
            continue;
        }
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
        else if (a == QLatin1String("--registration-number"))
            company.profile.registrationNumber = v;
        else if (a == QLatin1String("--postal-code"))
            company.profile.postalCode = v;
        else if (a == QLatin1String("--address"))
            company.profile.address = v;
        else if (a == QLatin1String("--phone"))
            company.profile.phone = v;
        else if (a == QLatin1String("--logo") || a == QLatin1String("--seal")) {
            QString why;
            const QByteArray image = readImage(v, &why);
            if (image.isEmpty())
                return bad(why);
            (a == QLatin1String("--logo") ? company.profile.logo : company.profile.seal) = image;
        } else if (a == QLatin1String("--money-unit")) {
            if (v != QLatin1String("rial") && v != QLatin1String("toman"))
                return bad(tr("--money-unit is rial or toman."));
            company.profile.moneyUnit = v == QLatin1String("toman") ? Persian::MoneyUnit::Toman : Persian::MoneyUnit::Rial;
        } else if (a == QLatin1String("--vat")) {
            bool ok = false;
            const double percent = Persian::toLatinDigits(v).toDouble(&ok);
            if (!ok)
                return bad(tr("--vat is a percentage such as 10."));
            company.profile.defaultVatBp = int(std::lround(percent * 100));
        } else if (a == QLatin1String("--bank"))
            company.bankName = v;
        else if (a == QLatin1String("--bank-account"))
            company.bankAccountNumber = v;
        else if (a == QLatin1String("--iban"))
            company.bankIban = v;
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
