#include "models/finance/FinanceStateRepository.h"

#include "models/core/Dialect.h"

namespace {
// stands for "no row" in `id <> ?`: a literal that is a valid uuid on PostgreSQL
const QString NilId = QStringLiteral("00000000-0000-0000-0000-000000000000");

NumberingPattern patternFrom(const QSqlRecord &r)
{
    NumberingPattern p;
    p.id = Sql::toId(r.value(QStringLiteral("id")));
    p.title = r.value(QStringLiteral("title")).toString();
    p.pattern = r.value(QStringLiteral("pattern")).toString();
    p.initialValue = r.value(QStringLiteral("initial_value")).toLongLong();
    p.yearlyReset = Sql::toBool(r.value(QStringLiteral("yearly_reset")));
    p.lastValue = r.value(QStringLiteral("last_value")).toLongLong();
    p.lastYear = r.value(QStringLiteral("last_year")).toInt();
    p.updatedAt = Sql::toTs(r.value(QStringLiteral("updated_at")));
    return p;
}
} // namespace

std::optional<NumberingPattern> FinanceStateRepository::lockPattern(const QString &patternId)
{
    if (!exec(QLatin1String("UPDATE numbering_patterns SET last_value = last_value WHERE id = ? AND ") + live(QString()),
              {patternId}))
        return std::nullopt;
    return pattern(patternId);
}

std::optional<NumberingPattern> FinanceStateRepository::pattern(const QString &patternId)
{
    const auto r = fetchById("numbering_patterns", patternId);
    if (!r) {
        fail(QStringLiteral("numbering_patterns: no live row %1").arg(patternId));
        return std::nullopt;
    }
    return patternFrom(*r);
}

QList<NumberingPattern> FinanceStateRepository::patterns()
{
    QList<NumberingPattern> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM numbering_patterns WHERE ") + live(QString())
                               + QLatin1String(" ORDER BY title, id"));
    for (const QSqlRecord &r : rows)
        out << patternFrom(r);
    return out;
}

bool FinanceStateRepository::insertPattern(NumberingPattern &p)
{
    return insertRow("numbering_patterns", p,
                     {{"title", p.title},
                      {"pattern", p.pattern},
                      {"initial_value", p.initialValue},
                      {"yearly_reset", p.yearlyReset},
                      {"last_value", p.lastValue},
                      {"last_year", p.lastYear}});
}

bool FinanceStateRepository::updatePatternDefinition(NumberingPattern &p)
{
    return updateRow("numbering_patterns", p,
                     {{"title", p.title},
                      {"pattern", p.pattern},
                      {"initial_value", p.initialValue},
                      {"yearly_reset", p.yearlyReset},
                      {"last_value", p.lastValue},
                      {"last_year", p.lastYear}});
}

bool FinanceStateRepository::setPatternLast(const QString &patternId, qint64 lastValue, int lastYear)
{
    return updateColumns("numbering_patterns", patternId, {{"last_value", lastValue}, {"last_year", lastYear}});
}

bool FinanceStateRepository::tombstonePattern(const QString &patternId)
{
    return tombstoneRow("numbering_patterns", patternId);
}

ListSpec FinanceStateRepository::patternList(const QString &search) const
{
    ListSpec s;
    s.from = QStringLiteral("numbering_patterns p");
    s.columns = QStringList{QStringLiteral("p.id"),           QStringLiteral("p.title"),
                            QStringLiteral("p.pattern"),      QStringLiteral("p.initial_value"),
                            QStringLiteral("p.yearly_reset"), QStringLiteral("p.last_value")};
    QStringList conds{live(QStringLiteral("p"))};
    if (const QString typed = search.trimmed(); !typed.isEmpty()) {
        conds << QLatin1Char('(') + Dialect::likeCondition(QStringLiteral("p.title")) + QLatin1String(" OR ")
                + Dialect::likeCondition(QStringLiteral("p.pattern")) + QLatin1Char(')');
        s.binds << Dialect::containing(typed) << Dialect::containing(typed);
    }
    s.where = conds.join(QLatin1String(" AND "));
    s.orderBy = QStringLiteral("p.title, p.id");
    s.orderByDesc = QStringLiteral("p.title DESC, p.id DESC");
    return s;
}

QStringList FinanceStateRepository::patternUsers(const QString &patternId)
{
    const QString sql = QLatin1String("SELECT name FROM item_types WHERE numbering_pattern_id = ? AND ") + live(QString())
        + QLatin1String(" UNION ALL SELECT name FROM identity_subtypes WHERE numbering_pattern_id = ? AND ")
        + live(QString()) + QLatin1String(" ORDER BY 1");
    QStringList out;
    for (const QSqlRecord &r : fetchAll(sql, {patternId, patternId}))
        out << r.value(0).toString();
    return out;
}

