#include "models/identities/IdentityRepository.h"

#include "models/persian/SearchText.h"

QString IdentityRepository::searchTextFor(const Identity &i, const QList<Phone> &phones)
{
    QStringList parts{i.displayName, i.firstName, i.lastName, i.orgName, i.brandName, i.customerNumber,
                      i.nationalId, i.economicCode, i.email, i.email2};
    for (const Phone &p : phones)
        parts << p.number;
    parts.removeAll(QString());
    parts.removeDuplicates();
    return Persian::normalizeForSearch(parts.join(QLatin1Char(' ')));
}

Repository::Cols IdentityRepository::columns(const Identity &i) const
{
    return {
        {"kind", IdentityCode::text(i.kind)},
        {"function", IdentityCode::text(i.function)},
        {"lead_status", IdentityCode::text(i.leadStatus)},
        {"lead_subject", i.leadSubject},
        {"profile_type", IdentityCode::text(i.profileType)},
        {"subtype_id", Sql::id(i.subtypeId)},
        {"customer_number", Sql::textOrNull(i.customerNumber)},
        {"first_name", i.firstName},
        {"last_name", i.lastName},
        {"org_name", i.orgName},
        {"display_name", i.displayName},
        {"gender", i.gender},
        {"title", i.title},
        {"national_id", i.nationalId},
        {"economic_code", i.economicCode},
        {"registration_number", i.registrationNumber},
        {"email", i.email},
        {"email2", i.email2},
        {"website", i.website},
        {"manager_name", i.managerName},
        {"brand_name", i.brandName},
        {"birth_date", Sql::date(i.birthDate)},
        {"customer_since", Sql::date(i.customerSince)},
        {"colour", i.colour},
        {"source", i.source},
        {"acquaintance", i.acquaintance},
        {"sales_responsible_id", Sql::id(i.salesResponsibleId)},
        {"support_responsible_id", Sql::id(i.supportResponsibleId)},
        {"misc_responsible_id", Sql::id(i.miscResponsibleId)},
        {"created_by_agent_id", Sql::id(i.createdByAgentId)},
        {"class_id", Sql::id(i.classId)},
        {"description", i.description},
        {"created_at", Sql::ts(i.createdAt)},
        {"created_by", Sql::id(i.createdBy)},
        {"search_text", i.searchText},
    };
}

Identity IdentityRepository::fromRecord(const QSqlRecord &r)
{
    Identity i;
    readRow(r, i);
    i.kind = IdentityCode::identityKind(str(r, "kind"));
    i.function = IdentityCode::identityFunction(str(r, "function"));
    i.leadStatus = IdentityCode::leadStatus(str(r, "lead_status"));
    i.leadSubject = str(r, "lead_subject");
    i.profileType = IdentityCode::profileType(str(r, "profile_type")).value_or(ProfileType::Customer);
    i.subtypeId = idOf(r, "subtype_id");
    i.customerNumber = str(r, "customer_number");
    i.firstName = str(r, "first_name");
    i.lastName = str(r, "last_name");
    i.orgName = str(r, "org_name");
    i.displayName = str(r, "display_name");
    i.gender = str(r, "gender");
    i.title = str(r, "title");
    i.nationalId = str(r, "national_id");
    i.economicCode = str(r, "economic_code");
    i.registrationNumber = str(r, "registration_number");
    i.email = str(r, "email");
    i.email2 = str(r, "email2");
    i.website = str(r, "website");
    i.managerName = str(r, "manager_name");
    i.brandName = str(r, "brand_name");
    i.birthDate = date(r, "birth_date");
    i.customerSince = date(r, "customer_since");
    i.colour = str(r, "colour");
    i.source = str(r, "source");
    i.acquaintance = str(r, "acquaintance");
    i.salesResponsibleId = idOf(r, "sales_responsible_id");
    i.supportResponsibleId = idOf(r, "support_responsible_id");
    i.miscResponsibleId = idOf(r, "misc_responsible_id");
    i.createdByAgentId = idOf(r, "created_by_agent_id");
    i.classId = idOf(r, "class_id");
    i.description = str(r, "description");
    i.createdAt = ts(r, "created_at");
    i.createdBy = idOf(r, "created_by");
    i.searchText = str(r, "search_text");
    return i;
}

