#pragma once
#include <QString>

class QApplication;

// Application-wide appearance and language, shared by the executable, the screenshot tour and
// the tests so that all of them see Vafa exactly as a user does.
namespace AppSetup {
// Vafa's organisation names for QSettings and QStandardPaths, and the start of reading the
// system's font configuration and then linking the image-format plugins on another thread, so
// that they overlap the application's own start-up (opening the database) instead of delaying
// the first paint. First thing in main().
void prepare();
// Vazirmatn as the UI font (after prepare(), which it runs if nobody did), and the application's
// style: the platform's own, drawn the same, which reads the icon of a menu bar's overflow button
// only when it is first shown (ui/AppSetup.cpp). Idempotent.
void installFonts(QApplication &app);
// "fa" unless the user chose otherwise (remembered in QSettings).
QString savedLanguage();
void saveLanguage(const QString &language);
// Loads Vafa's and Qt's translators for the language and takes the layout direction from the
// locale's own text direction, never from a list of languages.
void applyLanguage(QApplication &app, const QString &language);
}
