#include "models/company/CompanySetup.h"

#include "models/auth/UserRepository.h"
#include "models/club/ClubMemberService.h"
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/club/ItemTypeRepository.h"
#include "models/company/CompanyProfile.h"
#include "models/company/StarterPreset.h"
#include "models/core/AuditLog.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/finance/Permissions.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"

#include <QFile>

#include <map>

namespace {

// The staff groups a company starts with, and what each may do (reference §1.13).
struct GroupSpec
{
    const char *name;
    QStringList grants;
};

QList<GroupSpec> starterGroups()
{
    return {{"admin", {Grant::SystemAdmin}},
            {"مالی", {FinancePermission::Manager, FinancePermission::ApproveDocuments, FinancePermission::ApproveReceipts,
                      FinancePermission::Number}},
            {"امور مشتریان", {ClubPermission::manageMembers(ClubKind::Customer), ClubPermission::viewPoints(),
                              FinancePermission::SalesManager, ClubPermission::editIdentities(),
                              ClubPermission::manageCategories()}},
            {"مدیریت باشگاه", {ClubPermission::clubSettings(), ClubPermission::manageMembers(ClubKind::Customer),
                               ClubPermission::manageMembers(ClubKind::Agent), ClubPermission::managePoints()}}};
}

} // namespace

CompanySetup::Result CompanySetup::createFile(const QString &path, const NewCompany &company)
{
    const bool existed = QFile::exists(path);
    Result r;
    {
        Store store;
        if (!store.openSqlite(path)) {
            r.error = store.errorMessage();
            r.cannotOpen = true;
            return r;
        }
        r = CompanySetup(store).create(company);
    }
    if (!r.ok && !existed)
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    return r;
}

FinancialAccount CompanySetup::bankAccountOf(const NewCompany &c)
{
    FinancialAccount bank;
    bank.kind = AccountKind::Bank;
    bank.bankName = c.bankName;
    bank.name = bank.bankName.trimmed().isEmpty() ? tr("Bank account") : tr("Account at %1").arg(bank.bankName.trimmed());
    bank.holder = c.profile.name;
    bank.accountNumber = c.bankAccountNumber;
    bank.iban = c.bankIban;
    bank = FinancialAccountService::normalized(bank);
    // customers may pay into it once its IBAN is known; until then it waits under finance
    bank.active = !bank.iban.isEmpty();
    bank.allowsCashDeposit = bank.active;
    return bank;
}

QString CompanySetup::checkBank(const NewCompany &c)
{
    // no number yet is allowed here: the account starts inactive, to be completed under finance
    const FinancialAccount bank = bankAccountOf(c);
    if (bank.accountNumber.isEmpty() && bank.iban.isEmpty())
        return {};
    return FinancialAccountService::check(bank);
}

