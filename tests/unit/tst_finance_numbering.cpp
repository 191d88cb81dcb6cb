// Numbering patterns («الگوی شماره‌گذاری», §1.17): every token, the rules a pattern must keep,
// the first number being initial + 1, a fixed width running out, the yearly restart, manual
// numbers unique within the pattern with the sequence continuing from them, and numbers taken
// inside the caller's transaction.
#include "models/finance/Numbering.h"
#include "models/persian/Jalali.h"
#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestFinanceNumbering : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tokens_data();
    void tokens();
    void invalidPatterns_data();
    void invalidPatterns();
    void matchReadsNumbersBack();
    void firstNumberIsInitialPlusOne();
    void fixedWidthRunsOut();
    void initialValueMustFitWidth();
    void yearlyRestartFollowsJalaliYear();
    void gregorianPatternRestartsOnJanuaryFirst();
    void withoutYearlyResetTheSequenceContinues();
    void manualNumberMustBeUniqueWithinPattern();
    void manualNumberMustFollowPattern();
    void manualYearRange_data();
    void manualYearRange();
    void deletedNumberReusableOnlyByHand();
    void sharedPatternSharesSequence();
    void numberIsKeptOnlyIfCallerCommits();
    void patternTextIsFrozenOnceUsed();

private:
    QString makePattern(const QString &pattern, qint64 initial = 0, bool yearly = false);
    QString makeType(const QString &patternId);
    void addDocument(const QString &typeId, const QString &number, QString *id = nullptr);
    std::unique_ptr<TempStore> m_t;
    std::unique_ptr<Numbering> m_n;
    QString m_identityId;
};

void TestFinanceNumbering::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_n = std::make_unique<Numbering>(m_t->store());
    IdentityRepository identities(m_t->store());
    Identity who;
    who.firstName = QStringLiteral("علی");
    who.lastName = QStringLiteral("رضایی");
    QVERIFY2(identities.insert(who), qPrintable(identities.lastError()));
    m_identityId = who.id;
}

void TestFinanceNumbering::cleanup()
{
    m_n.reset();
    m_t.reset();
}

QString TestFinanceNumbering::makePattern(const QString &pattern, qint64 initial, bool yearly)
{
    NumberingPattern p;
    p.title = QStringLiteral("الگو");
    p.pattern = pattern;
    p.initialValue = initial;
    p.yearlyReset = yearly;
    if (!m_n->createPattern(p))
        qWarning() << m_n->lastError();
    return p.id;
}

QString TestFinanceNumbering::makeType(const QString &patternId)
{
    ItemTypeRepository types(m_t->store());
    ItemType t;
    t.entity = QStringLiteral("invoice");
    t.code = Store::newId();
    t.name = QStringLiteral("فاکتور فروش");
    t.numberingPatternId = patternId;
    if (!types.insert(t))
        qWarning() << types.lastError();
    return t.id;
}

void TestFinanceNumbering::addDocument(const QString &typeId, const QString &number, QString *id)
{
    DocumentRepository docs(m_t->store());
    Document d;
    d.itemTypeId = typeId;
    d.identityId = m_identityId;
    d.number = number;
    QVERIFY2(docs.insert(d), qPrintable(docs.lastError()));
    if (id)
        *id = d.id;
}

void TestFinanceNumbering::tokens_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("number");
    const QDate d1403(2024, 5, 1);
    QTest::newRow("open sequence") << QStringLiteral("{*(AN)}") << 7LL << d1403 << QStringLiteral("7");
    QTest::newRow("open sequence, big") << QStringLiteral("{*(AN)}") << 1234567LL << d1403 << QStringLiteral("1234567");
    QTest::newRow("fixed width") << QStringLiteral("INV-{___(AN)}") << 7LL << d1403 << QStringLiteral("INV-007");
    QTest::newRow("Jalali year") << QStringLiteral("{____(SHYY)}-{*(AN)}") << 7LL << d1403 << QStringLiteral("1403-7");
    QTest::newRow("Jalali year star") << QStringLiteral("{*(SHYY)}/{____(AN)}") << 12LL << d1403
                                      << QStringLiteral("1403/0012");
    QTest::newRow("Gregorian year") << QStringLiteral("{____(MIYY)}/{_____(AN)}") << 7LL << d1403
                                    << QStringLiteral("2024/00007");
    QTest::newRow("both years") << QStringLiteral("F{____(SHYY)}_{____(MIYY)}-{*(AN)}") << 3LL << d1403
                                << QStringLiteral("F1403_2024-3");
    QTest::newRow("Persian literal") << QStringLiteral("فاکتور-{___(AN)}") << 5LL << d1403
                                     << QStringLiteral("فاکتور-005");
    QTest::newRow("Esfand is still 1402") << QStringLiteral("{____(SHYY)}-{*(AN)}") << 1LL << QDate(2024, 3, 19)
                                          << QStringLiteral("1402-1");
    QTest::newRow("older form {y}-{n:5}") << QStringLiteral("PF-{y}-{n:5}") << 7LL << d1403
                                          << QStringLiteral("PF-1403-00007");
}

