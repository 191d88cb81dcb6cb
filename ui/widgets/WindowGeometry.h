#pragma once
#include <QSize>
#include <QString>

class QWidget;

// Windows and dialogs that fit a laptop and come back the size a person left them (issue 10 §4).
namespace WindowGeometry {

// The smallest screen Vafa is made for: 1366×768 with a 40-pixel taskbar. No window or dialog
// asks for more than this, as its minimum, its size hint or its first size.
inline constexpr QSize kLaptop{1366, 728};

// Remembers `window`'s size and place in QSettings under "windows/<key>": put back now (clamped
// to the screen by Qt), saved whenever the window is hidden or closed. A window shown for the
// first time keeps its own size, cut to kLaptop. Nothing is stored while the application has no
// organisation name (unit tests), so a test never starts from what an earlier run left.
void keep(QWidget *window, const QString &key);

// Off: windows keep their designed sizes and nothing is read or written (the screenshot tour,
// whose pictures must not depend on how a person left their windows, nor change it).
void setRemembering(bool on);

// The QSettings key keep() uses (tests read it).
QString settingsKey(const QString &key);

} // namespace WindowGeometry
