// The finance settings a company starts with (issue 11): financial accounts (§1.14) through
// FinancialAccountService and numbering patterns (§1.17) through NumberingPatternService. Each
// change is gated, audited and all-or-nothing; every refusal leaves the store as it was; the
// pattern editor's sample is the number the numbering then gives.
#include "models/core/AuditLog.h"
#include "models/club/ItemTypeRepository.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/finance/Numbering.h"
#include "models/finance/NumberingPatternService.h"
#include "models/finance/Permissions.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/loyalty/ProductService.h"
#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"
#include "models/persian/Validators.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <functional>
#include <memory>

using TestSupport::TempStore;

namespace {

// A valid Iranian IBAN for a 22-digit BBAN (bank code + account), its check digits computed
// as ISO 13616 says: "IR" = 18 27, moved to the end with "00", 98 − (number mod 97).
QString ibanFor(const QString &bban22)
{
    const QString moved = bban22 + QStringLiteral("182700");
    int mod = 0;
    for (const QChar c : moved)
        mod = (mod * 10 + c.digitValue()) % 97;
    return QStringLiteral("IR%1").arg(98 - mod, 2, 10, QLatin1Char('0')) + bban22;
}

// A 16-digit card number with its Luhn digit.
QString cardFor(const QString &fifteen)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        int d = fifteen.at(14 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return fifteen + QString::number((10 - sum % 10) % 10);
}

const QString kIban = ibanFor(QStringLiteral("0120000000001234567890"));
const QString kCard = cardFor(QStringLiteral("610433123456789"));
const QString kMerchant = QStringLiteral("5344db9c-c398-4b62-9c69-03525ee8a9d4");

using Spoil = std::function<void(FinancialAccount &)>;

} // namespace

Q_DECLARE_METATYPE(Spoil)

class TestFinanceSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void checksumsOfTheTestValues();
    void bankAccountIsStoredInMachineForm();
    void accountRefusals_data();
    void accountRefusals();
    void cashBoxKeepsNoBankDetails();
    void onlineNeedsGatewayAndMerchant();
    void editIsAuditedByField();
    void editOfDeletedAccountIsRefused();
    void deactivateAndActivate();
    void deleteOnlyWhenNoReceiptUsesIt();
    void gateIsTheFinanceManager();

    void createPattern();
    void patternRefusals_data();
    void patternRefusals();
    void initialValueCannotGoBelowIssued();
    void lastValueCannotGoBelowIssued();
    void patternTextFrozenOnceNumbered();
    void customerNumbersBindTheirPatternToo();
    void staleEditIsRefused();
    void patternInUseCannotBeDeleted();
    void unusedPatternIsDeleted();
    void previewIsTheNextNumber();
    void previewExplainsAnInvalidPattern();

    void productsAreSavedByTheirManagers();

private:
    Actor manager() const { return Actor::staff(m_managerId, {FinancePermission::Manager}); }
    // Every live account and pattern with every column, and how many audit rows there are.
    QString snapshot();
    qint64 auditRows();
    // Whether an audit row says the manager did `action` to `subjectId` (with `detail`, unless null).
    // Rows written within one millisecond have no order, so tests look rows up instead of taking the newest.
    bool audited(const QString &action, const QString &subjectId, const QString &detail = QString());
    FinancialAccount validBank(const QString &name = QStringLiteral("حساب جاری ملت"));
    QString addPattern(const QString &title, const QString &pattern, qint64 initial = 0, bool yearly = false);
    QString addType(const QString &patternId, const QString &name = QStringLiteral("فاکتور فروش"));
    QString addNumberedDocument(const QString &typeId, const QString &number);

    std::unique_ptr<TempStore> m_t;
    QString m_managerId = Store::newId();
    QString m_identityId;
};

void TestFinanceSettings::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    Identity who;
    who.firstName = QStringLiteral("مریم");
    who.lastName = QStringLiteral("احمدی");
    IdentityRepository identities(m_t->store());
    QVERIFY2(identities.insert(who), qPrintable(identities.lastError()));
    m_identityId = who.id;
}

void TestFinanceSettings::cleanup()
{
    m_t.reset();
}

