#pragma once
#include "models/core/Actor.h"
#include "models/identities/CategoryRepository.h"

#include <QCoreApplication>

#include <optional>

class Store;

// Changes to the category tree («بانک اطلاعاتی»). Each call is one action (DESIGN §3): it
// begins the transaction, checks the actor inside it, re-reads the categories it decides on,
// writes with a guard on what it read, audits and commits; a refusal writes nothing and says
// why in Persian (error()).
//
// Who may do what: the tree is shaped (create, rename, move, delete) by holders of
// identities.categories.manage or the database manager; a private category («اختصاصی») is
// seen, shaped and made public or private again only by its creator, a system administrator or
// the database manager («مدیر بانک اطلاعاتی», identities.database.manage).
class CategoryService
{
    Q_DECLARE_TR_FUNCTIONS(CategoryService)
public:
    CategoryService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    // The categories this actor sees (private ones only for those who may change them).
    QList<Category> visible();
    bool mayShape() const;
    bool mayChangePrivacy(const Category &category) const;

    // The new category's id. `parentId` empty = at the top of the tree of `kind`.
    std::optional<QString> create(const QString &name, const QString &parentId,
                                  const QString &kind = QStringLiteral("database"));
    bool rename(const QString &id, const QString &name);
    // `parentId` empty = to the top of its tree. Never into itself or one of its descendants.
    bool move(const QString &id, const QString &parentId);
    // Only an empty category: no identities and no sub-categories.
    bool remove(const QString &id);
    bool setPrivate(const QString &id, bool isPrivate);
    QString error() const { return m_error; }

private:
    bool begin(Store::Transaction &tx);
    bool fail(const QString &message);
    bool storeFailure(const QString &detail);
    // Reads a category this actor may shape; nothing (with the reason) otherwise.
    std::optional<Category> loadShapeable(CategoryRepository &repo, const QString &id);
    bool checkName(CategoryRepository &repo, const QString &name, const QString &kind, const QString &parentId,
                   const QString &exceptId);
    bool audit(const char *action, const QString &id, const QString &detail);

    Store &m_store;
    Actor m_actor;
    QString m_error;
};
