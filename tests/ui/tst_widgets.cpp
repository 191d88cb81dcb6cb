// The shared widgets, offscreen: typing Persian and Latin digits, keyboard stepping, the Jalali
// popup's weekend colours, and money grouping as you type.
#include "ui/widgets/JalaliDateEdit.h"
#include "ui/widgets/MoneyEdit.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/PlainText.h"

#include "models/persian/Jalali.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QFrame>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>
#include <QToolButton>

using Persian::MoneyUnit;

namespace {

// QTest::keyClicks() only sends Latin-1 characters, so Persian and Arabic-Indic digits are
// sent as key events carrying the text, which is what an input method delivers.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        // Qt's key codes for printable characters are their upper-case code points.
        const int key = int(c.toUpper().unicode());
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(w, &release);
    }
}

QDate jalali(int y, int m, int d)
{
    return Persian::JalaliDate{y, m, d}.toGregorian();
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT
private slots:
    void askScriptAnswersInOrderAndFailsOnTheUnexpected();
    void dateShowsPersianDigits();
    void dateTyping_data();
    void dateTyping();
    void dateInvalidTextReverts();
    void dateLiveDigitConversion();
    void dateKeys();
    void dateNullable();
    void datePopup();
    void moneyGrouping_data();
    void moneyGrouping();
    void moneyCursorStaysAfterTypedDigit();
    void moneyUnitSwitch();
    void moneyTomanDecimal();
    void moneyRefusesTooLarge();
    void moneyNegative();
    void objectNames();
};

void TestWidgets::dateShowsPersianDigits()
{
    JalaliDateEdit edit;
    QCOMPARE(edit.date(), QDate::currentDate());
    edit.setDate(QDate(2024, 11, 5));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱۴۰۳/۰۸/۱۵"));
    QVERIFY(edit.hasAcceptableInput());
}

void TestWidgets::dateTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("latin") << QStringLiteral("1403/8/15") << QDate(2024, 11, 5);
    QTest::newRow("persian") << QStringLiteral("۱۴۰۳/۰۸/۱۵") << QDate(2024, 11, 5);
    QTest::newRow("arabic-indic dashes") << QStringLiteral("١٤٠٣-١٢-٣٠") << QDate(2025, 3, 20);
    QTest::newRow("compact") << QStringLiteral("14040101") << QDate(2025, 3, 21);
}

void TestWidgets::dateTyping()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    JalaliDateEdit edit;
    edit.setDate(QDate(2000, 1, 1));
    QSignalSpy spy(&edit, &JalaliDateEdit::dateChanged);
    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), typed);
    QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
    QCOMPARE(edit.date(), expected);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), expected);
    QCOMPARE(edit.lineEdit()->text(), Persian::formatDate(expected));
}

void TestWidgets::dateInvalidTextReverts()
{
    JalaliDateEdit edit;
    edit.setDate(QDate(2024, 11, 5));
    QSignalSpy spy(&edit, &JalaliDateEdit::dateChanged);
    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), QStringLiteral("1402/12/30")); // 1402 is not a leap year
    QVERIFY(!edit.hasAcceptableInput());
    QVERIFY(edit.lineEdit()->property("invalidInput").toBool());
    QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
    QCOMPARE(edit.date(), QDate(2024, 11, 5));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱۴۰۳/۰۸/۱۵"));
    QCOMPARE(spy.count(), 0);
    QVERIFY(!edit.lineEdit()->property("invalidInput").toBool());
}

void TestWidgets::dateLiveDigitConversion()
{
    JalaliDateEdit edit;
    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), QStringLiteral("14x03/"));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱۴۰۳/")); // letters dropped, digits Persian
    QCOMPARE(edit.lineEdit()->cursorPosition(), 5);
}

