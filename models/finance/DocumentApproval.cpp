#include "models/finance/DocumentApproval.h"

#include "models/finance/ClubPayments.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/Numbering.h"
#include "models/persian/Digits.h"
#include "models/core/AuditLog.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"

namespace {
constexpr ApprovalStatus Pending = ApprovalStatus::Pending;
constexpr ApprovalStatus Approved = ApprovalStatus::Approved;
constexpr ApprovalStatus Rejected = ApprovalStatus::Rejected;

bool isDocumentEntity(const QString &e)
{
    return e == QLatin1String("proforma") || e == QLatin1String("invoice") || e == QLatin1String("return_invoice")
        || e == QLatin1String("contract");
}
} // namespace

struct DocumentApproval::State
{
    Subject subject = Subject::Document;
    QString id;
    ItemType type;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString number;
    QString identityId;
    QString kind; // documents: proforma|invoice|return_invoice|contract; receipts: in|out
    QDate date;
};

DocumentApproval::DocumentApproval(Store &store, const Actor &actor)
    : m_store(store), m_actor(actor),
      m_documents(std::make_unique<DocumentRepository>(store)), m_receipts(std::make_unique<ReceiptRepository>(store)),
      m_types(std::make_unique<ItemTypeRepository>(store)), m_identities(std::make_unique<IdentityRepository>(store)),
      m_audit(std::make_unique<AuditLog>(store)), m_state(std::make_unique<FinanceStateRepository>(store)),
      m_numbering(std::make_unique<Numbering>(store))
{
}

DocumentApproval::~DocumentApproval() = default;

ApprovedItemRepository &DocumentApproval::items(Subject subject)
{
    if (subject == Subject::Document)
        return *m_documents;
    return *m_receipts;
}

bool DocumentApproval::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DocumentApproval::storeFailure(const QString &detail)
{
    // the driver's words are for the log; a person reads what happened to their change
    qWarning("finance: %s", qPrintable(detail));
    return fail(tr("The change could not be saved. Nothing was changed."));
}

bool DocumentApproval::begun(const Store::Transaction &tx)
{
    return tx.isActive() || fail(m_store.writeFailureMessage());
}

