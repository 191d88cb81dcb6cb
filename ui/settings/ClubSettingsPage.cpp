#include "ui/settings/ClubSettingsPage.h"

#include "models/club/LicenceService.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/core/Store.h"
#include "ui/settings/PageStyle.h"
#include "ui/settings/SettingsLabels.h"
#include "ui/widgets/Ask.h"
#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"
#include "ui_ClubSettingsPage.h"

#include <QFile>
#include <QLocale>
#include <QShortcut>

namespace {

QStringList checkedCodes(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void checkCodes(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
}

void addCheckable(QListWidget *list, const QString &code, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, code);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
}

void selectCode(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(qMax(0, box->findData(code)));
}

}

ClubSettingsPage::ClubSettingsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ClubSettingsPage>())
{
    m_ui->setupUi(this);
    PageStyle::heading(m_ui->titleLabel);
    PageStyle::errorLine(m_ui->errorLabel);
    m_ui->buttonsLayout->setStretchFactor(m_ui->errorLabel, 1);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    m_ui->saveButton->setEnabled(false);
    m_ui->revertButton->setEnabled(false);
    fillChoices();
    // installing a licence changes what the company may do: a system administrator's act
    m_ui->installLicenceButton->setVisible(session.actor().may(Grant::SystemAdmin));
    revert();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ClubSettingsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ClubSettingsPage::revert);
    connect(m_ui->installLicenceButton, &QPushButton::clicked, this, &ClubSettingsPage::installLicence);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        keepBlocks(m_language);
        showBlocks(m_ui->languageComboBox->currentData().toString());
    });

    // any edit enables Save and Revert; checking happens on Save so nothing typed is thrown away
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &ClubSettingsPage::markChanged);
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, &ClubSettingsPage::markChanged);
    for (QComboBox *box : findChildren<QComboBox *>())
        if (box != m_ui->languageComboBox)
            connect(box, &QComboBox::currentIndexChanged, this, &ClubSettingsPage::markChanged);
    for (QListWidget *list : findChildren<QListWidget *>())
        connect(list, &QListWidget::itemChanged, this, &ClubSettingsPage::markChanged);
    for (RichTextEditor *editor : {m_ui->bannerEditor, m_ui->footerEditor})
        connect(editor, &RichTextEditor::changed, this, &ClubSettingsPage::markChanged);
}

ClubSettingsPage::~ClubSettingsPage() = default;

void ClubSettingsPage::fillChoices()
{
    const QList<Category> categories = CategoryRepository(*m_session.store).all();
    for (QComboBox *box : {m_ui->customerCategoryComboBox, m_ui->agentCategoryComboBox, m_ui->agentCreatedCategoryComboBox}) {
        box->addItem(tr("(not set)"), QString());
        for (const Category &c : categories)
            if (c.kind == QLatin1String("database"))
                box->addItem(c.name, c.id);
    }
    const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(*m_session.store).all();
    for (const IdentitySubtype &s : subtypes) {
        // only subtypes of the matching profile type can be offered at sign-up (rule 9)
        if (s.profileType == ProfileType::Customer)
            addCheckable(m_ui->customerSubtypesListWidget, s.id, s.name);
        else if (s.profileType == ProfileType::Agent)
            addCheckable(m_ui->agentSubtypesListWidget, s.id, s.name);
    }
    for (const auto &[code, text] : SettingsLabels::registrationFields()) {
        addCheckable(m_ui->customerMandatoryFieldsListWidget, code, text);
        addCheckable(m_ui->agentMandatoryFieldsListWidget, code, text);
    }
    m_ui->languageComboBox->addItem(tr("Persian"), QStringLiteral("fa"));
    m_ui->languageComboBox->addItem(tr("English"), QStringLiteral("en"));
}

