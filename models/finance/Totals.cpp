#include "models/finance/Totals.h"

#include <algorithm>

VatRates::VatRates()
{
    m_rows = {{QDate(1900, 1, 1), 900}, {start1403(), 1000}};
}

const VatRates &VatRates::defaults()
{
    static const VatRates rates;
    return rates;
}

QDate VatRates::start1403()
{
    return QDate(2024, 3, 20);
}

void VatRates::add(QDate from, int rateBp)
{
    auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto &r) { return r.first == from; });
    if (it != m_rows.end()) {
        it->second = rateBp;
        return;
    }
    m_rows.emplace_back(from, rateBp);
    std::sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

int VatRates::rateBpOn(QDate issueDate) const
{
    const QDate d = issueDate.isValid() ? issueDate : QDate::currentDate();
    int rate = 0;
    for (const auto &r : m_rows) {
        if (r.first > d)
            break;
        rate = r.second;
    }
    return rate;
}

qint64 Totals::mulDivRound(qint64 a, qint64 b, qint64 d)
{
    const bool negative = a < 0;
    const qint64 abs = negative ? -a : a;
    const qint64 q = abs / d;
    const qint64 r = abs % d;
    const qint64 v = q * b + (r * b + d / 2) / d;
    return negative ? -v : v;
}

std::pair<int, int> Totals::lineRates(bool productTaxable, const ItemType &type, QDate issueDate, const VatRates &vat)
{
    if (!productTaxable)
        return {0, 0};
    const int tax = type.taxBp > 0 ? type.taxBp : vat.rateBpOn(issueDate);
    return {tax, type.levyBp};
}

void Totals::applyRates(DocumentLine &line, bool productTaxable, const ItemType &type, QDate issueDate,
                        const VatRates &vat)
{
    const auto [tax, levy] = lineRates(productTaxable, type, issueDate, vat);
    line.taxBp = tax;
    line.levyBp = levy;
}

qint64 Totals::discountFromPercent(const DocumentLine &line, int percentBp)
{
    return mulDivRound(mulDivRound(line.quantityMilli, line.unitPrice, 1000), percentBp, 10000);
}

bool Totals::validate(const Surcharge &s, QString *error)
{
    auto failWith = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (s.base == Surcharge::Base::PercentOfFinal && (s.taxable || s.levyable))
        return failWith(tr("A surcharge taken as a percent of the final amount cannot carry tax or levy."));
    if (s.base == Surcharge::Base::Fixed && s.amount < 0)
        return failWith(tr("A surcharge cannot be negative."));
    if (s.base != Surcharge::Base::Fixed && s.percentBp < 0)
        return failWith(tr("A surcharge cannot be negative."));
    return true;
}

bool Totals::applySurcharges(Document &d, const QList<Surcharge> &surcharges, int taxBp, int levyBp,
                             SurchargeResult *result, QString *error)
{
    for (const Surcharge &s : surcharges)
        if (!validate(s, error))
            return false;
    d.surcharge = 0;
    d.computeTotals();
    const qint64 preDiscount = d.totalAmount;
    const qint64 preTax = d.totalAmount - d.totalDiscount;
    const qint64 final = d.finalAmount; // Σ line finals (surcharge is 0 here)
    SurchargeResult out;
    for (const Surcharge &s : surcharges) {
        qint64 amount = 0;
        switch (s.base) {
        case Surcharge::Base::Fixed: amount = s.amount; break;
        case Surcharge::Base::PercentOfFinal: amount = mulDivRound(final, s.percentBp, 10000); break;
        case Surcharge::Base::PercentOfPreDiscount: amount = mulDivRound(preDiscount, s.percentBp, 10000); break;
        case Surcharge::Base::PercentOfPreTax: amount = mulDivRound(preTax, s.percentBp, 10000); break;
        }
        out.amount += amount;
        if (s.taxable)
            out.tax += mulDivRound(amount, taxBp, 10000);
        if (s.levyable)
            out.levy += mulDivRound(amount, levyBp, 10000);
    }
    d.surcharge = out.total();
    d.computeTotals();
    if (result)
        *result = out;
    return true;
}

void Totals::setContractAmount(Document &contract, qint64 amount, const QString &description)
{
    DocumentLine l;
    l.description = description.isEmpty() ? contract.title : description;
    l.quantityMilli = 1000;
    l.unitPrice = amount;
    contract.lines = {l};
    contract.computeTotals();
}