bool DocumentApproval::commit(Store::Transaction &tx)
{
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool DocumentApproval::allowed(const QString &permission, Subject subject) const
{
    return FinanceGate::may(m_actor, permission, subject == Subject::Receipt);
}

std::optional<DocumentApproval::State> DocumentApproval::load(Subject subject, const QString &id)
{
    State s;
    s.subject = subject;
    s.id = id;
    if (!items(subject).lockForDecision(id)) {
        storeFailure(items(subject).lastError());
        return std::nullopt;
    }
    QString typeId;
    if (subject == Subject::Document) {
        const auto d = m_documents->get(id);
        if (!d) {
            fail(tr("The document was not found."));
            return std::nullopt;
        }
        typeId = d->itemTypeId;
        s.status = d->approval.status;
        s.number = d->number;
        s.identityId = d->identityId;
        s.kind = d->kind;
        s.date = d->issueDate;
    } else {
        const auto r = m_receipts->get(id);
        if (!r) {
            fail(tr("The receipt was not found."));
            return std::nullopt;
        }
        typeId = r->itemTypeId;
        s.status = r->approval.status;
        s.number = r->number;
        s.identityId = r->identityId;
        s.kind = r->direction;
        s.date = r->receivedOn;
    }
    const auto t = m_types->get(typeId);
    if (!t) {
        fail(tr("The item type of this item was not found."));
        return std::nullopt;
    }
    s.type = *t;
    return s;
}

bool DocumentApproval::gate(Action action, const State &s, QString *why)
{
    auto no = [&](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    const bool locked = s.status != Pending || !s.number.isEmpty();
    const bool invoiceWithReturns = s.subject == Subject::Document && s.kind == QLatin1String("invoice")
        && m_state->approvedReturnsAgainst(s.id) > 0;
    switch (action) {
    case Action::Edit:
        if (locked && !allowed(FinancePermission::EditAfterApproval, s.subject))
            return no(tr("Editing an item after numbering, approval or rejection needs the permission "
                         "“Edit after numbering, approval or rejection” or finance manager."));
        return true;
    case Action::Delete:
        if (locked && !allowed(FinancePermission::DeleteAfterApproval, s.subject))
            return no(tr("Deleting an item after numbering, approval or rejection needs the permission "
                         "“Delete after numbering, approval or rejection” or finance manager."));
        if (invoiceWithReturns)
            return no(tr("This invoice has approved return invoices; it cannot be deleted."));
        return true;
    case Action::Approve:
    case Action::Reject: {
        if (s.status != Pending)
            return no(s.status == Approved ? tr("The item is already approved.")
                                           : tr("The item was rejected; return it to pending first."));
        const bool receipt = s.subject == Subject::Receipt;
        if (!(action == Action::Approve ? FinanceGate::mayApprove(m_actor, receipt, s.type.id)
                                        : FinanceGate::mayReject(m_actor, receipt, s.type.id)))
            return no(tr("Approving or rejecting this item needs the approval permission."));
        return true;
    }
    case Action::Number:
        if (!s.number.isEmpty())
            return no(tr("The item already has a number."));
        if (s.type.numberingPatternId.isEmpty())
            return no(tr("This item type has no numbering pattern."));
        if (s.status == Rejected)
            return no(tr("A rejected item is not numbered."));
        if (s.type.numberOn == QLatin1String("approval") && s.status != Approved)
            return no(tr("This item type numbers items once they are approved."));
        if (!FinanceGate::mayNumber(m_actor, s.type.id))
            return no(tr("Numbering needs the numbering permission."));
        return true;
    case Action::Renumber:
        if (s.number.isEmpty())
            return no(tr("The item has no number yet."));
        if (s.type.numberingPatternId.isEmpty())
            return no(tr("This item type has no numbering pattern."));
        if (!allowed(FinancePermission::Renumber, s.subject))
            return no(tr("Changing a number needs the permission “Edit the number after numbering” or finance manager."));
        return true;
    case Action::BackToPending:
        if (s.status == Pending)
            return no(tr("The item is already pending."));
        if (!allowed(FinancePermission::BackToPending, s.subject))
            return no(tr("Returning an item to pending needs the permission “Back to pending approval” or finance manager."));
        if (invoiceWithReturns)
            return no(tr("This invoice has approved return invoices; it cannot go back to pending."));
        return true;
    }
    return no(QString());
}

bool DocumentApproval::can(Action action, Subject subject, const QString &id, QString *why)
{
    const auto s = load(subject, id);
    if (!s) {
        if (why)
            *why = m_error;
        return false;
    }
    return gate(action, *s, why);
}

DocumentApproval::Banner DocumentApproval::bannerFor(const ItemType &type, ApprovalStatus status, bool numbered)
{
    if (status == Rejected)
        return Banner::Rejected;
    if (status == Approved)
        return numbered || type.numberingPatternId.isEmpty() ? Banner::ApprovedAndNumbered
                                                             : Banner::AutoApprovedAwaitingNumber;
    return numbered ? Banner::NumberedAwaitingApproval : Banner::Pending;
}

std::optional<DocumentApproval::Banner> DocumentApproval::banner(Subject subject, const QString &id)
{
    const auto s = load(subject, id);
    if (!s)
        return std::nullopt;
    return bannerFor(s->type, s->status, !s->number.isEmpty());
}

bool DocumentApproval::audit(const QString &action, const State &s, const QString &detail)
{
    const QString kind = s.subject == Subject::Document ? QStringLiteral("document") : QStringLiteral("receipt");
    if (!m_audit->append(m_actor.userId, action, kind, s.id, detail))
        return storeFailure(m_audit->lastError());
    return true;
}

bool DocumentApproval::checkIdentity(const QString &identityId)
{
    const auto who = m_identities->get(identityId);
    if (!who)
        return fail(tr("Choose who the item is related to."));
    if (who->isLead())
        return fail(tr("A lead cannot have financial items."));
    return true;
}

bool DocumentApproval::checkReturn(const Document &d)
{
    if (d.sourceDocumentId.isEmpty())
        return fail(tr("A return invoice must name the approved invoice it returns."));
    const auto src = m_documents->get(d.sourceDocumentId);
    if (!src || src->kind != QLatin1String("invoice") || src->approval.status != Approved)
        return fail(tr("A return invoice can be issued only against an approved invoice."));
    if (src->identityId != d.identityId)
        return fail(tr("A return invoice must be for the customer of the invoice it returns."));
    if (m_state->returnedAgainst(src->id, d.id) + d.finalAmount > src->finalAmount)
        return fail(tr("The returns against invoice %1 would be more than the invoice.").arg(Persian::toReadersDigits(src->number)));
    return true;
}

bool DocumentApproval::checkClubReceipt(const Receipt &r)
{
    ClubPayments payments(m_store);
    if (!payments.accountOffers(r.accountId, r.cashMethod))
        return fail(tr("The chosen account does not accept this payment method."));
    if (!r.number.isEmpty())
        return fail(tr("A club payment is numbered by the company."));
    return true;
}

bool DocumentApproval::assignNumber(State &s, const QString &manualNumber, bool renumbering)
{
    const QString patternId = s.type.numberingPatternId;
    const auto issued = manualNumber.trimmed().isEmpty() ? m_numbering->next(patternId, s.date)
                                                         : m_numbering->useManual(patternId, manualNumber, s.id);
    if (!issued)
        return fail(m_numbering->lastError());
    const bool ok = items(s.subject).setNumber(s.id, issued->number, issued->sequence, m_actor.userId);
    if (!ok)
        return storeFailure(items(s.subject).lastError());
    const QString old = s.number;
    s.number = issued->number;
    return audit(renumbering ? QStringLiteral("finance.renumber") : QStringLiteral("finance.number"), s,
                 renumbering ? old + QStringLiteral(" → ") + s.number : s.number);
}

bool DocumentApproval::assignCustomerNumber(const State &s)
{
    if (!s.type.customerNumberOnApproval)
        return true;
    auto who = m_identities->get(s.identityId);
    if (!who || !who->customerNumber.isEmpty())
        return true;
    const QString patternId = m_state->customerNumberPatternOf(s.identityId);
    if (patternId.isEmpty())
        return true; // the identity's subtype has no customer-number pattern
    const auto issued = m_numbering->next(patternId);
    if (!issued)
        return fail(m_numbering->lastError());
    who->customerNumber = issued->number;
    if (!m_identities->update(*who))
        return storeFailure(m_identities->lastError());
    if (!m_audit->append(m_actor.userId, QStringLiteral("finance.customer_number"), QStringLiteral("identity"), who->id,
                         issued->number))
        return storeFailure(m_audit->lastError());
    return true;
}

bool DocumentApproval::doApprove(State &s)
{
    const bool ok = items(s.subject).setApproval(s.id, s.status, Approved, m_actor.userId);
    if (!ok)
        return storeFailure(items(s.subject).lastError());
    s.status = Approved;
    if (!audit(QStringLiteral("finance.approve"), s))
        return false;
    if (s.number.isEmpty() && !s.type.numberingPatternId.isEmpty() && !s.type.needsNumbering
        && !assignNumber(s, QString(), false))
        return false;
    return assignCustomerNumber(s);
}

// Documents ---------------------------------------------------------------------------------------

bool DocumentApproval::createDocument(Document &d)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    const auto type = m_types->get(d.itemTypeId);
    if (!type || !isDocumentEntity(type->entity))
        return fail(tr("Choose a proforma, invoice, return invoice or contract type."));
    d.kind = type->entity;
    if (!checkIdentity(d.identityId))
        return false;
    const QString manual = d.number.trimmed();
    if (!manual.isEmpty() && !allowed(FinancePermission::Number, Subject::Document))
        return fail(tr("Typing a number by hand needs the numbering permission."));
    if (manual.isEmpty() && !d.number.isEmpty())
        d.number.clear();
    d.computeTotals();
    if (d.kind == QLatin1String("return_invoice") && !checkReturn(d))
        return false;
    d.number.clear();
    d.sequence = 0;
    d.approval.status = Pending;
    d.approval.approvedBy.clear();
    d.approval.approvedAt = {};
    d.approval.rejectedBy.clear();
    d.approval.rejectedAt = {};
    d.approval.rejectReason.clear();
    d.approval.numberedBy.clear();
    d.approval.numberedAt = {};
    if (d.createdBy.isEmpty())
        d.createdBy = m_actor.userId;

    if (!m_documents->insert(d))
        return storeFailure(m_documents->lastError());
    State s{Subject::Document, d.id, *type, Pending, QString(), d.identityId, d.kind, d.issueDate};
    if (!audit(QStringLiteral("finance.create"), s))
        return false;
    const bool autoOnCreate = !type->needsNumbering && type->numberOn != QLatin1String("approval");
    if (!type->numberingPatternId.isEmpty() && (!manual.isEmpty() || autoOnCreate) && !assignNumber(s, manual, false))
        return false;
    if (!type->needsApproval && !doApprove(s))
        return false;
    if (!commit(tx))
        return false;
    if (auto back = m_documents->get(d.id))
        d = *back;
    return true;
}

bool DocumentApproval::editDocument(Document &d)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(Subject::Document, d.id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Edit, *s, &why))
        return fail(why);
    const auto stored = m_documents->get(d.id);
    if (!stored)
        return fail(tr("The document was not found."));
    if (!checkIdentity(d.identityId))
        return false;
    // the state is the service's, not the editor's
    d.itemTypeId = stored->itemTypeId;
    d.kind = stored->kind;
    d.number = stored->number;
    d.sequence = stored->sequence;
    d.approval = stored->approval; // who decided and numbered, and when
    d.createdBy = stored->createdBy;
    d.createdAt = stored->createdAt;
    d.computeTotals();
    if (d.kind == QLatin1String("return_invoice") && !checkReturn(d))
        return false;
    if (d.kind == QLatin1String("invoice") && m_state->returnedAgainst(d.id) > d.finalAmount)
        return fail(tr("The invoice cannot be less than what has been returned against it."));
    const bool backToPending = stored->approval.status == Approved && s->type.pendingAfterEdit && s->type.needsApproval;
    if (backToPending && d.kind == QLatin1String("invoice") && m_state->approvedReturnsAgainst(d.id) > 0)
        return fail(tr("This invoice has approved return invoices; it cannot go back to pending."));

    if (!saveEdit(*s, backToPending, [&] { return m_documents->update(d) || storeFailure(m_documents->lastError()); })
        || !commit(tx))
        return false;
    if (auto back = m_documents->get(d.id))
        d = *back;
    return true;
}

