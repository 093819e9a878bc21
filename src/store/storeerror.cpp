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

} // namespace loket::store
