#include "responsestore.h"

#include "logging.h"

#include "core/loader.h"
#include "protocol/sealing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStorageInfo>
#include <QUuid>

namespace loket::store {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Answers are stored as JSON; a one-element array carries scalars too.
QString encode(const Value &value)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact));
}

Value decode(const QString &text)
{
    return Value::fromJson(QJsonDocument::fromJson(text.toUtf8()).array().at(0));
}

// A null QString binds as SQL NULL; these columns hold '' for "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

StoreError notFound(const QString &responseId)
{
    return {StoreError::Kind::NotFound, QStringLiteral("no response %1").arg(responseId)};
}

} // namespace

ResponseStore::ResponseStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

Status ResponseStore::noteFailure(const Status &status)
{
    if (status && status->kind == StoreError::Kind::StorageFull) {
        m_storageFull = true;
        qCWarning(lcStore) << "storage full";
    }
    return status;
}

Status ResponseStore::setConfig(const QString &key, const QString &value)
{
    return noteFailure(m_db->setConfig(key, value));
}

QString ResponseStore::config(const QString &key, const QString &fallback)
{
    return m_db->config(key, fallback);
}

Status ResponseStore::setServerKey(const QByteArray &publicKey)
{
    if (publicKey.size() != protocol::KeyBytes)
        return StoreError{
            StoreError::Kind::Invalid,
            QStringLiteral("a collector public key is %1 bytes").arg(protocol::KeyBytes)};
    return setConfig(QStringLiteral("server_public_key"),
                     QString::fromLatin1(protocol::keyToBase64(publicKey)));
}

std::optional<QByteArray> ResponseStore::serverKey()
{
    return protocol::keyFromBase64(config(QStringLiteral("server_public_key")).toLatin1());
}

Status ResponseStore::canStart()
{
    if (!serverKey())
        return StoreError{StoreError::Kind::Refused,
                          QStringLiteral("no collector key is configured, so answers could not be "
                                         "sealed; set one with loket-cli set-server-key")};
    const qint64 minFree =
        config(QStringLiteral("min_free_bytes"), QString::number(DefaultMinFreeBytes)).toLongLong();
    const QStorageInfo storage(m_db->dataDir());
    if (storage.isValid() && storage.bytesAvailable() < minFree)
        return noteFailure(StoreError{StoreError::Kind::StorageFull,
                                      QStringLiteral("storage full: %1 bytes free, %2 needed to "
                                                     "start a respondent")
                                          .arg(storage.bytesAvailable())
                                          .arg(minFree)});
    if (m_storageFull) {
        // Once full, a small row fitting again proves little: make room for a whole
        // respondent's answers in a transaction that is then rolled back.
        Transaction probe(*m_db);
        Status error = probe.begun();
        if (!error)
            error = m_db->exec(QStringLiteral("INSERT INTO config (key, value) VALUES "
                                              "('space_probe', zeroblob(?))"),
                               {RespondentReserveBytes});
        if (error)
            return noteFailure(error);
        m_storageFull = false;
    }
    return std::nullopt;
}

