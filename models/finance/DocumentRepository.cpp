#include "models/finance/DocumentRepository.h"

#include "models/persian/SearchText.h"
#include "models/identities/IdentityRepository.h"

Repository::Cols DocumentRepository::columns(const Document &d) const
{
    Cols cols{
        {"item_type_id", Sql::id(d.itemTypeId)},
        {"kind", d.kind},
        {"identity_id", Sql::id(d.identityId)},
        {"number", Sql::textOrNull(d.number)},
        {"sequence", d.sequence > 0 ? QVariant(d.sequence) : QVariant(QMetaType(QMetaType::LongLong))},
        {"issue_date", Sql::date(d.issueDate)},
        {"due_date", Sql::date(d.dueDate)},
        {"seller_user_id", Sql::id(d.sellerUserId)},
        {"source_document_id", Sql::id(d.sourceDocumentId)},
        {"price_list_id", Sql::id(d.priceListId)},
        {"title", d.title},
        {"start_date", Sql::date(d.startDate)},
        {"end_date", Sql::date(d.endDate)},
        {"settlement", d.settlement},
        {"description", d.description},
        {"total_amount", d.totalAmount},
        {"total_discount", d.totalDiscount},
        {"total_tax", d.totalTax},
        {"total_levy", d.totalLevy},
        {"surcharge", d.surcharge},
        {"surcharge_tax", d.surchargeTax},
        {"surcharge_levy", d.surchargeLevy},
        {"final_amount", d.finalAmount},
        {"created_by", Sql::id(d.createdBy)},
        {"created_at", Sql::ts(d.createdAt)},
        {"search_text", d.searchText},
    };
    addTrail(cols, d.approval);
    return cols;
}

Document DocumentRepository::fromRecord(const QSqlRecord &r)
{
    Document d;
    readRow(r, d);
    d.itemTypeId = idOf(r, "item_type_id");
    d.kind = str(r, "kind");
    d.identityId = idOf(r, "identity_id");
    d.number = str(r, "number");
    d.sequence = i64(r, "sequence");
    d.issueDate = date(r, "issue_date");
    d.dueDate = date(r, "due_date");
    d.approval = trailOf(r);
    d.sellerUserId = idOf(r, "seller_user_id");
    d.sourceDocumentId = idOf(r, "source_document_id");
    d.priceListId = idOf(r, "price_list_id");
    d.title = str(r, "title");
    d.startDate = date(r, "start_date");
    d.endDate = date(r, "end_date");
    d.settlement = str(r, "settlement");
    d.description = str(r, "description");
    d.totalAmount = i64(r, "total_amount");
    d.totalDiscount = i64(r, "total_discount");
    d.totalTax = i64(r, "total_tax");
    d.totalLevy = i64(r, "total_levy");
    d.surcharge = i64(r, "surcharge");
    d.surchargeTax = i64(r, "surcharge_tax");
    d.surchargeLevy = i64(r, "surcharge_levy");
    d.finalAmount = i64(r, "final_amount");
    d.createdBy = idOf(r, "created_by");
    d.createdAt = ts(r, "created_at");
    d.searchText = str(r, "search_text");
    return d;
}

QString DocumentRepository::searchTextFor(const Document &d)
{
    // the customer's name is copied into the document's search text, so "invoices of Rezaei"
    // is one index look-up
    const QString name = scalar(QStringLiteral("SELECT display_name FROM identities WHERE id = ?"), {d.identityId}).toString();
    return Persian::normalizeForSearch(QStringList{d.number, d.title, name}.join(QLatin1Char(' ')));
}

bool DocumentRepository::insertLines(Document &d)
{
    for (DocumentLine &l : d.lines) {
        l.documentId = d.id;
        const bool ok = insertRow("document_lines", l,
                                  {{"document_id", l.documentId},
                                   {"line_no", l.lineNo},
                                   {"product_id", Sql::id(l.productId)},
                                   {"product_code", l.productCode},
                                   {"description", l.description},
                                   {"unit", l.unit},
                                   {"quantity_milli", l.quantityMilli},
                                   {"unit_price", l.unitPrice},
                                   {"discount", l.discount},
                                   {"tax_bp", l.taxBp},
                                   {"levy_bp", l.levyBp},
                                   {"tax", l.tax},
                                   {"levy", l.levy},
                                   {"total", l.total},
                                   {"final", l.final}});
        if (!ok)
            return false;
    }
    return true;
}

bool DocumentRepository::insert(Document &d)
{
    d.computeTotals();
    if (!d.createdAt.isValid())
        d.createdAt = Store::now();
    if (!d.issueDate.isValid())
        d.issueDate = Store::now().date();
    d.searchText = searchTextFor(d);
    Store::Transaction tx = m_store.transaction();
    if (!insertRow("documents", d, columns(d)) || !insertLines(d))
        return false;
    return tx.commit() || fail(QStringLiteral("documents: commit failed"));
}

