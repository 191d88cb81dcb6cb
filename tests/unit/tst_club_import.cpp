// The bulk club user import: reading CSV and XLSX, automatic column matching, every check
// before anything is written, all-or-nothing with cancel, update and upsert modes, the
// selection source, the error and credentials files, and the command line.
#include "models/auth/SignIn.h"
#include "models/club/ClubSettings.h"
#include "models/club/ClubUserImport.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestLicence.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;
using Action = ClubUserImport::RowPlan::Action;

class TestClubImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void csvParsing();
    void xlsxRoundTrip();
    void autoMapping();
    void happyPathFromCsv();
    void happyPathFromXlsx();
    void brokenFileWritesNothing();
    void errorFileInInputFormat();
    void licenceCountsTheFile_data();
    void licenceCountsTheFile();
    void addSkipsExisting();
    void updateAndFillOnlyEmpty();
    void upsert();
    void usernameRules_data();
    void usernameRules();
    void fromSelection();
    void cancelWritesNothing();
    void savedMappings();
    void needsPermissionAndModule();
    void commandLine();
    void everyUnwrittenRowIsNamed();
    void everyUnwrittenRowIsNamedInXlsx();
    void credentialsAndErrorFilesAreOwnerOnly();
    void storeErrorsArePersianSentences();
    void busyStoreStopsTheWholeImport();
    void suppliersTakeCustomerSeats();
    void concurrentChangesAreCheckedInsideTheTransaction();

private:
    void addUsers(const QString &kind, int n, const QString &prefix);
    QString writeCsv(const QString &name, const QString &text);
    qint64 count(const QString &table);
    ClubUserImport::Options fast() const;
    std::unique_ptr<TempStore> m_t;
};

namespace {
const Actor kAdmin = Actor::localAdministrator();
const QString kHeader = QStringLiteral("نوع کاربری,نوع هویت,نام,نام خانوادگی,نام شرکت,ایمیل,موبایل,نام کاربری,رمز عبور,فعال,کد ملی\n");
} // namespace

void TestClubImport::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    ClubSettings s(m_t->store());
    QVERIFY(s.setModuleEnabled(ClubKind::Customer, true));
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, true));
    Category c;
    c.name = QStringLiteral("باشگاه");
    QVERIFY(CategoryRepository(m_t->store()).insert(c));
    QVERIFY(s.setDefaultCategory(ClubKind::Customer, c.id));
}

void TestClubImport::cleanup() { m_t.reset(); }

QString TestClubImport::writeCsv(const QString &name, const QString &text)
{
    const QString path = m_t->dir() + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    return path;
}

