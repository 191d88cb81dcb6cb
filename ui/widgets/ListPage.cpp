#include "ui/widgets/ListPage.h"

#include "models/core/ListExporter.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

ListPage::ListPage(QSqlDatabase db, QVector<ListColumn> columns, SpecFactory factory,
                   QVector<Filter> filters, QWidget *parent)
    : QWidget(parent)
    , m_model(new PagedListModel(std::move(db), std::move(columns), this))
    , m_factory(std::move(factory))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel)
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search (name, number, mobile…)  Ctrl+F"));
    m_search->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filterComboBox"));
    for (const Filter &f : filters)
        m_filter->addItem(f.title, f.key);
    m_filter->setVisible(!filters.isEmpty());
    m_table->setObjectName(QStringLiteral("listTableView"));
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportToolButton"));
    exportButton->setText(tr("Excel"));
    exportButton->setToolTip(tr("Export the whole list to Excel (Ctrl+E)"));
    connect(exportButton, &QToolButton::clicked, this, [this] { exportToExcel(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filter);
    bar->addWidget(m_count);
    bar->addWidget(exportButton);
    m_actions = new QToolBar(this);
    m_actions->setObjectName(QStringLiteral("actionsToolBar"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->hide(); // until the page has actions
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_actions);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    m_table->viewport()->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // sorting is enabled after the first load, see reload()
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    TableLook::apply(m_table); // the cells, rows and columns of every table look alike
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the list's own order until a click
    m_table->horizontalHeader()->setResizeContentsPrecision(60); // measure the first rows only: lists may hold a million
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setTextFormat(Qt::PlainText); // it may quote what was typed into the search
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the muted colour
    m_empty->hide();
    auto *overlay = new QVBoxLayout(m_table->viewport());
    overlay->addWidget(m_empty, 0, Qt::AlignCenter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ListPage::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ListPage::reload);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(m_model->idAt(index.row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) {
                if (m_loaded)
                    m_model->sort(column, order);
            });
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // Rows are read once the page has first painted: counting a million rows must not keep
    // the window from appearing.
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_loaded && !m_loadQueued) {
        m_loadQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (!m_loaded)
                reload();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void ListPage::reload()
{
    m_loaded = true;
    m_model->setSpec(m_factory(m_search->text(), m_filter->currentData().toString()));
    // columns fit the first rows a list shows; a list that opened empty (a statement before a
    // customer is chosen) fits again once it has rows
    if (!m_fittedToRows) {
        TableLook::fitColumns(m_table);
        m_fittedToRows = m_model->rowCount() > 0;
    }
}

void ListPage::updateCount()
{
    const bool unsorted = m_model->spec().newestFirst && m_table->horizontalHeader()->sortIndicatorSection() < 0;
    m_count->setText(unsorted ? tr("%Ln row(s), newest first: narrow the search to sort them", nullptr, m_model->rowCount())
                              : tr("%Ln row(s)", nullptr, m_model->rowCount()));
    const QString typed = m_search->text().trimmed();
    m_empty->setText(typed.isEmpty() ? tr("Nothing to show here yet.")
                                     : tr("Nothing matches «%1».").arg(typed.left(80)));
    m_empty->setVisible(m_loaded && m_model->rowCount() == 0);
}

bool ListPage::exportToExcel(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                                  + (m_title.isEmpty() ? tr("list") : m_title) + QStringLiteral(".xlsx");
        target = Ask::saveFile(this, tr("Export to Excel"), suggested, tr("Excel workbook (*.xlsx)"));
        if (target.isEmpty())
            return false;
    }
    QProgressDialog progress(tr("Writing %Ln row(s)…", nullptr, m_model->rowCount()), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QString error;
    const bool ok = ListExporter::writeXlsx(*m_model, target, m_title,
        [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 100 / total) : 100);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (!ok && path.isEmpty() && !progress.wasCanceled())
        Ask::warn(this, tr("Export to Excel"), error);
    return ok;
}

QString ListPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
}

void ListPage::selectRow(int row)
{
    // not QTableView::selectRow(): in a right-to-left view it looks up the column at the
    // viewport's far edge, finds none, and selects nothing
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QAction *ListPage::addPageAction(const QString &text, const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_actions->insertAction(m_actions->actions().value(0), action);
    m_actions->show();
    return action;
}

QAction *ListPage::addRowAction(const QString &text, const RowAction &handler, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, [this, handler] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        const int row = m_table->currentIndex().row();
        const QString error = handler(id);
        if (!error.isEmpty()) {
            Ask::warn(this, m_title, error);
            return;
        }
        m_model->refresh(); // the row may have moved or left the filter: stay where the user was
        selectRow(qMin(row, m_model->rowCount() - 1));
    });
    auto updateEnabled = [this, action] { action->setEnabled(!selectedId().isEmpty()); };
    connect(m_model, &QAbstractItemModel::modelReset, action, updateEnabled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, action, updateEnabled);
    m_actions->addAction(action);
    m_actions->show();
    m_table->addAction(action);
    addAction(action);
    return action;
}
