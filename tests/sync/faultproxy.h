#pragma once

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>
#include <functional>

namespace loket::test {

// A fault-injecting HTTP proxy between the sync engine and the real collector, on loopback.
// It understands just enough HTTP/1.1 (Content-Length framing) to act per request.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        Pass,
        ResetBeforeBody, // close once the headers arrived; the collector sees nothing
        ResetAfterBody,  // the collector handles the request; the client gets no reply
        TruncateReply,   // half of the collector's reply, then close
        Delay,           // hold the reply for delayMs (longer than the client's timeout)
        Status500,
        Status503,
        Status429,    // with Retry-After: 1
        KillUpstream, // forward the request, then run onKill (kills the collector) at once
    };
    struct Seen
    {
        QByteArray requestLine;
        QByteArray body;
        qint64 atMs;
        Fault fault;
    };

    explicit FaultProxy(quint16 upstreamPort);
    quint16 port() const { return m_port; }

    // Faults for the next requests, in order; after them, requests pass.
    void script(std::initializer_list<Fault> faults) { m_faults.insert(m_faults.end(), faults); }
    bool scriptDone() const { return m_faults.empty(); }
    // While refusing, the port is closed: connection refused.
    void setRefusing(bool refusing);

    int delayMs = 3000;
    std::function<void()> onKill;
    QList<Seen> seen;

private:
    void onConnection();
    void onClientData(QTcpSocket *client);
    void handle(QTcpSocket *client, const QByteArray &request, Fault fault);
    void forward(QTcpSocket *client, const QByteArray &request,
                 std::function<void(const QByteArray &reply)> onReply);

    QTcpServer m_server;
    quint16 m_port = 0;
    quint16 m_upstream;
    std::deque<Fault> m_faults;
    QElapsedTimer m_clock;
};

} // namespace loket::test
