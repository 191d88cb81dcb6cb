#include "models/finance/FinanceStateRepository.h"
#include "models/auth/PasswordHasher.h"
#include "models/auth/User.h"
#include "models/finance/Balances.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/Totals.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "reports/TemplateRenderer.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/finance/BalancesPage.h"
#include "ui/finance/BatchPrint.h"
#include "ui/finance/DocumentEditor.h"
#include "ui/finance/FinanceFormat.h"
#include "ui/finance/ListPickerDialog.h"
#include "tests/support/TestSupport.h"
#include "ui/finance/TemplateEditorPage.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/MoneyEdit.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

// The financial staff pages driven as a person would, offscreen: the document editor and its
// totals, the approval cartable and the balances it moves, the template editor, batch printing.
class TestFinancePages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Store m_store;
    QString m_admin, m_cashier, m_clerk;
    QString m_customer;
    QString m_invoiceType, m_returnType, m_receiptType;
    QString m_taxedProduct, m_freeProduct;

    QString addUser(const QString &name, const QStringList &permissions)
    {
        Identity i;
        i.firstName = name;
        i.lastName = QStringLiteral("کارمند");
        i.profileType = ProfileType::Operator;
        IdentityRepository(m_store).insert(i);
        User u;
        u.username = name;
        u.kind = UserKind::Staff;
        u.identityId = i.id;
        u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(QStringLiteral("Secret-1234"));
        UserRepository users(m_store);
        if (!users.insert(u))
            qFatal("user: %s", qPrintable(users.lastError()));
        for (const QString &p : permissions)
            users.grantToUser(u.id, p);
        return u.id;
    }
    Session session(const QString &userId)
    {
        return Workspace::sessionFor(m_store, *UserRepository(m_store).get(userId));
    }
    QString addType(const QString &entity, const QString &code)
    {
        ItemType t;
        t.entity = entity;
        t.code = code;
        t.name = code;
        t.needsApproval = true;
        t.pendingAfterEdit = true;
        t.taxBp = 1000;
        ItemTypeRepository types(m_store);
        if (!types.insert(t))
            qFatal("type: %s", qPrintable(types.lastError()));
        return t.id;
    }
    QString addProduct(const QString &code, const QString &name, qint64 price, bool taxable)
    {
        Product p;
        p.code = code;
        p.name = name;
        p.unit = QStringLiteral("عدد");
        p.unitPrice = price;
        p.taxable = taxable;
        ProductRepository(m_store).insert(p);
        return p.id;
    }
    QString addInvoice(qint64 price, bool approve, const QString &identityId = {})
    {
        auto approval = std::make_unique<DocumentApproval>(m_store, Actor::staff(m_admin, {FinancePermission::Manager}));
        Document d;
        d.itemTypeId = m_invoiceType;
        d.identityId = identityId.isEmpty() ? m_customer : identityId;
        d.issueDate = QDate(2024, 11, 5);
        DocumentLine l;
        l.description = QStringLiteral("خدمات");
        l.unitPrice = price;
        d.lines << l;
        if (!approval->createDocument(d))
            qFatal("invoice: %s", qPrintable(approval->lastError()));
        if (approve && !approval->approve(DocumentApproval::Subject::Document, d.id))
            qFatal("approve: %s", qPrintable(approval->lastError()));
        return d.id;
    }
    QString addReceipt(qint64 amount, const QString &identityId = {}, bool approve = false)
    {
        DocumentApproval approval(m_store, Actor::staff(m_admin, {FinancePermission::Manager}));
        Receipt r;
        r.itemTypeId = m_receiptType;
        r.identityId = identityId.isEmpty() ? m_customer : identityId;
        r.amount = amount;
        r.cashMethod = QStringLiteral("in_person");
        r.receivedOn = QDate(2024, 11, 6);
        if (!approval.createReceipt(r))
            qFatal("receipt: %s", qPrintable(approval.lastError()));
        if (approve && !approval.approve(DocumentApproval::Subject::Receipt, r.id))
            qFatal("approve: %s", qPrintable(approval.lastError()));
        return r.id;
    }
    // The answer to the next list picker: search, then take the row whose id is `id`.
    static std::function<int(QDialog *)> pick(const QString &search, const QString &id)
    {
        return [search, id](QDialog *dialog) {
            auto *picker = qobject_cast<ListPickerDialog *>(dialog);
            if (!picker)
                return int(QDialog::Rejected);
            picker->show(); // as exec() would: the list reads its rows once it is on screen
            picker->page()->searchEdit()->setText(search);
            picker->page()->reload(); // without waiting for the typing pause
            for (int r = 0; r < picker->page()->model()->rowCount(); ++r)
                if (picker->page()->model()->idAt(r) == id)
                    picker->page()->selectRow(r);
            // a row that is not there rejects, and the test fails on what is missing
            if (picker->page()->selectedId() == id)
                picker->accept(); // what OK does: the picker keeps the chosen row
            else
                picker->reject();
            return picker->result();
        };
    }
    static void verifyFinished(const Ask::Script &script)
    {
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
    }
    void chooseProduct(DocumentEditor &editor, const QString &productId, double quantity)
    {
        auto *product = editor.findChild<QComboBox *>(QStringLiteral("productComboBox"));
        const int index = product->findData(productId);
        QVERIFY(index > 0);
        product->setCurrentIndex(index);
        emit product->activated(index); // what a click in its list does
        editor.findChild<QDoubleSpinBox *>(QStringLiteral("quantitySpinBox"))->setValue(quantity);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addLineButton")), Qt::LeftButton);
    }
    static int pdfPages(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        if (!p.waitForFinished(20000))
            return -1;
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    static bool selectId(ListPage *page, const QString &id)
    {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->idAt(r) == id)
                page->selectRow(r);
        return page->selectedId() == id;
    }
    static bool listed(ListPage *page, const QString &id)
    {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->idAt(r) == id)
                return true;
        return false;
    }
    ListPage *openList(MainWindow &window, const QString &key)
    {
        auto *page = qobject_cast<ListPage *>(window.openSection(key));
        if (page)
            page->reload();
        return page;
    }

