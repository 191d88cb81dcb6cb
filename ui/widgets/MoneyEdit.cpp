#include "ui/widgets/MoneyEdit.h"

#include "models/persian/Digits.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

using Persian::MoneyUnit;

namespace {

constexpr int MaxWholeDigits = 15; // MoneyEdit::MaxRials has 15 digits

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

bool isDecimalPoint(QChar c)
{
    return c == QChar(Persian::DecimalSeparator) || c == u'.';
}

// Characters that carry meaning (not grouping): the cursor is kept after the same number of them.
bool isSignificant(QChar c)
{
    return Persian::digitValue(c) >= 0 || isMinus(c) || isDecimalPoint(c);
}

} // namespace

MoneyEdit::MoneyEdit(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("amountLineEdit"));
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setFocusProxy(m_edit);

    m_unitBox = new QComboBox(this);
    m_unitBox->setObjectName(QStringLiteral("unitComboBox"));
    m_unitBox->addItem(QString(), int(MoneyUnit::Rial));
    m_unitBox->addItem(QString(), int(MoneyUnit::Toman));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_unitBox);

    connect(m_edit, &QLineEdit::textEdited, this, &MoneyEdit::onTextEdited);
    connect(m_unitBox, &QComboBox::activated, this, [this](int index) {
        setUnit(MoneyUnit(m_unitBox->itemData(index).toInt()));
    });

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    retranslate();
    setUnit(Persian::shownUnit()); // typed the way the company counts; the person can switch
}

bool MoneyEdit::isEmpty() const
{
    return m_edit->text().isEmpty();
}

void MoneyEdit::setRials(qint64 rials)
{
    rials = qBound(m_negativeAllowed ? -MaxRials : 0, rials, MaxRials);
    const bool changed = rials != m_rials;
    m_rials = rials;
    showRials();
    if (changed)
        emit rialsChanged(m_rials);
}

void MoneyEdit::clear()
{
    m_edit->clear();
    m_lastText.clear();
    m_lastCursor = 0;
    updateRials(0);
}

void MoneyEdit::setUnit(MoneyUnit unit)
{
    m_unitBox->setCurrentIndex(m_unitBox->findData(int(unit)));
    if (unit == m_unit)
        return;
    m_unit = unit;
    if (!isEmpty())
        showRials();
    emit unitChanged(unit);
}

void MoneyEdit::setNegativeAllowed(bool allowed)
{
    m_negativeAllowed = allowed;
    if (!allowed && m_rials < 0)
        setRials(0);
}

bool MoneyEdit::isUnitSelectable() const
{
    return m_unitBox->isEnabled();
}

void MoneyEdit::setUnitSelectable(bool selectable)
{
    m_unitBox->setEnabled(selectable);
}

void MoneyEdit::showRials()
{
    m_lastText = Persian::formatMoney(m_rials, m_unit, false);
    m_lastCursor = int(m_lastText.size());
    m_edit->setText(m_lastText);
}

void MoneyEdit::updateRials(qint64 rials)
{
    if (rials == m_rials)
        return;
    m_rials = rials;
    emit rialsChanged(rials);
}

void MoneyEdit::onTextEdited(const QString &text)
{
    const int cursor = m_edit->cursorPosition();
    auto refuse = [this] {
        m_edit->setText(m_lastText);
        m_edit->setCursorPosition(m_lastCursor);
    };

    // Read what was typed: sign, whole digits, decimal point, fraction digits; drop the rest
    // (old group separators, letters). `significantBeforeCursor` counts kept characters.
    bool negative = false;
    bool hasPoint = false;
    QString whole;
    QString fraction;
    int significantBeforeCursor = 0;
    int wholeDigitsBeforeCursor = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const int d = Persian::digitValue(c);
        bool kept = true;
        if (d >= 0) {
            (hasPoint ? fraction : whole).append(QChar(char16_t(u'0' + d)));
            if (!hasPoint && i < cursor)
                ++wholeDigitsBeforeCursor;
        } else if (isMinus(c) && m_negativeAllowed && !negative && whole.isEmpty() && !hasPoint) {
            negative = true;
        } else if (isDecimalPoint(c) && m_unit == MoneyUnit::Toman && !hasPoint) {
            hasPoint = true;
        } else {
            kept = false;
        }
        if (kept && i < cursor)
            ++significantBeforeCursor;
    }

    // Leading zeros go ("007" → "7"), but a lone zero stays, and "٫۵" gets its zero.
    int leadingZeros = 0;
    while (leadingZeros < whole.size() - 1 && whole.at(leadingZeros) == u'0')
        ++leadingZeros;
    if (leadingZeros) {
        whole.remove(0, leadingZeros);
        significantBeforeCursor -= qMin(leadingZeros, wholeDigitsBeforeCursor);
    }
    if (hasPoint && whole.isEmpty()) {
        whole = QStringLiteral("0");
        if (significantBeforeCursor > int(negative))
            ++significantBeforeCursor;
    }
    if (whole.size() > MaxWholeDigits || fraction.size() > 1) {
        refuse();
        return;
    }

    // Format: sign, grouped Persian digits, «٫» and the tenth.
    QString formatted;
    if (negative)
        formatted.append(u'-');
    if (!whole.isEmpty()) {
        const QString grouped = Persian::formatNumber(whole.toLongLong());
        formatted.append(grouped);
    }
    if (hasPoint)
        formatted.append(QChar(Persian::DecimalSeparator)).append(Persian::toPersianDigits(fraction));

    qint64 rials = 0;
    if (!whole.isEmpty()) {
        rials = whole.toLongLong();
        if (m_unit == MoneyUnit::Toman)
            rials = rials * 10 + (fraction.isEmpty() ? 0 : fraction.toInt());
        if (negative)
            rials = -rials;
    }
    if (rials > MaxRials || rials < -MaxRials) {
        refuse();
        return;
    }

    int newCursor = 0;
    for (int seen = 0; newCursor < formatted.size() && seen < significantBeforeCursor; ++newCursor)
        if (isSignificant(formatted.at(newCursor)))
            ++seen;
    if (formatted != text)
        m_edit->setText(formatted);
    m_edit->setCursorPosition(newCursor);
    m_lastText = formatted;
    m_lastCursor = newCursor;
    updateRials(rials);
}

void MoneyEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MoneyEdit::retranslate()
{
    m_unitBox->setItemText(m_unitBox->findData(int(MoneyUnit::Rial)), tr("Rial"));
    m_unitBox->setItemText(m_unitBox->findData(int(MoneyUnit::Toman)), tr("Toman"));
    m_edit->setPlaceholderText(tr("Amount"));
    m_unitBox->setToolTip(tr("The unit the amount is typed in; it is always stored in rials"));
}
