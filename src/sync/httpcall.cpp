#include "httpcall.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTimer>

#include <memory>

namespace loket::sync {

bool endpointAllowed(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *why = QStringLiteral("not a valid URL");
        return false;
    }
    if (url.scheme() == QStringLiteral("https"))
        return true;
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QStringLiteral("localhost") || host.isLoopback();
    if (url.scheme() == QStringLiteral("http") && loopback)
        return true;
    *why = QStringLiteral("use https:// (plain http is allowed only to this machine)");
    return false;
}

std::optional<qint64> parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
              const QByteArray &body, const HttpTimeouts &timeouts,
              std::function<void(const HttpResult &)> done, QObject *context)
{
    // An inactivity timer inside Qt, plus our own overall deadline.
    request.setTransferTimeout(timeouts.transferMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto deadlineHit = std::make_shared<bool>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, deadlineHit] {
        *deadlineHit = true;
        reply->abort();
    });
    deadline->start(timeouts.deadlineMs);
    QObject::connect(
        reply, &QNetworkReply::finished, context,
        [reply, clock, deadlineHit, done = std::move(done)] {
            HttpResult r;
            r.durationMs = clock->elapsed();
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen())
                r.body = reply->readAll();
            r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"));
            const auto error = reply->error();
            r.timedOut = *deadlineHit || error == QNetworkReply::OperationCanceledError ||
                         error == QNetworkReply::TimeoutError;
            if (error != QNetworkReply::NoError && (r.status == 0 || error < 100)) {
                // A transport failure: whatever arrived is not a complete reply.
                r.status = 0;
                r.error = r.timedOut ? QStringLiteral("timed out") : reply->errorString();
            }
            reply->deleteLater();
            done(r);
        });
}

} // namespace loket::sync
