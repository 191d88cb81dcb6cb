#include "models/club/ClubSettings.h"

#include "models/club/LicenceService.h"
#include "models/core/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

QString clubKindName(ClubKind kind)
{
    return kind == ClubKind::Agent ? QStringLiteral("agent") : QStringLiteral("customer");
}

bool clubKindFromName(const QString &name, ClubKind *kind)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("customer") || n == QLatin1String("customers")) {
        *kind = ClubKind::Customer;
        return true;
    }
    if (n == QLatin1String("agent") || n == QLatin1String("agents")) {
        *kind = ClubKind::Agent;
        return true;
    }
    return false;
}

namespace {
QString plural(ClubKind k)
{
    return k == ClubKind::Agent ? QStringLiteral("club.agents.") : QStringLiteral("club.customers.");
}
} // namespace

QString ClubSettings::Key::moduleEnabled(ClubKind k) { return plural(k) + QLatin1String("enabled"); }
QString ClubSettings::Key::selfRegistration(ClubKind k) { return plural(k) + QLatin1String("self_registration"); }
QString ClubSettings::Key::mandatoryFields(ClubKind k) { return plural(k) + QLatin1String("mandatory_fields"); }
QString ClubSettings::Key::allowedSubtypes(ClubKind k) { return plural(k) + QLatin1String("allowed_subtypes"); }
QString ClubSettings::Key::hideBalance(ClubKind k) { return plural(k) + QLatin1String("hide_balance"); }
QString ClubSettings::Key::defaultCategory(ClubKind k) { return plural(k) + QLatin1String("default_category"); }
QString ClubSettings::Key::agentCreatedCategory() { return QStringLiteral("club.agents.created_identities_category"); }
QString ClubSettings::Key::passwordMinLength() { return QStringLiteral("security.password.min_length"); }
QString ClubSettings::Key::passwordComplexity() { return QStringLiteral("security.password.complexity"); }
QString ClubSettings::Key::passwordExpiryDays() { return QStringLiteral("security.password.expiry_days"); }
QString ClubSettings::Key::changeAtFirstSignIn() { return QStringLiteral("security.password.change_at_first_sign_in"); }
QString ClubSettings::Key::maxFailedAttempts() { return QStringLiteral("security.max_failed_attempts"); }
QString ClubSettings::Key::lockoutMinutes() { return QStringLiteral("security.lockout_minutes"); }
QString ClubSettings::Key::sessionMinutes() { return QStringLiteral("security.session_minutes"); }
QString ClubSettings::Key::savedImportMappings() { return QStringLiteral("club.import.mappings"); }
QString ClubSettings::Key::clubAddress() { return QStringLiteral("club.address"); }

ClubSettings::ClubSettings(Store &store) : m_store(store), m_repo(new SettingsRepository(store)) {}
ClubSettings::~ClubSettings() { delete m_repo; }

QString ClubSettings::lastError() const { return m_repo->lastError(); }

QJsonValue ClubSettings::raw(const QString &key, const QJsonValue &fallback) { return m_repo->value(key, fallback); }
bool ClubSettings::setRaw(const QString &key, const QJsonValue &value) { return m_repo->setValue(key, value); }

bool ClubSettings::boolValue(const QString &key, bool fallback)
{
    const QJsonValue v = m_repo->value(key);
    return v.isBool() ? v.toBool() : fallback;
}

int ClubSettings::intValue(const QString &key, int fallback)
{
    const QJsonValue v = m_repo->value(key);
    return v.isDouble() ? v.toInt() : fallback;
}

QStringList ClubSettings::listValue(const QString &key)
{
    QStringList out;
    const QJsonValue v = m_repo->value(key);
    if (!v.isArray())
        return out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        if (x.isString())
            out << x.toString();
    return out;
}

bool ClubSettings::setList(const QString &key, const QStringList &list)
{
    return m_repo->setValue(key, QJsonArray::fromStringList(list));
}

// Both modules default to off: each is sold separately (rule 1).
bool ClubSettings::moduleEnabled(ClubKind k) { return boolValue(Key::moduleEnabled(k), false) && moduleLicensed(k); }
bool ClubSettings::setModuleEnabled(ClubKind k, bool on) { return m_repo->setValue(Key::moduleEnabled(k), on); }
bool ClubSettings::moduleLicensed(ClubKind k) { return LicenceService::current(m_store).moduleLicensed(k); }

