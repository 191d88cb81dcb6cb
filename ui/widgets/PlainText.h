#pragma once
#include <QString>

class QLabel;

// Text people typed (names, addresses, titles) shown in a label: always as plain text, never as
// rich text, and cut with an ellipsis past `maxWidth` pixels, the whole value in the tooltip, so
// a 10,000-character name neither formats itself nor stretches the window.
namespace PlainText {
constexpr int kLabelWidth = 420;
void show(QLabel *label, const QString &text, int maxWidth = kLabelWidth);
} // namespace PlainText
