#pragma once
#include "models/club/Licence.h"

#include <QCoreApplication>
#include <QDate>

struct Actor;
class Store;

// The licence in force for the open company, read from the store and checked again at every
// read (signature, company, expiry), so that editing the stored text, changing the company's
// national ID or passing the expiry date can never give more than the standard edition.
struct LicenceState
{
    LicenceVerdict verdict; // NotInstalled when none is stored

    bool inForce() const { return verdict.valid(); }
    // Without a licence in force the company works as the standard edition always did: both
    // club modules may be switched on, with the standard limits on active users.
    ClubSettings::Edition edition() const;
    bool moduleLicensed(ClubKind k) const;
    int seats(ClubKind k) const; // -1 = unlimited
};

// Installing a licence and reading the one in force (DESIGN §6). The stored licence is the
// vendor's file exactly as signed, under the setting `club.licence`.
class LicenceService
{
    Q_DECLARE_TR_FUNCTIONS(LicenceService)
public:
    static QString settingKey(); // club.licence

    static LicenceState current(Store &store, const QDate &today = QDate::currentDate());

    struct Usage
    {
        LicenceState state;
        qint64 activeCustomers = -1; // suppliers included: they use the customer club; -1 = unreadable
        qint64 activeAgents = -1;
        qint64 active(ClubKind k) const { return k == ClubKind::Agent ? activeAgents : activeCustomers; }
    };
    // What the licence panel and `vafa licence show` print: the state and the seats taken.
    static Usage usage(Store &store, const QDate &today = QDate::currentDate());

    struct Installed
    {
        bool ok = false;
        QString error;          // Persian; empty when installed
        LicenceVerdict verdict; // why the file was refused, when it was
    };
    // For a system administrator, in one transaction: checks the file against the trusted key,
    // the company profile stored now and `today`, stores it in place of any earlier licence,
    // audits, commits. Refused: nothing changed.
    static Installed install(Store &store, const Actor &actor, const QByteArray &fileText,
                             const QDate &today = QDate::currentDate());
};
