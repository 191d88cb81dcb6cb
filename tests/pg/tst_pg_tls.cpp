// A connection profile that asks for a verified certificate (verify-full against the company's
// CA file) connects only to the server it names: it refuses the plain server of the ctest
// fixture, a server whose certificate names another host, and one whose certificate was made
// for another server; it accepts the server whose certificate the CA signed for 127.0.0.1.
// The CA and the certificates are made here with openssl, and a second throwaway cluster
// (pg-throwaway.sh with a certificate folder) speaks TLS; the fixture's cluster stays plain.
#include "models/core/Store.h"
#include "models/server/ConnectionCheck.h"
#include "models/server/ConnectionProfile.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

bool run(const QString &program, const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

// A certificate for `subjectAltName` signed by the CA in `caDir`, written as dir/name.crt|key.
bool makeCertificate(const QString &caDir, const QString &dir, const QString &name, const QString &commonName,
                     const QString &altName, QString *error)
{
    const QString ext = dir + QLatin1Char('/') + name + QStringLiteral(".ext");
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("subjectAltName=%1\nextendedKeyUsage=serverAuth\n").arg(altName).toUtf8());
    f.close();
    const QString base = dir + QLatin1Char('/') + name;
    return run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                base + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName},
               dir, error)
        && run(QStringLiteral("openssl"),
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), base + QStringLiteral(".csr"),
                QStringLiteral("-CA"), caDir + QStringLiteral("/ca.crt"), QStringLiteral("-CAkey"),
                caDir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), base + QStringLiteral(".crt")},
               dir, error)
        && QFile::remove(base + QStringLiteral(".csr")) && QFile::remove(ext);
}

QHash<QString, QString> readEnv(const QString &path)
{
    QHash<QString, QString> env;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
    }
    return env;
}