bool DocumentApproval::saveEdit(const State &s, bool backToPending, const std::function<bool()> &write)
{
    if (!write() || !audit(QStringLiteral("finance.edit"), s))
        return false;
    if (backToPending) {
        const bool pending = items(s.subject).setApproval(s.id, s.status, Pending, m_actor.userId);
        if (!pending)
            return storeFailure(items(s.subject).lastError());
        if (!audit(QStringLiteral("finance.pending_after_edit"), s))
            return false;
    }
    return true;
}

bool DocumentApproval::deleteDocument(const QString &id)
{
    return remove(Subject::Document, id);
}

bool DocumentApproval::remove(Subject subject, const QString &id)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(subject, id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Delete, *s, &why))
        return fail(why);
    const bool document = subject == Subject::Document;
    if (!(document ? m_documents->tombstone(id) : m_receipts->tombstone(id)))
        return storeFailure(document ? m_documents->lastError() : m_receipts->lastError());
    return audit(QStringLiteral("finance.delete"), *s, s->number) && commit(tx);
}

// Receipts ----------------------------------------------------------------------------------------

bool DocumentApproval::createReceipt(Receipt &r)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    const auto type = m_types->get(r.itemTypeId);
    if (!type || (type->entity != QLatin1String("receipt") && type->entity != QLatin1String("payment")))
        return fail(tr("Choose a receipt or payment type."));
    r.direction = type->entity == QLatin1String("payment") ? QStringLiteral("out") : QStringLiteral("in");
    if (!checkIdentity(r.identityId))
        return false;
    if (r.amount <= 0)
        return fail(tr("The amount must be more than zero."));
    if (r.enteredInClub && !checkClubReceipt(r))
        return false;
    const QString manual = r.number.trimmed();
    if (!manual.isEmpty() && !allowed(FinancePermission::Number, Subject::Receipt))
        return fail(tr("Typing a number by hand needs the numbering permission."));
    r.number.clear();
    r.approval.status = Pending;
    r.approval.approvedBy.clear();
    r.approval.approvedAt = {};
    r.approval.rejectReason.clear();
    if (r.enteredBy.isEmpty())
        r.enteredBy = m_actor.userId;

    if (!m_receipts->insert(r))
        return storeFailure(m_receipts->lastError());
    State s{Subject::Receipt, r.id, *type, Pending, QString(), r.identityId, r.direction, r.receivedOn};
    if (!audit(QStringLiteral("finance.create"), s, r.enteredInClub ? QStringLiteral("club") : QString()))
        return false;
    const bool autoOnCreate = !type->needsNumbering && type->numberOn != QLatin1String("approval");
    if (!type->numberingPatternId.isEmpty() && (!manual.isEmpty() || autoOnCreate) && !assignNumber(s, manual, false))
        return false;
    // a club user's payment always waits for staff (rule 24)
    if (!type->needsApproval && !r.enteredInClub && !doApprove(s))
        return false;
    if (!commit(tx))
        return false;
    if (auto back = m_receipts->get(r.id))
        r = *back;
    return true;
}

