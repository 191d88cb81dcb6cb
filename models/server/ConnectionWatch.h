#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;
class Store;

// Keeps an eye on a workstation's connection to the company's server (online mode). Between
// transactions it asks the server a trivial question now and then; when that fails, or when
// something that failed asks it to check(), the connection counts as lost: the window says so
// and keeps everything a person typed, while the watch retries on a timer. A retry first
// knocks on host:port without blocking (a dead server would otherwise freeze the window for
// the connect timeout), and only then reopens the store's connection; the session token is the
// store's, so the person stays signed in.
class ConnectionWatch final : public QObject
{
    Q_OBJECT
public:
    enum class State { Connected, Lost };

    ConnectionWatch(Store &store, const QString &host, int port, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    State state() const { return m_state; }
    // How often a live connection is checked, and a lost one retried (tests shorten them).
    void setIntervals(int probeMs, int retryMs);

public slots:
    // Checks at once (a query just failed, or the person asked): Lost starts the retries.
    void check();
    // Tries once to reconnect now.
    void retry();

signals:
    void stateChanged(ConnectionWatch::State state);

private:
    bool probe();
    void setState(State state);
    void reopen();

    Store &m_store;
    QString m_host;
    int m_port;
    State m_state = State::Connected;
    QTimer m_probeTimer;
    QTimer m_retryTimer;
    QPointer<QTcpSocket> m_knock;
};
