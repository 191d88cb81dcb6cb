#include "models/finance/ReceiptRepository.h"

#include "models/identities/IdentityRepository.h"

Repository::Cols ReceiptRepository::columns(const Receipt &r) const
{
    Cols cols{{"item_type_id", Sql::id(r.itemTypeId)},
            {"direction", r.direction},
            {"identity_id", Sql::id(r.identityId)},
            {"document_id", Sql::id(r.documentId)},
            {"number", Sql::textOrNull(r.number)},
            {"amount", r.amount},
            {"account_id", Sql::id(r.accountId)},
            {"method", r.method},
            {"cash_method", r.cashMethod},
            {"tracking_number", r.trackingNumber},
            {"card_number", r.cardNumber},
            {"bank", r.bank},
            {"cheque_number", r.chequeNumber},
            {"cheque_due_date", Sql::date(r.chequeDueDate)},
            {"received_on", Sql::date(r.receivedOn)},
            {"sequence", r.sequence > 0 ? QVariant(r.sequence) : QVariant(QMetaType(QMetaType::LongLong))},
            {"entered_by", Sql::id(r.enteredBy)},
            {"entered_in_club", r.enteredInClub},
            {"description", r.description},
            {"created_at", Sql::ts(r.createdAt)}};
    addTrail(cols, r.approval);
    return cols;
}

Receipt ReceiptRepository::fromRecord(const QSqlRecord &r)
{
    Receipt x;
    readRow(r, x);
    x.itemTypeId = idOf(r, "item_type_id");
    x.direction = str(r, "direction");
    x.identityId = idOf(r, "identity_id");
    x.documentId = idOf(r, "document_id");
    x.number = str(r, "number");
    x.amount = i64(r, "amount");
    x.accountId = idOf(r, "account_id");
    x.method = str(r, "method");
    x.cashMethod = str(r, "cash_method");
    x.trackingNumber = str(r, "tracking_number");
    x.cardNumber = str(r, "card_number");
    x.bank = str(r, "bank");
    x.chequeNumber = str(r, "cheque_number");
    x.chequeDueDate = date(r, "cheque_due_date");
    x.receivedOn = date(r, "received_on");
    x.approval = trailOf(r);
    x.sequence = i64(r, "sequence");
    x.enteredBy = idOf(r, "entered_by");
    x.enteredInClub = flag(r, "entered_in_club");
    x.description = str(r, "description");
    x.createdAt = ts(r, "created_at");
    return x;
}

bool ReceiptRepository::insert(Receipt &r)
{
    if (r.amount <= 0)
        return fail(QStringLiteral("receipts: the amount must be positive"));
    if (!r.createdAt.isValid())
        r.createdAt = Store::now();
    if (!r.receivedOn.isValid())
        r.receivedOn = Store::now().date();
    return insertRow("receipts", r, columns(r));
}

bool ReceiptRepository::update(Receipt &r)
{
    return updateRow("receipts", r, columns(r));
}

std::optional<Receipt> ReceiptRepository::get(const QString &id)
{
    const auto r = fetchById("receipts", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool ReceiptRepository::tombstone(const QString &id)
{
    return tombstoneRow("receipts", id);
}

QString ReceiptRepository::whereFor(const ReceiptFilter &f, QVariantList *binds) const
{
    QStringList conds{live(QStringLiteral("r"))};
    if (!f.identityId.isEmpty()) {
        conds << QStringLiteral("r.identity_id = ?");
        *binds << f.identityId;
    }
    if (f.approvalStatus) {
        conds << QStringLiteral("r.approval_status = ?");
        *binds << ApprovalStatusCode::text(*f.approvalStatus);
    }
    if (!f.direction.isEmpty()) {
        conds << QStringLiteral("r.direction = ?");
        *binds << f.direction;
    }
    if (!f.accountId.isEmpty()) {
        conds << QStringLiteral("r.account_id = ?");
        *binds << f.accountId;
    }
    return conds.join(QLatin1String(" AND "));
}

ListSpec ReceiptRepository::list(const ReceiptFilter &f) const
{
    ListSpec s;
    s.from = QStringLiteral("receipts r LEFT JOIN identities i ON i.id = r.identity_id");
    s.columns = QStringList{QStringLiteral("r.id"),          QStringLiteral("r.number"),
                            QStringLiteral("r.received_on"), QStringLiteral("i.display_name"),
                            QStringLiteral("r.amount"),      QStringLiteral("r.method"),
                            QStringLiteral("r.cash_method"), QStringLiteral("r.approval_status"),
                            QStringLiteral("r.identity_id")};
    s.where = whereFor(f, &s.binds);
    s.orderBy = QStringLiteral("r.received_on DESC, r.id DESC");
    s.orderByDesc = QStringLiteral("r.received_on, r.id");
    return s;
}

qint64 ReceiptRepository::count(const ReceiptFilter &filter)
{
    return countRows(list(filter));
}

qint64 ReceiptRepository::approvedTotal(const QString &identityId)
{
    return scalar(QLatin1String("SELECT coalesce(sum(CASE WHEN direction = 'in' THEN amount ELSE -amount END), 0) "
                                "FROM receipts WHERE identity_id = ? AND approval_status = 'approved' AND ")
                      + live(QString()),
                  {identityId})
        .toLongLong();
}