QString TestFinanceSettings::snapshot()
{
    QStringList out;
    for (const FinancialAccount &a : FinancialAccountRepository(m_t->store()).all())
        out << QStringList{a.id, a.name, AccountKindCode::text(a.kind), a.bankName, a.holder, a.accountNumber,
                           a.cardNumber, a.iban, QString::number(a.allowsCardToCard), QString::number(a.allowsCashDeposit),
                           QString::number(a.allowsOnline), PaymentGatewayCode::text(a.gateway), a.gatewayMerchant,
                           QString::number(a.active), a.updatedAt.toString(Qt::ISODateWithMs)}
                   .join(QLatin1Char('|'));
    for (const NumberingPattern &p : FinanceStateRepository(m_t->store()).patterns())
        out << QStringList{p.id, p.title, p.pattern, QString::number(p.initialValue), QString::number(p.yearlyReset),
                           QString::number(p.lastValue), QString::number(p.lastYear),
                           p.updatedAt.toString(Qt::ISODateWithMs)}
                   .join(QLatin1Char('|'));
    out << QString::number(auditRows());
    return out.join(QLatin1Char('\n'));
}

qint64 TestFinanceSettings::auditRows()
{
    AuditLog log(m_t->store());
    return log.countRows(log.list());
}

bool TestFinanceSettings::audited(const QString &action, const QString &subjectId, const QString &detail)
{
    const QString kind = action.section(QLatin1Char('.'), 0, 0);
    for (const QVariantList &row : TestSupport::runList(m_t->store(), AuditLog(m_t->store()).list(subjectId)))
        if (row.value(AuditLog::UserId).toString() == m_managerId && row.value(AuditLog::Action).toString() == action
            && row.value(AuditLog::SubjectKind).toString() == kind && row.value(AuditLog::SubjectId).toString() == subjectId
            && (detail.isNull() || row.value(AuditLog::Detail).toString() == detail))
            return true;
    return false;
}

FinancialAccount TestFinanceSettings::validBank(const QString &name)
{
    FinancialAccount a;
    a.name = name;
    a.bankName = QStringLiteral("بانک ملت");
    a.holder = QStringLiteral("شرکت نمونه");
    a.accountNumber = QStringLiteral("1234567890");
    a.iban = kIban;
    a.cardNumber = kCard;
    a.allowsCardToCard = true;
    a.allowsCashDeposit = true;
    return a;
}

QString TestFinanceSettings::addPattern(const QString &title, const QString &pattern, qint64 initial, bool yearly)
{
    NumberingPattern p;
    p.title = title;
    p.pattern = pattern;
    p.initialValue = initial;
    p.yearlyReset = yearly;
    NumberingPatternService service(m_t->store(), manager());
    if (!service.create(p))
        qWarning() << service.error();
    return p.id;
}

QString TestFinanceSettings::addType(const QString &patternId, const QString &name)
{
    ItemTypeRepository types(m_t->store());
    ItemType t;
    t.entity = QStringLiteral("invoice");
    t.code = Store::newId();
    t.name = name;
    t.needsNumbering = true;
    t.numberingPatternId = patternId;
    if (!types.insert(t))
        qWarning() << types.lastError();
    return t.id;
}

QString TestFinanceSettings::addNumberedDocument(const QString &typeId, const QString &number)
{
    DocumentRepository docs(m_t->store());
    Document d;
    d.itemTypeId = typeId;
    d.identityId = m_identityId;
    d.number = number;
    if (!docs.insert(d))
        qWarning() << docs.lastError();
    return d.id;
}

void TestFinanceSettings::checksumsOfTheTestValues()
{
    using namespace Persian::Validate;
    QVERIFY2(isValidIban(kIban), qPrintable(kIban));
    QVERIFY2(isValidCardNumber(kCard), qPrintable(kCard));
    // one digit off breaks each checksum
    QString iban = kIban;
    iban[10] = iban[10] == QLatin1Char('9') ? QLatin1Char('8') : QChar(iban[10].unicode() + 1);
    QCOMPARE(checkIban(iban), Problem::BadChecksum);
    QString card = kCard;
    card[15] = card[15] == QLatin1Char('9') ? QLatin1Char('0') : QChar(card[15].unicode() + 1);
    QCOMPARE(checkCardNumber(card), Problem::BadChecksum);
}

