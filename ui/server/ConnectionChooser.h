#pragma once
#include "models/server/ConnectionProfile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionChooser;
}

// The connection profiles of this computer: pick the server to connect to, add one, change
// or remove one. Reached from the first start and from the sign-in dialog.
class ConnectionChooser final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionChooser(const QString &current = {}, QWidget *parent = nullptr);
    ~ConnectionChooser() override;

    QString chosen() const; // the profile's name; empty when none is selected

    // Opens the profile editor (a new profile when `profile` has no name); true when saved.
    // The password shown comes from the keychain; `saved` gets the profile as saved.
    static bool edit(const ConnectionProfile &profile, QWidget *parent, ConnectionProfile *saved = nullptr);

public slots:
    void accept() override;

private:
    void reload(const QString &select);
    void showAddress();

    std::unique_ptr<Ui::ConnectionChooser> m_ui;
};
