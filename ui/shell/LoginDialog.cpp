#include "ui/shell/LoginDialog.h"

#include "models/server/ConnectionProfiles.h"
#include "ui/server/ConnectionChooser.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"

#include "ui_LoginDialog.h"

#include <QHeaderView>
#include <QPushButton>

LoginDialog::LoginDialog(Authenticate authenticate, const QString &storeDescription, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_authenticate(std::move(authenticate))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 2.2);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->storeLabel->setText(storeDescription);
    m_ui->samplesGroupBox->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_ui->samplesTableWidget, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        m_ui->usernameLineEdit->setText(m_ui->samplesTableWidget->item(row, 0)->text());
        m_ui->passwordLineEdit->setText(m_ui->samplesTableWidget->item(row, 1)->text());
        m_ui->passwordLineEdit->setFocus();
    });
    connect(m_ui->serverCombo, &QComboBox::activated, this,
            [this](int index) { switchTo(m_ui->serverCombo->itemData(index).toString()); });
    connect(m_ui->manageServersButton, &QPushButton::clicked, this, &LoginDialog::manageServers);
    setServers(ConnectionProfiles().names(), QString());
    m_ui->usernameLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServers(const QStringList &profiles, const QString &current)
{
    m_currentServer = current;
    QComboBox *combo = m_ui->serverCombo;
    combo->clear();
    combo->addItem(tr("Company file on this computer"), QString());
    for (const QString &name : profiles)
        combo->addItem(name, name);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void LoginDialog::switchTo(const QString &target)
{
    if (target == m_currentServer)
        return;
    m_switchTo = target;
    done(SwitchStore);
}

void LoginDialog::manageServers()
{
    ConnectionChooser chooser(m_currentServer, this);
    const bool chosen = Ask::exec(&chooser) == QDialog::Accepted;
    setServers(ConnectionProfiles().names(), m_currentServer); // names may have been added, changed or removed
    if (chosen)
        switchTo(chooser.chosen());
}

void LoginDialog::setSampleAccounts(const QVector<SampleAccount> &accounts)
{
    QTableWidget *table = m_ui->samplesTableWidget;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Username"), tr("Password"), tr("Who")});
    table->setRowCount(int(accounts.size()));
    for (int r = 0; r < accounts.size(); ++r) {
        const SampleAccount &a = accounts.at(r);
        table->setItem(r, 0, new QTableWidgetItem(a.username));
        table->setItem(r, 1, new QTableWidgetItem(a.password));
        table->setItem(r, 2, new QTableWidgetItem(a.label));
    }
    TableLook::apply(table);
    TableLook::fitColumns(table);
    m_ui->samplesGroupBox->setVisible(!accounts.isEmpty());
}

void LoginDialog::setUsername(const QString &username)
{
    m_ui->usernameLineEdit->setText(username);
}

void LoginDialog::setPassword(const QString &password)
{
    m_ui->passwordLineEdit->setText(password);
}

QString LoginDialog::username() const
{
    return m_ui->usernameLineEdit->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

void LoginDialog::setRememberAvailable(bool available)
{
    m_ui->rememberCheckBox->setVisible(available);
    if (!available)
        m_ui->rememberCheckBox->setChecked(false);
}

void LoginDialog::setRememberChecked(bool checked)
{
    m_ui->rememberCheckBox->setChecked(checked);
}

bool LoginDialog::rememberPassword() const
{
    // isHidden(), not isVisible(): this is asked after the dialog has closed, when no child of
    // it is visible any more, and "remember" was then never saved
    return !m_ui->rememberCheckBox->isHidden() && m_ui->rememberCheckBox->isChecked();
}

void LoginDialog::accept()
{
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    if (username.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your username."));
        m_ui->errorLabel->show();
        m_ui->usernameLineEdit->setFocus();
        return;
    }
    QString error;
    if (!m_authenticate(username, password, &m_session, &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        m_ui->passwordLineEdit->selectAll();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}
