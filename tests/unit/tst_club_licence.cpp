// The licence (DESIGN §6): a file signed with the vendor's Ed25519 key names the company, the
// edition, the club modules, the seats and the expiry. Each way a file can be wrong is refused
// with its own reason and changes nothing; without a licence the standard edition's limits hold;
// the seats and modules of the licence in force are what the club services enforce.
#include "models/auth/UserRepository.h"
#include "models/club/ClubConfiguration.h"
#include "models/club/ClubMemberService.h"
#include "models/club/LicenceService.h"
#include "models/core/SettingsRepository.h"
#include "models/demo/DemoLicence.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/persian/Jalali.h"
#include "tests/support/TestLicence.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestClubLicence : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void validLicenceReadsBack();
    void aChangedByteIsTampering_data();
    void aChangedByteIsTampering();
    void anotherCompanysLicence();
    void expiredLicence();
    void anotherKeysLicence();
    void notALicence_data();
    void notALicence();
    void noLicenceMeansStandardLimits();
    void installNeedsAnAdministratorAndIsAudited();
    void aRefusedInstallChangesNothing();
    void seatsAreEnforcedOnActivation();
    void aModuleNotLicensedStaysOff();
    void changingTheCompanyIdVoidsTheLicence();
    void theSigningToolMakesLicencesTheAppAccepts();
    void theDemoLicenceIsSignedWithTheBuiltInKey();

private:
    Licence licence(int customerSeats = 100, int agentSeats = 3) const;
    QByteArray signedText(const Licence &l) const { return l.signedFile(TestLicence::secretKey()); }
    qint64 auditCount(const QString &action);
    QString storedLicence();
    std::unique_ptr<TempStore> m_t;
    Company m_company;
};

void TestClubLicence::init()
{
    TestLicence::trustTestKey();
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_company.name = QStringLiteral("شرکت نمونه پارس");
    m_company.nationalId = QStringLiteral("10380284790");
    QVERIFY(SettingsRepository(m_t->store()).saveCompany(m_company));
}

void TestClubLicence::cleanup() { m_t.reset(); }

Licence TestClubLicence::licence(int customerSeats, int agentSeats) const
{
    Licence l;
    l.serial = QStringLiteral("V-2026-0001");
    l.company = m_company.name;
    l.nationalId = m_company.nationalId;
    l.edition = ClubSettings::Edition::Enterprise;
    l.customerClub = l.agentClub = true;
    l.customerSeats = customerSeats;
    l.agentSeats = agentSeats;
    l.issued = QDate::currentDate();
    l.expires = QDate::currentDate().addMonths(6);
    return l;
}

