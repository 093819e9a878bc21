#include "syncengine.h"

#include "logging.h"

#include "core/loader.h"
#include "protocol/sealing.h"

#include <QNetworkInformation>

namespace loket::sync {

SyncEngine::SyncEngine(std::shared_ptr<store::Database> db, const Options &options, QObject *parent)
    : QObject(parent)
    , m_outbox(std::move(db))
    , m_options(options)
    , m_rng(QRandomGenerator::securelySeeded())
    , m_batchLimit(options.maxItems)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    for (QTimer *timer : {&m_retry, &m_debounce})
        timer->setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::start()
{
    m_periodic.start(m_options.periodicMs);
    // Reachability is only a hint to try now; a successful request is the truth.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online ||
                        r == QNetworkInformation::Reachability::Site)
                        syncNow();
                });
    }
    syncNow();
}

void SyncEngine::syncNow()
{
    m_retry.stop();
    m_debounce.stop();
    if (m_busy)
        return;
    m_busy = true;
    m_sent = 0;
    const auto pending = m_outbox.pending();
    m_total = pending.ok() ? int(*pending) : 0;
    m_nextAttempt = {};
    emit progressChanged();
    next();
}

void SyncEngine::responseCompleted()
{
    if (!m_busy)
        m_debounce.start(m_options.debounceMs);
}

void SyncEngine::next()
{
    const auto enrolled = m_outbox.enrollment();
    if (!enrolled || m_outbox.needsEnrollment()) {
        m_busy = false;
        m_lastError = enrolled ? QStringLiteral("the collector refused this device; enroll again")
                               : QStringLiteral("this device is not enrolled");
        setState(enrolled ? State::NeedsEnrollment : State::NotEnrolled);
        return;
    }
    upload(*enrolled);
}

QNetworkRequest SyncEngine::request(const store::Enrolled &enrolled, const QString &path) const
{
    QString base = enrolled.endpoint;
    while (base.endsWith(u'/'))
        base.chop(1);
    QNetworkRequest r(QUrl(base + protocol::apiPath(path)));
    r.setRawHeader("Authorization", "Bearer " + enrolled.token.toLatin1());
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return r;
}

void SyncEngine::upload(const store::Enrolled &enrolled)
{
    const int limit = std::max(1, std::min(m_batchLimit, enrolled.limits.maxBatchItems));
    const qint64 bytes = std::min(m_options.maxBytes, enrolled.limits.maxBodyBytes);
    const auto batch = m_outbox.take(limit, bytes);
    if (!batch.ok()) {
        setState(State::StorageError);
        fail(QStringLiteral("upload"), 0, {}, batch.error->message);
        return;
    }
    if (batch->isEmpty()) {
        if (m_options.fetchUpdates)
            fetchConfig(enrolled);
        else
            finishDrain();
        return;
    }
    setState(State::Sending);
    const QList<protocol::Envelope> items = *batch;
    httpCall(
        m_nam, request(enrolled, QStringLiteral("batches")), "POST",
        protocol::Batch{items}.toBody(), m_options.timeouts,
        [this, items](const HttpResult &r) { onUploadReply(items, r); }, this, enrolled.tlsPins);
}

void SyncEngine::onUploadReply(const QList<protocol::Envelope> &batch, const HttpResult &result)
{
    QStringList ids;
    for (const auto &e : batch)
        ids.append(e.id);
    const QString upload = QStringLiteral("upload");
    if (result.status == 200) {
        const auto parsed = protocol::parseBatchResult(result.body, ids);
        if (!parsed.value) {
            m_outbox.release(ids);
            fail(upload, int(batch.size()), result,
                 QStringLiteral("malformed reply: ") + parsed.error);
            return;
        }
        const auto applied = m_outbox.apply(*parsed.value);
        if (!applied.ok()) {
            setState(State::StorageError);
            fail(upload, int(batch.size()), result, applied.error->message);
            return;
        }
        m_sent += applied->synced;
        m_failures = 0;
        m_batchLimit = std::min(m_options.maxItems, m_batchLimit * 2);
        record(upload, int(batch.size()), result, QStringLiteral("ok"),
               QStringLiteral("%1 synced, %2 quarantined")
                   .arg(applied->synced)
                   .arg(applied->quarantined));
        emit progressChanged();
        next();
        return;
    }
    const QString code = protocol::errorCode(result.body);
    if (result.status == 401) {
        m_outbox.release(ids);
        m_outbox.setNeedsEnrollment(true);
        record(upload, int(batch.size()), result, QStringLiteral("needs_enrollment"), code);
        m_busy = false;
        m_lastError = QStringLiteral("the collector refused this device; enroll again");
        setState(State::NeedsEnrollment);
        emit attemptFailed(m_lastError);
        return;
    }
    if (result.status == 413 || result.status == 400 || result.status == 422) {
        // The collector refused the request as a whole. Halve the batch until the item at fault
        // travels alone, then quarantine it so the rest keeps flowing.
        if (batch.size() > 1) {
            m_outbox.release(ids);
            m_batchLimit = int(batch.size() / 2);
            record(upload, int(batch.size()), result, QStringLiteral("split"), code);
        } else {
            m_outbox.quarantine(ids.first(), code.isEmpty() ? QStringLiteral("refused") : code,
                                QString::fromUtf8(result.body.left(300)));
            record(upload, 1, result, QStringLiteral("quarantined"), code);
        }
        next();
        return;
    }
    m_outbox.release(ids);
    fail(upload, int(batch.size()), result,
         result.status ? QStringLiteral("HTTP %1 %2").arg(result.status).arg(code) : result.error);
}

