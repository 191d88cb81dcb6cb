// Connection profiles: several kept in settings, the one chosen last remembered, renamed and
// removed without leaving stale entries; settings hold nothing secret; a profile turns into the
// connection parameters QPSQL takes (options joined by `;`, a CA path quoted for libpq); and
// libpq's words about a failed connection are told apart.
#include "models/server/ConnectionCheck.h"
#include "models/server/ConnectionProfile.h"
#include "models/server/ConnectionProfiles.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ConnectionProfile office(const QString &name = QStringLiteral("دفتر مرکزی"))
{
    ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("db.neginpars.ir");
    p.port = 6432;
    p.database = QStringLiteral("vafa");
    p.user = QStringLiteral("vafa_login");
    p.tls = ConnectionProfile::Tls::Verify;
    p.caFile = QStringLiteral("/etc/vafa/company-ca.crt");
    return p;
}

}

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
        QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
    }

    void init()
    {
        QSettings().clear();
    }

    void profilesRoundTripThroughSettings()
    {
        ConnectionProfiles profiles;
        QVERIFY(profiles.all().isEmpty());
        ConnectionProfile branch = office(QStringLiteral("شعبه کرج"));
        branch.host = QStringLiteral("10.0.0.7");
        branch.port = 5432;
        branch.tls = ConnectionProfile::Tls::Off;
        branch.caFile.clear();
        profiles.save(office());
        profiles.save(branch);
        profiles.setLastChosen(branch.name);

        ConnectionProfiles again; // read afresh from the settings file
        const QList<ConnectionProfile> read = again.all();
        QCOMPARE(read.size(), 2);
        QVERIFY(read.at(0) == office());
        QVERIFY(read.at(1) == branch);
        QCOMPARE(again.lastChosen(), branch.name);
        QVERIFY(again.find(QStringLiteral("شعبه کرج")).has_value());
        QVERIFY(!again.find(QStringLiteral("nowhere")).has_value());

        // a rename keeps the profile's place and the last choice follows it
        ConnectionProfile renamed = branch;
        renamed.name = QStringLiteral("شعبه البرز");
        again.save(renamed, branch.name);
        QCOMPARE(again.all().size(), 2);
        QCOMPARE(again.all().at(1).name, renamed.name);
        QCOMPARE(again.lastChosen(), renamed.name);
        // saving under its own name replaces it, never adds a second
        renamed.port = 6543;
        again.save(renamed);
        QCOMPARE(again.all().size(), 2);
        QCOMPARE(again.find(renamed.name)->port, 6543);

        again.remove(office().name);
        QCOMPARE(again.all().size(), 1);
        again.remove(renamed.name);
        QVERIFY(again.all().isEmpty());
        QVERIFY(again.lastChosen().isEmpty());
    }

    void settingsHoldNoSecret()
    {
        ConnectionProfiles().save(office());
        QSettings settings;
        settings.sync();
        QStringList keys = settings.allKeys();
        for (const QString &key : std::as_const(keys))
            QVERIFY2(!key.contains(QLatin1String("pass"), Qt::CaseInsensitive), qPrintable(key));
        // exactly what a profile is, nothing more
        settings.beginGroup(QStringLiteral("server/profiles/1"));
        keys = settings.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("ca_file"), QStringLiteral("database"), QStringLiteral("host"),
                                    QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("tls"),
                                    QStringLiteral("user")}));
    }

    void verifiedProfileGivesLibpqItsCertificate()
    {
        ConnectionProfile p = office();
        p.caFile = QStringLiteral("/home/sara/My Certs/o'neil\\ca.crt");
        const Store::PostgresParams params = p.toParams(QStringLiteral("pw;'x"));
        QCOMPARE(params.host, QStringLiteral("db.neginpars.ir"));
        QCOMPARE(params.port, 6432);
        QCOMPARE(params.database, QStringLiteral("vafa"));
        QCOMPARE(params.user, QStringLiteral("vafa_login"));
        QCOMPARE(params.password, QStringLiteral("pw;'x")); // the password goes apart, never into the options
        const QStringList options = params.options.split(QLatin1Char(';'));
        QCOMPARE(options.value(0), QStringLiteral("sslmode=verify-full"));
        QCOMPARE(options.value(1), QStringLiteral("sslrootcert='/home/sara/My Certs/o\\'neil\\\\ca.crt'"));
        QVERIFY(options.contains(QStringLiteral("connect_timeout=10")));
        QVERIFY(options.contains(QStringLiteral("keepalives=1")));
        for (const QString &o : options)
            QVERIFY2(o.contains(QLatin1Char('=')), qPrintable(params.options));
    }

    void otherTlsModes()
    {
        ConnectionProfile p = office();
        p.tls = ConnectionProfile::Tls::Require;
        QVERIFY(p.toParams({}).options.startsWith(QLatin1String("sslmode=require;connect_timeout=")));
        QVERIFY(!p.toParams({}).options.contains(QLatin1String("sslrootcert")));
        p.tls = ConnectionProfile::Tls::Off;
        QVERIFY(p.toParams({}).options.startsWith(QLatin1String("sslmode=disable;")));
        QCOMPARE(ConnectionProfile::tlsFromCode(ConnectionProfile::tlsCode(ConnectionProfile::Tls::Off)),
                 ConnectionProfile::Tls::Off);
        QCOMPARE(ConnectionProfile::tlsFromCode(QStringLiteral("garbage")), ConnectionProfile::Tls::Verify);
        QCOMPARE(p.keychainKey(), QStringLiteral("vafa_login@db.neginpars.ir:6432/vafa"));
    }

    void incompleteProfilesSayWhatIsMissing()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("ca.crt"));
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n");
        f.close();
        ConnectionProfile p = office();
        p.caFile = ca;
        QVERIFY2(p.problem().isEmpty(), qPrintable(p.problem()));
        ConnectionProfile q = p;
        q.host.clear();
        QVERIFY(!q.problem().isEmpty());
        q = p;
        q.caFile = dir.filePath(QStringLiteral("missing.crt"));
        QVERIFY(!q.problem().isEmpty());
        q.tls = ConnectionProfile::Tls::Require; // no certificate to check, none needed
        QVERIFY(q.problem().isEmpty());
        q = p;
        q.caFile = dir.filePath(QStringLiteral("a;b.crt"));
        QVERIFY(!q.problem().isEmpty());
    }

    void libpqWordsAreToldApart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("outcome");
        using O = ConnectionCheck::Outcome;
        QTest::newRow("refused") << QStringLiteral("connection to server at \"10.0.0.9\", port 5432 failed: Connection refused\n"
                                                   "\tIs the server running on that host and accepting TCP/IP connections?")
                                 << int(O::Unreachable);
        QTest::newRow("unknown host") << QStringLiteral("could not translate host name \"db.nowhere\" to address: Name or service not known")
                                      << int(O::Unreachable);
        QTest::newRow("timeout") << QStringLiteral("connection to server at \"10.9.9.9\", port 5432 failed: timeout expired")
                                 << int(O::Unreachable);
        QTest::newRow("plain server") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: server does not support SSL, but SSL was required")
                                      << int(O::TlsRefused);
        QTest::newRow("mismatch") << QStringLiteral("server certificate for \"other\" does not match host name \"127.0.0.1\"")
                                  << int(O::CertificateMismatch);
        QTest::newRow("untrusted") << QStringLiteral("SSL error: certificate verify failed") << int(O::CertificateUntrusted);
        QTest::newRow("no CA file") << QStringLiteral("root certificate file \"/x/ca.crt\" does not exist") << int(O::CaFileMissing);
        QTest::newRow("password") << QStringLiteral("FATAL:  password authentication failed for user \"vafa_login\"")
                                  << int(O::WrongPassword);
        QTest::newRow("no password") << QStringLiteral("fe_sendauth: no password supplied") << int(O::WrongPassword);
        QTest::newRow("database") << QStringLiteral("FATAL:  database \"vafa2\" does not exist") << int(O::NoDatabase);
        QTest::newRow("hba") << QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.5\", user \"vafa_login\", database \"vafa\", no encryption")
                             << int(O::TlsRequiredByServer);
        QTest::newRow("other") << QStringLiteral("something else") << int(O::Failed);
    }

    void libpqWordsAreToldApart()
    {
        QFETCH(QString, text);
        QFETCH(int, outcome);
        QCOMPARE(int(ConnectionCheck::classify(text)), outcome);
        QVERIFY(!ConnectionCheck::messageFor(ConnectionCheck::Outcome(outcome)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_server_profiles.moc"
