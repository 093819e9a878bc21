#include "outbox.h"

#include "logging.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace loket::store {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kSelectEnvelopes =
    QStringLiteral("SELECT r.id, r.questionnaire_id, r.questionnaire_version, e.sha256, e.sealed "
                   "FROM responses r JOIN envelopes e ON e.response_id = r.id ");

protocol::Envelope envelopeFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
            q.value(4).toByteArray()};
}

} // namespace

Outbox::Outbox(std::shared_ptr<Database> db)
    : m_db(db)
    , m_responses(std::move(db))
{
}

Expected<QList<protocol::Envelope>> Outbox::take(int maxItems, qint64 maxBytes)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return *tx.begun();
    auto q = m_db->run(kSelectEnvelopes + QStringLiteral("WHERE r.state = 'queued' "
                                                         "ORDER BY r.updated_at LIMIT ?"),
                       {maxItems});
    if (!q.ok())
        return *q.error;
    QList<protocol::Envelope> batch;
    qint64 bytes = 0;
    while (q.value->next()) {
        protocol::Envelope e = envelopeFrom(*q.value);
        // Base64 and JSON add about a third; keep the body under the limit.
        const qint64 size = e.sealed.size() * 4 / 3 + 256;
        if (!batch.isEmpty() && bytes + size > maxBytes)
            break;
        bytes += size;
        batch.append(std::move(e));
    }
    const QString now = nowText();
    for (const protocol::Envelope &e : batch) {
        if (auto error = m_db->exec(QStringLiteral("UPDATE responses SET state = 'sending', "
                                                   "updated_at = ? WHERE id = ?"),
                                    {now, e.id}))
            return *error;
    }
    if (auto error = tx.commit())
        return *error;
    return batch;
}

Expected<Outbox::Applied> Outbox::apply(const protocol::BatchResult &result)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return *tx.begun();
    Applied applied;
    const QString now = nowText();
    for (const protocol::ItemResult &r : result.results) {
        const bool ok =
            r.status == protocol::ItemStatus::Stored || r.status == protocol::ItemStatus::Duplicate;
        const auto changed = m_db->change(
            QStringLiteral("UPDATE responses SET state = ?, reject_code = ?, reject_reason = ?, "
                           "updated_at = ? WHERE id = ? AND state = 'sending'"),
            {ok ? QStringLiteral("synced") : QStringLiteral("rejected"),
             ok ? QVariant()
                : QVariant(r.code.isEmpty() ? protocol::itemStatusName(r.status) : r.code),
             ok ? QVariant() : QVariant(r.reason), now, r.id});
        if (!changed.ok())
            return *changed.error;
        if (*changed == 1)
            ++(ok ? applied.synced : applied.quarantined);
    }
    if (auto error = tx.commit())
        return *error;
    return applied;
}

Status Outbox::quarantine(const QString &id, const QString &code, const QString &reason)
{
    return m_db->exec(QStringLiteral("UPDATE responses SET state = 'rejected', reject_code = ?, "
                                     "reject_reason = ?, updated_at = ? "
                                     "WHERE id = ? AND state = 'sending'"),
                      {code, reason, nowText(), id});
}

Status Outbox::release(const QStringList &ids)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return tx.begun();
    const QString now = nowText();
    for (const QString &id : ids) {
        if (auto error = m_db->exec(QStringLiteral("UPDATE responses SET state = 'queued', "
                                                   "updated_at = ? "
                                                   "WHERE id = ? AND state = 'sending'"),
                                    {now, id}))
            return error;
    }
    return tx.commit();
}

Expected<qint64> Outbox::pending()
{
    auto q = m_db->run(
        QStringLiteral("SELECT COUNT(*) FROM responses WHERE state IN ('queued', 'sending')"));
    if (!q.ok())
        return *q.error;
    q.value->next();
    return q.value->value(0).toLongLong();
}

