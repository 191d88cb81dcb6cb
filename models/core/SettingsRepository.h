#pragma once
#include "models/core/Company.h"
#include "models/core/Repository.h"

#include <QJsonValue>
#include <optional>

// Club and application settings as JSON values under dotted keys ("club.customers.enabled",
// "security.max_failed_attempts", "demo.accounts"…), and the company (singleton) row.
class SettingsRepository : public Repository
{
public:
    using Repository::Repository;

    QJsonValue value(const QString &key, const QJsonValue &fallback = QJsonValue()) ;
    bool setValue(const QString &key, const QJsonValue &value);
    bool remove(const QString &key); // tombstone
    QStringList keys();

    std::optional<Company> company();
    bool saveCompany(Company &company); // inserts the singleton or updates it

    static QString encode(const QJsonValue &v);
    static QJsonValue decode(const QString &text);
};
