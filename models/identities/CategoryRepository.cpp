#include "models/identities/CategoryRepository.h"

Category CategoryRepository::fromRecord(const QSqlRecord &r)
{
    Category c;
    readRow(r, c);
    c.name = str(r, "name");
    c.parentId = idOf(r, "parent_id");
    c.kind = str(r, "kind");
    c.isPrivate = flag(r, "is_private");
    c.createdBy = idOf(r, "created_by");
    return c;
}

bool CategoryRepository::insert(Category &c)
{
    return insertRow("categories", c,
                     {{"name", c.name},
                      {"parent_id", Sql::id(c.parentId)},
                      {"kind", c.kind},
                      {"is_private", c.isPrivate},
                      {"created_by", Sql::id(c.createdBy)}});
}

QList<Category> CategoryRepository::all()
{
    QList<Category> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM categories WHERE ") + live(QString())
                               + QLatin1String(" ORDER BY kind, name, id"));
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

std::optional<Category> CategoryRepository::get(const QString &id)
{
    const auto r = fetchById("categories", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

std::optional<Category> CategoryRepository::siblingNamed(const QString &kind, const QString &parentId,
                                                         const QString &name, const QString &exceptId)
{
    // few siblings share a parent, so comparing here keeps Persian case folding out of SQL
    const QString parentCond = parentId.isEmpty() ? QStringLiteral("parent_id IS NULL") : QStringLiteral("parent_id = ?");
    QVariantList binds{kind};
    if (!parentId.isEmpty())
        binds << parentId;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM categories WHERE kind = ? AND ") + parentCond
                                   + QLatin1String(" AND ") + live(QString()) + QLatin1String(" ORDER BY id"),
                               binds);
    for (const QSqlRecord &r : rows) {
        Category c = fromRecord(r);
        if (c.id != exceptId && c.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QHash<QString, CategoryRepository::Counts> CategoryRepository::counts()
{
    QHash<QString, Counts> out;
    const auto members = fetchAll(
        QLatin1String("SELECT ic.category_id, COUNT(DISTINCT ic.identity_id) FROM identity_categories ic "
                      "JOIN identities i ON i.id = ic.identity_id WHERE ")
        + live(QStringLiteral("ic")) + QLatin1String(" AND ") + live(QStringLiteral("i"))
        + QLatin1String(" GROUP BY ic.category_id"));
    for (const QSqlRecord &r : members)
        out[Sql::toId(r.value(0))].members = r.value(1).toLongLong();
    const auto children = fetchAll(QLatin1String("SELECT parent_id, COUNT(*) FROM categories WHERE parent_id IS NOT NULL AND ")
                                   + live(QString()) + QLatin1String(" GROUP BY parent_id"));
    for (const QSqlRecord &r : children)
        out[Sql::toId(r.value(0))].children = r.value(1).toLongLong();
    return out;
}

CategoryRepository::Counts CategoryRepository::countsOf(const QString &id)
{
    Counts c;
    c.members = scalar(QLatin1String("SELECT COUNT(DISTINCT ic.identity_id) FROM identity_categories ic "
                                     "JOIN identities i ON i.id = ic.identity_id WHERE ic.category_id = ? AND ")
                           + live(QStringLiteral("ic")) + QLatin1String(" AND ") + live(QStringLiteral("i")),
                       {id})
                    .toLongLong();
    c.children = scalar(QLatin1String("SELECT COUNT(*) FROM categories WHERE parent_id = ? AND ") + live(QString()), {id})
                     .toLongLong();
    return c;
}

bool CategoryRepository::rename(const QString &id, const QString &name, const QString &expectedName)
{
    return updateColumns("categories", id, {{"name", name}}, Col{"name", expectedName});
}

bool CategoryRepository::move(const QString &id, const QString &parentId, const QString &expectedParentId)
{
    // a NULL parent cannot be guarded by equality, so a top-level category is guarded by a read
    // in the caller's transaction instead (CategoryService re-reads it before it moves)
    if (expectedParentId.isEmpty())
        return updateColumns("categories", id, {{"parent_id", Sql::id(parentId)}});
    return updateColumns("categories", id, {{"parent_id", Sql::id(parentId)}}, Col{"parent_id", expectedParentId});
}

bool CategoryRepository::setPrivate(const QString &id, bool isPrivate)
{
    return updateColumns("categories", id, {{"is_private", isPrivate}}, Col{"is_private", !isPrivate});
}

bool CategoryRepository::tombstone(const QString &id)
{
    return tombstoneRow("categories", id);
}