void ClubSettingsPage::showConfiguration(const ClubConfiguration &c)
{
    const QSignalBlocker blockLanguage(m_ui->languageComboBox);
    m_ui->customerModuleCheckBox->setChecked(c.customers.enabled);
    m_ui->agentModuleCheckBox->setChecked(c.agents.enabled);
    selectCode(m_ui->customerCategoryComboBox, c.customers.defaultCategory);
    selectCode(m_ui->agentCategoryComboBox, c.agents.defaultCategory);
    selectCode(m_ui->agentCreatedCategoryComboBox, c.agentCreatedCategory);

    m_ui->customerSelfRegistrationCheckBox->setChecked(c.customers.selfRegistration);
    m_ui->customerHideBalanceCheckBox->setChecked(c.customers.hideBalance);
    checkCodes(m_ui->customerMandatoryFieldsListWidget, c.customers.mandatoryFields);
    checkCodes(m_ui->customerSubtypesListWidget, c.customers.allowedSubtypes);
    m_ui->agentSelfRegistrationCheckBox->setChecked(c.agents.selfRegistration);
    m_ui->agentHideBalanceCheckBox->setChecked(c.agents.hideBalance);
    checkCodes(m_ui->agentMandatoryFieldsListWidget, c.agents.mandatoryFields);
    checkCodes(m_ui->agentSubtypesListWidget, c.agents.allowedSubtypes);

    m_ui->minLengthSpinBox->setValue(c.policy.minLength);
    m_ui->complexityCheckBox->setChecked(c.policy.requireComplexity);
    m_ui->expiryDaysSpinBox->setValue(c.policy.expiryDays);
    m_ui->changeAtFirstSignInCheckBox->setChecked(c.policy.changeAtFirstSignIn);
    m_ui->maxFailedSpinBox->setValue(c.policy.maxFailedAttempts);
    m_ui->lockoutMinutesSpinBox->setValue(c.policy.lockoutMinutes);
    m_ui->sessionMinutesSpinBox->setValue(c.policy.sessionMinutes);

    m_blocks = c.blocks;
    showBlocks(m_language.isEmpty() ? m_ui->languageComboBox->currentData().toString() : m_language);
    showLicence();
}

ClubConfiguration ClubSettingsPage::onScreen() const
{
    ClubConfiguration c;
    c.customers.enabled = m_ui->customerModuleCheckBox->isChecked();
    c.agents.enabled = m_ui->agentModuleCheckBox->isChecked();
    c.customers.defaultCategory = m_ui->customerCategoryComboBox->currentData().toString();
    c.agents.defaultCategory = m_ui->agentCategoryComboBox->currentData().toString();
    c.agentCreatedCategory = m_ui->agentCreatedCategoryComboBox->currentData().toString();

    c.customers.selfRegistration = m_ui->customerSelfRegistrationCheckBox->isChecked();
    c.customers.hideBalance = m_ui->customerHideBalanceCheckBox->isChecked();
    c.customers.mandatoryFields = checkedCodes(m_ui->customerMandatoryFieldsListWidget);
    c.customers.allowedSubtypes = checkedCodes(m_ui->customerSubtypesListWidget);
    c.agents.selfRegistration = m_ui->agentSelfRegistrationCheckBox->isChecked();
    c.agents.hideBalance = m_ui->agentHideBalanceCheckBox->isChecked();
    c.agents.mandatoryFields = checkedCodes(m_ui->agentMandatoryFieldsListWidget);
    c.agents.allowedSubtypes = checkedCodes(m_ui->agentSubtypesListWidget);

    c.policy.minLength = m_ui->minLengthSpinBox->value();
    c.policy.requireComplexity = m_ui->complexityCheckBox->isChecked();
    c.policy.expiryDays = m_ui->expiryDaysSpinBox->value();
    c.policy.changeAtFirstSignIn = m_ui->changeAtFirstSignInCheckBox->isChecked();
    c.policy.maxFailedAttempts = m_ui->maxFailedSpinBox->value();
    c.policy.lockoutMinutes = m_ui->lockoutMinutesSpinBox->value();
    c.policy.sessionMinutes = m_ui->sessionMinutesSpinBox->value();

    c.blocks = m_blocks;
    const QString language = m_language;
    c.blocks.insert(ClubConfiguration::blockKey(QStringLiteral("banner"), language), m_ui->bannerEditor->html());
    c.blocks.insert(ClubConfiguration::blockKey(QStringLiteral("footer"), language), m_ui->footerEditor->html());
    return c;
}