qint64 TestClubImport::count(const QString &table)
{
    QSqlQuery q(m_t->store().db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 0").arg(table));
    q.next();
    return q.value(0).toLongLong();
}

ClubUserImport::Options TestClubImport::fast() const
{
    ClubUserImport::Options o;
    o.passwordRule = ClubUserImport::PasswordRule::Column;
    o.hashStrength = PasswordHasher::Strength::Minimum;
    return o;
}

void TestClubImport::csvParsing()
{
    TabularData d;
    QVERIFY(TabularFile::parseCsv(QByteArray("\xEF\xBB\xBF") + "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",2\r\n\r\n", &d));
    QCOMPARE(d.headers, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(d.rows.size(), 2);
    QCOMPARE(d.rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
    QCOMPARE(d.rows[1], (QStringList{QStringLiteral("multi\nline"), QStringLiteral("2")}));
    TabularData semi;
    QVERIFY(TabularFile::parseCsv("a;b\n1;2\n", &semi));
    QCOMPARE(semi.rows[0].size(), 2);
}

void TestClubImport::xlsxRoundTrip()
{
    const QString path = m_t->dir() + QStringLiteral("/t.xlsx");
    QString error;
    const QList<QStringList> rows{{QStringLiteral("علی"), QStringLiteral("09121234567")}, {QString(), QStringLiteral("x")}};
    QVERIFY2(TabularFile::write(path, TabularData::Format::Xlsx, {QStringLiteral("نام"), QStringLiteral("موبایل")}, rows, &error),
             qPrintable(error));
    TabularData d;
    QVERIFY2(TabularFile::read(path, &d, &error), qPrintable(error));
    QCOMPARE(d.format, TabularData::Format::Xlsx);
    QCOMPARE(d.headers, (QStringList{QStringLiteral("نام"), QStringLiteral("موبایل")}));
    QCOMPARE(d.rows, rows);
    QFile junk(m_t->dir() + QStringLiteral("/junk.xlsx"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a zip");
    junk.close();
    QVERIFY(!TabularFile::read(junk.fileName(), &d, &error));
    QVERIFY(!error.isEmpty());
}

void TestClubImport::autoMapping()
{
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("m.csv"), QStringLiteral("Username, first_name ,نام خانوادگی,ايميل,Something\n")), &error));
    const QHash<QString, QString> m = imp.mapping();
    QCOMPARE(m.value(QStringLiteral("username")), QStringLiteral("Username"));
    QCOMPARE(m.value(QStringLiteral("first_name")), QStringLiteral("first_name"));
    QCOMPARE(m.value(QStringLiteral("last_name")), QStringLiteral("نام خانوادگی"));
    QCOMPARE(m.value(QStringLiteral("email")), QStringLiteral("ايميل")); // Arabic yeh matches
    QCOMPARE(m.size(), 4);
}

void TestClubImport::happyPathFromCsv()
{
    const QString csv = kHeader
        + QStringLiteral("مشتری,حقیقی,علی,رضایی,,ali@example.com,۰۹۱۲۱۲۳۴۵۶۷,ali.rezaei,Secret123,بلی,0012345679\n"
                         "نماینده,حقیقی,سارا,محمدی,,sara@example.com,09351234567,sara.m,Secret456,1,\n"
                         "مشتری,حقوقی,,,\"شرکت آلفا, سهامی خاص\",info@alpha.ir,,alpha.co,Alpha1234,خیر,10380284790\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("ok.csv"), csv), &error));
    imp.setOptions(fast());
    const auto plans = imp.preview();
    QCOMPARE(plans.size(), 3);
    for (const auto &p : plans)
        QVERIFY2(p.action == Action::Create, qPrintable(p.reasons.join(QLatin1String("; "))));
    QCOMPARE(count(QStringLiteral("users")), 0); // preview writes nothing
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    QCOMPARE(imp.summary().created, 3);
    UserRepository users(m_t->store());
    const auto ali = users.findByUsername(QStringLiteral("ali.rezaei"));
    QVERIFY(ali);
    QCOMPARE(ali->kind, UserKind::Customer);
    QCOMPARE(ali->createdVia, QStringLiteral("import"));
    QCOMPARE(ali->mobile, QStringLiteral("09121234567"));
    QVERIFY(ali->active);
    QCOMPARE(users.findByUsername(QStringLiteral("sara.m"))->kind, UserKind::Agent);
    QVERIFY(!users.findByUsername(QStringLiteral("alpha.co"))->active);
    IdentityRepository ids(m_t->store());
    const auto alpha = ids.get(users.findByUsername(QStringLiteral("alpha.co"))->identityId);
    QCOMPARE(alpha->orgName, QStringLiteral("شرکت آلفا, سهامی خاص"));
    QCOMPARE(alpha->kind, IdentityKind::Organisation);
    QCOMPARE(ids.get(ali->identityId)->nationalId, QStringLiteral("0012345679"));
    // imported passwords work, and the weak bulk hash is upgraded at the first sign-in
    SignInService signIn(m_t->store());
    QVERIFY(signIn.signIn(QStringLiteral("ali.rezaei"), QStringLiteral("Secret123")).ok);
    QVERIFY(!PasswordHasher().needsRehash(users.findByUsername(QStringLiteral("ali.rezaei"))->passwordHash));
    const QString cred = m_t->dir() + QStringLiteral("/cred.csv");
    QVERIFY(imp.writeCredentialsFile(cred, &error));
    TabularData c;
    QVERIFY(TabularFile::read(cred, &c, &error));
    QCOMPARE(c.rows.size(), 3);
    QCOMPARE(c.rows[0], (QStringList{QStringLiteral("ali.rezaei"), QStringLiteral("Secret123"), QStringLiteral("علی رضایی")}));
}

void TestClubImport::happyPathFromXlsx()
{
    const QString path = m_t->dir() + QStringLiteral("/in.xlsx");
    QString error;
    QVERIFY(TabularFile::write(path, TabularData::Format::Xlsx,
                               {QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Email"), QStringLiteral("Username")},
                               {{QStringLiteral("نیما"), QStringLiteral("کاظمی"), QStringLiteral("n@k.ir"), QStringLiteral("nima.k")},
                                {QStringLiteral("لیلا"), QString(), QString(), QStringLiteral("leila.x")}},
                               &error));
    ClubUserImport imp(m_t->store(), kAdmin);
    QVERIFY(imp.loadFile(path, &error));
    ClubUserImport::Options o = fast();
    o.passwordRule = ClubUserImport::PasswordRule::Random;
    imp.setOptions(o);
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    QCOMPARE(count(QStringLiteral("users")), 2);
    for (const auto &p : imp.plans()) {
        QVERIFY(p.password.size() >= 12);
        QVERIFY(PasswordPolicy().accepts(p.password));
    }
}

void TestClubImport::brokenFileWritesNothing()
{
    // line 2 fine; 3 bad national code; 4 and 5 the same username; 6 weak password;
    // 7 missing columns; 8 bad mobile and email; 9 an operator
    const QString csv = kHeader
        + QStringLiteral("مشتری,حقیقی,علی,رضایی,,ali@example.com,09121234567,ali.rezaei,Secret123,بلی,0012345679\n"
                         "مشتری,حقیقی,بد,کد,,b@example.com,09121234567,bad.code,Secret123,بلی,0012345678\n"
                         "مشتری,حقیقی,دو,تا,,d1@example.com,,twice.name,Secret123,بلی,\n"
                         "مشتری,حقیقی,دو,تا,,d2@example.com,,TWICE.name,Secret123,بلی,\n"
                         "مشتری,حقیقی,ضعیف,رمز,,w@example.com,,weak.pass,secret,بلی,\n"
                         "مشتری,حقیقی,کم,ستون\n"
                         "مشتری,حقیقی,غلط,موبایل,,not-mail,0812345,bad.mobile,Secret123,بلی,\n"
                         "اپراتور,حقیقی,کار,مند,,o@example.com,,staff.user,Secret123,بلی,\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("broken.csv"), csv), &error));
    imp.setOptions(fast());
    QVERIFY(!imp.run());
    QCOMPARE(count(QStringLiteral("users")), 0);
    QCOMPARE(count(QStringLiteral("identities")), 0);
    const auto &plans = imp.plans();
    QCOMPARE(plans.size(), 8);
    QCOMPARE(plans[0].action, Action::Create);
    for (int i = 1; i < plans.size(); ++i) {
        if (i == 2)
            continue; // the first of the two same usernames is fine by itself
        QVERIFY2(plans[i].action == Action::Error, qPrintable(QString::number(plans[i].line)));
        QVERIFY(!plans[i].reasons.isEmpty());
    }
    QCOMPARE(imp.summary().errors, 6);
    QVERIFY(plans[3].reasons.join(QString()).contains(QLatin1String("line 4")));
    QVERIFY(plans[5].reasons.join(QString()).contains(QLatin1String("columns")));
    QCOMPARE(plans[6].reasons.size(), 2); // email and mobile both reported
}

void TestClubImport::errorFileInInputFormat()
{
    const QString csv = kHeader + QStringLiteral("مشتری,حقیقی,ضعیف,رمز,,w@example.com,,weak.pass,secret,بلی,\n");
    for (const bool xlsx : {false, true}) {
        ClubUserImport imp(m_t->store(), kAdmin);
        QString error, path = writeCsv(QStringLiteral("e.csv"), csv);
        if (xlsx) { // the same content as a workbook
            TabularData d;
            QVERIFY(TabularFile::read(path, &d, &error));
            path = m_t->dir() + QStringLiteral("/e.xlsx");
            QVERIFY(TabularFile::write(path, TabularData::Format::Xlsx, d.headers, d.rows, &error));
        }
        QVERIFY(imp.loadFile(path, &error));
        imp.setOptions(fast());
        QVERIFY(!imp.run());
        const QString out = m_t->dir() + (xlsx ? QStringLiteral("/errors.out") : QStringLiteral("/errors.out2"));
        QVERIFY2(imp.writeErrorFile(out, &error), qPrintable(error)); // no known extension: input format
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(2);
        QCOMPARE(head == QByteArray("PK"), xlsx);
        f.close();
        const QString typed = out + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
        QVERIFY(QFile::rename(out, typed));
        TabularData e;
        QVERIFY2(TabularFile::read(typed, &e, &error), qPrintable(error));
        QCOMPARE(e.headers.size(), 13); // the input's 11 + line + reason
        QCOMPARE(e.rows.size(), 1);
        QCOMPARE(e.rows[0][7], QStringLiteral("weak.pass"));
        QCOMPARE(e.rows[0][11], QStringLiteral("2"));
        QVERIFY(e.rows[0][12].contains(QLatin1String("at least")));
    }
}

void TestClubImport::licenceCountsTheFile_data()
{
    QTest::addColumn<bool>("enterprise");
    QTest::newRow("standard") << false;
    QTest::newRow("enterprise") << true;
}

void TestClubImport::licenceCountsTheFile()
{
    QFETCH(bool, enterprise);
    ClubSettings s(m_t->store());
    QVERIFY(TestLicence::install(m_t->store(), enterprise ? ClubSettings::Edition::Enterprise : ClubSettings::Edition::Standard));
    UserRepository users(m_t->store());
    for (int i = 0; i < 13; ++i) { // 13 active agents already
        User u;
        u.kind = UserKind::Agent;
        u.username = QStringLiteral("agent%1x").arg(i);
        QVERIFY(users.insert(u));
    }
    QString csv = kHeader;
    for (int i = 0; i < 4; ++i) // 4 more active agents and one inactive
        csv += QStringLiteral("نماینده,حقیقی,ن,%1,,,,newagent%1,Secret123,بلی,\n").arg(i);
    csv += QStringLiteral("نماینده,حقیقی,ن,9,,,,idleagent,Secret123,خیر,\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("lic.csv"), csv), &error));
    imp.setOptions(fast());
    QCOMPARE(imp.run(), enterprise);
    if (enterprise) {
        QCOMPARE(count(QStringLiteral("users")), 18);
        return;
    }
    QCOMPARE(count(QStringLiteral("users")), 13);
    const auto &p = imp.plans();
    QCOMPARE(p[0].action, Action::Create);
    QCOMPARE(p[1].action, Action::Create);
    QCOMPARE(p[2].action, Action::Error);
    QCOMPARE(p[3].action, Action::Error);
    QVERIFY(p[2].reasons.join(QString()).contains(QLatin1String("15")));
    QCOMPARE(p[4].action, Action::Create); // inactive users do not take a seat
}

void TestClubImport::addSkipsExisting()
{
    UserRepository users(m_t->store());
    User u;
    u.kind = UserKind::Customer;
    u.username = QStringLiteral("ali.rezaei");
    QVERIFY(users.insert(u));
    const QString csv = kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,,,ali.rezaei,Secret123,بلی,\n"
                                                 "مشتری,حقیقی,تازه,وارد,,,,new.comer,Secret123,بلی,\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("add.csv"), csv), &error));
    imp.setOptions(fast());
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    QCOMPARE(imp.plans()[0].action, Action::Skip);
    QCOMPARE(imp.summary().skipped, 1);
    QCOMPARE(imp.summary().created, 1);
}

void TestClubImport::updateAndFillOnlyEmpty()
{
    UserRepository users(m_t->store());
    IdentityRepository ids(m_t->store());
    Identity i;
    i.firstName = QStringLiteral("قدیم");
    i.lastName = QStringLiteral("نام");
    QVERIFY(ids.insert(i));
    User u;
    u.kind = UserKind::Customer;
    u.identityId = i.id;
    u.username = QStringLiteral("old.user");
    u.email = QStringLiteral("old@example.com");
    QVERIFY(users.insert(u));
    const QString csv = kHeader + QStringLiteral("نماینده,حقیقی,جدید,نام,,new@example.com,09121234567,old.user,,بلی,0012345679\n"
                                                 "مشتری,حقیقی,کسی,نیست,,,,nobody.here,,بلی,\n");
    for (const bool onlyEmpty : {true, false}) {
        ClubUserImport imp(m_t->store(), kAdmin);
        QString error;
        QVERIFY(imp.loadFile(writeCsv(QStringLiteral("upd.csv"), csv), &error));
        ClubUserImport::Options o = fast();
        o.mode = ClubUserImport::Mode::Update;
        o.fillOnlyEmpty = onlyEmpty;
        imp.setOptions(o);
        QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
        QCOMPARE(imp.plans()[0].action, Action::Update);
        QCOMPARE(imp.plans()[1].action, Action::Skip);
        const auto after = users.get(u.id);
        QCOMPARE(after->kind, UserKind::Customer); // the user type never changes
        QCOMPARE(after->mobile, QStringLiteral("09121234567"));
        QCOMPARE(after->email, onlyEmpty ? QStringLiteral("old@example.com") : QStringLiteral("new@example.com"));
        QCOMPARE(ids.get(i.id)->firstName, onlyEmpty ? QStringLiteral("قدیم") : QStringLiteral("جدید"));
        QCOMPARE(ids.get(i.id)->nationalId, QStringLiteral("0012345679"));
    }
    QCOMPARE(count(QStringLiteral("users")), 1);
}

void TestClubImport::upsert()
{
    UserRepository users(m_t->store());
    User u;
    u.kind = UserKind::Customer;
    u.username = QStringLiteral("exists.already");
    QVERIFY(users.insert(u));
    const QString csv = kHeader + QStringLiteral("مشتری,حقیقی,الف,ب,,a@b.ir,,exists.already,,بلی,\n"
                                                 "مشتری,حقیقی,پ,ت,,c@d.ir,,brand.new,Secret123,بلی,\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("ups.csv"), csv), &error));
    ClubUserImport::Options o = fast();
    o.mode = ClubUserImport::Mode::Upsert;
    imp.setOptions(o);
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    QCOMPARE(imp.summary().updated, 1);
    QCOMPARE(imp.summary().created, 1);
    QCOMPARE(users.get(u.id)->email, QStringLiteral("a@b.ir"));
}

void TestClubImport::usernameRules_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("customer number") << int(ClubUserImport::UsernameRule::CustomerNumber) << QString() << "10025";
    QTest::newRow("mobile") << int(ClubUserImport::UsernameRule::Mobile) << QString() << "09121234567";
    QTest::newRow("email") << int(ClubUserImport::UsernameRule::Email) << QString() << "x@y.ir";
    QTest::newRow("pattern") << int(ClubUserImport::UsernameRule::Pattern) << "club" << "club00001";
    QTest::newRow("prefixed mobile") << int(ClubUserImport::UsernameRule::Mobile) << "m" << "m09121234567";
}

void TestClubImport::usernameRules()
{
    QFETCH(int, rule);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("u.csv"), QStringLiteral("نام,شماره مشتری,موبایل,ایمیل\nالف,10025,+989121234567,x@y.ir\n")), &error));
    ClubUserImport::Options o;
    o.usernameRule = ClubUserImport::UsernameRule(rule);
    o.usernamePrefix = prefix;
    imp.setOptions(o);
    const auto plans = imp.preview();
    QCOMPARE(plans.size(), 1);
    QVERIFY2(plans[0].action == Action::Create, qPrintable(plans[0].reasons.join(QLatin1String("; "))));
    QCOMPARE(plans[0].username, expected);
}

void TestClubImport::fromSelection()
{
    IdentityRepository ids(m_t->store());
    QStringList chosen;
    for (int i = 0; i < 3; ++i) {
        Identity x;
        x.firstName = QStringLiteral("هویت");
        x.lastName = QString::number(i);
        x.customerNumber = QStringLiteral("C%1").arg(1000 + i);
        x.profileType = i == 2 ? ProfileType::Competitor : ProfileType::Customer;
        QVERIFY(ids.insert(x));
        chosen << x.id;
    }
    ClubUserImport imp(m_t->store(), kAdmin);
    imp.loadIdentities(chosen.mid(0, 2));
    ClubUserImport::Options o;
    o.usernameRule = ClubUserImport::UsernameRule::CustomerNumber;
    imp.setOptions(o);
    QVERIFY2(imp.run(), qPrintable(imp.summaryText()));
    UserRepository users(m_t->store());
    const auto u = users.findByUsername(QStringLiteral("c1000"));
    QVERIFY(u);
    QCOMPARE(u->identityId, chosen[0]);
    QCOMPARE(u->createdVia, QStringLiteral("bulk"));
    QCOMPARE(count(QStringLiteral("identities")), 3); // no new identities
    // again: those two now have accounts; the competitor cannot have one
    ClubUserImport again(m_t->store(), kAdmin);
    again.loadIdentities(chosen);
    again.setOptions(o);
    QVERIFY(!again.run());
    QCOMPARE(again.summary().errors, 3);
    QCOMPARE(count(QStringLiteral("users")), 2);
}

void TestClubImport::cancelWritesNothing()
{
    QString csv = QStringLiteral("نام,نام کاربری\n");
    for (int i = 0; i < 250; ++i)
        csv += QStringLiteral("کاربر,user%1x\n").arg(i);
    for (const int cancelAt : {1, 400}) { // during hashing, during the write
        ClubUserImport imp(m_t->store(), kAdmin);
        QString error;
        QVERIFY(imp.loadFile(writeCsv(QStringLiteral("c.csv"), csv), &error));
        ClubUserImport::Options o;
        imp.setOptions(o);
        int calls = 0;
        int seenTotal = 0;
        QVERIFY(!imp.run([&](int done, int total) -> bool {
            ++calls;
            seenTotal = total;
            return done < cancelAt;
        }));
        QCOMPARE(seenTotal, 500);
        QVERIFY(calls > 0);
        QVERIFY(imp.summary().cancelled);
        QCOMPARE(count(QStringLiteral("users")), 0);
        QCOMPARE(count(QStringLiteral("identities")), 0);
    }
}

void TestClubImport::savedMappings()
{
    ClubUserImport imp(m_t->store(), kAdmin);
    const QHash<QString, QString> m{{QStringLiteral("first_name"), QStringLiteral("Given")},
                                    {QStringLiteral("username"), QStringLiteral("Login")}};
    QVERIFY(imp.saveMapping(QStringLiteral("HR export"), m));
    QCOMPARE(imp.savedMappingNames(), QStringList{QStringLiteral("HR export")});
    QCOMPARE(imp.savedMapping(QStringLiteral("HR export")), m);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("hr.csv"), QStringLiteral("Given,Login\nمینا,mina.h\n")), &error));
    imp.setMapping(imp.savedMapping(QStringLiteral("HR export")));
    const auto plans = imp.preview();
    QCOMPARE(plans[0].action, Action::Create);
    QCOMPARE(plans[0].username, QStringLiteral("mina.h"));
    QVERIFY(imp.removeMapping(QStringLiteral("HR export")));
    QVERIFY(imp.savedMappingNames().isEmpty());
}

void TestClubImport::needsPermissionAndModule()
{
    const QString csv = kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,a@b.ir,,perm.user,Secret123,بلی,\n");
    {
        ClubUserImport imp(m_t->store(), Actor::staff(QString(), {QStringLiteral("club.agents.manage")}));
        QString error;
        QVERIFY(imp.loadFile(writeCsv(QStringLiteral("p.csv"), csv), &error));
        imp.setOptions(fast());
        QVERIFY(!imp.run());
        QVERIFY(imp.plans()[0].reasons.join(QString()).contains(QLatin1String("permission")));
    }
    ClubSettings s(m_t->store());
    QVERIFY(s.setModuleEnabled(ClubKind::Customer, false));
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("p.csv"), csv), &error));
    imp.setOptions(fast());
    QVERIFY(!imp.run());
    QVERIFY(imp.plans()[0].reasons.join(QString()).contains(QLatin1String("not enabled")));
    QCOMPARE(count(QStringLiteral("users")), 0);
}

