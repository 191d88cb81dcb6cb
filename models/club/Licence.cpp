#include "models/club/Licence.h"

#include "models/core/Company.h"
#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <sodium.h>

namespace {
const QByteArray kMagic = QByteArrayLiteral("VAFA-LICENCE-1");

QMutex keyMutex;
QByteArray &trustedKey()
{
    static QByteArray key;
    return key;
}

bool sodiumReady()
{
    return sodium_init() >= 0; // idempotent and thread-safe; < 0 only when libsodium is unusable
}

// What the signature covers: the format's name, then the payload, so that a signature over
// some other document of the vendor's can never pass as a licence.
QByteArray signedBytes(const QByteArray &payload) { return kMagic + '\n' + payload; }

QString normalizedId(const QString &id) { return Persian::toLatinDigits(id).trimmed(); }

QJsonObject toJson(const Licence &l)
{
    QJsonArray modules;
    if (l.customerClub)
        modules << QStringLiteral("customer");
    if (l.agentClub)
        modules << QStringLiteral("agent");
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("serial"), l.serial},
                       {QStringLiteral("company"), l.company},
                       {QStringLiteral("nationalId"), normalizedId(l.nationalId)},
                       {QStringLiteral("edition"), Licence::editionName(l.edition)},
                       {QStringLiteral("modules"), modules},
                       {QStringLiteral("customerSeats"), l.customerSeats},
                       {QStringLiteral("agentSeats"), l.agentSeats},
                       {QStringLiteral("issued"), l.issued.toString(Qt::ISODate)},
                       {QStringLiteral("expires"), l.expires.toString(Qt::ISODate)},
                       {QStringLiteral("key"), l.keyId}};
}

bool fromJson(const QByteArray &payload, Licence *l)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != 1)
        return false;
    const auto seats = [&](const char *key, int *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < -1 || v.toDouble() != double(v.toInt()))
            return false;
        *out = v.toInt();
        return true;
    };
    l->serial = o.value(QLatin1String("serial")).toString();
    l->company = o.value(QLatin1String("company")).toString();
    l->nationalId = o.value(QLatin1String("nationalId")).toString();
    l->keyId = o.value(QLatin1String("key")).toString();
    l->issued = QDate::fromString(o.value(QLatin1String("issued")).toString(), Qt::ISODate);
    l->expires = QDate::fromString(o.value(QLatin1String("expires")).toString(), Qt::ISODate);
    const QJsonArray modules = o.value(QLatin1String("modules")).toArray();
    l->customerClub = modules.contains(QStringLiteral("customer"));
    l->agentClub = modules.contains(QStringLiteral("agent"));
    return Licence::editionFromName(o.value(QLatin1String("edition")).toString(), &l->edition)
        && seats("customerSeats", &l->customerSeats) && seats("agentSeats", &l->agentSeats)
        && !l->nationalId.isEmpty() && l->expires.isValid();
}
} // namespace

QString Licence::editionName(ClubSettings::Edition e)
{
    return e == ClubSettings::Edition::Enterprise ? QStringLiteral("enterprise") : QStringLiteral("standard");
}

bool Licence::editionFromName(const QString &name, ClubSettings::Edition *e)
{
    if (name == QLatin1String("standard"))
        *e = ClubSettings::Edition::Standard;
    else if (name == QLatin1String("enterprise"))
        *e = ClubSettings::Edition::Enterprise;
    else
        return false;
    return true;
}

bool Licence::setTrustedPublicKey(const QByteArray &publicKey)
{
    if (publicKey.size() != kPublicKeyBytes)
        return false;
    QMutexLocker lock(&keyMutex);
    trustedKey() = publicKey;
    return true;
}

QByteArray Licence::trustedPublicKey()
{
    QMutexLocker lock(&keyMutex);
    return trustedKey();
}

QString Licence::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(publicKey.left(8).toHex());
}

void Licence::generateKeyPair(QByteArray *publicKey, QByteArray *secretKey)
{
    sodiumReady();
    publicKey->resize(crypto_sign_PUBLICKEYBYTES);
    secretKey->resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey->data()),
                        reinterpret_cast<unsigned char *>(secretKey->data()));
}

QByteArray Licence::signedFile(const QByteArray &secretKey) const
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES || !sodiumReady())
        return {};
    Licence l = *this;
    // libsodium keeps the public key in the second half of the secret key
    l.keyId = keyIdOf(secretKey.mid(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES));
    const QByteArray payload = QJsonDocument(toJson(l)).toJson(QJsonDocument::Compact);
    const QByteArray message = signedBytes(payload);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return "# " + QByteArrayLiteral("Vafa licence: install it with «vafa licence install FILE». Any change makes it invalid.")
        + '\n' + kMagic + '\n' + payload.toBase64() + '\n' + signature.toBase64() + '\n';
}

LicenceVerdict LicenceVerdict::verify(const QByteArray &fileText)
{
    LicenceVerdict v;
    v.reason = Reason::BadFormat;
    QList<QByteArray> lines;
    for (const QByteArray &line : fileText.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#'))
            lines << t;
    }
    if (lines.size() != 3 || lines.at(0) != kMagic)
        return v;
    const auto decode = [](const QByteArray &text, QByteArray *out) {
        const auto r = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        *out = r.decoded;
        return bool(r);
    };
    QByteArray payload, signature;
    if (!decode(lines.at(1), &payload) || !decode(lines.at(2), &signature) || signature.size() != crypto_sign_BYTES
        || !fromJson(payload, &v.licence))
        return v;
    const QByteArray key = Licence::trustedPublicKey();
    if (key.size() != crypto_sign_PUBLICKEYBYTES || !sodiumReady() || v.licence.keyId != Licence::keyIdOf(key)) {
        v.reason = Reason::WrongKey;
        return v;
    }
    const QByteArray message = signedBytes(payload);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()), reinterpret_cast<const unsigned char *>(key.constData()))
        != 0) {
        v.reason = Reason::Tampered;
        return v;
    }
    v.reason = Reason::Valid;
    return v;
}

LicenceVerdict LicenceVerdict::check(const QByteArray &fileText, const Company &company, const QDate &today)
{
    LicenceVerdict v = verify(fileText);
    if (!v.valid())
        return v;
    const QString ours = normalizedId(company.nationalId);
    if (ours.isEmpty())
        v.reason = Reason::NoCompanyId;
    else if (normalizedId(v.licence.nationalId) != ours)
        v.reason = Reason::OtherCompany;
    else if (today > v.licence.expires)
        v.reason = Reason::Expired;
    return v;
}

QString LicenceVerdict::message() const
{
    switch (reason) {
    case Reason::Valid:
        return {};
    case Reason::NotInstalled:
        return tr("No licence is installed: the standard edition's limits apply.");
    case Reason::BadFormat:
        return tr("This file is not a Vafa licence, or part of it is missing.");
    case Reason::WrongKey:
        return tr("This licence was not signed by the vendor of this copy of Vafa.");
    case Reason::Tampered:
        return tr("This licence has been changed after it was signed, so it cannot be trusted.");
    case Reason::OtherCompany:
        return tr("This licence is for another company (national ID %1), not for this one.")
            .arg(Persian::toReadersDigits(normalizedId(licence.nationalId)));
    case Reason::NoCompanyId:
        return tr("The company profile has no national ID to compare the licence with. Enter it in the company profile "
                  "first.");
    case Reason::Expired:
        return tr("This licence expired on %1.").arg(Persian::formatDate(licence.expires));
    }
    return {};
}
