#pragma once
#include <QString>
#include <QStringList>
#include <QVariantList>

// What a list view shows, as a repository describes it: the item models page through it
// without writing SQL of their own. Columns are SQL expressions in the store's dialect;
// `where` may hold `?` placeholders bound in order from `binds`.
struct ListSpec
{
    QString from;           // table or join, e.g. "identities i"
    QStringList columns;    // select expressions; column 0 must be the row's id
    QString where;          // without the WHERE keyword; empty for all rows
    QVariantList binds;
    QString orderBy;        // ascending order; must be total (end with a unique key) for stable paging
    QString orderByDesc;    // the same order reversed, used to read pages from the end

    // How many rows there are, when the repository knows a cheaper way to tell than
    // count(*) over from/where (e.g. from a search index alone); empty: count(*) is run.
    QString countStatement;
    QVariantList countBinds;
    // The count, when the repository already ran countStatement to build this spec; the
    // model takes it once instead of counting again, and recounts on refresh.
    qint64 knownCount = -1;
    // A search matched so many rows that sorting them all would keep the person waiting:
    // they come in the order they were added, newest first (see IdentityRepository::list).
    bool newestFirst = false;

    // The list's SQL, written here once for every reader (the paged model, exports, print
    // batches, counts, tests): SELECT columns FROM from [WHERE where] ORDER BY `order`
    // (orderBy when empty). Binds are `binds`, in order.
    QString selectSql(const QString &order = {}) const
    {
        return QLatin1String("SELECT ") + columns.join(QLatin1String(", ")) + QLatin1String(" FROM ") + from
            + whereClause() + QLatin1String(" ORDER BY ") + (order.isEmpty() ? orderBy : order);
    }
    // count(*) over from and where (countStatement, when set, is the cheaper way the model uses).
    QString countSql() const { return QLatin1String("SELECT count(*) FROM ") + from + whereClause(); }
    QString whereClause() const { return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where; }

    // Keeps only the rows that also meet `condition` (binds in its own order). A count the
    // repository prepared no longer holds, so the model counts over the narrowed rows.
    void narrow(const QString &condition, const QVariantList &conditionBinds)
    {
        where = where.isEmpty() ? condition : where + QLatin1String(" AND (") + condition + QLatin1Char(')');
        binds += conditionBinds;
        countStatement.clear();
        countBinds.clear();
        knownCount = -1;
    }
};
