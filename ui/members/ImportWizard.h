#pragma once
#include "models/core/TabularImport.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

class ImportPlanModel;
namespace Ui {
class BulkMappingPage;
class BulkPreviewPage;
class BulkSummaryPage;
}

// What the spreadsheet import wizards share (the club's bulk user wizard and the identities
// import): the mapping, preview and summary pages and the error file. The pages only gather
// choices and show results; the TabularImport behind the wizard validates, writes all or
// nothing and makes the files.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    // `geometryKey`: where the window's size is kept (WindowGeometry).
    ImportWizard(const QString &geometryKey, QWidget *parent = nullptr);
    ~ImportWizard() override;

    virtual TabularImport &tabularImport() = 0;
    // The preview's column for what a row is known by: "Username", "Customer number or national ID".
    virtual QString keyTitle() const = 0;
    virtual bool keyIsNumber() const { return false; } // shown in the reader's digits

    // The error file: every row not written, with why. An empty path asks where; false when
    // nothing was saved (the reason has been shown, or the person cancelled).
    bool saveErrorFile(const QString &path = {});

protected:
    QString askPath(const QString &title, const QString &suggested, const QString &filter);
    void report(bool ok, const QString &path, const QString &error);
    bool saveFile(const QString &path, const std::function<bool(const QString &path, QString *error)> &write);
};

// Which column fills which field, a value for empty cells, and saved mappings. The rules box
// (usernames and passwords) is hidden unless a subclass uses it.
class ImportMappingPage : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    ~ImportMappingPage() override;
    void initializePage() override;
    bool validatePage() override;

protected:
    ImportWizard *m_wizard;
    std::unique_ptr<Ui::BulkMappingPage> m_ui;

private:
    QHash<QString, QString> mapping() const;
    void showMapping(const QHash<QString, QString> &mapping);
    void showSavedNames(const QString &current);
};

// What will happen to each row, before anything is written; Import writes (progress, Cancel).
class ImportPreviewPage : public QWizardPage
{
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;
    // Import is offered only when it would write something.
    bool isComplete() const override { return m_toWrite > 0; }
    void initializePage() override;
    bool validatePage() override; // runs the import

private:
    void filterRows();
    ImportWizard *m_wizard;
    std::unique_ptr<Ui::BulkPreviewPage> m_ui;
    ImportPlanModel *m_model;
    bool m_cancelled = false;
    int m_toWrite = 0; // rows to create or update in the current plan
};

// What happened, and the files to keep. The credentials and letters buttons are hidden unless
// a subclass uses them.
class ImportSummaryPage : public QWizardPage
{
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    ~ImportSummaryPage() override;
    void initializePage() override;
    void showSaved(const QString &text);

protected:
    ImportWizard *m_wizard;
    std::unique_ptr<Ui::BulkSummaryPage> m_ui;
};
