// vafa-licence-sign: makes the vendor's key pair and signs licences (DESIGN §6).
//
//   vafa-licence-sign keygen OUT_PREFIX
//       writes OUT_PREFIX.secret (keep it off every repository and every customer's machine)
//       and OUT_PREFIX.public, both as hex; the public hex goes into the build as
//       -DVAFA_LICENCE_PUBLIC_KEY=… (app/CMakeLists.txt).
//   vafa-licence-sign sign --key SECRET_FILE --company NAME --national-id ID
//       --edition standard|enterprise --modules customer,agent --customer-seats N
//       --agent-seats N --expires YYYY-MM-DD [--issued YYYY-MM-DD] [--serial TEXT] --out FILE
//       seats: a number, or -1 / unlimited.
//
// Exit codes: 0 done, 2 usage, 3 a file cannot be read or written.
#include "models/club/Licence.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QUuid>

namespace {
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &why = {})
{
    if (!why.isEmpty())
        err() << why << '\n';
    err() << "usage: vafa-licence-sign keygen OUT_PREFIX\n"
             "       vafa-licence-sign sign --key SECRET_FILE --company NAME --national-id ID\n"
             "           --edition standard|enterprise --modules customer,agent --customer-seats N\n"
             "           --agent-seats N --expires YYYY-MM-DD [--issued YYYY-MM-DD] [--serial TEXT] --out FILE\n";
    err().flush();
    return 2;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << path << ": " << f.errorString() << '\n';
        return false;
    }
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(bytes) == bytes.size() && f.flush();
}

// The hex on the file's first line that is not a comment.
QByteArray readHexKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#'))
            return QByteArray::fromHex(t);
    }
    return {};
}

bool seats(const QString &text, int *out)
{
    if (text == QLatin1String("unlimited")) {
        *out = -1;
        return true;
    }
    bool ok = false;
    *out = text.toInt(&ok);
    return ok && *out >= -1;
}

int keygen(const QString &prefix)
{
    QByteArray publicKey, secretKey;
    Licence::generateKeyPair(&publicKey, &secretKey);
    if (!writeFile(prefix + QStringLiteral(".secret"),
                   "# Vafa vendor licence signing key (Ed25519, libsodium). Secret: never commit or ship it.\n"
                       + secretKey.toHex() + '\n',
                   true)
        || !writeFile(prefix + QStringLiteral(".public"), publicKey.toHex() + '\n', false))
        return 3;
    QTextStream(stdout) << "public key: " << publicKey.toHex() << '\n'
                        << "build with: -DVAFA_LICENCE_PUBLIC_KEY=" << publicKey.toHex() << '\n';
    return 0;
}

int sign(const QStringList &args)
{
    Licence l;
    l.issued = QDate::currentDate();
    l.serial = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString keyPath, outPath;
    bool haveCustomerSeats = false, haveAgentSeats = false, haveEdition = false, haveModules = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (i + 1 >= args.size())
            return usage(a + QStringLiteral(" needs a value."));
        const QString v = args[++i];
        if (a == QLatin1String("--key"))
            keyPath = v;
        else if (a == QLatin1String("--company"))
            l.company = v;
        else if (a == QLatin1String("--national-id"))
            l.nationalId = v;
        else if (a == QLatin1String("--edition")) {
            if (!Licence::editionFromName(v, &l.edition))
                return usage(QStringLiteral("--edition is standard or enterprise."));
            haveEdition = true;
        } else if (a == QLatin1String("--modules")) {
            for (const QString &m : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                ClubKind k;
                if (!clubKindFromName(m, &k))
                    return usage(QStringLiteral("Unknown module: ") + m);
                (k == ClubKind::Agent ? l.agentClub : l.customerClub) = true;
            }
            haveModules = true;
        } else if (a == QLatin1String("--customer-seats")) {
            if (!seats(v, &l.customerSeats))
                return usage(QStringLiteral("--customer-seats is a number or unlimited."));
            haveCustomerSeats = true;
        } else if (a == QLatin1String("--agent-seats")) {
            if (!seats(v, &l.agentSeats))
                return usage(QStringLiteral("--agent-seats is a number or unlimited."));
            haveAgentSeats = true;
        } else if (a == QLatin1String("--expires")) {
            l.expires = QDate::fromString(v, Qt::ISODate);
        } else if (a == QLatin1String("--issued")) {
            l.issued = QDate::fromString(v, Qt::ISODate);
        } else if (a == QLatin1String("--serial")) {
            l.serial = v;
        } else if (a == QLatin1String("--out")) {
            outPath = v;
        } else {
            return usage(QStringLiteral("Unknown option: ") + a);
        }
    }
    if (keyPath.isEmpty() || l.company.isEmpty() || l.nationalId.isEmpty() || !haveEdition || !haveModules
        || !haveCustomerSeats || !haveAgentSeats || outPath.isEmpty())
        return usage(QStringLiteral("Every option but --issued and --serial is needed."));
    if (!l.expires.isValid() || !l.issued.isValid())
        return usage(QStringLiteral("Dates are written YYYY-MM-DD."));
    const QByteArray secretKey = readHexKey(keyPath);
    if (secretKey.size() != Licence::kSecretKeyBytes) {
        err() << keyPath << ": not a secret key made by `vafa-licence-sign keygen`\n";
        return 3;
    }
    const QByteArray file = l.signedFile(secretKey);
    if (file.isEmpty() || !writeFile(outPath, file, false))
        return 3;
    QTextStream(stdout) << "signed licence " << l.serial << " written to " << outPath << '\n';
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("keygen") && args.size() == 2)
        return keygen(args.at(1));
    if (args.value(0) == QLatin1String("sign"))
        return sign(args.mid(1));
    return usage();
}
