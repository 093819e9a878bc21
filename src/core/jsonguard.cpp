#include "jsonguard.h"

#include <QJsonParseError>

namespace loket {

namespace {

// Offset of the first byte that is not well-formed UTF-8 (no overlongs, no surrogates), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

// Offset where nesting first exceeds maxDepth, or -1. Strings are skipped.
qsizetype firstTooDeep(const QByteArray &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

} // namespace

QString describeOffset(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

GuardedJson parseGuardedJson(const QByteArray &bytes, qint64 maxSize, int maxDepth)
{
    GuardedJson result;
    if (bytes.size() > maxSize) {
        result.error = QStringLiteral("file is %1 bytes; the limit is %2 bytes")
                           .arg(bytes.size())
                           .arg(maxSize);
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        result.error = QStringLiteral("file is empty");
        return result;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        result.error = QStringLiteral("invalid UTF-8 at %1 (byte %2)")
                           .arg(describeOffset(bytes, bad))
                           .arg(bad);
        return result;
    }
    if (const qsizetype deep = firstTooDeep(bytes, maxDepth); deep >= 0) {
        result.error = QStringLiteral("JSON is nested more than %1 levels deep at %2")
                           .arg(maxDepth)
                           .arg(describeOffset(bytes, deep));
        return result;
    }
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("invalid JSON at %1: %2")
                           .arg(describeOffset(bytes, parseError.offset), parseError.errorString());
        result.document = {};
    }
    return result;
}

} // namespace loket