void TestFinanceSettings::bankAccountIsStoredInMachineForm()
{
    FinancialAccount a = validBank();
    // typed the way people paste them: Persian digits, spaces, the IBAN without "IR", a bidi mark
    a.name = QStringLiteral("  حساب جاری ملت\u200f ");
    a.iban = Persian::toPersianDigits(kIban.mid(2));
    a.cardNumber = Persian::toPersianDigits(QString(kCard.left(4) + QLatin1Char(' ') + kCard.mid(4, 4) + QLatin1Char('-')
                                                    + kCard.mid(8)));
    a.accountNumber = QStringLiteral("۱۲۳-۴۵۶-۷۸۹");
    a.allowsOnline = true;
    a.gateway = PaymentGateway::ZarinPal;
    a.gatewayMerchant = kMerchant;
    FinancialAccountService service(m_t->store(), manager());
    QVERIFY2(service.save(a), qPrintable(service.error()));
    const auto stored = FinancialAccountRepository(m_t->store()).get(a.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("حساب جاری ملت"));
    QCOMPARE(stored->iban, kIban);
    QCOMPARE(stored->cardNumber, kCard);
    QCOMPARE(stored->accountNumber, QStringLiteral("123-456-789"));
    QVERIFY(stored->allowsOnline);
    QCOMPARE(stored->gateway, PaymentGateway::ZarinPal);
    QCOMPARE(stored->gatewayMerchant, kMerchant);
    QVERIFY(audited(QStringLiteral("financial_account.create"), a.id, QStringLiteral("bank")));
}

void TestFinanceSettings::accountRefusals_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("expected"); // a word of the English refusal
    QTest::newRow("no name") << Spoil([](FinancialAccount &a) { a.name = QStringLiteral("  "); }) << "name";
    QTest::newRow("bank without number or IBAN") << Spoil([](FinancialAccount &a) {
        a.accountNumber.clear();
        a.iban.clear();
    }) << "account number or its IBAN";
    QTest::newRow("IBAN checksum") << Spoil([](FinancialAccount &a) { a.iban = QString(kIban).replace(5, 1, QLatin1Char('9')); })
                                   << "IBAN";
    QTest::newRow("IBAN length") << Spoil([](FinancialAccount &a) { a.iban = QStringLiteral("IR12012"); }) << "24 digits";
    QTest::newRow("card checksum") << Spoil([](FinancialAccount &a) {
        a.cardNumber = kCard.left(15) + QString::number((kCard.right(1).toInt() + 1) % 10);
    })
                                   << "card number";
    QTest::newRow("card to card without card") << Spoil([](FinancialAccount &a) { a.cardNumber.clear(); }) << "card number";
    QTest::newRow("account number with letters") << Spoil([](FinancialAccount &a) { a.accountNumber = QStringLiteral("12ab"); })
                                                 << "separators";
    QTest::newRow("online without gateway") << Spoil([](FinancialAccount &a) { a.allowsOnline = true; }) << "gateway";
    QTest::newRow("online without merchant") << Spoil([](FinancialAccount &a) {
        a.allowsOnline = true;
        a.gateway = PaymentGateway::ZarinPal;
    }) << "merchant code";
    QTest::newRow("online with a wrong merchant") << Spoil([](FinancialAccount &a) {
        a.allowsOnline = true;
        a.gateway = PaymentGateway::ZarinPal;
        a.gatewayMerchant = QStringLiteral("12345");
    }) << "36 characters";
    // the same name as the account made first, written with Arabic yeh and kaf
    QTest::newRow("duplicate name") << Spoil([](FinancialAccount &a) { a.name = QStringLiteral("حساب اول بانك ملي"); })
                                    << "already called";
}

void TestFinanceSettings::accountRefusals()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, expected);
    FinancialAccountService service(m_t->store(), manager());
    FinancialAccount first = validBank(QStringLiteral("حساب اول بانک ملی"));
    QVERIFY2(service.save(first), qPrintable(service.error()));
    // a valid account saves, so what refuses the spoilt one is the spoiling
    FinancialAccount control = validBank(QStringLiteral("حساب دوم"));
    QVERIFY(FinancialAccountService::check(FinancialAccountService::normalized(control)).isEmpty());

    const QString before = snapshot();
    FinancialAccount a = validBank(QStringLiteral("حساب دوم"));
    spoil(a);
    QVERIFY(!service.save(a));
    QVERIFY2(service.error().contains(expected), qPrintable(service.error()));
    QVERIFY(a.id.isEmpty());
    QCOMPARE(snapshot(), before);

    // the same spoiling refused on an edit leaves the stored account as it was (an account may
    // keep its own name, so the duplicate is not one there)
    if (qstrcmp(QTest::currentDataTag(), "duplicate name") != 0) {
        FinancialAccount edit = first;
        spoil(edit);
        QVERIFY(!service.save(edit));
        QVERIFY2(service.error().contains(expected), qPrintable(service.error()));
        QCOMPARE(snapshot(), before);
    }
}

