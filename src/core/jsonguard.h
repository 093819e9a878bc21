#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace loket {

// Parses untrusted JSON after cheap checks that keep a hostile file from exhausting memory or
// stack: a size limit, strict UTF-8, and a nesting limit. On failure, says why and where.
struct GuardedJson
{
    QJsonDocument document;
    QString error; // empty on success
};

GuardedJson parseGuardedJson(const QByteArray &bytes, qint64 maxSize, int maxDepth);

// Line and column (1-based) of a byte offset, for messages people can act on.
QString describeOffset(const QByteArray &bytes, qsizetype offset);

} // namespace loket
