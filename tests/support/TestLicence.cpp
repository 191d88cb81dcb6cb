#include "tests/support/TestLicence.h"

#include "models/club/LicenceService.h"
#include "models/core/Actor.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"

#include <QDebug>

namespace TestLicence {

// Generated once for the tests with crypto_sign_keypair; the matching secret is here on purpose.
QByteArray publicKey() { return QByteArray::fromHex("78b1e4afaa581731e95f7e589991918b7f596655434a0c7f48207e3281906cb8"); }

QByteArray secretKey()
{
    return QByteArray::fromHex("1cff34247e389beac0fd240cb4cdd1198b078e958d0b5d104a846555d2bec989"
                               "78b1e4afaa581731e95f7e589991918b7f596655434a0c7f48207e3281906cb8");
}

void trustTestKey() { Licence::setTrustedPublicKey(publicKey()); }

namespace {
Company ensureCompany(Store &store)
{
    SettingsRepository settings(store);
    Company c = settings.company().value_or(Company());
    if (c.nationalId.isEmpty()) {
        if (c.name.isEmpty())
            c.name = QStringLiteral("شرکت آزمایشی");
        c.nationalId = QStringLiteral("10101010107");
        if (!settings.saveCompany(c))
            qWarning() << "test licence: cannot save the company" << settings.lastError();
    }
    return c;
}
} // namespace

Licence forCompanyOf(Store &store, ClubSettings::Edition edition, int customerSeats, int agentSeats)
{
    const Company c = ensureCompany(store);
    Licence l;
    l.serial = QStringLiteral("TEST-1");
    l.company = c.name;
    l.nationalId = c.nationalId;
    l.edition = edition;
    l.customerClub = l.agentClub = true;
    l.customerSeats = customerSeats;
    l.agentSeats = agentSeats;
    l.issued = QDate::currentDate();
    l.expires = l.issued.addYears(1);
    return l;
}

bool install(Store &store, const Licence &licence)
{
    trustTestKey();
    ensureCompany(store);
    const auto r = LicenceService::install(store, Actor::localAdministrator(), licence.signedFile(secretKey()));
    if (!r.ok)
        qWarning() << "test licence refused:" << r.error;
    return r.ok;
}

bool install(Store &store, ClubSettings::Edition edition, int customerSeats, int agentSeats)
{
    if (edition == ClubSettings::Edition::Standard && customerSeats == -1 && agentSeats == -1) {
        customerSeats = ClubSettings::kStandardCustomerLimit;
        agentSeats = ClubSettings::kStandardAgentLimit;
    }
    return install(store, forCompanyOf(store, edition, customerSeats, agentSeats));
}

} // namespace TestLicence