void TestFinanceSettings::cashBoxKeepsNoBankDetails()
{
    FinancialAccount box = validBank(QStringLiteral("صندوق دفتر"));
    box.kind = AccountKind::Cash;
    box.allowsOnline = true;
    box.gateway = PaymentGateway::ZarinPal;
    box.gatewayMerchant = kMerchant;
    FinancialAccountService service(m_t->store(), manager());
    QVERIFY2(service.save(box), qPrintable(service.error()));
    const auto stored = FinancialAccountRepository(m_t->store()).get(box.id);
    QVERIFY(stored && stored->isCash());
    QCOMPARE(stored->holder, QStringLiteral("شرکت نمونه"));
    QVERIFY(stored->iban.isEmpty() && stored->cardNumber.isEmpty() && stored->accountNumber.isEmpty());
    QVERIFY(!stored->allowsCardToCard && !stored->allowsCashDeposit && !stored->allowsOnline);
    QCOMPARE(stored->gateway, PaymentGateway::None);
    // a cash box needs no number: a name is enough
    FinancialAccount bare;
    bare.kind = AccountKind::Cash;
    bare.name = QStringLiteral("صندوق شعبه");
    QVERIFY2(service.save(bare), qPrintable(service.error()));
}

void TestFinanceSettings::onlineNeedsGatewayAndMerchant()
{
    FinancialAccountService service(m_t->store(), manager());
    FinancialAccount a = validBank();
    a.allowsOnline = true;
    QVERIFY(!service.save(a));
    a.gateway = PaymentGateway::ZarinPal;
    a.gatewayMerchant = kMerchant.toUpper();
    QVERIFY2(service.save(a), qPrintable(service.error()));
    // switched off, the gateway settings stay for the next time
    a.allowsOnline = false;
    QVERIFY2(service.save(a), qPrintable(service.error()));
    const auto stored = FinancialAccountRepository(m_t->store()).get(a.id);
    QVERIFY(!stored->allowsOnline);
    QCOMPARE(stored->gateway, PaymentGateway::ZarinPal);
    QCOMPARE(stored->gatewayMerchant, kMerchant.toUpper());
}

void TestFinanceSettings::editIsAuditedByField()
{
    FinancialAccountService service(m_t->store(), manager());
    FinancialAccount a = validBank();
    QVERIFY(service.save(a));
    a.holder = QStringLiteral("فروشگاه نمونه");
    a.allowsCashDeposit = false;
    QVERIFY2(service.save(a), qPrintable(service.error()));
    QVERIFY(audited(QStringLiteral("financial_account.update"), a.id, QStringLiteral("holder,allows_cash_deposit")));
    // the log names the fields, never an IBAN or a card
    a.iban = ibanFor(QStringLiteral("0170000000009876543210"));
    QVERIFY2(service.save(a), qPrintable(service.error()));
    QVERIFY(audited(QStringLiteral("financial_account.update"), a.id, QStringLiteral("iban")));
}

