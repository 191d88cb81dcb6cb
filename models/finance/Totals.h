#pragma once
// How a financial document's money is worked out, one way everywhere (issue 4).
//
// Document::computeTotals (models/finance/Document) does the line arithmetic: total = quantity × unit
// price, base = total − discount, tax and levy = base × the rate stored on the line, final =
// base + tax + levy, document final = Σ final + surcharge, every rial amount rounded half away
// from zero per line. tst_finance_totals pins that table. What it leaves to the caller lives
// here: which rate a line gets (only taxable products, the VAT in force on the issue date or
// the item type's own rate), a discount given as a percent, and surcharges («اضافات»).
#include "models/club/ItemType.h"
#include "models/finance/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

// The value-added tax in force on a date: 9 % before 1403/01/01 (2024-03-20), 10 % from it.
// Companies can add rows (a later law) with add(); rates are basis points (10 % = 1000).
class VatRates
{
public:
    VatRates(); // the Iranian defaults
    static const VatRates &defaults();
    void add(QDate from, int rateBp); // effective from `from` (inclusive) until the next row
    int rateBpOn(QDate issueDate) const; // invalid date = today
    static QDate start1403(); // 1403/01/01 = 2024-03-20

private:
    std::vector<std::pair<QDate, int>> m_rows; // sorted by date
};

// A surcharge («اضافات») as the item type defines it.
struct Surcharge
{
    enum class Base { Fixed, PercentOfFinal, PercentOfPreDiscount, PercentOfPreTax };
    QString title;
    Base base = Base::Fixed;
    qint64 amount = 0; // Fixed: rials
    int percentBp = 0; // Percent…: basis points
    bool taxable = false; // tax on the surcharge at the document's tax rate
    bool levyable = false;
};

struct SurchargeResult
{
    qint64 amount = 0; // Σ surcharge amounts
    qint64 tax = 0;    // Σ tax on taxable surcharges
    qint64 levy = 0;
    qint64 total() const { return amount + tax + levy; }
};

class Totals
{
    Q_DECLARE_TR_FUNCTIONS(Finance)
public:
    // a × b / d rounded half away from zero (d > 0, b ≥ 0), without overflow for large a.
    static qint64 mulDivRound(qint64 a, qint64 b, qint64 d);

    // The tax and levy rates a line gets: zero for a product without «اعمال مالیات و عوارض»;
    // otherwise the item type's tax_bp when it is set (> 0), else the VAT in force on the issue
    // date; the levy is the item type's levy_bp. The rate is then stored on the line, so a
    // later change of law never changes an issued document.
    static std::pair<int, int> lineRates(bool productTaxable, const ItemType &type, QDate issueDate,
                                         const VatRates &vat = VatRates::defaults());
    static void applyRates(DocumentLine &line, bool productTaxable, const ItemType &type, QDate issueDate,
                           const VatRates &vat = VatRates::defaults());

    // A discount given as a percent of the line total, in rials, rounded half away from zero.
    static qint64 discountFromPercent(const DocumentLine &line, int percentBp);

    // Validates a surcharge definition: a percent of the final amount cannot be taxed (rule 44).
    static bool validate(const Surcharge &s, QString *error);

    // Works the surcharges out on a document whose lines are computed (computeTotals first),
    // and stores their sum including their own tax and levy in document.surcharge, then
    // recomputes the totals. Percent-of-final surcharges are taken of Σ line finals.
    // Returns the breakdown; false with *error when a definition is invalid.
    static bool applySurcharges(Document &document, const QList<Surcharge> &surcharges, int taxBp, int levyBp,
                                SurchargeResult *result, QString *error = nullptr);

    // A contract that has no product lines carries its amount («مبلغ») as one untaxed line, so
    // that computeTotals (which rebuilds final_amount from the lines) keeps it.
    static void setContractAmount(Document &contract, qint64 amount, const QString &description = {});
};
