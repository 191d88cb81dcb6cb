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
#include "ui/members/ImportPlanModel.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"
#include "ui/widgets/WindowGeometry.h"
#include "ui/widgets/WizardArrows.h"
#include "ui_BulkMappingPage.h"
#include "ui_BulkPreviewPage.h"
#include "ui_BulkSourcePage.h"
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

// Page 2: which column fills which field, a value for empty cells, saved mappings, and how
// usernames and passwords are made.
class MappingPage final : public QWizardPage
{
public:
    explicit MappingPage(BulkUserWizard *wizard) : m_wizard(wizard)
    {
        m_ui.setupUi(this);
        m_ui.mappingTable->setColumnCount(3);
        m_ui.mappingTable->setHorizontalHeaderLabels(
            {BulkUserWizard::tr("Field"), BulkUserWizard::tr("Column of the source"), BulkUserWizard::tr("Value when empty")});
        m_ui.mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_ui.mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        connect(m_ui.autoMatchButton, &QPushButton::clicked, this, [this] { show(m_wizard->import().autoMapping()); });
        connect(m_ui.loadMappingButton, &QPushButton::clicked, this, [this] {
            if (!m_ui.savedMappingCombo->currentText().isEmpty())
                show(m_wizard->import().savedMapping(m_ui.savedMappingCombo->currentText()));
        });
        connect(m_ui.saveMappingButton, &QPushButton::clicked, this, [this] {
            const QString name = m_ui.mappingNameEdit->text().trimmed();
            if (name.isEmpty()) {
                m_ui.mappingNameEdit->setFocus();
                return;
            }
            if (!m_wizard->import().saveMapping(name, mapping()))
                Ask::warn(this, title(), BulkUserWizard::tr("The mapping could not be saved."));
            showSavedNames(name);
        });
        connect(m_ui.usernameRuleCombo, &QComboBox::currentIndexChanged, this, &MappingPage::showPrefix);
    }

    void initializePage() override
    {
        Import &import = m_wizard->import();
        const QStringList keys = Import::fieldKeys();
        m_ui.mappingTable->setRowCount(int(keys.size()));
        for (int r = 0; r < keys.size(); ++r) {
            auto *field = new QTableWidgetItem(Import::fieldTitle(keys.at(r)));
            field->setData(Qt::UserRole, keys.at(r));
            field->setFlags(Qt::ItemIsEnabled);
            m_ui.mappingTable->setItem(r, 0, field);
            auto *column = new QComboBox;
            column->setObjectName(QStringLiteral("column_") + keys.at(r));
            column->addItem(BulkUserWizard::tr("(not in the source)"), QString());
            for (const QString &h : import.data().headers)
                column->addItem(h, h);
            m_ui.mappingTable->setCellWidget(r, 1, column);
            auto *fallback = new QLineEdit(import.options().defaults.value(keys.at(r)));
            fallback->setObjectName(QStringLiteral("default_") + keys.at(r));
            m_ui.mappingTable->setCellWidget(r, 2, fallback);
        }
        show(import.mapping());
        showSavedNames(QString());
        // a selection of identities has no username or password columns to take them from
        const bool identities = static_cast<SourcePage *>(wizard()->page(BulkUserWizard::SourcePage))->fromIdentities();
        m_ui.usernameRuleCombo->setCurrentIndex(identities ? int(Import::UsernameRule::CustomerNumber)
                                                           : int(Import::UsernameRule::Column));
        m_ui.passwordRuleCombo->setCurrentIndex(int(Import::PasswordRule::Random));
        m_ui.passwordRuleCombo->setEnabled(!identities);
        showPrefix();
    }

    bool validatePage() override
    {
        Import &import = m_wizard->import();
        import.setMapping(mapping());
        Import::Options options = import.options();
        options.usernameRule = Import::UsernameRule(m_ui.usernameRuleCombo->currentIndex());
        options.usernamePrefix = m_ui.prefixEdit->text().trimmed();
        options.passwordRule = Import::PasswordRule(m_ui.passwordRuleCombo->currentIndex());
        options.defaults.clear();
        for (int r = 0; r < m_ui.mappingTable->rowCount(); ++r) {
            const QString value = static_cast<QLineEdit *>(m_ui.mappingTable->cellWidget(r, 2))->text().trimmed();
            if (!value.isEmpty())
                options.defaults.insert(m_ui.mappingTable->item(r, 0)->data(Qt::UserRole).toString(), value);
        }
        import.setOptions(options);
        return true;
    }

private:
    QHash<QString, QString> mapping() const
    {
        QHash<QString, QString> m;
        for (int r = 0; r < m_ui.mappingTable->rowCount(); ++r) {
            const QString header = static_cast<QComboBox *>(m_ui.mappingTable->cellWidget(r, 1))->currentData().toString();
            if (!header.isEmpty())
                m.insert(m_ui.mappingTable->item(r, 0)->data(Qt::UserRole).toString(), header);
        }
        return m;
    }