bool DocumentRepository::update(Document &d)
{
    d.computeTotals();
    d.searchText = searchTextFor(d);
    for (DocumentLine &l : d.lines)
        l.id.clear(); // the old lines become tombstones; the new ones are new rows
    Store::Transaction tx = m_store.transaction();
    if (!updateRow("documents", d, columns(d)) || !tombstoneWhere("document_lines", "document_id", d.id)
        || !insertLines(d))
        return false;
    return tx.commit();
}

QList<DocumentLine> DocumentRepository::lines(const QString &documentId)
{
    QList<DocumentLine> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM document_lines WHERE document_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY line_no, id"),
                               {documentId});
    for (const QSqlRecord &r : rows) {
        DocumentLine l;
        readRow(r, l);
        l.documentId = idOf(r, "document_id");
        l.lineNo = int(i64(r, "line_no"));
        l.productId = idOf(r, "product_id");
        l.productCode = str(r, "product_code");
        l.description = str(r, "description");
        l.unit = str(r, "unit");
        l.quantityMilli = i64(r, "quantity_milli");
        l.unitPrice = i64(r, "unit_price");
        l.discount = i64(r, "discount");
        l.taxBp = int(i64(r, "tax_bp"));
        l.levyBp = int(i64(r, "levy_bp"));
        l.tax = i64(r, "tax");
        l.levy = i64(r, "levy");
        l.total = i64(r, "total");
        l.final = i64(r, "final");
        out << l;
    }
    return out;
}

std::optional<Document> DocumentRepository::get(const QString &id)
{
    const auto r = fetchById("documents", id);
    if (!r)
        return std::nullopt;
    Document d = fromRecord(*r);
    d.lines = lines(id);
    return d;
}

bool DocumentRepository::tombstone(const QString &id)
{
    Store::Transaction tx = m_store.transaction();
    if (!tombstoneRow("documents", id) || !tombstoneWhere("document_lines", "document_id", id))
        return false;
    return tx.commit();
}

QString DocumentRepository::whereFor(const DocumentFilter &f, QVariantList *binds) const
{
    QStringList conds{live(QStringLiteral("d"))};
    if (!f.kind.isEmpty()) {
        conds << QStringLiteral("d.kind = ?");
        *binds << f.kind;
    }
    if (f.approvalStatus) {
        conds << QStringLiteral("d.approval_status = ?");
        *binds << ApprovalStatusCode::text(*f.approvalStatus);
    }
    if (!f.identityId.isEmpty()) {
        conds << QStringLiteral("d.identity_id = ?");
        *binds << f.identityId;
    }
    if (f.from.isValid()) {
        conds << QStringLiteral("d.issue_date >= ?");
        *binds << Sql::date(f.from);
    }
    if (f.to.isValid()) {
        conds << QStringLiteral("d.issue_date <= ?");
        *binds << Sql::date(f.to);
    }
    if (!f.search.trimmed().isEmpty()) {
        QString bind;
        const QString cond = m_store.dialect().searchCondition(QStringLiteral("d"), QStringLiteral("documents_fts"),
                                                               Persian::normalizeForSearch(f.search), &bind);
        if (!cond.isEmpty()) {
            conds << cond;
            *binds << bind;
        }
    }
    return conds.join(QLatin1String(" AND "));
}

ListSpec DocumentRepository::list(const DocumentFilter &f) const
{
    ListSpec s;
    s.from = QStringLiteral("documents d LEFT JOIN identities i ON i.id = d.identity_id");
    s.columns = QStringList{QStringLiteral("d.id"),          QStringLiteral("d.kind"),
                            QStringLiteral("d.number"),      QStringLiteral("d.issue_date"),
                            QStringLiteral("i.display_name"), QStringLiteral("d.approval_status"),
                            QStringLiteral("d.final_amount"), QStringLiteral("d.title"),
                            QStringLiteral("d.identity_id")};
    s.where = whereFor(f, &s.binds);
    s.orderBy = QStringLiteral("d.issue_date DESC, d.id DESC");
    s.orderByDesc = QStringLiteral("d.issue_date, d.id");
    return s;
}

qint64 DocumentRepository::count(const DocumentFilter &filter)
{
    return countRows(list(filter));
}

qint64 DocumentRepository::approvedSalesTotal(const QString &identityId)
{
    return scalar(QLatin1String("SELECT coalesce(sum(CASE WHEN kind = 'invoice' THEN final_amount "
                                "WHEN kind = 'return_invoice' THEN -final_amount ELSE 0 END), 0) "
                                "FROM documents WHERE identity_id = ? AND approval_status = 'approved' AND ")
                      + live(QString()),
                  {identityId})
        .toLongLong();
}
