#pragma once

#include "database.h"

#include <QDateTime>

#include <chrono>
#include <functional>

namespace loket::store {

// One entry of the audit log: who did what on the device, and when. Bounded.
struct AuditEntry
{
    QDateTime at;
    QString actor; // "supervisor", "enumerator:<id>", "device"
    QString action;
    QString detail;
};

class AuditLog
{
public:
    explicit AuditLog(std::shared_ptr<Database> db);
    Status record(const QString &actor, const QString &action, const QString &detail = {},
                  const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Newest first.
    Expected<QList<AuditEntry>> recent(int limit);
    static constexpr int Capacity = 5000;

private:
    std::shared_ptr<Database> m_db;
};

// The supervisor's PIN: kept only as an Argon2id hash (libsodium crypto_pwhash_str), with a
// lockout that grows after five wrong PINs and survives restarts, every attempt audited.
class SupervisorPin
{
public:
    using Clock = std::function<QDateTime()>;
    SupervisorPin(std::shared_ptr<Database> db, Clock clock = &QDateTime::currentDateTimeUtc);

    static bool validPin(const QString &pin); // 4 to 12 digits
    bool isSet();
    // Replaces the PIN (after validPin). Clears failures and any lockout.
    Status set(const QString &pin);

    enum class Outcome { Unlocked, Wrong, LockedOut, NotSet, StorageError };
    struct Attempt
    {
        Outcome outcome;
        int attemptsLeft = 0;  // wrong PINs allowed before a lockout starts
        QDateTime lockedUntil; // set when locked out
    };
    Attempt unlock(const QString &pin);
    // When the current lockout ends; invalid when not locked out.
    QDateTime lockedUntil();

    static constexpr int FreeAttempts = 5;
    // The lockout after the n-th consecutive wrong PIN (n > FreeAttempts - 1): 30 s, doubling,
    // at most an hour.
    static std::chrono::seconds lockoutAfter(int failures);

private:
    int failures();
    Status saveFailures(int failures, const QDateTime &lockedUntil);

    std::shared_ptr<Database> m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace loket::store
