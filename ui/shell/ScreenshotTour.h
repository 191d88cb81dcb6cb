#pragma once
#include <QString>

class QApplication;
class Store;

// `vafa --demo --screenshots DIR`: signs in as each kind of sample user and writes a PNG of
// the sign-in dialog and of every main view, so a person can look at what a change did.
namespace ScreenshotTour {
bool run(QApplication &app, Store &store, const QString &dir);
}
