#pragma once
#include "models/server/ConnectionCheck.h"
#include "models/server/ConnectionProfile.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionProfileDialog;
}

// Adds or edits one connection profile: where the company's server is, the database user
// workstations log in as and its password, and how the connection is encrypted. «Test the
// connection» opens the server the way signing in will (on a helper thread, so the window
// stays alive while a far server answers) and says in words what stands in the way. Saving
// writes the profile to settings and the password to the keychain, never to settings.
class ConnectionProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    // `profile` empty (no name) = a new one. `password` as the keychain holds it.
    ConnectionProfileDialog(const ConnectionProfile &profile, const QString &password, QWidget *parent = nullptr);
    ~ConnectionProfileDialog() override;

    ConnectionProfile profile() const;
    QString password() const;
    // Hidden where there is no keychain (nothing can be kept; it is asked for at connection).
    void setRememberAvailable(bool available);
    bool rememberPassword() const;

    // The last test's verdict (for tests), and whether one is running.
    const ConnectionCheck &lastCheck() const { return m_lastCheck; }
    bool isTesting() const { return m_testing; }

    // Shows a verdict as a test shows it (the screenshot tour shows one without a server).
    void showCheck(const ConnectionCheck &check);

public slots:
    void accept() override;
    void reject() override;
    void testConnection();

private:
    void updateCaFile();
    void showError(const QString &text);

    std::unique_ptr<Ui::ConnectionProfileDialog> m_ui;
    ConnectionProfile m_original;
    UnsavedChanges m_unsaved;
    ConnectionCheck m_lastCheck;
    bool m_testing = false;
    std::shared_ptr<bool> m_alive; // the helper thread's answer finds a closed dialog gone
};
