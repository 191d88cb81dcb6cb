#pragma once
#include "models/finance/Document.h"
#include "models/finance/ApprovedItemRepository.h"
#include "models/core/ListSpec.h"

#include <optional>

struct DocumentFilter
{
    QString kind;           // proforma|invoice|return_invoice|contract; empty = all
    std::optional<ApprovalStatus> approvalStatus; // nothing = all
    QString identityId;     // one customer's documents (the club lists through ClubLists instead)
    QString search;         // number, title, customer name (normalized prefix words)
    QDate from, to;         // issue date range, inclusive; invalid = open
};

// Proformas, invoices, return invoices and contracts with their lines. The totals are always
// computed from the lines here (Document::computeTotals), so a stored document's totals equal
// the sum of its lines.
class DocumentRepository : public ApprovedItemRepository
{
public:
    explicit DocumentRepository(Store &store) : ApprovedItemRepository(store, "documents") {}

    enum ListColumn { Id, Kind, Number, IssueDate, IdentityName, ApprovalStatus, FinalAmount, Title, IdentityId };

    bool insert(Document &document);           // with its lines
    bool update(Document &document);           // replaces the lines
    std::optional<Document> get(const QString &id); // with its lines
    QList<DocumentLine> lines(const QString &documentId);
    bool tombstone(const QString &id);          // Newest first (issue date, then id).
    ListSpec list(const DocumentFilter &filter) const;
    qint64 count(const DocumentFilter &filter);
    // Sum of final_amount of approved invoices minus approved return invoices for one identity.
    qint64 approvedSalesTotal(const QString &identityId);

private:
    Cols columns(const Document &d) const;
    static Document fromRecord(const QSqlRecord &r);
    bool insertLines(Document &d);
    QString searchTextFor(const Document &d);
    QString whereFor(const DocumentFilter &f, QVariantList *binds) const;
};
