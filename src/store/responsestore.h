#pragma once

#include "database.h"
#include "lifecycle.h"

#include "core/questionnaire.h"
#include "core/scoring.h"
#include "core/value.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace loket::store {

enum class Mode { Kiosk, Field };

// A draft as a list of interviews to resume shows it: nothing the respondent answered.
struct DraftInfo
{
    QString id;
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString unit;
    QString service;
    QString enumerator;
    QString language;
    QDateTime startedAt;
    QDateTime updatedAt;
    int answered = 0;
};

// Who and where a response is collected; recorded with it, never personal data.
struct StartInfo
{
    Mode channel = Mode::Kiosk;
    QString unit;
    QString service;
    QString enumerator; // field mode only
    QString language = QStringLiteral("id");
};

// When the respondent saw and answered a question, in ms on a monotonic clock from the start
// of the response (so wall-clock changes cannot distort them).
struct Timing
{
    qint64 shownMs = -1;
    qint64 answeredMs = -1;
};

// The device's responses. Every call that changes something has committed it when it returns,
// or returns why not and has changed nothing.
class ResponseStore
{
public:
    explicit ResponseStore(std::shared_ptr<Database> db);

    Database &database() { return *m_db; }

    // Device configuration: the collector's public key and settings.
    Status setServerKey(const QByteArray &publicKey);
    std::optional<QByteArray> serverKey();
    Status setConfig(const QString &key, const QString &value);
    QString config(const QString &key, const QString &fallback = QString());

    // Starts a draft for a new respondent, storing the questionnaire version it uses.
    Expected<QString> start(const Questionnaire &questionnaire, const QByteArray &body,
                            const StartInfo &info);
    Status saveAnswer(const QString &responseId, const QString &questionId, const Value &value,
                      const Timing &timing);
    // For an answer that relevance dropped.
    Status removeAnswer(const QString &responseId, const QString &questionId);
    Expected<QHash<QString, Value>> draftAnswers(const QString &responseId);
    // Field drafts of one enumerator, the most recently touched first.
    Expected<QList<DraftInfo>> drafts(const QString &enumerator);
    Expected<DraftInfo> draft(const QString &responseId);
    // Responses of `unit` completed on this device after `since`, per service (rejected ones
    // excluded): what the collector's last progress figures cannot know yet.
    Expected<QHash<QString, int>> completedSince(const QString &unit, const QDateTime &since);

    // Seals the response to the collector's key, deletes its plaintext, writes its envelope,
    // updates the aggregates and queues it: all in one transaction.
    Status complete(const QString &responseId);
    // Ends a draft whose respondent left: sealed as abandoned, plaintext deleted.
    Status abandon(const QString &responseId);
    // Ends a draft and deletes it entirely (the kiosk's "discard" policy).
    Status discard(const QString &responseId);
    Status transition(const QString &responseId, State to, const QString &code = QString(),
                      const QString &reason = QString());
    Expected<State> state(const QString &responseId);

    // A stored questionnaire version, as responses that started with it need it.
    Expected<std::shared_ptr<const Questionnaire>> questionnaire(const QString &id, int version);

    // Whether a new respondent may start now; if not, why.
    Status canStart();
    // Below this much free space new respondents are refused, so none loses their effort.
    static constexpr qint64 DefaultMinFreeBytes = 8 * 1024 * 1024;
    // Room one respondent's answers and sealed envelope need, with margin.
    static constexpr int RespondentReserveBytes = 256 * 1024;

    // At start: rows left "sending" go back to "queued"; drafts left by a crash become
    // abandoned in kiosk mode (the respondent is gone) and stay drafts in field mode.
    struct Recovery
    {
        int requeued = 0;
        int abandoned = 0;
    };
    Expected<Recovery> recover(Mode mode);
    // Deletes synced responses older than `days`, and questionnaire versions nothing uses.
    // Aggregates stay.
    Expected<int> purgeSynced(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // What the device does when it starts: recovery, then retention (config "purge_days",
    // default 30).
    Expected<Recovery> startUp(Mode mode);
    static constexpr int DefaultPurgeDays = 30;
    // Counts per state, storage health, schema version and size, as `loket-cli status` prints.
    // A full integrity check reads the whole file, so only an explicit request runs one;
    // otherwise the quick check that passed when the database opened stands.
    enum class Verify { OpenCheck, FullCheck };
    QJsonObject status(Verify verify = Verify::OpenCheck);

    // The aggregate counters of one questionnaire version, per index and element (parallel to
    // its indices), over every unit and service: enough for its indices, with no plaintext.
    Expected<QList<QList<ElementTally>>> elementTallies(const Questionnaire &questionnaire);

private:
    Status sealAndClose(const QString &responseId, State finalState);
    // Runs `write` in a transaction if the response is a draft; refuses with `refusal` if not.
    Status inDraft(const QString &responseId, const QString &refusal,
                   const std::function<Status()> &write);
    Status noteFailure(const Status &status);

    std::shared_ptr<Database> m_db;
    QHash<QString, std::shared_ptr<const Questionnaire>> m_questionnaires;
    bool m_storageFull = false;
};

} // namespace loket::store
