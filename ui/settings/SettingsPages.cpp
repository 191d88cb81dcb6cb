#include "ui/settings/SettingsPages.h"

#include "models/club/ItemTypeRepository.h"
#include "ui/company/CompanyProfileEditor.h"
#include "ui/settings/ClubSettingsPage.h"
#include "ui/settings/IdentitySubtypesTab.h"
#include "ui/settings/ItemTypesPage.h"
#include "ui/settings/StaffPermissionsPage.h"
#include "ui/settings/StaffUserEditor.h"
#include "ui/settings/OpenSessionsPage.h"
#include "ui/settings/StaffUsersPage.h"

#include <QTabWidget>

using namespace SectionKit;

namespace SettingsPages {

QVector<Section> staffSections(const Session &session)
{
    QVector<Section> sections;
    // a section the user may not use is not offered at all; each page's save checks again
    if (session.permissions().canChangeClubSettings()) {
        sections << Section{QStringLiteral("club-settings"), ClubSettingsPage::tr("Club settings"),
                            [session](QWidget *parent) -> QWidget * { return new ClubSettingsPage(session, parent); }};
        sections << Section{QStringLiteral("item-types"), ItemTypesPage::tr("Customisation"),
                            [session](QWidget *parent) -> QWidget * { return new ItemTypesPage(session, parent); }};
    }
    if (session.signedIn().may(Grant::SystemAdmin)) {
        sections << Section{QStringLiteral("company-profile"), CompanyProfileEditor::tr("Company profile"),
                            [session](QWidget *parent) -> QWidget * { return new CompanyProfileEditor(session, parent); }};
    }
    if (session.permissions().has(ClubPermission::usersManager())) {
        sections << StaffUsersPage::section(session);
        sections << Section{QStringLiteral("staff-permissions"), StaffPermissionsPage::tr("Staff permissions"),
                            [session](QWidget *parent) -> QWidget * { return new StaffPermissionsPage(session, parent); }};
        if (session.central) // who is signed in lives in the server's sessions
            sections << OpenSessionsPage::section(session);
    }
    return sections;
}

bool tour(const Session &session, MainWindow &window, const TourShot &shoot)
{
    bool ok = true;
    if (auto *settings = qobject_cast<ClubSettingsPage *>(window.openSection(QStringLiteral("club-settings")))) {
        // the first tab is in the section's own picture; show the other three, and the licence
        // panel on its own
        auto *tabs = settings->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
        if (auto *licence = settings->findChild<QWidget *>(QStringLiteral("licenceGroupBox")))
            ok &= shoot(licence, QStringLiteral("club-settings-licence"));
        for (int i = 1; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            ok &= shoot(&window, QStringLiteral("club-settings-tab%1").arg(i + 1));
        }
        if (tabs)
            tabs->setCurrentIndex(0);
    }
    if (auto *types = qobject_cast<ItemTypesPage *>(window.openSection(QStringLiteral("item-types")))) {
        // a financial type shows every block of the form
        const QList<ItemType> invoices = ItemTypeRepository(*session.store).byEntity(QStringLiteral("invoice"));
        if (!invoices.isEmpty())
            types->selectType(invoices.first().id);
        ok &= shoot(&window, QStringLiteral("item-type-detail"));
        types->showMatrix();
        ok &= shoot(&window, QStringLiteral("item-types-matrix"));
        if (auto *tabs = types->findChild<QTabWidget *>(QStringLiteral("tabWidget"))) {
            tabs->setCurrentWidget(types->subtypesTab());
            ok &= shoot(&window, QStringLiteral("identity-subtypes"));
            tabs->setCurrentIndex(0);
        }
    }
    if (auto *staff = qobject_cast<ListPage *>(window.openSection(QStringLiteral("staff-users")))) {
        // the editor of a staff user with groups, as a double-click opens it
        staff->reload();
        const QString id = staff->model()->rowCount() > 0 ? staff->model()->idAt(0) : QString();
        StaffUserEditor editor(session, id, &window);
        editor.show();
        ok &= shoot(&editor, QStringLiteral("staff-user-editor"));
        StaffUserEditor fresh(session, QString(), &window);
        fresh.show();
        ok &= shoot(&fresh, QStringLiteral("staff-user-new"));
    }
    window.openSection(QStringLiteral("staff-permissions"));
    return ok;
}

}
