#include "models/repositories/FinanceRepositories.h"

#include "models/repositories/IdentityRepository.h"

// Financial accounts --------------------------------------------------------------------------

Repository::Cols FinancialAccountRepository::columns(const FinancialAccount &a) const
{
    return {{"name", a.name},
            {"kind", a.kind},
            {"bank_name", a.bankName},
            {"holder", a.holder},
            {"account_number", a.accountNumber},
            {"card_number", a.cardNumber},
            {"iban", a.iban},
            {"allows_card_to_card", a.allowsCardToCard},
            {"allows_cash_deposit", a.allowsCashDeposit},
            // a cash box is never paid into online
            {"allows_online", a.kind == QLatin1String("cash") ? false : a.allowsOnline},
            {"active", a.active}};
}

FinancialAccount FinancialAccountRepository::fromRecord(const QSqlRecord &r)
{
    FinancialAccount a;
    readRow(r, a);
    a.name = str(r, "name");
    a.kind = str(r, "kind");
    a.bankName = str(r, "bank_name");
    a.holder = str(r, "holder");
    a.accountNumber = str(r, "account_number");
    a.cardNumber = str(r, "card_number");
    a.iban = str(r, "iban");
    a.allowsCardToCard = flag(r, "allows_card_to_card");
    a.allowsCashDeposit = flag(r, "allows_cash_deposit");
    a.allowsOnline = flag(r, "allows_online");
    a.active = flag(r, "active");
    return a;
}

bool FinancialAccountRepository::insert(FinancialAccount &a)
{
    if (a.kind == QLatin1String("cash"))
        a.allowsOnline = false;
    return insertRow("financial_accounts", a, columns(a));
}

bool FinancialAccountRepository::update(FinancialAccount &a)
{
    if (a.kind == QLatin1String("cash"))
        a.allowsOnline = false;
    return updateRow("financial_accounts", a, columns(a));
}

