#include "server.h"

#include "logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace loket::collector {

namespace {

using Method = QHttpServerRequest::Method;

Server::Reply error(int status, const char *code, const QString &message)
{
    return {
        status, protocol::errorBody(QString::fromLatin1(code), message), "application/json", {}};
}

Server::Reply json(const QByteArray &body)
{
    return {200, body, "application/json", {}};
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

bool isJson(const QHttpServerRequest &request)
{
    return header(request, "Content-Type").split(';').first().trimmed().toLower() ==
           "application/json";
}

} // namespace

Server::Server(Collector &collector, const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_collector(collector)
    , m_limiter(options.ratePerSecond, options.burst)
{
}

void Server::acknowledgePromptly()
{
#ifdef Q_OS_LINUX
    // TCP_QUICKACK does not stick: the kernel falls back to delayed ACKs, so it is set again
    // after every read. Setting it also sends an ACK that is pending.
    const auto quickAck = [](QAbstractSocket *socket) {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    for (QTcpServer *listener : servers()) {
        connect(listener, &QTcpServer::newConnection, this, [this, quickAck] {
            // The connection's socket is ours (or its listener's) by now, whichever slot ran
            // first; hook each one once.
            for (QAbstractSocket *socket : findChildren<QAbstractSocket *>()) {
                if (socket->property("loket_quickack").toBool())
                    continue;
                socket->setProperty("loket_quickack", true);
                connect(socket, &QIODevice::readyRead, socket,
                        [socket, quickAck] { quickAck(socket); });
                quickAck(socket);
            }
        });
    }
#endif
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Replies go out as several small writes; without this, Nagle's algorithm and the peer's
    // delayed ACK hold each reply back by tens of milliseconds.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    send(request, socket, route(request));
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, error(404, "not_found", QStringLiteral("no such endpoint")));
}

Server::Reply Server::route(const QHttpServerRequest &request)
{
    const QStringList path = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (path.size() < 3 || path.at(0) != QStringLiteral("api") ||
        path.at(1) != QStringLiteral("v1"))
        return error(404, "not_found",
                     QStringLiteral("no such endpoint; the API is under /api/v1"));
    const QString resource = path.at(2);
    const Method method = request.method();
    if (resource == QStringLiteral("health") && path.size() == 3) {
        if (method != Method::Get)
            return error(405, "method_not_allowed", QStringLiteral("use GET"));
        return json(
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                      {QStringLiteral("api_version"), protocol::ApiVersion},
                                      {QStringLiteral("limits"), m_collector.limits().toJson()}})
                .toJson(QJsonDocument::Compact));
    }

    // Everything else costs work or guesses a secret, so it is rate-limited per client.
    const QString client = request.remoteAddress().toString() + u' ' + bearerToken(request);
    if (const auto wait = m_limiter.take(client)) {
        Reply r =
            error(429, "too_many_requests", QStringLiteral("slow down; retry in %1 s").arg(*wait));
        r.headers.append({"Retry-After", QByteArray::number(*wait)});
        return r;
    }
    if (request.body().size() > m_collector.limits().maxBodyBytes)
        return error(
            413, "too_large",
            QStringLiteral("the body exceeds %1 bytes").arg(m_collector.limits().maxBodyBytes));

    if (resource == QStringLiteral("enroll") && path.size() == 3) {
        if (method != Method::Post)
            return error(405, "method_not_allowed", QStringLiteral("use POST"));
        return enroll(request);
    }
    const auto device = m_collector.authenticate(bearerToken(request));
    if (resource == QStringLiteral("batches") && path.size() == 3) {
        if (method != Method::Post)
            return error(405, "method_not_allowed", QStringLiteral("use POST"));
        if (!device)
            return error(401, "unauthorized", QStringLiteral("a valid device token is required"));
        return batches(request, *device);
    }
    if (resource == QStringLiteral("config") && path.size() == 3) {
        if (method != Method::Get)
            return error(405, "method_not_allowed", QStringLiteral("use GET"));
        if (!device)
            return error(401, "unauthorized", QStringLiteral("a valid device token is required"));
        const auto unit = m_collector.unitWithProgress(device->unitId);
        if (!unit)
            return error(503, "storage_unavailable", QStringLiteral("the unit cannot be read"));
        return json(protocol::unitConfigBody(*unit));
    }
    if (resource == QStringLiteral("questionnaires") && (path.size() == 3 || path.size() == 5)) {
        if (method != Method::Get)
            return error(405, "method_not_allowed", QStringLiteral("use GET"));
        if (!device)
            return error(401, "unauthorized", QStringLiteral("a valid device token is required"));
        if (path.size() == 3)
            return questionnaireList();
        bool ok = false;
        const int version = path.at(4).toInt(&ok);
        if (!ok)
            return error(404, "unknown_questionnaire", QStringLiteral("no such version"));
        return questionnaire(request, path.at(3), version);
    }
    return error(404, "not_found", QStringLiteral("no such endpoint"));
}

Server::Reply Server::enroll(const QHttpServerRequest &request)
{
    if (!isJson(request))
        return error(415, "unsupported_media_type", QStringLiteral("send application/json"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonValue code = doc.object().value(QStringLiteral("code"));
    if (!doc.isObject() || !code.isString())
        return error(400, "malformed", QStringLiteral("the body must be {\"code\": \"...\"}"));
    const auto enrollment = m_collector.enroll(code.toString());
    if (!enrollment)
        return error(403, "invalid_code", QStringLiteral("the code is unknown or used up"));
    return json(enrollment->toBody());
}

Server::Reply Server::batches(const QHttpServerRequest &request, const Device &device)
{
    if (!isJson(request))
        return error(415, "unsupported_media_type", QStringLiteral("send application/json"));
    const auto batch = protocol::parseBatch(request.body(), m_collector.limits());
    if (!batch.value)
        return error(400, "malformed", batch.error);
    const auto result = m_collector.ingest(*batch.value, device);
    if (!result)
        return error(503, "storage_unavailable", QStringLiteral("nothing was stored; retry"));
    return json(result->toBody());
}

Server::Reply Server::questionnaireList()
{
    QJsonArray list;
    for (const auto &info : m_collector.storage().questionnaires())
        list.append(info.toJson());
    return json(QJsonDocument(QJsonObject{{QStringLiteral("questionnaires"), list}})
                    .toJson(QJsonDocument::Compact));
}

Server::Reply Server::questionnaire(const QHttpServerRequest &request, const QString &id,
                                    int version)
{
    const auto body = m_collector.storage().questionnaireBody(id, version);
    if (!body)
        return error(404, "unknown_questionnaire",
                     QStringLiteral("%1 version %2 is not published").arg(id).arg(version));
    const QByteArray etag = '"' + protocol::sha256Hex(*body).toLatin1() + '"';
    if (header(request, "If-None-Match") == etag)
        return {304, {}, {}, {{"ETag", etag}}};
    Reply r = json(*body);
    r.headers.append({"ETag", etag});
    return r;
}

void Server::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    if (reply.status >= 400)
        qCInfo(lcCollector).noquote()
            << request.url().path() << "→" << reply.status << protocol::errorCode(reply.body);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace loket::collector