Expected<QList<protocol::Envelope>> Outbox::unconfirmed()
{
    auto q = m_db->run(kSelectEnvelopes + QStringLiteral("WHERE r.state IN ('queued', 'sending') "
                                                         "ORDER BY r.completed_at, r.id"));
    if (!q.ok())
        return *q.error;
    QList<protocol::Envelope> out;
    while (q.value->next())
        out.append(envelopeFrom(*q.value));
    return out;
}

Status Outbox::log(const SyncLogEntry &entry)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return tx.begun();
    Status error = m_db->exec(
        QStringLiteral("INSERT INTO sync_log (at, operation, items, http_status, outcome, "
                       "detail, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {entry.at.toString(Qt::ISODateWithMs), entry.operation, entry.items,
         entry.httpStatus ? QVariant(entry.httpStatus) : QVariant(), entry.outcome,
         entry.detail.left(500), entry.durationMs});
    if (!error)
        error = m_db->exec(QStringLiteral("DELETE FROM sync_log WHERE id <= "
                                          "(SELECT MAX(id) FROM sync_log) - ?"),
                           {LogCapacity});
    return error ? error : tx.commit();
}

Expected<QList<SyncLogEntry>> Outbox::recentLog(int limit)
{
    auto q = m_db->run(QStringLiteral("SELECT at, operation, items, http_status, outcome, detail, "
                                      "duration_ms FROM sync_log ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!q.ok())
        return *q.error;
    QList<SyncLogEntry> out;
    while (q.value->next()) {
        const QSqlQuery &r = *q.value;
        out.append({QDateTime::fromString(r.value(0).toString(), Qt::ISODateWithMs),
                    r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(),
                    r.value(4).toString(), r.value(5).toString(), r.value(6).toLongLong()});
    }
    return out;
}

Status Outbox::saveEnrollment(const Enrolled &enrolled, const QByteArray &collectorKey)
{
    Transaction tx(*m_db);
    if (tx.begun())
        return tx.begun();
    const std::pair<const char *, QString> values[] = {
        {"endpoint", enrolled.endpoint},
        {"device_id", enrolled.deviceId},
        {"device_token", enrolled.token},
        {"unit",
         QString::fromUtf8(QJsonDocument(enrolled.unit.toJson()).toJson(QJsonDocument::Compact))},
        {"limits",
         QString::fromUtf8(QJsonDocument(enrolled.limits.toJson()).toJson(QJsonDocument::Compact))},
        {"tls_pins", enrolled.tlsPins.join(u',')},
        {"needs_enrollment", QStringLiteral("0")}};
    for (const auto &[key, value] : values) {
        if (auto error = m_responses.setConfig(QString::fromLatin1(key), value))
            return error;
    }
    if (auto error = m_responses.setServerKey(collectorKey))
        return error;
    return tx.commit();
}

Status Outbox::saveUnit(const protocol::UnitConfig &unit)
{
    Transaction tx(*m_db);
    Status error = tx.begun();
    if (!error)
        error = m_db->setConfig(
            QStringLiteral("unit"),
            QString::fromUtf8(QJsonDocument(unit.toJson()).toJson(QJsonDocument::Compact)));
    if (!error)
        error = m_db->setConfig(QStringLiteral("unit_progress_at"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!error)
        error = tx.commit();
    return error;
}

std::optional<Enrolled> Outbox::enrollment()
{
    Enrolled e;
    e.endpoint = m_responses.config(QStringLiteral("endpoint"));
    e.deviceId = m_responses.config(QStringLiteral("device_id"));
    e.token = m_responses.config(QStringLiteral("device_token"));
    const auto unit = protocol::UnitConfig::fromJson(
        QJsonDocument::fromJson(m_responses.config(QStringLiteral("unit")).toUtf8()).object());
    const auto limits = protocol::Limits::fromJson(
        QJsonDocument::fromJson(m_responses.config(QStringLiteral("limits")).toUtf8()).object());
    if (e.endpoint.isEmpty() || e.deviceId.isEmpty() || e.token.isEmpty() || !unit || !limits)
        return std::nullopt;
    e.unit = *unit;
    e.limits = *limits;
    e.tlsPins = m_responses.config(QStringLiteral("tls_pins")).split(u',', Qt::SkipEmptyParts);
    return e;
}

Status Outbox::setNeedsEnrollment(bool needed)
{
    return m_responses.setConfig(QStringLiteral("needs_enrollment"),
                                 needed ? QStringLiteral("1") : QStringLiteral("0"));
}

bool Outbox::needsEnrollment()
{
    return m_responses.config(QStringLiteral("needs_enrollment")) == QStringLiteral("1");
}

Expected<QList<protocol::QuestionnaireInfo>> Outbox::questionnaires()
{
    auto q = m_db->run(QStringLiteral("SELECT id, version, sha256 FROM questionnaires"));
    if (!q.ok())
        return *q.error;
    QList<protocol::QuestionnaireInfo> out;
    while (q.value->next())
        out.append({q.value->value(0).toString(), q.value->value(1).toInt(),
                    q.value->value(2).toString()});
    return out;
}

Expected<QList<Quarantined>> Outbox::quarantined(int limit)
{
    auto q = m_db->run(QStringLiteral("SELECT id, reject_code, reject_reason FROM responses "
                                      "WHERE state = 'rejected' AND kept_at IS NULL "
                                      "ORDER BY updated_at DESC LIMIT ?"),
                       {limit});
    if (!q.ok())
        return *q.error;
    QList<Quarantined> out;
    while (q.value->next())
        out.append({q.value->value(0).toString(), q.value->value(1).toString(),
                    q.value->value(2).toString()});
    return out;
}

Status Outbox::keep(const QString &id)
{
    const auto changed = m_db->change(
        QStringLiteral("UPDATE responses SET kept_at = ? WHERE id = ? AND state = 'rejected' "
                       "AND kept_at IS NULL"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
    if (!changed.ok())
        return *changed.error;
    if (*changed != 1)
        return StoreError{StoreError::Kind::Invalid,
                          QStringLiteral("only a quarantined response can be kept")};
    return std::nullopt;
}

Expected<int> Outbox::writeBundle(const QString &path)
{
    const auto enrolled = enrollment();
    if (!enrolled)
        return StoreError{StoreError::Kind::Refused,
                          QStringLiteral("not enrolled: a bundle names the device it came from")};
    const auto envelopes = unconfirmed();
    if (!envelopes.ok())
        return *envelopes.error;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return StoreError{StoreError::Kind::Io, QStringLiteral("cannot write %1").arg(path)};
    out.write(protocol::BundleHeader{enrolled->deviceId, envelopes->size(),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}
                  .toLine());
    for (const protocol::Envelope &e : *envelopes)
        out.write(protocol::envelopeLine(e));
    if (!out.commit())
        return StoreError{StoreError::Kind::Io,
                          QStringLiteral("writing %1 failed; nothing was written").arg(path)};
    return int(envelopes->size());
}

Expected<std::optional<std::pair<int, QByteArray>>> Outbox::newestQuestionnaire(const QString &id)
{
    auto q = m_db->run(QStringLiteral("SELECT version, body FROM questionnaires WHERE id = ? "
                                      "ORDER BY version DESC LIMIT 1"),
                       {id});
    if (!q.ok())
        return *q.error;
    if (!q.value->next())
        return std::optional<std::pair<int, QByteArray>>();
    return std::optional(std::pair(q.value->value(0).toInt(), q.value->value(1).toByteArray()));
}

Status Outbox::addQuestionnaire(const protocol::QuestionnaireInfo &info, const QByteArray &body)
{
    return m_db->exec(QStringLiteral("INSERT INTO questionnaires (id, version, sha256, body, "
                                     "added_at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (id, version) DO NOTHING"),
                      {info.id, info.version, info.sha256, body, nowText()});
}

} // namespace loket::store