void SyncEngine::fetchConfig(const store::Enrolled &enrolled)
{
    httpCall(
        m_nam, request(enrolled, QStringLiteral("config")), "GET", {}, m_options.timeouts,
        [this, enrolled](const HttpResult &r) {
            const auto unit = r.status == 200 ? protocol::parseUnitConfig(r.body)
                                              : protocol::Parsed<protocol::UnitConfig>{};
            QString outcome = QStringLiteral("ok");
            QString detail =
                unit.value ? unit.value->id : (r.error.isEmpty() ? unit.error : r.error);
            if (!unit.value || unit.value->id != enrolled.unit.id)
                outcome = QStringLiteral("skipped"); // the old configuration stands
            else if (auto error = m_outbox.saveUnit(*unit.value))
                outcome = QStringLiteral("storage_error");
            record(QStringLiteral("config"), 0, r, outcome, detail);
            if (outcome == QStringLiteral("ok"))
                emit configChanged();
            fetchQuestionnaires(enrolled);
        },
        this, enrolled.tlsPins);
}

void SyncEngine::fetchQuestionnaires(const store::Enrolled &enrolled)
{
    httpCall(
        m_nam, request(enrolled, QStringLiteral("questionnaires")), "GET", {}, m_options.timeouts,
        [this, enrolled](const HttpResult &r) {
            const auto list = r.status == 200
                                  ? protocol::parseQuestionnaireList(r.body)
                                  : protocol::Parsed<QList<protocol::QuestionnaireInfo>>{};
            const auto held = m_outbox.questionnaires();
            if (!list.value || !held.ok()) {
                // Updates can wait; the drain itself succeeded.
                record(QStringLiteral("questionnaires"), 0, r, QStringLiteral("skipped"),
                       r.error.isEmpty() ? list.error : r.error);
                finishDrain();
                return;
            }
            QList<protocol::QuestionnaireInfo> wanted;
            for (const auto &info : *list.value) {
                const bool have = std::any_of(held->begin(), held->end(), [&](const auto &h) {
                    return h.id == info.id && h.version == info.version;
                });
                if (!have)
                    wanted.append(info);
            }
            fetchQuestionnaire(enrolled, wanted);
        },
        this, enrolled.tlsPins);
}

void SyncEngine::fetchQuestionnaire(const store::Enrolled &enrolled,
                                    QList<protocol::QuestionnaireInfo> wanted)
{
    if (wanted.isEmpty()) {
        finishDrain();
        return;
    }
    const protocol::QuestionnaireInfo info = wanted.takeFirst();
    const QString path = QStringLiteral("questionnaires/%1/%2").arg(info.id).arg(info.version);
    httpCall(
        m_nam, request(enrolled, path), "GET", {}, m_options.timeouts,
        [this, enrolled, wanted, info](const HttpResult &r) {
            QString outcome = QStringLiteral("ok");
            QString detail = info.id + u'/' + QString::number(info.version);
            const LoadResult loaded =
                QuestionnaireLoader::loadBytes(r.body, QStringLiteral("download"));
            if (r.status != 200 || protocol::sha256Hex(r.body) != info.sha256 || !loaded.ok() ||
                loaded.questionnaire->id != info.id ||
                loaded.questionnaire->version != info.version) {
                // Never activate a file that is not exactly what the list announced.
                outcome = QStringLiteral("refused");
            } else if (auto error = m_outbox.addQuestionnaire(info, r.body)) {
                outcome = QStringLiteral("storage_error");
                detail += QStringLiteral(": ") + error->message;
            }
            record(QStringLiteral("questionnaires"), 1, r, outcome, detail);
            fetchQuestionnaire(enrolled, wanted);
        },
        this, enrolled.tlsPins);
}

void SyncEngine::finishDrain()
{
    m_busy = false;
    m_failures = 0;
    m_batchLimit = m_options.maxItems;
    m_lastError.clear();
    m_nextAttempt = {};
    setState(State::Idle);
    emit progressChanged();
    emit drained();
}

void SyncEngine::fail(const QString &operation, int items, const HttpResult &result,
                      const QString &detail)
{
    const qint64 delay = m_options.backoff.delayMs(m_failures, result.retryAfterMs, m_rng);
    ++m_failures;
    m_lastError = detail;
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    record(operation, items, result, QStringLiteral("retry"), detail);
    qCInfo(lcSync).noquote() << operation << "failed:" << detail << "; retry in" << delay << "ms";
    m_busy = false;
    if (m_state != State::StorageError)
        setState(State::Waiting);
    m_retry.start(int(delay));
    emit progressChanged();
    emit attemptFailed(detail);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit progressChanged();
}

void SyncEngine::record(const QString &operation, int items, const HttpResult &result,
                        const QString &outcome, const QString &detail)
{
    if (auto error = m_outbox.log({QDateTime::currentDateTimeUtc(), operation, items, result.status,
                                   outcome, detail, result.durationMs}))
        qCWarning(lcSync) << "cannot write the sync log:" << error->message;
}

} // namespace loket::sync