void TestClubImport::commandLine()
{
    const QString good = writeCsv(QStringLiteral("cli.csv"), kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,a@b.ir,,cli.user,Secret123,بلی,\n"));
    const QString bad = writeCsv(QStringLiteral("clibad.csv"), kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,a@b.ir,,cli.bad,weak,بلی,\n"));
    QString o, e;
    QTextStream out(&o), err(&e);
    QCOMPARE(UsersImportCommand::run({QStringLiteral("--bogus")}, m_t->store(), out, err), 2);
    QCOMPARE(UsersImportCommand::run({QStringLiteral("/no/such.csv")}, m_t->store(), out, err), 3);
    QCOMPARE(UsersImportCommand::run({good, QStringLiteral("--password"), QStringLiteral("column"), QStringLiteral("--dry-run")},
                                     m_t->store(), out, err), 0);
    QCOMPARE(count(QStringLiteral("users")), 0);
    const QString errors = m_t->dir() + QStringLiteral("/cli-errors.csv");
    QCOMPARE(UsersImportCommand::run({bad, QStringLiteral("--password"), QStringLiteral("column"), QStringLiteral("--errors"), errors},
                                     m_t->store(), out, err), 1);
    QVERIFY(QFile::exists(errors));
    QVERIFY(o.contains(QLatin1String("Line 2:")));
    const QString cred = m_t->dir() + QStringLiteral("/cli-cred.csv");
    QCOMPARE(UsersImportCommand::run({QStringLiteral("users"), QStringLiteral("import"), good, QStringLiteral("--store"),
                                      m_t->path(), QStringLiteral("--credentials"), cred},
                                     m_t->store(), out, err), 0);
    QCOMPARE(count(QStringLiteral("users")), 1);
    QVERIFY(QFile::exists(cred));
}

void TestClubImport::addUsers(const QString &kind, int n, const QString &prefix)
{
    UserRepository users(m_t->store());
    Store::Transaction tx(m_t->store());
    for (int i = 0; i < n; ++i) {
        User u;
        u.kind = UserKindCode::fromText(kind);
        u.username = QStringLiteral("%1%2x").arg(prefix).arg(i);
        QVERIFY(users.insert(u));
    }
    QVERIFY(tx.commit());
}

namespace {
// Line 1 the header, 2 blank, 3 a username that exists (add mode), 4 too short, 5 blank,
// 6 a person with no name, 7 fine, 8 a "name" of invisible marks only. The password column
// is filled but the rule is random.
QList<QStringList> unwrittenRows()
{
    const auto row = [](const QString &csv) { return csv.split(QLatin1Char(',')); };
    return {QStringList(),
            row(QStringLiteral("مشتری,حقیقی,علی,رضایی,,,,ali.rezaei,Secret123,بلی,")),
            row(QStringLiteral("مشتری,حقیقی,کم")),
            QStringList(),
            row(QStringLiteral("مشتری,حقیقی,,,شرکت بی‌نام,,,no.name,Secret123,بلی,")),
            row(QStringLiteral("مشتری,حقیقی,تازه,وارد,,,,new.comer,Secret123,بلی,")),
            row(QStringLiteral("مشتری,حقیقی,\u200c,\u200f,,,,marks.only,Secret123,بلی,"))};
}
} // namespace

void TestClubImport::everyUnwrittenRowIsNamed()
{
    UserRepository users(m_t->store());
    User u;
    u.kind = UserKind::Customer;
    u.username = QStringLiteral("ali.rezaei");
    QVERIFY(users.insert(u));
    QString csv = kHeader;
    for (const QStringList &r : unwrittenRows())
        csv += r.join(QLatin1Char(',')) + QLatin1Char('\n');
    const QString in = writeCsv(QStringLiteral("named.csv"), csv);
    const QString errors = m_t->dir() + QStringLiteral("/named-errors.csv");
    QString o, e;
    QTextStream out(&o), err(&e);
    QCOMPARE(UsersImportCommand::run({in, QStringLiteral("--errors"), errors}, m_t->store(), out, err), 1);
    QVERIFY2(o.contains(QLatin1String("Line 3 (skipped):")) && o.contains(QLatin1String("ali.rezaei")), qPrintable(o));
    QVERIFY2(o.contains(QLatin1String("Line 4:")) && o.contains(QLatin1String("3 of the 11 columns")), qPrintable(o));
    QVERIFY2(o.contains(QLatin1String("Line 6: A first or last name is required.")), qPrintable(o));
    QVERIFY2(o.contains(QLatin1String("Line 8: A first or last name is required.")), qPrintable(o));
    QVERIFY2(!o.contains(QLatin1String("Line 7")), qPrintable(o));
    QVERIFY2(o.contains(QLatin1String("Warning:")) && o.contains(QLatin1String("password column is ignored")), qPrintable(o));
    QCOMPARE(count(QStringLiteral("users")), 1);
    // the error file names the same rows, with the file's own lines
    TabularData d;
    QString error;
    QVERIFY2(TabularFile::read(errors, &d, &error), qPrintable(error));
    QStringList lines;
    for (const QStringList &r : std::as_const(d.rows))
        lines << r.value(11);
    QCOMPARE(lines, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("8")}));
    QVERIFY(d.rows[0].value(12).contains(QLatin1String("already exists")));
}

