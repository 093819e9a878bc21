#pragma once

#include <QSqlError>
#include <QString>

#include <optional>

namespace loket::store {

// What went wrong with the device database, in terms a caller can act on.
struct StoreError
{
    enum class Kind {
        StorageFull,       // the disk or the database limit is full; nothing was written
        Io,                // the storage failed to read or write
        Corrupt,           // the file is damaged
        Busy,              // another process holds the database
        NewerSchema,       // written by a newer Loket; left untouched
        IllegalTransition, // a response state change the lifecycle forbids
        NotFound,          // no such response or question
        Refused,           // not allowed now (no collector key, not a draft, …)
        Invalid,           // the request itself is wrong (a bad answer, a bad key)
    };
    Kind kind;
    QString message;

    static StoreError fromSql(const QSqlError &error, const QString &context);
};

// A value or the reason there is none.
template <typename T>
struct Expected
{
    std::optional<T> value;
    std::optional<StoreError> error;

    Expected(T v)
        : value(std::move(v))
    {
    }
    Expected(StoreError e)
        : error(std::move(e))
    {
    }
    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

using Status = std::optional<StoreError>; // empty on success

} // namespace loket::store
