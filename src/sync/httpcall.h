#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QStringList>
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
    // SHA-256 (base64) of the public key of every certificate the server presented; empty
    // over plain HTTP or a connection Qt reused.
    QStringList peerPins;
    bool pinMismatch = false; // aborted before sending: the server matched no pinned key
};

struct HttpTimeouts
{
    int transferMs = 30000;  // no bytes moving for this long ends the request
    int deadlineMs = 120000; // the whole request, however slowly bytes trickle
};

// Devices talk to their collector over HTTPS; plain HTTP only to this machine.
bool endpointAllowed(const QUrl &url, QString *why);

// Sends one request and calls `done` exactly once. With `pins` (from enrollment), a TLS
// server whose chain has none of those public keys is cut off after the handshake, before
// the request (and its token) is sent.
void httpCall(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
              const QByteArray &body, const HttpTimeouts &timeouts,
              std::function<void(const HttpResult &)> done, QObject *context,
              const QStringList &pins = {});

// The pins of a certificate chain: SHA-256 of each certificate's SubjectPublicKeyInfo, base64.
QStringList publicKeyPins(const QList<QSslCertificate> &chain);

std::optional<qint64> parseRetryAfter(const QByteArray &value);

} // namespace loket::sync
