#include "models/club/ClubConfiguration.h"

#include "models/club/ClubPermissions.h"
#include "models/club/LicenceService.h"
#include "models/core/AuditLog.h"
#include "models/auth/UserRepository.h"

#include "models/club/ClubOverviewRepository.h"
#include "models/core/Store.h"

#include <QJsonArray>

namespace {
const ClubKind kKinds[] = {ClubKind::Customer, ClubKind::Agent};
const QString kSlots[] = {QStringLiteral("banner"), QStringLiteral("footer")};
}

ClubConfiguration ClubConfiguration::read(Store &store)
{
    ClubSettings settings(store);
    ClubConfiguration c;
    for (ClubKind k : kKinds) {
        PerKind &p = c.of(k);
        p.enabled = settings.moduleEnabled(k);
        p.selfRegistration = settings.selfRegistration(k);
        p.hideBalance = settings.hideBalance(k);
        p.mandatoryFields = settings.mandatoryFields(k);
        p.allowedSubtypes = settings.allowedSubtypes(k);
        p.defaultCategory = settings.defaultCategory(k);
    }
    c.agentCreatedCategory = settings.agentCreatedCategory();
    c.policy = settings.passwordPolicy();
    ClubOverviewRepository overview(store);
    for (const QString &slot : kSlots)
        for (const QString &language : languages())
            c.blocks.insert(blockKey(slot, language), overview.publishedBlock(slot, language));
    return c;
}

bool ClubConfiguration::write(Store &store) const
{
    ClubSettings settings(store);
    bool ok = true;
    for (ClubKind k : kKinds) {
        const PerKind &p = of(k);
        ok = ok && settings.setModuleEnabled(k, p.enabled) && settings.setSelfRegistration(k, p.selfRegistration)
            && settings.setHideBalance(k, p.hideBalance) && settings.setMandatoryFields(k, p.mandatoryFields)
            && settings.setAllowedSubtypes(k, p.allowedSubtypes) && settings.setDefaultCategory(k, p.defaultCategory);
    }
    ok = ok && settings.setAgentCreatedCategory(agentCreatedCategory)
        && settings.setPasswordPolicy(policy);
    if (!ok) {
        qWarning("club settings: %s", qPrintable(settings.lastError()));
        return false;
    }
    ClubOverviewRepository overview(store);
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        if (!overview.publishBlock(parts.value(0), parts.value(1), it.value())) {
            qWarning("club settings: %s", qPrintable(overview.lastError()));
            return false;
        }
    }
    return true;
}

ClubConfiguration::Saved ClubConfiguration::save(Store &store, const Actor &actor, QString *error) const
{
    Store::Transaction tx(store);
    if (!tx.isActive()) {
        *error = store.writeFailureMessage();
        return Saved::Refused;
    }
    if (!StaffPermissions(actor).canChangeClubSettings()) {
        *error = tr("You do not have permission to change these settings. Ask an administrator.");
        return Saved::Refused;
    }
    const LicenceState licence = LicenceService::current(store);
    for (ClubKind k : kKinds)
        if (of(k).enabled && !licence.moduleLicensed(k)) {
            *error = k == ClubKind::Agent ? tr("The licence does not include the agent club, so it cannot be turned on.")
                                          : tr("The licence does not include the customer club, so it cannot be turned on.");
            return Saved::Refused;
        }
    const QStringList changed = differences(read(store));
    if (changed.isEmpty())
        return Saved::Unchanged;
    if (!write(store)
        || !AuditLog(store).append(actor.userId, QStringLiteral("club.settings.save"), QStringLiteral("settings"), QString(),
                                   changed.join(QLatin1Char(',')))) {
        *error = tr("The settings could not be saved. Nothing was changed.");
        return Saved::Refused;
    }
    if (!tx.commit()) {
        *error = store.writeFailureMessage();
        return Saved::Refused;
    }
    return Saved::Changed;
}

QJsonObject ClubConfiguration::toJson() const
{
    QJsonObject o;
    for (ClubKind k : kKinds) {
        const PerKind &p = of(k);
        o.insert(ClubSettings::Key::moduleEnabled(k), p.enabled);
        o.insert(ClubSettings::Key::selfRegistration(k), p.selfRegistration);
        o.insert(ClubSettings::Key::hideBalance(k), p.hideBalance);
        o.insert(ClubSettings::Key::mandatoryFields(k), QJsonArray::fromStringList(p.mandatoryFields));
        o.insert(ClubSettings::Key::allowedSubtypes(k), QJsonArray::fromStringList(p.allowedSubtypes));
        o.insert(ClubSettings::Key::defaultCategory(k), p.defaultCategory);
    }
    o.insert(ClubSettings::Key::agentCreatedCategory(), agentCreatedCategory);
    o.insert(ClubSettings::Key::passwordMinLength(), policy.minLength);
    o.insert(ClubSettings::Key::passwordComplexity(), policy.requireComplexity);
    o.insert(ClubSettings::Key::passwordExpiryDays(), policy.expiryDays);
    o.insert(ClubSettings::Key::changeAtFirstSignIn(), policy.changeAtFirstSignIn);
    o.insert(ClubSettings::Key::maxFailedAttempts(), policy.maxFailedAttempts);
    o.insert(ClubSettings::Key::lockoutMinutes(), policy.lockoutMinutes);
    o.insert(ClubSettings::Key::sessionMinutes(), policy.sessionMinutes);
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it)
        o.insert(QLatin1String("dashboard.") + it.key(), it.value());
    return o;
}

QStringList ClubConfiguration::differences(const ClubConfiguration &other) const
{
    const QJsonObject mine = toJson();
    const QJsonObject theirs = other.toJson();
    QStringList out;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        if (theirs.value(it.key()) != it.value())
            out << it.key();
    return out;
}
