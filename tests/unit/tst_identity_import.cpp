// Importing identities from a spreadsheet, as a company bringing its customer base over from
// Excel does it: .csv and .xlsx, each mode, the customer number drawn from the subtype's
// pattern, and the all-or-nothing guarantee — a file with broken rows writes nothing and names
// every broken row and why, in the preview, on the command line and in the error file.
#include "models/auth/UserRepository.h"
#include "models/core/AuditLog.h"
#include "models/core/TabularFile.h"
#include "models/finance/Numbering.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityImport.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;
using Action = ImportRow::Action;

namespace {
const Actor kAdmin = Actor::localAdministrator();
const QString kHeader = QStringLiteral("نوع هویت,نام,نام خانوادگی,نام هویت حقوقی,کد ملی,موبایل,تلفن,شهر,نشانی,کد پستی,دسته بندی,مسئول فروش,شماره مشتری\n");
}

class TestIdentityImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addFromCsvWritesEverything();
    void addFromXlsx();
    void addSkipsExisting();
    void updateChangesOnlyExisting();
    void fillOnlyEmptyKeepsWhatIsThere();
    void upsertDoesBoth();
    void customerNumberFromTheSubtypesPattern();
    void brokenRowsWriteNothingAndAreNamed();
    void brokenRowsAreNamedInXlsxErrorFile();
    void sameKeyTwiceInTheFile();
    void busyStoreWritesNothing();
    void withoutPermissionEveryRowIsRefused();
    void cancelWritesNothing();
    void commandLine();

private:
    QString writeCsv(const QString &name, const QString &text);
    qint64 count(const char *table);
    IdentityImport::Options mode(TabularImport::Mode m, bool fillOnlyEmpty = false);
    std::unique_ptr<TempStore> m_t;
    QString m_categoryId, m_salesId;
};

void TestIdentityImport::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    Category c;
    c.name = QStringLiteral("مشتریان تهران");
    QVERIFY(CategoryRepository(m_t->store()).insert(c));
    m_categoryId = c.id;
    m_salesId = TestSupport::addStaff(m_t->store(), QStringLiteral("sales"));
    QVERIFY(!m_salesId.isEmpty());
}

void TestIdentityImport::cleanup() { m_t.reset(); }

QString TestIdentityImport::writeCsv(const QString &name, const QString &text)
{
    return TestSupport::writeText(m_t->dir(), name, text);
}

qint64 TestIdentityImport::count(const char *table)
{
    QSqlQuery q(m_t->store().db());
    q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

IdentityImport::Options TestIdentityImport::mode(TabularImport::Mode m, bool fillOnlyEmpty)
{
    IdentityImport::Options o;
    o.mode = m;
    o.fillOnlyEmpty = fillOnlyEmpty;
    return o;
}

void TestIdentityImport::addFromCsvWritesEverything()
{
    const QString csv = kHeader
        + QStringLiteral("حقیقی,علی,رضایی,,۰۰۱۲۳۴۵۶۷۹,۰۹۱۲۱۲۳۴۵۶۷,02188776655,تهران,خیابان آزادی,1434543111,مشتریان تهران,SALES,\n"
                         "حقوقی,,,\"شرکت آلفا, سهامی خاص\",10380284790,,,شیراز,,,,,A-100\n");
    IdentityImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("ok.csv"), csv), &error));
    QCOMPARE(imp.mapping().size(), 13); // every Persian header matched by itself
    imp.setOptions(mode(TabularImport::Mode::Add));
    const auto plans = imp.preview();
    QCOMPARE(plans.size(), 2);
    for (const auto &p : plans)
        QVERIFY2(p.action == Action::Create, qPrintable(p.reasons.join(QLatin1String("; "))));
    QCOMPARE(count("identities"), 0); // the preview writes nothing
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    QCOMPARE(imp.summary().created, 2);
    IdentityRepository repo(m_t->store());
    IdentityFilter f;
    f.search = QStringLiteral("علي رضايي"); // Arabic yeh finds it: the search index is written
    const QStringList found = TestSupport::listIds(m_t->store(), repo.list(f));
    QCOMPARE(found.size(), 1);
    const auto ali = repo.get(found.first());
    QCOMPARE(ali->nationalId, QStringLiteral("0012345679"));
    QCOMPARE(ali->salesResponsibleId, m_salesId);
    QCOMPARE(ali->createdBy, QString()); // the command line's administrator has no user id
    const QList<Phone> phones = repo.phones(ali->id);
    QCOMPARE(phones.size(), 2);
    QCOMPARE(phones.first().number, QStringLiteral("09121234567"));
    QVERIFY(phones.first().isDefault);
    QCOMPARE(repo.addresses(ali->id).value(0).postalCode, QStringLiteral("1434543111"));
    QCOMPARE(repo.categoryIds(ali->id), QStringList{m_categoryId});
    f.search = QStringLiteral("آلفا");
    const auto alpha = repo.get(TestSupport::listIds(m_t->store(), repo.list(f)).value(0));
    QVERIFY(alpha);
    QCOMPARE(alpha->kind, IdentityKind::Organisation);
    QCOMPARE(alpha->orgName, QStringLiteral("شرکت آلفا, سهامی خاص"));
    QCOMPARE(alpha->customerNumber, QStringLiteral("A-100"));
    // one audit row per identity and one for the import
    QCOMPARE(TestSupport::runList(m_t->store(), AuditLog(m_t->store()).list()).size(), 3);
}

