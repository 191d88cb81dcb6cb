#include "ui/shell/AppController.h"

#include "models/auth/CredentialStore.h"
#include "models/auth/SignIn.h"
#include "models/club/ClubUserImport.h"
#include "models/club/LicenceCommand.h"
#include "models/server/ServerCommand.h"
#include "models/server/ServerSignIn.h"
#include "models/company/CompanyInitCommand.h"
#include "models/core/SettingsRepository.h"
#include "models/demo/DemoCompany.h"
#include "models/identities/IdentityImport.h"
#include "models/persian/Bidi.h"
#include "models/server/ConnectionCheck.h"
#include "models/server/ConnectionProfiles.h"
#include "models/server/ConnectionWatch.h"
#include "reports/PrintCommand.h"
#include "ui/company/NewCompanyWizard.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/server/ConnectionChooser.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/ScreenshotTour.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>
#include <QSysInfo>
#include <QStandardPaths>
#include <QTextStream>

AppController::AppController(QApplication &app)
    : m_app(app)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_window)
            return;
        m_window->hide();
        Ask::inform(nullptr, tr("Vafa"), SignInResult::messageFor(SignInResult::Failure::SessionExpired));
        signInAgain();
    });
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type t = event->type();
    if (m_idle.isActive()
        && (t == QEvent::KeyPress || t == QEvent::MouseButtonPress || t == QEvent::Wheel))
        m_idle.start();
    return QObject::eventFilter(watched, event);
}

AppController::~AppController()
{
    delete m_window;
}

bool AppController::parseArguments(const QStringList &arguments, Options *options, QString *error, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AppController", "Vafa: customer and agent club"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("AppController", "Create (once) and open the demo company."));
    const QCommandLineOption demoSize(QStringLiteral("demo-size"),
        QCoreApplication::translate("AppController", "Number of identities in the demo company (up to 1000000)."),
        QStringLiteral("count"));
    const QCommandLineOption store(QStringLiteral("store"),
        QCoreApplication::translate("AppController", "Open this database file."), QStringLiteral("file"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QCoreApplication::translate("AppController", "Write a PNG of every main view of every kind of user to this folder, then quit."),
        QStringLiteral("folder"));
    const QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("AppController", "Username to fill in at sign-in."), QStringLiteral("name"));
    parser.addOptions({demo, demoSize, store, screenshots, user});
    *exitCode = 2;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        *error = parser.isSet(QStringLiteral("help")) ? parser.helpText()
                                                       : QCoreApplication::applicationVersion();
        *exitCode = 0;
        return false;
    }
    options->demo = parser.isSet(demo);
    options->storePath = parser.value(store);
    options->screenshotsDir = parser.value(screenshots);
    options->username = parser.value(user);
    if (parser.isSet(demoSize)) {
        bool ok = false;
        options->demoIdentities = parser.value(demoSize).toInt(&ok);
        if (!ok || options->demoIdentities < 100 || options->demoIdentities > 1000000) {
            *error = QCoreApplication::translate("AppController", "--demo-size takes a number from 100 to 1000000.");
            return false;
        }
    }
    if (!options->screenshotsDir.isEmpty() && !options->demo && options->storePath.isEmpty()) {
        *error = QCoreApplication::translate("AppController", "--screenshots needs --demo or --store.");
        return false;
    }
    return true;
}

