#include "ui/widgets/PrintPreviewDigits.h"

#include "models/persian/Digits.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QValidator>

#include <functional>
#include <optional>

namespace {

constexpr QChar PersianPercent(0x066A); // ٪

// Qt's text for a number (Latin digits, '.' and '%') as a Persian reader writes it.
QString shown(const QString &text)
{
    QString out = Persian::toPersianDigits(text);
    out.replace(QLatin1Char('.'), QChar(Persian::DecimalSeparator));
    out.replace(QLatin1Char('%'), PersianPercent);
    return out;
}

// The number in what is shown or typed, whatever its digits; nothing when it holds no number.
std::optional<double> numberIn(const QString &text)
{
    QString latin = Persian::toLatinDigits(text);
    latin.replace(QChar(Persian::DecimalSeparator), QLatin1Char('.'));
    latin.remove(QLatin1Char('%')).remove(PersianPercent);
    latin = latin.trimmed();
    bool ok = false;
    const double value = latin.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Rewrites whatever is set or typed into Persian digits, and accepts a number within the range.
class PersianNumberValidator final : public QValidator
{
public:
    PersianNumberValidator(double low, double high, bool decimals, QObject *parent)
        : QValidator(parent), m_low(low), m_high(high), m_decimals(decimals)
    {
    }

    State validate(QString &input, int &) const override
    {
        input = shown(input); // one character for one: the cursor stays where it was
        if (input.trimmed().isEmpty() || input.trimmed() == QString(PersianPercent))
            return Intermediate;
        const std::optional<double> value = numberIn(input);
        if (!value)
            return Invalid;
        if (!m_decimals && *value != qRound(*value))
            return Invalid;
        return *value >= m_low && *value <= m_high ? Acceptable : Intermediate;
    }

private:
    double m_low;
    double m_high;
    bool m_decimals;
};

} // namespace

namespace PrintPreviewDigits {

void apply(QPrintPreviewDialog *dialog)
{
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    auto *zoom = dialog->findChild<QComboBox *>();
    QLineEdit *pageEdit = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        if (!zoom || edit != zoom->lineEdit())
            pageEdit = edit;
    if (!preview || !zoom || !zoom->lineEdit() || !pageEdit)
        return; // another Qt: leave its preview as it is

    const QLocale persian(QLocale::Persian, QLocale::Iran);
    zoom->setLocale(persian);
    pageEdit->setLocale(persian);
    for (int i = 0; i < zoom->count(); ++i)
        zoom->setItemText(i, shown(zoom->itemText(i)));
    zoom->setValidator(new PersianNumberValidator(1, 1000, true, zoom));
    zoom->lineEdit()->setText(zoom->lineEdit()->text());

    // Qt puts a new page validator in after each layout (the page count may change); ours follows
    const auto persianPages = [dialog, preview, pageEdit] {
        pageEdit->setValidator(new PersianNumberValidator(1, qMax(1, preview->pageCount()), false, pageEdit));
        pageEdit->setText(pageEdit->text());
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text().startsWith(QLatin1Char('/'))) // Qt's «/ 3» beside the page number
                label->setText(shown(label->text()));
    };
    persianPages();
    QObject::connect(preview, &QPrintPreviewWidget::previewChanged, pageEdit, persianPages);
    QObject::connect(preview, &QPrintPreviewWidget::previewChanged, zoom, [zoom] {
        zoom->lineEdit()->setText(zoom->lineEdit()->text());
    });

    QObject::connect(pageEdit, &QLineEdit::editingFinished, preview, [preview, pageEdit] {
        if (const auto page = numberIn(pageEdit->text()))
            preview->setCurrentPage(int(*page));
    });
    const auto zoomTo = [dialog, preview, zoom] {
        const auto percent = numberIn(zoom->lineEdit()->text());
        if (!percent)
            return;
        preview->setZoomFactor(qBound(1.0, *percent, 1000.0) / 100.0);
        // what Qt's own handler does: a typed zoom is no longer «fit width» or «fit page»
        for (const char *name : {"fitWidthAction", "fitPageAction"})
            if (auto *fit = dialog->findChild<QAction *>(QLatin1String(name)); fit && fit->isChecked()) {
                if (QActionGroup *group = fit->actionGroup()) {
                    group->setExclusive(false);
                    fit->setChecked(false);
                    group->setExclusive(true);
                } else {
                    fit->setChecked(false);
                }
            }
    };
    QObject::connect(zoom->lineEdit(), &QLineEdit::editingFinished, preview, zoomTo);
    QObject::connect(zoom, &QComboBox::currentIndexChanged, preview, zoomTo);
}

} // namespace PrintPreviewDigits
