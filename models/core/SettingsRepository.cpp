#include "models/core/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

// QJsonDocument holds only arrays and objects: a value is written as the inside of a one-element
// array, so scalars ("5", "true", "\"text\"") are valid JSON text too.
QString SettingsRepository::encode(const QJsonValue &v)
{
    QString s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return s.mid(1, s.size() - 2);
}

QJsonValue SettingsRepository::decode(const QString &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (!d.isArray() || d.array().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return d.array().at(0);
}

QJsonValue SettingsRepository::value(const QString &key, const QJsonValue &fallback)
{
    const auto r = fetchOne(QLatin1String("SELECT value FROM settings WHERE key = ? AND ") + live(QString()), {key});
    if (!r)
        return fallback;
    const QJsonValue v = decode(r->value(0).toString());
    return v.isUndefined() ? fallback : v;
}

bool SettingsRepository::setValue(const QString &key, const QJsonValue &value)
{
    // one row per key for ever (key is UNIQUE): a removed key is revived, not re-inserted
    const QVariant id = scalar(QStringLiteral("SELECT id FROM settings WHERE key = ?"), {key});
    if (id.isValid() && !id.isNull()) {
        const QString sql = QLatin1String("UPDATE settings SET value = ?, deleted = ") + boolLit(false)
            + QLatin1String(", updated_at = ? WHERE id = ?");
        Sql::Statement *st = statement(sql);
        if (!st)
            return false;
        st->bind(0, encode(value));
        st->bind(1, Store::nowUtc());
        st->bind(2, Sql::toId(id));
        return st->exec() || fail(st->lastError());
    }
    Row row;
    return insertRow("settings", row, {{"key", key}, {"value", encode(value)}});
}

bool SettingsRepository::remove(const QString &key)
{
    return tombstoneWhere("settings", "key", key);
}

QStringList SettingsRepository::keys()
{
    QStringList out;
    const auto rows = fetchAll(QLatin1String("SELECT key FROM settings WHERE ") + live(QString())
                               + QLatin1String(" ORDER BY key"));
    for (const QSqlRecord &r : rows)
        out << r.value(0).toString();
    return out;
}

std::optional<Company> SettingsRepository::company()
{
    const auto r = fetchOne(QLatin1String("SELECT * FROM company WHERE ") + live(QString())
                            + QLatin1String(" ORDER BY id LIMIT 1"));
    if (!r)
        return std::nullopt;
    Company c;
    readRow(*r, c);
    c.name = str(*r, "name");
    c.economicCode = str(*r, "economic_code");
    c.nationalId = str(*r, "national_id");
    c.registrationNumber = str(*r, "registration_number");
    c.postalCode = str(*r, "postal_code");
    c.province = str(*r, "province");
    c.city = str(*r, "city");
    c.address = str(*r, "address");
    c.phone = str(*r, "phone");
    c.logo = val(*r, "logo").toByteArray();
    c.kind = str(*r, "kind") == QLatin1String("person") ? SellerKind::Person : SellerKind::Organisation;
    c.seal = val(*r, "seal").toByteArray();
    c.moneyUnit = str(*r, "money_unit") == QLatin1String("toman") ? Persian::MoneyUnit::Toman : Persian::MoneyUnit::Rial;
    c.defaultVatBp = int(i64(*r, "default_vat_bp"));
    return c;
}

bool SettingsRepository::saveCompany(Company &c)
{
    const Cols cols{{"name", c.name},
                    {"economic_code", c.economicCode},
                    {"national_id", c.nationalId},
                    {"registration_number", c.registrationNumber},
                    {"postal_code", c.postalCode},
                    {"province", c.province},
                    {"city", c.city},
                    {"address", c.address},
                    {"phone", c.phone},
                    {"logo", c.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.logo)},
                    {"kind", c.kind == SellerKind::Person ? QStringLiteral("person") : QStringLiteral("organisation")},
                    {"seal", c.seal.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.seal)},
                    {"money_unit", c.moneyUnit == Persian::MoneyUnit::Toman ? QStringLiteral("toman") : QStringLiteral("rial")},
                    {"default_vat_bp", c.defaultVatBp}};
    const auto existing = company();
    if (!existing)
        return insertRow("company", c, cols);
    c.id = existing->id;
    return updateRow("company", c, cols);
}
