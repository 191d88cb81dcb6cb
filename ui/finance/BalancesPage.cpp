#include "ui/finance/BalancesPage.h"

#include "models/finance/Balances.h"
#include "models/core/Store.h"
#include "ui/shell/Labels.h"
#include "ui/shell/SectionKit.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/PlainText.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace SectionKit;

BalancesPage::BalancesPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_statementTitle(new QLabel(this))
    , m_nonZero(new QCheckBox(tr("Only customers who owe or are owed"), this))
    , m_identityId(std::make_shared<QString>())
{
    Store *store = session.store;
    QCheckBox *nonZero = m_nonZero;
    m_report = new ListPage(store->db(),
                            {text(tr("Customer")), text(tr("Customer number")), of(tr("Debit (rials)"), ColumnKind::Money),
                             of(tr("Credit (rials)"), ColumnKind::Money), of(tr("Balance (rials)"), ColumnKind::Money)},
                            [store, nonZero](const QString &search, const QString &) {
                                BalanceFilter f;
                                f.search = search;
                                f.nonZeroOnly = nonZero->isChecked();
                                return BalanceRepository(*store).report(f);
                            },
                            {}, this);
    m_report->setObjectName(QStringLiteral("balanceReportPage"));
    m_report->setTitle(tr("Customer balances"));
    const std::shared_ptr<QString> identity = m_identityId;
    QHash<QString, QString> kinds = Labels::documentKinds();
    kinds.insert(QStringLiteral("receipt"), tr("Receipt"));
    kinds.insert(QStringLiteral("payment"), tr("Payment"));
    m_statement = new ListPage(store->db(),
                               {of(tr("Date"), ColumnKind::Date), label(tr("Item"), kinds), text(tr("Number")),
                                of(tr("Debit (rials)"), ColumnKind::Money), of(tr("Credit (rials)"), ColumnKind::Money),
                                of(tr("Balance (rials)"), ColumnKind::Money)},
                               [store, identity](const QString &, const QString &) {
                                   return BalanceRepository(*store).statement(*identity);
                               },
                               {}, this);
    m_statement->setObjectName(QStringLiteral("statementPage"));
    m_statement->searchEdit()->hide();
    m_statementTitle->setObjectName(QStringLiteral("statementTitleLabel"));
    m_statementTitle->setText(tr("Choose a customer above to see their statement."));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_statementTitle);
    bottomLayout->addWidget(m_statement, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_report);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nonZero);
    layout->addWidget(splitter, 1);

    m_nonZero->setObjectName(QStringLiteral("nonZeroCheckBox"));
    connect(m_nonZero, &QCheckBox::toggled, m_report, &ListPage::reload);
    connect(m_report->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BalancesPage::showStatementOfSelected);
}

void BalancesPage::showStatementOfSelected()
{
    *m_identityId = m_report->selectedId();
    const int row = m_report->table()->currentIndex().row();
    const auto *model = m_report->model();
    if (m_identityId->isEmpty() || row < 0) {
        m_statementTitle->setText(tr("Choose a customer above to see their statement."));
    } else {
        PlainText::show(m_statementTitle, tr("Statement of %1 — balance %2 rials")
                                              .arg(model->data(model->index(row, 0)).toString(),
                                                   model->data(model->index(row, 4)).toString()),
                        2 * PlainText::kLabelWidth);
    }
    m_statement->reload();
}
