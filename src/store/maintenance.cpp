// Recovery at start, retention, and the status report.
#include "responsestore.h"

#include "logging.h"

#include <QJsonArray>
#include <QStorageInfo>

namespace loket::store {

Expected<ResponseStore::Recovery> ResponseStore::recover(Mode mode)
{
    Recovery recovery;
    {
        Transaction tx(*m_db);
        if (tx.begun())
            return *tx.begun();
        auto q = m_db->run(
            QStringLiteral("UPDATE responses SET state = 'queued' WHERE state = 'sending'"));
        if (!q.ok())
            return *q.error;
        recovery.requeued = q.value->numRowsAffected();
        if (auto error = tx.commit())
            return *error;
    }
    if (mode == Mode::Kiosk) {
        auto drafts = m_db->run(QStringLiteral("SELECT id FROM responses WHERE state = 'draft'"));
        if (!drafts.ok())
            return *drafts.error;
        QStringList ids;
        while (drafts.value->next())
            ids.append(drafts.value->value(0).toString());
        for (const QString &id : std::as_const(ids)) {
            if (auto error = abandon(id))
                return *error;
            ++recovery.abandoned;
        }
    }
    if (recovery.requeued || recovery.abandoned)
        qCInfo(lcStore) << "recovered:" << recovery.requeued << "requeued," << recovery.abandoned
                        << "abandoned";
    return recovery;
}

Expected<ResponseStore::Recovery> ResponseStore::startUp(Mode mode)
{
    const auto recovery = recover(mode);
    if (!recovery.ok())
        return recovery;
    const int days =
        config(QStringLiteral("purge_days"), QString::number(DefaultPurgeDays)).toInt();
    const auto purged = purgeSynced(days > 0 ? days : DefaultPurgeDays);
    if (!purged.ok())
        return *purged.error;
    return recovery;
}

Expected<int> ResponseStore::purgeSynced(int days, const QDateTime &now)
{
    const QString cutoff = now.addDays(-days).toString(Qt::ISODateWithMs);
    Transaction tx(*m_db);
    if (tx.begun())
        return *tx.begun();
    auto purged =
        m_db->run(QStringLiteral("DELETE FROM responses WHERE state = 'synced' AND updated_at < ?"),
                  {cutoff});
    if (!purged.ok())
        return *purged.error;
    const int count = purged.value->numRowsAffected();
    // Versions no response uses any more, except the newest of each questionnaire, which the
    // next respondent will use (it may have just been downloaded).
    if (auto error = m_db->exec(QStringLiteral(
            "DELETE FROM questionnaires WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE "
            "r.questionnaire_id = questionnaires.id AND r.questionnaire_version = "
            "questionnaires.version) AND version < (SELECT MAX(q.version) FROM "
            "questionnaires q WHERE q.id = questionnaires.id)")))
        return *error;
    if (auto error = tx.commit())
        return *error;
    return count;
}

QJsonObject ResponseStore::status(Verify verify)
{
    QJsonObject states;
    for (State s : AllStates)
        states.insert(stateName(s), 0);
    if (auto q = m_db->run(QStringLiteral("SELECT state, COUNT(*) FROM responses GROUP BY state"));
        q.ok()) {
        while (q.value->next())
            states.insert(q.value->value(0).toString(), q.value->value(1).toInt());
    }
    QJsonArray events;
    bool recovered = false;
    if (auto q = m_db->run(QStringLiteral("SELECT at, kind, detail FROM events ORDER BY id"));
        q.ok()) {
        while (q.value->next()) {
            recovered = recovered ||
                        q.value->value(1).toString() == QLatin1String("recovered_from_corruption");
            events.append(QJsonObject{{QStringLiteral("at"), q.value->value(0).toString()},
                                      {QStringLiteral("kind"), q.value->value(1).toString()},
                                      {QStringLiteral("detail"), q.value->value(2).toString()}});
        }
    }
    const bool integrity = verify == Verify::FullCheck ? m_db->integrityOk() : true;
    const QStorageInfo storage(m_db->dataDir());
    QString health = QStringLiteral("ok");
    if (!integrity)
        health = QStringLiteral("corrupt");
    else if (m_storageFull || canStart().value_or(StoreError{StoreError::Kind::Io, {}}).kind ==
                                  StoreError::Kind::StorageFull)
        health = QStringLiteral("full");
    return QJsonObject{
        {QStringLiteral("schema_version"), m_db->schemaVersion()},
        {QStringLiteral("states"), states},
        {QStringLiteral("storage"),
         QJsonObject{
             {QStringLiteral("health"), health},
             {QStringLiteral("integrity_ok"), integrity},
             {QStringLiteral("integrity_check"), verify == Verify::FullCheck
                                                     ? QStringLiteral("full")
                                                     : QStringLiteral("quick, at open")},
             {QStringLiteral("recovered_from_corruption"), recovered},
             {QStringLiteral("database_bytes"), m_db->sizeBytes()},
             {QStringLiteral("free_bytes"), storage.isValid() ? storage.bytesAvailable() : -1},
             {QStringLiteral("path"), m_db->path()},
             {QStringLiteral("events"), events}}},
        {QStringLiteral("server_key_set"), serverKey().has_value()},
    };
}

Expected<QList<QList<ElementTally>>>
ResponseStore::elementTallies(const Questionnaire &questionnaire)
{
    auto q = m_db->run(QStringLiteral("SELECT index_id, element_id, SUM(sum), SUM(answers) FROM "
                                      "element_tallies WHERE questionnaire_id = ? AND "
                                      "questionnaire_version = ? GROUP BY index_id, element_id"),
                       {questionnaire.id, questionnaire.version});
    if (!q.ok())
        return *q.error;
    QList<QList<ElementTally>> tallies;
    for (const ScoreIndex &index : questionnaire.indices)
        tallies.append(QList<ElementTally>(index.elements.size()));
    while (q.value->next()) {
        const QString indexId = q.value->value(0).toString();
        const QString elementId = q.value->value(1).toString();
        for (qsizetype i = 0; i < questionnaire.indices.size(); ++i) {
            if (questionnaire.indices.at(i).id != indexId)
                continue;
            const auto &elements = questionnaire.indices.at(i).elements;
            for (qsizetype e = 0; e < elements.size(); ++e) {
                if (elements.at(e).id == elementId)
                    tallies[i][e] = {q.value->value(2).toDouble(), q.value->value(3).toLongLong()};
            }
        }
    }
    return tallies;
}

} // namespace loket::store
