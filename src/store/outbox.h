#pragma once

#include "database.h"
#include "responsestore.h"

#include "protocol/wire.h"

#include <QDateTime>

namespace loket::store {

// One attempt of the sync engine, as the bounded sync log keeps it. Never answer content.
struct SyncLogEntry
{
    QDateTime at;
    QString operation; // "upload", "enroll", "questionnaires"
    int items = 0;
    int httpStatus = 0; // 0: no HTTP reply
    QString outcome;    // "ok", "retry", "quarantined", "needs_enrollment", …
    QString detail;
    qint64 durationMs = 0;
};

// A response the collector refused, with its reason, waiting for a supervisor.
struct Quarantined
{
    QString id;
    QString code;
    QString reason;
};

// What the device knows of its collector after enrollment.
struct Enrolled
{
    QString endpoint;
    QString deviceId;
    QString token;
    protocol::UnitConfig unit;
    protocol::Limits limits;
    // The collector's TLS public keys seen at enrollment (sync::publicKeyPins); later
    // connections must present one of them. Empty for plain HTTP on loopback.
    QStringList tlsPins;
};

// The sealed responses waiting to be sent, and the device's sync state. Each call is one
// transaction: a batch's results are applied whole or not at all.
class Outbox
{
public:
    explicit Outbox(std::shared_ptr<Database> db);

    // Up to `maxItems` queued envelopes, longest waiting first (the state index serves this
    // order without a sort), within `maxBytes` (but at least one),
    // marked "sending".
    Expected<QList<protocol::Envelope>> take(int maxItems, qint64 maxBytes);
    // Stored and duplicate become synced; conflict and rejected are quarantined with their
    // reason. Only rows still "sending" change.
    struct Applied
    {
        int synced = 0;
        int quarantined = 0;
    };
    Expected<Applied> apply(const protocol::BatchResult &result);
    // The newest quarantined responses a supervisor has not yet decided on, up to `limit`.
    Expected<QList<Quarantined>> quarantined(int limit);
    // The supervisor keeps a quarantined response as it is: sealed on the device and in
    // bundles, off the list, never resent.
    Status keep(const QString &id);
    // Quarantines one item the collector refused as a whole request.
    Status quarantine(const QString &id, const QString &code, const QString &reason);
    // Puts envelopes that were being sent back in the queue, after a transient failure.
    Status release(const QStringList &ids);
    // Queued or in flight.
    Expected<qint64> pending();
    // Every envelope not yet confirmed, for a USB bundle; states do not change.
    Expected<QList<protocol::Envelope>> unconfirmed();
    // Writes them as a bundle file (JSON Lines, written whole or not at all) for the collector's
    // `import`; returns how many. Sealed envelopes only: it reveals nothing a citizen answered.
    Expected<int> writeBundle(const QString &path);

    Status log(const SyncLogEntry &entry);
    Expected<QList<SyncLogEntry>> recentLog(int limit);
    static constexpr int LogCapacity = 1000;

    // Enrollment is stored in the device config, with the collector's key to seal to.
    Status saveEnrollment(const Enrolled &enrolled, const QByteArray &collectorKey);
    std::optional<Enrolled> enrollment();
    // The unit's configuration from a configuration sync: services, quotas and enumerators,
    // with the collector's progress per service and when it was fetched (config
    // "unit_progress_at").
    Status saveUnit(const protocol::UnitConfig &unit);
    // Set when the collector refused the token (401); cleared by a new enrollment.
    Status setNeedsEnrollment(bool needed);
    bool needsEnrollment();

    // Questionnaire versions the device holds; new ones arrive validated by the sync engine.
    Expected<QList<protocol::QuestionnaireInfo>> questionnaires();
    Status addQuestionnaire(const protocol::QuestionnaireInfo &info, const QByteArray &body);
    // The newest version held of questionnaire `id`, with its file; nullopt if none.
    Expected<std::optional<std::pair<int, QByteArray>>> newestQuestionnaire(const QString &id);

private:
    std::shared_ptr<Database> m_db;
    ResponseStore m_responses; // for the device config
};

} // namespace loket::store
