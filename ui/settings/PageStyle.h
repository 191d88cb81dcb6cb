#pragma once
#include <QtGlobal>

class QLabel;
class QTreeWidgetItem;

// The few looks the configuration pages share, in one place so the three pages match.
namespace PageStyle {
void heading(QLabel *label, qreal scale = 1.4); // a bold title, `scale` times the body text
void errorLine(QLabel *label);                   // the red line that says why something was refused
void groupRow(QTreeWidgetItem *item);            // a bold, unselectable row that heads a group in a tree
}
