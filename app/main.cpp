#include "ui/AppController.h"
#include "ui/AppSetup.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(VAFA_VERSION));
    AppSetup::installFonts(app);
    AppSetup::applyLanguage(app, AppSetup::savedLanguage());

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
