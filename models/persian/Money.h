#pragma once
// Money on screen and paper. Amounts are always stored as an integer number of rials (DESIGN §4);
// toman (= 10 rials) is only a way of showing and typing them.
#include <QString>
#include <QStringView>
#include <optional>

namespace Persian {

enum class MoneyUnit { Rial, Toman };

// «ریال» or «تومان»: fixed data, not translated (the amount is always written the Persian way).
QString moneyUnitName(MoneyUnit unit);

// The amount with Persian digits and «٬» groups, the unit name after the number as invoices
// write it (QLocale::toCurrencyString would put the symbol first):
//   formatMoney(1250000, Rial)  → «۱٬۲۵۰٬۰۰۰ ریال»
//   formatMoney(1250000, Toman) → «۱۲۵٬۰۰۰ تومان»
//   formatMoney(12345, Toman)   → «۱٬۲۳۴٫۵ تومان» (one decimal, «٫», only when rials % 10 != 0)
// Negative amounts start with '-' as formatNumber() does.
QString formatMoney(qint64 rials, MoneyUnit unit, bool withUnitName = true);

// Reads an amount typed in `unit` and returns rials. Accepts any digits, the separators of
// parseInteger(), an optional sign and an optional unit word (ریال / تومان, or "rial"/"toman"/
// "IRR"/"IRT" in any case) before or after the number; a unit word in the text wins over
// `unit`. A toman amount may have one decimal digit after «٫» or '.' (12.5 toman = 125 rials);
// rial amounts have no decimals. Returns nullopt for anything else or overflow.
std::optional<qint64> parseMoney(QStringView text, MoneyUnit unit);

// The unit the open company shows amounts in on screen and in exports (the company profile's
// «نمایش مبالغ به»), set when a company is opened or its profile saved. Rial until then.
// Official prints stay in rial, as the tax authority's form requires.
MoneyUnit shownUnit();
void setShownUnit(MoneyUnit unit);
QString formatShownMoney(qint64 rials); // formatMoney(rials, shownUnit(), false)
double inShownUnit(qint64 rials);       // 12345 rials → 1234.5 when toman is shown
QString shownUnitName();                // «ریال» or «تومان», for column titles

} // namespace Persian