int AppController::runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Store store;
    if (arguments.value(0) == QLatin1String("print"))
        return PrintCommand::run(arguments.mid(1), store, out, err);
    if (arguments.value(0) == QLatin1String("company")) {
        if (arguments.value(1) != QLatin1String("init")) {
            err << CompanyInitCommand::usage() << '\n';
            return 2;
        }
        return CompanyInitCommand::run(arguments.mid(2), out, err);
    }
    if (arguments.value(0) == QLatin1String("licence"))
        return LicenceCommand::run(arguments.mid(1), out, err);
    if (arguments.value(0) == QLatin1String("server"))
        return ServerCommand::run(arguments.mid(1), out, err);
    // `users import` and `identities import`: the same engine, the same way to the store
    const bool identities = arguments.value(0) == QLatin1String("identities");
    const QString usage = identities ? IdentitiesImportCommand::usage() : UsersImportCommand::usage();
    if (arguments.value(1) != QLatin1String("import")) {
        err << usage << '\n';
        return 2;
    }
    const QStringList args = arguments.mid(2);
    const int storeAt = args.indexOf(QStringLiteral("--store"));
    const QString path = storeAt >= 0 ? args.value(storeAt + 1) : QString();
    if (path.isEmpty()) {
        err << tr("Name the database with --store FILE.") << '\n' << usage << '\n';
        return 2;
    }
    Store::OpenOptions open;
    open.create = false; // an import into a mistyped path must not make a new, empty company
    if (!store.openSqlite(path, open)) {
        err << store.errorMessage() << '\n';
        return 3;
    }
    return identities ? IdentitiesImportCommand::run(args, store, out, err) : UsersImportCommand::run(args, store, out, err);
}

QString AppController::demoStorePath(int identities)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + (identities > 0 ? QStringLiteral("/demo-%1.vafa").arg(identities) : QStringLiteral("/demo.vafa"));
}

