#pragma once
#include "ui/shell/LoginDialog.h"
#include "models/core/PagedListModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ListPage.h"

#include <QCoreApplication>

class Store;
struct User;

// Which pages each kind of user works in, and what each page lists. The navigation of the
// main window follows the signed-in user's kind: staff run the back office, customers and
// agents see the club (agents also their own customers).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static Session sessionFor(Store &store, const User &user);
    static QVector<MainWindow::Section> sections(const Session &session);
    // The demo company's sample accounts (empty for a real company's database).
    static QVector<LoginDialog::SampleAccount> sampleAccounts(Store &store);
    // The columns of DocumentRepository::list(), as every document list shows them.
    static QVector<ListColumn> documentColumns();
    static QVector<ListColumn> receiptColumns();
    // "All documents" and each kind of sales document.
    static QVector<ListPage::Filter> documentFilters();
    // `allTitle`, then pending, approved and rejected.
    static QVector<ListPage::Filter> statusFilters(const QString &allTitle);

private:
    static QVector<MainWindow::Section> staffSections(const Session &session);
    static QVector<MainWindow::Section> clubSections(const Session &session);
};
