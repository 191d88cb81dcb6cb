#pragma once
#include "ui/members/ImportWizard.h"
#include "ui/shell/Session.h"

#include <memory>

class IdentityImport;

// «ورود اطلاعات از اکسل» for identities: the file and the mode → the shared mapping, preview
// and summary pages of ImportWizard. IdentityImport validates and writes all or nothing.
class IdentityImportWizard final : public ImportWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, PreviewPage, SummaryPage };

    explicit IdentityImportWizard(const Session &session, QWidget *parent = nullptr);
    ~IdentityImportWizard() override;

    IdentityImport &import() { return *m_import; }
    TabularImport &tabularImport() override;
    QString keyTitle() const override;
    bool keyIsNumber() const override { return true; }

private:
    Session m_session;
    std::unique_ptr<IdentityImport> m_import;
};