void TestClubImport::everyUnwrittenRowIsNamedInXlsx()
{
    const QString path = m_t->dir() + QStringLiteral("/named.xlsx");
    QString error;
    QVERIFY2(TabularFile::write(path, TabularData::Format::Xlsx, kHeader.trimmed().split(QLatin1Char(',')), unwrittenRows(), &error),
             qPrintable(error));
    ClubUserImport imp(m_t->store(), kAdmin);
    QVERIFY2(imp.loadFile(path, &error), qPrintable(error));
    ClubUserImport::Options o; // random passwords
    imp.setOptions(o);
    const auto plans = imp.preview();
    QCOMPARE(plans.size(), 5);
    QList<int> lines;
    for (const auto &p : plans)
        lines << p.line;
    QCOMPARE(lines, (QList<int>{3, 4, 6, 7, 8}));
    QCOMPARE(plans[0].action, Action::Create); // nobody has ali.rezaei in this store
    QCOMPARE(plans[1].action, Action::Error);  // too short, in a workbook as in a CSV file
    QVERIFY2(plans[1].reasons.join(QString()).contains(QLatin1String("3 of the 11 columns")), qPrintable(plans[1].reasons.join(QString())));
    QCOMPARE(plans[2].action, Action::Error);
    QCOMPARE(plans[3].action, Action::Create);
    QCOMPARE(plans[4].action, Action::Error);
    QCOMPARE(imp.summary().warnings.size(), 1);
    // a workbook row that simply leaves optional cells empty is not short
    TabularData fine;
    fine.headers = kHeader.trimmed().split(QLatin1Char(','));
    const QString ok = m_t->dir() + QStringLiteral("/fine.xlsx");
    QVERIFY(TabularFile::write(ok, TabularData::Format::Xlsx, fine.headers,
                               {QStringLiteral("مشتری,حقیقی,تازه,وارد,,,,new.comer").split(QLatin1Char(','))}, &error));
    QVERIFY(imp.loadFile(ok, &error));
    QCOMPARE(imp.preview().value(0).action, Action::Create);
}

