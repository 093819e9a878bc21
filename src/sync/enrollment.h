#pragma once

#include "httpcall.h"

#include "store/outbox.h"

namespace loket::sync {

// Redeems a one-time code at the collector and stores the device id, token, unit
// configuration, limits and the collector's key. `done` receives an empty string on success.
void enroll(QNetworkAccessManager &nam, store::Outbox &outbox, const QUrl &endpoint,
            const QString &code, const HttpTimeouts &timeouts,
            std::function<void(const QString &error)> done, QObject *context);

} // namespace loket::sync