void TestIdentityImport::addFromXlsx()
{
    const QString path = m_t->dir() + QStringLiteral("/in.xlsx");
    QString error;
    QVERIFY(TabularFile::write(path, TabularData::Format::Xlsx,
                               {QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Mobile"),
                                QStringLiteral("National code or ID")},
                               {{QStringLiteral("نیما"), QStringLiteral("کاظمی"), QStringLiteral("09131112233"), QString()},
                                {QStringLiteral("لیلا"), QStringLiteral("نوری")}}, // a short row: xlsx stops at the last value
                               &error));
    IdentityImport imp(m_t->store(), kAdmin);
    QVERIFY(imp.loadFile(path, &error));
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    QCOMPARE(count("identities"), 2);
    QCOMPARE(count("phones"), 1);
}

void TestIdentityImport::addSkipsExisting()
{
    IdentityImport first(m_t->store(), kAdmin);
    QString error;
    QVERIFY(first.loadFile(writeCsv(QStringLiteral("a.csv"), kHeader + QStringLiteral("حقیقی,علی,رضایی,,0012345679,,,,,,,,\n")), &error));
    QVERIFY(first.run());
    IdentityImport again(m_t->store(), kAdmin);
    QVERIFY(again.loadFile(writeCsv(QStringLiteral("b.csv"), kHeader
                                        + QStringLiteral("حقیقی,علی,رضایی,,0012345679,,,,,,,,\n"
                                                         "حقیقی,سارا,کریمی,,,,,,,,,,\n")),
                           &error));
    const auto plans = again.preview();
    QCOMPARE(plans[0].action, Action::Skip);
    QVERIFY(plans[0].reasons.join(QString()).contains(QLatin1String("already exists")));
    QCOMPARE(plans[1].action, Action::Create);
    QVERIFY2(again.run(), qPrintable(again.summaryText())); // a skipped row does not stop the import
    QCOMPARE(count("identities"), 2);
}

void TestIdentityImport::updateChangesOnlyExisting()
{
    IdentityImport first(m_t->store(), kAdmin);
    QString error;
    QVERIFY(first.loadFile(writeCsv(QStringLiteral("a.csv"), kHeader + QStringLiteral("حقیقی,علی,رضایی,,0012345679,09121234567,,,,,,,\n")), &error));
    QVERIFY(first.run());
    IdentityImport update(m_t->store(), kAdmin);
    QVERIFY(update.loadFile(writeCsv(QStringLiteral("b.csv"), kHeader
                                         + QStringLiteral("حقیقی,علیرضا,,,0012345679,09357654321,,اصفهان,,,مشتریان تهران,,\n"
                                                          "حقیقی,سارا,کریمی,,,,,,,,,,\n")),
                            &error));
    update.setOptions(mode(TabularImport::Mode::Update));
    const auto plans = update.preview();
    QCOMPARE(plans[0].action, Action::Update);
    QCOMPARE(plans[1].action, Action::Skip);
    QVERIFY2(update.run(), qPrintable(update.summaryText()));
    QCOMPARE(count("identities"), 1);
    IdentityRepository repo(m_t->store());
    const auto ali = repo.get(plans[0].draft.identity.id);
    QCOMPARE(ali->firstName, QStringLiteral("علیرضا"));
    QCOMPARE(ali->lastName, QStringLiteral("رضایی")); // an empty cell changes nothing
    QCOMPARE(ali->displayName, QStringLiteral("علیرضا رضایی"));
    const QList<Phone> phones = repo.phones(ali->id);
    QCOMPARE(phones.size(), 2); // the new mobile is added; the old default stays the default
    QCOMPARE(phones.first().number, QStringLiteral("09121234567"));
    QVERIFY(phones.first().isDefault);
    QCOMPARE(repo.addresses(ali->id).value(0).city, QStringLiteral("اصفهان"));
    QCOMPARE(repo.categoryIds(ali->id), QStringList{m_categoryId});
}

