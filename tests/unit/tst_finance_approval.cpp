// Approval and numbering of financial items (§1.15–1.16, rules 33–42): what each item-type
// setting does on save and on approval, the banner colours, every permission gate after
// approval, numbering or rejection (allowed and refused), back to pending after edit, the
// customer number given on approval, return invoices only against approved invoices, club
// receipts starting pending, and the audit log of every state change.
#include "models/finance/ClubPayments.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/FinanceRights.h"
#include "models/finance/Numbering.h"
#include "models/finance/Totals.h"
#include "models/core/AuditLog.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;
using Banner = DocumentApproval::Banner;
using Subject = DocumentApproval::Subject;
using Action = DocumentApproval::Action;
namespace FP = FinancePermission;

Q_DECLARE_METATYPE(DocumentApproval::Banner)

class TestFinanceApproval : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bothOffApprovedAndNumberedOnSave();
    void settingsDecideBanner_data();
    void settingsDecideBanner();
    void documentGates_data();
    void documentGates();
    void receiptGates_data();
    void receiptGates();
    void rejectNeedsAReasonTheCustomerSees();
    void numberOnApprovalWaitsForApproval();
    void perTypeKeysCoverTheirTypeOnly();
    void manualNumberNeedsPermission();
    void renumberKeepsUniqueness();
    void pendingAfterEdit_data();
    void pendingAfterEdit();
    void editKeepsStateFromStore();
    void customerNumberOnApproval();
    void returnOnlyAgainstApprovedInvoice();
    void returnsNotMoreThanInvoice();
    void invoiceWithApprovedReturnsStaysApproved();
    void returnApprovalRechecksInvoice();
    void contractKindsAndAmount();
    void leadsHaveNoFinancialItems();
    void clubReceiptStartsPending();
    void clubPaymentMethodsOfferAccounts();
    void everyStateChangeIsAudited();
    void aBusyStoreDecidesNothing();
    void permissionsOfSignedInUser();
    void pagesOfferWhatTheServiceAllows_data();
    void pagesOfferWhatTheServiceAllows();

private:
    struct TypeSpec
    {
        QString entity = QStringLiteral("invoice");
        bool needsApproval = true;
        bool needsNumbering = false;
        QString numberOn = QStringLiteral("create");
        bool pattern = true;
        bool pendingAfterEdit = false;
        bool customerNumber = false;
        QString contractKind;
    };
    QString makeType(const TypeSpec &spec);
    QString makePattern(const QString &pattern, qint64 initial = 0);
    Document invoice(const QString &typeId, qint64 amount, const QString &identityId = {});
    Receipt receipt(const QString &typeId, qint64 amount);
    std::unique_ptr<DocumentApproval> as(const QStringList &permissions);
    std::unique_ptr<DocumentApproval> manager() { return as({FP::Manager}); }
    QString statusOf(const QString &documentId);
    int auditCount(const QString &subjectId, const QString &action);

    std::unique_ptr<TempStore> m_t;
    QString m_identityId;
    QString m_userId;
};

void TestFinanceApproval::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    IdentityRepository identities(m_t->store());
    Identity who;
    who.firstName = QStringLiteral("مریم");
    who.lastName = QStringLiteral("احمدی");
    QVERIFY2(identities.insert(who), qPrintable(identities.lastError()));
    m_identityId = who.id;
    m_userId = Store::newId();
}

void TestFinanceApproval::cleanup()
{
    m_t.reset();
}

QString TestFinanceApproval::makePattern(const QString &pattern, qint64 initial)
{
    Numbering n(m_t->store());
    NumberingPattern p;
    p.title = QStringLiteral("الگو");
    p.pattern = pattern;
    p.initialValue = initial;
    if (!n.createPattern(p))
        qWarning() << n.lastError();
    return p.id;
}

QString TestFinanceApproval::makeType(const TypeSpec &spec)
{
    ItemTypeRepository types(m_t->store());
    ItemType t;
    t.entity = spec.entity;
    t.code = Store::newId();
    t.name = spec.entity;
    t.needsApproval = spec.needsApproval;
    t.needsNumbering = spec.needsNumbering;
    t.numberOn = spec.numberOn;
    t.pendingAfterEdit = spec.pendingAfterEdit;
    t.customerNumberOnApproval = spec.customerNumber;
    t.contractKind = spec.contractKind;
    if (spec.pattern)
        t.numberingPatternId = makePattern(QStringLiteral("N-{*(AN)}"));
    if (!types.insert(t))
        qWarning() << types.lastError();
    return t.id;
}

Document TestFinanceApproval::invoice(const QString &typeId, qint64 amount, const QString &identityId)
{
    Document d;
    d.itemTypeId = typeId;
    d.identityId = identityId.isEmpty() ? m_identityId : identityId;
    d.issueDate = QDate(2024, 6, 1);
    DocumentLine l;
    l.quantityMilli = 1000;
    l.unitPrice = amount;
    d.lines = {l};
    return d;
}

Receipt TestFinanceApproval::receipt(const QString &typeId, qint64 amount)
{
    Receipt r;
    r.itemTypeId = typeId;
    r.identityId = m_identityId;
    r.amount = amount;
    r.receivedOn = QDate(2024, 6, 2);
    return r;
}

std::unique_ptr<DocumentApproval> TestFinanceApproval::as(const QStringList &permissions)
{
    return std::make_unique<DocumentApproval>(m_t->store(), Actor::staff(m_userId, permissions));
}

QString TestFinanceApproval::statusOf(const QString &documentId)
{
    DocumentRepository docs(m_t->store());
    const auto d = docs.get(documentId);
    return d ? ApprovalStatusCode::text(d->approval.status) : QString();
}

