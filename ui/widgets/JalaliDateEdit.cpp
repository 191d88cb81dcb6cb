#include "ui/widgets/JalaliDateEdit.h"

#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"

#include <QCalendar>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

using Persian::JalaliDate;

namespace {

bool isDateCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return Persian::digitValue(c) >= 0 || u == u'/' || u == u'-' || u == u'.'
            || u == Persian::DecimalSeparator;
}

} // namespace

JalaliDateEdit::JalaliDateEdit(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateLineEdit"));
    // «۱۴۰۳/۰۸/۱۵» plus a little room; dates never grow.
    m_edit->setMaxLength(16);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("calendarToolButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);

    connect(m_edit, &QLineEdit::textEdited, this, &JalaliDateEdit::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &JalaliDateEdit::commitText);
    connect(m_button, &QToolButton::clicked, this, &JalaliDateEdit::showCalendar);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    retranslate();
    m_date = QDate::currentDate();
    showDateText();
}

JalaliDateEdit::~JalaliDateEdit() = default;

void JalaliDateEdit::setDate(QDate date)
{
    if (!date.isValid() || !JalaliDate::fromGregorian(date).isValid()) {
        if (!m_nullable) {
            showDateText(); // drop whatever was typed; keep the last good date
            return;
        }
        date = QDate();
    }
    const bool changed = date != m_date;
    m_date = date;
    showDateText();
    if (m_calendar && date.isValid())
        m_calendar->setSelectedDate(date);
    if (changed)
        emit dateChanged(m_date);
}

void JalaliDateEdit::setNullable(bool nullable)
{
    m_nullable = nullable;
    m_edit->setClearButtonEnabled(nullable);
    if (!nullable && !m_date.isValid())
        setDate(QDate::currentDate());
    updateValidityLook();
}

void JalaliDateEdit::clear()
{
    setDate(QDate());
}

void JalaliDateEdit::setToday()
{
    setDate(QDate::currentDate());
}

bool JalaliDateEdit::hasAcceptableInput() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_nullable;
    return JalaliDate::parse(text).has_value();
}

void JalaliDateEdit::onTextEdited(const QString &text)
{
    // Keep only what a date can hold and show Persian digits while typing. Each kept character
    // maps to exactly one character, so the cursor only moves back by the dropped ones.
    int cursor = m_edit->cursorPosition();
    QString cleaned;
    cleaned.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isDateCharacter(c)) {
            const int d = Persian::digitValue(c);
            cleaned.append(d >= 0 ? QChar(char16_t(Persian::PersianZero + d)) : c);
        } else if (i < m_edit->cursorPosition()) {
            --cursor;
        }
    }
    if (cleaned != text) {
        m_edit->setText(cleaned);
        m_edit->setCursorPosition(cursor);
    }
    updateValidityLook();
}

void JalaliDateEdit::commitText()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        setDate(QDate()); // empties a nullable field; restores the date otherwise
        return;
    }
    const auto parsed = JalaliDate::parse(text);
    if (parsed)
        setDate(parsed->toGregorian());
    else
        showDateText();
}

void JalaliDateEdit::stepDays(int days)
{
    commitText();
    const QDate base = m_date.isValid() ? m_date : QDate::currentDate();
    setDate(m_date.isValid() ? base.addDays(days) : base);
}

void JalaliDateEdit::stepMonths(int months)
{
    commitText();
    if (!m_date.isValid()) {
        setDate(QDate::currentDate());
        return;
    }
    const JalaliDate moved = JalaliDate::fromGregorian(m_date).addMonths(months);
    if (moved.isValid())
        setDate(moved.toGregorian());
}

void JalaliDateEdit::showDateText()
{
    const QString text = Persian::formatDate(m_date);
    if (m_edit->text() != text)
        m_edit->setText(text);
    updateValidityLook();
}

void JalaliDateEdit::updateValidityLook()
{
    // A red text colour rather than a style sheet, so that the application style still applies.
    const bool ok = hasAcceptableInput();
    if (m_edit->property("invalidInput").toBool() == !ok)
        return;
    m_edit->setProperty("invalidInput", !ok);
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Text, ok ? palette().color(QPalette::Text) : QColor(0xC6, 0x28, 0x28));
    m_edit->setPalette(pal);
}

void JalaliDateEdit::createPopup()
{
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("calendarPopupFrame"));
    m_popup->setFrameShape(QFrame::StyledPanel);

    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setObjectName(QStringLiteral("popupCalendarWidget"));
    m_calendar->setCalendar(QCalendar(QCalendar::System::Jalali));
    // Jalali month names and Persian digits come from the fa_IR locale of the calendar widget.
    m_calendar->setLocale(QLocale(QLocale::Persian, QLocale::Iran));
    m_calendar->setFirstDayOfWeek(Qt::Saturday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);

    // QCalendarWidget paints Saturday and Sunday as the weekend whatever the locale (toolchain
    // gotcha G2); in Iran the weekend is Friday.
    QTextCharFormat normal;
    normal.setForeground(palette().color(QPalette::Text));
    QTextCharFormat weekend;
    weekend.setForeground(QColor(0xC6, 0x28, 0x28));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_calendar->setWeekdayTextFormat(Qt::DayOfWeek(day), day == Qt::Friday ? weekend : normal);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_calendar);

    auto pick = [this](QDate date) {
        m_popup->hide();
        setDate(date);
        m_edit->setFocus(Qt::PopupFocusReason);
    };
    connect(m_calendar, &QCalendarWidget::clicked, this, pick);
    connect(m_calendar, &QCalendarWidget::activated, this, pick);
}

void JalaliDateEdit::showCalendar()
{
    commitText();
    if (!m_popup)
        createPopup();
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_popup->adjustSize();

    // Below the field, aligned with its leading edge (the right edge in a right-to-left UI),
    // flipped above it when there is no room on the screen.
    const QSize size = m_popup->sizeHint();
    QPoint pos = isRightToLeft() ? mapToGlobal(QPoint(width() - size.width(), height()))
                                 : mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        if (pos.y() + size.height() > avail.bottom())
            pos.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - size.width())));
    }
    m_popup->move(pos);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool JalaliDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        // Ctrl+T, also with the Persian layout, where that key types «ف».
        if (mods == Qt::ControlModifier && (key->key() == Qt::Key_T || key->key() == 0x0641)) {
            setToday();
            return true;
        }
        if ((mods == Qt::AltModifier && key->key() == Qt::Key_Down)
            || (mods == Qt::NoModifier && key->key() == Qt::Key_F4)) {
            showCalendar();
            return true;
        }
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Up: stepDays(1); return true;
            case Qt::Key_Down: stepDays(-1); return true;
            case Qt::Key_PageUp: stepMonths(1); return true;
            case Qt::Key_PageDown: stepMonths(-1); return true;
            default: break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JalaliDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JalaliDateEdit::retranslate()
{
    m_edit->setPlaceholderText(tr("YYYY/MM/DD"));
    m_button->setToolTip(tr("Choose a date from the calendar (Alt+Down)"));
    m_edit->setToolTip(tr("Up/Down: next or previous day; Page Up/Page Down: next or previous month; Ctrl+T: today"));
}
