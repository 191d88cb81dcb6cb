#include "models/finance/Document.h"

namespace {
// a × b / d rounded half away from zero, for a ≥ 0 or < 0 and 0 ≤ b, d > 0. Split as
// a = q·d + r so that a × b does not overflow for large amounts (r × b stays small).
qint64 mulDivRound(qint64 a, qint64 b, qint64 d)
{
    const bool negative = a < 0;
    const qint64 abs = negative ? -a : a;
    const qint64 q = abs / d;
    const qint64 r = abs % d;
    const qint64 v = q * b + (r * b + d / 2) / d;
    return negative ? -v : v;
}
} // namespace

void DocumentLine::compute()
{
    total = mulDivRound(quantityMilli, unitPrice, 1000);
    const qint64 base = total - discount;
    tax = mulDivRound(base, taxBp, 10000);
    levy = mulDivRound(base, levyBp, 10000);
    final = base + tax + levy;
}

void Document::computeTotals()
{
    totalAmount = totalDiscount = totalTax = totalLevy = 0;
    qint64 sumFinal = 0;
    int n = 0;
    for (DocumentLine &l : lines) {
        l.lineNo = ++n;
        l.compute();
        totalAmount += l.total;
        totalDiscount += l.discount;
        totalTax += l.tax;
        totalLevy += l.levy;
        sumFinal += l.final;
    }
    finalAmount = sumFinal + surcharge;
}