bool IdentityRepository::insert(Identity &identity, QList<Phone> phones)
{
    if (identity.displayName.trimmed().isEmpty())
        identity.displayName = identity.composedDisplayName();
    if (identity.displayName.isEmpty())
        return fail(QStringLiteral("identities: a name is required"));
    if (!identity.createdAt.isValid())
        identity.createdAt = Store::now();
    identity.searchText = searchTextFor(identity, phones);
    Store::Transaction tx = m_store.transaction();
    if (!insertRow("identities", identity, columns(identity)))
        return false;
    for (Phone &p : phones) {
        p.identityId = identity.id;
        if (!insertPhone(p))
            return false;
    }
    return tx.commit() || fail(QStringLiteral("identities: commit failed"));
}

bool IdentityRepository::update(Identity &identity)
{
    if (identity.displayName.trimmed().isEmpty())
        identity.displayName = identity.composedDisplayName();
    identity.searchText = searchTextFor(identity, phones(identity.id));
    return updateRow("identities", identity, columns(identity));
}

std::optional<Identity> IdentityRepository::get(const QString &id)
{
    const auto r = fetchById("identities", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool IdentityRepository::tombstone(const QString &id)
{
    Store::Transaction tx = m_store.transaction();
    if (!tombstoneRow("identities", id) || !tombstoneWhere("phones", "identity_id", id)
        || !tombstoneWhere("addresses", "identity_id", id) || !tombstoneWhere("identity_categories", "identity_id", id))
        return false;
    return tx.commit();
}

QString IdentityRepository::whereFor(const IdentityFilter &f, QVariantList *binds) const
{
    QStringList conds{live(QStringLiteral("i"))};
    if (f.profileType) {
        conds << QStringLiteral("i.profile_type = ?");
        *binds << IdentityCode::text(*f.profileType);
    }
    if (f.kind) {
        conds << QStringLiteral("i.kind = ?");
        *binds << IdentityCode::text(*f.kind);
    }
    if (!f.categoryId.isEmpty()) {
        conds << QStringLiteral("i.id IN (SELECT ic.identity_id FROM identity_categories ic WHERE ic.category_id = ? AND ")
                + live(QStringLiteral("ic")) + QLatin1Char(')');
        *binds << f.categoryId;
    }
    if (!f.search.trimmed().isEmpty()) {
        QString bind;
        const QString cond = m_store.dialect().searchCondition(QStringLiteral("i"), QStringLiteral("identities_fts"),
                                                               Persian::normalizeForSearch(f.search), &bind);
        if (!cond.isEmpty()) {
            conds << cond;
            *binds << bind;
        }
    }
    return conds.join(QLatin1String(" AND "));
}

ListSpec IdentityRepository::list(const IdentityFilter &f)
{
    ListSpec s;
    s.from = QStringLiteral("identities i");
    const QString liveP = live(QStringLiteral("p"));
    const QString liveA = live(QStringLiteral("a"));
    s.columns = QStringList{
        QStringLiteral("i.id"),
        QStringLiteral("i.display_name"),
        QStringLiteral("i.customer_number"),
        QStringLiteral("i.profile_type"),
        QStringLiteral("i.kind"),
        QStringLiteral("i.national_id"),
        QLatin1String("(SELECT p.number FROM phones p WHERE p.identity_id = i.id AND p.type = 'mobile' AND ") + liveP
            + QLatin1String(" ORDER BY p.is_default DESC, p.id LIMIT 1)"),
        QLatin1String("(SELECT a.city FROM addresses a WHERE a.identity_id = i.id AND ") + liveA
            + QLatin1String(" ORDER BY a.is_default DESC, a.id LIMIT 1)"),
        QStringLiteral("i.created_at"),
    };
    s.where = whereFor(f, &s.binds);
    const bool searchOnly = !f.profileType && !f.kind && f.categoryId.isEmpty();
    if (searchOnly && f.search.trimmed().isEmpty()) {
        // all live identities: SQLite keeps their number (migration 0005); PostgreSQL counts them
        // from a narrow partial index that also holds what the row-level policies read (0009)
        s.countStatement = m_store.dialect().isSqlite()
            ? QStringLiteral("SELECT live FROM row_counts WHERE table_name = 'identities'")
            : QLatin1String("SELECT count(*) FROM identities WHERE ") + live(QString());
    } else if (searchOnly && m_store.dialect().isSqlite() && s.binds.size() == 1) {
        // The search index holds live rows only (migration 0003), so it counts the matches by itself.
        s.countStatement = QStringLiteral("SELECT count(*) FROM identities_fts WHERE identities_fts MATCH ?");
        s.countBinds = s.binds;
        s.knownCount = scalar(s.countStatement, s.countBinds).toLongLong();
        if (s.knownCount > SortedSearchLimit) {
            // Sorting tens of thousands of matches by name takes hundreds of milliseconds; paging
            // them straight out of the index in rowid order takes one. Someone who typed two letters
            // refines the search rather than scroll, and a click on a column header still sorts.
            s.from = QStringLiteral("identities_fts JOIN identities i ON i.rowid = identities_fts.rowid");
            s.where = QStringLiteral("identities_fts MATCH ?");
            s.orderBy = QStringLiteral("identities_fts.rowid DESC");
            s.orderByDesc = QStringLiteral("identities_fts.rowid");
            s.newestFirst = true;
            return s;
        }
    }
    switch (f.sort) {
    case IdentityFilter::Sort::DisplayName:
        s.orderBy = QStringLiteral("i.display_name, i.id");
        s.orderByDesc = QStringLiteral("i.display_name DESC, i.id DESC");
        break;
    case IdentityFilter::Sort::CustomerNumber:
        s.orderBy = QStringLiteral("i.customer_number, i.id");
        s.orderByDesc = QStringLiteral("i.customer_number DESC, i.id DESC");
        break;
    case IdentityFilter::Sort::Newest:
        s.orderBy = QStringLiteral("i.created_at DESC, i.id DESC");
        s.orderByDesc = QStringLiteral("i.created_at, i.id");
        break;
    }
    return s;
}

qint64 IdentityRepository::count(const IdentityFilter &filter)
{
    QVariantList binds;
    const QString where = whereFor(filter, &binds);
    return scalar(QLatin1String("SELECT count(*) FROM identities i WHERE ") + where, binds).toLongLong();
}

// Duplicates and keys ---------------------------------------------------------------------

QList<Identity> IdentityRepository::fetchIdentities(const QString &where, const QVariantList &binds, int limit)
{
    QList<Identity> out;
    const auto rows = fetchAll(QLatin1String("SELECT i.* FROM identities i WHERE ") + live(QStringLiteral("i"))
                                   + QLatin1String(" AND ") + where + QLatin1String(" ORDER BY i.display_name, i.id LIMIT ")
                                   + QString::number(limit),
                               binds);
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

QList<Identity> IdentityRepository::withNationalId(const QString &nationalId, const QString &excludeId, int limit)
{
    if (nationalId.isEmpty())
        return {};
    return fetchIdentities(QStringLiteral("i.national_id = ? AND i.id <> ?"), {nationalId, excludeId}, limit);
}

QList<Identity> IdentityRepository::withPhoneNumber(const QString &number, const QString &excludeId, int limit)
{
    if (number.isEmpty())
        return {};
    return fetchIdentities(QLatin1String("i.id <> ? AND i.id IN (SELECT p.identity_id FROM phones p WHERE p.number = ? AND ")
                               + live(QStringLiteral("p")) + QLatin1Char(')'),
                           {excludeId, number}, limit);
}

QList<Identity> IdentityRepository::withDisplayName(const QString &displayName, const QString &excludeId, int limit)
{
    const QString wanted = Persian::normalizeForSearch(displayName);
    if (wanted.isEmpty())
        return {};
    // The search index narrows the candidates to those holding every word of the name; the
    // exact comparison of normalised names then drops "Ali Rezaei Nia" for "Ali Rezaei".
    QString bind;
    const QString cond = m_store.dialect().searchCondition(QStringLiteral("i"), QStringLiteral("identities_fts"), wanted, &bind);
    if (cond.isEmpty())
        return {};
    QList<Identity> out;
    for (const Identity &i : fetchIdentities(cond + QLatin1String(" AND i.id <> ?"), {bind, excludeId}, 500))
        if (Persian::normalizeForSearch(i.displayName) == wanted && out.size() < limit)
            out << i;
    return out;
}

bool IdentityRepository::customerNumberTaken(const QString &number, const QString &excludeId)
{
    if (number.isEmpty())
        return false;
    // a null QString binds as NULL, and "id <> NULL" is never true
    return scalar(QLatin1String("SELECT count(*) FROM identities WHERE customer_number = ? AND id <> ? AND ") + live(QString()),
                  {number, excludeId.isEmpty() ? QStringLiteral("-") : excludeId})
               .toLongLong()
        > 0;
}

QHash<QString, QString> IdentityRepository::idsBy(const char *column)
{
    QHash<QString, QString> out;
    const QString c = QLatin1String(column);
    const auto rows = fetchAll(QLatin1String("SELECT id, ") + c + QLatin1String(" FROM identities WHERE ") + c
                               + QLatin1String(" IS NOT NULL AND ") + c + QLatin1String(" <> '' AND ") + live(QString()));
    out.reserve(rows.size());
    for (const QSqlRecord &r : rows)
        out.insert(r.value(1).toString(), r.value(0).toString());
    return out;
}

QHash<QString, QString> IdentityRepository::idsByNationalId() { return idsBy("national_id"); }
QHash<QString, QString> IdentityRepository::idsByCustomerNumber() { return idsBy("customer_number"); }

// Phones ----------------------------------------------------------------------------------

bool IdentityRepository::insertPhone(Phone &p)
{
    return insertRow("phones", p,
                     {{"identity_id", p.identityId},
                      {"type", p.type},
                      {"country_code", p.countryCode},
                      {"number", p.number},
                      {"extension", p.extension},
                      {"is_default", p.isDefault},
                      {"description", p.description}});
}

QList<Phone> IdentityRepository::phones(const QString &identityId)
{
    QList<Phone> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM phones WHERE identity_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY is_default DESC, id"),
                               {identityId});
    for (const QSqlRecord &r : rows) {
        Phone p;
        readRow(r, p);
        p.identityId = idOf(r, "identity_id");
        p.type = str(r, "type");
        p.countryCode = str(r, "country_code");
        p.number = str(r, "number");
        p.extension = str(r, "extension");
        p.isDefault = flag(r, "is_default");
        p.description = str(r, "description");
        out << p;
    }
    return out;
}

bool IdentityRepository::setPhones(const QString &identityId, QList<Phone> list)
{
    Store::Transaction tx = m_store.transaction();
    if (!tombstoneWhere("phones", "identity_id", identityId))
        return false;
    for (Phone &p : list) {
        p.id.clear();
        p.identityId = identityId;
        if (!insertPhone(p))
            return false;
    }
    if (!writeSearchText(identityId))
        return false;
    return tx.commit();
}

bool IdentityRepository::writeSearchText(const QString &identityId)
{
    auto identity = get(identityId);
    if (!identity)
        return fail(QStringLiteral("identities: no live row %1").arg(identityId));
    return updateColumns("identities", identityId, {{"search_text", searchTextFor(*identity, phones(identityId))}});
}

// Addresses --------------------------------------------------------------------------------

bool IdentityRepository::addAddress(Address &a)
{
    return insertRow("addresses", a,
                     {{"identity_id", a.identityId},
                      {"country", a.country},
                      {"province", a.province},
                      {"city", a.city},
                      {"address", a.address},
                      {"postal_code", a.postalCode},
                      {"is_default", a.isDefault}});
}

QList<Address> IdentityRepository::addresses(const QString &identityId)
{
    QList<Address> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM addresses WHERE identity_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY is_default DESC, id"),
                               {identityId});
    for (const QSqlRecord &r : rows) {
        Address a;
        readRow(r, a);
        a.identityId = idOf(r, "identity_id");
        a.country = str(r, "country");
        a.province = str(r, "province");
        a.city = str(r, "city");
        a.address = str(r, "address");
        a.postalCode = str(r, "postal_code");
        a.isDefault = flag(r, "is_default");
        out << a;
    }
    return out;
}

bool IdentityRepository::setAddresses(const QString &identityId, QList<Address> list)
{
    Store::Transaction tx = m_store.transaction();
    if (!tombstoneWhere("addresses", "identity_id", identityId))
        return false;
    for (Address &a : list) {
        a.id.clear();
        a.identityId = identityId;
        if (!addAddress(a))
            return false;
    }
    return tx.commit();
}

// Categories and subtypes -------------------------------------------------------------------

QStringList IdentityRepository::categoryIds(const QString &identityId)
{
    QStringList out;
    const auto rows = fetchAll(QLatin1String("SELECT category_id FROM identity_categories WHERE identity_id = ? AND ")
                                   + live(QString()) + QLatin1String(" ORDER BY category_id"),
                               {identityId});
    for (const QSqlRecord &r : rows)
        out << idOf(r, "category_id");
    return out;
}

bool IdentityRepository::addToCategory(const QString &identityId, const QString &categoryId, const QString &linkId)
{
    Row link;
    link.id = linkId;
    return insertRow("identity_categories", link, {{"identity_id", identityId}, {"category_id", categoryId}});
}

bool IdentityRepository::setCategories(const QString &identityId, const QStringList &ids)
{
    Store::Transaction tx = m_store.transaction();
    if (!tombstoneWhere("identity_categories", "identity_id", identityId))
        return false;
    for (const QString &c : ids)
        if (!addToCategory(identityId, c))
            return false;
    return tx.commit();
}

namespace IdentityCode {

QString text(IdentityKind kind)
{
    return kind == IdentityKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person");
}

IdentityKind identityKind(const QString &text)
{
    return text == QLatin1String("organisation") ? IdentityKind::Organisation : IdentityKind::Person;
}

QString text(ProfileType type)
{
    switch (type) {
    case ProfileType::Customer: return QStringLiteral("customer");
    case ProfileType::Agent: return QStringLiteral("agent");
    case ProfileType::Supplier: return QStringLiteral("supplier");
    case ProfileType::Operator: return QStringLiteral("operator");
    case ProfileType::Competitor: return QStringLiteral("competitor");
    }
    return QStringLiteral("customer");
}

std::optional<ProfileType> profileType(const QString &text)
{
    for (ProfileType t : {ProfileType::Customer, ProfileType::Agent, ProfileType::Supplier, ProfileType::Operator,
                          ProfileType::Competitor})
        if (IdentityCode::text(t) == text)
            return t;
    return std::nullopt;
}

QString text(IdentityFunction function)
{
    return function == IdentityFunction::Lead ? QStringLiteral("lead") : QStringLiteral("contact");
}

IdentityFunction identityFunction(const QString &text)
{
    return text == QLatin1String("lead") ? IdentityFunction::Lead : IdentityFunction::Contact;
}

QString text(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Insufficient: return QStringLiteral("insufficient");
    case LeadStatus::Qualified: return QStringLiteral("qualified");
    case LeadStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

LeadStatus leadStatus(const QString &text)
{
    if (text == QLatin1String("insufficient"))
        return LeadStatus::Insufficient;
    if (text == QLatin1String("qualified"))
        return LeadStatus::Qualified;
    return LeadStatus::Unknown;
}

} // namespace IdentityCode