void TestFinanceNumbering::tokens()
{
    QFETCH(QString, pattern);
    QFETCH(qint64, value);
    QFETCH(QDate, date);
    const NumberPattern p = NumberPattern::parse(pattern);
    QVERIFY2(p.isValid(), qPrintable(p.error()));
    QTEST(p.format(value, date), "number");
}

void TestFinanceNumbering::invalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot separator") << QStringLiteral("{____(SHYY)}.{*(AN)}");
    QTest::newRow("plus separator") << QStringLiteral("A+{*(AN)}");
    QTest::newRow("tokens without separator") << QStringLiteral("{____(SHYY)}{*(AN)}");
    QTest::newRow("sequence twice") << QStringLiteral("{*(AN)}-{___(AN)}");
    QTest::newRow("Jalali year twice") << QStringLiteral("{____(SHYY)}-{*(AN)}-{____(SHYY)}");
    QTest::newRow("year with two underscores") << QStringLiteral("{__(SHYY)}-{*(AN)}");
    QTest::newRow("Gregorian year with five") << QStringLiteral("{_____(MIYY)}-{*(AN)}");
    QTest::newRow("no sequence") << QStringLiteral("{____(SHYY)}-X");
    QTest::newRow("unknown token") << QStringLiteral("{*(XX)}-{*(AN)}");
    QTest::newRow("unclosed token") << QStringLiteral("INV-{*(AN)");
    QTest::newRow("literal only") << QStringLiteral("INV");
}

void TestFinanceNumbering::invalidPatterns()
{
    QFETCH(QString, pattern);
    const NumberPattern p = NumberPattern::parse(pattern);
    QVERIFY(!p.isValid());
    QVERIFY(!p.error().isEmpty());
    NumberingPattern def;
    def.pattern = pattern;
    QString error;
    QVERIFY(!Numbering::validateDefinition(def, &error));
    QCOMPARE(error, p.error());
}

void TestFinanceNumbering::matchReadsNumbersBack()
{
    const NumberPattern p = NumberPattern::parse(QStringLiteral("INV-{____(SHYY)}-{___(AN)}"));
    QVERIFY(p.isValid());
    auto m = p.match(QStringLiteral("INV-1403-042"));
    QVERIFY(m);
    QCOMPARE(m->sequence, 42);
    QCOMPARE(m->jalaliYear, 1403);
    m = p.match(QStringLiteral("INV-۱۴۰۳-۰۴۲")); // Persian digits
    QVERIFY(m);
    QCOMPARE(m->sequence, 42);
    QVERIFY(!p.match(QStringLiteral("INV-1403-42")));  // the width is fixed
    QVERIFY(!p.match(QStringLiteral("INV-1403-0042")));
    QVERIFY(!p.match(QStringLiteral("X-1403-042")));
}

void TestFinanceNumbering::firstNumberIsInitialPlusOne()
{
    const QString id = makePattern(QStringLiteral("C-{*(AN)}"), 100);
    QVERIFY(!id.isEmpty());
    auto a = m_n->next(id);
    QVERIFY2(a, qPrintable(m_n->lastError()));
    QCOMPARE(a->number, QStringLiteral("C-101"));
    QCOMPARE(a->sequence, 101);
    auto b = m_n->next(id);
    QVERIFY(b);
    QCOMPARE(b->number, QStringLiteral("C-102"));
}

void TestFinanceNumbering::fixedWidthRunsOut()
{
    const QString id = makePattern(QStringLiteral("N-{__(AN)}"), 97);
    QCOMPARE(m_n->next(id)->number, QStringLiteral("N-98"));
    QCOMPARE(m_n->next(id)->number, QStringLiteral("N-99"));
    QVERIFY(!m_n->next(id));
    QVERIFY2(m_n->lastError().contains(QStringLiteral("used up")), qPrintable(m_n->lastError()));
    QVERIFY(!m_n->next(id)); // and stays refused
}

