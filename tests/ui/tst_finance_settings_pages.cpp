// The finance settings pages (issue 11), used offscreen as the finance manager would: the
// financial accounts list and editor (an IBAN or card with a wrong check digit is explained in
// Persian as it is typed and never saved; a cash box shows no bank details; online payment asks
// for its gateway), and the numbering patterns list and editor (the next number follows the
// pattern as it is typed; a wrong pattern is explained and cannot be saved; a pattern in use is
// not deleted). Only the finance manager and administrators see these pages.
#include "models/auth/User.h"
#include "models/auth/UserRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/core/AuditLog.h"
#include "models/core/Store.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/finance/NumberingPatternService.h"
#include "models/finance/Permissions.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/persian/Digits.h"
#include "tests/support/TestSupport.h"
#include "ui/finance/FinancialAccountEditor.h"
#include "ui/finance/NumberingPatternEditor.h"
#include "ui/finance/ProductEditor.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A valid IBAN for a 22-digit BBAN (ISO 13616 check digits) and a card with its Luhn digit.
QString ibanFor(const QString &bban22)
{
    int mod = 0;
    for (const QChar c : QString(bban22 + QStringLiteral("182700")))
        mod = (mod * 10 + c.digitValue()) % 97;
    return QStringLiteral("IR%1").arg(98 - mod, 2, 10, QLatin1Char('0')) + bban22;
}

QString cardFor(const QString &fifteen)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        int d = fifteen.at(14 - i).digitValue();
        if (i % 2 == 0)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return fifteen + QString::number((10 - sum % 10) % 10);
}

bool hasPersianLetters(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF && !c.isDigit())
            return true;
    return false;
}

} // namespace

class TestFinanceSettingsPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Store m_store;
    QString m_manager, m_cashier;
    QString m_identity, m_receiptType;

    QString addUser(const QString &name, const QStringList &grants)
    {
        User u;
        u.username = name;
        u.kind = UserKind::Staff;
        UserRepository users(m_store);
        if (!users.insert(u))
            qFatal("user: %s", qPrintable(users.lastError()));
        for (const QString &g : grants)
            users.grantToUser(u.id, g);
        return u.id;
    }
    Session session(const QString &userId) { return Workspace::sessionFor(m_store, *UserRepository(m_store).get(userId)); }
    ListPage *openList(MainWindow &window, const QString &key)
    {
        auto *page = qobject_cast<ListPage *>(window.openSection(key));
        if (page)
            page->reload();
        return page;
    }
    static bool selectId(ListPage *page, const QString &id)
    {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->idAt(r) == id)
                page->selectRow(r);
        return page->selectedId() == id;
    }
    static void verifyFinished(const Ask::Script &script)
    {
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
    }
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    // Key presses that carry any letter or digit (QTest::keyClicks sends Latin-1 only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    // Types into a line edit as a person does: click into it, select what is there, type over it.
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            type(edit, text);
    }
    qint64 auditRows()
    {
        AuditLog log(m_store);
        return log.countRows(log.list());
    }