qint64 TestClubLicence::auditCount(const QString &action)
{
    QSqlQuery q(m_t->store().db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    q.exec();
    q.next();
    return q.value(0).toLongLong();
}

QString TestClubLicence::storedLicence()
{
    return SettingsRepository(m_t->store()).value(LicenceService::settingKey()).toString();
}

void TestClubLicence::validLicenceReadsBack()
{
    const Licence l = licence(-1, 40);
    const LicenceVerdict v = LicenceVerdict::check(signedText(l), m_company, QDate::currentDate());
    QVERIFY2(v.valid(), qPrintable(v.message()));
    QCOMPARE(v.licence.company, l.company);
    QCOMPARE(v.licence.nationalId, l.nationalId);
    QCOMPARE(v.licence.edition, ClubSettings::Edition::Enterprise);
    QVERIFY(v.licence.customerClub && v.licence.agentClub);
    QCOMPARE(v.licence.customerSeats, -1);
    QCOMPARE(v.licence.agentSeats, 40);
    QCOMPARE(v.licence.expires, l.expires);
    QCOMPARE(v.licence.serial, l.serial);
    QVERIFY(v.message().isEmpty());
    // the last day is still good
    QVERIFY(LicenceVerdict::check(signedText(l), m_company, l.expires).valid());
    // Persian digits in the company's national ID are the same ID
    Company persianDigits = m_company;
    persianDigits.nationalId = QStringLiteral("۱۰۳۸۰۲۸۴۷۹۰");
    QVERIFY(LicenceVerdict::check(signedText(l), persianDigits, QDate::currentDate()).valid());
}

void TestClubLicence::aChangedByteIsTampering_data()
{
    QTest::addColumn<int>("line"); // 2 = payload, 3 = signature (after the magic line)
    QTest::newRow("more agent seats in the payload") << 2;
    QTest::newRow("a flipped bit in the signature") << 3;
}

void TestClubLicence::aChangedByteIsTampering()
{
    QFETCH(int, line);
    QList<QByteArray> lines = signedText(licence()).split('\n');
    lines.removeFirst(); // the comment
    QByteArray decoded = QByteArray::fromBase64(lines[line - 1]);
    if (line == 2) {
        QVERIFY(decoded.contains("\"agentSeats\":3"));
        decoded.replace("\"agentSeats\":3", "\"agentSeats\":9");
    } else {
        decoded[10] = char(decoded[10] ^ 0x01);
    }
    lines[line - 1] = decoded.toBase64();
    const LicenceVerdict v = LicenceVerdict::check(lines.join('\n'), m_company, QDate::currentDate());
    QCOMPARE(v.reason, LicenceVerdict::Reason::Tampered);
    QVERIFY(v.message().contains(QLatin1String("changed")));
}

void TestClubLicence::anotherCompanysLicence()
{
    Licence l = licence();
    l.nationalId = QStringLiteral("10101010107");
    const LicenceVerdict v = LicenceVerdict::check(signedText(l), m_company, QDate::currentDate());
    QCOMPARE(v.reason, LicenceVerdict::Reason::OtherCompany);
    QVERIFY(!v.message().isEmpty());
    // a company without a national ID cannot be matched at all
    QCOMPARE(LicenceVerdict::check(signedText(licence()), Company(), QDate::currentDate()).reason,
             LicenceVerdict::Reason::NoCompanyId);
}

void TestClubLicence::expiredLicence()
{
    const Licence l = licence();
    const LicenceVerdict v = LicenceVerdict::check(signedText(l), m_company, l.expires.addDays(1));
    QCOMPARE(v.reason, LicenceVerdict::Reason::Expired);
    QVERIFY(v.message().contains(Persian::formatDate(l.expires)));
}

void TestClubLicence::anotherKeysLicence()
{
    QByteArray otherPublic, otherSecret;
    Licence::generateKeyPair(&otherPublic, &otherSecret);
    const QByteArray text = licence().signedFile(otherSecret);
    QCOMPARE(LicenceVerdict::check(text, m_company, QDate::currentDate()).reason, LicenceVerdict::Reason::WrongKey);
    // a key id edited to look like ours does not help: the signature decides
    QByteArray forged = text;
    QList<QByteArray> lines = forged.split('\n');
    QByteArray payload = QByteArray::fromBase64(lines[2]);
    payload.replace(Licence::keyIdOf(otherPublic).toLatin1(), Licence::keyIdOf(TestLicence::publicKey()).toLatin1());
    lines[2] = payload.toBase64();
    QCOMPARE(LicenceVerdict::check(lines.join('\n'), m_company, QDate::currentDate()).reason,
             LicenceVerdict::Reason::Tampered);
    // and a build that trusts the other key refuses ours
    QVERIFY(Licence::setTrustedPublicKey(otherPublic));
    QCOMPARE(LicenceVerdict::check(signedText(licence()), m_company, QDate::currentDate()).reason,
             LicenceVerdict::Reason::WrongKey);
    QVERIFY(!Licence::setTrustedPublicKey(QByteArray(5, 'x'))); // a wrong size keeps the old key
    QCOMPARE(Licence::trustedPublicKey(), otherPublic);
}

void TestClubLicence::notALicence_data()
{
    QTest::addColumn<QByteArray>("text");
    const QList<QByteArray> lines = signedText(licence()).split('\n');
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a letter") << QByteArray("Dear vendor, please send the licence.");
    QTest::newRow("no signature") << (lines[1] + '\n' + lines[2]);
    QTest::newRow("not base64") << (lines[1] + '\n' + "%%%%\n" + lines[3]);
    QTest::newRow("payload not JSON")
        << (lines[1] + '\n' + QByteArray("not json").toBase64() + '\n' + lines[3]);
}

void TestClubLicence::notALicence()
{
    QFETCH(QByteArray, text);
    QCOMPARE(LicenceVerdict::check(text, m_company, QDate::currentDate()).reason, LicenceVerdict::Reason::BadFormat);
}

void TestClubLicence::noLicenceMeansStandardLimits()
{
    ClubSettings s(m_t->store());
    QCOMPARE(LicenceService::current(m_t->store()).verdict.reason, LicenceVerdict::Reason::NotInstalled);
    QCOMPARE(s.edition(), ClubSettings::Edition::Standard);
    QCOMPARE(s.activeUserLimit(ClubKind::Customer), ClubSettings::kStandardCustomerLimit);
    QCOMPARE(s.activeUserLimit(ClubKind::Agent), ClubSettings::kStandardAgentLimit);
    QVERIFY(s.moduleLicensed(ClubKind::Customer) && s.moduleLicensed(ClubKind::Agent));
    // the old free setting no longer buys the enterprise edition
    QVERIFY(s.setRaw(QStringLiteral("club.edition"), QStringLiteral("enterprise")));
    QCOMPARE(s.edition(), ClubSettings::Edition::Standard);
    QCOMPARE(s.activeUserLimit(ClubKind::Agent), ClubSettings::kStandardAgentLimit);

    QVERIFY(TestLicence::install(m_t->store(), licence(-1, 40)));
    QCOMPARE(s.edition(), ClubSettings::Edition::Enterprise);
    QCOMPARE(s.activeUserLimit(ClubKind::Customer), -1);
    QCOMPARE(s.activeUserLimit(ClubKind::Agent), 40);
    // a licence past its expiry falls back to the standard edition
    QCOMPARE(LicenceService::current(m_t->store(), licence().expires.addDays(1)).seats(ClubKind::Agent),
             ClubSettings::kStandardAgentLimit);
}

void TestClubLicence::installNeedsAnAdministratorAndIsAudited()
{
    const QByteArray text = signedText(licence());
    const Actor clerk = Actor::staff(QStringLiteral("clerk"), {QStringLiteral("club.settings")});
    const LicenceService::Installed refused = LicenceService::install(m_t->store(), clerk, text);
    QVERIFY(!refused.ok);
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(storedLicence().isEmpty());
    QCOMPARE(auditCount(QStringLiteral("club.licence.install")), 0);

    const Actor admin = Actor::staff(QStringLiteral("boss"), {}, true);
    const LicenceService::Installed r = LicenceService::install(m_t->store(), admin, text);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(storedLicence().toUtf8(), text);
    QCOMPARE(auditCount(QStringLiteral("club.licence.install")), 1);
    QVERIFY(LicenceService::current(m_t->store()).inForce());
    QCOMPARE(m_t->store().transactionDepth(), 0);
}

void TestClubLicence::aRefusedInstallChangesNothing()
{
    const QByteArray good = signedText(licence());
    QVERIFY(LicenceService::install(m_t->store(), Actor::localAdministrator(), good).ok);
    Licence other = licence(-1, -1);
    other.nationalId = QStringLiteral("10101010107");
    Licence expired = licence(-1, -1);
    expired.expires = QDate::currentDate().addDays(-1);
    QByteArray tampered = good;
    tampered.replace(tampered.size() - 10, 1, tampered.at(tampered.size() - 10) == 'A' ? "B" : "A");
    for (const QByteArray &bad : {signedText(other), signedText(expired), tampered, QByteArray("junk")}) {
        const LicenceService::Installed r = LicenceService::install(m_t->store(), Actor::localAdministrator(), bad);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(storedLicence().toUtf8(), good);
    }
    QCOMPARE(auditCount(QStringLiteral("club.licence.install")), 1);
    QCOMPARE(ClubSettings(m_t->store()).activeUserLimit(ClubKind::Agent), 3);
}

void TestClubLicence::seatsAreEnforcedOnActivation()
{
    ClubSettings s(m_t->store());
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, true));
    Category c;
    c.name = QStringLiteral("نمایندگان");
    QVERIFY(CategoryRepository(m_t->store()).insert(c));
    QVERIFY(s.setDefaultCategory(ClubKind::Agent, c.id));
    QVERIFY(TestLicence::install(m_t->store(), licence(100, 2)));

    ClubMemberService svc(m_t->store(), Actor::staff(QStringLiteral("boss"), {}, true),
                          PasswordHasher(PasswordHasher::Strength::Minimum));
    const auto agent = [](const QString &username, bool active) {
        ClubMemberService::NewMember m;
        m.kind = ClubKind::Agent;
        m.firstName = QStringLiteral("رضا");
        m.lastName = QStringLiteral("کریمی");
        m.email = username + QStringLiteral("@example.com");
        m.username = username;
        m.password = QStringLiteral("Secret123");
        m.active = active;
        return m;
    };
    QVERIFY(svc.createMember(agent(QStringLiteral("agent.one"), true)).ok);
    QVERIFY(svc.createMember(agent(QStringLiteral("agent.two"), true)).ok);
    const ClubActionResult third = svc.createMember(agent(QStringLiteral("agent.three"), true));
    QVERIFY(!third.ok);
    QVERIFY2(third.error.contains(QLatin1String("licence")), qPrintable(third.error));
    // an inactive one may be created, not activated
    const ClubActionResult idle = svc.createMember(agent(QStringLiteral("agent.idle"), false));
    QVERIFY2(idle.ok, qPrintable(idle.error));
    QVERIFY(!svc.setActive(idle.userId, true).ok);
    // a bigger licence lets it in
    QVERIFY(TestLicence::install(m_t->store(), licence(100, 3)));
    QVERIFY(svc.setActive(idle.userId, true).ok);
}