void TestWidgets::dateKeys()
{
    JalaliDateEdit edit;
    QSignalSpy spy(&edit, &JalaliDateEdit::dateChanged);
    edit.setDate(jalali(1403, 12, 29));
    QLineEdit *le = edit.lineEdit();

    QTest::keyClick(le, Qt::Key_Up);
    QCOMPARE(edit.date(), jalali(1403, 12, 30)); // 1403 is leap: 30 Esfand exists
    QTest::keyClick(le, Qt::Key_Up);
    QCOMPARE(edit.date(), jalali(1404, 1, 1));
    QCOMPARE(le->text(), QStringLiteral("۱۴۰۴/۰۱/۰۱"));
    QTest::keyClick(le, Qt::Key_Down);
    QTest::keyClick(le, Qt::Key_Down);
    QCOMPARE(edit.date(), jalali(1403, 12, 29));

    edit.setDate(jalali(1403, 6, 31));
    QTest::keyClick(le, Qt::Key_PageUp);
    QCOMPARE(edit.date(), jalali(1403, 7, 30)); // Mehr has 30 days
    QTest::keyClick(le, Qt::Key_PageDown);
    QCOMPARE(edit.date(), jalali(1403, 6, 30));
    QTest::keyClick(le, Qt::Key_PageDown);
    QCOMPARE(edit.date(), jalali(1403, 5, 30));

    // Typed but not yet committed text is the base for the step.
    le->clear();
    typeText(le, QStringLiteral("1402/11/30"));
    QTest::keyClick(le, Qt::Key_PageUp);
    QCOMPARE(edit.date(), jalali(1402, 12, 29)); // 1402 is not leap

    QTest::keyClick(le, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(edit.date(), QDate::currentDate());
    edit.setDate(QDate(2020, 1, 1));
    QKeyEvent persianCtrlT(QEvent::KeyPress, 0x0641, Qt::ControlModifier, QStringLiteral("ف"));
    QCoreApplication::sendEvent(le, &persianCtrlT);
    QCOMPARE(edit.date(), QDate::currentDate());
    QVERIFY(spy.count() >= 9);
}

void TestWidgets::dateNullable()
{
    JalaliDateEdit edit;
    edit.setDate(QDate());
    QVERIFY(edit.date().isValid()); // not nullable: ignored
    edit.setNullable(true);
    QSignalSpy spy(&edit, &JalaliDateEdit::dateChanged);
    edit.lineEdit()->clear();
    QVERIFY(edit.hasAcceptableInput());
    QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
    QVERIFY(edit.date().isNull());
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).toDate().isNull());
    QVERIFY(edit.lineEdit()->text().isEmpty());
    QTest::keyClick(edit.lineEdit(), Qt::Key_Up); // from empty, a step starts at today
    QCOMPARE(edit.date(), QDate::currentDate());
    edit.clear();
    QVERIFY(edit.date().isNull());
    edit.setNullable(false);
    QCOMPARE(edit.date(), QDate::currentDate());
}

void TestWidgets::datePopup()
{
    JalaliDateEdit edit;
    edit.setDate(QDate(2024, 11, 5));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(!edit.calendarWidget());
    QTest::mouseClick(edit.findChild<QToolButton *>(QStringLiteral("calendarToolButton")), Qt::LeftButton);
    QCalendarWidget *cal = edit.findChild<QCalendarWidget *>(QStringLiteral("popupCalendarWidget"));
    QVERIFY(cal);
    QCOMPARE(cal, edit.calendarWidget());
    QVERIFY(cal->isVisible());
    QCOMPARE(cal->calendar().name(), QCalendar(QCalendar::System::Jalali).name());
    QCOMPARE(cal->locale().language(), QLocale::Persian);
    QCOMPARE(cal->firstDayOfWeek(), Qt::Saturday);
    QCOMPARE(cal->selectedDate(), QDate(2024, 11, 5));
    QCOMPARE(cal->monthShown(), 8); // Aban, in the Jalali calendar
    QCOMPARE(cal->yearShown(), 1403);

    // Toolchain gotcha G2: Friday is the weekend, Saturday and Sunday are ordinary days.
    const QColor weekend = cal->weekdayTextFormat(Qt::Friday).foreground().color();
    const QColor saturday = cal->weekdayTextFormat(Qt::Saturday).foreground().color();
    const QColor sunday = cal->weekdayTextFormat(Qt::Sunday).foreground().color();
    const QColor monday = cal->weekdayTextFormat(Qt::Monday).foreground().color();
    QVERIFY(weekend.red() > 150 && weekend.green() < 100);
    QCOMPARE(saturday, monday);
    QCOMPARE(sunday, monday);
    QVERIFY(saturday != weekend);

    // Picking a day closes the popup and sets the date.
    QSignalSpy spy(&edit, &JalaliDateEdit::dateChanged);
    emit cal->clicked(QDate(2025, 3, 21));
    QCOMPARE(edit.date(), QDate(2025, 3, 21));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱۴۰۴/۰۱/۰۱"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!cal->isVisible());

    // Alt+Down opens it again.
    QTest::keyClick(edit.lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QVERIFY(cal->isVisible());
    QCOMPARE(cal->selectedDate(), QDate(2025, 3, 21));
    edit.findChild<QFrame *>(QStringLiteral("calendarPopupFrame"))->hide();
}

void TestWidgets::moneyGrouping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<qint64>("rials");
    QTest::newRow("latin") << QStringLiteral("1250000") << QStringLiteral("۱٬۲۵۰٬۰۰۰") << qint64(1250000);
    QTest::newRow("persian") << QStringLiteral("۱۲۵۰۰۰۰") << QStringLiteral("۱٬۲۵۰٬۰۰۰") << qint64(1250000);
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣٤") << QStringLiteral("۱٬۲۳۴") << qint64(1234);
    QTest::newRow("mixed") << QStringLiteral("1۲٣4567") << QStringLiteral("۱٬۲۳۴٬۵۶۷") << qint64(1234567);
    QTest::newRow("typed commas dropped") << QStringLiteral("1,000") << QStringLiteral("۱٬۰۰۰") << qint64(1000);
    QTest::newRow("letters dropped") << QStringLiteral("12a3") << QStringLiteral("۱۲۳") << qint64(123);
    QTest::newRow("leading zeros") << QStringLiteral("0075") << QStringLiteral("۷۵") << qint64(75);
    QTest::newRow("no minus by default") << QStringLiteral("-5") << QStringLiteral("۵") << qint64(5);
    QTest::newRow("no decimal in rial") << QStringLiteral("12.5") << QStringLiteral("۱۲۵") << qint64(125);
}

