#include "models/company/CompanyProfile.h"

#include "models/core/Actor.h"
#include "models/core/AuditLog.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/persian/Validators.h"

using namespace Persian::Validate;

QString CompanyProfile::check(const Company &c)
{
    if (c.name.trimmed().isEmpty())
        return tr("Enter the company's legal name.");
    // an organisation's شناسه ملی has 11 digits; a sole trader goes by the owner's 10-digit کد ملی
    if (!c.nationalId.isEmpty()) {
        if (c.kind == SellerKind::Organisation && !isValidNationalId(c.nationalId))
            return errorMessage(Field::NationalId, checkNationalId(c.nationalId));
        if (c.kind == SellerKind::Person && !isValidNationalCode(c.nationalId))
            return errorMessage(Field::NationalCode, checkNationalCode(c.nationalId));
    }
    if (!c.economicCode.isEmpty() && !isValidEconomicCode(c.economicCode))
        return errorMessage(Field::EconomicCode, checkEconomicCode(c.economicCode));
    if (!c.postalCode.isEmpty() && !isValidPostalCode(c.postalCode))
        return errorMessage(Field::PostalCode, checkPostalCode(c.postalCode));
    if (c.defaultVatBp < 0 || c.defaultVatBp > 10000)
        return tr("The VAT rate must be between 0 and 100 percent.");
    if (c.logo.size() > Company::MaxImageBytes || c.seal.size() > Company::MaxImageBytes)
        return tr("An image for the invoice may be at most %1 KB; choose a smaller one.")
            .arg(Company::MaxImageBytes / 1024);
    return {};
}

bool CompanyProfile::save(Store &store, const Actor &actor, Company &company, QString *error)
{
    Store::Transaction tx(store);
    if (!tx.isActive()) {
        *error = store.writeFailureMessage();
        return false;
    }
    if (!actor.may(Grant::SystemAdmin)) {
        *error = tr("Only a system administrator may change the company's profile.");
        return false;
    }
    company.name = company.name.trimmed();
    if (const QString bad = check(company); !bad.isEmpty()) {
        *error = bad;
        return false;
    }
    SettingsRepository settings(store);
    if (const auto stored = settings.company())
        company.id = stored->id; // there is one profile; the page edits that one
    if (!settings.saveCompany(company)
        || !AuditLog(store).append(actor.userId, QStringLiteral("company.update"), QStringLiteral("company"), company.id,
                                   company.name)
        || !tx.commit()) {
        qWarning("company profile: %s", qPrintable(settings.lastError()));
        *error = tr("The company's profile could not be saved. Nothing was changed.");
        return false;
    }
    return true;
}
