#pragma once
// Numbers and amounts in Persian words (عدد به حروف), as printed under invoice totals and on
// cheques.
//
// Conventions, pinned by tst_persian_numberwords:
//  - The explicit forms invoices and cheques use: 100 is «یکصد» (not «صد») and 1000 is
//    «یک هزار» (not «هزار»); likewise «یک میلیون», «یک میلیارد». So 1100 → «یک هزار و یکصد».
//  - Hundreds are written joined: دویست، سیصد، چهارصد، پانصد، ششصد، هفتصد، هشتصد، نهصد.
//  - Scales are هزار (10^3), میلیون (10^6), میلیارد (10^9) and هزار میلیارد (10^12). 10^12 is
//    «یک هزار میلیارد»: «بیلیون» and «تریلیون» mean different powers in different sources
//    (long and short scale), while «هزار میلیارد» is unambiguous and what Iranian budgets and
//    banks print.
//  - Every non-zero three-digit group is followed by its scale word; groups, and hundreds / tens /
//    units inside a group, are joined with « و »; zero groups are skipped.
//  - 0 is «صفر»; negatives start with «منفی ».
//  - The range is ±999,999,999,999,999 (999 trillion, the largest number the four scales can
//    name); outside it the functions return an empty string instead of guessing a scale.
#include "models/persian/Money.h"

#include <QString>

namespace Persian {

inline constexpr qint64 MaxNumberInWords = 999'999'999'999'999;

QString numberToWords(qint64 value);

// The amount followed by the unit name: «یک میلیون و دویست و پنجاه هزار ریال». In toman, a
// remainder of rials is said the way people say it: 12345 rials →
// «یک هزار و دویست و سی و چهار تومان و پنج ریال»; 5 rials → «پنج ریال».
QString amountInWords(qint64 rials, MoneyUnit unit);

} // namespace Persian