void TestFinanceNumbering::initialValueMustFitWidth()
{
    NumberingPattern p;
    p.title = QStringLiteral("t");
    p.pattern = QStringLiteral("{___(AN)}");
    p.initialValue = 1000;
    QString error;
    QVERIFY(!Numbering::validateDefinition(p, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_n->createPattern(p));
    p.initialValue = 999;
    QVERIFY(Numbering::validateDefinition(p, &error)); // saved, but the first next() is refused
    QVERIFY(m_n->createPattern(p));
    QVERIFY(!m_n->next(p.id));
}

void TestFinanceNumbering::yearlyRestartFollowsJalaliYear()
{
    const QString id = makePattern(QStringLiteral("{____(SHYY)}-{___(AN)}"), 0, true);
    const QString type = makeType(id);
    const QDate d1403(2024, 5, 1), d1404(2025, 3, 21), lastOf1403(2025, 3, 20);
    auto n = m_n->next(id, d1403);
    QCOMPARE(n->number, QStringLiteral("1403-001"));
    addDocument(type, n->number);
    n = m_n->next(id, d1403);
    QCOMPARE(n->number, QStringLiteral("1403-002"));
    addDocument(type, n->number);
    n = m_n->next(id, d1404); // 1404/01/01: the sequence restarts
    QCOMPARE(n->number, QStringLiteral("1404-001"));
    addDocument(type, n->number);
    // a document dated in 1403 after the restart continues 1403's numbers, and 1404's go on
    n = m_n->next(id, lastOf1403);
    QCOMPARE(n->number, QStringLiteral("1403-003"));
    addDocument(type, n->number);
    QCOMPARE(m_n->next(id, d1404)->number, QStringLiteral("1404-002"));
}

void TestFinanceNumbering::gregorianPatternRestartsOnJanuaryFirst()
{
    const QString id = makePattern(QStringLiteral("{____(MIYY)}-{*(AN)}"), 0, true);
    QCOMPARE(m_n->next(id, QDate(2024, 12, 31))->number, QStringLiteral("2024-1"));
    QCOMPARE(m_n->next(id, QDate(2024, 12, 31))->number, QStringLiteral("2024-2"));
    QCOMPARE(m_n->next(id, QDate(2025, 1, 1))->number, QStringLiteral("2025-1"));
}

void TestFinanceNumbering::withoutYearlyResetTheSequenceContinues()
{
    const QString id = makePattern(QStringLiteral("{____(SHYY)}-{*(AN)}"), 0, false);
    QCOMPARE(m_n->next(id, QDate(2024, 5, 1))->number, QStringLiteral("1403-1"));
    QCOMPARE(m_n->next(id, QDate(2025, 5, 1))->number, QStringLiteral("1404-2"));
}

void TestFinanceNumbering::manualNumberMustBeUniqueWithinPattern()
{
    const QString id = makePattern(QStringLiteral("INV-{___(AN)}"));
    const QString type = makeType(id);
    addDocument(type, QStringLiteral("INV-005"));
    QVERIFY(m_n->isTaken(id, QStringLiteral("INV-005")));
    QVERIFY(!m_n->useManual(id, QStringLiteral("INV-005")));
    QVERIFY(m_n->lastError().contains(QStringLiteral("already used")));
    QVERIFY(!m_n->useManual(id, QStringLiteral("INV-۰۰۵"))); // the same number in Persian digits
    // a higher manual number moves the sequence on
    auto manual = m_n->useManual(id, QStringLiteral("INV-010"));
    QVERIFY2(manual, qPrintable(m_n->lastError()));
    QCOMPARE(manual->sequence, 10);
    addDocument(type, manual->number);
    QCOMPARE(m_n->next(id)->number, QStringLiteral("INV-011"));
    // a lower free one is accepted and does not move it back
    QVERIFY(m_n->useManual(id, QStringLiteral("INV-003")));
    QCOMPARE(m_n->next(id)->number, QStringLiteral("INV-012"));
}

void TestFinanceNumbering::manualNumberMustFollowPattern()
{
    const QString id = makePattern(QStringLiteral("INV-{___(AN)}"));
    QVERIFY(!m_n->useManual(id, QStringLiteral("X-001")));
    QVERIFY(!m_n->useManual(id, QStringLiteral("INV-1")));
    QVERIFY(!m_n->lastError().isEmpty());
}

void TestFinanceNumbering::manualYearRange_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("accepted");
    // today is 1403/02/12 (2024-05-01)
    QTest::newRow("1356 too early") << QStringLiteral("1356-1") << false;
    QTest::newRow("1357 first allowed") << QStringLiteral("1357-1") << true;
    QTest::newRow("this year") << QStringLiteral("1403-1") << true;
    QTest::newRow("next year") << QStringLiteral("1404-1") << true;
    QTest::newRow("two years ahead") << QStringLiteral("1405-1") << false;
}

