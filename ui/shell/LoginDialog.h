#pragma once
#include "ui/shell/Session.h"

#include <QDialog>
#include <QVector>

#include <functional>
#include <memory>

namespace Ui {
class LoginDialog;
}

// Asks who is signing in. The check itself belongs to the sign-in service; this dialog only
// shows its verdict, keeps what was typed, and lists the demo company's sample accounts.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    struct SampleAccount
    {
        QString username;
        QString password;
        QString kind;
        QString label;
    };
    // Returns true and fills the session, or false with a message for the user.
    using Authenticate = std::function<bool(const QString &username, const QString &password,
                                            Session *session, QString *error)>;

    LoginDialog(Authenticate authenticate, const QString &storeDescription, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The dialog's result when the person picked another server (or the company file) to sign
    // in to: the caller opens switchTarget() and asks again.
    static constexpr int SwitchStore = 2;
    // The places to sign in to: the company file on this computer ("") and the connection
    // profiles by name; `current` is the one open now.
    void setServers(const QStringList &profiles, const QString &current);
    QString switchTarget() const { return m_switchTo; }

    void setSampleAccounts(const QVector<SampleAccount> &accounts);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    QString username() const;
    QString password() const;
    // The "remember my password" choice; hidden where there is no keychain to keep it in.
    void setRememberAvailable(bool available);
    void setRememberChecked(bool checked);
    bool rememberPassword() const;
    const Session &session() const { return m_session; }

public slots:
    void accept() override;

private:
    void switchTo(const QString &target);
    void manageServers();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_currentServer;
    QString m_switchTo;
    Authenticate m_authenticate;
    Session m_session;
};