void TestClubLicence::aModuleNotLicensedStaysOff()
{
    Licence customersOnly = licence();
    customersOnly.agentClub = false;
    QVERIFY(TestLicence::install(m_t->store(), customersOnly));
    ClubSettings s(m_t->store());
    // a switch turned on behind the page's back still gives no agent club
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, true));
    QVERIFY(!s.moduleLicensed(ClubKind::Agent));
    QVERIFY(!s.moduleEnabled(ClubKind::Agent));
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, false));

    const Actor admin = Actor::staff(QStringLiteral("boss"), {}, true);
    ClubConfiguration c = ClubConfiguration::read(m_t->store());
    c.customers.enabled = true;
    QString error;
    QCOMPARE(c.save(m_t->store(), admin, &error), ClubConfiguration::Saved::Changed);
    QVERIFY(s.moduleEnabled(ClubKind::Customer));
    c.agents.enabled = true;
    QCOMPARE(c.save(m_t->store(), admin, &error), ClubConfiguration::Saved::Refused);
    QVERIFY(error.contains(QLatin1String("agent club")));
    QVERIFY(!s.moduleEnabled(ClubKind::Agent));
    QCOMPARE(s.raw(ClubSettings::Key::moduleEnabled(ClubKind::Agent)).toBool(), false);
    QCOMPARE(auditCount(QStringLiteral("club.settings.save")), 1);
}

