// The screens a clerk, a customer and an agent work in, on a 1366×768 laptop (issue 10 §4): one
// look for every table cell, columns that show their headers whole without sideways scrolling,
// windows that fit the screen and come back the size they were left, editors that ask before
// typing is thrown away, wizard arrows that point the way a Persian reader goes, file names that
// read left to right in Persian sentences, and Persian digits in the print preview.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/demo/DemoCompany.h"
#include "models/finance/DocumentRepository.h"
#include "models/persian/Bidi.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WorkspaceLists.h"
#include "ui/finance/DocumentEditor.h"
#include "ui/finance/ListPickerDialog.h"
#include "ui/finance/ProductEditor.h"
#include "ui/finance/ReceiptEditor.h"
#include "ui/members/BulkUserWizard.h"
#include "ui/members/MemberDialogs.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/settings/ItemTypeEditor.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StaffActions.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/PrintPreviewDigits.h"
#include "ui/widgets/TableLook.h"
#include "ui/widgets/WindowGeometry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <functional>
#include <memory>

using TestSupport::TempStore;

namespace {

bool hasLatinDigit(const QString &text)
{
    for (const QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            return true;
    return false;
}

bool fitsLaptop(const QSize &size)
{
    return size.width() <= WindowGeometry::kLaptop.width() && size.height() <= WindowGeometry::kLaptop.height();
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// Where a cell's text is drawn: the pixels of the cell that differ clearly from its background.
QRect inkOf(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.left() + 2, cell.center().y());
    QRect ink;
    for (int y = cell.top() + 1; y < cell.bottom(); ++y)
        for (int x = cell.left() + 1; x < cell.right(); ++x)
            if (qAbs(qGray(image.pixel(x, y)) - qGray(background)) > 90)
                ink |= QRect(x, y, 1, 1);
    return ink;
}

// Which way the arrow drawn on a button points: -1 left, +1 right, 0 when there is none. The
// arrow is the narrow run of ink at one end of the text; its tip is the side its middle row
// reaches, where its top row does not.
int arrowOn(QAbstractButton *button)
{
    const QImage image = button->grab().toImage();
    const QRect inside = QRect(QPoint(0, 0), image.size()).adjusted(4, 4, -4, -4);
    const auto dark = [&image](int x, int y) { return qGray(image.pixel(x, y)) < 110; };
    QList<QPair<int, int>> runs; // columns with ink, as [first, last] runs
    for (int x = inside.left(); x <= inside.right(); ++x) {
        bool ink = false;
        for (int y = inside.top(); y <= inside.bottom() && !ink; ++y)
            ink = dark(x, y);
        if (!ink)
            continue;
        if (!runs.isEmpty() && x - runs.last().second <= 2)
            runs.last().second = x;
        else
            runs.append({x, x});
    }
    if (runs.size() < 2)
        return 0;
    const auto width = [](const QPair<int, int> &r) { return r.second - r.first + 1; };
    const QPair<int, int> arrow = width(runs.first()) < width(runs.last()) ? runs.first() : runs.last();
    if (width(arrow) > 10)
        return 0;
    int top = -1, bottom = -1;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = arrow.first; x <= arrow.second; ++x)
            if (dark(x, y)) {
                if (top < 0)
                    top = y;
                bottom = y;
            }
    const auto meanX = [&](int y) {
        int sum = 0, n = 0;
        for (int x = arrow.first; x <= arrow.second; ++x)
            if (dark(x, y)) {
                sum += x;
                ++n;
            }
        return n ? double(sum) / n : 0.0;
    };
    const double tip = meanX((top + bottom) / 2);
    const double tail = meanX(top);
    return tip < tail ? -1 : tip > tail ? +1 : 0;
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempStore> m_t;
    QList<DemoAccount> m_accounts;
    QHash<QString, User> m_users; // by kind: staff, customer, agent

    Store &store() { return m_t->store(); }
    Session session(const QString &kind)
    {
        Session s = Workspace::sessionFor(store(), m_users.value(kind));
        s.store = &store();
        return s;
    }
    // Every list of the window's sections, each loaded.
    QList<ListPage *> openAllLists(MainWindow &window)
    {
        QList<ListPage *> lists;
        TestSupport::forEachListPage(window, [&](const QString &, ListPage *page) {
            if (!page->isLoaded())
                page->reload();
            QCoreApplication::processEvents();
            lists << page;
        });
        return lists;
    }

private slots:
    void initTestCase();
    void cleanup();
    void cellsAreCentredAndPadded();
    void listColumnsShowTheirHeadersWithoutScrolling();
    void windowsFitALaptop();
    void windowsRememberTheirGeometry();
    void editorsAskBeforeDiscarding();
    void wizardArrowsPointTheWayOfReading();
    void fileNamesReadLeftToRight();
    void printPreviewShowsPersianDigits();
};

void TestScreens::initTestCase()
{
    AppSetup::installFonts(*qApp);
    AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    DemoOptions options;
    options.identities = 120;
    options.agents = 3;
    options.maxDocuments = 400;
    options.maxClubUsers = 150;
    options.today = QDate(2025, 3, 1);
    const DemoResult demo = DemoCompany::generate(store(), options);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    SignInService signIn(store());
    for (const DemoAccount &account : DemoCompany::sampleAccounts()) {
        if (m_users.contains(account.kind))
            continue;
        const SignInResult result = signIn.signIn(account.username, account.password);
        QVERIFY2(result.ok, qPrintable(account.username + QLatin1String(": ") + result.message()));
        m_users.insert(account.kind, result.user);
    }
    QVERIFY(m_users.contains(QStringLiteral("staff")));
    QVERIFY(m_users.contains(QStringLiteral("customer")));
    QVERIFY(m_users.contains(QStringLiteral("agent")));
}

void TestScreens::cleanup()
{
    QCoreApplication::setOrganizationName(QString()); // nothing a later test opens is remembered
}

// Every cell of a list and of an editor's table: the text vertically centred in its row and
// kCellPadding away from both edges of its cell, whatever alignment the model or item asked for.
void TestScreens::cellsAreCentredAndPadded()
{
    MainWindow window(session(QStringLiteral("staff")), Workspace::sections(session(QStringLiteral("staff"))));
    window.resize(1366, 728);
    window.show();
    auto *documents = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")));
    QVERIFY(documents);
    documents->reload();
    DocumentEditor editor(session(QStringLiteral("staff")), documents->model()->idAt(0));
    editor.show();
    auto *lines = editor.findChild<QTableWidget *>(QStringLiteral("linesTableWidget"));
    QVERIFY(lines);
    QVERIFY(lines->rowCount() > 0);
    // an item that names no vertical alignment (and one that names only its side) still centres
    lines->item(0, 0)->setTextAlignment(Qt::AlignTrailing);

    for (QTableView *table : {documents->table(), static_cast<QTableView *>(lines)}) {
        // tall rows make a top- or bottom-aligned text plain to see
        table->verticalHeader()->setDefaultSectionSize(60);
        QCoreApplication::processEvents();
        const QImage image = table->viewport()->grab().toImage();
        int checked = 0;
        for (int row = 0; row < qMin(3, table->model()->rowCount()); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QModelIndex index = table->model()->index(row, column);
                const QRect cell = table->visualRect(index);
                if (index.data().toString().trimmed().isEmpty() || !table->viewport()->rect().contains(cell))
                    continue;
                const QRect ink = inkOf(image, cell);
                const QString where = QStringLiteral("%1, row %2, column %3 «%4»: cell %5,%6 %7×%8, text %9,%10 %11×%12")
                                          .arg(table->objectName()).arg(row).arg(column).arg(index.data().toString())
                                          .arg(cell.x()).arg(cell.y()).arg(cell.width()).arg(cell.height())
                                          .arg(ink.x()).arg(ink.y()).arg(ink.width()).arg(ink.height());
                QVERIFY2(!ink.isNull(), qPrintable(where));
                const int above = ink.top() - cell.top();
                const int below = cell.bottom() - ink.bottom();
                QVERIFY2(qAbs(above - below) <= 12, qPrintable(QStringLiteral("not centred: ") + where));
                QVERIFY2(ink.left() - cell.left() >= TableLook::kCellPadding, qPrintable(QStringLiteral("no padding: ") + where));
                QVERIFY2(cell.right() - ink.right() >= TableLook::kCellPadding, qPrintable(QStringLiteral("no padding: ") + where));
                ++checked;
            }
        }
        QVERIFY2(checked > 3, qPrintable(table->objectName()));
    }
}

