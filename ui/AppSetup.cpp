#include "ui/AppSetup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const auto LanguageKey = QStringLiteral("ui/language");

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

void installFonts(QApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
    QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
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
