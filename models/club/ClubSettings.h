#pragma once
#include "models/auth/PasswordPolicy.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

class Store;
class SettingsRepository;

// Club kinds that have a module of their own (reference §1.1): customers and agents.
enum class ClubKind { Customer, Agent };
QString clubKindName(ClubKind kind);                  // "customer" | "agent"
bool clubKindFromName(const QString &name, ClubKind *kind); // also accepts "customers"/"agents"

// Typed access to the club settings, stored as JSON values under dotted keys in `settings`.
// Every key name lives in ClubSettings::Key and nowhere else in the club services.
// Getters return the documented default when a key is missing or holds the wrong JSON type.
class ClubSettings
{
public:
    enum class Edition { Standard, Enterprise };
    static constexpr int kStandardCustomerLimit = 5000; // active customer club users (rule 2)
    static constexpr int kStandardAgentLimit = 15;      // active agent club users (rule 2)

    struct Key
    {
        static QString moduleEnabled(ClubKind k);       // club.customers.enabled / club.agents.enabled
        static QString selfRegistration(ClubKind k);    // club.<kind>s.self_registration (bool)
        static QString mandatoryFields(ClubKind k);     // club.<kind>s.mandatory_fields (string array)
        static QString allowedSubtypes(ClubKind k);     // club.<kind>s.allowed_subtypes (subtype id array)
        static QString hideBalance(ClubKind k);         // club.<kind>s.hide_balance (read by the dashboard)
        static QString defaultCategory(ClubKind k);     // club.<kind>s.default_category (category id)
        static QString agentCreatedCategory();          // club.agents.created_identities_category
        static QString passwordMinLength();             // security.password.min_length
        static QString passwordComplexity();            // security.password.complexity
        static QString passwordExpiryDays();            // security.password.expiry_days
        static QString changeAtFirstSignIn();           // security.password.change_at_first_sign_in
        static QString maxFailedAttempts();             // security.max_failed_attempts (SignInService)
        static QString lockoutMinutes();                // security.lockout_minutes
        static QString sessionMinutes();                // security.session_minutes
        static QString savedImportMappings();           // club.import.mappings (object: name -> mapping)
        static QString clubAddress();                   // club.address: where members sign in (credential letters)
    };

    explicit ClubSettings(Store &store);
    ~ClubSettings();
    ClubSettings(const ClubSettings &) = delete;
    ClubSettings &operator=(const ClubSettings &) = delete;

    QString lastError() const;

    // On when its switch is on and the licence in force includes the module (LicenceService).
    bool moduleEnabled(ClubKind k);
    // The switch alone; ClubConfiguration::save refuses to turn on a module not licensed.
    bool setModuleEnabled(ClubKind k, bool on);
    bool moduleLicensed(ClubKind k);

    // The edition and the limits come from the installed licence (LicenceService), never from a
    // setting anyone could change; without a valid licence: the standard edition.
    Edition edition();
    // The limit on active users of a kind; -1 = unlimited.
    int activeUserLimit(ClubKind k);
    static int activeUserLimit(Edition e, ClubKind k); // an edition's limits without a licence

    bool selfRegistration(ClubKind k);
    bool setSelfRegistration(ClubKind k, bool on);
    QStringList mandatoryFields(ClubKind k); // default: none
    bool setMandatoryFields(ClubKind k, const QStringList &fields);
    QStringList allowedSubtypes(ClubKind k); // identity subtype ids; default: none
    bool setAllowedSubtypes(ClubKind k, const QStringList &subtypeIds);

    bool hideBalance(ClubKind k);
    bool setHideBalance(ClubKind k, bool on);

    QString defaultCategory(ClubKind k); // empty = not set
    bool setDefaultCategory(ClubKind k, const QString &categoryId);
    QString agentCreatedCategory();
    bool setAgentCreatedCategory(const QString &categoryId);

    QString clubAddress(); // empty = not set
    bool setClubAddress(const QString &address);

    PasswordPolicy passwordPolicy();
    // Clamps session minutes into 5..10080 and negative numbers to 0 before storing.
    bool setPasswordPolicy(const PasswordPolicy &policy);

    QJsonValue raw(const QString &key, const QJsonValue &fallback = {});
    bool setRaw(const QString &key, const QJsonValue &value);

private:
    bool boolValue(const QString &key, bool fallback);
    int intValue(const QString &key, int fallback);
    QStringList listValue(const QString &key);
    bool setList(const QString &key, const QStringList &list);

    Store &m_store;
    SettingsRepository *m_repo;
};
