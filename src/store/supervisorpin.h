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

// A PIN kept only as an Argon2id hash, with a lockout that grows after five wrong PINs and
// survives restarts, every attempt audited. `subject` names the holder in the config keys and
// the audit log: "supervisor", or "enumerator:<id>" for field staff, whose hash the collector
// may provision (`provisioned`, used until a PIN is set on the device).
class PinGuard
{
public:
    using Clock = std::function<QDateTime()>;
    PinGuard(std::shared_ptr<Database> db, QString subject,
             Clock clock = &QDateTime::currentDateTimeUtc, QString provisioned = {});

    static bool validPin(const QString &pin); // 4 to 12 digits
    bool isSet();
    // Replaces the PIN (after validPin). Clears failures and any lockout.
    Status set(const QString &pin);
    // Forgets the device's own PIN (a provisioned one applies again) and any lockout.
    Status clear();

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

protected:
    QString key(const char *suffix) const;
    QString hash();
    int failures();
    Status saveFailures(int failures, const QDateTime &lockedUntil);

    std::shared_ptr<Database> m_db;
    QString m_subject;
    Clock m_clock;
    QString m_provisioned;
    AuditLog m_audit;
};

// The supervisor's PIN, set on first run. A plain `kiosk_pin` left by an older Loket is hashed
// and removed.
class SupervisorPin : public PinGuard
{
public:
    SupervisorPin(std::shared_ptr<Database> db, Clock clock = &QDateTime::currentDateTimeUtc);
};

} // namespace loket::store
