#pragma once
#include "models/core/PagedListModel.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QKeySequence;
class QToolBar;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// One list a person works through: a search box, a filter, a sortable table that stays fast on
// a million rows, and a count. What it lists comes from a repository's ListSpec.
class ListPage final : public QWidget
{
    Q_OBJECT
public:
    struct Filter
    {
        QString key;
        QString title; // already translated
    };
    // Builds the spec for the typed search text (raw, as typed) and the chosen filter key.
    using SpecFactory = std::function<ListSpec(const QString &search, const QString &filterKey)>;

    ListPage(QSqlDatabase db, QVector<ListColumn> columns, SpecFactory factory,
             QVector<Filter> filters = {}, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    PagedListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *filterCombo() const { return m_filter; }
    // Loads the rows; pages call it once they are first shown, so that building a page costs nothing.
    void reload();
    // True once the rows have been read the first time.
    bool isLoaded() const { return m_loaded; }
    // Asks where, then writes the whole list (in the order on screen) to an Excel file, with
    // progress and cancel. `path` skips the question (tests, scripts).
    bool exportToExcel(const QString &path = {});
    void setTitle(const QString &title) { m_title = title; }

    // An action on the selected row: on the page's toolbar and its context menu, enabled while a
    // row is selected. The handler returns an error to show, or an empty string on success; the
    // list reloads after a successful action.
    using RowAction = std::function<QString(const QString &id)>;
    QAction *addRowAction(const QString &text, const RowAction &handler, const QKeySequence &shortcut = {});
    // A page-wide action (not about a row, e.g. «شخص جدید»), first on the page's toolbar.
    QAction *addPageAction(const QString &text, const QKeySequence &shortcut, const QString &objectName);
    QString selectedId() const;
    void selectRow(int row);

signals:
    void activated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    PagedListModel *m_model;
    SpecFactory m_factory;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_empty; // over the table when it has no rows: says so, and why
    QTimer *m_searchDelay;
    QToolBar *m_actions = nullptr;
    bool m_loaded = false;
    bool m_fittedToRows = false;
    bool m_loadQueued = false;
    QString m_title;
};
