#pragma once
#include <QString>

class QApplication;

// Application-wide appearance and language, shared by the executable, the screenshot tour and
// the tests so that all of them see Vafa exactly as a user does.
namespace AppSetup {
// Vazirmatn as the UI font and Vafa's organisation names for QSettings and QStandardPaths.
void installFonts(QApplication &app);
// "fa" unless the user chose otherwise (remembered in QSettings).
QString savedLanguage();
void saveLanguage(const QString &language);
// Loads Vafa's and Qt's translators for the language and takes the layout direction from the
// locale's own text direction, never from a list of languages.
void applyLanguage(QApplication &app, const QString &language);
}