void TestFinanceNumbering::manualYearRange()
{
    QFETCH(QString, number);
    QFETCH(bool, accepted);
    const QString id = makePattern(QStringLiteral("{____(SHYY)}-{*(AN)}"), 0, true);
    QCOMPARE(bool(m_n->useManual(id, number, QString(), QDate(2024, 5, 1))), accepted);
}

void TestFinanceNumbering::deletedNumberReusableOnlyByHand()
{
    const QString id = makePattern(QStringLiteral("INV-{*(AN)}"));
    const QString type = makeType(id);
    auto n = m_n->next(id);
    QString docId;
    addDocument(type, n->number, &docId);
    DocumentRepository docs(m_t->store());
    QVERIFY(docs.tombstone(docId));
    QCOMPARE(m_n->next(id)->number, QStringLiteral("INV-2")); // never issued again automatically
    QVERIFY2(m_n->useManual(id, QStringLiteral("INV-1")), qPrintable(m_n->lastError()));
}

void TestFinanceNumbering::sharedPatternSharesSequence()
{
    const QString id = makePattern(QStringLiteral("D-{*(AN)}"));
    const QString invoices = makeType(id);
    const QString proformas = makeType(id);
    addDocument(invoices, m_n->next(id)->number);
    addDocument(proformas, m_n->next(id)->number);
    QVERIFY(m_n->isTaken(id, QStringLiteral("D-1")));
    QVERIFY(m_n->isTaken(id, QStringLiteral("D-2")));
    QVERIFY(!m_n->useManual(id, QStringLiteral("D-1"))); // used by the other type of the same pattern
    const QString other = makePattern(QStringLiteral("D-{*(AN)}"));
    QVERIFY(m_n->useManual(other, QStringLiteral("D-1"))); // another pattern is another sequence
}

void TestFinanceNumbering::numberIsKeptOnlyIfCallerCommits()
{
    const QString id = makePattern(QStringLiteral("R-{*(AN)}"));
    {
        Store::Transaction tx = m_t->store().transaction();
        QCOMPARE(m_n->next(id)->number, QStringLiteral("R-1"));
        QCOMPARE(m_n->next(id)->number, QStringLiteral("R-2"));
        // rolled back: the caller's document failed to save
    }
    QCOMPARE(m_n->next(id)->number, QStringLiteral("R-1"));
    {
        Store::Transaction tx = m_t->store().transaction();
        QCOMPARE(m_n->next(id)->number, QStringLiteral("R-2"));
        QVERIFY(tx.commit());
    }
    QCOMPARE(m_n->next(id)->number, QStringLiteral("R-3"));
}

void TestFinanceNumbering::patternTextIsFrozenOnceUsed()
{
    const QString id = makePattern(QStringLiteral("A-{*(AN)}"));
    const QString type = makeType(id);
    FinanceStateRepository repo(m_t->store());
    NumberingPattern p = *repo.pattern(id);
    p.pattern = QStringLiteral("B-{*(AN)}");
    QVERIFY2(m_n->updatePattern(p), qPrintable(m_n->lastError())); // nothing numbered yet
    addDocument(type, m_n->next(id)->number);
    p = *repo.pattern(id);
    p.pattern = QStringLiteral("C-{*(AN)}");
    QVERIFY(!m_n->updatePattern(p));
    p.pattern = QStringLiteral("B-{*(AN)}");
    p.title = QStringLiteral("عنوان تازه");
    p.lastValue = 50; // «مقدار نهایی فعلی» is editable
    QVERIFY2(m_n->updatePattern(p), qPrintable(m_n->lastError()));
    QCOMPARE(m_n->next(id)->number, QStringLiteral("B-51"));
    p.pattern = QStringLiteral("B-{*(AN)}.x");
    QVERIFY(!m_n->updatePattern(p)); // still validated
}

QTEST_GUILESS_MAIN(TestFinanceNumbering)
#include "tst_finance_numbering.moc"
