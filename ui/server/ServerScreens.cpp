#include "ui/server/ServerScreens.h"

#include "models/server/ConnectionCheck.h"
#include "ui/server/ConnectionChooser.h"
#include "ui/server/ConnectionProfileDialog.h"
#include "ui/shell/AppController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ServerScreens {

bool tour(const SectionKit::TourShot &shoot)
{
    bool ok = true;
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("دفتر مرکزی");
        profile.host = QStringLiteral("db.neginpars.ir");
        profile.database = QStringLiteral("vafa");
        profile.user = QStringLiteral("vafa_login");
        profile.tls = ConnectionProfile::Tls::Verify;
        profile.caFile = QStringLiteral("/etc/vafa/company-ca.crt");
        ConnectionProfileDialog dialog(profile, QStringLiteral("tour-password"));
        ConnectionCheck check;
        check.outcome = ConnectionCheck::Outcome::Ok;
        check.message = ConnectionCheck::messageFor(check.outcome);
        dialog.showCheck(check);
        dialog.show();
        ok &= shoot(&dialog, QStringLiteral("server-connection-profile"));
        check.outcome = ConnectionCheck::Outcome::CertificateMismatch;
        check.message = ConnectionCheck::messageFor(check.outcome);
        dialog.showCheck(check);
        ok &= shoot(&dialog, QStringLiteral("server-connection-profile-refused"));
    }
    {
        // the list of this computer's connections (read, never written, by the tour)
        ConnectionChooser chooser;
        chooser.show();
        ok &= shoot(&chooser, QStringLiteral("server-connections"));
    }
    {
        const std::unique_ptr<QMessageBox> start = Ask::choiceBox(
            nullptr, QCoreApplication::translate("AppController", "Vafa"), AppController::startQuestion(),
            AppController::startChoices());
        start->show();
        ok &= shoot(start.get(), QStringLiteral("first-start"));
    }
    return ok;
}

bool tourStatusBar(const Session &signedIn, const SectionKit::TourShot &shoot)
{
    Session session = signedIn;
    session.central = true;
    session.serverName = QStringLiteral("دفتر مرکزی");
    MainWindow window(session, Workspace::sections(session));
    window.show();
    window.openSection(window.sectionKeys().value(0));
    bool ok = shoot(&window, QStringLiteral("server-status-bar"));
    window.setConnectionLost(true);
    ok &= shoot(&window, QStringLiteral("server-connection-lost"));
    return ok;
}

}
