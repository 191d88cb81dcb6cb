#pragma once
#include "models/club/ClubSettings.h"
#include "ui/members/ImportWizard.h"
#include "ui/shell/Session.h"

#include <functional>
#include <memory>

class ClubUserImport;

// Bulk creation of club accounts (reference §1.7): from a selection of identities that have
// none, or from an .xlsx/.csv file. The pages only gather choices and show results;
// ClubUserImport validates, writes all or nothing and makes the output files.
//
//   source (identities or file, and the mode) → mapping (columns, defaults, saved mappings,
//   username and password rules) → preview (each row's fate; Import with progress and Cancel)
//   → summary (what happened; error file, credentials file, credential letters as PDF)
class BulkUserWizard final : public ImportWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, PreviewPage, SummaryPage };

    BulkUserWizard(const Session &session, ClubKind kind, QWidget *parent = nullptr);
    ~BulkUserWizard() override;

    const Session &session() const { return m_session; }
    ClubKind kind() const { return m_kind; }
    ClubUserImport &import() { return *m_import; }

    TabularImport &tabularImport() override;
    QString keyTitle() const override;

    // The summary page's files. An empty path asks where; false when nothing was saved (the
    // reason has been shown, or the person cancelled).
    bool saveCredentialsFile(const QString &path = {});
    bool saveLetters(const QString &path = {});

private:

    Session m_session;
    ClubKind m_kind;
    std::unique_ptr<ClubUserImport> m_import;
};
