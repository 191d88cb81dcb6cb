#pragma once
#include "ui/widgets/ListPage.h"

#include <QDialog>

class Store;

// Picks one row of a searchable list (a customer, an approved invoice): Enter or a double
// click takes the row, Escape leaves without one.
class ListPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    ListPickerDialog(QSqlDatabase db, const QString &title, QVector<ListColumn> columns, ListPage::SpecFactory factory,
                     QWidget *parent = nullptr);

    ListPage *page() const { return m_page; }
    QString chosenId() const { return m_chosen; }
    // The chosen row's text in `column` (display text, as shown).
    QString chosenText(int column) const { return m_chosenTexts.value(column); }

    void accept() override;

    // Asks for an identity (searching names, numbers, mobiles); empty when none was chosen.
    static QString chooseIdentity(Store &store, const QString &title, QWidget *parent, QString *name);

private:
    ListPage *m_page;
    QString m_chosen;
    QStringList m_chosenTexts;
};
