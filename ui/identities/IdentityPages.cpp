#include "ui/identities/IdentityPages.h"

#include "models/core/PagedListModel.h"
#include "models/core/Store.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityService.h"
#include "models/persian/Digits.h"
#include "ui/identities/IdentityEditor.h"
#include "ui/identities/IdentityImportWizard.h"
#include "ui/members/MemberPages.h"
#include "ui/shell/Labels.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace SectionKit;

QVector<ListColumn> IdentityPages::columns()
{
    return {text(tr("Name")), text(tr("Customer number")), label(tr("Profile"), Labels::profileTypes()),
            label(tr("Kind"), Labels::identityKinds()), text(tr("National ID")), text(tr("Mobile")), text(tr("City")),
            of(tr("Created"), ColumnKind::DateTime)};
}

Section IdentityPages::staffSection(const Session &session)
{
    Store *store = session.store;
    return listSection(session, QStringLiteral("identities"), tr("Identities"), columns(),
                       [store](const QString &search, const QString &profile) {
                           IdentityFilter f;
                           f.search = search;
                           f.profileType = IdentityCode::profileType(profile);
                           return IdentityRepository(*store).list(f);
                       },
                       filtersFrom(tr("All identities"), Labels::profileTypes(),
                                   {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("supplier")}),
                       true, [session](ListPage *page) {
                           addActions(page, session);
                           MemberPages::decorateIdentities(page, session);
                       });
}

void IdentityPages::addActions(ListPage *page, const Session &session)
{
    if (!IdentityService::mayEdit(session.signedIn()))
        return; // the list stays a list; the service would refuse anyway
    const auto create = [page, session](IdentityKind kind) {
        IdentityEditor editor(session, kind, QString(), page);
        if (Ask::exec(&editor) == QDialog::Accepted)
            page->model()->refresh();
    };
    // added in reverse: each goes first on the toolbar
    QObject::connect(page->addPageAction(tr("&Import from Excel…"), QKeySequence(), QStringLiteral("importIdentitiesAction")),
                     &QAction::triggered, page, [page, session] {
                         IdentityImportWizard wizard(session, page);
                         Ask::exec(&wizard);
                         page->model()->refresh();
                     });
    QObject::connect(page->addPageAction(tr("New &organisation…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                         QStringLiteral("newOrganisationAction")),
                     &QAction::triggered, page, [create] { create(IdentityKind::Organisation); });
    QObject::connect(page->addPageAction(tr("New &person…"), QKeySequence::New, QStringLiteral("newPersonAction")),
                     &QAction::triggered, page, [create] { create(IdentityKind::Person); });
    const auto edit = [page, session](const QString &id) {
        IdentityEditor editor(session, IdentityKind::Person, id, page);
        Ask::exec(&editor);
        return QString();
    };
    page->addRowAction(tr("&Edit…"), edit, QKeySequence(Qt::Key_F2))->setObjectName(QStringLiteral("editIdentityAction"));
    QObject::connect(page, &ListPage::activated, page, [page, edit](const QString &id) {
        if (id.isEmpty())
            return;
        edit(id);
        page->model()->refresh();
    });
}

bool IdentityPages::tour(const Session &session, MainWindow &window, const TourShot &shoot)
{
    bool ok = true;
    // The editor for a new person with the name and mobile of the first person of the demo
    // company, and the warning that lists the match. Nothing is saved.
    IdentityRepository repo(*session.store);
    IdentityFilter people;
    people.kind = IdentityKind::Person;
    PagedListModel list(session.store->db(), columns());
    list.setSpec(repo.list(people));
    const std::optional<Identity> existing = repo.get(list.idAt(0));
    const QString first = existing ? existing->firstName : QStringLiteral("مریم");
    const QString last = existing ? existing->lastName : QStringLiteral("احمدی");
    IdentityEditor editor(session, IdentityKind::Person, QString(), &window);
    editor.show();
    editor.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(first);
    editor.findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(last);
    editor.findChild<QLineEdit *>(QStringLiteral("nationalIdEdit"))->setText(QStringLiteral("۰۰۱۲۳۴۵۶۷۹"));
    editor.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("maryam@example.com"));
    const QList<Phone> phones = existing ? repo.phones(existing->id) : QList<Phone>();
    if (!phones.isEmpty()) {
        editor.findChild<QPushButton *>(QStringLiteral("addPhoneButton"))->click();
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("phonesTable"));
        table->item(0, 2)->setText(Persian::toReadersDigits(phones.first().number));
    }
    ok &= shoot(&editor, QStringLiteral("identity-editor"));
    const QList<IdentityDuplicate> found = IdentityService(*session.store, session.actor()).duplicatesOf(editor.draft());
    DuplicateWarningDialog warning(found, &editor);
    warning.show();
    ok &= !found.isEmpty() && shoot(&warning, QStringLiteral("identity-duplicates"));
    warning.close();
    editor.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    ok &= shoot(&editor, QStringLiteral("identity-editor-phones"));

    // The import wizard on a small file with one broken row: the preview names it, and since a
    // broken row writes nothing the demo company is left as it was.
    QTemporaryDir dir;
    const QString csv = tourFile(dir.path(), QStringLiteral("identities.csv"),
                                 QStringLiteral("نوع هویت,نام,نام خانوادگی,نام هویت حقوقی,کد ملی,موبایل,شهر\n"
                                                "حقیقی,سارا,محمدی,,0499370899,09121234567,تهران\n"
                                                "حقیقی,بهرام,کریمی,,1234567890,09351234567,شیراز\n"
                                                "حقوقی,,,شرکت نمونه,10380284790,,اصفهان\n"));
    if (csv.isEmpty())
        return false;
    IdentityImportWizard wizard(session, &window);
    wizard.show();
    wizard.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(csv);
    ok &= shoot(&wizard, QStringLiteral("identity-import-source"));
    wizard.next();
    ok &= wizard.currentId() == IdentityImportWizard::MappingPage && shoot(&wizard, QStringLiteral("identity-import-mapping"));
    wizard.next();
    ok &= wizard.currentId() == IdentityImportWizard::PreviewPage && shoot(&wizard, QStringLiteral("identity-import-preview"));
    return ok;
}
