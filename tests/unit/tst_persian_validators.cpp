// Identifier checks: national code, organisation national ID, IBAN, card, mobile, postal and
// economic codes. Valid values are either computed here from the published rules or literals
// whose check digits were computed by hand.
#include "models/persian/Validators.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>

using namespace Persian::Validate;

Q_DECLARE_METATYPE(Persian::Validate::Problem)
Q_DECLARE_METATYPE(Persian::Validate::Field)

namespace {

// The check digit of a national code, written independently of the code under test.
QString withNationalCodeCheckDigit(const QString &nine)
{
    int s = 0;
    for (int i = 0; i < 9; ++i)
        s += (nine[i].unicode() - '0') * (10 - i);
    const int r = s % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

QString toPersianDigitsForTest(QString code)
{
    for (QChar &c : code)
        c = QChar(char16_t(c.unicode() - u'0' + 0x06F0));
    return code;
}

QString swapDigit(QString code, int index)
{
    code[index] = QChar(char16_t(u'0' + (code[index].unicode() - u'0' + 1) % 10));
    return code;
}

} // namespace

class TestPersianValidators : public QObject
{
    Q_OBJECT
private slots:
    void nationalCode_data();
    void nationalCode();
    void generatedNationalCodes();
    void nationalId_data();
    void nationalId();
    void iban_data();
    void iban();
    void card_data();
    void card();
    void mobile_data();
    void mobile();
    void postalCode_data();
    void postalCode();
    void economicCode_data();
    void economicCode();
    void errorMessages();
};

void TestPersianValidators::nationalCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("valid") << QStringLiteral("0012345679") << Problem::None << QStringLiteral("0012345679");
    QTest::newRow("valid 2") << QStringLiteral("1234567891") << Problem::None << QStringLiteral("1234567891");
    QTest::newRow("valid r<2") << QStringLiteral("0541234560") << Problem::None << QStringLiteral("0541234560");
    QTest::newRow("valid 4") << QStringLiteral("4987654326") << Problem::None << QStringLiteral("4987654326");
    QTest::newRow("persian digits") << QStringLiteral("۰۰۸۴۱۴۸۹۳۴") << Problem::None << QStringLiteral("0084148934");
    QTest::newRow("arabic digits") << QStringLiteral("٤٣٧٠٠٢٤٥٦٠") << Problem::None << QStringLiteral("4370024560");
    QTest::newRow("dashes") << QStringLiteral("437-002456-0") << Problem::None << QStringLiteral("4370024560");
    QTest::newRow("8 digits padded") << QStringLiteral("12345679") << Problem::None << QStringLiteral("0012345679");
    QTest::newRow("9 digits padded") << QStringLiteral("084148934") << Problem::None << QStringLiteral("0084148934");
    QTest::newRow("wrong check digit") << QStringLiteral("0012345678") << Problem::BadChecksum << QString();
    QTest::newRow("all same") << QStringLiteral("1111111111") << Problem::BadPattern << QString();
    QTest::newRow("all zero") << QStringLiteral("0000000000") << Problem::BadPattern << QString();
    // Digits 4-9 zero with a correct check digit: refused although the checksum matches.
    QTest::newRow("digits 4-9 zero") << withNationalCodeCheckDigit(QStringLiteral("123000000"))
                                     << Problem::BadPattern << QString();
    QTest::newRow("7 digits") << QStringLiteral("1234567") << Problem::WrongLength << QString();
    QTest::newRow("11 digits") << QStringLiteral("12345678912") << Problem::WrongLength << QString();
    QTest::newRow("letters") << QStringLiteral("12345a7891") << Problem::BadCharacters << QString();
    QTest::newRow("empty") << QStringLiteral("  ") << Problem::Empty << QString();
}

void TestPersianValidators::nationalCode()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, normalized);
    QCOMPARE(checkNationalCode(input), problem);
    QCOMPARE(isValidNationalCode(input), problem == Problem::None);
    QCOMPARE(normalizeNationalCode(input), normalized);
}

// 2000 random codes with the right check digit are valid, and any other last digit makes
// them invalid. (A changed body digit is not always caught: remainders 1 and 10 both give the
// check digit 1, which is how the official rule is defined.)
void TestPersianValidators::generatedNationalCodes()
{
    QRandomGenerator rng(1403);
    int tested = 0;
    while (tested < 2000) {
        QString nine;
        for (int i = 0; i < 9; ++i)
            nine.append(QChar(char16_t(u'0' + rng.bounded(10))));
        const QString code = withNationalCodeCheckDigit(nine);
        if (code.mid(3, 6) == QStringLiteral("000000") || code.count(code[0]) == 10)
            continue;
        QVERIFY2(isValidNationalCode(code), qPrintable(code));
        QCOMPARE(normalizeNationalCode(toPersianDigitsForTest(code)), code);
        const QString broken = swapDigit(code, 9);
        QVERIFY2(!isValidNationalCode(broken), qPrintable(broken));
        ++tested;
    }
}