Expected<QString> ResponseStore::start(const Questionnaire &questionnaire, const QByteArray &body,
                                       const StartInfo &info)
{
    if (auto refused = canStart())
        return *refused;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    Transaction tx(*m_db);
    if (tx.begun())
        return *noteFailure(tx.begun());
    Status error = m_db->exec(
        QStringLiteral("INSERT INTO questionnaires (id, version, sha256, body, added_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {questionnaire.id, questionnaire.version, protocol::sha256Hex(body), body, at});
    if (!error)
        error = m_db->exec(
            QStringLiteral(
                "INSERT INTO responses (id, questionnaire_id, questionnaire_version, state, "
                "channel, unit, service, enumerator, language, started_at, updated_at) "
                "VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)"),
            {id, questionnaire.id, questionnaire.version,
             info.channel == Mode::Kiosk ? QStringLiteral("kiosk") : QStringLiteral("field"),
             text(info.unit), text(info.service),
             text(info.channel == Mode::Field ? info.enumerator : QString()), info.language, at,
             at});
    if (!error)
        error = tx.commit();
    if (error)
        return *noteFailure(error);
    m_storageFull = false;
    return id;
}

Expected<State> ResponseStore::state(const QString &responseId)
{
    auto q = m_db->run(QStringLiteral("SELECT state FROM responses WHERE id = ?"), {responseId});
    if (!q.ok())
        return *q.error;
    if (!q.value->next())
        return notFound(responseId);
    return *stateFromName(q.value->value(0).toString());
}

Status ResponseStore::saveAnswer(const QString &responseId, const QString &questionId,
                                 const Value &value, const Timing &timing)
{
    if (value.isEmpty())
        return removeAnswer(responseId, questionId);
    Transaction tx(*m_db);
    if (tx.begun())
        return noteFailure(tx.begun());
    // Only a draft takes answers; the check rides on the first write. `changes` counts how often
    // an answer was given again after the first time.
    const auto paradata = m_db->change(
        QStringLiteral(
            "INSERT INTO paradata (response_id, question_id, first_shown_ms, answered_ms, "
            "changes) SELECT ?, ?, ?, ?, 0 WHERE EXISTS (SELECT 1 FROM responses WHERE "
            "id = ? AND state = 'draft') ON CONFLICT DO UPDATE SET "
            "first_shown_ms = COALESCE(first_shown_ms, excluded.first_shown_ms), "
            "answered_ms = excluded.answered_ms, changes = changes + "
            "(EXISTS (SELECT 1 FROM answers WHERE response_id = ? AND question_id = ?))"),
        {responseId, questionId, timing.shownMs >= 0 ? QVariant(timing.shownMs) : QVariant(),
         timing.answeredMs >= 0 ? QVariant(timing.answeredMs) : QVariant(), responseId, responseId,
         questionId});
    if (!paradata.ok())
        return noteFailure(paradata.error);
    if (*paradata == 0) {
        const auto current = state(responseId);
        if (!current.ok())
            return current.error;
        return StoreError{StoreError::Kind::Refused,
                          QStringLiteral("response %1 is %2; only a draft takes answers")
                              .arg(responseId, stateName(*current))};
    }
    Status error;
    if (!error)
        error = m_db->exec(
            QStringLiteral("INSERT INTO answers (response_id, question_id, value) "
                           "VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value"),
            {responseId, questionId, encode(value)});
    if (!error)
        error = m_db->exec(QStringLiteral("UPDATE responses SET updated_at = ? WHERE id = ?"),
                           {now(), responseId});
    if (!error)
        error = tx.commit();
    if (!error)
        m_storageFull = false;
    return noteFailure(error);
}

Status ResponseStore::inDraft(const QString &responseId, const QString &refusal,
                              const std::function<Status()> &write)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return noteFailure(tx.begun());
    const auto current = state(responseId);
    if (!current.ok())
        return current.error;
    if (*current != State::Draft)
        return StoreError{StoreError::Kind::Refused, refusal};
    Status error = write();
    if (!error)
        error = tx.commit();
    return noteFailure(error);
}

Status ResponseStore::removeAnswer(const QString &responseId, const QString &questionId)
{
    return inDraft(responseId, QStringLiteral("only a draft's answers change"), [&] {
        return m_db->exec(
            QStringLiteral("DELETE FROM answers WHERE response_id = ? AND question_id = ?"),
            {responseId, questionId});
    });
}

Expected<QHash<QString, Value>> ResponseStore::draftAnswers(const QString &responseId)
{
    auto q =
        m_db->run(QStringLiteral("SELECT question_id, value FROM answers WHERE response_id = ?"),
                  {responseId});
    if (!q.ok())
        return *q.error;
    QHash<QString, Value> answers;
    while (q.value->next())
        answers.insert(q.value->value(0).toString(), decode(q.value->value(1).toString()));
    return answers;
}

Status ResponseStore::transition(const QString &responseId, State to, const QString &code,
                                 const QString &reason)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return noteFailure(tx.begun());
    const auto from = state(responseId);
    if (!from.ok())
        return from.error;
    if (auto illegal = checkTransition(*from, to))
        return illegal;
    if ((*from == State::Draft) || to == State::Completed)
        return StoreError{
            StoreError::Kind::Refused,
            QStringLiteral("a draft ends through complete(), abandon() or discard()")};
    Status error = m_db->exec(QStringLiteral("UPDATE responses SET state = ?, updated_at = ?, "
                                             "reject_code = ?, reject_reason = ? WHERE id = ?"),
                              {stateName(to), now(), to == State::Rejected ? code : QString(),
                               to == State::Rejected ? reason : QString(), responseId});
    if (!error)
        error = tx.commit();
    return noteFailure(error);
}

Status ResponseStore::discard(const QString &responseId)
{
    return inDraft(responseId, QStringLiteral("only a draft can be discarded"), [&] {
        return m_db->exec(QStringLiteral("DELETE FROM responses WHERE id = ?"), {responseId});
    });
}

Expected<std::shared_ptr<const Questionnaire>> ResponseStore::questionnaire(const QString &id,
                                                                            int version)
{
    const QString cacheKey = id + u'@' + QString::number(version);
    if (auto cached = m_questionnaires.value(cacheKey))
        return cached;
    auto q =
        m_db->run(QStringLiteral("SELECT body FROM questionnaires WHERE id = ? AND version = ?"),
                  {id, version});
    if (!q.ok())
        return *q.error;
    if (!q.value->next())
        return StoreError{
            StoreError::Kind::NotFound,
            QStringLiteral("questionnaire %1 version %2 is not stored").arg(id).arg(version)};
    const LoadResult loaded =
        QuestionnaireLoader::loadBytes(q.value->value(0).toByteArray(), cacheKey);
    if (!loaded.ok())
        return StoreError{StoreError::Kind::Corrupt,
                          QStringLiteral("stored questionnaire %1 no longer loads").arg(cacheKey)};
    m_questionnaires.insert(cacheKey, loaded.questionnaire);
    return loaded.questionnaire;
}

} // namespace loket::store