// On a 1366-wide window every demo list of the staff, a customer and an agent shows each
// header's whole text and needs no horizontal scroll bar.
void TestScreens::listColumnsShowTheirHeadersWithoutScrolling()
{
    for (const QString &kind : {QStringLiteral("staff"), QStringLiteral("customer"), QStringLiteral("agent")}) {
        MainWindow window(session(kind), Workspace::sections(session(kind)));
        window.resize(1366, 728);
        window.show();
        const QList<ListPage *> lists = openAllLists(window);
        QVERIFY2(!lists.isEmpty(), qPrintable(kind));
        TestSupport::forEachListPage(window, [&](const QString &key, ListPage *page) {
            QTableView *table = page->table();
            QHeaderView *header = table->horizontalHeader();
            const QString where = kind + QLatin1Char('/') + key;
            for (int c = 0; c < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(title) + 8,
                         qPrintable(QStringLiteral("%1: «%2» is %3 px wide").arg(where, title).arg(header->sectionSize(c))));
                QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                         qPrintable(QStringLiteral("%1: «%2» is cut").arg(where, title)));
            }
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(where + QLatin1String(" scrolls sideways")));
            // the row numbers, the last one the longest, are whole and padded like the cells
            QHeaderView *rows = table->verticalHeader();
            const int count = table->model()->rowCount();
            if (rows->isVisible() && count > 0) {
                const QString last = table->model()->headerData(count - 1, Qt::Vertical).toString();
                QVERIFY2(rows->width() >= rows->fontMetrics().horizontalAdvance(last) + 8,
                         qPrintable(QStringLiteral("%1: row number «%2» in %3 px (hint %4, count %5, section hint %6)").arg(where, last).arg(rows->width()).arg(rows->sizeHint().width()).arg(rows->count()).arg(rows->sectionSizeHint(count - 1))));
                QVERIFY2(rows->width() >= rows->fontMetrics().horizontalAdvance(QStringLiteral("۰۰")) + 2 * TableLook::kCellPadding,
                         qPrintable(where + QLatin1String(": row numbers without padding")));
            }
        });
        if (QTest::currentTestFailed())
            return; // one list failed: the message names it
    }
}

