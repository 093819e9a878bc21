#include "storeerror.h"

namespace loket::store {

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    // QSQLITE reports SQLite's result code; the low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    Kind kind = Kind::Io;
    switch (code) {
    case 13: // SQLITE_FULL
        kind = Kind::StorageFull;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        kind = Kind::Corrupt;
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        kind = Kind::Busy;
        break;
    case 19: // SQLITE_CONSTRAINT
        kind = Kind::Invalid;
        break;
    default:
        kind = Kind::Io;
    }
    const QString what = kind == Kind::StorageFull ? QStringLiteral("storage full") : error.text();
    return {kind, QStringLiteral("%1: %2").arg(context, what)};
}

QString kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::StorageFull:
        return QStringLiteral("storage_full");
    case StoreError::Kind::Io:
        return QStringLiteral("io_error");
    case StoreError::Kind::Corrupt:
        return QStringLiteral("corrupt");
    case StoreError::Kind::Busy:
        return QStringLiteral("busy");
    case StoreError::Kind::NewerSchema:
        return QStringLiteral("newer_schema");
    case StoreError::Kind::IllegalTransition:
        return QStringLiteral("illegal_transition");
    case StoreError::Kind::NotFound:
        return QStringLiteral("not_found");
    case StoreError::Kind::Refused:
        return QStringLiteral("refused");
    case StoreError::Kind::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

} // namespace loket::store