// The old free setting `club.edition` is not read any more: honouring it would let anyone keep
// the enterprise edition without a licence. A company that had chosen it keeps every user
// that is active; only new activations beyond the standard limits are refused.
ClubSettings::Edition ClubSettings::edition() { return LicenceService::current(m_store).edition(); }

int ClubSettings::activeUserLimit(Edition e, ClubKind k)
{
    if (e == Edition::Enterprise)
        return -1;
    return k == ClubKind::Agent ? kStandardAgentLimit : kStandardCustomerLimit;
}

int ClubSettings::activeUserLimit(ClubKind k) { return LicenceService::current(m_store).seats(k); }

bool ClubSettings::selfRegistration(ClubKind k) { return boolValue(Key::selfRegistration(k), false); }
bool ClubSettings::setSelfRegistration(ClubKind k, bool on) { return m_repo->setValue(Key::selfRegistration(k), on); }
QStringList ClubSettings::mandatoryFields(ClubKind k) { return listValue(Key::mandatoryFields(k)); }
bool ClubSettings::setMandatoryFields(ClubKind k, const QStringList &f) { return setList(Key::mandatoryFields(k), f); }
QStringList ClubSettings::allowedSubtypes(ClubKind k) { return listValue(Key::allowedSubtypes(k)); }
bool ClubSettings::setAllowedSubtypes(ClubKind k, const QStringList &ids) { return setList(Key::allowedSubtypes(k), ids); }
bool ClubSettings::hideBalance(ClubKind k) { return boolValue(Key::hideBalance(k), false); }
bool ClubSettings::setHideBalance(ClubKind k, bool on) { return m_repo->setValue(Key::hideBalance(k), on); }
QString ClubSettings::defaultCategory(ClubKind k) { return m_repo->value(Key::defaultCategory(k)).toString(); }
bool ClubSettings::setDefaultCategory(ClubKind k, const QString &id) { return m_repo->setValue(Key::defaultCategory(k), id); }
QString ClubSettings::agentCreatedCategory() { return m_repo->value(Key::agentCreatedCategory()).toString(); }
bool ClubSettings::setAgentCreatedCategory(const QString &id) { return m_repo->setValue(Key::agentCreatedCategory(), id); }
QString ClubSettings::clubAddress() { return m_repo->value(Key::clubAddress()).toString().trimmed(); }
bool ClubSettings::setClubAddress(const QString &address) { return m_repo->setValue(Key::clubAddress(), address.trimmed()); }

PasswordPolicy ClubSettings::passwordPolicy()
{
    PasswordPolicy p;
    p.minLength = qMax(1, intValue(Key::passwordMinLength(), p.minLength));
    p.requireComplexity = boolValue(Key::passwordComplexity(), p.requireComplexity);
    p.expiryDays = qMax(0, intValue(Key::passwordExpiryDays(), p.expiryDays));
    p.changeAtFirstSignIn = boolValue(Key::changeAtFirstSignIn(), p.changeAtFirstSignIn);
    p.maxFailedAttempts = qMax(0, intValue(Key::maxFailedAttempts(), p.maxFailedAttempts));
    p.lockoutMinutes = qBound(PasswordPolicy::kMinLockoutMinutes, intValue(Key::lockoutMinutes(), p.lockoutMinutes),
                              PasswordPolicy::kMaxLockoutMinutes);
    p.sessionMinutes = qBound(PasswordPolicy::kMinSessionMinutes, intValue(Key::sessionMinutes(), p.sessionMinutes),
                              PasswordPolicy::kMaxSessionMinutes);
    return p;
}

bool ClubSettings::setPasswordPolicy(const PasswordPolicy &p)
{
    return m_repo->setValue(Key::passwordMinLength(), qMax(1, p.minLength))
        && m_repo->setValue(Key::passwordComplexity(), p.requireComplexity)
        && m_repo->setValue(Key::passwordExpiryDays(), qMax(0, p.expiryDays))
        && m_repo->setValue(Key::changeAtFirstSignIn(), p.changeAtFirstSignIn)
        && m_repo->setValue(Key::maxFailedAttempts(), qMax(0, p.maxFailedAttempts))
        && m_repo->setValue(Key::lockoutMinutes(),
                            qBound(PasswordPolicy::kMinLockoutMinutes, p.lockoutMinutes, PasswordPolicy::kMaxLockoutMinutes))
        && m_repo->setValue(Key::sessionMinutes(),
                            qBound(PasswordPolicy::kMinSessionMinutes, p.sessionMinutes, PasswordPolicy::kMaxSessionMinutes));
}
