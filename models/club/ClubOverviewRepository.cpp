#include "models/club/ClubOverviewRepository.h"

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
