#pragma once
// «گزارش مانده حساب مشتریان»: every customer with approved items, their debit, credit and
// balance (BalanceRepository), searchable, sortable and exportable; below it the statement of
// the selected customer with its running balance, which can be printed or saved as a PDF.
// Balances read as a ledger writes them: the amount without a sign and «بدهکار» / «بستانکار» /
// «بی‌حساب» beside it.
#include "ui/shell/Session.h"

#include <QWidget>

#include <memory>

class ListPage;
class QCheckBox;
class QLabel;

class BalancesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BalancesPage(const Session &session, QWidget *parent = nullptr);

    ListPage *report() const { return m_report; }
    ListPage *statement() const { return m_statement; }

private:
    void showStatementOfSelected();
    // The statement of one customer through the print service (reports/); an error to show, or
    // an empty string (also when the person cancelled).
    QString printStatement(const QString &identityId);
    QString saveStatementPdf(const QString &identityId);

    Session m_session;
    ListPage *m_report;
    ListPage *m_statement;
    QLabel *m_statementTitle;
    QCheckBox *m_nonZero;
    std::shared_ptr<QString> m_identityId; // the statement's customer, read by its spec factory
};