void TestWidgets::moneyGrouping()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(qint64, rials);
    MoneyEdit edit;
    QSignalSpy spy(&edit, &MoneyEdit::rialsChanged);
    typeText(edit.lineEdit(), typed);
    QCOMPARE(edit.lineEdit()->text(), shown);
    QCOMPARE(edit.rials(), rials);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.last().at(0).toLongLong(), rials);
}

void TestWidgets::moneyCursorStaysAfterTypedDigit()
{
    MoneyEdit edit;
    QLineEdit *le = edit.lineEdit();
    typeText(le, QStringLiteral("100000")); // «۱۰۰٬۰۰۰»
    QCOMPARE(le->text(), QStringLiteral("۱۰۰٬۰۰۰"));
    le->setCursorPosition(1); // after the first digit
    typeText(le, QStringLiteral("5"));
    QCOMPARE(le->text(), QStringLiteral("۱٬۵۰۰٬۰۰۰"));
    QCOMPARE(le->cursorPosition(), 3); // still right after the typed «۵»
    QCOMPARE(edit.rials(), qint64(1500000));
    QTest::keyClick(le, Qt::Key_Backspace); // removes the «۵»
    QCOMPARE(le->text(), QStringLiteral("۱۰۰٬۰۰۰"));
    QCOMPARE(le->cursorPosition(), 1);
}

void TestWidgets::moneyUnitSwitch()
{
    MoneyEdit edit;
    QSignalSpy unitSpy(&edit, &MoneyEdit::unitChanged);
    QSignalSpy rialsSpy(&edit, &MoneyEdit::rialsChanged);
    edit.setRials(1250000);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱٬۲۵۰٬۰۰۰"));
    edit.setUnit(MoneyUnit::Toman);
    QCOMPARE(unitSpy.count(), 1);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱۲۵٬۰۰۰"));
    QCOMPARE(edit.rials(), qint64(1250000));
    auto *box = edit.findChild<QComboBox *>(QStringLiteral("unitComboBox"));
    QCOMPARE(box->currentData().toInt(), int(MoneyUnit::Toman));

    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), QStringLiteral("۲۰۰۰"));
    QCOMPARE(edit.rials(), qint64(20000)); // 2000 toman
    QCOMPARE(rialsSpy.last().at(0).toLongLong(), qint64(20000));

    // The user switching the combo box back to rial.
    box->setCurrentIndex(box->findData(int(MoneyUnit::Rial)));
    emit box->activated(box->currentIndex());
    QCOMPARE(edit.unit(), MoneyUnit::Rial);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۲۰٬۰۰۰"));
    QCOMPARE(edit.rials(), qint64(20000));
}