int TestFinanceApproval::auditCount(const QString &subjectId, const QString &action)
{
    AuditLog log(m_t->store());
    int n = 0;
    for (const QVariantList &row : TestSupport::runList(m_t->store(), log.list(subjectId)))
        if (row.value(AuditLog::Action).toString() == action)
            ++n;
    return n;
}

void TestFinanceApproval::bothOffApprovedAndNumberedOnSave()
{
    TypeSpec spec;
    spec.needsApproval = false;
    const QString type = makeType(spec);
    Document d = invoice(type, 1000);
    auto svc = as({});
    QVERIFY2(svc->createDocument(d), qPrintable(svc->lastError()));
    QCOMPARE(d.approval.status, ApprovalStatus::Approved);
    QCOMPARE(d.number, QStringLiteral("N-1"));
    QCOMPARE(d.approval.approvedBy, m_userId);
    QCOMPARE(d.approval.numberedBy, m_userId);
    QCOMPARE(*svc->banner(Subject::Document, d.id), Banner::ApprovedAndNumbered);
}

void TestFinanceApproval::settingsDecideBanner_data()
{
    QTest::addColumn<bool>("needsApproval");
    QTest::addColumn<bool>("needsNumbering");
    QTest::addColumn<QString>("numberOn");
    QTest::addColumn<bool>("pattern");
    QTest::addColumn<Banner>("afterSave");
    QTest::addColumn<Banner>("afterApprove"); // by an approver; the same as afterSave when already approved
    QTest::addColumn<Banner>("afterNumber");  // by a numberer, when a number is still missing

    const QString create = QStringLiteral("create"), approval = QStringLiteral("approval");
    QTest::newRow("both off") << false << false << create << true << Banner::ApprovedAndNumbered
                              << Banner::ApprovedAndNumbered << Banner::ApprovedAndNumbered;
    QTest::newRow("both off, number on approval") << false << false << approval << true << Banner::ApprovedAndNumbered
                                                  << Banner::ApprovedAndNumbered << Banner::ApprovedAndNumbered;
    QTest::newRow("approval only, numbered on create: purple")
        << true << false << create << true << Banner::NumberedAwaitingApproval << Banner::ApprovedAndNumbered
        << Banner::ApprovedAndNumbered;
    QTest::newRow("approval only, numbered on approval") << true << false << approval << true << Banner::Pending
                                                         << Banner::ApprovedAndNumbered << Banner::ApprovedAndNumbered;
    QTest::newRow("numbering only: blue") << false << true << create << true << Banner::AutoApprovedAwaitingNumber
                                          << Banner::AutoApprovedAwaitingNumber << Banner::ApprovedAndNumbered;
    QTest::newRow("both on") << true << true << create << true << Banner::Pending << Banner::AutoApprovedAwaitingNumber
                             << Banner::ApprovedAndNumbered;
    QTest::newRow("no pattern, auto-approved") << false << false << create << false << Banner::ApprovedAndNumbered
                                               << Banner::ApprovedAndNumbered << Banner::ApprovedAndNumbered;
    QTest::newRow("no pattern, approval") << true << false << create << false << Banner::Pending
                                          << Banner::ApprovedAndNumbered << Banner::ApprovedAndNumbered;
}

void TestFinanceApproval::settingsDecideBanner()
{
    QFETCH(bool, needsApproval);
    QFETCH(bool, needsNumbering);
    QFETCH(QString, numberOn);
    QFETCH(bool, pattern);
    QFETCH(Banner, afterSave);
    QFETCH(Banner, afterApprove);
    QFETCH(Banner, afterNumber);
    TypeSpec spec;
    spec.needsApproval = needsApproval;
    spec.needsNumbering = needsNumbering;
    spec.numberOn = numberOn;
    spec.pattern = pattern;
    const QString type = makeType(spec);
    Document d = invoice(type, 5000);
    auto clerk = as({});
    QVERIFY2(clerk->createDocument(d), qPrintable(clerk->lastError()));
    QCOMPARE(*clerk->banner(Subject::Document, d.id), afterSave);
    auto approver = as({FP::ApproveDocuments});
    if (d.approval.status == ApprovalStatus::Pending)
        QVERIFY2(approver->approve(Subject::Document, d.id), qPrintable(approver->lastError()));
    QCOMPARE(*clerk->banner(Subject::Document, d.id), afterApprove);
    auto numberer = as({FP::Number});
    if (numberer->can(Action::Number, Subject::Document, d.id))
        QVERIFY2(numberer->number(Subject::Document, d.id), qPrintable(numberer->lastError()));
    QCOMPARE(*clerk->banner(Subject::Document, d.id), afterNumber);
}