void TestFinanceSettings::editOfDeletedAccountIsRefused()
{
    FinancialAccountService service(m_t->store(), manager());
    FinancialAccount a = validBank();
    QVERIFY(service.save(a));
    FinancialAccount stale = a;
    QVERIFY(service.remove(a.id));
    const QString before = snapshot();
    stale.holder = QStringLiteral("دیگری");
    QVERIFY(!service.save(stale));
    QVERIFY2(service.error().contains(QLatin1String("no longer exists")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
}

void TestFinanceSettings::deactivateAndActivate()
{
    FinancialAccountService service(m_t->store(), manager());
    FinancialAccount a = validBank();
    QVERIFY(service.save(a));
    QVERIFY(service.setActive(a.id, false));
    QVERIFY(!FinancialAccountRepository(m_t->store()).get(a.id)->active);
    QVERIFY(audited(QStringLiteral("financial_account.deactivate"), a.id));
    // an inactive account is offered nowhere
    QVERIFY(FinancialAccountRepository(m_t->store()).all(true).isEmpty());
    QVERIFY(FinancialAccountRepository(m_t->store()).forClubMethod(QStringLiteral("card_to_card")).isEmpty());
    const qint64 rows = auditRows();
    QVERIFY(service.setActive(a.id, false)); // already so: nothing written
    QCOMPARE(auditRows(), rows);
    QVERIFY(service.setActive(a.id, true));
    QVERIFY(audited(QStringLiteral("financial_account.activate"), a.id));
    QVERIFY(FinancialAccountRepository(m_t->store()).get(a.id)->active);
}

void TestFinanceSettings::deleteOnlyWhenNoReceiptUsesIt()
{
    FinancialAccountService service(m_t->store(), manager());
    FinancialAccount used = validBank(QStringLiteral("حساب پرکار"));
    FinancialAccount unused = validBank(QStringLiteral("حساب بی‌کار"));
    QVERIFY(service.save(used) && service.save(unused));
    ItemType receiptType;
    receiptType.entity = QStringLiteral("receipt");
    receiptType.code = QStringLiteral("receipt");
    receiptType.name = QStringLiteral("دریافت");
    QVERIFY(ItemTypeRepository(m_t->store()).insert(receiptType));
    Receipt r;
    r.itemTypeId = receiptType.id;
    r.identityId = m_identityId;
    r.amount = 1000000;
    r.accountId = used.id;
    r.receivedOn = QDate(2024, 11, 6);
    ReceiptRepository receipts(m_t->store());
    QVERIFY2(receipts.insert(r), qPrintable(receipts.lastError()));

    const QString before = snapshot();
    QVERIFY(!service.remove(used.id));
    QVERIFY2(service.error().contains(QLatin1String("Deactivate")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);

    QVERIFY2(service.remove(unused.id), qPrintable(service.error()));
    QVERIFY(!FinancialAccountRepository(m_t->store()).get(unused.id));
    QVERIFY(audited(QStringLiteral("financial_account.delete"), unused.id, unused.name));
    QVERIFY(!audited(QStringLiteral("financial_account.delete"), used.id));
    // the receipt's account, once its receipt is gone, may go too
    QVERIFY(receipts.tombstone(r.id));
    QVERIFY2(service.remove(used.id), qPrintable(service.error()));
}

void TestFinanceSettings::gateIsTheFinanceManager()
{
    const QString before = snapshot();
    for (const Actor &actor : {Actor::staff(Store::newId(), {FinancePermission::ApproveReceipts, FinancePermission::SalesManager}),
                               Actor()}) {
        FinancialAccountService accounts(m_t->store(), actor);
        FinancialAccount a = validBank();
        QVERIFY(!accounts.save(a));
        QVERIFY2(accounts.error().contains(QLatin1String("finance manager")), qPrintable(accounts.error()));
        NumberingPatternService patterns(m_t->store(), actor);
        NumberingPattern p;
        p.title = QStringLiteral("فاکتور");
        p.pattern = QStringLiteral("{*(AN)}");
        QVERIFY(!patterns.create(p));
        QVERIFY2(patterns.error().contains(QLatin1String("finance manager")), qPrintable(patterns.error()));
    }
    // a club user holding the key by mistake is still no staff
    Actor customer = Actor::staff(Store::newId(), {FinancePermission::Manager});
    customer.kind = UserKind::Customer;
    FinancialAccount a = validBank();
    QVERIFY(!FinancialAccountService(m_t->store(), customer).save(a));
    QCOMPARE(snapshot(), before);
    // the administrator may
    FinancialAccountService admin(m_t->store(), Actor::staff(Store::newId(), {}, true));
    QVERIFY2(admin.save(a), qPrintable(admin.error()));
}

void TestFinanceSettings::createPattern()
{
    NumberingPattern p;
    p.title = QStringLiteral(" فاکتور فروش ");
    p.pattern = QStringLiteral("INV-{*(SHYY)}-{_____(AN)}");
    p.initialValue = 100;
    p.yearlyReset = true;
    NumberingPatternService service(m_t->store(), manager());
    QVERIFY2(service.create(p), qPrintable(service.error()));
    const auto stored = FinanceStateRepository(m_t->store()).pattern(p.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("فاکتور فروش"));
    QCOMPARE(stored->initialValue, qint64(100));
    QVERIFY(stored->yearlyReset);
    QCOMPARE(p.updatedAt, stored->updatedAt); // the caller holds what is stored, ready for an edit
    QVERIFY(audited(QStringLiteral("numbering_pattern.create"), p.id, QStringLiteral("فاکتور فروش=INV-{*(SHYY)}-{_____(AN)}")));
}

void TestFinanceSettings::patternRefusals_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("initial");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no title") << "" << "{*(AN)}" << 0LL << "title";
    QTest::newRow("duplicate title") << "رسيد" << "R-{*(AN)}" << 0LL << "already called";
    QTest::newRow("empty pattern") << "دیگر" << "" << 0LL << "empty";
    QTest::newRow("no sequence") << "دیگر" << "F-{*(SHYY)}" << 0LL << "sequence token";
    QTest::newRow("dot") << "دیگر" << "F.{*(AN)}" << 0LL << "'.'";
    QTest::newRow("tokens not separated") << "دیگر" << "{*(SHYY)}{*(AN)}" << 0LL << "separated";
    QTest::newRow("unknown token") << "دیگر" << "{*(XX)}-{*(AN)}" << 0LL << "unknown";
    QTest::newRow("initial too wide") << "دیگر" << "{___(AN)}" << 1000LL << "initial value";
}

void TestFinanceSettings::patternRefusals()
{
    QFETCH(QString, title);
    QFETCH(QString, pattern);
    QFETCH(qint64, initial);
    QFETCH(QString, expected);
    QVERIFY(!addPattern(QStringLiteral("رسید"), QStringLiteral("{*(AN)}")).isEmpty());
    const QString before = snapshot();
    NumberingPattern p;
    p.title = title;
    p.pattern = pattern;
    p.initialValue = initial;
    NumberingPatternService service(m_t->store(), manager());
    QVERIFY(!service.create(p));
    QVERIFY2(service.error().contains(expected), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
}

void TestFinanceSettings::initialValueCannotGoBelowIssued()
{
    const QString id = addPattern(QStringLiteral("فاکتور"), QStringLiteral("F-{*(AN)}"));
    const QString type = addType(id);
    Numbering numbering(m_t->store());
    for (int i = 0; i < 3; ++i)
        addNumberedDocument(type, numbering.next(id)->number); // F-1, F-2, F-3
    NumberingPatternService service(m_t->store(), manager());
    NumberingPattern p = *FinanceStateRepository(m_t->store()).pattern(id);
    const QString before = snapshot();
    p.initialValue = 2;
    QVERIFY(!service.update(p));
    QVERIFY2(service.error().contains(QLatin1String("initial value")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
    // at or above the numbers issued it may change: the next number jumps past it
    p.initialValue = 1000;
    QVERIFY2(service.update(p), qPrintable(service.error()));
    QVERIFY(audited(QStringLiteral("numbering_pattern.update"), id, QStringLiteral("initial_value=1000")));
    QCOMPARE(numbering.next(id)->number, QStringLiteral("F-1001"));
}

void TestFinanceSettings::lastValueCannotGoBelowIssued()
{
    const QString id = addPattern(QStringLiteral("فاکتور"), QStringLiteral("F-{*(AN)}"));
    const QString type = addType(id);
    Numbering numbering(m_t->store());
    for (int i = 0; i < 5; ++i)
        addNumberedDocument(type, numbering.next(id)->number);
    NumberingPatternService service(m_t->store(), manager());
    NumberingPattern p = *FinanceStateRepository(m_t->store()).pattern(id);
    QCOMPARE(p.lastValue, qint64(5));
    const QString before = snapshot();
    p.lastValue = 3;
    QVERIFY(!service.update(p));
    QVERIFY2(service.error().contains(QLatin1String("last value")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
    p.lastValue = 40; // forward is fine: numbers 6..40 are skipped
    QVERIFY2(service.update(p), qPrintable(service.error()));
    QCOMPARE(numbering.next(id)->number, QStringLiteral("F-41"));
    // a title change alone touches no counter check
    p = *FinanceStateRepository(m_t->store()).pattern(id);
    p.title = QStringLiteral("فاکتور فروش");
    QVERIFY2(service.update(p), qPrintable(service.error()));
    QVERIFY(audited(QStringLiteral("numbering_pattern.update"), id, QStringLiteral("title=فاکتور فروش")));
}

void TestFinanceSettings::patternTextFrozenOnceNumbered()
{
    const QString id = addPattern(QStringLiteral("فاکتور"), QStringLiteral("F-{*(AN)}"));
    NumberingPatternService service(m_t->store(), manager());
    NumberingPattern p = *FinanceStateRepository(m_t->store()).pattern(id);
    p.pattern = QStringLiteral("FA-{*(AN)}"); // nothing numbered yet: it may change
    QVERIFY2(service.update(p), qPrintable(service.error()));
    const QString type = addType(id);
    addNumberedDocument(type, Numbering(m_t->store()).next(id)->number);
    p = *FinanceStateRepository(m_t->store()).pattern(id);
    const QString before = snapshot();
    p.pattern = QStringLiteral("FB-{*(AN)}");
    QVERIFY(!service.update(p));
    QVERIFY2(service.error().contains(QLatin1String("numbered items")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
}

void TestFinanceSettings::customerNumbersBindTheirPatternToo()
{
    const QString id = addPattern(QStringLiteral("شماره مشتری"), QStringLiteral("C-{*(AN)}"), 0);
    IdentitySubtype subtype;
    subtype.code = QStringLiteral("retail");
    subtype.name = QStringLiteral("مشتری خرده");
    subtype.numberingPatternId = id;
    IdentityRepository identities(m_t->store());
    QVERIFY(IdentitySubtypeRepository(m_t->store()).insert(subtype));
    Identity customer;
    customer.firstName = QStringLiteral("سارا");
    customer.lastName = QStringLiteral("کریمی");
    customer.subtypeId = subtype.id;
    customer.customerNumber = Numbering(m_t->store()).next(id)->number; // C-1
    QVERIFY2(identities.insert(customer), qPrintable(identities.lastError()));
    QCOMPARE(customer.customerNumber, QStringLiteral("C-1"));

    NumberingPatternService service(m_t->store(), manager());
    NumberingPattern p = *FinanceStateRepository(m_t->store()).pattern(id);
    const QString before = snapshot();
    p.pattern = QStringLiteral("CU-{*(AN)}");
    QVERIFY(!service.update(p));
    QVERIFY2(service.error().contains(QLatin1String("numbered items")), qPrintable(service.error()));
    p = *FinanceStateRepository(m_t->store()).pattern(id);
    p.lastValue = 0;
    QVERIFY(!service.update(p));
    QVERIFY2(service.error().contains(QLatin1String("last value")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
}

void TestFinanceSettings::staleEditIsRefused()
{
    const QString id = addPattern(QStringLiteral("فاکتور"), QStringLiteral("F-{*(AN)}"));
    addType(id);
    NumberingPattern opened = *FinanceStateRepository(m_t->store()).pattern(id);
    QTest::qWait(5); // the number below is written at a later instant than the pattern
    QVERIFY(Numbering(m_t->store()).next(id)); // someone numbers an invoice meanwhile
    const QString before = snapshot();
    opened.title = QStringLiteral("فاکتور فروش");
    NumberingPatternService service(m_t->store(), manager());
    QVERIFY(!service.update(opened));
    QVERIFY2(service.error().contains(QLatin1String("changed after you opened it")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
}

void TestFinanceSettings::patternInUseCannotBeDeleted()
{
    const QString forTypes = addPattern(QStringLiteral("فاکتور"), QStringLiteral("F-{*(AN)}"));
    const QString forCustomers = addPattern(QStringLiteral("مشتری"), QStringLiteral("C-{*(AN)}"));
    addType(forTypes, QStringLiteral("فاکتور فروش"));
    addType(forTypes, QStringLiteral("فاکتور خدمات"));
    IdentitySubtype subtype;
    subtype.code = QStringLiteral("customer");
    subtype.name = QStringLiteral("مشتری حقیقی");
    subtype.kind = IdentityKind::Person;
    subtype.profileType = ProfileType::Customer;
    subtype.numberingPatternId = forCustomers;
    IdentityRepository identities(m_t->store());
    QVERIFY(IdentitySubtypeRepository(m_t->store()).insert(subtype));

    NumberingPatternService service(m_t->store(), manager());
    const QString before = snapshot();
    QVERIFY(!service.remove(forTypes));
    QVERIFY2(service.error().contains(QStringLiteral("فاکتور خدمات")) && service.error().contains(QStringLiteral("فاکتور فروش")),
             qPrintable(service.error()));
    QVERIFY(!service.remove(forCustomers));
    QVERIFY2(service.error().contains(QStringLiteral("مشتری حقیقی")), qPrintable(service.error()));
    QCOMPARE(snapshot(), before);
}

void TestFinanceSettings::unusedPatternIsDeleted()
{
    const QString id = addPattern(QStringLiteral("قدیمی"), QStringLiteral("OLD-{*(AN)}"));
    // a type that used it and moved on leaves it free
    const QString type = addType(id);
    ItemTypeRepository types(m_t->store());
    ItemType t = *types.get(type);
    t.numberingPatternId.clear();
    QVERIFY(types.update(t));
    NumberingPatternService service(m_t->store(), manager());
    QVERIFY2(service.remove(id), qPrintable(service.error()));
    QVERIFY(!FinanceStateRepository(m_t->store()).pattern(id));
    QVERIFY(audited(QStringLiteral("numbering_pattern.delete"), id, QStringLiteral("قدیمی")));
    QVERIFY(!service.remove(id));
}

void TestFinanceSettings::previewIsTheNextNumber()
{
    const QDate day(2024, 11, 5); // 1403/08/15
    const QString id = addPattern(QStringLiteral("فاکتور"), QStringLiteral("INV-{*(SHYY)}-{___(AN)}"), 0, true);
    const QString type = addType(id);
    Numbering numbering(m_t->store());
    // a new definition, not stored yet
    NumberingPattern draft;
    draft.pattern = QStringLiteral("{*(MIYY)}/{*(AN)}");
    draft.initialValue = 41;
    QCOMPARE(numbering.preview(draft, day).number, QStringLiteral("2024/42"));
    // a stored one: the sample is what next() then gives, each time
    for (int i = 0; i < 3; ++i) {
        NumberingPattern stored = *FinanceStateRepository(m_t->store()).pattern(id);
        const Numbering::Preview sample = numbering.preview(stored, day);
        QVERIFY2(sample.error.isEmpty(), qPrintable(sample.error));
        const auto issued = numbering.next(id, day);
        QVERIFY(issued);
        QCOMPARE(sample.number, issued->number);
        addNumberedDocument(type, issued->number);
    }
    QCOMPARE(numbering.preview(*FinanceStateRepository(m_t->store()).pattern(id), day).number, QStringLiteral("INV-1403-004"));
    // a number typed by hand ahead of the counter is skipped in the sample as in next()
    addNumberedDocument(type, QStringLiteral("INV-1403-004"));
    const NumberingPattern stored = *FinanceStateRepository(m_t->store()).pattern(id);
    QCOMPARE(numbering.preview(stored, day).number, QStringLiteral("INV-1403-005"));
    QCOMPARE(numbering.next(id, day)->number, QStringLiteral("INV-1403-005"));
    // the next year restarts
    QCOMPARE(numbering.preview(stored, QDate(2025, 3, 25)).number, QStringLiteral("INV-1404-001"));
    // nothing was written by the samples
    QCOMPARE(FinanceStateRepository(m_t->store()).pattern(id)->lastValue, qint64(5));
}

void TestFinanceSettings::previewExplainsAnInvalidPattern()
{
    Numbering numbering(m_t->store());
    NumberingPattern p;
    p.pattern = QStringLiteral("{*(SHYY)}{*(AN)}");
    Numbering::Preview sample = numbering.preview(p);
    QVERIFY(sample.number.isEmpty());
    QCOMPARE(sample.error, NumberPattern::parse(p.pattern).error());
    p.pattern = QStringLiteral("{___(AN)}");
    p.lastValue = 999; // the range is used up
    sample = numbering.preview(p);
    QVERIFY(sample.number.isEmpty());
    QVERIFY2(sample.error.contains(QLatin1String("used up its range")), qPrintable(sample.error));
}

// «محصولات»: only the finance or sales manager adds or changes a product, in one audited
// transaction; a missing or taken code, a nameless product or a negative price is refused and
// nothing is written.
void TestFinanceSettings::productsAreSavedByTheirManagers()
{
    ProductRepository products(m_t->store());
    const auto stored = [&] {
        QStringList out;
        for (const Product &p : products.all())
            out << p.id + p.code + p.name + QString::number(p.unitPrice);
        return out.join(QLatin1Char('|'));
    };
    Product p;
    p.name = QStringLiteral("  کاغذ A4  ");
    p.code = QStringLiteral("۱۰۲۴");
    p.unit = QStringLiteral("بسته");
    p.unitPrice = 1850000;
    const QString before = stored();
    ProductService clerk(m_t->store(), Actor::staff(Store::newId(), {FinancePermission::ApproveReceipts}));
    QVERIFY(!clerk.save(p));
    QVERIFY2(clerk.error().contains(QLatin1String("manager")), qPrintable(clerk.error()));
    QCOMPARE(stored(), before);

    const Actor sales = Actor::staff(Store::newId(), {FinancePermission::SalesManager});
    ProductService service(m_t->store(), sales);
    QVERIFY2(service.save(p), qPrintable(service.error()));
    QCOMPARE(p.name, QStringLiteral("کاغذ A4"));
    QCOMPARE(p.code, QStringLiteral("1024")); // stored in Latin digits
    QCOMPARE(products.get(p.id)->unitPrice, 1850000);
    const qint64 audits = auditRows();

    Product twin;
    twin.name = QStringLiteral("کاغذ A3");
    twin.code = QStringLiteral("1024");
    QVERIFY(!service.save(twin));
    QVERIFY2(service.error().contains(QLatin1String("code")), qPrintable(service.error()));
    twin.code.clear();
    QVERIFY(!service.save(twin));
    twin.code = QStringLiteral("2048");
    twin.name = QStringLiteral("  ");
    QVERIFY(!service.save(twin));
    twin.name = QStringLiteral("کاغذ A3");
    twin.unitPrice = -1;
    QVERIFY(!service.save(twin));
    QCOMPARE(auditRows(), audits);

    p.unitPrice = 1900000;
    QVERIFY2(ProductService(m_t->store(), manager()).save(p), qPrintable(service.error()));
    QCOMPARE(products.get(p.id)->unitPrice, 1900000);
    QCOMPARE(auditRows(), audits + 1);
}

QTEST_GUILESS_MAIN(TestFinanceSettings)
#include "tst_finance_settings.moc"
