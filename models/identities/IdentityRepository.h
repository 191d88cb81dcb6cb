#pragma once
#include "models/identities/Identity.h"
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <optional>

struct IdentityFilter
{
    std::optional<ProfileType> profileType; // nothing = all
    std::optional<IdentityKind> kind; // nothing = both
    QString search;       // as typed; words are matched as prefixes of the normalized text
    QString categoryId;   // only identities in this category
    enum class Sort { DisplayName, CustomerNumber, Newest } sort = Sort::DisplayName;
};

// Identities (هویت‌ها) with their phones, addresses and categories.
// search_text is kept here: names, numbers, codes, email and phone numbers, normalized with
// Persian::normalizeForSearch, so «علي» finds «علی» and «۰۹۱۲» finds "0912…".
class IdentityRepository : public Repository
{
public:
    using Repository::Repository;

    // The columns of list(): the item models and views address them by this enum.
    enum ListColumn { Id, DisplayName, CustomerNumber, ProfileType, Kind, NationalId, Mobile, City, CreatedAt };

    // Inserts the identity and its phones (their identityId is set). displayName is composed
    // from the names when empty; createdAt defaults to now.
    bool insert(Identity &identity, QList<Phone> phones = {});
    bool update(Identity &identity);
    std::optional<Identity> get(const QString &id);
    bool tombstone(const QString &id); // also its phones, addresses and category links
    // A search matching more identities than SortedSearchLimit lists them newest first
    // (ListSpec::newestFirst) instead of by `filter.sort`.
    ListSpec list(const IdentityFilter &filter);
    static constexpr qint64 SortedSearchLimit = 2000;
    qint64 count(const IdentityFilter &filter);

    QList<Phone> phones(const QString &identityId);
    bool setPhones(const QString &identityId, QList<Phone> phones); // replaces all, refreshes search text
    QList<Address> addresses(const QString &identityId);
    bool addAddress(Address &address);
    bool setAddresses(const QString &identityId, QList<Address> addresses);

    // The categories themselves are CategoryRepository's; these are an identity's links to them.
    QStringList categoryIds(const QString &identityId);
    bool addToCategory(const QString &identityId, const QString &categoryId, const QString &linkId = {});
    bool setCategories(const QString &identityId, const QStringList &categoryIds);

    static QString searchTextFor(const Identity &identity, const QList<Phone> &phones);

    // Possible duplicates («هویت تکراری»), live identities other than `excludeId`, at most
    // `limit` each: the same national ID; a phone with the same number; the same display name
    // once both are normalised for search (so «علي رضايي» matches «علی رضایی»).
    QList<Identity> withNationalId(const QString &nationalId, const QString &excludeId, int limit);
    QList<Identity> withPhoneNumber(const QString &number, const QString &excludeId, int limit);
    QList<Identity> withDisplayName(const QString &displayName, const QString &excludeId, int limit);
    // «شماره مشتری» is unique among live identities.
    bool customerNumberTaken(const QString &number, const QString &excludeId);
    // For an import's update mode: the live identities by national ID and by customer number
    // (value -> id), read once for the whole file.
    QHash<QString, QString> idsByNationalId();
    QHash<QString, QString> idsByCustomerNumber();

private:
    QList<Identity> fetchIdentities(const QString &where, const QVariantList &binds, int limit);
    QHash<QString, QString> idsBy(const char *column);
    bool insertPhone(Phone &phone);
    bool writeSearchText(const QString &identityId);
    static Identity fromRecord(const QSqlRecord &r);
    Cols columns(const Identity &i) const;
    QString whereFor(const IdentityFilter &f, QVariantList *binds) const;
};