bool AppController::ensureDemo(int identities, bool interactive)
{
    const QString path = demoStorePath(identities);
    if (QFile::exists(path)) {
        if (m_store.openSqlite(path) && SettingsRepository(m_store).value(QStringLiteral("demo.accounts")).isArray())
            return true;
        // an unfinished or outdated demo file: the demo is a throwaway, so build it anew
        m_store.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    if (!m_store.openSqlite(path))
        return false;
    DemoOptions demo;
    if (identities > 0)
        demo.identities = identities;
    std::unique_ptr<QProgressDialog> progress;
    if (interactive) {
        AppSetup::installFonts(m_app);
        progress = std::make_unique<QProgressDialog>(tr("Building the demo company…"), tr("Cancel"), 0, 100);
        progress->setWindowTitle(tr("Vafa"));
        progress->setMinimumDuration(300);
    }
    const DemoResult result = DemoCompany::generate(m_store, demo, [&](int percent) {
        if (!progress)
            return true;
        progress->setValue(percent);
        QCoreApplication::processEvents();
        return !progress->wasCanceled();
    });
    const bool ok = result.ok;
    if (!ok && !result.cancelled)
        QTextStream(stderr) << result.error << '\n';
    if (!ok) {
        m_store.close();
        QFile::remove(path);
    }
    return ok;
}

bool AppController::openStore(const Options &options)
{
    const bool interactive = options.screenshotsDir.isEmpty();
    bool ok = false;
    if (options.demo && options.storePath.isEmpty()) {
        ok = ensureDemo(options.demoIdentities, interactive);
    } else if (!options.storePath.isEmpty()) {
        // A file named on the command line is opened, never made into a company.
        Store::OpenOptions open;
        open.create = false;
        ok = m_store.openSqlite(options.storePath, open);
    } else {
        const Start start = openLastOrStart(interactive);
        if (start == Start::Left)
            return false; // the person chose to leave; a reason shown at the start is not repeated
        ok = start == Start::Opened;
    }
    AppSetup::installFonts(m_app); // the fonts loaded while the database opened
    if (ok)
        return true;
    const QString message = m_store.errorMessage().isEmpty() ? tr("The demo company was not built.") : m_store.errorMessage();
    if (interactive)
        Ask::warn(nullptr, tr("Vafa"), message);
    else
        QTextStream(stderr) << message << '\n';
    return false;
}

QString AppController::startQuestion()
{
    return tr("Welcome to Vafa. How would you like to begin?");
}

QStringList AppController::startChoices()
{
    return {tr("Create a &new company…"), tr("&Open a company file…"), tr("Try the &demo company"),
            tr("Connect to the company's &server…")};
}

// With no file named: the company (or the company's server) opened last time; on a first
// start (or when that is gone) the person chooses to create a company, open a file, try the
// demo, or connect to the company's server.
AppController::Start AppController::openLastOrStart(bool interactive)
{
    const QString lastKey = QStringLiteral("company/last_path");
    const QString serverKey = QStringLiteral("company/last_server");
    const QString last = QSettings().value(lastKey).toString();
    const QString lastServer = QSettings().value(serverKey).toString();
    Store::OpenOptions existing;
    existing.create = false;
    QString lastFailed; // why the company of last time did not open, said with the choice
    const std::optional<ConnectionProfile> server = ConnectionProfiles().find(lastServer);
    if (server && interactive) {
        QString why;
        if (openServer(*server, &why))
            return Start::Opened;
        if (!why.isEmpty())
            lastFailed = tr("The company's server «%1» could not be opened: %2").arg(server->name, why);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        if (m_store.openSqlite(last, existing))
            return Start::Opened;
        lastFailed = tr("The company opened last time (%1) could not be opened: %2")
                         .arg(Persian::filePath(QDir::toNativeSeparators(last)), m_store.errorMessage());
    }
    if (!interactive)
        return Start::Failed;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
        + tr("company") + QStringLiteral(".vafa");
    for (;;) {
        const int choice = Ask::choose(nullptr, tr("Vafa"),
                                       lastFailed.isEmpty() ? startQuestion() : lastFailed + QStringLiteral("\n\n") + startQuestion(),
                                       startChoices());
        QString path;
        if (choice == NewCompany) {
            NewCompanyWizard wizard(suggested);
            if (Ask::exec(&wizard) != QDialog::Accepted)
                return Start::Left;
            path = wizard.createdPath();
        } else if (choice == OpenFile) {
            path = Ask::openFile(nullptr, tr("Open a company file"), QString(), tr("Vafa company (*.vafa);;All files (*)"));
            if (path.isEmpty())
                return Start::Left;
        } else if (choice == Demo) {
            return ensureDemo(0, true) ? Start::Opened : Start::Failed;
        } else if (choice == Server) {
            ConnectionChooser chooser;
            if (Ask::exec(&chooser) != QDialog::Accepted)
                return Start::Left;
            const std::optional<ConnectionProfile> chosen = ConnectionProfiles().find(chooser.chosen());
            QString why;
            if (chosen && openServer(*chosen, &why))
                return Start::Opened;
            // said with the choice again: the person may fix the profile or begin another way
            if (chosen && !why.isEmpty())
                lastFailed = tr("The company's server «%1» could not be opened: %2").arg(chosen->name, why);
            continue;
        } else {
            return Start::Left;
        }
        if (!m_store.openSqlite(path, existing))
            return Start::Failed;
        QSettings().setValue(lastKey, path);
        QSettings().remove(serverKey);
        m_server = ConnectionProfile();
        return Start::Opened;
    }
}

bool AppController::loginPassword(const ConnectionProfile &profile, QString *password)
{
    if (ConnectionProfiles::readPassword(profile, password) == CredentialStore::Outcome::Ok && !password->isEmpty())
        return true;
    // no keychain on this computer (QtKeychain's code 7), or nothing kept in it: the person types it
    QInputDialog ask;
    ask.setWindowTitle(tr("Vafa"));
    ask.setLabelText(tr("The password of the database user «%1» on the server «%2»:").arg(profile.user, profile.name));
    ask.setTextEchoMode(QLineEdit::Password);
    ask.setOkButtonText(tr("Connect"));
    ask.setCancelButtonText(tr("Cancel"));
    if (Ask::exec(&ask) != QDialog::Accepted)
        return false;
    *password = ask.textValue();
    return true;
}

bool AppController::openServer(const ConnectionProfile &profile, QString *why)
{
    why->clear();
    QString password;
    return loginPassword(profile, &password) && openServerWith(profile, password, why);
}

bool AppController::openServerWith(const ConnectionProfile &profile, const QString &password, QString *why)
{
    const ConnectionCheck check = ConnectionCheck::open(m_store, profile, password);
    if (!check.ok()) {
        *why = check.message;
        return false;
    }
    m_server = profile;
    ConnectionProfiles().setLastChosen(profile.name);
    QSettings().setValue(QStringLiteral("company/last_server"), profile.name);
    return true;
}

bool AppController::switchStore(const QString &target, QString *why)
{
    why->clear();
    if (!target.isEmpty()) {
        const std::optional<ConnectionProfile> profile = ConnectionProfiles().find(target);
        QString password;
        if (!profile || !loginPassword(*profile, &password))
            return false;
        // tried on a scratch store first: a server that refuses leaves the open store as it was
        const ConnectionCheck check = ConnectionCheck::test(*profile, password);
        if (check.ok()) {
            signOutOnServer();
            if (openServerWith(*profile, password, why))
                return true;
        }
        *why = tr("The company's server «%1» could not be opened: %2").arg(profile->name, check.ok() ? *why : check.message);
        return false;
    }
    QString path = QSettings().value(QStringLiteral("company/last_path")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = Ask::openFile(nullptr, tr("Open a company file"), QString(), tr("Vafa company (*.vafa);;All files (*)"));
    if (path.isEmpty())
        return false;
    Store::OpenOptions existing;
    existing.create = false;
    {
        Store scratch; // the same care: a file that does not open leaves the server open
        if (!scratch.openSqlite(path, existing)) {
            *why = scratch.errorMessage();
            return false;
        }
    }
    signOutOnServer();
    if (!m_store.openSqlite(path, existing)) {
        *why = m_store.errorMessage();
        return false;
    }
    m_server = ConnectionProfile();
    QSettings().setValue(QStringLiteral("company/last_path"), path);
    QSettings().remove(QStringLiteral("company/last_server"));
    return true;
}

QString AppController::storeKey() const
{
    return m_server.name.isEmpty() ? m_store.path() : QStringLiteral("server:") + m_server.address();
}

// On a company server the server signs in (DESIGN §6) and hands the store its session token.
SignInResult AppController::signInOnServer(const QString &username, const QString &password)
{
    return ServerSignIn(m_store).signIn(username, password, QSysInfo::machineHostName());
}

SignInResult AppController::changePasswordOnServer(const QString &username, const QString &password,
                                                   const QString &newPassword)
{
    return ServerSignIn(m_store).changePassword(username, password, newPassword, QSysInfo::machineHostName());
}

void AppController::signOutOnServer()
{
    if (!m_store.sessionToken().isEmpty())
        ServerSignIn(m_store).signOut(); // ends the session on the server, forgets the token
    m_store.setSessionToken(QString());
}

bool AppController::signIn(const QString &username)
{
    QString user = username;
    for (;;) {
        const bool central = !m_server.name.isEmpty();
        SignInService service(m_store);
        LoginDialog::Authenticate authenticate = [this, &service, central](const QString &user, const QString &password,
                                                                            Session *session, QString *error) {
            SignInResult result = central ? signInOnServer(user, password) : service.signIn(user, password);
            if (result.needsNewPassword()) {
                // first sign-in, an administrator's request or an expired password: a new one
                // under the policy, twice, before any window opens
                NewPasswordDialog ask(ClubSettings(m_store).passwordPolicy(), result.message(), QApplication::activeWindow());
                if (Ask::exec(&ask) != QDialog::Accepted) {
                    *error = result.message();
                    return false;
                }
                result = central ? changePasswordOnServer(user, password, ask.password())
                                 : service.changePassword(user, password, ask.password());
            }
            if (!result.ok) {
                *error = result.message();
                return false;
            }
            *session = Workspace::sessionFor(m_store, result.user);
            m_idle.setInterval(m_idleMinute * qMax(1, result.sessionMinutes));
            return true;
        };
        const QString where = central
            ? tr("Server: %1 (%2)").arg(m_server.name, Persian::leftToRight(m_server.address()))
            : tr("Database: %1").arg(QDir::toNativeSeparators(m_store.path()));
        LoginDialog dialog(authenticate, where);
        dialog.setServers(ConnectionProfiles().names(), m_server.name);
        dialog.setSampleAccounts(Workspace::sampleAccounts(m_store));
        // who signed in to this company last time, so a remembered password is found again
        const QString lastUserKey = QStringLiteral("signin/last_user/")
            + QString::fromLatin1(QCryptographicHash::hash(storeKey().toUtf8(), QCryptographicHash::Sha1).toHex());
        if (user.isEmpty())
            user = QSettings().value(lastUserKey).toString();
        dialog.setUsername(user);
        CredentialStore credentials;
        if (!user.isEmpty()) {
            QString saved;
            const auto outcome = credentials.readNow(CredentialStore::keyFor(user, storeKey()), &saved);
            dialog.setRememberAvailable(outcome != CredentialStore::Outcome::NoKeychain);
            dialog.setPassword(saved);
            dialog.setRememberChecked(!saved.isEmpty());
        }
        const int answer = Ask::exec(&dialog);
        if (answer == LoginDialog::SwitchStore) {
            QString why;
            if (switchStore(dialog.switchTarget(), &why))
                user.clear(); // another company: its own last user
            else if (!why.isEmpty())
                Ask::warn(nullptr, tr("Vafa"), why);
            if (!m_store.isOpen())
                return false; // nothing left open to sign in to
            continue;
        }
        if (answer != QDialog::Accepted)
            return false;
        QSettings().setValue(lastUserKey, dialog.username());
        const QString key = CredentialStore::keyFor(dialog.username(), storeKey());
        if (dialog.rememberPassword())
            credentials.saveNow(key, dialog.password());
        else
            credentials.removeNow(key); // unticked: forget what was kept before
        m_session = dialog.session();
        m_session.store = &m_store;
        m_session.central = central;
        m_session.serverName = m_server.name;
        return true;
    }
}

void AppController::showWorkspace()
{
    delete m_window;
    m_window = new MainWindow(m_session, Workspace::sections(m_session));
    connect(m_window, &MainWindow::signOutRequested, this, [this] {
        m_window->hide();
        signInAgain();
    });
    connect(m_window, &MainWindow::languageChangeRequested, this, [this](const QString &language) {
        AppSetup::saveLanguage(language);
        AppSetup::applyLanguage(m_app, language);
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
        showWorkspace(); // rebuilt, so every label is in the new language
    });
    if (m_session.central) {
        // a lost connection shows in the status bar and is retried; the window keeps its pages
        auto *watch = new ConnectionWatch(m_store, m_server.host, m_server.port, m_window);
        QPointer<MainWindow> window = m_window;
        connect(watch, &ConnectionWatch::stateChanged, m_window, [window](ConnectionWatch::State state) {
            if (window)
                window->setConnectionLost(state == ConnectionWatch::State::Lost);
        });
        connect(m_window, &MainWindow::listQueryFailed, watch, &ConnectionWatch::check);
    }
    m_window->show();
    m_idle.start();
}

void AppController::signInAgain()
{
    m_idle.stop();
    m_window->deleteLater();
    // Nothing of the session outlives it while the sign-in dialog waits: only the name, to
    // offer it again.
    const QString username = m_session.username;
    if (m_session.central)
        signOutOnServer();
    m_session = Session();
    if (signIn(username))
        showWorkspace();
    else
        m_app.quit();
}

bool AppController::open(const Options &options)
{
    return openStore(options);
}

bool AppController::begin(const QString &username)
{
    if (!signIn(username))
        return false;
    m_app.installEventFilter(this);
    showWorkspace();
    return true;
}

int AppController::run(const Options &options)
{
    if (!open(options))
        return 1;
    if (!options.screenshotsDir.isEmpty())
        return ScreenshotTour::run(m_app, m_store, options.screenshotsDir) ? 0 : 1;
    if (!begin(options.username))
        return 0;
    return m_app.exec();
}