// Every window and dialog asks for no more than a 1366×768 laptop shows (with its taskbar).
void TestScreens::windowsFitALaptop()
{
    const Session staff = session(QStringLiteral("staff"));
    const QString customerUser = m_users.value(QStringLiteral("customer")).id;
    const QString customerIdentity = m_users.value(QStringLiteral("customer")).identityId;
    MainWindow window(staff, Workspace::sections(staff));
    auto *documents = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")));
    QVERIFY(documents);
    documents->reload();
    QString error;

    std::vector<std::unique_ptr<QWidget>> windows;
    windows.emplace_back(new MainWindow(staff, Workspace::sections(staff)));
    windows.emplace_back(new DocumentEditor(staff));
    windows.emplace_back(new DocumentEditor(staff, documents->model()->idAt(0)));
    windows.emplace_back(new ReceiptEditor(staff));
    windows.emplace_back(new ProductEditor(staff));
    windows.emplace_back(new MemberCreateDialog(staff, ClubKind::Customer));
    windows.emplace_back(new MemberCreateDialog(staff, ClubKind::Agent));
    windows.emplace_back(new MemberEditDialog(staff, customerUser));
    windows.emplace_back(new DefineUserDialog(staff, customerIdentity));
    windows.emplace_back(new BulkUserWizard(staff, ClubKind::Customer));
    windows.emplace_back(new LoginDialog([](const QString &, const QString &, Session *, QString *) { return false; },
                                         QStringLiteral("demo.vafa")));
    windows.emplace_back(new NewPasswordDialog(PasswordPolicy(), QStringLiteral("رمز عبور تازه را بنویسید.")));
    Store *db = &store();
    windows.emplace_back(new ListPickerDialog(store().db(), QStringLiteral("انتخاب سند"), Workspace::documentColumns(),
                                              [db](const QString &search, const QString &) {
                                                  DocumentFilter f;
                                                  f.search = search;
                                                  return DocumentRepository(*db).list(f);
                                              }));
    windows.emplace_back(StaffActions::makePreview(staff, documents->model()->idAt(0), false, nullptr, &error));
    QVERIFY2(windows.back(), qPrintable(error));
    for (const auto &w : windows) {
        w->show();
        QCoreApplication::processEvents();
        const QString name = QString::fromLatin1(w->metaObject()->className());
        QVERIFY2(fitsLaptop(w->minimumSizeHint()), qPrintable(name + QLatin1String(" minimum ") + sizeText(w->minimumSizeHint())));
        QVERIFY2(fitsLaptop(w->minimumSize()), qPrintable(name + QLatin1String(" minimum ") + sizeText(w->minimumSize())));
        QVERIFY2(fitsLaptop(w->sizeHint()), qPrintable(name + QLatin1String(" size hint ") + sizeText(w->sizeHint())));
        QVERIFY2(fitsLaptop(w->size()), qPrintable(name + QLatin1String(" opens at ") + sizeText(w->size())));
        w->hide();
    }
}

