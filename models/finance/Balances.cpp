#include "models/finance/Balances.h"

#include "models/persian/SearchText.h"

BalanceSide balanceSide(qint64 balance)
{
    return balance > 0 ? BalanceSide::Debtor : balance < 0 ? BalanceSide::Creditor : BalanceSide::Settled;
}

QString balanceSideCode(BalanceSide side)
{
    switch (side) {
    case BalanceSide::Debtor:
        return QStringLiteral("debtor");
    case BalanceSide::Creditor:
        return QStringLiteral("creditor");
    case BalanceSide::Settled:
        break;
    }
    return QStringLiteral("settled");
}

QString BalanceRepository::sideOf(const QString &balance)
{
    return QStringLiteral("CASE WHEN %1 > 0 THEN 'debtor' WHEN %1 < 0 THEN 'creditor' ELSE 'settled' END").arg(balance);
}

QString BalanceRepository::entries(bool oneIdentity) const
{
    const QString d = oneIdentity ? QStringLiteral(" AND d.identity_id = ?") : QString();
    const QString r = oneIdentity ? QStringLiteral(" AND r.identity_id = ?") : QString();
    return QLatin1String("SELECT d.id AS id, d.identity_id AS identity_id, d.issue_date AS on_date, d.created_at AS at, "
                         "d.kind AS kind, d.number AS number, "
                         "CASE WHEN d.kind = 'return_invoice' THEN 0 ELSE d.final_amount END AS debit, "
                         "CASE WHEN d.kind = 'return_invoice' THEN d.final_amount ELSE 0 END AS credit "
                         "FROM documents d LEFT JOIN item_types t ON t.id = d.item_type_id "
                         "WHERE d.approval_status = 'approved' AND ")
        + live(QStringLiteral("d"))
        + QLatin1String(" AND (d.kind IN ('invoice', 'return_invoice') OR (d.kind = 'contract' AND "
                        "t.contract_kind = 'financial'))")
        + d
        + QLatin1String(" UNION ALL SELECT r.id, r.identity_id, r.received_on, r.created_at, "
                        "CASE WHEN r.direction = 'out' THEN 'payment' ELSE 'receipt' END, r.number, "
                        "CASE WHEN r.direction = 'out' THEN r.amount ELSE 0 END, "
                        "CASE WHEN r.direction = 'out' THEN 0 ELSE r.amount END "
                        "FROM receipts r WHERE r.approval_status = 'approved' AND ")
        + live(QStringLiteral("r")) + r;
}

qint64 BalanceRepository::balanceOf(const QString &identityId, QDate upTo)
{
    QString sql = QLatin1String("SELECT COALESCE(SUM(e.debit - e.credit), 0) FROM (") + entries(true)
        + QLatin1String(") e");
    QVariantList binds{identityId, identityId};
    if (upTo.isValid()) {
        sql += QLatin1String(" WHERE e.on_date <= ?");
        binds << Sql::date(upTo);
    }
    return scalar(sql, binds).toLongLong();
}

ListSpec BalanceRepository::statement(const QString &identityId, QDate from, QDate to) const
{
    ListSpec s;
    s.from = QLatin1String("(SELECT e.*, SUM(e.debit - e.credit) OVER (ORDER BY e.on_date, e.at, e.id ROWS BETWEEN "
                           "UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM (")
        + entries(true) + QLatin1String(") e) s");
    s.binds << identityId << identityId;
    s.columns = QStringList{QStringLiteral("s.id"),     QStringLiteral("s.on_date"), QStringLiteral("s.kind"),
                            QStringLiteral("s.number"), QStringLiteral("s.debit"),   QStringLiteral("s.credit"),
                            QStringLiteral("ABS(s.running)"), sideOf(QStringLiteral("s.running")),
                            QStringLiteral("s.running")};
    QStringList conds;
    if (from.isValid()) {
        conds << QStringLiteral("s.on_date >= ?");
        s.binds << Sql::date(from);
    }
    if (to.isValid()) {
        conds << QStringLiteral("s.on_date <= ?");
        s.binds << Sql::date(to);
    }
    s.where = conds.join(QLatin1String(" AND "));
    s.orderBy = QStringLiteral("s.on_date, s.at, s.id");
    s.orderByDesc = QStringLiteral("s.on_date DESC, s.at DESC, s.id DESC");
    return s;
}

QList<StatementLine> BalanceRepository::statementLines(const QString &identityId, QDate from, QDate to)
{
    const ListSpec s = statement(identityId, from, to);
    const QString sql = s.selectSql();
    QList<StatementLine> out;
    for (const QSqlRecord &r : fetchAll(sql, s.binds)) {
        StatementLine l;
        l.id = Sql::toId(r.value(StId));
        l.date = Sql::toDate(r.value(StDate));
        l.kind = r.value(StKind).toString();
        l.number = r.value(StNumber).toString();
        l.debit = r.value(StDebit).toLongLong();
        l.credit = r.value(StCredit).toLongLong();
        l.balance = r.value(StBalance).toLongLong();
        out << l;
    }
    return out;
}

ListSpec BalanceRepository::report(const BalanceFilter &f) const
{
    ListSpec s;
    const QString inRange = f.from.isValid() ? QStringLiteral("e.on_date >= ?") : QStringLiteral("1 = 1");
    QString sql = QLatin1String("(SELECT e.identity_id AS identity_id, "
                                "SUM(CASE WHEN ") + inRange + QLatin1String(" THEN e.debit ELSE 0 END) AS debit, "
                                "SUM(CASE WHEN ") + inRange + QLatin1String(" THEN e.credit ELSE 0 END) AS credit, "
                                "SUM(e.debit - e.credit) AS balance FROM (") + entries(false) + QLatin1String(") e");
    if (f.from.isValid())
        s.binds << Sql::date(f.from) << Sql::date(f.from);
    if (f.to.isValid()) {
        sql += QLatin1String(" WHERE e.on_date <= ?");
        s.binds << Sql::date(f.to);
    }
    sql += QLatin1String(" GROUP BY e.identity_id");
    if (f.from.isValid()) // identities with no movement in the range and nothing owed drop out
        sql += QLatin1String(" HAVING SUM(CASE WHEN ") + inRange
            + QLatin1String(" THEN 1 ELSE 0 END) > 0 OR SUM(e.debit - e.credit) <> 0");
    if (f.from.isValid())
        s.binds << Sql::date(f.from);
    sql += QLatin1String(") b JOIN identities i ON i.id = b.identity_id");
    s.from = sql;
    s.columns = QStringList{QStringLiteral("b.identity_id"), QStringLiteral("i.display_name"),
                            QStringLiteral("i.customer_number"), QStringLiteral("b.debit"), QStringLiteral("b.credit"),
                            QStringLiteral("ABS(b.balance)"), sideOf(QStringLiteral("b.balance")),
                            QStringLiteral("b.balance")};
    s.where = live(QStringLiteral("i"));
    if (f.nonZeroOnly)
        s.where += QStringLiteral(" AND b.balance <> 0");
    if (!f.search.trimmed().isEmpty()) {
        QString bind;
        const QString cond = m_store.dialect().searchCondition(QStringLiteral("i"), QStringLiteral("identities_fts"),
                                                               Persian::normalizeForSearch(f.search), &bind);
        if (!cond.isEmpty()) {
            s.where += QLatin1String(" AND ") + cond;
            s.binds << bind;
        }
    }
    s.orderBy = QStringLiteral("i.display_name, b.identity_id");
    s.orderByDesc = QStringLiteral("i.display_name DESC, b.identity_id DESC");
    return s;
}
