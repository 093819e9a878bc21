// Completing a response: the plaintext becomes a sealed envelope and aggregate counters in one
// transaction, so that a stolen tablet holds nothing a citizen answered.
#include "responsestore.h"

#include "logging.h"

#include "core/response.h"
#include "core/scoring.h"
#include "protocol/sealing.h"

#include <QJsonDocument>

namespace loket::store {

namespace {

struct Row
{
    State state;
    ResponseDocument doc;
};

Expected<Row> readRow(Database &db, const QString &responseId)
{
    auto q =
        db.run(QStringLiteral("SELECT state, questionnaire_id, questionnaire_version, channel, "
                              "unit, service, enumerator, language, started_at "
                              "FROM responses WHERE id = ?"),
               {responseId});
    if (!q.ok())
        return *q.error;
    if (!q.value->next())
        return StoreError{StoreError::Kind::NotFound,
                          QStringLiteral("no response %1").arg(responseId)};
    const QSqlQuery &r = *q.value;
    Row row{*stateFromName(r.value(0).toString()), {}};
    row.doc.responseId = responseId;
    row.doc.questionnaireId = r.value(1).toString();
    row.doc.questionnaireVersion = r.value(2).toInt();
    row.doc.channel = r.value(3).toString();
    row.doc.unit = r.value(4).toString();
    row.doc.service = r.value(5).toString();
    row.doc.enumerator = r.value(6).toString();
    row.doc.language = r.value(7).toString();
    row.doc.startedAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODateWithMs);
    return row;
}

// Per question: first shown and answered (ms from the start, monotonic) and changes.
Expected<QJsonObject> readParadata(Database &db, const ResponseDocument &doc)
{
    auto q = db.run(QStringLiteral("SELECT question_id, first_shown_ms, answered_ms, changes "
                                   "FROM paradata WHERE response_id = ?"),
                    {doc.responseId});
    if (!q.ok())
        return *q.error;
    QJsonObject questions;
    qint64 duration = 0;
    while (q.value->next()) {
        const QSqlQuery &r = *q.value;
        const auto ms = [&](int column) {
            return r.value(column).isNull() ? QJsonValue()
                                            : QJsonValue(r.value(column).toLongLong());
        };
        questions.insert(r.value(0).toString(),
                         QJsonObject{{QStringLiteral("first_shown_ms"), ms(1)},
                                     {QStringLiteral("answered_ms"), ms(2)},
                                     {QStringLiteral("changes"), r.value(3).toInt()}});
        duration = std::max(duration, r.value(2).toLongLong());
    }
    return QJsonObject{{QStringLiteral("questions"), questions},
                       {QStringLiteral("duration_ms"), duration},
                       {QStringLiteral("language"), doc.language},
                       {QStringLiteral("channel"), doc.channel},
                       {QStringLiteral("enumerator"),
                        doc.enumerator.isEmpty() ? QJsonValue() : QJsonValue(doc.enumerator)}};
}

Status addAggregates(Database &db, const Questionnaire &qn, const ResponseDocument &doc)
{
    Status error = db.exec(
        QStringLiteral(
            "INSERT INTO daily_counts (questionnaire_id, unit, service, day, responses) "
            "VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET responses = responses + 1"),
        {qn.id, doc.unit, doc.service, doc.completedAt.toString(QStringLiteral("yyyy-MM-dd"))});
    for (const ScoreIndex &index : qn.indices) {
        for (const IndexElement &element : index.elements) {
            const Question &q = qn.questions.at(element.question);
            const auto score = ScoreAccumulator::elementScore(q, element, doc.answers.value(q.id));
            if (error || !score)
                continue;
            error =
                db.exec(QStringLiteral(
                            "INSERT INTO element_tallies (questionnaire_id, questionnaire_version, "
                            "index_id, element_id, unit, service, sum, answers) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET "
                            "sum = sum + excluded.sum, answers = answers + 1"),
                        {qn.id, qn.version, index.id, element.id, doc.unit, doc.service, *score});
        }
    }
    return error;
}

} // namespace

Status ResponseStore::complete(const QString &responseId)
{
    return sealAndClose(responseId, State::Queued);
}

Status ResponseStore::abandon(const QString &responseId)
{
    return sealAndClose(responseId, State::Abandoned);
}

Status ResponseStore::sealAndClose(const QString &responseId, State finalState)
{
    const auto key = serverKey();
    if (!key)
        return StoreError{StoreError::Kind::Refused,
                          QStringLiteral("no collector key to seal with")};
    Transaction tx(*m_db);
    if (tx.begun())
        return noteFailure(tx.begun());
    auto row = readRow(*m_db, responseId);
    if (!row.ok())
        return row.error;
    const bool completing = finalState == State::Queued;
    if (auto illegal =
            checkTransition(row->state, completing ? State::Completed : State::Abandoned))
        return illegal;
    ResponseDocument doc = row->doc;
    doc.status = completing ? QStringLiteral("completed") : QStringLiteral("abandoned");
    doc.completedAt = QDateTime::currentDateTimeUtc();
    const auto answers = draftAnswers(responseId);
    if (!answers.ok())
        return answers.error;
    for (auto it = answers->begin(); it != answers->end(); ++it)
        doc.answers.insert(it.key(), it.value().toJson());
    const auto paradata = readParadata(*m_db, doc);
    if (!paradata.ok())
        return paradata.error;
    doc.paradata = *paradata;

    const QByteArray sealed =
        protocol::seal(QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact), *key);
    Status error = m_db->exec(QStringLiteral("INSERT INTO envelopes (response_id, sealed, sha256, "
                                             "created_at) VALUES (?, ?, ?, ?)"),
                              {responseId, sealed, protocol::sha256Hex(sealed),
                               doc.completedAt.toString(Qt::ISODateWithMs)});
    for (const char *table : {"answers", "paradata"}) {
        if (!error)
            error = m_db->exec(
                QStringLiteral("DELETE FROM %1 WHERE response_id = ?").arg(QLatin1String(table)),
                {responseId});
    }
    if (!error)
        error = m_db->exec(QStringLiteral("UPDATE responses SET state = ?, completed_at = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {stateName(finalState), doc.completedAt.toString(Qt::ISODateWithMs),
                            doc.completedAt.toString(Qt::ISODateWithMs), responseId});
    if (!error && completing) {
        // completed → queued happens in the same transaction: a sealed response is ready to go.
        error = checkTransition(State::Completed, State::Queued);
        const auto qn = questionnaire(doc.questionnaireId, doc.questionnaireVersion);
        if (!error)
            error = qn.ok() ? addAggregates(*m_db, **qn, doc) : qn.error;
    }
    if (!error)
        error = tx.commit();
    if (error)
        return noteFailure(error);
    // Page images of the plaintext may linger in the WAL until a checkpoint; clear them now.
    if (auto cp = m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcStore) << "checkpoint after sealing failed:" << cp->message;
    return std::nullopt;
}

} // namespace loket::store