// One statement as the superuser on `database` of the server at `port`, over plain TCP.
QVariant adminQuery(int port, const QString &database, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("tls-admin-%1").arg(QRandomGenerator::global()->generate());
    QVariant value;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(QStringLiteral("127.0.0.1"));
        d.setPort(port);
        d.setUserName(QStringLiteral("postgres"));
        d.setPassword(QStringLiteral("vafa-test-secret"));
        d.setDatabaseName(database);
        if (!d.open()) {
            *error = d.lastError().text();
        } else {
            QSqlQuery q(d);
            if (!q.exec(sql))
                *error = q.lastError().text();
            else
                value = q.next() ? q.value(0) : QVariant(true);
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestPgTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caFile;
    QString m_cluster; // pg-throwaway.sh's DIR for the TLS cluster
    int m_tlsPort = 0;
    QString m_sslDir;
    Store::PostgresParams m_plain;
    const QString m_database = QStringLiteral("vafa_tls");

    ConnectionProfile profile(const QString &host, int port, const QString &database,
                              ConnectionProfile::Tls tls = ConnectionProfile::Tls::Verify) const
    {
        ConnectionProfile p;
        p.name = QStringLiteral("TLS");
        p.host = host;
        p.port = port;
        p.database = database;
        p.user = QStringLiteral("postgres");
        p.tls = tls;
        p.caFile = m_caFile;
        return p;
    }

    // Points the TLS cluster at another certificate and waits until new connections get it.
    void useCertificate(const QString &name)
    {
        QString error;
        const QString crt = m_sslDir + QLatin1Char('/') + name + QStringLiteral(".crt");
        const QString key = m_sslDir + QLatin1Char('/') + name + QStringLiteral(".key");
        QVERIFY2(adminQuery(m_tlsPort, QStringLiteral("postgres"),
                            QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'").arg(crt), &error).isValid(),
                 qPrintable(error));
        QVERIFY2(adminQuery(m_tlsPort, QStringLiteral("postgres"),
                            QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'").arg(key), &error).isValid(),
                 qPrintable(error));
        QVERIFY2(adminQuery(m_tlsPort, QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"), &error).isValid(),
                 qPrintable(error));
        QElapsedTimer waited;
        waited.start();
        while (adminQuery(m_tlsPort, QStringLiteral("postgres"), QStringLiteral("SHOW ssl_cert_file"), &error).toString() != crt
               && waited.elapsed() < 10000)
            QThread::msleep(50);
        QCOMPARE(adminQuery(m_tlsPort, QStringLiteral("postgres"), QStringLiteral("SHOW ssl_cert_file"), &error).toString(), crt);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(TestSupport::readPgParams(&m_plain, &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        const QString ca = m_dir.filePath(QStringLiteral("ca"));
        const QString server = m_dir.filePath(QStringLiteral("server"));
        QVERIFY(QDir().mkpath(ca) && QDir().mkpath(server));
        QVERIFY2(run(QStringLiteral("openssl"),
                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Vafa test CA"),
                      QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                     ca, &error),
                 qPrintable(error));
        m_caFile = ca + QStringLiteral("/ca.crt");
        // the good one names 127.0.0.1; the other was made for another server
        QVERIFY2(makeCertificate(ca, server, QStringLiteral("server"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("IP:127.0.0.1"), &error),
                 qPrintable(error));
        QVERIFY2(makeCertificate(ca, server, QStringLiteral("other"), QStringLiteral("db.other-company.example"),
                                 QStringLiteral("DNS:db.other-company.example"), &error),
                 qPrintable(error));
        m_cluster = m_dir.filePath(QStringLiteral("cluster"));
        QVERIFY2(run(QStringLiteral("sh"), {QStringLiteral(VAFA_PG_THROWAWAY), QStringLiteral("start"), m_cluster, server},
                     m_dir.path(), &error),
                 qPrintable(error));
        const QHash<QString, QString> env = readEnv(m_cluster + QStringLiteral("/env"));
        m_tlsPort = env.value(QStringLiteral("PGPORT")).toInt();
        m_sslDir = env.value(QStringLiteral("PGSSLDIR"));
        QVERIFY(m_tlsPort > 0 && !m_sslDir.isEmpty());
        QVERIFY2(adminQuery(m_tlsPort, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(m_database),
                            &error).isValid(),
                 qPrintable(error));
        // a Vafa company on it, prepared over TLS
        Store company;
        Store::PostgresParams p;
        p.host = QStringLiteral("127.0.0.1");
        p.port = m_tlsPort;
        p.user = QStringLiteral("postgres");
        p.password = QStringLiteral("vafa-test-secret");
        p.database = m_database;
        p.options = QStringLiteral("sslmode=require");
        QVERIFY2(company.openPostgres(p), qPrintable(company.errorDetail()));
    }

    void cleanupTestCase()
    {
        QString error;
        if (!m_cluster.isEmpty())
            run(QStringLiteral("sh"), {QStringLiteral(VAFA_PG_THROWAWAY), QStringLiteral("stop"), m_cluster}, m_dir.path(), &error);
    }

    void acceptsTheServerItsCertificateNames()
    {
        Store store;
        const ConnectionCheck check =
            ConnectionCheck::open(store, profile(QStringLiteral("127.0.0.1"), m_tlsPort, m_database), QStringLiteral("vafa-test-secret"));
        QVERIFY2(check.ok(), qPrintable(check.message + QLatin1Char(' ') + check.detail));
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
        QVERIFY2(q.value(0).toBool(), "the connection is not encrypted");
    }

    void refusesThePlainServer()
    {
        const ConnectionCheck check =
            ConnectionCheck::test(profile(m_plain.host, m_plain.port, m_plain.database), m_plain.password);
        QCOMPARE(int(check.outcome), int(ConnectionCheck::Outcome::TlsRefused));
        QVERIFY2(check.detail.contains(QLatin1String("SSL")), qPrintable(check.detail));
        // the same server with TLS off answers: it is the TLS that was refused, nothing else
        const ConnectionCheck plain =
            ConnectionCheck::test(profile(m_plain.host, m_plain.port, m_plain.database, ConnectionProfile::Tls::Off),
                                  m_plain.password);
        QCOMPARE(int(plain.outcome), int(ConnectionCheck::Outcome::NotVafa)); // the fixture's postgres database
    }

    void refusesAHostTheCertificateDoesNotName()
    {
        // the same server and certificate, reached by another name than the one it was made for
        const ConnectionCheck check =
            ConnectionCheck::test(profile(QStringLiteral("localhost"), m_tlsPort, m_database), QStringLiteral("vafa-test-secret"));
        QCOMPARE(int(check.outcome), int(ConnectionCheck::Outcome::CertificateMismatch));
    }

    void refusesACertificateMadeForAnotherServer()
    {
        useCertificate(QStringLiteral("other"));
        const ConnectionCheck check =
            ConnectionCheck::test(profile(QStringLiteral("127.0.0.1"), m_tlsPort, m_database), QStringLiteral("vafa-test-secret"));
        QCOMPARE(int(check.outcome), int(ConnectionCheck::Outcome::CertificateMismatch));
        QVERIFY2(check.detail.contains(QLatin1String("db.other-company.example")), qPrintable(check.detail));
        // encrypted without checking the certificate, the same server is reached
        const ConnectionCheck unchecked = ConnectionCheck::test(
            profile(QStringLiteral("127.0.0.1"), m_tlsPort, m_database, ConnectionProfile::Tls::Require),
            QStringLiteral("vafa-test-secret"));
        QVERIFY2(unchecked.ok(), qPrintable(unchecked.message + QLatin1Char(' ') + unchecked.detail));
        useCertificate(QStringLiteral("server"));
        QVERIFY(ConnectionCheck::test(profile(QStringLiteral("127.0.0.1"), m_tlsPort, m_database),
                                      QStringLiteral("vafa-test-secret")).ok());
    }

    void refusesACertificateOfAnotherAuthority()
    {
        // a CA file that did not sign the server's certificate (the server's own certificate
        // stands in for a stranger's CA)
        ConnectionProfile p = profile(QStringLiteral("127.0.0.1"), m_tlsPort, m_database);
        p.caFile = m_sslDir.isEmpty() ? QString() : m_dir.filePath(QStringLiteral("server/other.crt"));
        const ConnectionCheck check = ConnectionCheck::test(p, QStringLiteral("vafa-test-secret"));
        QCOMPARE(int(check.outcome), int(ConnectionCheck::Outcome::CertificateUntrusted));
    }
};

QTEST_GUILESS_MAIN(TestPgTls)
#include "tst_pg_tls.moc"
