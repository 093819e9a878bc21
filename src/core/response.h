#pragma once

#include "session.h"

#include <QDateTime>
#include <QJsonObject>

namespace loket {

// The plaintext response document (docs/responses.md). Later layers seal it for the wire and
// export it; it never leaves the device unsealed.
struct ResponseDocument
{
    static constexpr int Format = 1;

    QString responseId;
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString status = QStringLiteral("completed");
    QString language = QStringLiteral("id");
    QJsonObject answers;
    QDateTime startedAt;
    QDateTime completedAt;
    QString channel; // "kiosk" or "field"
    QString unit;
    QString service;
    QString enumerator;
    QJsonObject paradata;

    QJsonObject toJson() const;
    // Reads a document; on failure returns nothing and says why in `error`.
    static std::optional<ResponseDocument> fromJson(const QJsonObject &json, QString *error);
    static ResponseDocument fromSession(const Session &session);
};

} // namespace loket