private slots:
    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
        QVERIFY(m_store.openSqlite(m_dir.filePath(QStringLiteral("finance.vafa"))));
        m_admin = addUser(QStringLiteral("admin"), {QStringLiteral("system.admin")});
        m_cashier = addUser(QStringLiteral("cashier"), {QStringLiteral("finance.receipts.approve")});
        m_clerk = addUser(QStringLiteral("clerk"), {});
        Identity c;
        c.firstName = QStringLiteral("علی");
        c.lastName = QStringLiteral("رضایی");
        QVERIFY(IdentityRepository(m_store).insert(c));
        m_customer = c.id;
        m_invoiceType = addType(QStringLiteral("invoice"), QStringLiteral("INV"));
        m_returnType = addType(QStringLiteral("return_invoice"), QStringLiteral("RET"));
        m_receiptType = addType(QStringLiteral("receipt"), QStringLiteral("REC"));
        m_taxedProduct = addProduct(QStringLiteral("P-1"), QStringLiteral("نرم‌افزار"), 1250000, true);
        m_freeProduct = addProduct(QStringLiteral("P-2"), QStringLiteral("آموزش"), 300000, false);
    }

    void eachPageOnlyForWhoMayUseIt()
    {
        auto keys = [&](const QString &user) {
            QStringList out;
            for (const auto &s : Workspace::sections(session(user)))
                out << s.key;
            return out;
        };
        const QStringList admin = keys(m_admin);
        for (const char *key : {"documents", "receipts", "approvals", "balances", "products", "templates"})
            QVERIFY2(admin.contains(QLatin1String(key)), key);
        const QStringList cashier = keys(m_cashier);
        QVERIFY(cashier.contains(QStringLiteral("approvals")));
        QVERIFY(cashier.contains(QStringLiteral("balances")));
        QVERIFY(!cashier.contains(QStringLiteral("templates")));
        const QStringList clerk = keys(m_clerk);
        QVERIFY(clerk.contains(QStringLiteral("documents")));
        for (const char *key : {"approvals", "balances", "products", "templates"})
            QVERIFY2(!clerk.contains(QLatin1String(key)), key);
        // and actions a user may not use are absent
        MainWindow window(session(m_clerk), Workspace::sections(session(m_clerk)));
        auto *documents = openList(window, QStringLiteral("documents"));
        QVERIFY(documents->findChild<QAction *>(QStringLiteral("newAction")));
        QVERIFY(!documents->findChild<QAction *>(QStringLiteral("approveAction")));
        QVERIFY(!documents->findChild<QAction *>(QStringLiteral("backToPendingAction")));
    }

    void newInvoiceWithTwoLinesShowsTheTotalsOfTotalsAndLands()
    {
        const Session s = session(m_admin);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *documents = openList(window, QStringLiteral("documents"));
        const int before = documents->model()->rowCount();
        // Ctrl+N on the list opens the editor
        {
            bool opened = false;
            Ask::Script script;
            script.dialog([&opened](QDialog *dialog) {
                opened = qobject_cast<DocumentEditor *>(dialog) != nullptr;
                return int(QDialog::Rejected);
            });
            documents->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
            verifyFinished(script);
            QVERIFY(opened);
        }

        DocumentEditor editor(s, QString(), documents);
        editor.show();
        auto *type = editor.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        type->setCurrentIndex(type->findData(m_invoiceType));
        {
            Ask::Script script;
            script.dialog(pick(QStringLiteral("رضایی"), m_customer));
            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("chooseCustomerButton")), Qt::LeftButton);
            verifyFinished(script);
        }
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("customerLineEdit"))->text(), QStringLiteral("علی رضایی"));
        chooseProduct(editor, m_taxedProduct, 2);
        chooseProduct(editor, m_freeProduct, 3);
        QCOMPARE(editor.findChild<QTableWidget *>(QStringLiteral("linesTableWidget"))->rowCount(), 2);

        // the same document worked out by Totals directly
        Document expected;
        const ItemType invoiceType = *ItemTypeRepository(m_store).get(m_invoiceType);
        DocumentLine a;
        a.quantityMilli = 2000;
        a.unitPrice = 1250000;
        Totals::applyRates(a, true, invoiceType, editor.currentDocument().issueDate);
        DocumentLine b;
        b.quantityMilli = 3000;
        b.unitPrice = 300000;
        Totals::applyRates(b, false, invoiceType, editor.currentDocument().issueDate);
        expected.lines = {a, b};
        expected.computeTotals();
        QCOMPARE(expected.finalAmount, qint64(2500000 + 250000 + 900000));
        QVERIFY2(editor.findChild<QLabel *>(QStringLiteral("finalAmountLabel"))->text().contains(FinanceFormat::money(expected.finalAmount)),
                 qPrintable(editor.findChild<QLabel *>(QStringLiteral("finalAmountLabel"))->text()));
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("totalTaxLabel"))->text(), FinanceFormat::money(expected.totalTax));
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("totalAmountLabel"))->text(), FinanceFormat::money(expected.totalAmount));

        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const auto saved = DocumentRepository(m_store).get(editor.documentId());
        QVERIFY(saved);
        QCOMPARE(saved->finalAmount, expected.finalAmount);
        QCOMPARE(saved->approval.status, ApprovalStatus::Pending);
        documents->reload();
        QCOMPARE(documents->model()->rowCount(), before + 1);
    }

    void editingAnApprovedInvoiceSendsItBackToPending()
    {
        const QString id = addInvoice(500000, true);
        QCOMPARE(DocumentRepository(m_store).get(id)->approval.status, ApprovalStatus::Approved);
        DocumentEditor editor(session(m_admin), id);
        editor.show();
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("bannerLabel"))->property("bannerColour").toString() == QStringLiteral("#2e7d32"));
        auto *lines = editor.findChild<QTableWidget *>(QStringLiteral("linesTableWidget"));
        lines->setCurrentCell(0, 0);
        editor.findChild<MoneyEdit *>(QStringLiteral("unitPriceEdit"))->setRials(600000);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("updateLineButton")), Qt::LeftButton);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const auto d = DocumentRepository(m_store).get(id);
        QCOMPARE(d->approval.status, ApprovalStatus::Pending);
        QCOMPARE(d->lines.first().unitPrice, qint64(600000));
    }

    void aReturnAgainstAPendingInvoiceIsRefusedAndNothingIsLost()
    {
        const QString pending = addInvoice(700000, false);
        DocumentEditor editor(session(m_admin));
        editor.show();
        auto *type = editor.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        type->setCurrentIndex(type->findData(m_returnType));
        {
            Ask::Script script;
            script.dialog(pick(QStringLiteral("رضایی"), m_customer)).dialog(pick(QString(), pending));
            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("chooseCustomerButton")), Qt::LeftButton);
            QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("chooseSourceButton")), Qt::LeftButton);
            verifyFinished(script);
        }
        auto *lines = editor.findChild<QTableWidget *>(QStringLiteral("linesTableWidget"));
        QCOMPARE(lines->rowCount(), 1); // the invoice's lines to start from
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QVERIFY(editor.result() != QDialog::Accepted);
        auto *error = editor.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(lines->rowCount(), 1);
        QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("sourceLineEdit"))->text().isEmpty());
    }

    void cartableShowsOnlyWhatTheUserMayApproveAndApprovingMovesTheBalance()
    {
        addInvoice(800000, false); // pending, but the cashier may not approve documents
        const QString receipt = addReceipt(400000);
        const Session s = session(m_cashier);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *approvals = openList(window, QStringLiteral("approvals"));
        QVERIFY(approvals);
        ReceiptFilter pending;
        pending.approvalStatus = ApprovalStatus::Pending;
        const int pendingReceipts = int(ReceiptRepository(m_store).count(pending));
        QCOMPARE(approvals->model()->rowCount(), pendingReceipts);
        for (int r = 0; r < approvals->model()->rowCount(); ++r)
            QVERIFY(ReceiptRepository(m_store).get(approvals->model()->idAt(r)));
        // the admin sees the documents as well
        MainWindow adminWindow(session(m_admin), Workspace::sections(session(m_admin)));
        QVERIFY(openList(adminWindow, QStringLiteral("approvals"))->model()->rowCount() > pendingReceipts);

        auto *balances = qobject_cast<BalancesPage *>(window.openSection(QStringLiteral("balances")));
        QVERIFY(balances);
        balances->report()->reload();
        const qint64 before = BalanceRepository(m_store).balanceOf(m_customer);
        auto balanceShown = [&] {
            balances->report()->reload();
            for (int r = 0; r < balances->report()->model()->rowCount(); ++r)
                if (balances->report()->model()->idAt(r) == m_customer)
                    return balances->report()->model()->data(balances->report()->model()->index(r, 4)).toString();
            return QString();
        };
        const QString shownBefore = balanceShown();

        window.openSection(QStringLiteral("approvals"));
        int row = -1;
        for (int r = 0; r < approvals->model()->rowCount(); ++r)
            if (approvals->model()->idAt(r) == receipt)
                row = r;
        QVERIFY(row >= 0);
        approvals->selectRow(row);
        approvals->findChild<QAction *>(QStringLiteral("approveAction"))->trigger();
        QCOMPARE(approvals->model()->rowCount(), pendingReceipts - 1);
        QCOMPARE(ReceiptRepository(m_store).get(receipt)->approval.status, ApprovalStatus::Approved);
        QCOMPARE(BalanceRepository(m_store).balanceOf(m_customer), before - 400000);
        QVERIFY(balanceShown() != shownBefore);

        // the statement of the selected customer runs to the same balance
        for (int r = 0; r < balances->report()->model()->rowCount(); ++r)
            if (balances->report()->model()->idAt(r) == m_customer)
                balances->report()->selectRow(r);
        QTRY_VERIFY(balances->statement()->model()->rowCount() > 0);
    }

    // Each balance says which side it stands on, with the amount unsigned; the selected
    // customer's statement goes to a PDF whose text names the customer, the side and the final
    // balance (read back with pdftotext).
    void balancesSayDebtorOrCreditorAndTheStatementPrints()
    {
        auto customer = [&](const QString &first, const QString &last) {
            Identity i;
            i.firstName = first;
            i.lastName = last;
            if (!IdentityRepository(m_store).insert(i))
                qFatal("identity");
            return i.id;
        };
        const QString debtor = customer(QStringLiteral("پروین"), QStringLiteral("صادقی"));
        const QString creditor = customer(QStringLiteral("کاوه"), QStringLiteral("نادری"));
        addInvoice(1000000, true, debtor);
        addReceipt(300000, debtor, true);
        addReceipt(500000, creditor, true);
        const qint64 owed = BalanceRepository(m_store).balanceOf(debtor);
        QVERIFY(owed > 0);
        QCOMPARE(BalanceRepository(m_store).balanceOf(creditor), -500000);

        const Session s = session(m_admin);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *balances = qobject_cast<BalancesPage *>(window.openSection(QStringLiteral("balances")));
        QVERIFY(balances);
        ListPage *report = balances->report();
        report->reload();
        auto shown = [&](const QString &id, int column) {
            for (int r = 0; r < report->model()->rowCount(); ++r)
                if (report->model()->idAt(r) == id)
                    return report->model()->data(report->model()->index(r, column)).toString();
            return QString();
        };
        const QHash<QString, QString> sides = FinanceFormat::balanceSides();
        QCOMPARE(shown(debtor, 4), FinanceFormat::money(owed));
        QCOMPARE(shown(debtor, 5), sides.value(QStringLiteral("debtor")));
        QCOMPARE(shown(creditor, 4), FinanceFormat::money(500000)); // no minus sign
        QCOMPARE(shown(creditor, 5), sides.value(QStringLiteral("creditor")));
        QVERIFY(selectId(report, debtor));
        QTRY_VERIFY(balances->statement()->model()->rowCount() == 2);
        // the statement opened empty; with rows in, its columns fit them (the date was cut)
        QTableView *lines = balances->statement()->table();
        const QString date = balances->statement()->model()->data(balances->statement()->model()->index(0, 0)).toString();
        QVERIFY2(lines->columnWidth(0) >= lines->fontMetrics().horizontalAdvance(date),
                 qPrintable(QStringLiteral("%1 px for %2").arg(lines->columnWidth(0)).arg(date)));
        QCOMPARE(balances->statement()->model()->data(balances->statement()->model()->index(1, 6)).toString(),
                 sides.value(QStringLiteral("debtor")));

        const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
        {
            Ask::Script script;
            script.file(pdf);
            auto *action = report->findChild<QAction *>(QStringLiteral("statementPdfAction"));
            QVERIFY(action && action->isEnabled());
            action->trigger();
            verifyFinished(script);
            QVERIFY2(script.messages().isEmpty(), qPrintable(script.messages().join(QLatin1Char('\n'))));
        }
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(20000));
        // NFKC folds the presentation forms pdftotext gives back to letters; spacing may differ,
        // and the bidi marks around numbers are not text
        auto clean = [](const QString &t) {
            QString out = t.normalized(QString::NormalizationForm_KC);
            out.removeIf([](QChar c) {
                const char16_t u = c.unicode();
                return c.isSpace() || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
                    || u == 0x200F || u == 0x200C;
            });
            return out;
        };
        const QString text = clean(QString::fromUtf8(p.readAllStandardOutput()));
        QVERIFY2(text.contains(clean(QStringLiteral("پروین صادقی"))), qPrintable(text));
        // the closing line: the amount without a sign, then the side
        QVERIFY2(text.contains(clean(QStringLiteral("ماندهٔ پایانی: ") + TemplateRenderer::amount(owed)
                                     + QStringLiteral(" ریال بدهکار"))),
                 qPrintable(text));
        QCOMPARE(pdfPages(pdf), 1);
    }

    void rejectingAsksForTheReasonTheCustomerSees()
    {
        const QString receipt = addReceipt(150000);
        const Session s = session(m_cashier);
        MainWindow window(s, Workspace::sections(s));
        auto *approvals = openList(window, QStringLiteral("approvals"));
        for (int r = 0; r < approvals->model()->rowCount(); ++r)
            if (approvals->model()->idAt(r) == receipt)
                approvals->selectRow(r);
        QCOMPARE(approvals->selectedId(), receipt);
        Ask::Script script;
        script.text(QStringLiteral("رسید واریز خوانا نیست"));
        approvals->findChild<QAction *>(QStringLiteral("rejectAction"))->trigger();
        verifyFinished(script);
        const auto r = ReceiptRepository(m_store).get(receipt);
        QCOMPARE(r->approval.status, ApprovalStatus::Rejected);
        QCOMPARE(r->approval.rejectReason, QStringLiteral("رسید واریز خوانا نیست"));
        QCOMPARE(r->approval.rejectedBy, m_cashier);
    }

    void templateEditorPreviewsAnEditAndResetRestores()
    {
        const Session s = session(m_admin);
        MainWindow window(s, Workspace::sections(s));
        auto *page = qobject_cast<TemplateEditorPage *>(window.openSection(QStringLiteral("templates")));
        QVERIFY(page);
        auto *types = page->findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        types->setCurrentIndex(types->findData(m_invoiceType));
        const QString builtIn = TemplateRenderer::builtInTemplate(QStringLiteral("invoice"));
        QCOMPARE(page->editor()->toPlainText(), builtIn);
        page->editor()->setPlainText(QStringLiteral("<h1>فاکتور ویژه</h1><p>{{buyer.name}}</p>") + builtIn);
        QTRY_VERIFY(page->preview()->toPlainText().contains(QStringLiteral("فاکتور ویژه"))); // after the debounce
        // meanwhile the club settings page changes another setting of the type: saving keeps it
        ItemType meanwhile = *ItemTypeRepository(m_store).get(m_invoiceType);
        meanwhile.customerCanView = !meanwhile.customerCanView;
        QVERIFY(ItemTypeRepository(m_store).update(meanwhile));
        QVERIFY(page->save());
        const ItemType saved = *ItemTypeRepository(m_store).get(m_invoiceType);
        QVERIFY(saved.mainTemplate.contains(QStringLiteral("فاکتور ویژه")));
        QCOMPARE(saved.customerCanView, meanwhile.customerCanView);
        // and the change is the administrator's, in the audit log
        QCOMPARE(TestSupport::sqlNumber(m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                                "'item_type.template' AND user_id = '%1'").arg(m_admin)),
                 1);
        Ask::Script script;
        script.confirm(true);
        QVERIFY(page->resetToDefault());
        verifyFinished(script);
        QCOMPARE(page->editor()->toPlainText(), builtIn);
        QVERIFY(!page->preview()->toPlainText().contains(QStringLiteral("فاکتور ویژه")));
        QVERIFY(ItemTypeRepository(m_store).get(m_invoiceType)->mainTemplate.isEmpty());
    }

    void deleteAsksFirstAndAfterApprovalNeedsTheRight()
    {
        const QString pending = addInvoice(510000, false);
        const QString approved = addInvoice(720000, true);
        const Session s = session(m_clerk); // no finance rights at all
        MainWindow window(s, Workspace::sections(s));
        auto *documents = openList(window, QStringLiteral("documents"));
        auto *remove = documents->findChild<QAction *>(QStringLiteral("deleteAction"));
        QVERIFY(remove);
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        Ask::Script script;
        // «No» keeps the document
        QVERIFY(selectId(documents, pending));
        script.confirm(false);
        remove->trigger();
        QVERIFY(listed(documents, pending));
        // «Yes» deletes a pending one
        QVERIFY(selectId(documents, pending));
        script.confirm(true);
        remove->trigger();
        QVERIFY(!listed(documents, pending));
        QVERIFY(!DocumentRepository(m_store).get(pending));
        // an approved one needs «Delete after numbering, approval or rejection»: refused, and why
        QVERIFY(selectId(documents, approved));
        script.confirm(true);
        remove->trigger();
        verifyFinished(script);
        QCOMPARE(script.messages().size(), 1);
        const QString warning = script.messages().constFirst();
        QVERIFY2(warning.contains(QStringLiteral("حذف")), qPrintable(warning));
        QVERIFY(listed(documents, approved));
        QCOMPARE(DocumentRepository(m_store).get(approved)->approval.status, ApprovalStatus::Approved);
        // and the clerk is not offered a new number
        QVERIFY(!documents->findChild<QAction *>(QStringLiteral("renumberAction")));
    }

    void changeNumberTakesATypedNumberInPersianDigits()
    {
        // a numbered invoice type: its invoices take INV-1, INV-2 … when approved
        ItemTypeRepository types(m_store);
        NumberingPattern pattern;
        pattern.title = QStringLiteral("فاکتورها");
        pattern.pattern = QStringLiteral("INV-{*(AN)}");
        QVERIFY(FinanceStateRepository(m_store).insertPattern(pattern));
        ItemType type = *types.get(m_invoiceType);
        type.id.clear();
        type.code = QStringLiteral("INV-N");
        type.needsNumbering = true;
        type.numberingPatternId = pattern.id;
        QVERIFY(types.insert(type));
        DocumentApproval approval(m_store, Actor::staff(m_admin, {FinancePermission::Manager}));
        Document d;
        d.itemTypeId = type.id;
        d.identityId = m_customer;
        d.issueDate = QDate(2024, 11, 7);
        DocumentLine l;
        l.description = QStringLiteral("خدمات");
        l.unitPrice = 830000;
        d.lines << l;
        QVERIFY2(approval.createDocument(d), qPrintable(approval.lastError()));
        QVERIFY2(approval.approve(DocumentApproval::Subject::Document, d.id), qPrintable(approval.lastError()));
        const QString approved = d.id;
        if (DocumentRepository(m_store).get(approved)->number.isEmpty())
            QVERIFY2(approval.number(DocumentApproval::Subject::Document, approved), qPrintable(approval.lastError()));
        QVERIFY(DocumentRepository(m_store).get(approved)->number.startsWith(QLatin1String("INV-")));
        const Session s = session(m_admin);
        MainWindow window(s, Workspace::sections(s));
        auto *documents = openList(window, QStringLiteral("documents"));
        QVERIFY(selectId(documents, approved));
        Ask::Script script;
        script.text(QStringLiteral("INV-۹۰۰۱"));
        documents->findChild<QAction *>(QStringLiteral("renumberAction"))->trigger();
        verifyFinished(script);
        QVERIFY2(script.messages().isEmpty(), qPrintable(script.messages().join(QLatin1Char('\n')))); // no refusal
        QCOMPARE(DocumentRepository(m_store).get(approved)->number, QStringLiteral("INV-9001"));
        QVERIFY(selectId(documents, approved)); // still listed, now under its new number
    }

    void printAllWritesEveryDocumentOfTheListAndCancelStops()
    {
        const Session s = session(m_admin);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *documents = openList(window, QStringLiteral("documents"));
        auto *filter = documents->filterCombo();
        filter->setCurrentIndex(filter->findData(QStringLiteral("invoice")));
        QTRY_VERIFY(documents->model()->rowCount() >= 3);
        const int rows = documents->model()->rowCount();
        auto *batch = documents->findChild<BatchPrint *>();
        QVERIFY(batch);
        QVERIFY(documents->findChild<QAction *>(QStringLiteral("printAllAction")));
        const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
        const auto result = batch->toPdf(pdf);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.printed, rows);
        QVERIFY(pdfPages(pdf) >= 3);

        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        auto connection = connect(batch, &BatchPrint::progressed, this, [documents](int done, int) {
            if (done == 1)
                if (auto *progress = documents->findChild<QProgressDialog *>(QStringLiteral("batchPrintProgressDialog")))
                    progress->cancel(); // what the Cancel button does
        });
        const auto stopped = batch->toPdf(cancelled);
        disconnect(connection);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.printed < rows);
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_MAIN(TestFinancePages)
#include "tst_finance_pages.moc"
