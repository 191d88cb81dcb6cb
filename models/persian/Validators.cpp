#include "models/persian/Validators.h"

#include "models/persian/Digits.h"

#include <QCoreApplication>

namespace Persian::Validate {

namespace {

// Latin digits of `text` without separators, or the reason there are none.
Problem extractDigits(QStringView text, QString &digits)
{
    digits.clear();
    text = text.trimmed();
    if (text.isEmpty())
        return Problem::Empty;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0)
            digits.append(QChar(char16_t(u'0' + d)));
        else if (!isDigitSeparator(c) && c != u'-')
            return Problem::BadCharacters;
    }
    return digits.isEmpty() ? Problem::BadCharacters : Problem::None;
}

int digitAt(const QString &digits, qsizetype i)
{
    return digits.at(i).unicode() - u'0';
}

bool allSame(const QString &digits)
{
    for (const QChar c : digits)
        if (c != digits.front())
            return false;
    return true;
}

bool allZero(QStringView digits)
{
    for (const QChar c : digits)
        if (c != u'0')
            return false;
    return true;
}

Problem nationalCode(QStringView text, QString &digits)
{
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return p;
    if (digits.size() < 8 || digits.size() > 10)
        return Problem::WrongLength;
    digits = QString(10 - digits.size(), u'0') + digits;
    if (allSame(digits) || allZero(QStringView(digits).mid(3, 6)))
        return Problem::BadPattern;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digitAt(digits, i) * (10 - i);
    const int r = sum % 11;
    const int expected = r < 2 ? r : 11 - r;
    return digitAt(digits, 9) == expected ? Problem::None : Problem::BadChecksum;
}

Problem nationalId(QStringView text, QString &digits)
{
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return p;
    if (digits.size() != 11)
        return Problem::WrongLength;
    if (allSame(digits) || allZero(QStringView(digits).mid(3, 6)))
        return Problem::BadPattern;
    static constexpr int weights[] = {29, 27, 23, 19, 17};
    const int shift = digitAt(digits, 9) + 2;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += (digitAt(digits, i) + shift) * weights[i % 5];
    int r = sum % 11;
    if (r == 10)
        r = 0;
    return digitAt(digits, 10) == r ? Problem::None : Problem::BadChecksum;
}

Problem iban(QStringView text, QString &normalized)
{
    normalized.clear();
    text = text.trimmed();
    if (text.isEmpty())
        return Problem::Empty;
    // An optional country code; it must be IR if present (any other letter is refused below).
    if (text.size() >= 2 && text.left(2).compare(u"IR", Qt::CaseInsensitive) == 0)
        text = text.mid(2);
    QString digits;
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return p == Problem::Empty ? Problem::WrongLength : p;
    if (digits.size() != 24)
        return Problem::WrongLength;
    // BBAN first, then "IR" as 18 27, then the check digits; mod 97 taken as we go.
    const QString rearranged = QStringView(digits).mid(2) % QStringLiteral("1827")
            % QStringView(digits).left(2);
    int remainder = 0;
    for (const QChar c : rearranged)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    if (remainder != 1)
        return Problem::BadChecksum;
    normalized = QStringLiteral("IR") % digits;
    return Problem::None;
}

