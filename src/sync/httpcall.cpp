#include "httpcall.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslKey>
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

QStringList publicKeyPins(const QList<QSslCertificate> &chain)
{
    QStringList pins;
    for (const QSslCertificate &certificate : chain) {
        const QByteArray spki = certificate.publicKey().toDer();
        if (!spki.isEmpty())
            pins.append(QString::fromLatin1(
                QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64()));
    }
    return pins;
}

void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
              const QByteArray &body, const HttpTimeouts &timeouts,
              std::function<void(const HttpResult &)> done, QObject *context,
              const QStringList &pins)
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
    // Qt emits encrypted() after the handshake of a new connection and before any request
    // byte is written; aborting here keeps the token and the batch from a server that is not
    // the enrolled one. A reused connection was checked when it was made.
    auto pinMismatch = std::make_shared<bool>(false);
    if (!pins.isEmpty()) {
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pins, pinMismatch] {
            const QStringList presented =
                publicKeyPins(reply->sslConfiguration().peerCertificateChain());
            for (const QString &pin : presented) {
                if (pins.contains(pin))
                    return;
            }
            *pinMismatch = true;
            reply->abort();
        });
    }
    QObject::connect(
        reply, &QNetworkReply::finished, context,
        [reply, clock, deadlineHit, pinMismatch, done = std::move(done)] {
            HttpResult r;
            r.durationMs = clock->elapsed();
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen())
                r.body = reply->readAll();
            r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"));
            const auto error = reply->error();
            // The reply keeps its connection's chain, whether the connection is new or reused.
            r.peerPins = publicKeyPins(reply->sslConfiguration().peerCertificateChain());
            r.pinMismatch = *pinMismatch;
            r.timedOut =
                !r.pinMismatch && (*deadlineHit || error == QNetworkReply::OperationCanceledError ||
                                   error == QNetworkReply::TimeoutError);
            if (error != QNetworkReply::NoError && (r.status == 0 || error < 100)) {
                // A transport failure: whatever arrived is not a complete reply.
                r.status = 0;
                r.error = r.pinMismatch ? QStringLiteral("the collector's TLS key is not the one "
                                                         "pinned at enrollment")
                          : r.timedOut  ? QStringLiteral("timed out")
                                        : reply->errorString();
            }
            reply->deleteLater();
            done(r);
        });
}

} // namespace loket::sync
