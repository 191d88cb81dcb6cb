#pragma once
#include "models/club/ClubSettings.h"
#include "models/core/Actor.h"

#include <QCoreApplication>

#include <QHash>
#include <QJsonObject>
#include <QStringList>

class Store;

// Everything the club settings page edits, read and written as one value so the page can
// compare what is on screen with what is stored (for revert, for the audit row and for
// "nothing changed"). The rules stay in ClubSettings; this only gathers its values.
struct ClubConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(ClubConfiguration)
public:
    struct PerKind
    {
        bool enabled = false;
        bool selfRegistration = false;
        bool hideBalance = false;
        QStringList mandatoryFields;
        QStringList allowedSubtypes;
        QString defaultCategory;
    };
    PerKind customers;
    PerKind agents;
    QString agentCreatedCategory;
    PasswordPolicy policy;
    QHash<QString, QString> blocks; // "banner/fa", "footer/en" … → published HTML

    static QStringList languages() { return {QStringLiteral("fa"), QStringLiteral("en")}; }
    static QString blockKey(const QString &slot, const QString &language) { return slot + QLatin1Char('/') + language; }

    PerKind &of(ClubKind k) { return k == ClubKind::Agent ? agents : customers; }
    const PerKind &of(ClubKind k) const { return k == ClubKind::Agent ? agents : customers; }

    static ClubConfiguration read(Store &store);
    enum class Saved { Changed, Unchanged, Refused };
    // The settings page's save, as one action (DESIGN §3): begins the transaction, checks that
    // `actor` may still change club settings, compares with what is stored now, writes
    // every value and one audit row naming what changed, commits. Refused: *error says why in
    // Persian and nothing was written. A module the licence does not include cannot be turned
    // on; the edition is not edited here at all: it comes from the licence (LicenceService).
    Saved save(Store &store, const Actor &actor, QString *error) const;
    // The names of the settings that differ from `other`, for the audit row.
    QStringList differences(const ClubConfiguration &other) const;

private:
    bool write(Store &store) const;
    QJsonObject toJson() const;
};