void TestPersianValidators::nationalId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("valid") << QStringLiteral("10380284790") << Problem::None;
    QTest::newRow("valid 2") << QStringLiteral("10101234565") << Problem::None;
    QTest::newRow("valid, r = 10 → 0") << QStringLiteral("14005123450") << Problem::None;
    QTest::newRow("valid 4 persian") << QStringLiteral("۱۰۸۶۲۵۱۲۳۴۵") << Problem::None;
    QTest::newRow("wrong check") << QStringLiteral("10380284791") << Problem::BadChecksum;
    QTest::newRow("digit changed") << QStringLiteral("10380284890") << Problem::BadChecksum;
    QTest::newRow("10 digits") << QStringLiteral("1038028479") << Problem::WrongLength;
    QTest::newRow("zeros 4-9") << QStringLiteral("10300000000") << Problem::BadPattern;
    QTest::newRow("all same") << QStringLiteral("11111111111") << Problem::BadPattern;
    QTest::newRow("letters") << QStringLiteral("1038028479x") << Problem::BadCharacters;
}

void TestPersianValidators::nationalId()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QCOMPARE(checkNationalId(input), problem);
}

void TestPersianValidators::iban_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("valid") << QStringLiteral("IR270170000000100324200001") << Problem::None
                           << QStringLiteral("IR270170000000100324200001");
    QTest::newRow("grouped lower case") << QStringLiteral("ir36 0120 0000 0000 4556 7890 12") << Problem::None
                                        << QStringLiteral("IR360120000000004556789012");
    QTest::newRow("persian digits") << QStringLiteral("IR۳۱۰۵۶۰۶۱۱۸۲۸۰۰۵۱۵۳۴۳۳۰۰۱") << Problem::None
                                    << QStringLiteral("IR310560611828005153433001");
    QTest::newRow("without IR") << QStringLiteral("270170000000100324200001") << Problem::None
                                << QStringLiteral("IR270170000000100324200001");
    QTest::newRow("wrong check digits") << QStringLiteral("IR280170000000100324200001") << Problem::BadChecksum << QString();
    QTest::newRow("digit changed") << QStringLiteral("IR270170000000100324200002") << Problem::BadChecksum << QString();
    QTest::newRow("swapped digits") << QStringLiteral("IR270710000000100324200001") << Problem::BadChecksum << QString();
    QTest::newRow("short") << QStringLiteral("IR27017000000010032420000") << Problem::WrongLength << QString();
    QTest::newRow("IR only") << QStringLiteral("IR") << Problem::WrongLength << QString();
    QTest::newRow("other country") << QStringLiteral("DE89370400440532013000") << Problem::BadCharacters << QString();
    QTest::newRow("empty") << QString() << Problem::Empty << QString();
}

void TestPersianValidators::iban()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, normalized);
    QCOMPARE(checkIban(input), problem);
    QCOMPARE(normalizeIban(input), normalized);
}

void TestPersianValidators::card_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("valid") << QStringLiteral("6037991199500590") << Problem::None;
    QTest::newRow("valid grouped") << QStringLiteral("5892-1012-3456-7895") << Problem::None;
    QTest::newRow("valid persian spaced") << QStringLiteral("۶۱۰۴ ۳۳۱۲ ۳۴۵۶ ۷۸۹۰") << Problem::None;
    QTest::newRow("valid 4") << QStringLiteral("6274120000001232") << Problem::None;
    QTest::newRow("luhn fails") << QStringLiteral("6037991199500591") << Problem::BadChecksum;
    QTest::newRow("swapped") << QStringLiteral("6037991199505090") << Problem::BadChecksum;
    QTest::newRow("last six zero") << QStringLiteral("6037991199000000") << Problem::BadPattern;
    QTest::newRow("middle zero") << QStringLiteral("6000000000012344") << Problem::BadPattern;
    QTest::newRow("all zero") << QStringLiteral("0000000000000000") << Problem::BadPattern;
    QTest::newRow("15 digits") << QStringLiteral("603799119950059") << Problem::WrongLength;
}

