#pragma once
#include "ui/shell/Session.h"
#include "models/club/ClubConfiguration.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QComboBox;

namespace Ui {
class ClubSettingsPage;
}

// «تنظیمات باشگاه»: modules, the licence panel, self-registration, default categories, the password and
// sign-in policy and the dashboard's banner and footer (reference §1.1, §1.2). Edits stay on
// screen until Save; Save checks them, refuses with a sentence instead of losing them, writes
// them in one transaction and leaves an audit row naming what changed.
class ClubSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ClubSettingsPage(const Session &session, QWidget *parent = nullptr);
    ~ClubSettingsPage() override;

    bool save();   // false with errorText() when refused or invalid; the edits stay
    void revert(); // back to what is stored
    QString errorText() const;
    bool hasChanges() const;

private:
    void fillChoices();
    void showConfiguration(const ClubConfiguration &c);
    ClubConfiguration onScreen() const;
    QString problem(const ClubConfiguration &c, QWidget **where) const;
    void showLicence();
    void installLicence();
    void showBlocks(const QString &language);
    void keepBlocks(const QString &language);
    void report(const QString &error, QWidget *where = nullptr);
    void markChanged();

    Session m_session;
    std::unique_ptr<Ui::ClubSettingsPage> m_ui;
    ClubConfiguration m_stored;
    QHash<QString, QString> m_blocks; // the banner and footer being edited, every language
    QString m_language;               // the language the two editors show
};
