#include "supervisorcontroller.h"

#include "devicecontroller.h"
#include "logging.h"
#include "questionnairecontroller.h"

#include "store/outbox.h"
#include "store/supervisorpin.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStorageInfo>

namespace loket {

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm:ss"));
}

// The largest score an element can take, for drawing its mean as a bar.
double elementMax(const Questionnaire &q, const IndexElement &e)
{
    if (!e.scores.isEmpty()) {
        const QList<double> scores = e.scores.values();
        return *std::max_element(scores.cbegin(), scores.cend());
    }
    const Question &question = q.questions.at(e.question);
    return question.scaleStart + question.scalePoints - 1;
}

QVariantList indexView(const Questionnaire &q, const QList<IndexResult> &results,
                       const QString &language)
{
    QVariantList out;
    for (const IndexResult &r : results) {
        QVariantList elements;
        for (qsizetype e = 0; e < r.elements.size(); ++e) {
            const IndexElement &element = r.index->elements.at(e);
            // An element without a title of its own is named by its question.
            QString title = element.title.text(language);
            if (title.isEmpty())
                title = q.questions.at(element.question).text.text(language);
            elements.append(QVariantMap{{QStringLiteral("title"), title},
                                        {QStringLiteral("mean"), r.elements.at(e).mean()},
                                        {QStringLiteral("count"), r.elements.at(e).count},
                                        {QStringLiteral("max"), elementMax(q, element)}});
        }
        out.append(QVariantMap{
            {QStringLiteral("title"), r.index->title.text(language)},
            {QStringLiteral("value"), r.value ? QVariant(*r.value) : QVariant()},
            {QStringLiteral("grade"), r.grade ? r.grade->grade : QString()},
            {QStringLiteral("gradeLabel"), r.grade ? r.grade->label.text(language) : QString()},
            {QStringLiteral("elements"), elements}});
    }
    return out;
}

} // namespace

QVariantList quotaProgress(const QJsonObject &targets, const QHash<QString, int> &done)
{
    QVariantList out;
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        const int target = std::max(0, it.value().toInt());
        const int count = done.value(it.key());
        out.append(QVariantMap{
            {QStringLiteral("service"), it.key()},
            {QStringLiteral("target"), target},
            {QStringLiteral("done"), count},
            {QStringLiteral("remaining"), std::max(0, target - count)},
            {QStringLiteral("fraction"),
             target > 0 ? std::min(1.0, double(count) / target) : (count > 0 ? 1.0 : 0.0)}});
    }
    return out;
}