void TestPersianValidators::card()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QCOMPARE(checkCardNumber(input), problem);
}

void TestPersianValidators::mobile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty = invalid
    QTest::newRow("09") << QStringLiteral("09121234567") << QStringLiteral("09121234567");
    QTest::newRow("persian") << QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷") << QStringLiteral("09121234567");
    QTest::newRow("spaced") << QStringLiteral("0912 123 4567") << QStringLiteral("09121234567");
    QTest::newRow("+98") << QStringLiteral("+989121234567") << QStringLiteral("09121234567");
    QTest::newRow("+98 spaced") << QStringLiteral("+98 912 123 4567") << QStringLiteral("09121234567");
    QTest::newRow("+98 0") << QStringLiteral("+98 0912 123 4567") << QStringLiteral("09121234567");
    QTest::newRow("0098") << QStringLiteral("00989351234567") << QStringLiteral("09351234567");
    QTest::newRow("98") << QStringLiteral("989901234567") << QStringLiteral("09901234567");
    QTest::newRow("without 0") << QStringLiteral("9121234567") << QStringLiteral("09121234567");
    QTest::newRow("landline") << QStringLiteral("02188776655") << QString();
    QTest::newRow("short") << QStringLiteral("0912123456") << QString();
    QTest::newRow("long") << QStringLiteral("091212345678") << QString();
    QTest::newRow("foreign") << QStringLiteral("+4915112345678") << QString();
    QTest::newRow("letters") << QStringLiteral("0912abc4567") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPersianValidators::mobile()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeMobile(input), normalized);
    QCOMPARE(isValidMobile(input), !normalized.isEmpty());
}

void TestPersianValidators::postalCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("valid") << QStringLiteral("1434543111") << Problem::None;
    QTest::newRow("valid persian dash") << QStringLiteral("۱۵۹۹۸-۳۴۵۶۷") << Problem::None;
    QTest::newRow("zero in last five is fine") << QStringLiteral("1434500020") << Problem::None;
    QTest::newRow("0 in first five") << QStringLiteral("1034543111") << Problem::BadPattern;
    QTest::newRow("2 in first five") << QStringLiteral("1434243111") << Problem::BadPattern;
    QTest::newRow("all same") << QStringLiteral("1111111111") << Problem::BadPattern;
    QTest::newRow("9 digits") << QStringLiteral("143454311") << Problem::WrongLength;
    QTest::newRow("empty") << QString() << Problem::Empty;
}

void TestPersianValidators::postalCode()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QCOMPARE(checkPostalCode(input), problem);
}

void TestPersianValidators::economicCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("national code (person)") << QStringLiteral("0012345679") << Problem::None;
    QTest::newRow("bad national code") << QStringLiteral("0012345678") << Problem::BadChecksum;
    QTest::newRow("national id (company)") << QStringLiteral("10380284790") << Problem::None;
    QTest::newRow("bad national id") << QStringLiteral("10380284791") << Problem::BadChecksum;
    QTest::newRow("legacy 12 digits") << QStringLiteral("411111111111") << Problem::None;
    QTest::newRow("12 same digits") << QStringLiteral("444444444444") << Problem::BadPattern;
    QTest::newRow("9 digits is not padded here") << QStringLiteral("012345679") << Problem::WrongLength;
    QTest::newRow("13 digits") << QStringLiteral("4111111111111") << Problem::WrongLength;
}

void TestPersianValidators::economicCode()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QCOMPARE(checkEconomicCode(input), problem);
}

void TestPersianValidators::errorMessages()
{
    const Field fields[] = {Field::NationalCode, Field::NationalId, Field::Iban, Field::CardNumber,
                            Field::Mobile, Field::PostalCode, Field::EconomicCode};
    const Problem problems[] = {Problem::Empty, Problem::BadCharacters, Problem::WrongLength,
                                Problem::BadPattern, Problem::BadChecksum};
    for (const Field f : fields) {
        QVERIFY(errorMessage(f, Problem::None).isEmpty());
        for (const Problem p : problems)
            QVERIFY(!errorMessage(f, p).isEmpty());
    }
    QCOMPARE(errorMessage(Field::NationalCode, Problem::WrongLength),
             QStringLiteral("The national code must have 10 digits."));
    QCOMPARE(errorMessage(Field::Mobile, checkMobile(u"02188776655")),
             QStringLiteral("An Iranian mobile number starts with 09 (or +989)."));
}

QTEST_GUILESS_MAIN(TestPersianValidators)
#include "tst_persian_validators.moc"
