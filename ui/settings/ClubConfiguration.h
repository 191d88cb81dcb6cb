#pragma once
#include "models/club/ClubSettings.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

class Store;

// Everything the club settings page edits, read and written as one value so the page can
// compare what is on screen with what is stored (for revert, for the audit row and for
// "nothing changed"). The rules stay in ClubSettings; this only gathers its values.
struct ClubConfiguration
{
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
    ClubSettings::Edition edition = ClubSettings::Edition::Standard;
    QString agentCreatedCategory;
    PasswordPolicy policy;
    QHash<QString, QString> blocks; // "banner/fa", "footer/en" … → published HTML

    static QStringList languages() { return {QStringLiteral("fa"), QStringLiteral("en")}; }
    static QString blockKey(const QString &slot, const QString &language) { return slot + QLatin1Char('/') + language; }

    PerKind &of(ClubKind k) { return k == ClubKind::Agent ? agents : customers; }
    const PerKind &of(ClubKind k) const { return k == ClubKind::Agent ? agents : customers; }

    static ClubConfiguration read(Store &store);
    // Writes every value in one transaction; false with the reason when the store refused.
    bool write(Store &store, QString *error) const;
    // The names of the settings that differ from `other`, for the audit row.
    QStringList differences(const ClubConfiguration &other) const;

private:
    QJsonObject toJson() const;
};