void TestClubImport::credentialsAndErrorFilesAreOwnerOnly()
{
    const QString csv = kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,,,=cmd.user,Secret123,بلی,\n"
                                                 "مشتری,حقیقی,سارا,محمدی,,,,sara.m,Secret123,بلی,\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("own.csv"), csv), &error));
    imp.setOptions(fast());
    QVERIFY(!imp.run()); // "=cmd.user" is not a valid username
    const auto ownerOnly = [](const QString &path) {
        const QFileDevice::Permissions p = QFile::permissions(path);
        return (p & QFileDevice::ReadOwner)
            && !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
    };
    for (const QString &name : {QStringLiteral("/own-errors.csv"), QStringLiteral("/own-errors.xlsx")}) {
        const QString path = m_t->dir() + name;
        QVERIFY2(imp.writeErrorFile(path, &error), qPrintable(error));
        QVERIFY(ownerOnly(path));
    }
    QFile raw(m_t->dir() + QStringLiteral("/own-errors.csv"));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().contains("'=cmd.user")); // no formula reaches a spreadsheet
    ClubUserImport good(m_t->store(), kAdmin);
    QVERIFY(good.loadFile(writeCsv(QStringLiteral("own2.csv"), kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,,,ok.user,Secret123,بلی,\n")), &error));
    good.setOptions(fast());
    QVERIFY2(good.run(), qPrintable(good.summaryText()));
    for (const QString &name : {QStringLiteral("/own-cred.csv"), QStringLiteral("/own-cred.xlsx")}) {
        const QString path = m_t->dir() + name;
        QVERIFY2(good.writeCredentialsFile(path, &error), qPrintable(error));
        QVERIFY(ownerOnly(path));
    }
}

void TestClubImport::storeErrorsArePersianSentences()
{
    // a store that cannot be written (read-only): the driver's English stays in the log
    QSqlQuery q(m_t->store().db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = 1")));
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("ro.csv"), kHeader + QStringLiteral("مشتری,حقیقی,علی,رضایی,,,,ro.user,Secret123,بلی,\n")), &error));
    imp.setOptions(fast());
    QVERIFY(!imp.run());
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = 0")));
    const QString failure = imp.summary().failure;
    QVERIFY2(!failure.isEmpty(), qPrintable(imp.summaryText()));
    for (const char *english : {"readonly", "attempt to write", "SQL", "sqlite", "commit", "Unable"})
        QVERIFY2(!failure.contains(QLatin1String(english), Qt::CaseInsensitive), qPrintable(failure));
    QVERIFY(!imp.summary().written);
    QVERIFY(!imp.summary().cancelled);
    QCOMPARE(count(QStringLiteral("users")), 0);
    QCOMPARE(count(QStringLiteral("identities")), 0);
}

