#include "ui/AppSetup.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <future>

#ifdef VAFA_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace {
const auto LanguageKey = QStringLiteral("ui/language");

// Start-up work that needs no window and no database, each on a thread of its own while the
// main thread opens the database (tests/bench/README.md, start-up). Two threads rather than one:
// one after the other they took longer than the main thread's own work and made it wait.
// - fontconfig parses some fifty XML files before the first text can be laid out: a third of
//   Vafa's start-up on Linux when done in line;
std::future<void> s_fontConfiguration;
// - Qt offers every image it reads, even a PNG from the resources, to each image-format plugin
//   first, so the first image (the menu bar's own icon) loads all of them: milliseconds of
//   dynamic linking. Linked here, they are found loaded later, and Qt only makes the plugin
//   objects, on the main thread where they belong.
std::future<void> s_imagePlugins;

void linkLibraries(const QString &directory)
{
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        if (QLibrary::isLibrary(file.fileName()))
            QLibrary(file.filePath()).load(); // stays loaded: QLibrary never unloads on destruction
}

QTranslator *s_vafaTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;

void replaceTranslator(QApplication &app, QTranslator *&slot, const QString &file, const QString &dir)
{
    if (slot) {
        app.removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto *t = new QTranslator(&app);
    if (t->load(file, dir)) {
        app.installTranslator(t);
        slot = t;
    } else {
        delete t;
    }
}
}

namespace AppSetup {

void prepare()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
    QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
    if (s_imagePlugins.valid())
        return;
    const QString imageFormats = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/imageformats");
    s_imagePlugins = std::async(std::launch::async, [imageFormats] { linkLibraries(imageFormats); });
#ifdef VAFA_HAVE_FONTCONFIG
    s_fontConfiguration = std::async(std::launch::async, [] { FcInit(); });
#endif
}

void installFonts(QApplication &app)
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    prepare();
    if (s_fontConfiguration.valid())
        s_fontConfiguration.wait();
    s_imagePlugins.wait();
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Vazirmatn-Bold.ttf"));
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPointSizeF(10);
    app.setFont(font);
}

QString savedLanguage()
{
    return QSettings().value(LanguageKey, QStringLiteral("fa")).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

void applyLanguage(QApplication &app, const QString &language)
{
    const QLocale locale(language == QLatin1String("fa") ? QStringLiteral("fa_IR") : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    replaceTranslator(app, s_vafaTranslator, QStringLiteral("vafa_") + language, QStringLiteral(":/i18n"));
    replaceTranslator(app, s_qtTranslator, QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    app.setLayoutDirection(locale.textDirection());
}

}
