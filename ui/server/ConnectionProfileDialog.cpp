#include "ui/server/ConnectionProfileDialog.h"

#include "models/server/ConnectionProfiles.h"
#include "ui/widgets/Ask.h"

#include "ui_ConnectionProfileDialog.h"

#include <QPushButton>
#include <QThreadPool>

ConnectionProfileDialog::ConnectionProfileDialog(const ConnectionProfile &profile, const QString &password,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionProfileDialog>())
    , m_original(profile)
    , m_unsaved(this)
    , m_alive(std::make_shared<bool>(true))
{
    m_ui->setupUi(this);
    m_ui->tlsCombo->addItem(tr("Encrypted, and the certificate checked against the company's authority (recommended)"),
                            int(ConnectionProfile::Tls::Verify));
    m_ui->tlsCombo->addItem(tr("Encrypted, the certificate not checked"), int(ConnectionProfile::Tls::Require));
    m_ui->tlsCombo->addItem(tr("Not encrypted (only inside a trusted network)"), int(ConnectionProfile::Tls::Off));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    setWindowTitle(profile.name.isEmpty() ? tr("New connection to the company's server")
                                          : tr("Connection «%1»").arg(profile.name));

    m_ui->nameEdit->setText(profile.name);
    m_ui->hostEdit->setText(profile.host);
    m_ui->portSpin->setValue(profile.port);
    m_ui->databaseEdit->setText(profile.database);
    m_ui->userEdit->setText(profile.user);
    m_ui->passwordEdit->setText(password);
    m_ui->tlsCombo->setCurrentIndex(m_ui->tlsCombo->findData(int(profile.tls)));
    m_ui->caFileEdit->setText(profile.caFile);
    updateCaFile();

    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &ConnectionProfileDialog::updateCaFile);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = Ask::openFile(this, tr("The company's certificate authority"), m_ui->caFileEdit->text(),
                                           tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caFileEdit->setText(path);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionProfileDialog::reject);
    m_unsaved.markSaved();
    (profile.name.isEmpty() ? m_ui->nameEdit : m_ui->passwordEdit)->setFocus();
}

ConnectionProfileDialog::~ConnectionProfileDialog()
{
    *m_alive = false;
}

ConnectionProfile ConnectionProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.tls = ConnectionProfile::Tls(m_ui->tlsCombo->currentData().toInt());
    p.caFile = p.tls == ConnectionProfile::Tls::Verify ? m_ui->caFileEdit->text().trimmed() : QString();
    return p;
}

QString ConnectionProfileDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionProfileDialog::setRememberAvailable(bool available)
{
    m_ui->rememberCheck->setVisible(available);
    if (!available)
        m_ui->rememberCheck->setChecked(false);
}

bool ConnectionProfileDialog::rememberPassword() const
{
    return !m_ui->rememberCheck->isHidden() && m_ui->rememberCheck->isChecked();
}

void ConnectionProfileDialog::updateCaFile()
{
    const bool verify = ConnectionProfile::Tls(m_ui->tlsCombo->currentData().toInt()) == ConnectionProfile::Tls::Verify;
    m_ui->caFileEdit->setEnabled(verify);
    m_ui->browseButton->setEnabled(verify);
}

void ConnectionProfileDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void ConnectionProfileDialog::testConnection()
{
    if (m_testing)
        return;
    const ConnectionProfile p = profile();
    // the name is not needed to test; everything else is
    ConnectionProfile named = p;
    if (named.name.isEmpty())
        named.name = QStringLiteral("test");
    const QString problem = named.problem();
    if (!problem.isEmpty()) {
        ConnectionCheck check;
        check.message = problem;
        showCheck(check);
        return;
    }
    m_testing = true;
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Connecting to the server…"));
    const QString secret = password();
    const std::shared_ptr<bool> alive = m_alive;
    QThreadPool::globalInstance()->start([this, alive, named, secret] {
        const ConnectionCheck check = ConnectionCheck::test(named, secret);
        QMetaObject::invokeMethod(qApp, [this, alive, check] {
            if (*alive)
                showCheck(check);
        });
    });
}

void ConnectionProfileDialog::showCheck(const ConnectionCheck &check)
{
    m_testing = false;
    m_lastCheck = check;
    m_ui->testButton->setEnabled(true);
    m_ui->testResultLabel->setStyleSheet(check.ok() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_ui->testResultLabel->setText(check.message);
}

void ConnectionProfileDialog::accept()
{
    const ConnectionProfile p = profile();
    const QString problem = p.problem();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    ConnectionProfiles profiles;
    if (p.name != m_original.name && profiles.find(p.name)) {
        showError(tr("Another connection is already called «%1».").arg(p.name));
        m_ui->nameEdit->setFocus();
        return;
    }
    profiles.save(p, m_original.name);
    // a password kept for the old server or user is not left behind under its old key
    if (!m_original.name.isEmpty() && m_original.keychainKey() != p.keychainKey())
        ConnectionProfiles::forgetPassword(m_original);
    if (rememberPassword() && !password().isEmpty()) {
        ConnectionProfiles::savePassword(p, password());
    } else {
        ConnectionProfiles::forgetPassword(p); // unticked: nothing of it stays on this computer
    }
    QDialog::accept();
}

void ConnectionProfileDialog::reject()
{
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
