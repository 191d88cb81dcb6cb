#include "models/company/GettingStarted.h"

#include "models/auth/UserRepository.h"
#include "models/club/ClubSettings.h"
#include "models/core/Actor.h"
#include "models/core/AuditLog.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"

namespace {
const QString kDismissed = QStringLiteral("onboarding.dismissed");
}

QList<GettingStarted::Item> GettingStarted::items(Store &store)
{
    SettingsRepository settings(store);
    if (settings.value(kDismissed).toBool() || settings.value(QStringLiteral("demo.accounts")).isArray())
        return {};
    const auto company = settings.company();
    const bool profile = company && !company->nationalId.isEmpty() && !company->economicCode.isEmpty()
        && !company->postalCode.isEmpty() && !company->address.isEmpty();
    const bool paper = company && !company->logo.isEmpty() && !company->seal.isEmpty();
    // customers can pay once one bank account is active with its IBAN
    bool accounts = false;
    for (const FinancialAccount &a : FinancialAccountRepository(store).all())
        accounts = accounts || (a.kind == AccountKind::Bank && a.active && !a.iban.isEmpty());
    ClubSettings club(store);
    const bool clubOn = club.moduleEnabled(ClubKind::Customer) || club.moduleEnabled(ClubKind::Agent);
    UserFilter clubUsers;
    clubUsers.kinds = {UserKind::Customer, UserKind::Agent, UserKind::Supplier};
    UserRepository users(store);
    const bool members = users.countRows(users.list(clubUsers)) > 0;
    DocumentFilter invoices;
    invoices.kind = QStringLiteral("invoice");
    const bool invoice = DocumentRepository(store).count(invoices) > 0;
    return {{Step::CompanyProfile, profile}, {Step::LogoAndSeal, paper}, {Step::Accounts, accounts}, {Step::ClubSettings, clubOn}, {Step::FirstClubUsers, members},
            {Step::FirstInvoice, invoice}};
}

bool GettingStarted::dismiss(Store &store, const Actor &actor, QString *error)
{
    Store::Transaction tx(store);
    if (!tx.isActive()) {
        *error = store.writeFailureMessage();
        return false;
    }
    if (!actor.may(Grant::SystemAdmin)) {
        *error = tr("Only a system administrator may put the getting-started list away.");
        return false;
    }
    if (!SettingsRepository(store).setValue(kDismissed, true)
        || !AuditLog(store).append(actor.userId, QStringLiteral("onboarding.dismiss"), QStringLiteral("settings"), QString(), {})
        || !tx.commit()) {
        *error = store.writeFailureMessage();
        return false;
    }
    return true;
}