// A dialog and the main window come back the size they were left, through QSettings.
void TestScreens::windowsRememberTheirGeometry()
{
    QTemporaryDir settings;
    QVERIFY(settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("VafaScreensTest"));
    const Session staff = session(QStringLiteral("staff"));
    {
        ProductEditor editor(staff);
        editor.show();
        editor.resize(610, 430);
        QCoreApplication::processEvents();
        editor.reject(); // nothing typed: closes without a question
        QVERIFY(!editor.isVisible());
    }
    QVERIFY(QSettings().contains(WindowGeometry::settingsKey(QStringLiteral("productEditor"))));
    {
        ProductEditor editor(staff);
        editor.show();
        QCoreApplication::processEvents();
        QCOMPARE(editor.size(), QSize(610, 430));
    }
    {
        MainWindow window(staff, Workspace::sections(staff));
        window.show();
        window.resize(700, 520);
        QCoreApplication::processEvents();
        window.close();
    }
    {
        MainWindow window(staff, Workspace::sections(staff));
        window.show();
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), QSize(700, 520));
    }
}

// Cancel, Esc or the close button on an editor with unsaved typing asks first; «no» keeps the
// editor open with the typing, «yes» closes it; an untouched editor closes without a question.
void TestScreens::editorsAskBeforeDiscarding()
{
    const Session staff = session(QStringLiteral("staff"));
    const QString customerUser = m_users.value(QStringLiteral("customer")).id;
    const QString customerIdentity = m_users.value(QStringLiteral("customer")).identityId;
    struct Editor
    {
        std::function<QDialog *()> make;
        QString field; // a line edit to type into
    };
    const QList<Editor> editors{
        {[&] { return new DocumentEditor(staff); }, QStringLiteral("titleLineEdit")},
        {[&] { return new ReceiptEditor(staff); }, QStringLiteral("descriptionLineEdit")},
        {[&] { return new ProductEditor(staff); }, QStringLiteral("nameLineEdit")},
        {[&] { return new MemberCreateDialog(staff, ClubKind::Customer); }, QStringLiteral("firstNameEdit")},
        {[&] { return new MemberEditDialog(staff, customerUser); }, QStringLiteral("emailEdit")},
        {[&] { return new DefineUserDialog(staff, customerIdentity); }, QStringLiteral("passwordEdit")},
    };
    for (const Editor &e : editors) {
        // untouched: Cancel closes at once
        {
            std::unique_ptr<QDialog> dialog(e.make());
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            Ask::Script script;
            dialog->show();
            QCoreApplication::processEvents();
            dialog->reject();
            QVERIFY2(!dialog->isVisible(), qPrintable(name));
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(name + QLatin1String(": ") + why));
        }
        // typed into: asked; «no» keeps it open, «yes» closes it; the close button asks too
        {
            std::unique_ptr<QDialog> dialog(e.make());
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            dialog->show();
            auto *field = dialog->findChild<QLineEdit *>(e.field);
            QVERIFY2(field, qPrintable(name + QLatin1Char('/') + e.field));
            QTest::keyClicks(field, QStringLiteral("x"));
            {
                Ask::Script script;
                script.confirm(false);
                dialog->reject();
                QVERIFY2(dialog->isVisible(), qPrintable(name + QLatin1String(" closed although «no»")));
                QString why;
                QVERIFY2(script.finished(&why), qPrintable(name + QLatin1String(": ") + why));
            }
            {
                Ask::Script script;
                script.confirm(false);
                dialog->close();
                QVERIFY2(dialog->isVisible(), qPrintable(name + QLatin1String(" closed by its close button")));
                QVERIFY(script.finished());
            }
            {
                Ask::Script script;
                script.confirm(true);
                QTest::keyClick(dialog.get(), Qt::Key_Escape);
                QVERIFY2(!dialog->isVisible(), qPrintable(name + QLatin1String(" stayed open after «yes»")));
                QCOMPARE(dialog->result(), int(QDialog::Rejected));
                QVERIFY(script.finished());
            }
        }
    }
}

