#include "ui/widgets/UnsavedChanges.h"

#include "ui/widgets/Ask.h"
#include "ui/widgets/ImagePicker.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>

QStringList UnsavedChanges::snapshot(const QWidget *form)
{
    QStringList values;
    // children in creation order: the same editor always yields its values in the same order
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        const QString name = w->objectName();
        if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            values << name + QLatin1Char('=') + edit->text();
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            values << name + QLatin1Char('=') + QString::number(combo->currentIndex()) + QLatin1Char(':')
                          + combo->currentText();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->isCheckable())
                values << name + (button->isChecked() ? QStringLiteral("=on") : QStringLiteral("=off"));
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
            values << name + QLatin1Char('=') + spin->text();
        } else if (const auto *text = qobject_cast<const QTextEdit *>(w)) {
            values << name + QLatin1Char('=') + text->toHtml();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
            values << name + QLatin1Char('=') + plain->toPlainText();
        } else if (const auto *picker = qobject_cast<const ImagePicker *>(w)) {
            values << name + QLatin1Char('=') + QString::number(qHash(picker->image()));
        } else if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            values << name + QStringLiteral("=%1x%2").arg(table->rowCount()).arg(table->columnCount());
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem *item = table->item(r, c))
                        values << item->text() + QLatin1Char('|') + QString::number(item->checkState());
        }
    }
    return values;
}

void UnsavedChanges::markSaved()
{
    m_saved = snapshot(m_form);
}

bool UnsavedChanges::hasChanges() const
{
    return snapshot(m_form) != m_saved;
}

bool UnsavedChanges::mayDiscard() const
{
    if (!hasChanges())
        return true;
    return Ask::confirm(m_form, m_form->windowTitle(),
                        QCoreApplication::translate("UnsavedChanges", "Discard the changes that were not saved?"));
}