void TestClubLicence::changingTheCompanyIdVoidsTheLicence()
{
    QVERIFY(TestLicence::install(m_t->store(), licence(-1, -1)));
    QCOMPARE(ClubSettings(m_t->store()).activeUserLimit(ClubKind::Agent), -1);
    Company moved = m_company;
    moved.nationalId = QStringLiteral("10101010107");
    QVERIFY(SettingsRepository(m_t->store()).saveCompany(moved));
    QCOMPARE(LicenceService::current(m_t->store()).verdict.reason, LicenceVerdict::Reason::OtherCompany);
    QCOMPARE(ClubSettings(m_t->store()).activeUserLimit(ClubKind::Agent), ClubSettings::kStandardAgentLimit);
}

void TestClubLicence::theSigningToolMakesLicencesTheAppAccepts()
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("vendor"));
    QProcess keygen;
    keygen.start(QStringLiteral(VAFA_LICENCE_SIGNER), {QStringLiteral("keygen"), prefix});
    QVERIFY(keygen.waitForFinished(30000));
    QCOMPARE(keygen.exitCode(), 0);
    QFile publicFile(prefix + QStringLiteral(".public"));
    QVERIFY(publicFile.open(QIODevice::ReadOnly));
    QVERIFY(Licence::setTrustedPublicKey(QByteArray::fromHex(publicFile.readAll().trimmed())));
    QCOMPARE(QFile(prefix + QStringLiteral(".secret")).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());

    const QString out = dir.filePath(QStringLiteral("company.vafa-licence"));
    QProcess sign;
    sign.start(QStringLiteral(VAFA_LICENCE_SIGNER),
               {QStringLiteral("sign"), QStringLiteral("--key"), prefix + QStringLiteral(".secret"),
                QStringLiteral("--company"), m_company.name, QStringLiteral("--national-id"), m_company.nationalId,
                QStringLiteral("--edition"), QStringLiteral("standard"), QStringLiteral("--modules"),
                QStringLiteral("customer"), QStringLiteral("--customer-seats"), QStringLiteral("250"),
                QStringLiteral("--agent-seats"), QStringLiteral("0"), QStringLiteral("--expires"),
                QDate::currentDate().addYears(1).toString(Qt::ISODate), QStringLiteral("--out"), out});
    QVERIFY(sign.waitForFinished(30000));
    QVERIFY2(sign.exitCode() == 0, sign.readAllStandardError().constData());
    QFile licenceFile(out);
    QVERIFY(licenceFile.open(QIODevice::ReadOnly));
    const LicenceVerdict v = LicenceVerdict::check(licenceFile.readAll(), m_company, QDate::currentDate());
    QVERIFY2(v.valid(), qPrintable(v.message()));
    QCOMPARE(v.licence.edition, ClubSettings::Edition::Standard);
    QVERIFY(v.licence.customerClub);
    QVERIFY(!v.licence.agentClub);
    QCOMPARE(v.licence.customerSeats, 250);
    QCOMPARE(v.licence.agentSeats, 0);

    // a usage error is an exit code, not a licence
    QProcess bad;
    bad.start(QStringLiteral(VAFA_LICENCE_SIGNER), {QStringLiteral("sign"), QStringLiteral("--edition"), QStringLiteral("gold")});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
}