bool FinanceStateRepository::numberTaken(const QString &patternId, const QString &number, const QString &excludeId)
{
    const QString ex = excludeId.isEmpty() ? NilId : excludeId;
    const QString sql = QLatin1String(
                            "SELECT (SELECT count(*) FROM documents d JOIN item_types t ON t.id = d.item_type_id "
                            "WHERE t.numbering_pattern_id = ? AND d.number = ? AND d.id <> ? AND ")
        + live(QStringLiteral("d"))
        + QLatin1String(") + (SELECT count(*) FROM receipts r JOIN item_types t ON t.id = r.item_type_id "
                        "WHERE t.numbering_pattern_id = ? AND r.number = ? AND r.id <> ? AND ")
        + live(QStringLiteral("r"))
        + QLatin1String(") + (SELECT count(*) FROM identities i JOIN identity_subtypes s ON s.id = i.subtype_id "
                        "WHERE s.numbering_pattern_id = ? AND i.customer_number = ? AND i.id <> ? AND ")
        + live(QStringLiteral("i")) + QLatin1String(")");
    return scalar(sql, {patternId, number, ex, patternId, number, ex, patternId, number, ex}).toLongLong() > 0;
}

QStringList FinanceStateRepository::numbersOf(const QString &patternId)
{
    const QString sql = QLatin1String("SELECT d.number FROM documents d JOIN item_types t ON t.id = d.item_type_id "
                                      "WHERE t.numbering_pattern_id = ? AND d.number IS NOT NULL AND ")
        + live(QStringLiteral("d"))
        + QLatin1String(" UNION ALL SELECT r.number FROM receipts r JOIN item_types t ON t.id = r.item_type_id "
                        "WHERE t.numbering_pattern_id = ? AND r.number IS NOT NULL AND ")
        + live(QStringLiteral("r"))
        + QLatin1String(" UNION ALL SELECT i.customer_number FROM identities i JOIN identity_subtypes s ON s.id = "
                        "i.subtype_id WHERE s.numbering_pattern_id = ? AND i.customer_number IS NOT NULL AND ")
        + live(QStringLiteral("i"));
    QStringList out;
    for (const QSqlRecord &r : fetchAll(sql, {patternId, patternId, patternId}))
        out << r.value(0).toString();
    return out;
}

qint64 FinanceStateRepository::numberedCount(const QString &patternId)
{
    // customer numbers count too: a subtype's pattern numbers its identities
    return scalar(QStringLiteral("SELECT (SELECT count(*) FROM documents d JOIN item_types t ON t.id = d.item_type_id "
                                 "WHERE t.numbering_pattern_id = ? AND d.number IS NOT NULL) + (SELECT count(*) FROM "
                                 "receipts r JOIN item_types t ON t.id = r.item_type_id WHERE t.numbering_pattern_id = ? "
                                 "AND r.number IS NOT NULL) + (SELECT count(*) FROM identities i JOIN identity_subtypes s "
                                 "ON s.id = i.subtype_id WHERE s.numbering_pattern_id = ? AND i.customer_number IS NOT NULL)"),
                  {patternId, patternId, patternId})
        .toLongLong();
}

qint64 FinanceStateRepository::returnedAgainst(const QString &invoiceId, const QString &excludeId)
{
    return scalar(QLatin1String("SELECT COALESCE(SUM(final_amount), 0) FROM documents WHERE kind = 'return_invoice' "
                                "AND source_document_id = ? AND approval_status <> 'rejected' AND id <> ? AND ")
                      + live(QString()),
                  {invoiceId, excludeId.isEmpty() ? NilId : excludeId})
        .toLongLong();
}

qint64 FinanceStateRepository::approvedReturnsAgainst(const QString &invoiceId)
{
    return scalar(QLatin1String("SELECT count(*) FROM documents WHERE kind = 'return_invoice' AND source_document_id = ? "
                                "AND approval_status = 'approved' AND ")
                      + live(QString()),
                  {invoiceId})
        .toLongLong();
}

QString FinanceStateRepository::customerNumberPatternOf(const QString &identityId)
{
    return Sql::toId(scalar(QLatin1String("SELECT s.numbering_pattern_id FROM identities i JOIN identity_subtypes s ON "
                                          "s.id = i.subtype_id WHERE i.id = ? AND ")
                                + live(QStringLiteral("i")),
                            {identityId}));
}
