#include "ui/shell/MainWindow.h"

#include "models/core/Store.h"
#include "models/persian/Digits.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/WindowGeometry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(const Session &session, QVector<Section> sections, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_sections(std::move(sections))
    , m_pages(m_sections.size(), nullptr)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vafa — %1").arg(m_session.displayName));
    m_nav->setObjectName(QStringLiteral("navigationListWidget"));
    m_nav->setMinimumWidth(200);
    m_nav->setMaximumWidth(260);
    m_nav->setSpacing(2);
    for (const Section &s : std::as_const(m_sections)) {
        auto *item = new QListWidgetItem(s.title, m_nav);
        item->setData(Qt::UserRole, s.key);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
        m_stack->addWidget(new QWidget(m_stack)); // placeholder until the page is first opened
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    if (m_session.store && m_session.store->isReadOnly()) {
        // said where the work is, not only in a status bar: every save will be refused
        auto *central = new QWidget(this);
        auto *column = new QVBoxLayout(central);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        auto *notice = new QLabel(tr("This company's file is open read-only: you can look, search and print, "
                                     "but nothing can be saved. Ask whoever manages the file for write access."),
                                  central);
        notice->setObjectName(QStringLiteral("readOnlyNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 8px 12px; "
                                             "border-bottom: 1px solid #e0c97a; }"));
        column->addWidget(notice);
        column->addWidget(splitter, 1);
        setCentralWidget(central);
    } else {
        setCentralWidget(splitter);
    }

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    buildMenus();
    buildStatusBar();
    if (!m_sections.isEmpty()) {
        // The opening page is built just after the window's first paint (see eventFilter): the
        // window appears before any page has made its widgets or read its list.
        const QSignalBlocker quiet(m_nav);
        m_nav->setCurrentRow(0);
        m_stack->widget(0)->installEventFilter(this);
    }
    resize(1280, 720); // within WindowGeometry::kLaptop: a 1366×768 screen and its taskbar
    WindowGeometry::keep(this, QStringLiteral("mainWindow"));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_pages.isEmpty() && watched == m_stack->widget(0) && !m_pages[0]) {
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(this, [this] { showSection(m_nav->currentRow()); }, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportList = file->addAction(tr("&Export list to Excel…"));
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportList, &QAction::triggered, this, [this] {
        if (auto *list = qobject_cast<ListPage *>(currentPage()))
            list->exportToExcel();
    });
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find in list"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *search = currentPage() ? currentPage()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")) : nullptr) {
            search->setFocus();
            search->selectAll();
        }
    });
    for (int i = 0; i < m_sections.size() && i < 9; ++i) {
        QAction *go = view->addAction(m_sections.at(i).title);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = QLocale().language() == QLocale::Persian ? QStringLiteral("fa") : QStringLiteral("en");
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("fa"), QStringLiteral("فارسی")},
                                                      {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { emit languageChangeRequested(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Vafa"));
    connect(about, &QAction::triggered, this, [this] {
        // the version in the reader's digits, as it is: %L1 cannot format "0.1.0"
        QMessageBox::about(this, tr("About Vafa"),
                           tr("Vafa %1 — customer and agent club.\nThe Vazirmatn font is used under the SIL Open Font License 1.1.")
                               .arg(Persian::toReadersDigits(QCoreApplication::applicationVersion())));
    });
}

void MainWindow::buildStatusBar()
{
    const QString mode = m_session.central ? tr("Central server") : tr("Standalone");
    QString kind;
    if (m_session.kind == UserKind::Staff)
        kind = tr("Staff");
    else if (m_session.kind == UserKind::Agent)
        kind = tr("Agent club");
    else if (m_session.kind == UserKind::Supplier)
        kind = tr("Supplier club");
    else
        kind = tr("Customer club");
    auto *modeLabel = new QLabel(tr("Mode: %1").arg(mode), this);
    modeLabel->setObjectName(QStringLiteral("modeLabel"));
    auto *userLabel = new QLabel(this);
    PlainText::show(userLabel, tr("%1 (%2)").arg(m_session.displayName, kind), PlainText::kLabelWidth);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(userLabel);
    statusBar()->addPermanentWidget(modeLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    setConnectionLost(false);
}

void MainWindow::setConnectionLost(bool lost)
{
    if (!m_session.central) {
        m_connectionLabel->setText(tr("Local database"));
        return;
    }
    if (lost) {
        m_connectionLabel->setText(tr("Connection lost — trying again…"));
        m_connectionLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    } else {
        PlainText::show(m_connectionLabel, tr("Server: %1").arg(m_session.serverName), PlainText::kLabelWidth);
        m_connectionLabel->setStyleSheet(QString());
    }
}

QStringList MainWindow::sectionKeys() const
{
    QStringList keys;
    for (const Section &s : m_sections)
        keys << s.key;
    return keys;
}

void MainWindow::showSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    if (!m_pages[index]) {
        QWidget *placeholder = m_stack->widget(index);
        QWidget *page = m_sections[index].build(m_stack);
        page->setObjectName(m_sections[index].key + QStringLiteral("Page"));
        m_stack->insertWidget(index, page);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_pages[index] = page;
        // a list that fails to read is told to whoever watches the connection; queued, so the
        // check runs after the failed read has returned
        QList<ListPage *> lists = page->findChildren<ListPage *>();
        if (auto *list = qobject_cast<ListPage *>(page))
            lists << list;
        for (ListPage *list : std::as_const(lists))
            connect(list->model(), &PagedListModel::queryFailed, this, &MainWindow::listQueryFailed, Qt::QueuedConnection);
    }
    m_stack->setCurrentIndex(index);
}

QWidget *MainWindow::openSection(const QString &key)
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i].key == key) {
            m_nav->setCurrentRow(i);
            showSection(i); // also when the row was already current but its page not yet built
            return m_pages[i];
        }
    }
    return nullptr;
}

QWidget *MainWindow::currentPage() const
{
    const int i = m_nav->currentRow();
    return i >= 0 ? m_pages[i] : nullptr;
}
