#include "ui/members/ImportWizard.h"

#include "models/persian/Bidi.h"
#include "ui/members/ImportPlanModel.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"
#include "ui/widgets/WindowGeometry.h"
#include "ui/widgets/WizardArrows.h"
#include "ui_BulkMappingPage.h"
#include "ui_BulkPreviewPage.h"
#include "ui_BulkSummaryPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

ImportWizard::ImportWizard(const QString &geometryKey, QWidget *parent) : QWizard(parent)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(900, 640);
    WindowGeometry::keep(this, geometryKey);
    WizardArrows::apply(this);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::askPath(const QString &title, const QString &suggested, const QString &filter)
{
    return Ask::saveFile(this, title, QDir::home().filePath(suggested), filter);
}

void ImportWizard::report(bool ok, const QString &path, const QString &error)
{
    if (!ok) {
        Ask::warn(this, windowTitle(), error);
        return;
    }
    for (int id : pageIds())
        if (auto *summary = dynamic_cast<ImportSummaryPage *>(page(id)))
            summary->showSaved(tr("Saved: %1").arg(Persian::filePath(path)));
}

bool ImportWizard::saveFile(const QString &path, const std::function<bool(const QString &, QString *)> &write)
{
    if (path.isEmpty())
        return false;
    QString error;
    const bool ok = write(path, &error);
    report(ok, path, error);
    return ok;
}

bool ImportWizard::saveErrorFile(const QString &given)
{
    const bool xlsx = tabularImport().data().format == TabularData::Format::Xlsx;
    return saveFile(!given.isEmpty() ? given
                                     : askPath(tr("Save the error file"), xlsx ? QStringLiteral("errors.xlsx") : QStringLiteral("errors.csv"),
                                               xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)")),
                    [this](const QString &path, QString *error) { return tabularImport().writeErrorFile(path, error); });
}

// Mapping ------------------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : m_wizard(wizard), m_ui(std::make_unique<Ui::BulkMappingPage>())
{
    m_ui->setupUi(this);
    m_ui->rulesGroup->hide();
    setTitle(ImportWizard::tr("Columns"));
    setSubTitle(ImportWizard::tr("Say which column fills each field, and a value for cells that are empty."));
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels(
        {ImportWizard::tr("Field"), ImportWizard::tr("Column of the source"), ImportWizard::tr("Value when empty")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_ui->autoMatchButton, &QPushButton::clicked, this, [this] { showMapping(m_wizard->tabularImport().autoMapping()); });
    connect(m_ui->loadMappingButton, &QPushButton::clicked, this, [this] {
        if (!m_ui->savedMappingCombo->currentText().isEmpty())
            showMapping(m_wizard->tabularImport().savedMapping(m_ui->savedMappingCombo->currentText()));
    });
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->mappingNameEdit->text().trimmed();
        if (name.isEmpty()) {
            m_ui->mappingNameEdit->setFocus();
            return;
        }
        if (!m_wizard->tabularImport().saveMapping(name, mapping()))
            Ask::warn(this, title(), ImportWizard::tr("The mapping could not be saved."));
        showSavedNames(name);
    });
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage()
{
    TabularImport &import = m_wizard->tabularImport();
    const QStringList keys = import.fieldKeys();
    const QHash<QString, QString> defaults = import.defaults();
    m_ui->mappingTable->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        auto *field = new QTableWidgetItem(import.fieldTitle(keys.at(r)));
        field->setData(Qt::UserRole, keys.at(r));
        field->setFlags(Qt::ItemIsEnabled);
        m_ui->mappingTable->setItem(r, 0, field);
        auto *column = new QComboBox;
        column->setObjectName(QStringLiteral("column_") + keys.at(r));
        column->addItem(ImportWizard::tr("(not in the source)"), QString());
        for (const QString &h : import.data().headers)
            column->addItem(h, h);
        m_ui->mappingTable->setCellWidget(r, 1, column);
        auto *fallback = new QLineEdit(defaults.value(keys.at(r)));
        fallback->setObjectName(QStringLiteral("default_") + keys.at(r));
        m_ui->mappingTable->setCellWidget(r, 2, fallback);
    }
    showMapping(import.mapping());
    showSavedNames(QString());
}

bool ImportMappingPage::validatePage()
{
    m_wizard->tabularImport().setMapping(mapping());
    QHash<QString, QString> defaults;
    for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r) {
        const QString value = static_cast<QLineEdit *>(m_ui->mappingTable->cellWidget(r, 2))->text().trimmed();
        if (!value.isEmpty())
            defaults.insert(m_ui->mappingTable->item(r, 0)->data(Qt::UserRole).toString(), value);
    }
    m_wizard->tabularImport().setDefaults(defaults);
    return true;
}

QHash<QString, QString> ImportMappingPage::mapping() const
{
    QHash<QString, QString> m;
    for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r) {
        const QString header = static_cast<QComboBox *>(m_ui->mappingTable->cellWidget(r, 1))->currentData().toString();
        if (!header.isEmpty())
            m.insert(m_ui->mappingTable->item(r, 0)->data(Qt::UserRole).toString(), header);
    }
    return m;
}

