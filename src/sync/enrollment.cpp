#include "enrollment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace loket::sync {

void enroll(QNetworkAccessManager &nam, store::Outbox &outbox, const QUrl &endpoint,
            const QString &code, const HttpTimeouts &timeouts,
            std::function<void(const QString &error)> done, QObject *context)
{
    QString why;
    if (!endpointAllowed(endpoint, &why)) {
        done(why);
        return;
    }
    QString base = endpoint.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    QNetworkRequest request(QUrl(base + protocol::apiPath(QStringLiteral("enroll"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson(QJsonDocument::Compact);
    httpCall(
        nam, request, "POST", body, timeouts,
        [&outbox, base, done = std::move(done)](const HttpResult &r) {
            store::SyncLogEntry entry{QDateTime::currentDateTimeUtc(),
                                      QStringLiteral("enroll"),
                                      0,
                                      r.status,
                                      QStringLiteral("failed"),
                                      {},
                                      r.durationMs};
            QString error;
            if (r.status == 403)
                error = QStringLiteral("the code is unknown or used up");
            else if (r.status != 200)
                error = r.status ? QStringLiteral("the collector answered HTTP %1").arg(r.status)
                                 : r.error;
            const auto parsed = error.isEmpty() ? protocol::parseEnrollment(r.body)
                                                : protocol::Parsed<protocol::Enrollment>{};
            if (error.isEmpty() && !parsed.value)
                error = QStringLiteral("malformed enrollment reply: ") + parsed.error;
            // Trust on first use, by the one-time code: the keys this collector showed are the
            // ones every later connection must show.
            const bool tls = QUrl(base).scheme() == QStringLiteral("https");
            if (error.isEmpty() && tls && r.peerPins.isEmpty())
                error = QStringLiteral("the collector's TLS certificate could not be read");
            if (error.isEmpty()) {
                const protocol::Enrollment &e = *parsed.value;
                if (auto stored = outbox.saveEnrollment(
                        {base, e.deviceId, e.token, e.unit, e.limits, r.peerPins}, e.collectorKey))
                    error = stored->message;
            }
            entry.outcome = error.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed");
            entry.detail = error;
            outbox.log(entry);
            done(error);
        },
        context);
}

} // namespace loket::sync
