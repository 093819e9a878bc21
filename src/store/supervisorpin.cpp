#include "supervisorpin.h"

#include "logging.h"

#include <QRegularExpression>

#include "protocol/sealing.h"

namespace loket::store {

namespace {

const QString kPlainPin = QStringLiteral("kiosk_pin"); // before PINs were hashed

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::AuditLog(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

Status AuditLog::record(const QString &actor, const QString &action, const QString &detail,
                        const QDateTime &at)
{
    Transaction tx(*m_db);
    Status error = tx.begun();
    if (!error)
        error = m_db->exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) "
                           "VALUES (?, ?, ?, ?)"),
            {timeText(at), actor, action, detail.isNull() ? QStringLiteral("") : detail});
    if (!error)
        error = m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id <= "
                                          "(SELECT MAX(id) FROM audit_log) - ?"),
                           {Capacity});
    if (!error)
        error = tx.commit();
    return error;
}

Expected<QList<AuditEntry>> AuditLog::recent(int limit)
{
    auto q = m_db->run(QStringLiteral("SELECT at, actor, action, detail FROM audit_log "
                                      "ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!q.ok())
        return *q.error;
    QList<AuditEntry> out;
    while (q.value->next())
        out.append({QDateTime::fromString(q.value->value(0).toString(), Qt::ISODateWithMs),
                    q.value->value(1).toString(), q.value->value(2).toString(),
                    q.value->value(3).toString()});
    return out;
}

PinGuard::PinGuard(std::shared_ptr<Database> db, QString subject, Clock clock, QString provisioned)
    : m_db(std::move(db))
    , m_subject(std::move(subject))
    , m_clock(std::move(clock))
    , m_provisioned(std::move(provisioned))
    , m_audit(m_db)
{
}

QString PinGuard::key(const char *suffix) const
{
    return m_subject + QLatin1String(suffix);
}

QString PinGuard::hash()
{
    const QString own = m_db->config(key("_pin_hash"));
    return own.isEmpty() ? m_provisioned : own;
}

bool PinGuard::validPin(const QString &pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,12}$"));
    return re.match(pin).hasMatch();
}

bool PinGuard::isSet()
{
    return !hash().isEmpty();
}

Status PinGuard::set(const QString &pin)
{
    if (!validPin(pin))
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("a PIN is 4 to 12 digits")};
    const QString hashed = protocol::hashPin(pin);
    if (hashed.isEmpty())
        return StoreError{StoreError::Kind::Io, QStringLiteral("not enough memory to hash a PIN")};
    Transaction tx(*m_db);
    Status error = tx.begun();
    if (!error)
        error = m_db->setConfig(key("_pin_hash"), hashed);
    if (!error)
        error = saveFailures(0, {});
    if (!error)
        error = m_db->exec(QStringLiteral("DELETE FROM config WHERE key = ?"), {kPlainPin});
    if (!error)
        error = tx.commit();
    if (!error)
        m_audit.record(m_subject, QStringLiteral("pin.set"), {}, m_clock());
    return error;
}

Status PinGuard::clear()
{
    Transaction tx(*m_db);
    Status error = tx.begun();
    if (!error)
        error = m_db->exec(QStringLiteral("DELETE FROM config WHERE key = ?"), {key("_pin_hash")});
    if (!error)
        error = saveFailures(0, {});
    if (!error)
        error = tx.commit();
    if (!error)
        m_audit.record(m_subject, QStringLiteral("pin.cleared"), {}, m_clock());
    return error;
}

int PinGuard::failures()
{
    return m_db->config(key("_failures")).toInt();
}

Status PinGuard::saveFailures(int failures, const QDateTime &lockedUntil)
{
    Status error = m_db->setConfig(key("_failures"), QString::number(failures));
    if (!error)
        error = m_db->setConfig(key("_locked_until"),
                                lockedUntil.isValid() ? timeText(lockedUntil) : QStringLiteral(""));
    return error;
}

QDateTime PinGuard::lockedUntil()
{
    const QDateTime until =
        QDateTime::fromString(m_db->config(key("_locked_until")), Qt::ISODateWithMs);
    return until.isValid() && until > m_clock() ? until : QDateTime();
}

std::chrono::seconds PinGuard::lockoutAfter(int failures)
{
    if (failures < FreeAttempts)
        return std::chrono::seconds(0);
    const int doublings = std::min(failures - FreeAttempts, 7); // 30 s × 2^7 > 1 h
    return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(3600));
}

PinGuard::Attempt PinGuard::unlock(const QString &pin)
{
    const QString stored = hash();
    if (stored.isEmpty())
        return {Outcome::NotSet, 0, {}};
    const QDateTime now = m_clock();
    if (const QDateTime until = lockedUntil(); until.isValid()) {
        m_audit.record(m_subject, QStringLiteral("unlock.refused"),
                       QStringLiteral("locked out until %1").arg(timeText(until)), now);
        return {Outcome::LockedOut, 0, until};
    }
    if (protocol::verifyPin(stored, pin)) {
        if (saveFailures(0, {}))
            return {Outcome::StorageError, 0, {}};
        m_audit.record(m_subject, QStringLiteral("unlock"), {}, now);
        return {Outcome::Unlocked, FreeAttempts, {}};
    }
    const int failed = failures() + 1;
    const auto lockout = lockoutAfter(failed);
    const QDateTime until = lockout.count() > 0 ? now.addSecs(lockout.count()) : QDateTime();
    // The failure is counted before anyone learns the PIN was wrong, so pulling the power
    // cannot buy extra guesses.
    if (saveFailures(failed, until))
        return {Outcome::StorageError, 0, {}};
    m_audit.record(m_subject, QStringLiteral("unlock.failed"),
                   QStringLiteral("failure %1").arg(failed), now);
    if (until.isValid()) {
        qCWarning(lcStore).noquote() << m_subject << "PIN locked out for" << lockout.count() << "s";
        m_audit.record(m_subject, QStringLiteral("lockout"),
                       QStringLiteral("%1 s").arg(lockout.count()), now);
        return {Outcome::LockedOut, 0, until};
    }
    return {Outcome::Wrong, FreeAttempts - failed, {}};
}

SupervisorPin::SupervisorPin(std::shared_ptr<Database> db, Clock clock)
    : PinGuard(std::move(db), QStringLiteral("supervisor"), std::move(clock))
{
    const QString plain = m_db->config(kPlainPin);
    if (!plain.isEmpty() && hash().isEmpty() && validPin(plain) && !set(plain))
        m_db->exec(QStringLiteral("DELETE FROM config WHERE key = ?"), {kPlainPin});
}

} // namespace loket::store
