#pragma once
#include "models/core/Store.h"
#include "ui/shell/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

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

    // The script commands: `print …` (reports/PrintCommand) and `users import …`
    // (models/club/ClubUserImport). `arguments` start at the command's name.
    static int runCommand(const QStringList &arguments);

    // Where `vafa --demo` keeps the demo company of the given size.
    static QString demoStorePath(int identities);

protected:
    // Any key or mouse press restarts the idle timer of the session.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openStore(const Options &options);
    bool ensureDemo(int identities, bool interactive);
    bool signIn(const QString &username);
    void showWorkspace();
    // Closes the window and asks to sign in again (sign-out, or the session ran idle too long).
    void signInAgain();

    QApplication &m_app;
    Store m_store;
    Session m_session;
    QPointer<MainWindow> m_window;
    QTimer m_idle; // security.session_minutes without input ends the session
};