void TestClubLicence::theDemoLicenceIsSignedWithTheBuiltInKey()
{
    const QByteArray vendorKey = QByteArray::fromHex(VAFA_LICENCE_PUBLIC_KEY);
    const LicenceVerdict unchecked = LicenceVerdict::verify(DemoLicence::kText);
    if (unchecked.licence.keyId != Licence::keyIdOf(vendorKey))
        QSKIP("built with another vendor key: the demo licence is shown as signed with another key");
    QVERIFY(Licence::setTrustedPublicKey(vendorKey));
    Company demo;
    demo.nationalId = QString::fromLatin1(DemoLicence::kNationalId);
    const LicenceVerdict v = LicenceVerdict::check(DemoLicence::kText, demo, QDate::currentDate());
    QVERIFY2(v.valid(), qPrintable(v.message()));
    // it gives exactly what a company has without a licence
    QCOMPARE(v.licence.edition, ClubSettings::Edition::Standard);
    QCOMPARE(v.licence.customerSeats, ClubSettings::kStandardCustomerLimit);
    QCOMPARE(v.licence.agentSeats, ClubSettings::kStandardAgentLimit);
    QVERIFY(v.licence.customerClub && v.licence.agentClub);
}

QTEST_GUILESS_MAIN(TestClubLicence)
#include "tst_club_licence.moc"