    void show(const QHash<QString, QString> &mapping)
    {
        for (int r = 0; r < m_ui.mappingTable->rowCount(); ++r) {
            auto *column = static_cast<QComboBox *>(m_ui.mappingTable->cellWidget(r, 1));
            const int at = column->findData(mapping.value(m_ui.mappingTable->item(r, 0)->data(Qt::UserRole).toString()));
            column->setCurrentIndex(qMax(0, at));
        }
    }

    void showSavedNames(const QString &current)
    {
        m_ui.savedMappingCombo->clear();
        m_ui.savedMappingCombo->addItems(m_wizard->import().savedMappingNames());
        m_ui.savedMappingCombo->setCurrentText(current);
        m_ui.loadMappingButton->setEnabled(m_ui.savedMappingCombo->count() > 0);
    }

    void showPrefix()
    {
        // the prefix goes before every rule's username; the running number needs one
        m_ui.prefixEdit->setPlaceholderText(m_ui.usernameRuleCombo->currentIndex() == int(Import::UsernameRule::Pattern)
                                                ? QStringLiteral("club-")
                                                : QString());
    }

    BulkUserWizard *m_wizard;
    Ui::BulkMappingPage m_ui;
};

// Page 3: what will happen to each row, before anything is written; Import writes.
class PreviewPage final : public QWizardPage
{
public:
    explicit PreviewPage(BulkUserWizard *wizard) : m_wizard(wizard)
    {
        m_ui.setupUi(this);
        m_model = new ImportPlanModel(this);
        m_ui.previewTable->setModel(m_model);
        TableLook::apply(m_ui.previewTable);
        m_ui.previewTable->verticalHeader()->hide();
        setButtonText(QWizard::NextButton, BulkUserWizard::tr("&Import"));
        connect(m_ui.onlyProblemsCheck, &QCheckBox::toggled, this, &PreviewPage::filterRows);
        connect(m_ui.cancelImportButton, &QPushButton::clicked, this, [this] { m_cancelled = true; });
        // a file whose every row fails can still hand back its reasons, without an import
        connect(m_ui.saveProblemsButton, &QPushButton::clicked, this, [this] { m_wizard->saveErrorFile(); });
    }

    // Import is offered only when it would write something: a plan with no row to create or
    // update would only say "nothing was written" after the person waited for it.
    bool isComplete() const override { return m_toWrite > 0; }

    void initializePage() override
    {
        const QList<Import::RowPlan> &plans = m_wizard->import().preview();
        m_model->setPlans(plans);
        TableLook::fitColumns(m_ui.previewTable);
        int counts[4] = {0, 0, 0, 0};
        for (const Import::RowPlan &p : plans)
            ++counts[int(p.action)];
        using A = Import::RowPlan::Action;
        QString text = BulkUserWizard::tr("To create: %1. To update: %2. To skip: %3. With errors: %4.")
                           .arg(counts[int(A::Create)])
                           .arg(counts[int(A::Update)])
                           .arg(counts[int(A::Skip)])
                           .arg(counts[int(A::Error)]);
        if (counts[int(A::Error)] > 0)
            text += QLatin1Char(' ')
                + BulkUserWizard::tr("While any row has an error nothing will be written; go on to save the error file, "
                                     "correct it and start again.");
        for (const QString &warning : m_wizard->import().summary().warnings)
            text += QLatin1Char(' ') + warning;
        m_ui.summaryLabel->setText(text);
        m_toWrite = counts[int(A::Create)] + counts[int(A::Update)];
        m_ui.nothingToWriteLabel->setText(
            BulkUserWizard::tr("Import is not available: no row would be created or updated. Save the error file to see "
                               "why, correct the source and start again."));
        m_ui.nothingToWriteLabel->setVisible(m_toWrite == 0);
        m_ui.saveProblemsButton->setVisible(counts[int(A::Error)] + counts[int(A::Skip)] > 0);
        m_ui.onlyProblemsCheck->setChecked(counts[int(A::Error)] + counts[int(A::Skip)] > 0);
        filterRows();
        emit completeChanged();
    }