void TestClubImport::busyStoreStopsTheWholeImport()
{
    {
        const TestSupport::OtherWriter busy(m_t->store(), 1000);
        QVERIFY(busy.isHolding());
        QString csv = kHeader;
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("مشتری,حقیقی,علی,%1,,,,busy.user%1,Secret123,بلی,\n").arg(i);
        ClubUserImport imp(m_t->store(), kAdmin);
        QString error;
        QVERIFY(imp.loadFile(writeCsv(QStringLiteral("busy.csv"), csv), &error));
        imp.setOptions(fast());
        QElapsedTimer t;
        t.start();
        QVERIFY(!imp.run());
        QVERIFY(t.elapsed() < 30000);
        QVERIFY2(imp.summary().failure.contains(QLatin1String("busy")), qPrintable(imp.summary().failure));
        QVERIFY2(!imp.summary().failure.contains(QLatin1String("locked")), qPrintable(imp.summary().failure));
        QVERIFY(!imp.summary().written);
    }
    QCOMPARE(count(QStringLiteral("users")), 0);
    QCOMPARE(count(QStringLiteral("identities")), 0);
    QCOMPARE(m_t->store().transactionDepth(), 0);
}

void TestClubImport::suppliersTakeCustomerSeats()
{
    ClubSettings s(m_t->store());
    QVERIFY(TestLicence::install(m_t->store(), ClubSettings::Edition::Standard));
    addUsers(QStringLiteral("customer"), ClubSettings::kStandardCustomerLimit - 2, QStringLiteral("cust"));
    addUsers(QStringLiteral("supplier"), 1, QStringLiteral("supp")); // one seat left
    const QString csv = kHeader + QStringLiteral("تامین کننده,حقیقی,الف,ب,,,,supplier.one,Secret123,بلی,\n"
                                                 "مشتری,حقیقی,پ,ت,,,,customer.two,Secret123,بلی,\n");
    ClubUserImport imp(m_t->store(), kAdmin);
    QString error;
    QVERIFY(imp.loadFile(writeCsv(QStringLiteral("seats.csv"), csv), &error));
    imp.setOptions(fast());
    QVERIFY(!imp.run());
    QCOMPARE(imp.plans()[0].action, Action::Create);
    QCOMPARE(imp.plans()[1].action, Action::Error);
    QVERIFY(imp.plans()[1].reasons.join(QString()).contains(QLatin1String("licence")));
    QCOMPARE(count(QStringLiteral("users")), qint64(ClubSettings::kStandardCustomerLimit - 1));
}