// In Persian, read right to left, Next points left and Back right, whether or not Qt's own
// translations are installed: the arrow is read from the pixels of the button as drawn.
void TestScreens::wizardArrowsPointTheWayOfReading()
{
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    BulkUserWizard wizard(session(QStringLiteral("staff")), ClubKind::Customer);
    wizard.show();
    wizard.next(); // to the mapping page, where both buttons show
    QCoreApplication::processEvents();
    // Vafa's own words, not Qt's (whose translations an installation may lack)
    QCOMPARE(wizard.buttonText(QWizard::NextButton), QCoreApplication::translate("WizardArrows", "&Next ›"));
    QCOMPARE(wizard.buttonText(QWizard::BackButton), QCoreApplication::translate("WizardArrows", "‹ &Back"));
    QCOMPARE(arrowOn(wizard.button(QWizard::NextButton)), -1);
    QCOMPARE(arrowOn(wizard.button(QWizard::BackButton)), +1);
}

// A file's name or path inside a Persian sentence keeps its left-to-right order.
void TestScreens::fileNamesReadLeftToRight()
{
    const QString lre(QChar(0x202A));
    const QString pdf(QChar(0x202C));
    QCOMPARE(Persian::filePath(QStringLiteral(".csv")), lre + QStringLiteral(".csv") + pdf);
    QCOMPARE(Persian::fileFilter(QStringLiteral("فایل اکسل (*.xlsx);;فایل CSV (*.csv)")),
             QStringLiteral("فایل اکسل ") + lre + QStringLiteral("(*.xlsx);;فایل CSV ") + lre + QStringLiteral("(*.csv)"));

    // and Qt's file dialog still reads the patterns after the mark
    QFileDialog files;
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setNameFilter(Persian::fileFilter(QStringLiteral("فایل اکسل (*.xlsx *.csv)")));
    auto *listed = files.findChild<QFileSystemModel *>();
    QVERIFY(listed);
    QCOMPARE(listed->nameFilters(), QStringList({QStringLiteral("*.xlsx"), QStringLiteral("*.csv")}));

    // where a person meets one: the signature image that cannot be read
    ItemTypeEditor editor;
    editor.attach(session(QStringLiteral("staff")));
    QSignalSpy failed(&editor, &ItemTypeEditor::failed);
    const QString missing = m_t->dir() + QStringLiteral("/نیست/signature.png");
    editor.setSignatureFile(missing);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(Persian::filePath(missing)), qPrintable(message));
}