void TestFinanceApproval::documentGates_data()
{
    QTest::addColumn<QString>("state"); // pending|numbered|approved|rejected
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<bool>("allowed");
    const QStringList none;
    auto row = [](const char *name, const char *state, Action a, const QStringList &p, bool ok) {
        QTest::newRow(name) << QString::fromLatin1(state) << int(a) << p << ok;
    };
    row("edit pending, no rights", "pending", Action::Edit, none, true);
    row("edit approved, no rights", "approved", Action::Edit, none, false);
    row("edit approved, approver only", "approved", Action::Edit, {FP::ApproveDocuments}, false);
    row("edit approved, edit-after", "approved", Action::Edit, {FP::EditAfterApproval}, true);
    row("edit approved, finance manager", "approved", Action::Edit, {FP::Manager}, true);
    row("edit approved, sales manager", "approved", Action::Edit, {FP::SalesManager}, true);
    row("edit rejected, no rights", "rejected", Action::Edit, none, false);
    row("edit rejected, edit-after", "rejected", Action::Edit, {FP::EditAfterApproval}, true);
    row("edit numbered, no rights", "numbered", Action::Edit, none, false);
    row("edit numbered, edit-after", "numbered", Action::Edit, {FP::EditAfterApproval}, true);
    row("delete pending, no rights", "pending", Action::Delete, none, true);
    row("delete approved, no rights", "approved", Action::Delete, none, false);
    row("delete approved, edit-after is not delete", "approved", Action::Delete, {FP::EditAfterApproval}, false);
    row("delete approved, delete-after", "approved", Action::Delete, {FP::DeleteAfterApproval}, true);
    row("delete rejected, finance manager", "rejected", Action::Delete, {FP::Manager}, true);
    row("delete numbered, no rights", "numbered", Action::Delete, none, false);
    row("renumber numbered, no rights", "numbered", Action::Renumber, none, false);
    row("renumber numbered, numbering is not renumbering", "numbered", Action::Renumber, {FP::Number}, false);
    row("renumber numbered, renumber", "numbered", Action::Renumber, {FP::Renumber}, true);
    row("renumber numbered, finance manager", "numbered", Action::Renumber, {FP::Manager}, true);
    row("renumber approved but not numbered", "approved", Action::Renumber, {FP::Manager}, false);
    row("renumber without a number", "pending", Action::Renumber, {FP::Renumber}, false);
    row("back to pending approved, no rights", "approved", Action::BackToPending, none, false);
    row("back to pending approved, approver only", "approved", Action::BackToPending, {FP::ApproveDocuments}, false);
    row("back to pending approved, permission", "approved", Action::BackToPending, {FP::BackToPending}, true);
    row("back to pending rejected, permission", "rejected", Action::BackToPending, {FP::BackToPending}, true);
    row("back to pending rejected, sales manager", "rejected", Action::BackToPending, {FP::SalesManager}, true);
    row("back to pending when pending", "pending", Action::BackToPending, {FP::Manager}, false);
    row("approve pending, no rights", "pending", Action::Approve, none, false);
    row("approve pending, document approver", "pending", Action::Approve, {FP::ApproveDocuments}, true);
    row("approve pending, receipt approver", "pending", Action::Approve, {FP::ApproveReceipts}, false);
    row("approve pending, sales manager", "pending", Action::Approve, {FP::SalesManager}, false);
    row("approve pending, finance manager", "pending", Action::Approve, {FP::Manager}, true);
    row("approve numbered, document approver", "numbered", Action::Approve, {FP::ApproveDocuments}, true);
    row("approve approved", "approved", Action::Approve, {FP::Manager}, false);
    row("approve rejected", "rejected", Action::Approve, {FP::Manager}, false);
    row("reject pending, no rights", "pending", Action::Reject, none, false);
    row("reject pending, document approver", "pending", Action::Reject, {FP::ApproveDocuments}, true);
    row("reject approved", "approved", Action::Reject, {FP::Manager}, false);
    row("number pending, no rights", "pending", Action::Number, none, false);
    row("number pending, numberer", "pending", Action::Number, {FP::Number}, true);
    row("number rejected, numberer", "rejected", Action::Number, {FP::Number}, false);
    row("number numbered, numberer", "numbered", Action::Number, {FP::Number}, false);
}