UnitProgress unitProgress(store::ResponseStore &store, store::Database &db,
                          const protocol::UnitConfig &unit)
{
    UnitProgress out;
    out.asOf =
        QDateTime::fromString(db.config(QStringLiteral("unit_progress_at")), Qt::ISODateWithMs);
    const auto since = store.completedSince(
        unit.id, out.asOf.isValid() ? out.asOf : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (since.ok())
        out.done = *since;
    if (out.asOf.isValid()) {
        for (auto it = unit.progress.begin(); it != unit.progress.end(); ++it)
            out.done[it.key()] += it.value().toInt();
    }
    return out;
}

SupervisorController::SupervisorController(DeviceController &device,
                                           QuestionnaireController &questionnaire, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_questionnaire(questionnaire)
    , m_exportFolder(QStringLiteral("/media"))
{
}

void SupervisorController::startSync(const sync::SyncEngine::Options &options)
{
    if (m_engine || !m_device.database())
        return;
    m_engine = std::make_unique<sync::SyncEngine>(m_device.database(), options);
    // Progress arrives often: only the status is read again, not the settings.
    connect(m_engine.get(), &sync::SyncEngine::progressChanged, this,
            &SupervisorController::refreshStatus);
    connect(m_engine.get(), &sync::SyncEngine::drained, this, &SupervisorController::refreshStatus);
    connect(m_engine.get(), &sync::SyncEngine::configChanged, this,
            &SupervisorController::unitChanged);
    m_engine->start();
}

QString SupervisorController::syncState() const
{
    if (!m_engine)
        return tr("Not started");
    using State = sync::SyncEngine::State;
    switch (m_engine->state()) {
    case State::Idle:
        return tr("Up to date");
    case State::Sending:
        return tr("Sending");
    case State::Waiting:
        return tr("Waiting to try again at %1").arg(when(m_engine->nextAttempt()));
    case State::NotEnrolled:
        return tr("Not enrolled with a collector");
    case State::NeedsEnrollment:
        return tr("The collector refused this device: enroll it again");
    case State::StorageError:
        return tr("Storage error: nothing is sent until it is fixed");
    }
    return {};
}

bool SupervisorController::syncing() const
{
    return m_engine && m_engine->state() == sync::SyncEngine::State::Sending;
}

QString SupervisorController::questionnaire() const
{
    return m_questionnaire.loaded()
               ? tr("%1, version %2").arg(m_questionnaire.title()).arg(m_questionnaire.version())
               : tr("none loaded");
}

void SupervisorController::refresh()
{
    refreshSettings();
    refreshStatus();
}

void SupervisorController::refreshStatus()
{
    const auto db = m_device.database();
    store::ResponseStore *responses = m_device.store();
    if (!db || !responses) {
        m_storage = m_device.statusText();
        Q_EMIT changed();
        return;
    }
    m_device.refresh();
    // The device controller has just read the store's status; no second read.
    const QStorageInfo disk(db->dataDir());
    m_storage = tr("Health: %1 · free space: %2 MB · database: %3 MB")
                    .arg(m_device.storageHealth())
                    .arg(disk.bytesAvailable() / (1024 * 1024))
                    .arg(double(db->sizeBytes()) / (1024 * 1024), 0, 'f', 1);
    if (m_device.recoveredFromCorruption())
        m_storage += QStringLiteral(" · ") + tr("a damaged database was set aside");

    store::Outbox outbox(db);
    m_log.clear();
    m_lastSync.clear();
    if (const auto log = outbox.recentLog(20); log.ok()) {
        for (const store::SyncLogEntry &e : *log) {
            m_log.append(QVariantMap{{QStringLiteral("at"), when(e.at)},
                                     {QStringLiteral("operation"), e.operation},
                                     {QStringLiteral("items"), e.items},
                                     {QStringLiteral("outcome"), e.outcome},
                                     {QStringLiteral("detail"), e.detail}});
            if (m_lastSync.isEmpty() && e.operation == QLatin1String("upload"))
                m_lastSync = tr("%1: %2").arg(when(e.at), e.outcome);
        }
    }
    m_quotas.clear();
    m_indices.clear();
    if (const auto qn = m_questionnaire.questionnaire()) {
        const auto enrolled = outbox.enrollment();
        if (enrolled)
            m_quotas = quotaProgress(enrolled->unit.quotas,
                                     unitProgress(*responses, *db, enrolled->unit).done);
        if (const auto tallies = responses->elementTallies(*qn); tallies.ok())
            m_indices = indexView(*qn, indexResults(*qn, *tallies), m_questionnaire.language());
    }
    m_quarantined.clear();
    if (const auto rejected = outbox.quarantined(50); rejected.ok()) {
        for (const store::Quarantined &r : *rejected)
            m_quarantined.append(QVariantMap{{QStringLiteral("id"), r.id},
                                             {QStringLiteral("code"), r.code},
                                             {QStringLiteral("reason"), r.reason}});
    }
    Q_EMIT changed();
}

void SupervisorController::responseCompleted()
{
    if (m_engine)
        m_engine->responseCompleted();
    refreshStatus();
}

void SupervisorController::syncNow()
{
    if (!m_engine)
        startSync();
    if (!m_engine)
        return;
    store::AuditLog(m_device.database())
        .record(QStringLiteral("supervisor"), QStringLiteral("sync_now"));
    m_message.clear();
    m_engine->syncNow();
    refreshStatus();
}

void SupervisorController::retry(const QString &responseId)
{
    store::ResponseStore *responses = m_device.store();
    if (!responses)
        return;
    if (const auto failed = responses->transition(responseId, store::State::Queued)) {
        m_message = failed->message;
    } else {
        m_message = tr("Queued again; it is sent with the next sync.");
        store::AuditLog(m_device.database())
            .record(QStringLiteral("supervisor"), QStringLiteral("retry"), responseId);
    }
    refreshStatus(); // reads the device's counts too
}

void SupervisorController::exportBundle(const QString &folder)
{
    const auto db = m_device.database();
    if (!db)
        return;
    const QString name =
        QStringLiteral("loket-%1.jsonl")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QDir(folder).filePath(name);
    const auto written = store::Outbox(db).writeBundle(path);
    if (!written.ok()) {
        m_message = tr("Nothing was written: %1").arg(written.error->message);
    } else {
        m_message = tr("%n sealed response(s) written to %1. Import it at the collector; they "
                       "stay queued here until the collector confirms them.",
                       nullptr, *written)
                        .arg(path);
        store::AuditLog(db).record(QStringLiteral("supervisor"), QStringLiteral("export"),
                                   QStringLiteral("%1 responses to %2").arg(*written).arg(path));
    }
    qCInfo(lcApp) << "bundle export:" << m_message;
    Q_EMIT changed();
}

} // namespace loket
