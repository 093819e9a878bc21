#include "supervisorpin.h"

#include "logging.h"

#include <QRegularExpression>

#include <sodium.h>

namespace loket::store {

namespace {

const QString kHash = QStringLiteral("supervisor_pin_hash");
const QString kFailures = QStringLiteral("supervisor_failures");
const QString kLockedUntil = QStringLiteral("supervisor_locked_until");
const QString kPlainPin = QStringLiteral("kiosk_pin"); // before PINs were hashed

QString readConfig(Database &db, const QString &key)
{
    auto q = db.run(QStringLiteral("SELECT value FROM config WHERE key = ?"), {key});
    return q.ok() && q.value->next() ? q.value->value(0).toString() : QString();
}

Status writeConfig(Database &db, const QString &key, const QString &value)
{
    return db.exec(QStringLiteral("INSERT INTO config (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value});
}

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

SupervisorPin::SupervisorPin(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_audit(m_db)
{
    // A PIN kept in plain text by an older Loket is hashed and the plain one removed.
    const QString plain = readConfig(*m_db, kPlainPin);
    if (!plain.isEmpty() && readConfig(*m_db, kHash).isEmpty() && validPin(plain) && !set(plain))
        m_db->exec(QStringLiteral("DELETE FROM config WHERE key = ?"), {kPlainPin});
}

bool SupervisorPin::validPin(const QString &pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,12}$"));
    return re.match(pin).hasMatch();
}

bool SupervisorPin::isSet()
{
    return !readConfig(*m_db, kHash).isEmpty();
}

Status SupervisorPin::set(const QString &pin)
{
    if (!validPin(pin))
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("a PIN is 4 to 12 digits")};
    if (sodium_init() < 0)
        return StoreError{StoreError::Kind::Io, QStringLiteral("libsodium failed to start")};
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = pin.toUtf8();
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return StoreError{StoreError::Kind::Io, QStringLiteral("not enough memory to hash a PIN")};
    Transaction tx(*m_db);
    Status error = tx.begun();
    if (!error)
        error = writeConfig(*m_db, kHash, QString::fromLatin1(hash));
    if (!error)
        error = saveFailures(0, {});
    if (!error)
        error = m_db->exec(QStringLiteral("DELETE FROM config WHERE key = ?"), {kPlainPin});
    if (!error)
        error = tx.commit();
    if (!error)
        m_audit.record(QStringLiteral("supervisor"), QStringLiteral("pin.set"), {}, m_clock());
    return error;
}

int SupervisorPin::failures()
{
    return readConfig(*m_db, kFailures).toInt();
}

Status SupervisorPin::saveFailures(int failures, const QDateTime &lockedUntil)
{
    Status error = writeConfig(*m_db, kFailures, QString::number(failures));
    if (!error)
        error = writeConfig(*m_db, kLockedUntil,
                            lockedUntil.isValid() ? timeText(lockedUntil) : QStringLiteral(""));
    return error;
}

QDateTime SupervisorPin::lockedUntil()
{
    const QDateTime until =
        QDateTime::fromString(readConfig(*m_db, kLockedUntil), Qt::ISODateWithMs);
    return until.isValid() && until > m_clock() ? until : QDateTime();
}

std::chrono::seconds SupervisorPin::lockoutAfter(int failures)
{
    if (failures < FreeAttempts)
        return std::chrono::seconds(0);
    const int doublings = std::min(failures - FreeAttempts, 7); // 30 s × 2^7 > 1 h
    return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(3600));
}

SupervisorPin::Attempt SupervisorPin::unlock(const QString &pin)
{
    const QString hash = readConfig(*m_db, kHash);
    if (hash.isEmpty())
        return {Outcome::NotSet, 0, {}};
    const QDateTime now = m_clock();
    if (const QDateTime until = lockedUntil(); until.isValid()) {
        m_audit.record(QStringLiteral("supervisor"), QStringLiteral("unlock.refused"),
                       QStringLiteral("locked out until %1").arg(timeText(until)), now);
        return {Outcome::LockedOut, 0, until};
    }
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool right =
        sodium_init() >= 0 &&
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    if (right) {
        if (saveFailures(0, {}))
            return {Outcome::StorageError, 0, {}};
        m_audit.record(QStringLiteral("supervisor"), QStringLiteral("unlock"), {}, now);
        return {Outcome::Unlocked, FreeAttempts, {}};
    }
    const int failed = failures() + 1;
    const auto lockout = lockoutAfter(failed);
    const QDateTime until = lockout.count() > 0 ? now.addSecs(lockout.count()) : QDateTime();
    // The failure is counted before anyone learns the PIN was wrong, so pulling the power
    // cannot buy extra guesses.
    if (saveFailures(failed, until))
        return {Outcome::StorageError, 0, {}};
    m_audit.record(QStringLiteral("supervisor"), QStringLiteral("unlock.failed"),
                   QStringLiteral("failure %1").arg(failed), now);
    if (until.isValid()) {
        qCWarning(lcStore) << "supervisor PIN locked out for" << lockout.count() << "s";
        m_audit.record(QStringLiteral("supervisor"), QStringLiteral("lockout"),
                       QStringLiteral("%1 s").arg(lockout.count()), now);
        return {Outcome::LockedOut, 0, until};
    }
    return {Outcome::Wrong, FreeAttempts - failed, {}};
}

} // namespace loket::store
