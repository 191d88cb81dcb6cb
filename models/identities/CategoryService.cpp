#include "models/identities/CategoryService.h"

#include "models/club/ClubPermissions.h"
#include "models/core/AuditLog.h"
#include "models/core/Store.h"

#include <QSet>

bool CategoryService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CategoryService::storeFailure(const QString &detail)
{
    qWarning("categories: %s", qPrintable(detail));
    return fail(tr("The change could not be saved. Nothing was changed."));
}

bool CategoryService::mayShape() const
{
    return m_actor.may(ClubPermission::manageCategories()) || m_actor.may(ClubPermission::databaseManager());
}

bool CategoryService::mayChangePrivacy(const Category &c) const
{
    if (!m_actor.isStaff())
        return false;
    if (m_actor.admin || m_actor.may(ClubPermission::databaseManager()))
        return true;
    return m_actor.known() && !c.createdBy.isEmpty() && c.createdBy == m_actor.userId;
}

QList<Category> CategoryService::visible()
{
    QList<Category> out;
    const QList<Category> all = CategoryRepository(m_store).all();
    for (const Category &c : all)
        if (!c.isPrivate || mayChangePrivacy(c))
            out << c;
    return out;
}

bool CategoryService::begin(Store::Transaction &tx)
{
    m_error.clear();
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    return mayShape() || fail(tr("You do not have permission to change the category tree. Ask an administrator."));
}

bool CategoryService::audit(const char *action, const QString &id, const QString &detail)
{
    AuditLog log(m_store);
    return log.append(m_actor.userId, QLatin1String(action), QStringLiteral("category"), id, detail)
        || storeFailure(log.lastError());
}

std::optional<Category> CategoryService::loadShapeable(CategoryRepository &repo, const QString &id)
{
    const auto c = repo.get(id);
    if (!c) {
        fail(tr("This category no longer exists."));
        return std::nullopt;
    }
    if (c->isPrivate && !mayChangePrivacy(*c)) {
        fail(tr("«%1» is private: only its creator, a system administrator or the database manager may change it.")
                 .arg(c->name));
        return std::nullopt;
    }
    return c;
}

bool CategoryService::checkName(CategoryRepository &repo, const QString &name, const QString &kind,
                                const QString &parentId, const QString &exceptId)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A category needs a name."));
    if (repo.siblingNamed(kind, parentId, name, exceptId))
        return fail(tr("A category named «%1» already exists at this level.").arg(name.trimmed()));
    return true;
}

std::optional<QString> CategoryService::create(const QString &name, const QString &parentId, const QString &kind)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return std::nullopt;
    CategoryRepository repo(m_store);
    Category c;
    c.kind = kind;
    if (!parentId.isEmpty()) {
        const auto parent = loadShapeable(repo, parentId);
        if (!parent)
            return std::nullopt;
        c.kind = parent->kind; // a sub-category belongs to its parent's tree
    }
    if (!checkName(repo, name, c.kind, parentId, {}))
        return std::nullopt;
    c.name = name.trimmed();
    c.parentId = parentId;
    c.createdBy = m_actor.userId;
    if (!repo.insert(c)) {
        storeFailure(repo.lastError());
        return std::nullopt;
    }
    if (!audit("category.create", c.id, c.name))
        return std::nullopt;
    if (!tx.commit()) {
        fail(m_store.writeFailureMessage());
        return std::nullopt;
    }
    return c.id;
}

bool CategoryService::rename(const QString &id, const QString &name)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    CategoryRepository repo(m_store);
    const auto c = loadShapeable(repo, id);
    if (!c || !checkName(repo, name, c->kind, c->parentId, id))
        return false;
    if (c->name == name.trimmed())
        return tx.commit() || fail(m_store.writeFailureMessage());
    if (!repo.rename(id, name.trimmed(), c->name))
        return storeFailure(repo.lastError());
    return (audit("category.rename", id, c->name + QStringLiteral(" -> ") + name.trimmed()) && tx.commit())
        || fail(m_error.isEmpty() ? m_store.writeFailureMessage() : m_error);
}

bool CategoryService::move(const QString &id, const QString &parentId)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    CategoryRepository repo(m_store);
    const auto c = loadShapeable(repo, id);
    if (!c)
        return false;
    if (c->parentId == parentId)
        return tx.commit() || fail(m_store.writeFailureMessage());
    if (!parentId.isEmpty()) {
        const auto target = loadShapeable(repo, parentId);
        if (!target)
            return false;
        if (target->kind != c->kind)
            return fail(tr("A category cannot be moved into another tree."));
        // walk up from the target: meeting the category itself means a loop
        const QList<Category> all = repo.all();
        QHash<QString, QString> parentOf;
        for (const Category &x : all)
            parentOf.insert(x.id, x.parentId);
        QSet<QString> seen;
        for (QString at = parentId; !at.isEmpty() && !seen.contains(at); at = parentOf.value(at)) {
            if (at == id)
                return fail(tr("«%1» cannot be moved into itself or one of its own sub-categories.").arg(c->name));
            seen.insert(at);
        }
    }
    if (!checkName(repo, c->name, c->kind, parentId, id))
        return false;
    if (!repo.move(id, parentId, c->parentId))
        return storeFailure(repo.lastError());
    return (audit("category.move", id, c->parentId + QStringLiteral(" -> ") + parentId) && tx.commit())
        || fail(m_error.isEmpty() ? m_store.writeFailureMessage() : m_error);
}

bool CategoryService::remove(const QString &id)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    CategoryRepository repo(m_store);
    const auto c = loadShapeable(repo, id);
    if (!c)
        return false;
    const CategoryRepository::Counts n = repo.countsOf(id);
    if (n.members > 0)
        return fail(tr("«%1» still holds %n identities; move them to another category first.", nullptr, int(n.members))
                        .arg(c->name));
    if (n.children > 0)
        return fail(tr("«%1» still has %n sub-categories; move or delete them first.", nullptr, int(n.children))
                        .arg(c->name));
    if (!repo.tombstone(id))
        return storeFailure(repo.lastError());
    return (audit("category.delete", id, c->name) && tx.commit())
        || fail(m_error.isEmpty() ? m_store.writeFailureMessage() : m_error);
}

bool CategoryService::setPrivate(const QString &id, bool isPrivate)
{
    Store::Transaction tx(m_store);
    m_error.clear();
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    CategoryRepository repo(m_store);
    const auto c = repo.get(id);
    if (!c)
        return fail(tr("This category no longer exists."));
    if (!mayChangePrivacy(*c))
        return fail(tr("Only the creator of «%1», a system administrator or the database manager may make it private or public.")
                        .arg(c->name));
    if (c->isPrivate == isPrivate)
        return tx.commit() || fail(m_store.writeFailureMessage());
    if (!repo.setPrivate(id, isPrivate))
        return storeFailure(repo.lastError());
    return (audit(isPrivate ? "category.private" : "category.public", id, c->name) && tx.commit())
        || fail(m_error.isEmpty() ? m_store.writeFailureMessage() : m_error);
}
