#pragma once
// Checks for Iranian identifiers. Every check accepts Persian, Arabic-Indic and Latin digits and
// the usual separators (spaces, '-', «٬», bidi marks), because people paste these from SMS,
// PDFs and other programs. The normalize* functions return the machine form (Latin digits,
// no separators) to store, or an empty string when the check fails.
//
// Rules and why:
//  - National code (کد ملی), 10 digits. 8 or 9 digits are left-padded with zeros (older cards
//    and spreadsheets drop leading zeros). One repeated digit ("1111111111") and codes whose
//    digits 4-9 are all zero are refused: they pass the checksum but are never issued.
//    Checksum: s = Σ d[i]·(10−i) for i = 0..8, r = s mod 11; valid iff the last digit is r when
//    r < 2, else 11 − r.
//  - Organisation national ID (شناسه ملی اشخاص حقوقی), 11 digits. Let t = the tenth digit + 2;
//    s = Σ (d[i] + t)·w[i mod 5] for i = 0..9 with w = 29, 27, 23, 19, 17; r = s mod 11, 10
//    counts as 0; valid iff the last digit is r. Digits 4-9 all zero are refused as above.
//  - IBAN (شبا): "IR" + 24 digits. The "IR" may be omitted (forms often print it beside the
//    field) and may be lower case. ISO 13616: move "IR" and the two check digits to the end,
//    I = 18, R = 27, and the number mod 97 must be 1.
//  - Bank card, 16 digits, Luhn; also refused when digits 2-11 or the last six are all zero
//    (never issued, but some pass Luhn).
//  - Mobile: 09xxxxxxxxx, or the same with +98 / 0098 / 98 instead of the 0, or the 10 digits
//    without the 0 ("9123456789"). normalizeMobile() gives 09xxxxxxxxx. Operators are not
//    checked: new 09xx prefixes keep appearing.
//  - Postal code (کد پستی), 10 digits. Iran Post never uses 0 or 2 in the first five digits (the
//    delivery-zone part), and one digit repeated ten times is refused. A stricter regular
//    expression circulates on the web (fifth digit also not 5, no 2 in the last five, first
//    four not all equal); we found no official source for it and a false refusal blocks data
//    entry, so it is not applied.
//  - Economic code (کد اقتصادی). Since the Moadian (سامانه مودیان) reform the economic code is
//    the 11-digit national ID for legal entities and the 10-digit national code for people; the
//    old 12-digit codes still appear on older documents and foreign nationals have 12-digit
//    FIDA numbers. So 10 digits are checked as a national code, 11 as a national ID, and 12
//    digits are accepted on their form alone (no public checksum exists; one repeated digit is
//    refused).
#include <QString>
#include <QStringView>

namespace Persian::Validate {

enum class Field { NationalCode, NationalId, Iban, CardNumber, Mobile, PostalCode, EconomicCode };

enum class Problem {
    None,          // valid
    Empty,         // nothing but white space
    BadCharacters, // something other than digits and separators
    WrongLength,   // wrong number of digits
    BadPattern,    // the digits cannot be a real identifier (prefix, repeated or zero digits…)
    BadChecksum,   // the check digit(s) do not match
};

Problem checkNationalCode(QStringView text);
Problem checkNationalId(QStringView text);
Problem checkIban(QStringView text);
Problem checkCardNumber(QStringView text);
Problem checkMobile(QStringView text);
Problem checkPostalCode(QStringView text);
Problem checkEconomicCode(QStringView text);
Problem check(Field field, QStringView text);

inline bool isValid(Field field, QStringView text) { return check(field, text) == Problem::None; }
inline bool isValidNationalCode(QStringView t) { return checkNationalCode(t) == Problem::None; }
inline bool isValidNationalId(QStringView t) { return checkNationalId(t) == Problem::None; }
inline bool isValidIban(QStringView t) { return checkIban(t) == Problem::None; }
inline bool isValidCardNumber(QStringView t) { return checkCardNumber(t) == Problem::None; }
inline bool isValidMobile(QStringView t) { return checkMobile(t) == Problem::None; }
inline bool isValidPostalCode(QStringView t) { return checkPostalCode(t) == Problem::None; }
inline bool isValidEconomicCode(QStringView t) { return checkEconomicCode(t) == Problem::None; }

// The stored form of a valid value ("0012345679", "IR06…", "09121234567"); empty if invalid.
QString normalize(Field field, QStringView text);
inline QString normalizeMobile(QStringView text) { return normalize(Field::Mobile, text); }
inline QString normalizeNationalCode(QStringView t) { return normalize(Field::NationalCode, t); }
inline QString normalizeIban(QStringView text) { return normalize(Field::Iban, text); }

// A sentence for the user that says what is wrong, translated in the "Validate" context
// (English source text; the fa translation supplies the Persian). Empty for Problem::None.
QString errorMessage(Field field, Problem problem);

} // namespace Persian::Validate