CompanySetup::Result CompanySetup::create(const NewCompany &c)
{
    Result r;
    auto fail = [&r](const QString &message) {
        r.ok = false;
        r.error = message;
        r.created.clear();
        return r;
    };
    if (const QString bad = CompanyProfile::check(c.profile); !bad.isEmpty())
        return fail(bad);
    if (const QString bad = ClubMemberService::checkUsername(c.adminUsername); !bad.isEmpty())
        return fail(bad);
    if (const QString bad = checkBank(c); !bad.isEmpty())
        return fail(bad);

    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    SettingsRepository settings(m_store);
    UserRepository users(m_store);
    if (settings.company() || users.countRows(users.list(UserFilter())) != 0)
        return fail(tr("This file already holds a company. A new company needs a new file."));
    if (const QString weak = ClubSettings(m_store).passwordPolicy().check(c.adminPassword); !weak.isEmpty())
        return fail(weak);
    auto stored = [&](bool ok, Repository &repo) {
        if (!ok)
            qWarning("company setup: %s", qPrintable(repo.lastError()));
        return ok;
    };
    const QString failed = tr("The company could not be created. Nothing was saved.");

    Company profile = c.profile;
    profile.name = profile.name.trimmed();
    if (!stored(settings.saveCompany(profile), settings))
        return fail(failed);
    r.created << tr("Company profile: %1").arg(profile.name);

    // numbering patterns, then the item types and subtypes that number by them
    FinanceStateRepository patterns(m_store);
    std::map<QString, QString> patternIds;
    for (const StarterPreset::Pattern &s : StarterPreset::patterns()) {
        NumberingPattern p;
        p.title = s.title;
        p.pattern = s.pattern;
        p.initialValue = s.initialValue;
        p.yearlyReset = s.yearlyReset;
        if (!stored(patterns.insertPattern(p), patterns))
            return fail(failed);
        patternIds[s.key] = p.id;
    }
    r.created << tr("%n numbering patterns", nullptr, int(patternIds.size()));
    ItemTypeRepository types(m_store);
    const QList<StarterPreset::Type> typeSpecs = StarterPreset::itemTypes();
    for (const StarterPreset::Type &s : typeSpecs) {
        ItemType t = s.type;
        if (t.taxBp > 0)
            t.taxBp = c.profile.defaultVatBp; // the preset's financial types charge the company's VAT
        if (!s.patternKey.isEmpty())
            t.numberingPatternId = patternIds[s.patternKey];
        if (!stored(types.insert(t), types))
            return fail(failed);
    }
    r.created << tr("%n item types", nullptr, int(typeSpecs.size()));
    IdentityRepository identities(m_store);
    IdentitySubtypeRepository subtypeRepo(m_store);
    const QList<IdentitySubtype> subtypeSpecs = StarterPreset::subtypes();
    QString staffSubtype;
    for (IdentitySubtype t : subtypeSpecs) {
        if (t.profileType == ProfileType::Customer)
            t.numberingPatternId = patternIds[QStringLiteral("customer")];
        if (!stored(subtypeRepo.insert(t), subtypeRepo))
            return fail(failed);
        if (t.profileType == ProfileType::Operator)
            staffSubtype = t.id;
    }
    r.created << tr("%n identity subtypes", nullptr, int(subtypeSpecs.size()));

    // the categories the clubs file their members under (rule 4, rule 28)
    ClubSettings club(m_store);
    CategoryRepository categories(m_store);
    const auto category = [&](const QString &name, QString *id) {
        Category cat;
        cat.name = name;
        const bool ok = stored(categories.insert(cat), categories);
        *id = cat.id;
        return ok;
    };
    QString customers, agents, agentCreated;
    if (!category(tr("Customers"), &customers) || !category(tr("Agents"), &agents)
        || !category(tr("Created by agents"), &agentCreated) || !club.setDefaultCategory(ClubKind::Customer, customers)
        || !club.setDefaultCategory(ClubKind::Agent, agents) || !club.setAgentCreatedCategory(agentCreated))
        return fail(failed);
    r.created << tr("Categories: customers, agents, created by agents");

    FinancialAccountRepository accounts(m_store);
    FinancialAccount cash;
    cash.name = tr("Cash box");
    cash.kind = AccountKind::Cash;
    FinancialAccount bank = bankAccountOf(c);
    if (!stored(accounts.insert(cash), accounts) || !stored(accounts.insert(bank), accounts))
        return fail(failed);
    r.created << (bank.active ? tr("A cash box and the bank account %1").arg(bank.name)
                              : tr("A cash box and a bank account to complete under finance (no IBAN yet)"));

    // staff groups, then the first administrator in the admin group
    QString adminGroup;
    for (const GroupSpec &g : starterGroups()) {
        UserGroup group;
        group.name = QString::fromUtf8(g.name);
        if (!stored(users.insertGroup(group), users))
            return fail(failed);
        for (const QString &grant : g.grants)
            if (!stored(users.grantToGroup(group.id, grant), users))
                return fail(failed);
        if (group.name == Grant::AdminGroup)
            adminGroup = group.id;
    }
    r.created << tr("Staff groups: administrators, finance, customer affairs, club administration");

    Identity person;
    person.kind = IdentityKind::Person;
    person.profileType = ProfileType::Operator;
    person.subtypeId = staffSubtype;
    person.firstName = c.adminFirstName.trimmed();
    person.lastName = c.adminLastName.trimmed().isEmpty() ? c.adminUsername.trimmed() : c.adminLastName.trimmed();
    if (!stored(identities.insert(person), identities))
        return fail(failed);
    User admin;
    admin.kind = UserKind::Staff;
    admin.identityId = person.id;
    admin.username = c.adminUsername.trimmed();
    admin.passwordHash = m_hasher.hash(c.adminPassword);
    admin.passwordChangedAt = Store::now();
    if (admin.passwordHash.isEmpty() || !stored(users.insert(admin), users) || !stored(users.addToGroup(admin.id, adminGroup), users))
        return fail(failed);
    r.created << tr("Administrator: %1").arg(admin.username);

    if (!AuditLog(m_store).append(admin.id, QStringLiteral("company.create"), QStringLiteral("company"), profile.id,
                                  profile.name)
        || !tx.commit())
        return fail(m_store.writeFailureMessage());
    r.ok = true;
    return r;
}
