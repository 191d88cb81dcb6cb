#pragma once
// «Print all in this list…»: every document the list shows now (its search and filter), to one
// PDF or one printer job, each starting on a new page, with progress and cancel.
#include "reports/PrintService.h"
#include "ui/shell/Session.h"

#include <QCoreApplication>
#include <QObject>

class ListPage;
class QPrinter;
class QProgressDialog;

class BatchPrint final : public QObject
{
    Q_OBJECT
public:
    BatchPrint(const Session &session, ListPage *page, bool receipts);

    // Asks PDF or printer (and where), then prints. Reports the outcome in a message box.
    void run();
    // The two ways without questions (tests, scripts); the progress dialog is still shown.
    PrintService::BatchResult toPdf(const QString &path);
    PrintService::BatchResult toPrinter(QPrinter *printer);

signals:
    void progressed(int done, int total);

private:
    template<typename Job>
    PrintService::BatchResult withProgress(const Job &job);
    PrintService::Source source() const;
    void report(const PrintService::BatchResult &result, const QString &where);

    Session m_session;
    ListPage *m_page;
    bool m_receipts;
    QStringList m_ids; // taken when the batch starts, so a reload meanwhile does not change it
};
