#include "ui/server/ConnectionChooser.h"

#include "models/persian/Bidi.h"
#include "models/server/ConnectionProfiles.h"
#include "ui/server/ConnectionProfileDialog.h"
#include "ui/widgets/Ask.h"

#include "ui_ConnectionChooser.h"

#include <QPushButton>

ConnectionChooser::ConnectionChooser(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionChooser>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionChooser::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionChooser::reject);
    connect(m_ui->profileList, &QListWidget::itemDoubleClicked, this, &ConnectionChooser::accept);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ConnectionChooser::showAddress);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        ConnectionProfile saved;
        if (edit(ConnectionProfile(), this, &saved))
            reload(saved.name);
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        const auto profile = ConnectionProfiles().find(chosen());
        ConnectionProfile saved;
        if (profile && edit(*profile, this, &saved))
            reload(saved.name);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const auto profile = ConnectionProfiles().find(chosen());
        if (!profile
            || !Ask::confirm(this, tr("Remove connection"),
                             tr("Remove the connection «%1» from this computer? The server and its data are not "
                                "touched.").arg(profile->name)))
            return;
        ConnectionProfiles().remove(profile->name);
        ConnectionProfiles::forgetPassword(*profile);
        reload(QString());
    });
    reload(current.isEmpty() ? ConnectionProfiles().lastChosen() : current);
}

ConnectionChooser::~ConnectionChooser() = default;

bool ConnectionChooser::edit(const ConnectionProfile &profile, QWidget *parent, ConnectionProfile *saved)
{
    QString password;
    // a new profile asks the keychain about a key no one uses: NotFound means there is one
    const CredentialStore::Outcome kept = ConnectionProfiles::readPassword(profile, &password);
    ConnectionProfileDialog dialog(profile, password, parent);
    dialog.setRememberAvailable(kept != CredentialStore::Outcome::NoKeychain);
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return false;
    if (saved)
        *saved = dialog.profile();
    return true;
}

void ConnectionChooser::reload(const QString &select)
{
    m_ui->profileList->clear();
    const QList<ConnectionProfile> profiles = ConnectionProfiles().all();
    for (const ConnectionProfile &p : profiles) {
        auto *item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setData(Qt::UserRole, p.name);
        if (p.name == select)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    const bool any = m_ui->profileList->count() > 0;
    m_ui->editButton->setEnabled(any);
    m_ui->removeButton->setEnabled(any);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(any);
    showAddress();
}

void ConnectionChooser::showAddress()
{
    const auto profile = ConnectionProfiles().find(chosen());
    if (!profile) {
        m_ui->addressLabel->setText(tr("No connection yet: add one with «New…», with the details the server's "
                                       "administrator gives you."));
        return;
    }
    const QString tls = profile->tls == ConnectionProfile::Tls::Verify ? tr("encrypted, certificate checked")
        : profile->tls == ConnectionProfile::Tls::Require                ? tr("encrypted, certificate not checked")
                                                                          : tr("not encrypted");
    m_ui->addressLabel->setText(tr("%1 as %2 (%3)").arg(Persian::leftToRight(profile->address()),
                                                        Persian::leftToRight(profile->user), tls));
}

QString ConnectionChooser::chosen() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionChooser::accept()
{
    if (chosen().isEmpty())
        return;
    ConnectionProfiles().setLastChosen(chosen());
    QDialog::accept();
}
