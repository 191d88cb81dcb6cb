#include "ui/shell/AppController.h"
#include "ui/shell/AppSetup.h"
#include "models/club/Licence.h"

#include <QApplication>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    // `vafa print …`, `vafa users import …`, `vafa identities import …`, `vafa company init …` and
    // `vafa licence …` are for scripts and may run where there is no display: they need fonts and
    // a paint device, not a window system.
    const bool command = argc > 1
        && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "users") == 0
            || std::strcmp(argv[1], "identities") == 0 || std::strcmp(argv[1], "company") == 0
            || std::strcmp(argv[1], "licence") == 0 || std::strcmp(argv[1], "server") == 0);
    if (command && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // The vendor's public key this executable was built with (app/CMakeLists.txt): the only key
    // a licence may be signed with. models/ holds no key of its own, so tests use a test key.
    Licence::setTrustedPublicKey(QByteArray::fromHex(VAFA_LICENCE_PUBLIC_KEY));

    AppSetup::prepare();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(VAFA_VERSION));
    AppSetup::applyLanguage(app, AppSetup::savedLanguage());
    if (command) {
        AppSetup::installFonts(app);
        return AppController::runCommand(app.arguments().mid(1));
    }

    AppController::Options options;
    QString message;
    int exitCode = 0;
    if (!AppController::parseArguments(app.arguments(), &options, &message, &exitCode)) {
        QTextStream(exitCode == 0 ? stdout : stderr) << message << '\n';
        return exitCode;
    }
    AppController controller(app);
    return controller.run(options);
}
