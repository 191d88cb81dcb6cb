#pragma once
// An amount field: digits are grouped with «٬» and shown in Persian as they are typed (any digit
// set is accepted), the value is an integer number of rials (DESIGN §4) and the unit the user
// types in, rial or toman, is switchable. In toman one decimal digit is allowed (۱۲٫۵ تومان =
// 125 rials), since a rial amount that is not a multiple of ten must stay editable.
#include "models/persian/Money.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

class MoneyEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 rials READ rials WRITE setRials NOTIFY rialsChanged USER true)
    Q_PROPERTY(bool negativeAllowed READ isNegativeAllowed WRITE setNegativeAllowed)
    Q_PROPERTY(bool unitSelectable READ isUnitSelectable WRITE setUnitSelectable)

public:
    // The largest amount accepted: 999 trillion rials, the limit of amounts in words too.
    static constexpr qint64 MaxRials = 999'999'999'999'999;

    explicit MoneyEdit(QWidget *parent = nullptr);

    // The amount in rials; 0 when the field is empty.
    qint64 rials() const { return m_rials; }
    void setRials(qint64 rials);
    bool isEmpty() const;

    Persian::MoneyUnit unit() const { return m_unit; }
    // Switching the unit keeps the amount and shows it in the new unit.
    void setUnit(Persian::MoneyUnit unit);

    bool isNegativeAllowed() const { return m_negativeAllowed; }
    void setNegativeAllowed(bool allowed);

    // Whether the user can switch the unit (the unit is always shown).
    bool isUnitSelectable() const;
    void setUnitSelectable(bool selectable);

    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    void clear();

signals:
    void rialsChanged(qint64 rials);
    void unitChanged(Persian::MoneyUnit unit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void showRials();
    void updateRials(qint64 rials);
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QComboBox *m_unitBox = nullptr;
    qint64 m_rials = 0;
    Persian::MoneyUnit m_unit = Persian::MoneyUnit::Rial;
    bool m_negativeAllowed = false;
    QString m_lastText; // the last accepted text, restored when an edit is refused
    int m_lastCursor = 0;
};
