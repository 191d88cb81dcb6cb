#include "ui/members/BulkUserWizard.h"

#include "models/club/ClubMemberRepository.h"
#include "models/club/ClubUserImport.h"
#include "models/persian/Bidi.h"
#include "models/core/SettingsRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/shell/Labels.h"
#include "ui/shell/SectionKit.h"
#include "ui/members/CredentialLetters.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"
#include "ui/widgets/WindowGeometry.h"
#include "ui/widgets/WizardArrows.h"
#include "ui_BulkSourcePage.h"
#include "ui_BulkMappingPage.h"
#include "ui_BulkSummaryPage.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>

using Import = ClubUserImport;

namespace {


// The identity picker's columns: those of IdentityRepository::list().
QVector<ListColumn> pickerColumns()
{
    using namespace SectionKit;
    return {text(BulkUserWizard::tr("Name")), text(BulkUserWizard::tr("Customer number")),
            label(BulkUserWizard::tr("Profile"), Labels::profileTypes()),
            label(BulkUserWizard::tr("Kind"), Labels::identityKinds()), text(BulkUserWizard::tr("National ID")),
            text(BulkUserWizard::tr("Mobile")), text(BulkUserWizard::tr("City")),
            of(BulkUserWizard::tr("Created"), ColumnKind::DateTime)};
}

// Page 1: who gets an account, and what to do with accounts that exist.
class SourcePage final : public QWizardPage
{
public:
    explicit SourcePage(BulkUserWizard *wizard) : m_wizard(wizard)
    {
        m_ui.setupUi(this);
        Store *store = wizard->session().store;
        m_picker = new ListPage(store->db(), pickerColumns(),
                                [store](const QString &search, const QString &profile) {
                                    return ClubMemberRepository(*store).identitiesWithoutAccount(search, profile);
                                },
                                SectionKit::filtersFrom(BulkUserWizard::tr("All identities"), Labels::profileTypes(),
                                                        {QStringLiteral("customer"), QStringLiteral("agent"),
                                                         QStringLiteral("supplier")}),
                                m_ui.identitiesPage);
        m_picker->setObjectName(QStringLiteral("identityPicker"));
        m_picker->setTitle(BulkUserWizard::tr("Identities without a club account"));
        m_picker->filterCombo()->setCurrentIndex(wizard->kind() == ClubKind::Agent ? 2 : 1);
        // checking rows: a click adds the row to the choice or takes it out
        m_picker->table()->setSelectionMode(QAbstractItemView::MultiSelection);
        m_ui.identitiesLayout->addWidget(m_picker, 1);
        connect(m_picker->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &QWizardPage::completeChanged);
        connect(m_picker->model(), &QAbstractItemModel::modelReset, this, &QWizardPage::completeChanged);
        connect(m_ui.identitiesRadio, &QRadioButton::toggled, this, [this](bool identities) {
            m_ui.sourceStack->setCurrentIndex(identities ? 0 : 1);
            emit completeChanged();
        });
        connect(m_ui.fileEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_ui.browseButton, &QPushButton::clicked, this, [this] {
            const QString path = Ask::openFile(this, BulkUserWizard::tr("Users file"), QDir::homePath(),
                                               BulkUserWizard::tr("Spreadsheets (*.xlsx *.csv)"));
            if (!path.isEmpty())
                m_ui.fileEdit->setText(QDir::toNativeSeparators(path));
        });
        connect(m_ui.updateRadio, &QRadioButton::toggled, this, &SourcePage::showFillOnlyEmpty);
        connect(m_ui.upsertRadio, &QRadioButton::toggled, this, &SourcePage::showFillOnlyEmpty);
        showFillOnlyEmpty();
    }

    void initializePage() override { m_picker->reload(); }

    bool isComplete() const override
    {
        if (m_ui.fileRadio->isChecked())
            return !m_ui.fileEdit->text().trimmed().isEmpty();
        return m_picker->table()->selectionModel()->hasSelection();
    }

    bool validatePage() override
    {
        Import &import = m_wizard->import();
        if (m_ui.fileRadio->isChecked()) {
            QString error;
            if (!import.loadFile(QDir::fromNativeSeparators(m_ui.fileEdit->text().trimmed()), &error)) {
                Ask::warn(this, title(), error);
                return false;
            }
        } else {
            QStringList ids;
            const QModelIndexList rows = m_picker->table()->selectionModel()->selectedRows();
            for (const QModelIndex &row : rows)
                ids << m_picker->model()->idAt(row.row());
            ids.removeAll(QString());
            import.loadIdentities(ids);
        }
        Import::Options options = import.options();
        options.kind = m_wizard->kind();
        options.mode = m_ui.updateRadio->isChecked() ? Import::Mode::Update
            : m_ui.upsertRadio->isChecked()          ? Import::Mode::Upsert
                                                     : Import::Mode::Add;
        options.fillOnlyEmpty = options.mode != Import::Mode::Add && m_ui.fillOnlyEmptyCheck->isChecked();
        import.setOptions(options);
        return true;
    }

    bool fromIdentities() const { return m_ui.identitiesRadio->isChecked(); }

private:
    void showFillOnlyEmpty() { m_ui.fillOnlyEmptyCheck->setEnabled(!m_ui.addRadio->isChecked()); }

