#pragma once

#include "collector.h"
#include "ratelimiter.h"

#include <QAbstractHttpServer>

namespace loket::collector {

// The collector's HTTP API (docs/sync-protocol.md). Every error is a JSON body with a code and
// a message; a batch's reply is written only after its transaction committed.
class Server : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        double ratePerSecond = 20;
        double burst = 40;
    };
    Server(Collector &collector, const Options &options, QObject *parent = nullptr);

    // Call after listen(). Acknowledges what arrives at once instead of after the kernel's
    // delayed-ACK wait: a client that sends its request in two writes (Qt does) otherwise
    // holds the last part back under Nagle's algorithm until that ACK comes, about 40 ms on
    // Linux, for every batch on a kept-alive connection.
    void acknowledgePromptly();

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply route(const QHttpServerRequest &request);
    Reply enroll(const QHttpServerRequest &request);
    Reply batches(const QHttpServerRequest &request, const Device &device);
    Reply questionnaire(const QHttpServerRequest &request, const QString &id, int version);
    Reply questionnaireList();
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    Collector &m_collector;
    RateLimiter m_limiter;
};

} // namespace loket::collector