// The first rule the values on screen break, as a sentence, with the widget to fix; empty
// when they can be saved.
QString ClubSettingsPage::problem(const ClubConfiguration &c, QWidget **where) const
{
    if (c.customers.selfRegistration && c.customers.defaultCategory.isEmpty()) {
        *where = m_ui->customerCategoryComboBox; // rule 9
        return tr("Customers can register themselves only when new customers have a default category. "
                  "Choose one under Default categories.");
    }
    if (c.customers.selfRegistration && c.customers.allowedSubtypes.isEmpty()) {
        *where = m_ui->customerSubtypesListWidget;
        return tr("Choose at least one identity type that self-registering customers may pick.");
    }
    if (c.agents.selfRegistration && c.agents.allowedSubtypes.isEmpty()) {
        *where = m_ui->agentSubtypesListWidget;
        return tr("Choose at least one identity type that self-registering agents may pick.");
    }
    if (c.policy.requireComplexity && c.policy.minLength < 3) {
        *where = m_ui->minLengthSpinBox;
        return tr("A complex password has an upper-case letter, a lower-case letter and a digit, "
                  "so the minimum length must be at least 3.");
    }
    return {};
}

bool ClubSettingsPage::save()
{
    if (!StaffPermissions(m_session.actor()).canChangeClubSettings()) {
        report(SettingsLabels::refusal());
        return false;
    }
    const ClubConfiguration next = onScreen();
    QWidget *where = nullptr;
    const QString invalid = problem(next, &where);
    if (!invalid.isEmpty()) {
        report(invalid, where);
        return false;
    }
    Store &store = *m_session.store;
    QString error;
    if (next.save(store, m_session.actor(), &error) == ClubConfiguration::Saved::Refused) {
        report(error);
        return false;
    }
    m_stored = ClubConfiguration::read(store);
    report({});
    m_ui->saveButton->setEnabled(false);
    m_ui->revertButton->setEnabled(false);
    return true;
}

void ClubSettingsPage::revert()
{
    m_stored = ClubConfiguration::read(*m_session.store);
    showConfiguration(m_stored);
    report({});
    m_ui->saveButton->setEnabled(false);
    m_ui->revertButton->setEnabled(false);
}

QString ClubSettingsPage::errorText() const
{
    return m_ui->errorLabel->text();
}

bool ClubSettingsPage::hasChanges() const
{
    return !onScreen().differences(m_stored).isEmpty();
}