void TestFinanceApproval::documentGates()
{
    QFETCH(QString, state);
    QFETCH(int, action);
    QFETCH(QStringList, permissions);
    QFETCH(bool, allowed);
    TypeSpec spec;
    spec.needsApproval = true;
    spec.needsNumbering = true;
    const QString type = makeType(spec);
    Document d = invoice(type, 7000);
    auto admin = manager();
    QVERIFY2(admin->createDocument(d), qPrintable(admin->lastError()));
    if (state == QLatin1String("numbered"))
        QVERIFY(admin->number(Subject::Document, d.id));
    if (state == QLatin1String("approved"))
        QVERIFY(admin->approve(Subject::Document, d.id));
    if (state == QLatin1String("rejected"))
        QVERIFY(admin->reject(Subject::Document, d.id, QStringLiteral("مبلغ اشتباه است")));

    auto user = as(permissions);
    QString why;
    QCOMPARE(user->can(Action(action), Subject::Document, d.id, &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
    DocumentRepository docs(m_t->store());
    const Document before = *docs.get(d.id);
    bool done = false;
    switch (Action(action)) {
    case Action::Edit: {
        Document edited = before;
        edited.description = QStringLiteral("ویرایش شد");
        done = user->editDocument(edited);
        break;
    }
    case Action::Delete: done = user->deleteDocument(d.id); break;
    case Action::Approve: done = user->approve(Subject::Document, d.id); break;
    case Action::Reject: done = user->reject(Subject::Document, d.id, QStringLiteral("دلیل")); break;
    case Action::Number: done = user->number(Subject::Document, d.id); break;
    case Action::Renumber: done = user->renumber(Subject::Document, d.id, QStringLiteral("N-50")); break;
    case Action::BackToPending: done = user->backToPending(Subject::Document, d.id); break;
    }
    QCOMPARE(done, allowed);
    if (!allowed) {
        QCOMPARE(user->lastError(), why);
        const auto after = docs.get(d.id);
        QVERIFY(after); // not deleted
        QCOMPARE(after->approval.status, before.approval.status);
        QCOMPARE(after->number, before.number);
        QCOMPARE(after->description, before.description);
    }
}

void TestFinanceApproval::receiptGates_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<bool>("allowed");
    // the receipt is approved and numbered
    QTest::newRow("edit, sales manager does not cover receipts") << int(Action::Edit) << QStringList{FP::SalesManager}
                                                                 << false;
    QTest::newRow("edit, edit-after") << int(Action::Edit) << QStringList{FP::EditAfterApproval} << true;
    QTest::newRow("delete, finance manager") << int(Action::Delete) << QStringList{FP::Manager} << true;
    QTest::newRow("delete, no rights") << int(Action::Delete) << QStringList{} << false;
    QTest::newRow("back to pending, permission") << int(Action::BackToPending) << QStringList{FP::BackToPending}
                                                 << true;
    QTest::newRow("back to pending, sales manager") << int(Action::BackToPending) << QStringList{FP::SalesManager}
                                                    << false;
    QTest::newRow("renumber, permission") << int(Action::Renumber) << QStringList{FP::Renumber} << true;
}

void TestFinanceApproval::receiptGates()
{
    QFETCH(int, action);
    QFETCH(QStringList, permissions);
    QFETCH(bool, allowed);
    TypeSpec spec;
    spec.entity = QStringLiteral("receipt");
    spec.needsApproval = false;
    const QString type = makeType(spec);
    Receipt r = receipt(type, 2500);
    auto clerk = as({});
    QVERIFY2(clerk->createReceipt(r), qPrintable(clerk->lastError()));
    QCOMPARE(r.approval.status, ApprovalStatus::Approved);
    QCOMPARE(r.direction, QStringLiteral("in"));
    auto user = as(permissions);
    QCOMPARE(user->can(Action(action), Subject::Receipt, r.id), allowed);
    bool done = false;
    switch (Action(action)) {
    case Action::Edit: {
        Receipt edited = r;
        edited.amount = 3000;
        done = user->editReceipt(edited);
        break;
    }
    case Action::Delete: done = user->deleteReceipt(r.id); break;
    case Action::BackToPending: done = user->backToPending(Subject::Receipt, r.id); break;
    case Action::Renumber: done = user->renumber(Subject::Receipt, r.id, QStringLiteral("N-9")); break;
    default: QFAIL("not in this table");
    }
    QCOMPARE(done, allowed);
}

void TestFinanceApproval::rejectNeedsAReasonTheCustomerSees()
{
    TypeSpec spec;
    spec.entity = QStringLiteral("receipt");
    const QString type = makeType(spec);
    Receipt r = receipt(type, 1000);
    auto approver = as({FP::ApproveReceipts});
    QVERIFY(approver->createReceipt(r));
    QVERIFY(!approver->reject(Subject::Receipt, r.id, QStringLiteral("   ")));
    QVERIFY(!approver->lastError().isEmpty());
    QVERIFY(approver->reject(Subject::Receipt, r.id, QStringLiteral("  شماره پیگیری نامعتبر است ")));
    ReceiptRepository receipts(m_t->store());
    const auto back = receipts.get(r.id);
    QCOMPARE(back->approval.status, ApprovalStatus::Rejected);
    QCOMPARE(back->approval.rejectReason, QStringLiteral("شماره پیگیری نامعتبر است"));
    QCOMPARE(*approver->banner(Subject::Receipt, r.id), Banner::Rejected);
    // back to pending clears the reason; approving then works
    auto manager = this->manager();
    QVERIFY(manager->backToPending(Subject::Receipt, r.id));
    QCOMPARE(receipts.get(r.id)->approval.rejectReason, QString());
    QVERIFY(approver->approve(Subject::Receipt, r.id));
}

void TestFinanceApproval::numberOnApprovalWaitsForApproval()
{
    TypeSpec spec;
    spec.needsNumbering = true;
    spec.numberOn = QStringLiteral("approval");
    const QString type = makeType(spec);
    Document d = invoice(type, 100);
    auto admin = manager();
    QVERIFY(admin->createDocument(d));
    QString why;
    QVERIFY(!admin->can(Action::Number, Subject::Document, d.id, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(admin->approve(Subject::Document, d.id));
    QVERIFY(admin->number(Subject::Document, d.id));
    QCOMPARE(*admin->banner(Subject::Document, d.id), Banner::ApprovedAndNumbered);
}

// «تایید/ رد» and «شماره گذاری» granted for one subtype (reference §1.13) open that subtype
// and nothing else: the approval cartable lists exactly what these keys let the user do.
void TestFinanceApproval::perTypeKeysCoverTheirTypeOnly()
{
    TypeSpec spec;
    spec.needsNumbering = true;
    spec.numberOn = QStringLiteral("approval");
    const QString mine = makeType(spec);
    const QString other = makeType(spec);
    Document a = invoice(mine, 100), b = invoice(other, 100), c = invoice(mine, 100);
    auto clerk = as({});
    QVERIFY(clerk->createDocument(a) && clerk->createDocument(b) && clerk->createDocument(c));
    auto approver = as({FP::approveType(mine), FP::numberType(mine)});
    QVERIFY(!approver->approve(Subject::Document, b.id));
    QVERIFY(!approver->lastError().isEmpty());
    QVERIFY(!approver->reject(Subject::Document, c.id, QStringLiteral("مبلغ اشتباه است"))); // approve only, not reject
    QVERIFY2(approver->approve(Subject::Document, a.id), qPrintable(approver->lastError()));
    QVERIFY2(approver->number(Subject::Document, a.id), qPrintable(approver->lastError()));
    auto rejecter = as({FP::rejectType(mine)});
    QVERIFY2(rejecter->reject(Subject::Document, c.id, QStringLiteral("مبلغ اشتباه است")), qPrintable(rejecter->lastError()));
    QCOMPARE(statusOf(a.id), QStringLiteral("approved"));
    QCOMPARE(statusOf(b.id), QStringLiteral("pending"));
    QCOMPARE(statusOf(c.id), QStringLiteral("rejected"));
}

void TestFinanceApproval::manualNumberNeedsPermission()
{
    TypeSpec spec;
    const QString type = makeType(spec);
    Document d = invoice(type, 100);
    d.number = QStringLiteral("N-77");
    auto clerk = as({});
    QVERIFY(!clerk->createDocument(d));
    QVERIFY(!clerk->lastError().isEmpty());
    auto numberer = as({FP::Number});
    d.id.clear();
    d.number = QStringLiteral("N-۷۷");
    QVERIFY2(numberer->createDocument(d), qPrintable(numberer->lastError()));
    QCOMPARE(d.number, QStringLiteral("N-77"));
    Document next = invoice(type, 100);
    QVERIFY(clerk->createDocument(next));
    QCOMPARE(next.number, QStringLiteral("N-78")); // the sequence continues from the manual number
}

void TestFinanceApproval::renumberKeepsUniqueness()
{
    TypeSpec spec;
    const QString type = makeType(spec);
    Document a = invoice(type, 100), b = invoice(type, 200);
    auto admin = manager();
    QVERIFY(admin->createDocument(a));
    QVERIFY(admin->createDocument(b));
    QCOMPARE(a.number, QStringLiteral("N-1"));
    QVERIFY(!admin->renumber(Subject::Document, b.id, QStringLiteral("N-1")));
    QVERIFY(admin->renumber(Subject::Document, b.id, QStringLiteral("N-2"))); // its own number is not a collision
    QVERIFY(admin->renumber(Subject::Document, b.id, QStringLiteral("N-20")));
    DocumentRepository docs(m_t->store());
    QCOMPARE(docs.get(b.id)->number, QStringLiteral("N-20"));
    QCOMPARE(auditCount(b.id, QStringLiteral("finance.renumber")), 2);
}

void TestFinanceApproval::pendingAfterEdit_data()
{
    QTest::addColumn<bool>("pendingAfterEdit");
    QTest::addColumn<QString>("status");
    QTest::addColumn<Banner>("banner");
    QTest::newRow("option on: back to pending, number kept")
        << true << QStringLiteral("pending") << Banner::NumberedAwaitingApproval;
    QTest::newRow("option off: stays approved") << false << QStringLiteral("approved") << Banner::ApprovedAndNumbered;
}

void TestFinanceApproval::pendingAfterEdit()
{
    QFETCH(bool, pendingAfterEdit);
    TypeSpec spec;
    spec.pendingAfterEdit = pendingAfterEdit;
    const QString type = makeType(spec);
    Document d = invoice(type, 1000);
    auto admin = manager();
    QVERIFY(admin->createDocument(d));
    QVERIFY(admin->approve(Subject::Document, d.id));
    auto editor = as({FP::EditAfterApproval});
    Document edited = *DocumentRepository(m_t->store()).get(d.id);
    edited.lines[0].unitPrice = 1500;
    QVERIFY2(editor->editDocument(edited), qPrintable(editor->lastError()));
    QTEST(ApprovalStatusCode::text(edited.approval.status), "status");
    QCOMPARE(edited.finalAmount, 1500);
    QCOMPARE(edited.number, d.number);
    QTEST(*editor->banner(Subject::Document, d.id), "banner");
    QCOMPARE(auditCount(d.id, QStringLiteral("finance.pending_after_edit")), pendingAfterEdit ? 1 : 0);
}

void TestFinanceApproval::editKeepsStateFromStore()
{
    TypeSpec spec;
    const QString type = makeType(spec);
    Document d = invoice(type, 1000);
    auto clerk = as({});
    QVERIFY(clerk->createDocument(d));
    QCOMPARE(d.approval.status, ApprovalStatus::Pending);
    Document edited = d;
    edited.approval.status = ApprovalStatus::Approved; // an editor cannot approve by editing
    edited.number = QStringLiteral("N-99");
    auto editor = as({FP::EditAfterApproval});
    QVERIFY(editor->editDocument(edited));
    QCOMPARE(edited.approval.status, ApprovalStatus::Pending);
    QCOMPARE(edited.number, QStringLiteral("N-1"));
}

void TestFinanceApproval::customerNumberOnApproval()
{
    IdentityRepository identities(m_t->store());
    IdentitySubtype sub;
    sub.code = QStringLiteral("customers");
    sub.name = QStringLiteral("مشتری");
    sub.numberingPatternId = makePattern(QStringLiteral("C-{*(AN)}"), 1000);
    IdentitySubtypeRepository subtypes(m_t->store());
    QVERIFY2(subtypes.insert(sub), qPrintable(subtypes.lastError()));
    Identity who = *identities.get(m_identityId);
    who.subtypeId = sub.id;
    QVERIFY(identities.update(who));

    TypeSpec plain;
    const QString plainType = makeType(plain);
    TypeSpec giving;
    giving.customerNumber = true;
    const QString givingType = makeType(giving);
    auto admin = manager();

    Document a = invoice(plainType, 100);
    QVERIFY(admin->createDocument(a));
    QVERIFY(admin->approve(Subject::Document, a.id));
    QCOMPARE(identities.get(m_identityId)->customerNumber, QString());

    Document b = invoice(givingType, 100);
    QVERIFY(admin->createDocument(b));
    QCOMPARE(identities.get(m_identityId)->customerNumber, QString()); // not before approval
    QVERIFY(admin->approve(Subject::Document, b.id));
    QCOMPARE(identities.get(m_identityId)->customerNumber, QStringLiteral("C-1001"));
    QCOMPARE(auditCount(m_identityId, QStringLiteral("finance.customer_number")), 1);

    Document c = invoice(givingType, 100);
    QVERIFY(admin->createDocument(c));
    QVERIFY(admin->approve(Subject::Document, c.id));
    QCOMPARE(identities.get(m_identityId)->customerNumber, QStringLiteral("C-1001")); // kept
}

void TestFinanceApproval::returnOnlyAgainstApprovedInvoice()
{
    TypeSpec inv;
    const QString invType = makeType(inv);
    TypeSpec ret;
    ret.entity = QStringLiteral("return_invoice");
    const QString retType = makeType(ret);
    auto admin = manager();
    Document sale = invoice(invType, 10000);
    QVERIFY(admin->createDocument(sale));

    Document r = invoice(retType, 1000);
    QVERIFY(!admin->createDocument(r)); // no invoice named
    r.sourceDocumentId = sale.id;
    QVERIFY(!admin->createDocument(r)); // the invoice is pending
    QVERIFY(admin->lastError().contains(QStringLiteral("approved invoice")));
    QVERIFY(admin->reject(Subject::Document, sale.id, QStringLiteral("x")));
    QVERIFY(!admin->createDocument(r)); // rejected
    QVERIFY(admin->backToPending(Subject::Document, sale.id));
    QVERIFY(admin->approve(Subject::Document, sale.id));
    QVERIFY2(admin->createDocument(r), qPrintable(admin->lastError()));
    QCOMPARE(r.kind, QStringLiteral("return_invoice"));

    // not against a proforma, nor another customer's invoice
    TypeSpec pro;
    pro.entity = QStringLiteral("proforma");
    pro.needsApproval = false;
    Document quote = invoice(makeType(pro), 5000);
    QVERIFY(admin->createDocument(quote));
    Document r2 = invoice(retType, 100);
    r2.sourceDocumentId = quote.id;
    QVERIFY(!admin->createDocument(r2));
    IdentityRepository identities(m_t->store());
    Identity other;
    other.firstName = QStringLiteral("رضا");
    other.lastName = QStringLiteral("محمدی");
    QVERIFY(identities.insert(other));
    Document r3 = invoice(retType, 100, other.id);
    r3.sourceDocumentId = sale.id;
    QVERIFY(!admin->createDocument(r3));
}

void TestFinanceApproval::returnsNotMoreThanInvoice()
{
    TypeSpec inv;
    inv.needsApproval = false;
    TypeSpec ret;
    ret.entity = QStringLiteral("return_invoice");
    const QString retType = makeType(ret);
    auto admin = manager();
    Document sale = invoice(makeType(inv), 10000);
    QVERIFY(admin->createDocument(sale));
    Document r1 = invoice(retType, 6000);
    r1.sourceDocumentId = sale.id;
    QVERIFY(admin->createDocument(r1));
    Document r2 = invoice(retType, 5000);
    r2.sourceDocumentId = sale.id;
    QVERIFY(!admin->createDocument(r2)); // 6000 + 5000 > 10000
    r2.lines[0].unitPrice = 4000;
    QVERIFY2(admin->createDocument(r2), qPrintable(admin->lastError())); // exactly the invoice
    // a rejected return frees its amount
    QVERIFY(admin->reject(Subject::Document, r1.id, QStringLiteral("اشتباه")));
    Document r3 = invoice(retType, 6000);
    r3.sourceDocumentId = sale.id;
    QVERIFY(admin->createDocument(r3));
    // editing a return above what is left is refused
    Document bigger = r3;
    bigger.lines[0].unitPrice = 6001;
    QVERIFY(!admin->editDocument(bigger));
}

void TestFinanceApproval::invoiceWithApprovedReturnsStaysApproved()
{
    TypeSpec inv;
    inv.needsApproval = false;
    TypeSpec ret;
    ret.entity = QStringLiteral("return_invoice");
    ret.needsApproval = false;
    auto admin = manager();
    Document sale = invoice(makeType(inv), 10000);
    QVERIFY(admin->createDocument(sale));
    Document r = invoice(makeType(ret), 1000);
    r.sourceDocumentId = sale.id;
    QVERIFY(admin->createDocument(r));
    QCOMPARE(r.approval.status, ApprovalStatus::Approved);
    QVERIFY(!admin->can(Action::BackToPending, Subject::Document, sale.id));
    QVERIFY(!admin->backToPending(Subject::Document, sale.id));
    QVERIFY(!admin->deleteDocument(sale.id));
    Document smaller = sale;
    smaller.lines[0].unitPrice = 500; // below what was returned
    QVERIFY(!admin->editDocument(smaller));
    QCOMPARE(statusOf(sale.id), QStringLiteral("approved"));
}

void TestFinanceApproval::returnApprovalRechecksInvoice()
{
    TypeSpec inv;
    TypeSpec ret;
    ret.entity = QStringLiteral("return_invoice");
    auto admin = manager();
    Document sale = invoice(makeType(inv), 10000);
    QVERIFY(admin->createDocument(sale));
    QVERIFY(admin->approve(Subject::Document, sale.id));
    Document r = invoice(makeType(ret), 1000);
    r.sourceDocumentId = sale.id;
    QVERIFY(admin->createDocument(r));
    QVERIFY(admin->backToPending(Subject::Document, sale.id)); // the return is still pending
    QVERIFY(!admin->approve(Subject::Document, r.id));
    QCOMPARE(statusOf(r.id), QStringLiteral("pending"));
    QVERIFY(admin->approve(Subject::Document, sale.id));
    QVERIFY(admin->approve(Subject::Document, r.id));
}

void TestFinanceApproval::contractKindsAndAmount()
{
    TypeSpec fin;
    fin.entity = QStringLiteral("contract");
    fin.contractKind = QStringLiteral("financial");
    Document c;
    c.itemTypeId = makeType(fin);
    c.identityId = m_identityId;
    c.title = QStringLiteral("قرارداد پشتیبانی");
    c.startDate = QDate(2024, 6, 1);
    c.endDate = QDate(2025, 6, 1);
    Totals::setContractAmount(c, 120000000);
    auto admin = manager();
    QVERIFY2(admin->createDocument(c), qPrintable(admin->lastError()));
    QCOMPARE(c.kind, QStringLiteral("contract"));
    QCOMPARE(c.finalAmount, 120000000);
}

void TestFinanceApproval::leadsHaveNoFinancialItems()
{
    IdentityRepository identities(m_t->store());
    Identity lead;
    lead.firstName = QStringLiteral("سرنخ");
    lead.lastName = QStringLiteral("تازه");
    lead.function = IdentityFunction::Lead;
    QVERIFY(identities.insert(lead));
    TypeSpec spec;
    Document d = invoice(makeType(spec), 100, lead.id);
    auto admin = manager();
    QVERIFY(!admin->createDocument(d));
    QVERIFY(admin->lastError().contains(QStringLiteral("lead")));
}

void TestFinanceApproval::clubReceiptStartsPending()
{
    FinancialAccountRepository accounts(m_t->store());
    FinancialAccount bank;
    bank.name = QStringLiteral("بانک ملت");
    bank.allowsCardToCard = true;
    QVERIFY(accounts.insert(bank));
    FinancialAccount box;
    box.name = QStringLiteral("صندوق");
    box.kind = AccountKind::Cash;
    box.allowsCashDeposit = true;
    QVERIFY(accounts.insert(box));

    TypeSpec spec;
    spec.entity = QStringLiteral("receipt");
    spec.needsApproval = false; // staff receipts of this type are approved on save…
    const QString type = makeType(spec);
    auto clubUser = as({});
    Receipt r = receipt(type, 500000);
    r.enteredInClub = true;
    r.cashMethod = QStringLiteral("card_to_card");
    r.accountId = bank.id;
    QVERIFY2(clubUser->createReceipt(r), qPrintable(clubUser->lastError()));
    QCOMPARE(r.approval.status, ApprovalStatus::Pending); // …a club user's is not
    QVERIFY(r.enteredInClub);

    Receipt wrongAccount = receipt(type, 1000);
    wrongAccount.enteredInClub = true;
    wrongAccount.cashMethod = QStringLiteral("card_to_card");
    wrongAccount.accountId = box.id;
    QVERIFY(!clubUser->createReceipt(wrongAccount));
    Receipt online = receipt(type, 1000);
    online.enteredInClub = true;
    online.cashMethod = QStringLiteral("online");
    online.accountId = box.id;
    QVERIFY(!clubUser->createReceipt(online));
    Receipt deposit = receipt(type, 1000);
    deposit.enteredInClub = true;
    deposit.cashMethod = QStringLiteral("deposit");
    deposit.accountId = box.id;
    QVERIFY(clubUser->createReceipt(deposit));
    Receipt numbered = receipt(type, 1000);
    numbered.enteredInClub = true;
    numbered.cashMethod = QStringLiteral("deposit");
    numbered.accountId = box.id;
    numbered.number = QStringLiteral("N-500");
    QVERIFY(!as({FP::Number})->createReceipt(numbered));
}

void TestFinanceApproval::clubPaymentMethodsOfferAccounts()
{
    FinancialAccountRepository accounts(m_t->store());
    FinancialAccount a;
    a.name = QStringLiteral("الف");
    a.allowsCardToCard = true;
    a.allowsOnline = true;
    QVERIFY(accounts.insert(a));
    FinancialAccount b;
    b.name = QStringLiteral("ب");
    b.allowsCashDeposit = true;
    b.active = false;
    QVERIFY(accounts.insert(b));
    FinancialAccount box;
    box.name = QStringLiteral("صندوق");
    box.kind = AccountKind::Cash;
    box.allowsOnline = true; // ignored: a cash box is never online
    box.allowsCashDeposit = true;
    QVERIFY(accounts.insert(box));
    box.allowsOnline = true;
    QVERIFY(!ClubPayments::offers(box, ClubPayments::Method::Online));

    ClubPayments club(m_t->store());
    auto names = [](const QList<FinancialAccount> &l) {
        QStringList out;
        for (const auto &x : l)
            out << x.name;
        return out;
    };
    QCOMPARE(names(club.accountsFor(ClubPayments::Method::CardToCard)), QStringList{QStringLiteral("الف")});
    QCOMPARE(names(club.accountsFor(ClubPayments::Method::Online)), QStringList{QStringLiteral("الف")});
    QCOMPARE(names(club.accountsFor(ClubPayments::Method::CashDeposit)), QStringList{QStringLiteral("صندوق")});
    QCOMPARE(club.availableMethods().size(), 3);
    QVERIFY(club.accountOffers(box.id, QStringLiteral("deposit")));
    QVERIFY(!club.accountOffers(box.id, QStringLiteral("online")));
    QVERIFY(!club.accountOffers(b.id, QStringLiteral("deposit"))); // inactive
    QVERIFY(!club.accountOffers(a.id, QStringLiteral("in_person")));
}

void TestFinanceApproval::everyStateChangeIsAudited()
{
    TypeSpec spec;
    spec.needsNumbering = true;
    const QString type = makeType(spec);
    Document d = invoice(type, 100);
    auto admin = manager();
    QVERIFY(admin->createDocument(d));
    QVERIFY(admin->number(Subject::Document, d.id));
    QVERIFY(admin->reject(Subject::Document, d.id, QStringLiteral("x")));
    QVERIFY(admin->backToPending(Subject::Document, d.id));
    QVERIFY(admin->approve(Subject::Document, d.id));
    QVERIFY(admin->renumber(Subject::Document, d.id, QStringLiteral("N-40")));
    Document e = *DocumentRepository(m_t->store()).get(d.id);
    QVERIFY(admin->editDocument(e));
    QVERIFY(admin->deleteDocument(d.id));
    for (const char *action : {"finance.create", "finance.number", "finance.reject", "finance.back_to_pending",
                               "finance.approve", "finance.renumber", "finance.edit", "finance.delete"})
        QVERIFY2(auditCount(d.id, QLatin1String(action)) == 1, action);
    // a refused change writes nothing
    auto nobody = as({});
    QVERIFY(!nobody->approve(Subject::Document, d.id));
    QCOMPARE(auditCount(d.id, QStringLiteral("finance.approve")), 1);
}

// DESIGN §3: approval, numbering and saving begin their transaction before reading what they
// decide on. With another writer holding the store past the busy timeout, each stops with the
// store's Persian reason, and the document keeps its state, its number and its audit trail.
void TestFinanceApproval::aBusyStoreDecidesNothing()
{
    TypeSpec spec;
    spec.needsNumbering = true;
    const QString type = makeType(spec);
    Document d = invoice(type, 100);
    auto admin = manager();
    QVERIFY(admin->createDocument(d));
    const QString busyMessage = QCoreApplication::translate("Store", "The database is busy with another change. Nothing was "
                                                              "saved; try again in a moment.");
    {
        const TestSupport::OtherWriter busy(m_t->store());
        QVERIFY(busy.isHolding());
        QVERIFY(!admin->approve(Subject::Document, d.id));
        QCOMPARE(admin->lastError(), busyMessage);
        QVERIFY(!admin->number(Subject::Document, d.id));
        QCOMPARE(admin->lastError(), busyMessage);
        Document fresh = invoice(type, 200);
        QVERIFY(!admin->createDocument(fresh));
        QCOMPARE(admin->lastError(), busyMessage);
    }
    QCOMPARE(statusOf(d.id), QStringLiteral("pending"));
    QVERIFY(DocumentRepository(m_t->store()).get(d.id)->number.isEmpty());
    QCOMPARE(auditCount(d.id, QStringLiteral("finance.approve")), 0);
    QCOMPARE(auditCount(d.id, QStringLiteral("finance.number")), 0);
    QVERIFY(admin->approve(Subject::Document, d.id)); // the same action goes through once the store is free
}

void TestFinanceApproval::permissionsOfSignedInUser()
{
    UserRepository users(m_t->store());
    User staff;
    staff.username = QStringLiteral("approver1");
    QVERIFY2(users.insert(staff), qPrintable(users.lastError()));
    UserGroup finance;
    finance.name = QStringLiteral("مالی");
    QVERIFY(users.insertGroup(finance));
    QVERIFY(users.addToGroup(staff.id, finance.id));
    QVERIFY(users.grantToGroup(finance.id, FP::ApproveDocuments));
    const Actor p = users.actor(staff.id);
    QVERIFY(p.may(FP::ApproveDocuments));
    QVERIFY(!p.may(FP::Manager));
    QVERIFY(!Actor().may(FP::ApproveDocuments));

    TypeSpec spec;
    Document d = invoice(makeType(spec), 100);
    DocumentApproval svc(m_t->store(), p);
    QVERIFY(svc.createDocument(d));
    QVERIFY(svc.approve(Subject::Document, d.id));
    QCOMPARE(DocumentRepository(m_t->store()).get(d.id)->approval.approvedBy, staff.id);
    QVERIFY(!svc.backToPending(Subject::Document, d.id));
}

// The approvals page lists an item type for a user exactly when the service lets that user
// approve or number its items: both ask FinanceGate. (Before, a holder of "approve every
// document" was offered numbering the service then refused.)
void TestFinanceApproval::pagesOfferWhatTheServiceAllows_data()
{
    QTest::addColumn<QStringList>("grants");
    QTest::newRow("approve every document") << QStringList{FP::ApproveDocuments};
    QTest::newRow("number") << QStringList{FP::Number};
    QTest::newRow("approve receipts only") << QStringList{FP::ApproveReceipts};
    QTest::newRow("finance manager") << QStringList{FP::Manager};
    QTest::newRow("sales manager") << QStringList{FP::SalesManager};
    QTest::newRow("nothing") << QStringList{};
}

void TestFinanceApproval::pagesOfferWhatTheServiceAllows()
{
    QFETCH(QStringList, grants);
    TypeSpec spec;
    spec.needsNumbering = true;
    const QString type = makeType(spec);
    const FinanceRights::Rights offered =
        FinanceRights::of(m_t->store(), Actor::staff(m_userId, grants), FinanceRights::documentEntities());

    Document toApprove = invoice(type, 100);
    QVERIFY(as({FP::Manager})->createDocument(toApprove));
    QCOMPARE(as(grants)->approve(Subject::Document, toApprove.id), offered.approvable.contains(type));
    Document toNumber = invoice(type, 100);
    QVERIFY(as({FP::Manager})->createDocument(toNumber));
    const bool numbered = !DocumentRepository(m_t->store()).get(toNumber.id)->number.isEmpty()
        || as(grants)->number(Subject::Document, toNumber.id);
    QCOMPARE(numbered, offered.numberable.contains(type) || offered.numberableApproved.contains(type));
}

QTEST_GUILESS_MAIN(TestFinanceApproval)
#include "tst_finance_approval.moc"
