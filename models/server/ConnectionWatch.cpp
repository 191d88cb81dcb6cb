#include "models/server/ConnectionWatch.h"

#include "models/core/Store.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcWatch, "vafa.server.watch")

ConnectionWatch::ConnectionWatch(Store &store, const QString &host, int port, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_host(host)
    , m_port(port)
{
    m_probeTimer.setInterval(15000);
    m_retryTimer.setInterval(3000);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectionWatch::check);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionWatch::retry);
    m_probeTimer.start();
}

ConnectionWatch::~ConnectionWatch()
{
    delete m_knock;
}

void ConnectionWatch::setIntervals(int probeMs, int retryMs)
{
    m_probeTimer.setInterval(probeMs);
    m_retryTimer.setInterval(retryMs);
}

bool ConnectionWatch::probe()
{
    QSqlDatabase db = m_store.db();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

void ConnectionWatch::check()
{
    if (m_state == State::Lost) {
        retry();
        return;
    }
    // inside a transaction a failed statement would abort the person's work; its own failure
    // brings the check afterwards
    if (m_store.transactionDepth() > 0)
        return;
    if (probe())
        return;
    qCWarning(lcWatch) << "connection to the server lost:" << m_store.db().lastError().text();
    setState(State::Lost);
}

void ConnectionWatch::retry()
{
    if (m_knock)
        return; // still knocking
    if (m_host.startsWith(QLatin1Char('/'))) { // a local socket: nothing to wait for
        reopen();
        return;
    }
    m_knock = new QTcpSocket(this);
    const auto done = [this] {
        QTcpSocket *knock = m_knock.data();
        m_knock.clear();
        knock->abort();
        knock->deleteLater();
    };
    connect(m_knock, &QTcpSocket::connected, this, [this, done] {
        done();
        reopen();
    });
    connect(m_knock, &QTcpSocket::errorOccurred, this, done);
    m_knock->connectToHost(m_host, quint16(m_port));
}

void ConnectionWatch::reopen()
{
    QSqlDatabase db = m_store.db();
    db.close();
    if (db.open() && probe()) {
        qCInfo(lcWatch) << "connection to the server is back";
        setState(State::Connected);
    }
}

void ConnectionWatch::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state == State::Lost) {
        m_probeTimer.stop();
        m_retryTimer.start();
    } else {
        m_retryTimer.stop();
        m_probeTimer.start();
    }
    emit stateChanged(state);
}