private slots:
    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
        QVERIFY(m_store.openSqlite(m_dir.filePath(QStringLiteral("finance-settings.vafa"))));
        m_manager = addUser(QStringLiteral("finance"), {FinancePermission::Manager});
        m_cashier = addUser(QStringLiteral("cashier"), {FinancePermission::ApproveReceipts});
        Identity c;
        c.firstName = QStringLiteral("علی");
        c.lastName = QStringLiteral("رضایی");
        QVERIFY(IdentityRepository(m_store).insert(c));
        m_identity = c.id;
        ItemType receipt;
        receipt.entity = QStringLiteral("receipt");
        receipt.code = QStringLiteral("REC");
        receipt.name = QStringLiteral("دریافت");
        QVERIFY(ItemTypeRepository(m_store).insert(receipt));
        m_receiptType = receipt.id;
    }

    void onlyTheFinanceManagerSeesThePages()
    {
        auto keys = [&](const QString &user) {
            QStringList out;
            for (const auto &s : Workspace::sections(session(user)))
                out << s.key;
            return out;
        };
        const QStringList manager = keys(m_manager);
        QVERIFY(manager.contains(QStringLiteral("financial-accounts")));
        QVERIFY(manager.contains(QStringLiteral("numbering-patterns")));
        const QStringList cashier = keys(m_cashier);
        QVERIFY(cashier.contains(QStringLiteral("receipts")));
        QVERIFY(!cashier.contains(QStringLiteral("financial-accounts")));
        QVERIFY(!cashier.contains(QStringLiteral("numbering-patterns")));
    }

    void aWrongIbanIsExplainedAsTypedAndNeverSaved()
    {
        FinancialAccountEditor editor(session(m_manager));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(child<QLineEdit>(&editor, "nameLineEdit"), QStringLiteral("حساب جاری ملت"));
        typeInto(child<QLineEdit>(&editor, "bankNameLineEdit"), QStringLiteral("بانک ملت"));
        auto *iban = child<QLineEdit>(&editor, "ibanLineEdit");
        auto *ibanProblem = child<QLabel>(&editor, "ibanProblemLabel");
        const QString good = ibanFor(QStringLiteral("0120000000001234567890"));
        QString bad = good;
        bad[6] = bad[6] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        // half typed: no message yet
        typeInto(iban, bad.left(12));
        QVERIFY(!ibanProblem->isVisible());
        // the whole number, in Persian digits as a phone keyboard types them: the check digits do not match
        type(iban, Persian::toPersianDigits(bad.mid(12)));
        QVERIFY(ibanProblem->isVisible());
        QVERIFY2(hasPersianLetters(ibanProblem->text()), qPrintable(ibanProblem->text()));
        QVERIFY2(ibanProblem->text().contains(QStringLiteral("شبا")), qPrintable(ibanProblem->text()));

        // Save is refused with the same reason, and nothing is stored
        const qint64 audits = auditRows();
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        auto *error = child<QLabel>(&editor, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), ibanProblem->text());
        QVERIFY(FinancialAccountRepository(m_store).all().isEmpty());
        QCOMPARE(auditRows(), audits);

        // a wrong card is caught the same way
        auto *card = child<QLineEdit>(&editor, "cardNumberLineEdit");
        const QString goodCard = cardFor(QStringLiteral("610433123456789"));
        typeInto(card, goodCard.left(15) + QString::number((goodCard.right(1).toInt() + 1) % 10));
        QVERIFY(child<QLabel>(&editor, "cardProblemLabel")->isVisible());
        typeInto(card, goodCard);
        QVERIFY(!child<QLabel>(&editor, "cardProblemLabel")->isVisible());

        // fixed, the message goes at once and Save stores the account in its machine form
        typeInto(iban, good);
        QVERIFY(!ibanProblem->isVisible());
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const QList<FinancialAccount> stored = FinancialAccountRepository(m_store).all();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().iban, good);
        QCOMPARE(stored.first().cardNumber, goodCard);
        QCOMPARE(auditRows(), audits + 1);
    }

    void aCashBoxShowsNoBankDetails()
    {
        FinancialAccountEditor editor(session(m_manager));
        editor.show();
        auto *kind = child<QComboBox>(&editor, "kindComboBox");
        QVERIFY(child<QGroupBox>(&editor, "bankGroupBox")->isVisible());
        kind->setCurrentIndex(kind->findData(int(AccountKind::Cash)));
        QVERIFY(!child<QGroupBox>(&editor, "bankGroupBox")->isVisible());
        QVERIFY(!child<QGroupBox>(&editor, "paymentsGroupBox")->isVisible());
        QVERIFY(!child<QGroupBox>(&editor, "onlineGroupBox")->isVisible());
        typeInto(child<QLineEdit>(&editor, "nameLineEdit"), QStringLiteral("صندوق فروشگاه"));
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        bool found = false;
        for (const FinancialAccount &a : FinancialAccountRepository(m_store).all())
            found = found || (a.name == QStringLiteral("صندوق فروشگاه") && a.isCash());
        QVERIFY(found);
    }

    void onlinePaymentAsksForItsGateway()
    {
        FinancialAccountEditor editor(session(m_manager));
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        typeInto(child<QLineEdit>(&editor, "nameLineEdit"), QStringLiteral("حساب پاسارگاد"));
        typeInto(child<QLineEdit>(&editor, "accountNumberLineEdit"), QStringLiteral("۲۰۱۰۸۰۰۱۲۳۴۵۶۷"));
        auto *gatewayBox = child<QGroupBox>(&editor, "onlineGroupBox");
        QVERIFY(!gatewayBox->isEnabled());
        child<QCheckBox>(&editor, "onlineCheckBox")->click();
        QVERIFY(gatewayBox->isEnabled());
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        auto *error = child<QLabel>(&editor, "errorLabel");
        QVERIFY2(error->text().contains(QStringLiteral("درگاه")), qPrintable(error->text()));
        auto *gateway = child<QComboBox>(&editor, "gatewayComboBox");
        gateway->setCurrentIndex(gateway->findData(int(PaymentGateway::ZarinPal)));
        auto *merchant = child<QLineEdit>(&editor, "merchantLineEdit");
        typeInto(merchant, QStringLiteral("1234"));
        QTest::keyClick(merchant, Qt::Key_Tab); // moving on shows what is wrong
        QVERIFY(child<QLabel>(&editor, "merchantProblemLabel")->isVisible());
        typeInto(merchant, QStringLiteral("5344db9c-c398-4b62-9c69-03525ee8a9d4"));
        QVERIFY(!child<QLabel>(&editor, "merchantProblemLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        bool found = false;
        for (const FinancialAccount &a : FinancialAccountRepository(m_store).all())
            found = found || (a.name == QStringLiteral("حساب پاسارگاد") && a.allowsOnline && a.gateway == PaymentGateway::ZarinPal
                              && a.accountNumber == QStringLiteral("20108001234567"));
        QVERIFY(found);
    }

    void theListOpensEditsDeactivatesAndKeepsAnAccountWithReceipts()
    {
        FinancialAccountService service(m_store, TestSupport::actorOf(m_store, m_manager));
        FinancialAccount used;
        used.name = QStringLiteral("حساب ملی");
        used.accountNumber = QStringLiteral("0101010101");
        QVERIFY2(service.save(used), qPrintable(service.error()));
        Receipt r;
        r.itemTypeId = m_receiptType;
        r.identityId = m_identity;
        r.amount = 500000;
        r.accountId = used.id;
        r.receivedOn = QDate(2024, 11, 6);
        QVERIFY(ReceiptRepository(m_store).insert(r));

        const Session s = session(m_manager);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *accounts = openList(window, QStringLiteral("financial-accounts"));
        QVERIFY(accounts);
        QVERIFY(selectId(accounts, used.id));
        // a double click opens the account in its editor
        Ask::Script script;
        QString openedName;
        script.dialog([&openedName](QDialog *dialog) {
            auto *editor = qobject_cast<FinancialAccountEditor *>(dialog);
            if (editor)
                openedName = editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text();
            return int(QDialog::Rejected);
        });
        const QModelIndex cell = accounts->table()->model()->index(accounts->table()->currentIndex().row(), 0);
        const QRect rect = accounts->table()->visualRect(cell);
        QVERIFY2(accounts->table()->viewport()->rect().contains(rect.center()), "the row is on screen");
        // a person's double click: press, release, the second press (a double click), release
        // (QTest::mouseDClick alone sends only the second press to a widget)
        QWidget *viewport = accounts->table()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, rect.center());
        verifyFinished(script);
        QCOMPARE(openedName, used.name);

        // deactivate, then delete: refused, its receipts need it
        QVERIFY(selectId(accounts, used.id));
        accounts->findChild<QAction *>(QStringLiteral("toggleActiveAction"))->trigger();
        QVERIFY(!FinancialAccountRepository(m_store).get(used.id)->active);
        QVERIFY(selectId(accounts, used.id));
        script.confirm(true);
        accounts->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
        verifyFinished(script);
        QCOMPARE(script.messages().size(), 1);
        QVERIFY2(script.messages().constFirst().contains(QStringLiteral("غیرفعال")), qPrintable(script.messages().constFirst()));
        QVERIFY(FinancialAccountRepository(m_store).get(used.id));
        // the search finds it by a piece of its number typed in Persian digits
        type(accounts->searchEdit(), QStringLiteral("۰۱۰۱۰"));
        QTRY_COMPARE(accounts->model()->rowCount(), 1);
    }

    void closingAnEditorAsksBeforeLosingWhatWasTyped()
    {
        Ask::Script script;
        {
            FinancialAccountEditor editor(session(m_manager));
            editor.show();
            editor.reject(); // nothing typed: closes at once
            QVERIFY(!editor.isVisible());
        }
        NumberingPatternEditor editor(session(m_manager));
        editor.show();
        typeInto(child<QLineEdit>(&editor, "titleLineEdit"), QStringLiteral("چک‌ها"));
        script.confirm(false);
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(editor.isVisible());
        QCOMPARE(child<QLineEdit>(&editor, "titleLineEdit")->text(), QStringLiteral("چک‌ها"));
        script.confirm(true);
        child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!editor.isVisible());
        verifyFinished(script);
    }

    void theNextNumberFollowsThePatternAsItIsTyped()
    {
        NumberingPatternEditor editor(session(m_manager));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(child<QLineEdit>(&editor, "titleLineEdit"), QStringLiteral("فاکتور فروش"));
        auto *pattern = child<QLineEdit>(&editor, "patternLineEdit");
        auto *sample = child<QLabel>(&editor, "sampleLabel");
        auto *problem = child<QLabel>(&editor, "patternProblemLabel");
        auto *save = child<QPushButton>(&editor, "saveButton");
        typeInto(pattern, QStringLiteral("INV-"));
        // no sequence yet: explained, not saved
        QVERIFY(problem->isVisible());
        QVERIFY2(hasPersianLetters(problem->text()), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(child<QPushButton>(&editor, "fixedSequenceButton"), Qt::LeftButton);
        QCOMPARE(pattern->text(), QStringLiteral("INV-{_____(AN)}"));
        QCOMPARE(editor.sampleNumber(), QStringLiteral("INV-00001"));
        QVERIFY(sample->isVisible());
        QVERIFY2(sample->text().contains(QStringLiteral("۰۰۰۰۱")), qPrintable(sample->text())); // read in Persian digits
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled());
        // a dot is not allowed in a pattern
        type(pattern, QStringLiteral("."));
        QVERIFY(editor.sampleNumber().isEmpty());
        QVERIFY(!sample->isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1Char('.')), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(pattern, Qt::Key_Backspace);
        QCOMPARE(editor.sampleNumber(), QStringLiteral("INV-00001"));
        // the initial value moves the first number
        typeInto(child<QLineEdit>(&editor, "initialLineEdit"), QStringLiteral("۴۹۹"));
        QCOMPARE(editor.sampleNumber(), QStringLiteral("INV-00500"));
        // too wide for five digits
        typeInto(child<QLineEdit>(&editor, "initialLineEdit"), QStringLiteral("100000"));
        QVERIFY(editor.sampleNumber().isEmpty());
        QVERIFY(problem->isVisible());
        QVERIFY(!save->isEnabled());
        typeInto(child<QLineEdit>(&editor, "initialLineEdit"), QStringLiteral("499"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        bool found = false;
        for (const NumberingPattern &p : FinanceStateRepository(m_store).patterns())
            found = found || (p.title == QStringLiteral("فاکتور فروش") && p.pattern == QStringLiteral("INV-{_____(AN)}")
                              && p.initialValue == 499);
        QVERIFY(found);
    }

    void aPatternInUseIsNotDeletedFromTheList()
    {
        NumberingPattern p;
        p.title = QStringLiteral("رسید");
        p.pattern = QStringLiteral("R-{*(AN)}");
        NumberingPatternService service(m_store, TestSupport::actorOf(m_store, m_manager));
        QVERIFY2(service.create(p), qPrintable(service.error()));
        ItemTypeRepository types(m_store);
        ItemType t = *types.get(m_receiptType);
        t.numberingPatternId = p.id;
        QVERIFY(types.update(t));

        const Session s = session(m_manager);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *patterns = openList(window, QStringLiteral("numbering-patterns"));
        QVERIFY(patterns);
        QVERIFY(selectId(patterns, p.id));
        // the editor shows who numbers by it
        {
            NumberingPatternEditor editor(s, p.id);
            editor.show();
            auto *usage = child<QLabel>(&editor, "usageLabel");
            QVERIFY(usage->isVisible());
            QVERIFY2(usage->text().contains(QStringLiteral("دریافت")), qPrintable(usage->text()));
            QCOMPARE(editor.sampleNumber(), QStringLiteral("R-1"));
        }
        Ask::Script script;
        script.confirm(true);
        patterns->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
        verifyFinished(script);
        QCOMPARE(script.messages().size(), 1);
        QVERIFY2(script.messages().constFirst().contains(QStringLiteral("دریافت")), qPrintable(script.messages().constFirst()));
        QVERIFY(FinanceStateRepository(m_store).pattern(p.id));
    }

    // The product editor saves through ProductService: a code taken by another product is
    // explained in the dialog, which keeps what was typed; corrected, the product is stored.
    void aProductIsSavedWithAUniqueCode()
    {
        Product first;
        first.code = QStringLiteral("P-100");
        first.name = QStringLiteral("خودکار آبی");
        QVERIFY(ProductRepository(m_store).insert(first));
        ProductEditor editor(session(m_manager));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(child<QLineEdit>(&editor, "nameLineEdit"), QStringLiteral("خودکار قرمز"));
        typeInto(child<QLineEdit>(&editor, "codeLineEdit"), QStringLiteral("P-100"));
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        auto *error = child<QLabel>(&editor, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(hasPersianLetters(error->text()), qPrintable(error->text()));
        QCOMPARE(child<QLineEdit>(&editor, "nameLineEdit")->text(), QStringLiteral("خودکار قرمز"));
        typeInto(child<QLineEdit>(&editor, "codeLineEdit"), QStringLiteral("P-۱۰۱"));
        QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const auto stored = ProductRepository(m_store).findByCode(QStringLiteral("P-101"));
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("خودکار قرمز"));
    }
};

QTEST_MAIN(TestFinanceSettingsPages)
#include "tst_finance_settings_pages.moc"
