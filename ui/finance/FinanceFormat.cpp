#include "ui/finance/FinanceFormat.h"

#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"
#include "models/persian/Money.h"
#include "ui/shell/Labels.h"

#include <QLabel>
#include <QRegularExpression>

QString FinanceFormat::money(qint64 rials)
{
    return Persian::formatShownMoney(rials);
}

QString FinanceFormat::quantity(qint64 milli)
{
    QString text = QString::number(milli / 1000);
    if (const qint64 frac = qAbs(milli % 1000)) {
        QString digits = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QChar(0x066B) + digits; // «٫», the Persian decimal separator
    }
    return Persian::toPersianDigits(text);
}

QString FinanceFormat::percent(int bp)
{
    if (bp == 0)
        return {};
    QString text = QString::number(bp / 100);
    if (bp % 100)
        text += QChar(0x066B) + QStringLiteral("%1").arg(bp % 100, 2, 10, QLatin1Char('0')).remove(QRegularExpression(QStringLiteral("0$")));
    return Persian::toPersianDigits(text) + QChar(0x066A); // «٪»
}

int FinanceFormat::parsePercentBp(const QString &typed)
{
    QString latin = Persian::toLatinDigits(typed).trimmed();
    latin.remove(QLatin1Char('%')).remove(QChar(0x066A));
    latin.replace(QChar(0x066B), QLatin1Char('.')).replace(QLatin1Char('/'), QLatin1Char('.'));
    bool ok = false;
    const double value = latin.toDouble(&ok);
    return ok && value > 0 ? int(qRound(value * 100)) : 0;
}

QString FinanceFormat::rated(qint64 amount, int bp)
{
    return bp == 0 ? money(amount) : money(amount) + QStringLiteral(" (") + percent(bp) + QLatin1Char(')');
}

QString FinanceFormat::documentCaption(const Document &d)
{
    const QString kind = Labels::documentKinds().value(d.kind, d.kind);
    const QString number = d.number.isEmpty() ? tr("(no number)") : Persian::toPersianDigits(d.number);
    return tr("%1 %2 of %3 — %4").arg(kind, number, Persian::formatDate(d.issueDate), money(d.finalAmount));
}

void FinanceFormat::paintBanner(QLabel *label, std::optional<DocumentApproval::Banner> banner, const QString &rejectReason)
{
    QString text = tr("New — saved as pending unless its type approves automatically");
    QString colour = QStringLiteral("#eceff1");
    QString ink = QStringLiteral("#263238");
    if (banner) {
        switch (*banner) {
        case DocumentApproval::Banner::Pending:
            text = tr("Waiting for approval");
            colour = QStringLiteral("#fff3cd");
            break;
        case DocumentApproval::Banner::NumberedAwaitingApproval:
            text = tr("Numbered, waiting for approval");
            colour = QStringLiteral("#6a1b9a");
            ink = QStringLiteral("#ffffff");
            break;
        case DocumentApproval::Banner::AutoApprovedAwaitingNumber:
            text = tr("Approved, waiting for a number");
            colour = QStringLiteral("#1565c0");
            ink = QStringLiteral("#ffffff");
            break;
        case DocumentApproval::Banner::ApprovedAndNumbered:
            text = tr("Approved");
            colour = QStringLiteral("#2e7d32");
            ink = QStringLiteral("#ffffff");
            break;
        case DocumentApproval::Banner::Rejected:
            text = rejectReason.isEmpty() ? tr("Rejected") : tr("Rejected: %1").arg(rejectReason);
            colour = QStringLiteral("#c62828");
            ink = QStringLiteral("#ffffff");
            break;
        }
    }
    label->setText(text);
    label->setProperty("bannerColour", colour); // tests and the tour read the state from here
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px; }")
                             .arg(colour, ink));
}

QHash<QString, QString> FinanceFormat::balanceSides()
{
    return {{QStringLiteral("debtor"), tr("Debtor")},
            {QStringLiteral("creditor"), tr("Creditor")},
            {QStringLiteral("settled"), tr("Settled")}};
}
