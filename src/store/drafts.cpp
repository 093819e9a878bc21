// ResponseStore: the field drafts an enumerator can resume, and progress since the last
// configuration sync.
#include "responsestore.h"

namespace loket::store {

namespace {

const QString kDraftColumns =
    QStringLiteral("SELECT r.id, r.questionnaire_id, r.questionnaire_version, r.unit, r.service, "
                   "r.enumerator, r.language, r.started_at, r.updated_at, "
                   "(SELECT COUNT(*) FROM answers a WHERE a.response_id = r.id) FROM responses r ");

DraftInfo draftFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toInt(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs),
            q.value(9).toInt()};
}

} // namespace

Expected<QList<DraftInfo>> ResponseStore::drafts(const QString &enumerator)
{
    auto q = m_db->run(kDraftColumns + QStringLiteral("WHERE r.state = 'draft' AND "
                                                      "r.channel = 'field' AND r.enumerator = ? "
                                                      "ORDER BY r.updated_at DESC"),
                       {enumerator});
    if (!q.ok())
        return *q.error;
    QList<DraftInfo> out;
    while (q.value->next())
        out.append(draftFrom(*q.value));
    return out;
}

Expected<DraftInfo> ResponseStore::draft(const QString &responseId)
{
    auto q = m_db->run(kDraftColumns + QStringLiteral("WHERE r.id = ? AND r.state = 'draft'"),
                       {responseId});
    if (!q.ok())
        return *q.error;
    if (!q.value->next())
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("no such draft")};
    return draftFrom(*q.value);
}

Expected<QHash<QString, int>> ResponseStore::completedSince(const QString &unit,
                                                            const QDateTime &since)
{
    auto q = m_db->run(
        QStringLiteral("SELECT service, COUNT(*) FROM responses WHERE unit = ? AND "
                       "completed_at > ? AND state IN ('completed','queued','sending','synced') "
                       "GROUP BY service"),
        {unit, since.toUTC().toString(Qt::ISODateWithMs)});
    if (!q.ok())
        return *q.error;
    QHash<QString, int> out;
    while (q.value->next())
        out.insert(q.value->value(0).toString(), q.value->value(1).toInt());
    return out;
}

} // namespace loket::store