// The licence panel: what the licence in force allows and how much of it is used. A module the
// licence does not include cannot be switched on (ClubConfiguration::save refuses it too).
void ClubSettingsPage::showLicence()
{
    const LicenceService::Usage usage = LicenceService::usage(*m_session.store);
    const LicenceState &state = usage.state;
    const QLocale locale;
    const Licence &l = state.verdict.licence;
    if (state.inForce())
        m_ui->licenceStatusLabel->setText(tr("A licence from the vendor is installed and in force."));
    else if (state.verdict.reason == LicenceVerdict::Reason::NotInstalled)
        m_ui->licenceStatusLabel->setText(state.verdict.message());
    else
        m_ui->licenceStatusLabel->setText(tr("The installed licence is not in force: %1 The standard edition's limits "
                                             "apply.")
                                              .arg(state.verdict.message()));
    m_ui->licenceCompanyLabel->setText(
        state.inForce() ? tr("%1 (national ID %2)").arg(l.company, Persian::toReadersDigits(l.nationalId)) : QStringLiteral("—"));
    m_ui->licenceEditionLabel->setText(state.edition() == ClubSettings::Edition::Enterprise ? tr("Enterprise")
                                                                                            : tr("Standard"));
    QStringList modules;
    if (state.moduleLicensed(ClubKind::Customer))
        modules << tr("Customer club");
    if (state.moduleLicensed(ClubKind::Agent))
        modules << tr("Agent club");
    m_ui->licenceModulesLabel->setText(modules.isEmpty() ? tr("None") : modules.join(tr(", ")));
    const auto seats = [&](ClubKind k) {
        const int limit = state.seats(k);
        const qint64 active = usage.active(k);
        if (!state.moduleLicensed(k))
            return tr("%1; the licence does not include this club").arg(locale.toString(active));
        return limit < 0 ? tr("%1 (no limit)").arg(locale.toString(active))
                         : tr("%1 of %2").arg(locale.toString(active), locale.toString(limit));
    };
    m_ui->customerCountLabel->setText(seats(ClubKind::Customer));
    m_ui->agentCountLabel->setText(seats(ClubKind::Agent));
    // the long Jalali form («۲۹ اسفند ۱۴۰۹») has letters, so it lines up right to left like the
    // other values; a date of digits alone would be set flush left
    m_ui->licenceExpiryLabel->setText(
        state.inForce() ? tr("%1 (%2 days from today)")
                              .arg(Persian::JalaliDate::fromGregorian(l.expires).toLongString(),
                                   locale.toString(QDate::currentDate().daysTo(l.expires)))
                        : QStringLiteral("—"));

    for (const auto &[kind, box] : {std::pair{ClubKind::Customer, m_ui->customerModuleCheckBox},
                                    std::pair{ClubKind::Agent, m_ui->agentModuleCheckBox}}) {
        const bool licensed = state.moduleLicensed(kind);
        box->setEnabled(licensed || box->isChecked());
        box->setToolTip(licensed ? QString() : tr("The licence does not include this module."));
    }
}

void ClubSettingsPage::installLicence()
{
    const QString path = Ask::openFile(this, tr("Install licence"), QString(),
                                       tr("Vafa licences (*.vafa-licence);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Ask::warn(this, tr("Install licence"), tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    // a licence is a few hundred bytes; reading a large file whole would only waste memory
    const LicenceService::Installed r = LicenceService::install(*m_session.store, m_session.actor(), file.read(64 * 1024));
    if (!r.ok) {
        Ask::warn(this, tr("Install licence"), tr("The licence was not installed. %1").arg(r.error));
        return;
    }
    if (hasChanges())
        showLicence(); // keep the edits on screen; the module switches follow the new licence at save
    else
        revert();
    Ask::inform(this, tr("Install licence"),
                tr("The licence for %1 is installed and valid through %2.")
                    .arg(r.verdict.licence.company, Persian::formatDate(r.verdict.licence.expires)));
}

void ClubSettingsPage::showBlocks(const QString &language)
{
    m_language = language;
    const QSignalBlocker b1(m_ui->bannerEditor), b2(m_ui->footerEditor);
    m_ui->bannerEditor->setHtml(m_blocks.value(ClubConfiguration::blockKey(QStringLiteral("banner"), language)));
    m_ui->footerEditor->setHtml(m_blocks.value(ClubConfiguration::blockKey(QStringLiteral("footer"), language)));
}

void ClubSettingsPage::keepBlocks(const QString &language)
{
    m_blocks.insert(ClubConfiguration::blockKey(QStringLiteral("banner"), language), m_ui->bannerEditor->html());
    m_blocks.insert(ClubConfiguration::blockKey(QStringLiteral("footer"), language), m_ui->footerEditor->html());
}

void ClubSettingsPage::report(const QString &error, QWidget *where)
{
    m_ui->errorLabel->setText(error);
    if (!where)
        return;
    for (int i = 0; i < m_ui->tabWidget->count(); ++i)
        if (m_ui->tabWidget->widget(i)->isAncestorOf(where))
            m_ui->tabWidget->setCurrentIndex(i);
    where->setFocus();
}

void ClubSettingsPage::markChanged()
{
    m_ui->saveButton->setEnabled(true);
    m_ui->revertButton->setEnabled(true);
}