void TestWidgets::moneyTomanDecimal()
{
    MoneyEdit edit;
    edit.setUnit(MoneyUnit::Toman);
    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), QStringLiteral("1234.5"));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱٬۲۳۴٫۵"));
    QCOMPARE(edit.rials(), qint64(12345));
    typeText(edit.lineEdit(), QStringLiteral("6")); // a second decimal is refused
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱٬۲۳۴٫۵"));
    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), QStringLiteral("٫۵"));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۰٫۵"));
    QCOMPARE(edit.rials(), qint64(5));
    edit.setRials(12345);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۱٬۲۳۴٫۵"));
}

void TestWidgets::moneyRefusesTooLarge()
{
    MoneyEdit edit;
    typeText(edit.lineEdit(), QStringLiteral("999999999999999"));
    QCOMPARE(edit.rials(), MoneyEdit::MaxRials);
    typeText(edit.lineEdit(), QStringLiteral("9"));
    QCOMPARE(edit.rials(), MoneyEdit::MaxRials);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹"));
}

void TestWidgets::moneyNegative()
{
    MoneyEdit edit;
    edit.setNegativeAllowed(true);
    typeText(edit.lineEdit(), QStringLiteral("-25000"));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("-۲۵٬۰۰۰"));
    QCOMPARE(edit.rials(), qint64(-25000));
    edit.setNegativeAllowed(false);
    QCOMPARE(edit.rials(), qint64(0));
}

// Convention: object names end with the widget class name.
void TestWidgets::objectNames()
{
    JalaliDateEdit date;
    date.showCalendar();
    MoneyEdit money;
    QList<QWidget *> children = date.findChildren<QWidget *>();
    children += money.findChildren<QWidget *>();
    for (QWidget *w : std::as_const(children)) {
        const QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue; // Qt's own internals
        const QString cls = QString::fromLatin1(w->metaObject()->className()).mid(1); // drop the Q
        QVERIFY2(name.endsWith(cls), qPrintable(name + QLatin1String(" / ") + cls));
    }
    QVERIFY(date.findChild<QLineEdit *>(QStringLiteral("dateLineEdit")));
    QVERIFY(money.findChild<QLineEdit *>(QStringLiteral("amountLineEdit")));
}

// Tests answer modal questions through Ask::Script: answers are taken in order, messages are
// kept, a question nobody scripted is refused at once (never a window that waits), and an
// answer never asked for is reported.
void TestWidgets::askScriptAnswersInOrderAndFailsOnTheUnexpected()
{
    {
        Ask::Script script;
        script.confirm(true).text(QStringLiteral("دلیل")).choose(1).file(QStringLiteral("/tmp/x.pdf"));
        QVERIFY(Ask::confirm(nullptr, QStringLiteral("t"), QStringLiteral("q")));
        QCOMPARE(Ask::text(nullptr, QStringLiteral("t"), QStringLiteral("l")).value_or(QString()), QStringLiteral("دلیل"));
        QCOMPARE(Ask::choose(nullptr, QStringLiteral("t"), QStringLiteral("q"), {QStringLiteral("a"), QStringLiteral("b")}), 1);
        QCOMPARE(Ask::saveFile(nullptr, QStringLiteral("t"), {}, {}), QStringLiteral("/tmp/x.pdf"));
        Ask::warn(nullptr, QStringLiteral("t"), QStringLiteral("<b>هشدار</b>"));
        QCOMPARE(script.messages(), QStringList{QStringLiteral("<b>هشدار</b>")});
        QVERIFY(script.finished());
    }
    {
        Ask::Script script;
        QVERIFY(!Ask::confirm(nullptr, QStringLiteral("Delete"), QStringLiteral("Sure?"))); // no answer: No, at once
        QVERIFY(!Ask::text(nullptr, QStringLiteral("Reason"), QStringLiteral("Why?")));
        QString why;
        QVERIFY(!script.finished(&why));
        QCOMPARE(script.unexpected().size(), 2);
        QVERIFY(why.contains(QStringLiteral("Delete")));
    }
    {
        Ask::Script script;
        script.confirm(true);
        QString why;
        QVERIFY(!script.finished(&why)); // the question the test expected never came
        QVERIFY(why.contains(QStringLiteral("never asked")));
    }
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
