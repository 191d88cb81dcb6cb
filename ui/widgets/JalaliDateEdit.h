#pragma once
// A date field in the official Jalali calendar: a line edit showing «۱۴۰۳/۰۸/۱۵» and a button
// that opens a Jalali month calendar. QDateEdit cannot be used: its sections follow the
// Gregorian calendar whatever the locale, and it cannot take Persian digits as input.
//
// Typing: any digits and the separators / - . ٫; Latin and Arabic-Indic digits turn into Persian
// ones as they are typed. The text is committed on Enter or when the field loses focus; text that
// is not a valid date is replaced by the last valid date (or cleared, if nullable).
// Keys: Up/Down = next/previous day, PageUp/PageDown = next/previous month, Ctrl+T = today,
// Alt+Down or F4 = open the calendar.
// The calendar popup is QCalendarWidget with Qt's Jalali calendar, which follows the official
// one until 1435 (see models/persian/Jalali.h); the field itself always uses the official one.
#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

class JalaliDateEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)
    Q_PROPERTY(bool nullable READ isNullable WRITE setNullable)

public:
    explicit JalaliDateEdit(QWidget *parent = nullptr);
    ~JalaliDateEdit() override;

    // The date shown; a null QDate when the field is empty (only possible when nullable).
    QDate date() const { return m_date; }
    // A null or invalid date empties the field if nullable and is ignored otherwise.
    void setDate(QDate date);

    // Whether the field may be empty. A new field is not nullable and shows today.
    bool isNullable() const { return m_nullable; }
    void setNullable(bool nullable);

    // Whether the text being typed is a valid date (or empty in a nullable field).
    bool hasAcceptableInput() const;

    QLineEdit *lineEdit() const { return m_edit; }
    // The popup's calendar; created the first time the popup opens.
    QCalendarWidget *calendarWidget() const { return m_calendar; }

public slots:
    void showCalendar();
    void setToday();
    void clear();

signals:
    void dateChanged(QDate date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void commitText();
    void stepDays(int days);
    void stepMonths(int months);
    void showDateText();
    void updateValidityLook();
    void createPopup();
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_date;
    bool m_nullable = false;
};