Problem cardNumber(QStringView text, QString &digits)
{
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return p;
    if (digits.size() != 16)
        return Problem::WrongLength;
    if (allSame(digits) || allZero(QStringView(digits).mid(1, 10))
        || allZero(QStringView(digits).right(6)))
        return Problem::BadPattern;
    int sum = 0;
    for (int i = 0; i < 16; ++i) {
        int d = digitAt(digits, i);
        if (i % 2 == 0) { // with 16 digits, the doubled ones are at even 0-based positions
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0 ? Problem::None : Problem::BadChecksum;
}

Problem mobile(QStringView text, QString &normalized)
{
    normalized.clear();
    text = text.trimmed();
    const bool plus = text.startsWith(u'+');
    if (plus)
        text = text.mid(1);
    QString digits;
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return plus && p == Problem::Empty ? Problem::WrongLength : p;
    QStringView rest(digits);
    if (plus) {
        if (!rest.startsWith(u"98"))
            return Problem::BadPattern; // a foreign number
        rest = rest.mid(2);
    } else if (rest.startsWith(u"0098")) {
        rest = rest.mid(4);
    } else if (rest.size() == 12 && rest.startsWith(u"98")) {
        rest = rest.mid(2);
    }
    if (rest.startsWith(u'0')) // "09…", and "+98 09…" as some people type it
        rest = rest.mid(1);
    if (rest.size() != 10)
        return Problem::WrongLength;
    if (!rest.startsWith(u'9'))
        return Problem::BadPattern;
    normalized = QLatin1Char('0') % rest;
    return Problem::None;
}

Problem postalCode(QStringView text, QString &digits)
{
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return p;
    if (digits.size() != 10)
        return Problem::WrongLength;
    if (allSame(digits))
        return Problem::BadPattern;
    for (int i = 0; i < 5; ++i)
        if (digits.at(i) == u'0' || digits.at(i) == u'2')
            return Problem::BadPattern;
    return Problem::None;
}

Problem economicCode(QStringView text, QString &digits)
{
    if (const Problem p = extractDigits(text, digits); p != Problem::None)
        return p;
    switch (digits.size()) {
    case 10: return nationalCode(text, digits);
    case 11: return nationalId(text, digits);
    case 12: return allSame(digits) ? Problem::BadPattern : Problem::None;
    default: return Problem::WrongLength;
    }
}

Problem run(Field field, QStringView text, QString &normalized)
{
    switch (field) {
    case Field::NationalCode: return nationalCode(text, normalized);
    case Field::NationalId: return nationalId(text, normalized);
    case Field::Iban: return iban(text, normalized);
    case Field::CardNumber: return cardNumber(text, normalized);
    case Field::Mobile: return mobile(text, normalized);
    case Field::PostalCode: return postalCode(text, normalized);
    case Field::EconomicCode: return economicCode(text, normalized);
    }
    return Problem::BadCharacters;
}

} // namespace

Problem check(Field field, QStringView text)
{
    QString unused;
    return run(field, text, unused);
}

Problem checkNationalCode(QStringView text) { return check(Field::NationalCode, text); }
Problem checkNationalId(QStringView text) { return check(Field::NationalId, text); }
Problem checkIban(QStringView text) { return check(Field::Iban, text); }
Problem checkCardNumber(QStringView text) { return check(Field::CardNumber, text); }
Problem checkMobile(QStringView text) { return check(Field::Mobile, text); }
Problem checkPostalCode(QStringView text) { return check(Field::PostalCode, text); }
Problem checkEconomicCode(QStringView text) { return check(Field::EconomicCode, text); }

QString normalize(Field field, QStringView text)
{
    QString normalized;
    return run(field, text, normalized) == Problem::None ? normalized : QString();
}

QString errorMessage(Field field, Problem problem)
{
    // Whole sentences per field rather than "%1 is invalid" with a field name pasted in, so
    // that translators can write natural Persian.
    // "Persian::Validate" is the context lupdate files these tr() calls under
    auto tr = [](const char *source) { return QCoreApplication::translate("Persian::Validate", source); };
    if (problem == Problem::None)
        return {};
    switch (field) {
    case Field::NationalCode:
        switch (problem) {
        case Problem::Empty: return tr("Enter the national code.");
        case Problem::BadCharacters: return tr("The national code may contain digits only.");
        case Problem::WrongLength: return tr("The national code must have 10 digits.");
        case Problem::BadPattern: return tr("This national code is never issued; check the digits.");
        default: return tr("This national code is not valid: its check digit does not match.");
        }
    case Field::NationalId:
        switch (problem) {
        case Problem::Empty: return tr("Enter the organisation's national ID.");
        case Problem::BadCharacters: return tr("The national ID may contain digits only.");
        case Problem::WrongLength: return tr("The organisation's national ID must have 11 digits.");
        case Problem::BadPattern: return tr("This national ID is never issued; check the digits.");
        default: return tr("This national ID is not valid: its check digit does not match.");
        }
    case Field::Iban:
        switch (problem) {
        case Problem::Empty: return tr("Enter the IBAN (Sheba number).");
        case Problem::BadCharacters: return tr("The IBAN must be IR followed by digits only.");
        case Problem::WrongLength: return tr("The IBAN must be IR followed by 24 digits.");
        default: return tr("This IBAN is not valid: its check digits do not match.");
        }
    case Field::CardNumber:
        switch (problem) {
        case Problem::Empty: return tr("Enter the card number.");
        case Problem::BadCharacters: return tr("The card number may contain digits only.");
        case Problem::WrongLength: return tr("The card number must have 16 digits.");
        case Problem::BadPattern: return tr("This card number is never issued; check the digits.");
        default: return tr("This card number is not valid: its check digit does not match.");
        }
    case Field::Mobile:
        switch (problem) {
        case Problem::Empty: return tr("Enter the mobile number.");
        case Problem::BadCharacters: return tr("The mobile number may contain digits only.");
        case Problem::WrongLength: return tr("The mobile number must have 11 digits, like 09121234567.");
        default: return tr("An Iranian mobile number starts with 09 (or +989).");
        }
    case Field::PostalCode:
        switch (problem) {
        case Problem::Empty: return tr("Enter the postal code.");
        case Problem::BadCharacters: return tr("The postal code may contain digits only.");
        case Problem::WrongLength: return tr("The postal code must have 10 digits.");
        default: return tr("This is not a valid postal code: its first five digits never contain 0 or 2.");
        }
    case Field::EconomicCode:
        switch (problem) {
        case Problem::Empty: return tr("Enter the economic code.");
        case Problem::BadCharacters: return tr("The economic code may contain digits only.");
        case Problem::WrongLength:
            return tr("The economic code must be a 10-digit national code, an 11-digit national ID or a 12-digit code.");
        case Problem::BadPattern: return tr("This economic code is never issued; check the digits.");
        default: return tr("This economic code is not valid: its check digit does not match.");
        }
    }
    return {};
}

} // namespace Persian::Validate