void TestClubImport::concurrentChangesAreCheckedInsideTheTransaction()
{
    // Between the preview and the write (while passwords are hashed) someone else takes the
    // last agent seat, or a username; the write re-reads both under its lock and saves nothing.
    ClubSettings s(m_t->store());
    QVERIFY(TestLicence::install(m_t->store(), ClubSettings::Edition::Standard));
    addUsers(QStringLiteral("agent"), ClubSettings::kStandardAgentLimit - 1, QStringLiteral("agent"));
    const QString csv = kHeader + QStringLiteral("نماینده,حقیقی,الف,ب,,,,last.agent,Secret123,بلی,\n");
    for (const bool seat : {true, false}) {
        ClubUserImport imp(m_t->store(), kAdmin);
        QString error;
        QVERIFY(imp.loadFile(writeCsv(QStringLiteral("race.csv"), csv), &error));
        imp.setOptions(fast());
        QCOMPARE(imp.preview()[0].action, Action::Create);
        bool raced = false;
        const bool ok = imp.run([&](int, int) {
            if (!raced) {
                raced = true;
                UserRepository users(m_t->store()); // the other writer, between preview and write
                User u;
                u.kind = UserKind::Agent;
                u.username = seat ? QStringLiteral("other.agent") : QStringLiteral("last.agent");
                u.active = seat;
                users.insert(u);
            }
            return true;
        });
        QVERIFY(raced);
        QVERIFY(!ok);
        QVERIFY(!imp.summary().written);
        const QString failure = imp.summary().failure;
        QVERIFY2(!failure.contains(QLatin1String("UNIQUE")), qPrintable(failure));
        QVERIFY2(failure.contains(seat ? QLatin1String("licence") : QLatin1String("nothing was saved")), qPrintable(failure));
        if (!seat)
            QVERIFY(imp.plans()[0].reasons.join(QString()).contains(QLatin1String("after the preview")));
        QCOMPARE(count(QStringLiteral("identities")), 0);
        UserRepository users(m_t->store());
        QVERIFY(seat || users.findByUsername(QStringLiteral("last.agent"))->kind == UserKind::Agent);
        QVERIFY(!users.findByUsername(QStringLiteral("last.agent")) || !seat);
        // the seat race is undone before the username race
        if (seat) {
            QSqlQuery q(m_t->store().db());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE username = 'other.agent'")));
        }
    }
}

QTEST_GUILESS_MAIN(TestClubImport)
#include "tst_club_import.moc"
