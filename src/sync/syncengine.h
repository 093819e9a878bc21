#pragma once

#include "backoff.h"
#include "httpcall.h"

#include "store/outbox.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace loket::sync {

// Drains the outbox to the collector: one worker, one request at a time, on the thread that
// owns the database. Delivery is at-least-once with byte-identical retries; the collector's
// permanent unique ids make the effect exactly-once. Questionnaire updates are fetched after
// a drain and stored for the next respondent.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,            // nothing to send, or waiting for a trigger
        Sending,         // a request is in flight
        Waiting,         // backing off until nextAttempt()
        NotEnrolled,     // no endpoint or token yet
        NeedsEnrollment, // the collector refused the token (401)
        StorageError,    // the device database failed; nothing is sent until it works
    };
    Q_ENUM(State)

    struct Options
    {
        int maxItems = 100;
        qint64 maxBytes = 2 * 1024 * 1024;
        HttpTimeouts timeouts;
        Backoff backoff;
        int debounceMs = 3000;           // after a completion, wait for more
        int periodicMs = 15 * 60 * 1000; // drain at least this often
        bool fetchUpdates = true; // the unit's configuration, then questionnaires, after a drain
    };

    SyncEngine(std::shared_ptr<store::Database> db, const Options &options,
               QObject *parent = nullptr);
    explicit SyncEngine(std::shared_ptr<store::Database> db, QObject *parent = nullptr)
        : SyncEngine(std::move(db), Options(), parent)
    {
    }

    // Periodic timer and network reachability hints.
    void start();
    // The supervisor's "sync now", or any trigger: starts at once unless a request is in flight.
    void syncNow();
    // A response was completed: sync soon, after a quiet moment.
    void responseCompleted();

    State state() const { return m_state; }
    // Acknowledged in the current drain, and the size of that drain.
    int sent() const { return m_sent; }
    int total() const { return m_total; }
    QString lastError() const { return m_lastError; }
    QDateTime nextAttempt() const { return m_nextAttempt; }
    int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    void progressChanged();
    // Nothing is left queued (rejected items are quarantined, not queued).
    void drained();
    // A request failed; the engine retries at nextAttempt() unless it needs enrollment.
    void attemptFailed(const QString &error);
    // A configuration sync stored the unit's services, quotas and enumerators.
    void configChanged();

private:
    void next();
    void upload(const store::Enrolled &enrolled);
    void onUploadReply(const QList<protocol::Envelope> &batch, const HttpResult &result);
    void fetchConfig(const store::Enrolled &enrolled);
    void fetchQuestionnaires(const store::Enrolled &enrolled);
    void fetchQuestionnaire(const store::Enrolled &enrolled,
                            QList<protocol::QuestionnaireInfo> wanted);
    void finishDrain();
    void fail(const QString &operation, int items, const HttpResult &result, const QString &detail);
    void setState(State state);
    void record(const QString &operation, int items, const HttpResult &result,
                const QString &outcome, const QString &detail);
    QNetworkRequest request(const store::Enrolled &enrolled, const QString &path) const;

    store::Outbox m_outbox;
    Options m_options;
    QNetworkAccessManager m_nam;
    QTimer m_retry;
    QTimer m_debounce;
    QTimer m_periodic;
    QRandomGenerator m_rng;
    State m_state = State::Idle;
    bool m_busy = false;
    int m_sent = 0;
    int m_total = 0;
    int m_failures = 0;
    int m_batchLimit = 0; // shrinks after 413 or a refused batch, to isolate the cause
    QString m_lastError;
    QDateTime m_nextAttempt;
};

} // namespace loket::sync