std::optional<FinancialAccount> FinancialAccountRepository::get(const QString &id)
{
    const auto r = fetchById("financial_accounts", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool FinancialAccountRepository::tombstone(const QString &id)
{
    return tombstoneRow("financial_accounts", id);
}

QList<FinancialAccount> FinancialAccountRepository::where(const QString &cond)
{
    QList<FinancialAccount> out;
    QString sql = QLatin1String("SELECT * FROM financial_accounts WHERE ") + live(QString());
    if (!cond.isEmpty())
        sql += QLatin1String(" AND ") + cond;
    sql += QLatin1String(" ORDER BY name, id");
    const auto rows = fetchAll(sql);
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

QList<FinancialAccount> FinancialAccountRepository::all(bool activeOnly)
{
    return where(activeOnly ? QLatin1String("active = ") + boolLit(true) : QString());
}

QList<FinancialAccount> FinancialAccountRepository::forClubMethod(const QString &cashMethod)
{
    QString column;
    if (cashMethod == QLatin1String("card_to_card"))
        column = QStringLiteral("allows_card_to_card");
    else if (cashMethod == QLatin1String("deposit"))
        column = QStringLiteral("allows_cash_deposit");
    else if (cashMethod == QLatin1String("online"))
        column = QStringLiteral("allows_online");
    else
        return {};
    return where(QLatin1String("active = ") + boolLit(true) + QLatin1String(" AND ") + column + QLatin1String(" = ")
                 + boolLit(true));
}

// Receipts ------------------------------------------------------------------------------------

Repository::Cols ReceiptRepository::columns(const Receipt &r) const
{
    return {{"item_type_id", Sql::id(r.itemTypeId)},
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
            {"approval_status", r.approvalStatus},
            {"approved_by", Sql::id(r.approvedBy)},
            {"approved_at", Sql::ts(r.approvedAt)},
            {"rejected_by", Sql::id(r.rejectedBy)},
            {"rejected_at", Sql::ts(r.rejectedAt)},
            {"reject_reason", r.rejectReason},
            {"numbered_by", Sql::id(r.numberedBy)},
            {"numbered_at", Sql::ts(r.numberedAt)},
            {"sequence", r.sequence > 0 ? QVariant(r.sequence) : QVariant(QMetaType(QMetaType::LongLong))},
            {"entered_by", Sql::id(r.enteredBy)},
            {"entered_in_club", r.enteredInClub},
            {"description", r.description},
            {"created_at", Sql::ts(r.createdAt)}};
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
    x.approvalStatus = str(r, "approval_status");
    x.approvedBy = idOf(r, "approved_by");
    x.approvedAt = ts(r, "approved_at");
    x.rejectedBy = idOf(r, "rejected_by");
    x.rejectedAt = ts(r, "rejected_at");
    x.rejectReason = str(r, "reject_reason");
    x.numberedBy = idOf(r, "numbered_by");
    x.numberedAt = ts(r, "numbered_at");
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

bool ReceiptRepository::approve(const QString &id, const QString &userId)
{
    return updateColumns("receipts", id,
                         {{"approval_status", QStringLiteral("approved")},
                          {"approved_by", Sql::id(userId)},
                          {"approved_at", Store::nowUtc()},
                          {"reject_reason", QString()}});
}

bool ReceiptRepository::reject(const QString &id, const QString &userId, const QString &reason)
{
    return updateColumns("receipts", id,
                         {{"approval_status", QStringLiteral("rejected")},
                          {"approved_by", Sql::id(QString())},
                          {"approved_at", Sql::ts(QDateTime())},
                          {"rejected_by", Sql::id(userId)},
                          {"rejected_at", Store::nowUtc()},
                          {"reject_reason", reason}});
}

QString ReceiptRepository::whereFor(const ReceiptFilter &f, QVariantList *binds) const
{
    QStringList conds{live(QStringLiteral("r"))};
    if (!f.identityId.isEmpty()) {
        conds << QStringLiteral("r.identity_id = ?");
        *binds << f.identityId;
    }
    if (!f.approvalStatus.isEmpty()) {
        conds << QStringLiteral("r.approval_status = ?");
        *binds << f.approvalStatus;
    }
    if (!f.direction.isEmpty()) {
        conds << QStringLiteral("r.direction = ?");
        *binds << f.direction;
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
    QVariantList binds;
    const QString where = whereFor(filter, &binds);
    return scalar(QLatin1String("SELECT count(*) FROM receipts r WHERE ") + where, binds).toLongLong();
}

qint64 ReceiptRepository::approvedTotal(const QString &identityId)
{
    return scalar(QLatin1String("SELECT coalesce(sum(CASE WHEN direction = 'in' THEN amount ELSE -amount END), 0) "
                                "FROM receipts WHERE identity_id = ? AND approval_status = 'approved' AND ")
                      + live(QString()),
                  {identityId})
        .toLongLong();
}

// Points --------------------------------------------------------------------------------------

PointTransaction PointRepository::fromRecord(const QSqlRecord &r)
{
    PointTransaction p;
    readRow(r, p);
    p.identityId = idOf(r, "identity_id");
    p.kind = str(r, "kind");
    p.points = int(i64(r, "points"));
    p.createdOn = date(r, "created_on");
    p.expiresOn = date(r, "expires_on");
    p.description = str(r, "description");
    p.relatedId = idOf(r, "related_id");
    p.manual = flag(r, "manual");
    return p;
}

bool PointRepository::insert(PointTransaction &p)
{
    if (p.points <= 0)
        return fail(QStringLiteral("point_transactions: points must be positive; the kind gives the direction"));
    if (!p.createdOn.isValid())
        p.createdOn = Store::now().date();
    return insertRow("point_transactions", p,
                     {{"identity_id", Sql::id(p.identityId)},
                      {"kind", p.kind},
                      {"points", p.points},
                      {"created_on", Sql::date(p.createdOn)},
                      {"expires_on", Sql::date(p.expiresOn)},
                      {"description", p.description},
                      {"related_id", Sql::id(p.relatedId)},
                      {"manual", p.manual}});
}

std::optional<PointTransaction> PointRepository::get(const QString &id)
{
    const auto r = fetchById("point_transactions", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool PointRepository::tombstone(const QString &id)
{
    return tombstoneRow("point_transactions", id);
}

PointTotals PointRepository::totals(const QString &identityId)
{
    PointTotals t;
    const auto r = fetchOne(QLatin1String("SELECT coalesce(sum(CASE WHEN kind = 'earned' THEN points END), 0), "
                                          "coalesce(sum(CASE WHEN kind = 'consumed' THEN points END), 0), "
                                          "coalesce(sum(CASE WHEN kind = 'expired' THEN points END), 0) "
                                          "FROM point_transactions WHERE identity_id = ? AND ")
                                + live(QString()),
                            {identityId});
    if (r) {
        t.earned = r->value(0).toLongLong();
        t.consumed = r->value(1).toLongLong();
        t.expired = r->value(2).toLongLong();
    }
    return t;
}

ListSpec PointRepository::list(const QString &identityId) const
{
    ListSpec s;
    s.from = QStringLiteral("point_transactions p");
    // what a statement shows: spent and expired points as negatives, and the balance after each
    const QString signedPoints = QStringLiteral("(CASE WHEN p.kind = 'earned' THEN p.points ELSE -p.points END)");
    s.columns = QStringList{QStringLiteral("p.id"), QStringLiteral("p.created_on"), QStringLiteral("p.kind"), signedPoints,
                            QLatin1String("sum") + signedPoints
                                + QLatin1String(" OVER (PARTITION BY p.identity_id ORDER BY p.created_on, p.id)"),
                            QStringLiteral("p.expires_on"), QStringLiteral("p.description")};
    s.where = QLatin1String("p.identity_id = ? AND ") + live(QStringLiteral("p"));
    s.binds << identityId;
    s.orderBy = QStringLiteral("p.created_on DESC, p.id DESC");
    s.orderByDesc = QStringLiteral("p.created_on, p.id");
    return s;
}

bool PointRepository::insertRule(PointRule &rule)
{
    return insertRow("point_rules", rule,
                     {{"kind", rule.kind},
                      {"profile_type", rule.profileType},
                      {"item_type_id", Sql::id(rule.itemTypeId)},
                      {"product_id", Sql::id(rule.productId)},
                      {"points", rule.points},
                      {"rial_step", rule.rialStep > 0 ? QVariant(rule.rialStep) : QVariant(QMetaType(QMetaType::LongLong))},
                      {"active", rule.active}});
}

QList<PointRule> PointRepository::rules(bool activeOnly)
{
    QString sql = QLatin1String("SELECT * FROM point_rules WHERE ") + live(QString());
    if (activeOnly)
        sql += QLatin1String(" AND active = ") + boolLit(true);
    sql += QLatin1String(" ORDER BY kind, id");
    QList<PointRule> out;
    const auto rows = fetchAll(sql);
    for (const QSqlRecord &r : rows) {
        PointRule p;
        readRow(r, p);
        p.kind = str(r, "kind");
        p.profileType = str(r, "profile_type");
        p.itemTypeId = idOf(r, "item_type_id");
        p.productId = idOf(r, "product_id");
        p.points = int(i64(r, "points"));
        p.rialStep = i64(r, "rial_step");
        p.active = flag(r, "active");
        out << p;
    }
    return out;
}
