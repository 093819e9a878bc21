#include "faultproxy.h"

#include <QPointer>
#include <QTimer>

namespace loket::test {

namespace {

// Bytes of a complete HTTP message at the start of `buffer`, or 0 if it is not complete yet.
qsizetype messageLength(const QByteArray &buffer, qsizetype *headerEnd)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    *headerEnd = end + 4;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return buffer.size() >= *headerEnd + length ? *headerEnd + length : 0;
}

QByteArray statusReply(int status, const QByteArray &extraHeader)
{
    const QByteArray body = "{\"error\":{\"code\":\"injected\",\"message\":\"fault proxy\"}}";
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Injected\r\nContent-Type: application/json\r\n" + extraHeader +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
    m_port = m_server.serverPort();
}

void FaultProxy::setRefusing(bool refusing)
{
    if (refusing)
        m_server.close();
    else
        m_server.listen(QHostAddress::LocalHost, m_port);
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setProperty("buffer", QByteArray());
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    for (;;) {
        qsizetype headerEnd = 0;
        const qsizetype length = messageLength(buffer, &headerEnd);
        if (headerEnd > 0 && !m_faults.empty() && m_faults.front() == Fault::ResetBeforeBody) {
            m_faults.pop_front();
            seen.append({buffer.left(buffer.indexOf("\r\n")),
                         {},
                         m_clock.elapsed(),
                         Fault::ResetBeforeBody});
            client->abort();
            return;
        }
        if (length == 0)
            break;
        const QByteArray request = buffer.left(length);
        buffer.remove(0, length);
        const Fault fault = m_faults.empty() ? Fault::Pass : m_faults.front();
        if (!m_faults.empty())
            m_faults.pop_front();
        seen.append({request.left(request.indexOf("\r\n")), request.mid(headerEnd),
                     m_clock.elapsed(), fault});
        handle(client, request, fault);
    }
    client->setProperty("buffer", buffer);
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request, Fault fault)
{
    switch (fault) {
    case Fault::Pass:
        forward(client, request, [client](const QByteArray &reply) { client->write(reply); });
        return;
    case Fault::ResetBeforeBody: // handled as soon as the headers arrive
    case Fault::ResetAfterBody:
        forward(client, request, [client](const QByteArray &) { client->abort(); });
        return;
    case Fault::TruncateReply:
        forward(client, request, [client](const QByteArray &reply) {
            client->write(reply.left(reply.size() / 2));
            client->flush();
            client->disconnectFromHost();
        });
        return;
    case Fault::Delay:
        forward(client, request, [this, client](const QByteArray &reply) {
            QTimer::singleShot(delayMs, client, [client, reply] { client->write(reply); });
        });
        return;
    case Fault::Status500:
        client->write(statusReply(500, {}));
        return;
    case Fault::Status503:
        client->write(statusReply(503, {}));
        return;
    case Fault::Status429:
        client->write(statusReply(429, "Retry-After: 1\r\n"));
        return;
    case Fault::KillUpstream:
        forward(client, request, [](const QByteArray &) {});
        // Let the request reach the collector, then kill it mid-transaction or mid-reply.
        QTimer::singleShot(2, this, [this, client = QPointer<QTcpSocket>(client)] {
            if (onKill)
                onKill();
            if (client)
                client->abort();
        });
        return;
    }
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request,
                         std::function<void(const QByteArray &)> onReply)
{
    auto *upstream = new QTcpSocket(client);
    upstream->setProperty("buffer", QByteArray());
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, onReply] {
        const QByteArray buffer = upstream->property("buffer").toByteArray() + upstream->readAll();
        upstream->setProperty("buffer", buffer);
        qsizetype headerEnd = 0;
        if (const qsizetype length = messageLength(buffer, &headerEnd)) {
            onReply(buffer.left(length));
            upstream->disconnect();
            upstream->abort();
            upstream->deleteLater();
        }
    });
    // The collector is down: the client sees its connection dropped.
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (upstream->property("buffer").toByteArray().isEmpty())
            client->abort();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
}

} // namespace loket::test