bool DocumentApproval::editReceipt(Receipt &r)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(Subject::Receipt, r.id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Edit, *s, &why))
        return fail(why);
    const auto stored = m_receipts->get(r.id);
    if (!stored)
        return fail(tr("The receipt was not found."));
    if (r.amount <= 0)
        return fail(tr("The amount must be more than zero."));
    r.itemTypeId = stored->itemTypeId;
    r.direction = stored->direction;
    r.number = stored->number;
    r.approval = stored->approval; // who decided and numbered, and when
    r.sequence = stored->sequence;
    r.enteredBy = stored->enteredBy;
    r.enteredInClub = stored->enteredInClub;
    r.createdAt = stored->createdAt;
    const bool backToPending = stored->approval.status == Approved && s->type.pendingAfterEdit && s->type.needsApproval;

    if (!saveEdit(*s, backToPending, [&] { return m_receipts->update(r) || storeFailure(m_receipts->lastError()); })
        || !commit(tx))
        return false;
    if (auto back = m_receipts->get(r.id))
        r = *back;
    return true;
}

bool DocumentApproval::deleteReceipt(const QString &id)
{
    return remove(Subject::Receipt, id);
}

// State changes -----------------------------------------------------------------------------------

bool DocumentApproval::approve(Subject subject, const QString &id)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(subject, id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Approve, *s, &why))
        return fail(why);
    if (subject == Subject::Document && s->kind == QLatin1String("return_invoice")) {
        const auto d = m_documents->get(id);
        if (!d || !checkReturn(*d))
            return false;
    }
    if (!doApprove(*s))
        return false;
    return commit(tx);
}

