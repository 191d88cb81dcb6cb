// The search normalization: every decision documented in models/persian/SearchText.h has a row.
#include "models/persian/SearchText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Persian;

class TestPersianSearchText : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void sameForm_data();
    void sameForm();
    void idempotent();
    void throughput();
};

void TestPersianSearchText::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("arabic yeh") << QStringLiteral("علي") << QStringLiteral("علی");
    QTest::newRow("alef maksura") << QStringLiteral("موسى") << QStringLiteral("موسی");
    QTest::newRow("yeh with hamza") << QStringLiteral("مسئول") << QStringLiteral("مسیول");
    QTest::newRow("arabic kaf") << QStringLiteral("كتاب") << QStringLiteral("کتاب");
    QTest::newRow("teh marbuta") << QStringLiteral("فاطمة") << QStringLiteral("فاطمه");
    QTest::newRow("heh with yeh above") << QStringLiteral("خانۀ") << QStringLiteral("خانه");
    QTest::newRow("heh + hamza above") << QStringLiteral("خانهٔ") << QStringLiteral("خانه");
    QTest::newRow("alef hamza above") << QStringLiteral("أحمد") << QStringLiteral("احمد");
    QTest::newRow("alef hamza below") << QStringLiteral("إسلام") << QStringLiteral("اسلام");
    QTest::newRow("alef madda kept") << QStringLiteral("آرش") << QStringLiteral("آرش");
    QTest::newRow("waw hamza") << QStringLiteral("مؤسسه") << QStringLiteral("موسسه");
    QTest::newRow("harakat") << QStringLiteral("مُحَمَّد") << QStringLiteral("محمد");
    QTest::newRow("tanwin") << QStringLiteral("فوراً") << QStringLiteral("فورا");
    QTest::newRow("tatweel") << QStringLiteral("محـــمد") << QStringLiteral("محمد");
    QTest::newRow("persian digits") << QStringLiteral("۱۲۳") << QStringLiteral("123");
    QTest::newRow("arabic digits") << QStringLiteral("١٢٣") << QStringLiteral("123");
    QTest::newRow("latin digits") << QStringLiteral("123") << QStringLiteral("123");
    QTest::newRow("zwnj") << QStringLiteral("می\u200Cروم") << QStringLiteral("می روم");
    QTest::newRow("zwj") << QStringLiteral("می\u200Dروم") << QStringLiteral("می روم");
    QTest::newRow("zwnj next to space") << QStringLiteral("می\u200C روم") << QStringLiteral("می روم");
    QTest::newRow("space runs") << QStringLiteral("  علی \t\n  رضایی  ") << QStringLiteral("علی رضایی");
    QTest::newRow("nbsp and thin space") << QStringLiteral("علی\u00A0\u2009رضایی") << QStringLiteral("علی رضایی");
    QTest::newRow("bidi marks") << QStringLiteral("\u200Fعلی\u200E \u2067۱۲\u2069") << QStringLiteral("علی 12");
    QTest::newRow("latin lower") << QStringLiteral("Ali REZAEI") << QStringLiteral("ali rezaei");
    QTest::newRow("latin accented") << QStringLiteral("ÉCOLE") << QStringLiteral("école");
    QTest::newRow("presentation forms") << QStringLiteral("\uFEDB\uFEAE\uFEE2") << QStringLiteral("کرم");
    QTest::newRow("lam-alef ligature") << QStringLiteral("\uFEFB") << QStringLiteral("لا");
    QTest::newRow("punctuation kept") << QStringLiteral("شرکت (سهامی)، تهران") << QStringLiteral("شرکت (سهامی)، تهران");
    QTest::newRow("only spaces") << QStringLiteral(" \u200C ") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPersianSearchText::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeForSearch(input), expected);
}

// Pairs that people type for the same thing must meet in one form.
void TestPersianSearchText::sameForm_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("علي/علی") << QStringLiteral("علي") << QStringLiteral("علی");
    QTest::newRow("كتاب/کتاب") << QStringLiteral("كتاب") << QStringLiteral("کتاب");
    QTest::newRow("zwnj/space") << QStringLiteral("محمد\u200Cرضا") << QStringLiteral("محمد رضا");
    QTest::newRow("zwnj/double space") << QStringLiteral("کتاب\u200Cها") << QStringLiteral("کتاب  ها");
    QTest::newRow("۱۲۳/١٢٣") << QStringLiteral("۱۲۳") << QStringLiteral("١٢٣");
    QTest::newRow("۱۲۳/123") << QStringLiteral("۱۲۳") << QStringLiteral("123");
    QTest::newRow("mobile") << QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷") << QStringLiteral("0912 123 4567");
    QTest::newRow("full name") << QStringLiteral("  زهرا   كريمي ") << QStringLiteral("زهرا کریمی");
    QTest::newRow("case") << QStringLiteral("Vafa Club") << QStringLiteral("vafa club");
}

void TestPersianSearchText::sameForm()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(normalizeForSearch(a), normalizeForSearch(b));
}

void TestPersianSearchText::idempotent()
{
    const QString samples[] = {QStringLiteral("علي  رضائي"), QStringLiteral("مُؤسسهٔ كتاب ۱۲"),
                               QStringLiteral("\uFEFB Ali")};
    for (const QString &s : samples) {
        const QString once = normalizeForSearch(s);
        QCOMPARE(normalizeForSearch(once), once);
    }
}

// Not a pass/fail test: prints strings per second on realistic names for the report.
void TestPersianSearchText::throughput()
{
    const QString first[] = {QStringLiteral("علي"), QStringLiteral("محمد\u200Cرضا"),
                             QStringLiteral("زهرا"), QStringLiteral("فاطمة"), QStringLiteral("حسين"),
                             QStringLiteral("مريم"), QStringLiteral("امیر حسین"), QStringLiteral("Sara")};
    const QString last[] = {QStringLiteral("رضایی"), QStringLiteral("كريمي"),
                            QStringLiteral("محمدی\u200Cنژاد"), QStringLiteral("حسيني"),
                            QStringLiteral("طباطبائی"), QStringLiteral("Ahmadi")};
    QStringList names;
    for (int i = 0; i < 10000; ++i)
        names << first[i % 8] % QLatin1Char(' ') % last[(i / 8) % 6]
                        % QStringLiteral(" ۰۹۱۲") % QString::number(1000000 + i);
    qsizetype sink = 0;
    QElapsedTimer timer;
    timer.start();
    const int rounds = 20;
    for (int r = 0; r < rounds; ++r)
        for (const QString &n : std::as_const(names))
            sink += normalizeForSearch(n).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY(sink > 0);
    qInfo("normalizeForSearch: %.0f strings/s (%d strings of ~%d chars in %.3f s)",
          double(rounds) * names.size() / seconds, int(rounds * names.size()),
          int(names.front().size()), seconds);
}

QTEST_GUILESS_MAIN(TestPersianSearchText)
#include "tst_persian_searchtext.moc"
