#pragma once
#include "ui/shell/Session.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class StaffPermissionsPage;
}

// «مجوزها»: groups and staff users on the leading side; for the chosen one, the staff
// permissions of reference §1.13 that Vafa knows (ClubPermission) and the approve / reject /
// number keys of every financial item type, plus group membership. Edits wait for Save, which
// writes the differences through UserRepository in one transaction and audits each of them.
class StaffPermissionsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPermissionsPage(const Session &session, QWidget *parent = nullptr);
    ~StaffPermissionsPage() override;

    bool selectPrincipal(const QString &id); // a group or a staff user
    bool setPermissionChecked(const QString &key, bool on);
    bool setMembershipChecked(const QString &id, bool on); // a group (user chosen) or a user (group chosen)
    bool save();
    void revert();
    QString errorText() const;
    bool hasChanges() const;

private:
    struct Principal
    {
        QString id;
        bool isGroup = false;
        QString name;
    };
    void fillPrincipals();
    void fillPermissionTree();
    void showPrincipal(const Principal &p);
    QStringList checkedPermissions() const;
    QStringList checkedMembership() const;
    QTreeWidgetItem *permissionItem(const QString &key) const;
    void filterPrincipals(const QString &text);
    void createGroup();
    void report(const QString &error);
    void updateButtons();

    Session m_session;
    std::unique_ptr<Ui::StaffPermissionsPage> m_ui;
    Principal m_current;
    QStringList m_storedPermissions;
    QStringList m_storedMembership;
    bool m_loading = false;
};