bool DocumentApproval::reject(Subject subject, const QString &id, const QString &reason)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(subject, id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Reject, *s, &why))
        return fail(why);
    if (reason.trimmed().isEmpty())
        return fail(tr("A rejection needs a reason; the customer sees it."));
    const bool ok = items(subject).setApproval(id, s->status, Rejected, m_actor.userId, reason.trimmed());
    if (!ok)
        return storeFailure(items(subject).lastError());
    s->status = Rejected;
    if (!audit(QStringLiteral("finance.reject"), *s, reason.trimmed()))
        return false;
    return commit(tx);
}

bool DocumentApproval::number(Subject subject, const QString &id, const QString &manualNumber)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(subject, id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Number, *s, &why))
        return fail(why);
    if (!assignNumber(*s, manualNumber, false))
        return false;
    return commit(tx);
}

bool DocumentApproval::renumber(Subject subject, const QString &id, const QString &newNumber)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(subject, id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::Renumber, *s, &why))
        return fail(why);
    if (!assignNumber(*s, newNumber, true))
        return false;
    return commit(tx);
}

bool DocumentApproval::backToPending(Subject subject, const QString &id)
{
    Store::Transaction tx(m_store);
    if (!begun(tx))
        return false;
    auto s = load(subject, id);
    if (!s)
        return false;
    QString why;
    if (!gate(Action::BackToPending, *s, &why))
        return fail(why);
    const bool ok = items(subject).setApproval(id, s->status, Pending, m_actor.userId);
    if (!ok)
        return storeFailure(items(subject).lastError());
    s->status = Pending;
    if (!audit(QStringLiteral("finance.back_to_pending"), *s))
        return false;
    return commit(tx);
}
