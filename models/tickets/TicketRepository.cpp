#include "models/tickets/TicketRepository.h"

#include "models/persian/SearchText.h"

Repository::Cols TicketRepository::columns(const Ticket &t) const
{
    return {{"item_type_id", Sql::id(t.itemTypeId)},
            {"number", Sql::textOrNull(t.number)},
            {"identity_id", Sql::id(t.identityId)},
            {"subject", t.subject},
            {"status", TicketCode::text(t.status)},
            {"severity", TicketCode::text(t.severity)},
            {"priority", TicketCode::text(t.priority)},
            {"expert_user_id", Sql::id(t.expertUserId)},
            {"created_by", Sql::id(t.createdBy)},
            {"created_at", Sql::ts(t.createdAt)},
            {"search_text", t.searchText}};
}

Ticket TicketRepository::fromRecord(const QSqlRecord &r)
{
    Ticket t;
    readRow(r, t);
    t.itemTypeId = idOf(r, "item_type_id");
    t.number = str(r, "number");
    t.identityId = idOf(r, "identity_id");
    t.subject = str(r, "subject");
    t.status = TicketCode::status(str(r, "status")).value_or(TicketStatus::Open);
    t.severity = TicketCode::priority(str(r, "severity"));
    t.priority = TicketCode::priority(str(r, "priority"));
    t.expertUserId = idOf(r, "expert_user_id");
    t.createdBy = idOf(r, "created_by");
    t.createdAt = ts(r, "created_at");
    t.searchText = str(r, "search_text");
    return t;
}

QString TicketRepository::searchTextFor(const Ticket &t)
{
    const QString name =
        t.identityId.isEmpty()
            ? QString()
            : scalar(QStringLiteral("SELECT display_name FROM identities WHERE id = ?"), {t.identityId}).toString();
    return Persian::normalizeForSearch(QStringList{t.number, t.subject, name}.join(QLatin1Char(' ')));
}

bool TicketRepository::insert(Ticket &t)
{
    if (t.subject.trimmed().isEmpty())
        return fail(QStringLiteral("tickets: a subject is required"));
    if (!t.createdAt.isValid())
        t.createdAt = Store::now();
    t.searchText = searchTextFor(t);
    return insertRow("tickets", t, columns(t));
}

bool TicketRepository::update(Ticket &t)
{
    t.searchText = searchTextFor(t);
    return updateRow("tickets", t, columns(t));
}

std::optional<Ticket> TicketRepository::get(const QString &id)
{
    const auto r = fetchById("tickets", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool TicketRepository::tombstone(const QString &id)
{
    Store::Transaction tx = m_store.transaction();
    if (!tombstoneRow("tickets", id) || !tombstoneWhere("ticket_messages", "ticket_id", id))
        return false;
    return tx.commit();
}

bool TicketRepository::setStatus(const QString &id, TicketStatus status)
{
    return updateColumns("tickets", id, {{"status", TicketCode::text(status)}});
}

bool TicketRepository::addMessage(TicketMessage &m)
{
    if (!m.createdAt.isValid())
        m.createdAt = Store::now();
    return insertRow("ticket_messages", m,
                     {{"ticket_id", Sql::id(m.ticketId)},
                      {"author_user_id", Sql::id(m.authorUserId)},
                      {"body", m.body},
                      {"from_club", m.fromClub},
                      {"created_at", Sql::ts(m.createdAt)}});
}

QList<TicketMessage> TicketRepository::messages(const QString &ticketId)
{
    QList<TicketMessage> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM ticket_messages WHERE ticket_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY created_at, id"),
                               {ticketId});
    for (const QSqlRecord &r : rows) {
        TicketMessage m;
        readRow(r, m);
        m.ticketId = idOf(r, "ticket_id");
        m.authorUserId = idOf(r, "author_user_id");
        m.body = str(r, "body");
        m.fromClub = flag(r, "from_club");
        m.createdAt = ts(r, "created_at");
        out << m;
    }
    return out;
}

QString TicketRepository::whereFor(const TicketFilter &f, QVariantList *binds) const
{
    QStringList conds{live(QStringLiteral("t"))};
    if (f.status) {
        conds << QStringLiteral("t.status = ?");
        *binds << TicketCode::text(*f.status);
    }
    if (!f.identityId.isEmpty()) {
        conds << QStringLiteral("t.identity_id = ?");
        *binds << f.identityId;
    }
    if (!f.search.trimmed().isEmpty()) {
        QString bind;
        const QString cond = m_store.dialect().searchCondition(QStringLiteral("t"), QStringLiteral("tickets_fts"),
                                                               Persian::normalizeForSearch(f.search), &bind);
        if (!cond.isEmpty()) {
            conds << cond;
            *binds << bind;
        }
    }
    return conds.join(QLatin1String(" AND "));
}

ListSpec TicketRepository::list(const TicketFilter &f) const
{
    ListSpec s;
    s.from = QStringLiteral("tickets t LEFT JOIN identities i ON i.id = t.identity_id");
    s.columns = QStringList{QStringLiteral("t.id"),         QStringLiteral("t.number"),
                            QStringLiteral("t.subject"),    QStringLiteral("i.display_name"),
                            QStringLiteral("t.status"),     QStringLiteral("t.priority"),
                            QStringLiteral("t.created_at"), QStringLiteral("t.identity_id")};
    s.where = whereFor(f, &s.binds);
    s.orderBy = QStringLiteral("t.created_at DESC, t.id DESC");
    s.orderByDesc = QStringLiteral("t.created_at, t.id");
    return s;
}

qint64 TicketRepository::count(const TicketFilter &filter)
{
    return countRows(list(filter));
}

namespace TicketCode {

QString text(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open: return QStringLiteral("open");
    case TicketStatus::Answered: return QStringLiteral("answered");
    case TicketStatus::Waiting: return QStringLiteral("waiting");
    case TicketStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("open");
}

std::optional<TicketStatus> status(const QString &text)
{
    for (TicketStatus s : {TicketStatus::Open, TicketStatus::Answered, TicketStatus::Waiting, TicketStatus::Closed})
        if (TicketCode::text(s) == text)
            return s;
    return std::nullopt;
}

QString text(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Unset: return QString();
    case TicketPriority::Low: return QStringLiteral("low");
    case TicketPriority::Normal: return QStringLiteral("normal");
    case TicketPriority::High: return QStringLiteral("high");
    }
    return QString();
}

TicketPriority priority(const QString &text)
{
    for (TicketPriority p : {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High})
        if (TicketCode::text(p) == text)
            return p;
    return TicketPriority::Unset;
}

} // namespace TicketCode