void TestIdentityImport::fillOnlyEmptyKeepsWhatIsThere()
{
    IdentityImport first(m_t->store(), kAdmin);
    QString error;
    QVERIFY(first.loadFile(writeCsv(QStringLiteral("a.csv"), kHeader + QStringLiteral("حقیقی,علی,,,0012345679,,,,,,,,\n")), &error));
    QVERIFY(first.run());
    IdentityImport update(m_t->store(), kAdmin);
    QVERIFY(update.loadFile(writeCsv(QStringLiteral("b.csv"), kHeader + QStringLiteral("حقیقی,محمد,رضایی,,0012345679,,,,,,,,\n")), &error));
    update.setOptions(mode(TabularImport::Mode::Update, true));
    QVERIFY2(update.run(), qPrintable(update.summaryText()));
    const auto ali = IdentityRepository(m_t->store()).get(update.plans()[0].draft.identity.id);
    QCOMPARE(ali->firstName, QStringLiteral("علی")); // kept
    QCOMPARE(ali->lastName, QStringLiteral("رضایی")); // was empty: filled
}

void TestIdentityImport::upsertDoesBoth()
{
    IdentityImport first(m_t->store(), kAdmin);
    QString error;
    QVERIFY(first.loadFile(writeCsv(QStringLiteral("a.csv"), kHeader + QStringLiteral("حقیقی,علی,رضایی,,,,,,,,,,C-1\n")), &error));
    QVERIFY(first.run());
    IdentityImport upsert(m_t->store(), kAdmin);
    QVERIFY(upsert.loadFile(writeCsv(QStringLiteral("b.csv"), kHeader
                                         + QStringLiteral("حقیقی,علی,رضایی فر,,,,,,,,,,C-1\n"
                                                          "حقیقی,سارا,کریمی,,,,,,,,,,C-2\n")),
                            &error));
    upsert.setOptions(mode(TabularImport::Mode::Upsert));
    const auto plans = upsert.preview();
    QCOMPARE(plans[0].action, Action::Update);
    QCOMPARE(plans[1].action, Action::Create);
    QVERIFY2(upsert.run(), qPrintable(upsert.summaryText()));
    QCOMPARE(count("identities"), 2);
    QCOMPARE(IdentityRepository(m_t->store()).get(plans[0].draft.identity.id)->lastName, QStringLiteral("رضایی فر"));
}

void TestIdentityImport::customerNumberFromTheSubtypesPattern()
{
    NumberingPattern p;
    p.title = QStringLiteral("مشتریان");
    p.pattern = QStringLiteral("C-{____(AN)}");
    p.initialValue = 1000;
    QVERIFY(Numbering(m_t->store()).createPattern(p));
    IdentitySubtype s;
    s.code = QStringLiteral("retail");
    s.name = QStringLiteral("مشتری خرد");
    s.numberingPatternId = p.id;
    QVERIFY(IdentitySubtypeRepository(m_t->store()).insert(s));
    IdentityImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("n.csv"), QStringLiteral("نام,نام خانوادگی,زیرنوع هویت,شماره مشتری\n"
                                                                        "علی,رضایی,retail,\n"
                                                                        "سارا,کریمی,مشتری خرد,\n"
                                                                        "رضا,نوری,retail,C-5000\n")),
                            &error));
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    IdentityRepository repo(m_t->store());
    IdentityFilter f;
    f.sort = IdentityFilter::Sort::CustomerNumber;
    QStringList numbers;
    for (const QString &id : TestSupport::listIds(m_t->store(), repo.list(f)))
        numbers << repo.get(id)->customerNumber;
    QCOMPARE(numbers, (QStringList{QStringLiteral("C-1001"), QStringLiteral("C-1002"), QStringLiteral("C-5000")}));
    // a typed number that does not fit the pattern is a broken row
    IdentityImport bad(m_t->store(), kAdmin);
    QVERIFY(bad.loadFile(writeCsv(QStringLiteral("m.csv"), QStringLiteral("نام,نام خانوادگی,زیرنوع هویت,شماره مشتری\n"
                                                                        "مهدی,نوری,retail,X-1\n")),
                         &error));
    QCOMPARE(bad.preview()[0].action, Action::Error);
}

