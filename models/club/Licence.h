#pragma once
#include "models/club/ClubSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

struct Company;

// A licence the vendor sells (DESIGN §6): which company, which edition, which club modules,
// how many active users of each kind, and until when. It is one format, read by the app and
// written by the vendor's signing tool (installer/licence-signer) with the same code below.
//
// The file is three lines of text (blank lines and lines starting with '#' are ignored):
//
//     VAFA-LICENCE-1
//     <base64 of the payload: compact UTF-8 JSON>
//     <base64 of the 64-byte Ed25519 signature>
//
// The signature is libsodium's crypto_sign_detached over "VAFA-LICENCE-1\n" followed by the
// payload bytes, so a signature made for another kind of document never passes as a licence.
// Payload keys: "format": 1, "serial", "company", "nationalId", "edition" ("standard" |
// "enterprise"), "modules" (array of "customer", "agent"), "customerSeats", "agentSeats"
// (-1 = unlimited), "issued", "expires" (ISO dates; the licence is good through its expiry day),
// "key" (the first 16 hex digits of the signer's public key, only to tell "signed with another
// key" from "changed after signing"; the signature decides).
struct Licence
{
    QString serial;     // the vendor's number for this licence, for the audit log and support calls
    QString company;    // the company's name as the vendor wrote it, shown to people
    QString nationalId; // شناسه ملی (Latin digits): what binds the licence to one company
    ClubSettings::Edition edition = ClubSettings::Edition::Standard;
    bool customerClub = false;
    bool agentClub = false;
    int customerSeats = 0; // active customer club users (suppliers included); -1 = unlimited
    int agentSeats = 0;    // active agent club users; -1 = unlimited
    QDate issued;
    QDate expires;
    QString keyId; // filled by sign() and read(); see above

    bool includes(ClubKind k) const { return k == ClubKind::Agent ? agentClub : customerClub; }
    int seats(ClubKind k) const { return k == ClubKind::Agent ? agentSeats : customerSeats; }

    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static QString editionName(ClubSettings::Edition e); // "standard" | "enterprise"
    static bool editionFromName(const QString &name, ClubSettings::Edition *e);

    // The trusted vendor key (32 raw bytes). models/ knows no key of its own: the app sets the
    // key it was built with at start-up, tests set their test key. Without one, every licence is
    // refused as signed with another key. Returns false (and keeps the old key) for a wrong size.
    static bool setTrustedPublicKey(const QByteArray &publicKey);
    static QByteArray trustedPublicKey();
    static QString keyIdOf(const QByteArray &publicKey);

    // For the vendor's tool and tests: a new Ed25519 key pair.
    static void generateKeyPair(QByteArray *publicKey, QByteArray *secretKey);
    // The licence file's text, signed with `secretKey` (64 bytes as libsodium keeps it).
    // Empty when the key has the wrong size.
    QByteArray signedFile(const QByteArray &secretKey) const;
};

// Why a licence file is not accepted, as a typed code with a Persian sentence for people.
class LicenceVerdict
{
    Q_DECLARE_TR_FUNCTIONS(LicenceVerdict)
public:
    enum class Reason {
        Valid,
        NotInstalled,   // nothing stored: the standard edition applies
        BadFormat,      // not a Vafa licence, or cut short
        WrongKey,       // signed, but not with the key this build trusts
        Tampered,       // the key matches but the text was changed after signing
        OtherCompany,   // written for another شناسه ملی
        NoCompanyId,    // the company profile has no شناسه ملی to compare with
        Expired,
    };
    Reason reason = Reason::NotInstalled;
    Licence licence; // what the file says; meaningful from OtherCompany on (the signature held)

    bool valid() const { return reason == Reason::Valid; }
    QString message() const; // Persian in the Persian UI; empty when valid

    // Reads and checks a licence file: format, signature against the trusted key, company, and
    // the expiry against `today`.
    static LicenceVerdict check(const QByteArray &fileText, const Company &company, const QDate &today);
    // Only the format and the signature (what `licence show` needs before a company is compared).
    static LicenceVerdict verify(const QByteArray &fileText);
};
