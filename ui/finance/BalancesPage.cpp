#include "ui/finance/BalancesPage.h"

#include "models/core/Store.h"
#include "models/finance/Balances.h"
#include "models/persian/Money.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"
#include "ui/finance/FinanceFormat.h"
#include "ui/shell/Labels.h"
#include "ui/shell/SectionKit.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/PlainText.h"

#include <QCheckBox>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
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
                            // the balance without a sign, and beside it the side it stands on
                            {text(tr("Customer")), text(tr("Customer number")), of(tr("Debit (%1)").arg(Persian::shownUnitName()), ColumnKind::Money),
                             of(tr("Credit (%1)").arg(Persian::shownUnitName()), ColumnKind::Money), of(tr("Balance (%1)").arg(Persian::shownUnitName()), ColumnKind::Money),
                             label(tr("Debtor / creditor"), FinanceFormat::balanceSides())},
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
                                of(tr("Debit (%1)").arg(Persian::shownUnitName()), ColumnKind::Money), of(tr("Credit (%1)").arg(Persian::shownUnitName()), ColumnKind::Money),
                                of(tr("Balance (%1)").arg(Persian::shownUnitName()), ColumnKind::Money),
                                label(tr("Debtor / creditor"), FinanceFormat::balanceSides())},
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

    // the selected customer's statement on paper, through the one print service
    m_report->addRowAction(tr("&Print statement…"), [this](const QString &id) { return printStatement(id); },
                           QKeySequence::Print)
        ->setObjectName(QStringLiteral("printStatementAction"));
    m_report->addRowAction(tr("Statement as P&DF…"), [this](const QString &id) { return saveStatementPdf(id); })
        ->setObjectName(QStringLiteral("statementPdfAction"));

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
        // «… — مانده ۱٬۲۰۰ ریال بدهکار»: the amount without a sign, the side in words
        PlainText::show(m_statementTitle, tr("Statement of %1 — balance %2 rials, %3")
                                              .arg(model->data(model->index(row, 0)).toString(),
                                                   model->data(model->index(row, 4)).toString(),
                                                   model->data(model->index(row, 5)).toString()),
                        2 * PlainText::kLabelWidth);
    }
    m_statement->reload();
}

QString BalancesPage::printStatement(const QString &identityId)
{
    QString error;
    const auto rendered = TemplateRenderer(*m_session.store).renderStatement(identityId, &error);
    if (!rendered)
        return error;
    QPrintPreviewDialog preview(this);
    PrintService::preparePrinter(preview.printer());
    preview.printer()->setDocName(rendered->title);
    preview.setWindowTitle(rendered->title);
    preview.resize(900, 1000);
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
            [item = rendered->item()](QPrinter *printer) { PrintService::print(item, printer); });
    Ask::exec(&preview);
    return {};
}

QString BalancesPage::saveStatementPdf(const QString &identityId)
{
    QString error;
    const auto rendered = TemplateRenderer(*m_session.store).renderStatement(identityId, &error);
    if (!rendered)
        return error;
    // named by the customer number when there is one
    const QString suggested = PrintService::safeFileName(
        rendered->number.isEmpty() ? QStringLiteral("statement.pdf")
                                   : QStringLiteral("statement-") + rendered->number + QStringLiteral(".pdf"));
    const QString path = Ask::saveFile(this, tr("Save the statement"), QDir::home().filePath(suggested),
                                       tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!PrintService::writePdf(rendered->item(), path, &error))
        return error;
    return {};
}
