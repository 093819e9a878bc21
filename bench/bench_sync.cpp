// Sync throughput on loopback against the real collector process, and the collector's ingest
// rate against a bare SQLite insert of the same rows.
#include "benchjson.h"

#include "collector/collector.h"
#include "core/response.h"
#include "protocol/sealing.h"
#include "store/outbox.h"
#include "sync/enrollment.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

using namespace loket;

namespace {

QByteArray questionnaireBody()
{
    QFile f(QStringLiteral(":/questionnaires/spi-external.json"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// A completed response of typical size: thirty answers and their paradata.
QByteArray sealedDocument(const QString &id, const QByteArray &key)
{
    ResponseDocument doc;
    doc.responseId = id;
    doc.questionnaireId = QStringLiteral("spi-external");
    doc.questionnaireVersion = 1;
    doc.channel = QStringLiteral("kiosk");
    doc.startedAt = QDateTime::currentDateTimeUtc();
    doc.completedAt = doc.startedAt.addSecs(70);
    QJsonObject questions;
    for (int i = 0; i < 30; ++i) {
        const QString q = QStringLiteral("q%1").arg(i);
        doc.answers.insert(q, i % 3 ? QJsonValue(QStringLiteral("ya")) : QJsonValue(i % 5));
        questions.insert(q, QJsonObject{{QStringLiteral("first_shown_ms"), i * 2000},
                                        {QStringLiteral("answered_ms"), i * 2000 + 1500},
                                        {QStringLiteral("changes"), 0}});
    }
    doc.paradata = QJsonObject{{QStringLiteral("questions"), questions}};
    return protocol::seal(QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact), key);
}

void wait(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

struct CollectorRun
{
    QTemporaryDir dir;
    QProcess process;
    QString url;

    CollectorRun()
    {
        const QString bin = QStringLiteral(LOKET_COLLECTOR);
        QProcess::execute(bin, {QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path()});
        process.start(bin, {QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--rate"), QStringLiteral("100000")});
        process.waitForReadyRead(10000);
        url = QString::fromLatin1(process.readLine().trimmed().mid(13));
    }
    ~CollectorRun()
    {
        process.terminate();
        process.waitForFinished();
    }
    QString code()
    {
        QProcess p;
        p.start(QStringLiteral(LOKET_COLLECTOR),
                {QStringLiteral("enroll-code"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--unit"), QStringLiteral("bench")});
        p.waitForFinished();
        return QString::fromLatin1(p.readAllStandardOutput().trimmed());
    }
};

// Seeds `count` queued responses straight into the device tables, in one transaction: the
// drain is what is measured, not the seeding.
void bulkSeed(store::Database &db, const QByteArray &key, int count)
{
    const QByteArray body = questionnaireBody();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    store::Transaction tx(db);
    db.exec(QStringLiteral("INSERT OR IGNORE INTO questionnaires VALUES (?, ?, ?, ?, ?)"),
            {QStringLiteral("spi-external"), 1, protocol::sha256Hex(body), body, now});
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray sealed = sealedDocument(id, key);
        db.exec(QStringLiteral("INSERT INTO responses (id, questionnaire_id, "
                               "questionnaire_version, state, channel, language, started_at, "
                               "completed_at, updated_at) VALUES (?, 'spi-external', 1, 'queued', "
                               "'kiosk', 'id', ?, ?, ?)"),
                {id, now, now, now});
        db.exec(QStringLiteral("INSERT INTO envelopes VALUES (?, ?, ?, ?)"),
                {id, sealed, protocol::sha256Hex(sealed), now});
    }
    tx.commit();
}

// Seconds to drain `count` responses with at most `perRequest` in each request.
double drainSeconds(int count, int perRequest)
{
    CollectorRun collector;
    QTemporaryDir deviceDir;
    auto db = *store::Database::open(deviceDir.path());
    store::Outbox outbox(db);
    QNetworkAccessManager nam;
    bool enrolled = false;
    sync::enroll(
        nam, outbox, QUrl(collector.url), collector.code(), {},
        [&](const QString &) { enrolled = true; }, &nam);
    wait([&] { return enrolled; });
    bulkSeed(*db, *store::ResponseStore(db).serverKey(), count);

    sync::SyncEngine::Options options;
    options.maxItems = perRequest;
    options.fetchUpdates = false;
    sync::SyncEngine engine(db, options);
    bool drained = false;
    QObject::connect(&engine, &sync::SyncEngine::drained, [&] { drained = true; });
    QElapsedTimer timer;
    timer.start();
    engine.syncNow();
    wait([&] { return drained; });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (*outbox.pending() != 0)
        qFatal("the drain left responses queued");
    qint64 httpMs = 0;
    const auto log = outbox.recentLog(store::Outbox::LogCapacity);
    for (const auto &e : *log.value)
        httpMs += e.durationMs;
    fprintf(stderr, "drain %d/%d: %.3f s, of which HTTP exchanges %.3f s\n", count, perRequest,
            seconds, double(httpMs) / 1000);
    return seconds;
}

// The collector's ingest of `count` envelopes in batches of 100, in process.
double ingestSeconds(const QList<protocol::Envelope> &items, collector::Collector &c)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < items.size(); i += 100)
        c.ingest({items.mid(i, 100)}, {QStringLiteral("device"), QStringLiteral("unit")});
    return double(timer.nsecsElapsed()) / 1e9;
}

// The same rows into a bare table with the same primary key, same batching and durability.
double bareInsertSeconds(const QList<protocol::Envelope> &items, const QString &dir)
{
    sqlite3 *db = nullptr;
    sqlite3_open(qPrintable(dir + QStringLiteral("/bare.db")), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE responses (id "
                 "TEXT PRIMARY KEY, device_id TEXT, unit_id TEXT, questionnaire_id TEXT, "
                 "questionnaire_version INTEGER, sha256 TEXT, sealed BLOB, received_at TEXT)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO responses VALUES (?, 'device', 'unit', ?, ?, ?, ?, ?)", -1,
                       &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i % 100 == 0)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const protocol::Envelope &e = items.at(i);
        const QByteArray id = e.id.toUtf8(), qid = e.questionnaireId.toUtf8(),
                         sha = e.sha256.toUtf8(), at = QByteArrayLiteral("2026-11-26T00:00:00Z");
        sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, qid.constData(), int(qid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 3, e.questionnaireVersion);
        sqlite3_bind_text(insert, 4, sha.constData(), int(sha.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 5, e.sealed.constData(), int(e.sealed.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        if (i % 100 == 99 || i + 1 == items.size())
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "loket.*.info=false");
    const int count = qEnvironmentVariableIntValue("LOKET_BENCH_SYNC_COUNT") > 0
                          ? qEnvironmentVariableIntValue("LOKET_BENCH_SYNC_COUNT")
                          : 10000;

    const double batched = drainSeconds(count, 100);
    const double single = drainSeconds(count, 1);
    bench::report(QStringLiteral("sync_drain_%1_batched_100").arg(count), batched,
                  QStringLiteral("s"));
    bench::report(QStringLiteral("sync_drain_%1_one_per_request").arg(count), single,
                  QStringLiteral("s"));
    // Goal ≥ 20: how many times faster batching drains than one request per response.
    bench::report(QStringLiteral("sync_batching_speedup"), single / batched, QStringLiteral("x"));

    QTemporaryDir dir;
    QString error;
    QProcess::execute(QStringLiteral(LOKET_COLLECTOR),
                      {QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path()});
    const auto keys = *collector::loadKeys(dir.path(), &error);
    collector::Collector c(collector::openSqliteStorage(dir.path(), &error), keys, {});
    QList<protocol::Envelope> items;
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray sealed = sealedDocument(id, keys.publicKey);
        items.append({id, QStringLiteral("spi-external"), 1, protocol::sha256Hex(sealed), sealed});
    }
    const double bare = bareInsertSeconds(items, dir.path());
    const double ingest = ingestSeconds(items, c);
    bench::report(QStringLiteral("collector_ingest_rate"), double(count) / ingest,
                  QStringLiteral("responses/s"));
    bench::report(QStringLiteral("collector_ingest_vs_bare_insert"), ingest, QStringLiteral("s"),
                  bare);
    return 0;
}