void TestIdentityImport::brokenRowsWriteNothingAndAreNamed()
{
    const QString csv = kHeader
        + QStringLiteral("حقیقی,علی,رضایی,,0012345679,09121234567,,,,,,,\n"    // line 2: fine
                         "حقیقی,سارا,کریمی,,0012345678,,,,,,,,\n"              // line 3: checksum
                         "\n"                                                 // line 4: blank, still counted
                         "حقوقی,,,,10380284790,,,,,,,,\n"                      // line 5: no organisation name
                         "حقیقی,رضا,نوری,,,0812,,,,,گروه ناموجود,nobody,\n"      // line 6: mobile, category, responsible
                         "حقیقی,مینا,امینی,,,,,,,1034543111,,,\n");             // line 7: postal code
    IdentityImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("broken.csv"), csv), &error));
    QVERIFY(!imp.run());
    QCOMPARE(count("identities"), 0);
    QCOMPARE(count("phones"), 0);
    QCOMPARE(count("audit_log"), 0);
    QCOMPARE(imp.summary().errors, 4);
    QVERIFY(!imp.summary().failure.isEmpty());
    const auto plans = imp.plans();
    QCOMPARE(plans[0].action, Action::Create);
    QCOMPARE(plans[1].line, 3);
    QVERIFY2(plans[1].reasons.join(QString()).contains(QLatin1String("check digit")), qPrintable(plans[1].reasons.join(QString())));
    QCOMPARE(plans[2].line, 5);
    QVERIFY(plans[2].reasons.join(QString()).contains(QLatin1String("organisation needs its name")));
    QCOMPARE(plans[3].line, 6);
    QCOMPARE(plans[3].reasons.size(), 3);
    QCOMPARE(plans[4].line, 7);
    // the error file repeats each broken row with its line and reasons
    const QString errors = m_t->dir() + QStringLiteral("/errors.csv");
    QVERIFY(imp.writeErrorFile(errors, &error));
    TabularData back;
    QVERIFY(TabularFile::read(errors, &back, &error));
    QCOMPARE(back.rows.size(), 4);
    QCOMPARE(back.rows[0].value(back.headers.size() - 2), QStringLiteral("3"));
    QCOMPARE(back.rows[1].value(back.headers.size() - 2), QStringLiteral("5"));
    QCOMPARE(back.rows[2].value(1), QStringLiteral("رضا"));
    QVERIFY(!back.rows[2].value(back.headers.size() - 1).isEmpty());
}

void TestIdentityImport::brokenRowsAreNamedInXlsxErrorFile()
{
    const QString path = m_t->dir() + QStringLiteral("/in.xlsx");
    QString error;
    QVERIFY(TabularFile::write(path, TabularData::Format::Xlsx, {QStringLiteral("نام"), QStringLiteral("کد ملی")},
                               {{QStringLiteral("علی"), QStringLiteral("0012345679")}, {QStringLiteral("سارا"), QStringLiteral("123")}},
                               &error));
    IdentityImport imp(m_t->store(), kAdmin);
    QVERIFY(imp.loadFile(path, &error));
    QVERIFY(!imp.run());
    QCOMPARE(count("identities"), 0);
    const QString errors = m_t->dir() + QStringLiteral("/errors.xlsx");
    QVERIFY(imp.writeErrorFile(errors, &error));
    TabularData back;
    QVERIFY(TabularFile::read(errors, &back, &error));
    QCOMPARE(back.rows.size(), 1);
    QCOMPARE(back.rows[0].value(0), QStringLiteral("سارا"));
    QCOMPARE(back.rows[0].value(2), QStringLiteral("3"));
}