    // Runs the import; the summary page says how it went, written or not.
    bool validatePage() override
    {
        if (m_toWrite == 0) // the button is disabled; wizard().next() from code must not import either
            return false;
        m_cancelled = false;
        m_ui.progressBar->setValue(0);
        m_ui.progressBar->show();
        m_ui.cancelImportButton->show();
        const QList<QWizard::WizardButton> buttons{QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton};
        for (QWizard::WizardButton b : buttons)
            wizard()->button(b)->setEnabled(false);
        m_wizard->import().run([this](int done, int total) {
            m_ui.progressBar->setMaximum(total);
            m_ui.progressBar->setValue(done);
            QCoreApplication::processEvents();
            return !m_cancelled;
        });
        for (QWizard::WizardButton b : buttons)
            wizard()->button(b)->setEnabled(true);
        m_ui.progressBar->hide();
        m_ui.cancelImportButton->hide();
        return true;
    }

private:
    void filterRows()
    {
        const bool only = m_ui.onlyProblemsCheck->isChecked();
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_ui.previewTable->setRowHidden(r, only && !m_model->isProblem(r));
    }

    BulkUserWizard *m_wizard;
    Ui::BulkPreviewPage m_ui;
    ImportPlanModel *m_model;
    bool m_cancelled = false;
    int m_toWrite = 0; // rows to create or update in the current plan
};

// Page 4: what happened, and the files to keep.
class SummaryPage final : public QWizardPage
{
public:
    explicit SummaryPage(BulkUserWizard *wizard) : m_wizard(wizard)
    {
        m_ui.setupUi(this);
        setFinalPage(true);
        connect(m_ui.saveErrorsButton, &QPushButton::clicked, this, [this] { m_wizard->saveErrorFile(); });
        connect(m_ui.saveCredentialsButton, &QPushButton::clicked, this, [this] { m_wizard->saveCredentialsFile(); });
        connect(m_ui.saveLettersButton, &QPushButton::clicked, this, [this] { m_wizard->saveLetters(); });
    }

    void initializePage() override
    {
        const Import::Summary &s = m_wizard->import().summary();
        setTitle(s.written ? BulkUserWizard::tr("The accounts were written")
                           : BulkUserWizard::tr("Nothing was written"));
        // the model's counts are of planned rows; when nothing was written only the reason matters
        m_ui.summaryLabel->setText(s.written ? m_wizard->import().summaryText()
                                             : BulkUserWizard::tr("Rows: %1. With errors: %2.").arg(s.rows).arg(s.errors)
                                                   + QLatin1Char(' ') + s.failure);
        m_ui.saveErrorsButton->setEnabled(s.errors + s.skipped > 0); // every row not written, with why
        m_ui.saveCredentialsButton->setEnabled(s.written && s.created + s.updated > 0);
        m_ui.saveLettersButton->setEnabled(s.written && s.created + s.updated > 0);
        m_ui.savedLabel->clear();
    }

    void showSaved(const QString &text) { m_ui.savedLabel->setText(text); }

private:
    BulkUserWizard *m_wizard;
    Ui::BulkSummaryPage m_ui;
};

} // namespace

BulkUserWizard::BulkUserWizard(const Session &session, ClubKind kind, QWidget *parent)
    : QWizard(parent), m_session(session), m_kind(kind),
      m_import(std::make_unique<ClubUserImport>(*session.store, session.actor()))
{
    setWindowTitle(kind == ClubKind::Agent ? tr("Create agent accounts in bulk") : tr("Create customer accounts in bulk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(900, 640);
    WindowGeometry::keep(this, QStringLiteral("bulkUserWizard"));
    WizardArrows::apply(this);
    setPage(SourcePage, new ::SourcePage(this));
    setPage(MappingPage, new ::MappingPage(this));
    setPage(PreviewPage, new ::PreviewPage(this));
    setPage(SummaryPage, new ::SummaryPage(this));
}

BulkUserWizard::~BulkUserWizard() = default;

QString BulkUserWizard::askPath(const QString &title, const QString &suggested, const QString &filter)
{
    return Ask::saveFile(this, title, QDir::home().filePath(suggested), filter);
}

void BulkUserWizard::report(bool ok, const QString &path, const QString &error)
{
    if (!ok) {
        Ask::warn(this, windowTitle(), error);
        return;
    }
    if (auto *summary = dynamic_cast<::SummaryPage *>(page(SummaryPage)))
        summary->showSaved(tr("Saved: %1").arg(Persian::filePath(path)));
}

bool BulkUserWizard::saveFile(const QString &path, const std::function<bool(const QString &, QString *)> &write)
{
    if (path.isEmpty())
        return false;
    QString error;
    const bool ok = write(path, &error);
    report(ok, path, error);
    return ok;
}

bool BulkUserWizard::saveErrorFile(const QString &given)
{
    const bool xlsx = m_import->data().format == TabularData::Format::Xlsx;
    return saveFile(!given.isEmpty() ? given
                                     : askPath(tr("Save the error file"), xlsx ? QStringLiteral("errors.xlsx") : QStringLiteral("errors.csv"),
                                               xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)")),
                    [this](const QString &path, QString *error) { return m_import->writeErrorFile(path, error); });
}

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
