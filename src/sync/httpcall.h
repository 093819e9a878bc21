#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <optional>

namespace loket::sync {

// The outcome of one HTTP exchange, whatever happened to it.
struct HttpResult
{
    int status = 0; // 0: no HTTP reply (refused, reset, timed out, aborted)
    QByteArray body;
    QString error; // empty when a complete reply arrived
    bool timedOut = false;
    std::optional<qint64> retryAfterMs;
    qint64 durationMs = 0;
};

struct HttpTimeouts
{
    int transferMs = 30000;  // no bytes moving for this long ends the request
    int deadlineMs = 120000; // the whole request, however slowly bytes trickle
};

// Devices talk to their collector over HTTPS; plain HTTP only to this machine.
bool endpointAllowed(const QUrl &url, QString *why);

// Sends one request and calls `done` exactly once. The reply body is read up to `maxReplyBytes`.
void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
              const QByteArray &body, const HttpTimeouts &timeouts,
              std::function<void(const HttpResult &)> done, QObject *context);

std::optional<qint64> parseRetryAfter(const QByteArray &value);

} // namespace loket::sync