void TestIdentityImport::sameKeyTwiceInTheFile()
{
    IdentityImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("d.csv"), kHeader
                                      + QStringLiteral("حقیقی,علی,رضایی,,0012345679,,,,,,,,\n"
                                                       "حقیقی,علی,رضائی,,۰۰۱۲۳۴۵۶۷۹,,,,,,,,\n")),
                         &error));
    const auto plans = imp.preview();
    QCOMPARE(plans[0].action, Action::Create);
    QCOMPARE(plans[1].action, Action::Error);
    QVERIFY(plans[1].reasons.join(QString()).contains(QLatin1String("line 2")));
}

void TestIdentityImport::busyStoreWritesNothing()
{
    IdentityImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("a.csv"), kHeader + QStringLiteral("حقیقی,علی,رضایی,,,,,,,,,,\n")), &error));
    {
        const TestSupport::OtherWriter busy(m_t->store(), 300);
        QVERIFY(busy.isHolding());
        QVERIFY(!imp.run());
        QVERIFY2(imp.summary().failure.contains(QLatin1String("busy")), qPrintable(imp.summary().failure));
    }
    QCOMPARE(count("identities"), 0);
    QVERIFY2(imp.run(), qPrintable(imp.summaryText())); // once the other writer is gone it works
}

void TestIdentityImport::withoutPermissionEveryRowIsRefused()
{
    IdentityImport imp(m_t->store(), Actor::staff(m_salesId, {QStringLiteral("identities.view")}));
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("a.csv"), kHeader + QStringLiteral("حقیقی,علی,رضایی,,,,,,,,,,\n")), &error));
    QVERIFY(!imp.run());
    QVERIFY(imp.plans()[0].reasons.join(QString()).contains(QLatin1String("permission")));
    QCOMPARE(count("identities"), 0);
}

void TestIdentityImport::cancelWritesNothing()
{
    QString csv = kHeader;
    for (int i = 0; i < 1200; ++i)
        csv += QStringLiteral("حقیقی,نام%1,خانواده,,,,,,,,,,\n").arg(i);
    IdentityImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("many.csv"), csv), &error));
    QVERIFY(!imp.run([](int done, int) { return done < 1000; }));
    QVERIFY(imp.summary().cancelled);
    QCOMPARE(count("identities"), 0);
    QCOMPARE(count("audit_log"), 0);
}

void TestIdentityImport::commandLine()
{
    const QString file = writeCsv(QStringLiteral("cli.csv"), kHeader
                                      + QStringLiteral("حقیقی,علی,رضایی,,0012345679,,,,,,,,\n"
                                                       "حقیقی,سارا,کریمی,,0012345678,,,,,,,,\n"));
    const QString errors = m_t->dir() + QStringLiteral("/cli-errors.csv");
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    int code = IdentitiesImportCommand::run({QStringLiteral("identities"), QStringLiteral("import"), file, QStringLiteral("--errors"), errors},
                                            m_t->store(), out, err);
    QCOMPARE(code, 1);
    QVERIFY2(outText.contains(QLatin1String("Line 3:")), qPrintable(outText));
    QVERIFY(QFile::exists(errors));
    QCOMPARE(count("identities"), 0);
    code = IdentitiesImportCommand::run({QStringLiteral("--mode"), QStringLiteral("sideways"), file}, m_t->store(), out, err);
    QCOMPARE(code, 2);
    const QString good = writeCsv(QStringLiteral("good.csv"), kHeader + QStringLiteral("حقیقی,علی,رضایی,,0012345679,,,,,,,,\n"));
    code = IdentitiesImportCommand::run({good, QStringLiteral("--dry-run")}, m_t->store(), out, err);
    QCOMPARE(code, 0);
    QCOMPARE(count("identities"), 0);
    code = IdentitiesImportCommand::run({good, QStringLiteral("--mode"), QStringLiteral("upsert")}, m_t->store(), out, err);
    QCOMPARE(code, 0);
    QCOMPARE(count("identities"), 1);
}

QTEST_GUILESS_MAIN(TestIdentityImport)
#include "tst_identity_import.moc"
