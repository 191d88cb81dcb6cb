#include "ui/AppSetup.h"

#include <QApplication>
#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QImageReader>
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

// fontconfig parses some fifty XML files before the first text can be laid out: a third of
// Vafa's start-up on Linux when done in line (tests/bench/README.md, start-up).
std::future<void> s_fontConfiguration;

// Qt offers every image it reads, even a PNG from the resources, to each image-format plugin
// first, so the first image loads all of them: milliseconds of dynamic linking, which the menu
// bar's own icon would otherwise pay while the window is being built.
void loadImageFormatPlugins()
{
    QByteArray nothing;
    QBuffer buffer(&nothing);
    QImageReader(&buffer, "png").canRead();
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
#ifdef VAFA_HAVE_FONTCONFIG
    if (!s_fontConfiguration.valid())
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
    // The main thread would only wait for fontconfig here: it does work it has to do anyway.
    loadImageFormatPlugins();
    if (s_fontConfiguration.valid())
        s_fontConfiguration.wait();
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