// Qt's preview writes zoom and pages with Latin digits; Vafa's shows and reads Persian ones.
void TestScreens::printPreviewShowsPersianDigits()
{
    QPrintPreviewDialog dialog;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [](QPrinter *printer) {
        QPainter painter(printer);
        for (int page = 0; page < 12; ++page) {
            if (page > 0)
                printer->newPage();
            painter.drawText(100, 100, QString::number(page + 1));
        }
    });
    PrintPreviewDigits::apply(&dialog);
    dialog.show();
    QCoreApplication::processEvents();
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    auto *zoom = dialog.findChild<QComboBox *>();
    QVERIFY(preview && zoom);
    QTRY_COMPARE(preview->pageCount(), 12);
    QLineEdit *page = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (edit != zoom->lineEdit())
            page = edit;
    QVERIFY(page);
    QCOMPARE(page->text(), QStringLiteral("۱"));
    QVERIFY2(!hasLatinDigit(zoom->lineEdit()->text()), qPrintable(zoom->lineEdit()->text()));
    for (int i = 0; i < zoom->count(); ++i)
        QVERIFY2(!hasLatinDigit(zoom->itemText(i)), qPrintable(zoom->itemText(i)));
    for (QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY2(!hasLatinDigit(label->text()), qPrintable(label->text()));

    // the page box takes Persian and Latin digits and shows Persian
    page->selectAll();
    QTest::keyClicks(page, QStringLiteral("11"));
    QCOMPARE(page->text(), QStringLiteral("۱۱"));
    QTest::keyClick(page, Qt::Key_Return);
    QCOMPARE(preview->currentPage(), 11);

    // the zoom box likewise
    zoom->lineEdit()->selectAll();
    QTest::keyClicks(zoom->lineEdit(), QStringLiteral("200"));
    QTest::keyClick(zoom->lineEdit(), Qt::Key_Return);
    QVERIFY2(qFuzzyCompare(preview->zoomFactor(), 2.0), qPrintable(QString::number(preview->zoomFactor())));
    QVERIFY2(!hasLatinDigit(zoom->lineEdit()->text()), qPrintable(zoom->lineEdit()->text()));
    zoom->setCurrentIndex(zoom->findText(QStringLiteral("۵۰٪")));
    QVERIFY2(qFuzzyCompare(preview->zoomFactor(), 0.5), qPrintable(QString::number(preview->zoomFactor())));

    // and the preview Vafa opens is made so
    const Session staff = session(QStringLiteral("staff"));
    MainWindow window(staff, Workspace::sections(staff));
    auto *documents = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")));
    QVERIFY(documents);
    documents->reload();
    QString error;
    std::unique_ptr<QPrintPreviewDialog> vafa(StaffActions::makePreview(staff, documents->model()->idAt(0), false, nullptr, &error));
    QVERIFY2(vafa, qPrintable(error));
    vafa->show();
    QCoreApplication::processEvents();
    for (QLineEdit *edit : vafa->findChildren<QLineEdit *>())
        QVERIFY2(!hasLatinDigit(edit->text()), qPrintable(edit->text()));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
