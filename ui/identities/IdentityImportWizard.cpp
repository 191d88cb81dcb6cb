#include "ui/identities/IdentityImportWizard.h"

#include "models/core/Store.h"
#include "models/identities/IdentityImport.h"
#include "ui/widgets/Ask.h"
#include "ui_IdentityImportSourcePage.h"

#include <QDir>

namespace {

// Page 1: the file, and what to do with identities already there.
class SourcePage final : public QWizardPage
{
public:
    explicit SourcePage(IdentityImportWizard *wizard) : m_wizard(wizard)
    {
        m_ui.setupUi(this);
        connect(m_ui.fileEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_ui.browseButton, &QPushButton::clicked, this, [this] {
            const QString path = Ask::openFile(this, IdentityImportWizard::tr("Identities file"), QDir::homePath(),
                                               IdentityImportWizard::tr("Spreadsheets (*.xlsx *.csv)"));
            if (!path.isEmpty())
                m_ui.fileEdit->setText(QDir::toNativeSeparators(path));
        });
        const auto showFillOnlyEmpty = [this] { m_ui.fillOnlyEmptyCheck->setEnabled(!m_ui.addRadio->isChecked()); };
        connect(m_ui.addRadio, &QRadioButton::toggled, this, showFillOnlyEmpty);
        showFillOnlyEmpty();
    }

    bool isComplete() const override { return !m_ui.fileEdit->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        IdentityImport &import = m_wizard->import();
        QString error;
        if (!import.loadFile(QDir::fromNativeSeparators(m_ui.fileEdit->text().trimmed()), &error)) {
            Ask::warn(this, title(), error);
            return false;
        }
        IdentityImport::Options options = import.options();
        options.mode = m_ui.updateRadio->isChecked() ? TabularImport::Mode::Update
            : m_ui.upsertRadio->isChecked()          ? TabularImport::Mode::Upsert
                                                     : TabularImport::Mode::Add;
        options.fillOnlyEmpty = options.mode != TabularImport::Mode::Add && m_ui.fillOnlyEmptyCheck->isChecked();
        import.setOptions(options);
        return true;
    }

private:
    IdentityImportWizard *m_wizard;
    Ui::IdentityImportSourcePage m_ui;
};

} // namespace

IdentityImportWizard::IdentityImportWizard(const Session &session, QWidget *parent)
    : ImportWizard(QStringLiteral("identityImportWizard"), parent), m_session(session), m_import(std::make_unique<IdentityImport>(*session.store, session.actor()))
{
    setWindowTitle(tr("Import identities"));
    setPage(SourcePage, new ::SourcePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
}

IdentityImportWizard::~IdentityImportWizard() = default;

TabularImport &IdentityImportWizard::tabularImport() { return *m_import; }

QString IdentityImportWizard::keyTitle() const { return tr("Customer number or national ID"); }