    BulkUserWizard *m_wizard;
    Ui::BulkSourcePage m_ui;
    ListPage *m_picker;
};

// Page 2: the shared mapping page, with how usernames and passwords are made.
class MappingPage final : public ImportMappingPage
{
public:
    explicit MappingPage(BulkUserWizard *wizard) : ImportMappingPage(wizard), m_bulk(wizard)
    {
        m_ui->retranslateUi(this); // the form's own title, which speaks of usernames and passwords
        m_ui->rulesGroup->show();
        connect(m_ui->usernameRuleCombo, &QComboBox::currentIndexChanged, this, &MappingPage::showPrefix);
    }

    void initializePage() override
    {
        ImportMappingPage::initializePage();
        // a selection of identities has no username or password columns to take them from
        const bool identities = static_cast<SourcePage *>(wizard()->page(BulkUserWizard::SourcePage))->fromIdentities();
        m_ui->usernameRuleCombo->setCurrentIndex(identities ? int(Import::UsernameRule::CustomerNumber)
                                                            : int(Import::UsernameRule::Column));
        m_ui->passwordRuleCombo->setCurrentIndex(int(Import::PasswordRule::Random));
        m_ui->passwordRuleCombo->setEnabled(!identities);
        showPrefix();
    }

    bool validatePage() override
    {
        ImportMappingPage::validatePage();
        Import &import = m_bulk->import();
        Import::Options options = import.options();
        options.usernameRule = Import::UsernameRule(m_ui->usernameRuleCombo->currentIndex());
        options.usernamePrefix = m_ui->prefixEdit->text().trimmed();
        options.passwordRule = Import::PasswordRule(m_ui->passwordRuleCombo->currentIndex());
        import.setOptions(options);
        return true;
    }

private:
    void showPrefix()
    {
        // the prefix goes before every rule's username; the running number needs one
        m_ui->prefixEdit->setPlaceholderText(m_ui->usernameRuleCombo->currentIndex() == int(Import::UsernameRule::Pattern)
                                                 ? QStringLiteral("club-")
                                                 : QString());
    }

    BulkUserWizard *m_bulk;
};

// Page 4: the shared summary, with the credentials file and letters.
class SummaryPage final : public ImportSummaryPage
{
public:
    explicit SummaryPage(BulkUserWizard *wizard) : ImportSummaryPage(wizard), m_bulk(wizard)
    {
        m_ui->saveCredentialsButton->show();
        m_ui->saveLettersButton->show();
        connect(m_ui->saveCredentialsButton, &QPushButton::clicked, this, [this] { m_bulk->saveCredentialsFile(); });
        connect(m_ui->saveLettersButton, &QPushButton::clicked, this, [this] { m_bulk->saveLetters(); });
    }

    void initializePage() override
    {
        ImportSummaryPage::initializePage();
        const Import::Summary &s = m_bulk->import().summary();
        setTitle(s.written ? BulkUserWizard::tr("The accounts were written") : BulkUserWizard::tr("Nothing was written"));
        m_ui->saveCredentialsButton->setEnabled(s.written && s.created + s.updated > 0);
        m_ui->saveLettersButton->setEnabled(s.written && s.created + s.updated > 0);
    }

private:
    BulkUserWizard *m_bulk;
};

} // namespace

BulkUserWizard::BulkUserWizard(const Session &session, ClubKind kind, QWidget *parent)
    : ImportWizard(QStringLiteral("bulkUserWizard"), parent), m_session(session), m_kind(kind),
      m_import(std::make_unique<ClubUserImport>(*session.store, session.actor()))
{
    setWindowTitle(kind == ClubKind::Agent ? tr("Create agent accounts in bulk") : tr("Create customer accounts in bulk"));
    setPage(SourcePage, new ::SourcePage(this));
    setPage(MappingPage, new ::MappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(SummaryPage, new ::SummaryPage(this));
}

BulkUserWizard::~BulkUserWizard() = default;

TabularImport &BulkUserWizard::tabularImport() { return *m_import; }

QString BulkUserWizard::keyTitle() const { return tr("Username"); }

bool BulkUserWizard::saveCredentialsFile(const QString &given)
{
    return saveFile(!given.isEmpty() ? given
                                     : askPath(tr("Save the credentials file"), QStringLiteral("credentials.csv"),
                                               tr("CSV file (*.csv);;Excel workbook (*.xlsx)")),
                    [this](const QString &path, QString *error) { return m_import->writeCredentialsFile(path, error); });
}

bool BulkUserWizard::saveLetters(const QString &given)
{
    QList<CredentialLetters::Letter> letters;
    using A = Import::RowPlan::Action;
    if (m_import->summary().written) {
        for (const Import::RowPlan &p : m_import->plans())
            if ((p.action == A::Create || p.action == A::Update) && !p.password.isEmpty())
                letters.append({p.displayName, p.username, p.password});
    }
    if (letters.isEmpty())
        return false;
    const QString path = !given.isEmpty() ? given
                                          : askPath(tr("Save credential letters"), QStringLiteral("credential-letters.pdf"),
                                                    tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    CredentialLetters::Sender sender;
    sender.clubAddress = ClubSettings(*m_session.store).clubAddress();
    if (const auto company = SettingsRepository(*m_session.store).company()) {
        sender.company = company->name;
        if (sender.clubAddress.isEmpty())
            sender.clubAddress = company->address;
    }
    QProgressDialog progress(tr("Writing credential letters…"), tr("Cancel"), 0, int(letters.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const PrintService::BatchResult result = CredentialLetters::writePdf(
        letters, sender, path, [&progress](int done, int) { progress.setValue(done); },
        [&progress] { return progress.wasCanceled(); });
    progress.reset();
    if (result.cancelled)
        return false;
    report(result.ok(), path, result.errors.join(QLatin1Char('\n')));
    return result.ok();
}