void ImportMappingPage::showMapping(const QHash<QString, QString> &mapping)
{
    for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r) {
        auto *column = static_cast<QComboBox *>(m_ui->mappingTable->cellWidget(r, 1));
        const int at = column->findData(mapping.value(m_ui->mappingTable->item(r, 0)->data(Qt::UserRole).toString()));
        column->setCurrentIndex(qMax(0, at));
    }
}

void ImportMappingPage::showSavedNames(const QString &current)
{
    m_ui->savedMappingCombo->clear();
    m_ui->savedMappingCombo->addItems(m_wizard->tabularImport().savedMappingNames());
    m_ui->savedMappingCombo->setCurrentText(current);
    m_ui->loadMappingButton->setEnabled(m_ui->savedMappingCombo->count() > 0);
}

// Preview ------------------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : m_wizard(wizard), m_ui(std::make_unique<Ui::BulkPreviewPage>())
{
    m_ui->setupUi(this);
    m_model = new ImportPlanModel(this);
    m_ui->previewTable->setModel(m_model);
    TableLook::apply(m_ui->previewTable);
    m_ui->previewTable->verticalHeader()->hide();
    setButtonText(QWizard::NextButton, ImportWizard::tr("&Import"));
    connect(m_ui->onlyProblemsCheck, &QCheckBox::toggled, this, &ImportPreviewPage::filterRows);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    // a file whose every row fails can still hand back its reasons, without an import
    connect(m_ui->saveProblemsButton, &QPushButton::clicked, this, [this] { m_wizard->saveErrorFile(); });
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    TabularImport &import = m_wizard->tabularImport();
    import.preview();
    const QList<ImportRow> plans = import.rowPlans();
    m_model->setKeyTitle(m_wizard->keyTitle());
    m_model->setKeyInReadersDigits(m_wizard->keyIsNumber());
    m_model->setPlans(plans);
    TableLook::fitColumns(m_ui->previewTable);
    const TabularImport::Summary &s = import.summary();
    QString text = ImportWizard::tr("To create: %1. To update: %2. To skip: %3. With errors: %4.")
                       .arg(s.created)
                       .arg(s.updated)
                       .arg(s.skipped)
                       .arg(s.errors);
    if (s.errors > 0)
        text += QLatin1Char(' ')
            + ImportWizard::tr("While any row has an error nothing will be written; go on to save the error file, "
                               "correct it and start again.");
    for (const QString &warning : s.warnings)
        text += QLatin1Char(' ') + warning;
    m_ui->summaryLabel->setText(text);
    m_toWrite = s.created + s.updated;
    m_ui->nothingToWriteLabel->setText(
        ImportWizard::tr("Import is not available: no row would be created or updated. Save the error file to see "
                         "why, correct the source and start again."));
    m_ui->nothingToWriteLabel->setVisible(m_toWrite == 0);
    m_ui->saveProblemsButton->setVisible(s.errors + s.skipped > 0);
    m_ui->onlyProblemsCheck->setChecked(s.errors + s.skipped > 0);
    filterRows();
    emit completeChanged();
}

bool ImportPreviewPage::validatePage()
{
    if (m_toWrite == 0) // the button is disabled; wizard().next() from code must not import either
        return false;
    m_cancelled = false;
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->cancelImportButton->show();
    const QList<QWizard::WizardButton> buttons{QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton};
    for (QWizard::WizardButton b : buttons)
        wizard()->button(b)->setEnabled(false);
    m_wizard->tabularImport().run([this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
        QCoreApplication::processEvents();
        return !m_cancelled;
    });
    for (QWizard::WizardButton b : buttons)
        wizard()->button(b)->setEnabled(true);
    m_ui->progressBar->hide();
    m_ui->cancelImportButton->hide();
    return true;
}

void ImportPreviewPage::filterRows()
{
    const bool only = m_ui->onlyProblemsCheck->isChecked();
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_ui->previewTable->setRowHidden(r, only && !m_model->isProblem(r));
}

// Summary ------------------------------------------------------------------------------------------

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard) : m_wizard(wizard), m_ui(std::make_unique<Ui::BulkSummaryPage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    m_ui->saveCredentialsButton->hide();
    m_ui->saveLettersButton->hide();
    connect(m_ui->saveErrorsButton, &QPushButton::clicked, this, [this] { m_wizard->saveErrorFile(); });
}

ImportSummaryPage::~ImportSummaryPage() = default;

void ImportSummaryPage::initializePage()
{
    const TabularImport &import = m_wizard->tabularImport();
    const TabularImport::Summary &s = import.summary();
    setTitle(s.written ? ImportWizard::tr("Everything was written") : ImportWizard::tr("Nothing was written"));
    // the counts are of planned rows; when nothing was written only the reason matters
    m_ui->summaryLabel->setText(s.written ? import.summaryText()
                                          : ImportWizard::tr("Rows: %1. With errors: %2.").arg(s.rows).arg(s.errors)
                                                + QLatin1Char(' ') + s.failure);
    m_ui->saveErrorsButton->setEnabled(s.errors + s.skipped > 0); // every row not written, with why
    m_ui->savedLabel->clear();
}

void ImportSummaryPage::showSaved(const QString &text) { m_ui->savedLabel->setText(text); }
