#include "models/repositories/ClubOverviewRepository.h"

qint64 ClubOverviewRepository::balanceOf(const QString &identityId)
{
    const QString approved = QStringLiteral("approval_status = 'approved' AND ") + live(QString());
    const qint64 invoiced = scalar(QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'invoice' THEN final_amount "
                                                  "WHEN 'return_invoice' THEN -final_amount ELSE 0 END), 0) "
                                                  "FROM documents WHERE identity_id = ? AND ") + approved,
                                   {identityId}).toLongLong();
    const qint64 paid = scalar(QStringLiteral("SELECT COALESCE(SUM(CASE direction WHEN 'in' THEN amount ELSE -amount END), 0) "
                                              "FROM receipts WHERE identity_id = ? AND ") + approved,
                               {identityId}).toLongLong();
    return invoiced - paid;
}

QString ClubOverviewRepository::publishedBlock(const QString &slot, const QString &language)
{
    return scalar(QStringLiteral("SELECT html FROM dashboard_blocks WHERE slot = ? AND language = ? AND published = ")
                      + boolLit(true) + QStringLiteral(" AND ") + live(QString()),
                  {slot, language}).toString();
}

bool ClubOverviewRepository::publishBlock(const QString &slot, const QString &language, const QString &html)
{
    const auto existing = fetchOne(QStringLiteral("SELECT id FROM dashboard_blocks WHERE slot = ? AND language = ? AND ")
                                       + live(QString()),
                                   {slot, language});
    Row row;
    const Cols cols{{"slot", slot}, {"language", language}, {"html", html}, {"published", true}};
    if (existing) {
        row.id = idOf(*existing, "id");
        return updateRow("dashboard_blocks", row, cols);
    }
    return insertRow("dashboard_blocks", row, cols);
}
