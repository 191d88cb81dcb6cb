#pragma once
#include "models/auth/SignIn.h"
#include "models/core/Store.h"
#include "models/server/ConnectionProfile.h"
#include "ui/shell/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

#include <memory>

class QApplication;

// What the vafa executable does, from the command line to the last window: open (or build)
// the store, sign in, show the workspace of the signed-in kind of user, and come back to the
// sign-in dialog on sign-out. It lives in ui/ so that tests and benchmarks run the same path.
class AppController final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storePath;      // empty: the demo store, or the user's default store
        bool demo = false;
        int demoIdentities = 0; // 0 = the demo company's normal size
        QString screenshotsDir; // render the tour and quit
        QString username;       // pre-filled in the sign-in dialog
    };

    explicit AppController(QApplication &app);
    ~AppController() override;

    // Parses QApplication's arguments. Returns false when the program should not run: then
    // `message` is the help, the version or what was wrong, and `exitCode` what to exit with.
    static bool parseArguments(const QStringList &arguments, Options *options, QString *message, int *exitCode);

    // Returns the process exit code.
    int run(const Options &options);

    // The steps of run(), for tests that drive the controller without its main loop:
    // opens the store of `options` (false: a message was shown or written),
    bool open(const Options &options);
    // then signs in and shows the workspace (false: the person cancelled the sign-in).
    bool begin(const QString &username = {});
    // The workspace while someone is signed in, and who that is (empty while signed out).
    MainWindow *window() const { return m_window; }
    const Session &session() const { return m_session; }
    // How long one minute of security.session_minutes lasts: a minute, except in tests, which
    // check the idle sign-out without waiting for it.
    void setIdleMinute(std::chrono::milliseconds minute) { m_idleMinute = minute; }

    // The script commands: `print …` (reports/PrintCommand), `users import …`
    // (models/club/ClubUserImport), `company init …` and `licence show|install …`
    // (models/club/LicenceCommand). `arguments` start at the command's name.
    static int runCommand(const QStringList &arguments);

    // Where `vafa --demo` keeps the demo company of the given size.
    static QString demoStorePath(int identities);

    // The first start's question and its choices, in order (the tour shows them too).
    static QString startQuestion();
    static QStringList startChoices();
    enum StartChoice { NewCompany = 0, OpenFile = 1, Demo = 2, Server = 3 };

    // Central mode: the connection profile the store is open on (empty name: a company file).
    const ConnectionProfile &server() const { return m_server; }
    // Opens the company's server of `profile` (the login role's password from the keychain, or
    // asked for); false with `why` for the person (empty when they cancelled).
    bool openServer(const ConnectionProfile &profile, QString *why);

protected:
    // Any key or mouse press restarts the idle timer of the session.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openStore(const Options &options);
    bool ensureDemo(int identities, bool interactive);
    enum class Start { Opened, Left, Failed }; // Left: the person chose not to begin
    Start openLastOrStart(bool interactive);
    bool signIn(const QString &username);
    // Signing in and changing a password where the store is: in the app on a company file, in
    // the server's sign-in function on a server (ServerSignIn), which hands the store its token.
    SignInResult signInOnServer(const QString &username, const QString &password);
    SignInResult changePasswordOnServer(const QString &username, const QString &password, const QString &newPassword);
    void signOutOnServer();
    // The login role's password of `profile`: from the keychain, else typed by the person
    // (false: they cancelled).
    bool loginPassword(const ConnectionProfile &profile, QString *password);
    bool openServerWith(const ConnectionProfile &profile, const QString &password, QString *why);
    // Opens what the sign-in dialog's server picker chose: a profile, or ("") the company file.
    bool switchStore(const QString &target, QString *why);
    // Where the store is, for remembered names and passwords: the file, or the server's address.
    QString storeKey() const;
    void showWorkspace();
    // Closes the window and asks to sign in again (sign-out, or the session ran idle too long).
    void signInAgain();

    QApplication &m_app;
    Store m_store;
    Session m_session;
    QPointer<MainWindow> m_window;
    ConnectionProfile m_server;
    QTimer m_idle; // security.session_minutes without input ends the session
    std::chrono::milliseconds m_idleMinute = std::chrono::minutes(1);
};
