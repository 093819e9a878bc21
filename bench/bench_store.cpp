// Store figures, each beside its floor in the same run and on the same disk:
// - committing one answer through the store, against a bare sqlite3 INSERT + COMMIT with the
//   same pragmas (WAL, synchronous=FULL);
// - completing and sealing a response in a store holding 100,000 responses, against an empty one.
#include "benchjson.h"

#include "protocol/sealing.h"
#include "store/responsestore.h"

#include "core/loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

using namespace loket;
using namespace loket::bench;

namespace {

struct Bundle
{
    std::shared_ptr<const Questionnaire> qn;
    QByteArray body;
};

Bundle skm()
{
    QFile f(QStringLiteral(":/questionnaires/skm-permenpanrb-14-2017.json"));
    f.open(QIODevice::ReadOnly);
    Bundle b;
    b.body = f.readAll();
    b.qn = QuestionnaireLoader::loadBytes(b.body, QStringLiteral("skm")).questionnaire;
    return b;
}

std::vector<double> bareSqliteCommits(const QString &dir, int samples)
{
    sqlite3 *db = nullptr;
    sqlite3_open(qPrintable(dir + QStringLiteral("/bare.db")), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                 "CREATE TABLE answers (response_id TEXT, question_id TEXT, value TEXT, "
                 "PRIMARY KEY (response_id, question_id)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", -1, &insert, nullptr);
    const QByteArray rid = QUuid::createUuid().toByteArray();
    int n = 0;
    auto times = timeRuns(samples, [&] {
        const QByteArray qid = "u" + QByteArray::number(++n % 9);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, rid.constData(), int(rid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, qid.constData(), int(qid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, "[3]", 3, SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return times;
}

std::unique_ptr<store::ResponseStore> openStore(const QString &dir, const QByteArray &key)
{
    auto db = store::Database::open(dir);
    if (!db.ok())
        qFatal("cannot open the store: %s", qPrintable(db.error->message));
    auto s = std::make_unique<store::ResponseStore>(*db);
    s->setServerKey(key);
    return s;
}

// Fills a store with `count` queued responses and their sealed envelopes in one transaction,
// as months of use would leave it.
void fill(store::ResponseStore &s, const Bundle &b, int count)
{
    store::Database &db = s.database();
    const auto first = s.start(*b.qn, b.body, {}); // stores the questionnaire version
    s.discard(*first);
    QRandomGenerator rng(3);
    QByteArray sealed(1400, '\0');
    db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        rng.fillRange(reinterpret_cast<quint32 *>(sealed.data()), sealed.size() / 4);
        db.exec(
            QStringLiteral("INSERT INTO responses (id, questionnaire_id, questionnaire_version, "
                           "state, channel, language, started_at, completed_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 'kiosk', 'id', ?, ?, ?)"),
            {id, b.qn->id, b.qn->version,
             i % 3 ? QStringLiteral("synced") : QStringLiteral("queued"),
             QStringLiteral("2026-10-01T08:00:00Z"), QStringLiteral("2026-10-01T08:01:00Z"),
             QStringLiteral("2026-10-01T08:01:00Z")});
        db.exec(QStringLiteral("INSERT INTO envelopes VALUES (?, ?, ?, ?)"),
                {id, sealed, protocol::sha256Hex(sealed), QStringLiteral("2026-10-01T08:01:00Z")});
    }
    db.exec(QStringLiteral("COMMIT"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

std::vector<double> completions(store::ResponseStore &s, const Bundle &b, int samples)
{
    std::vector<double> us;
    for (int n = 0; n < samples; ++n) {
        const auto id = s.start(*b.qn, b.body, {});
        s.saveAnswer(*id, QStringLiteral("jenis_kelamin"), Value::string(QStringLiteral("l")), {});
        for (int e = 1; e <= 9; ++e)
            s.saveAnswer(*id, QStringLiteral("u%1").arg(e), Value::number(1 + (n + e) % 4), {});
        us.push_back(timeRuns(1, [&] { s.complete(*id); }).front());
    }
    std::sort(us.begin(), us.end());
    return us;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // On the project's disk, not a RAM-backed /tmp: fsync must cost what it costs.
    QTemporaryDir work(QCoreApplication::applicationDirPath() +
                       QStringLiteral("/bench-store-XXXXXX"));
    const QByteArray key = protocol::generateKeyPair().publicKey;
    const Bundle b = skm();
    const int samples = 400;

    const auto bare = bareSqliteCommits(work.path(), samples);
    auto answering = openStore(work.path() + QStringLiteral("/answers"), key);
    const auto id = answering->start(*b.qn, b.body, {});
    int n = 0;
    const auto store = timeRuns(samples, [&] {
        ++n;
        answering->saveAnswer(*id, QStringLiteral("u%1").arg(1 + n % 9), Value::number(1 + n % 4),
                              {n * 1000, n * 1000 + 500});
    });
    report(QStringLiteral("answer_commit_p50"), percentile(store, 0.5), QStringLiteral("us"),
           percentile(bare, 0.5));
    report(QStringLiteral("answer_commit_p99"), percentile(store, 0.99), QStringLiteral("us"),
           percentile(bare, 0.99));

    auto empty = openStore(work.path() + QStringLiteral("/empty"), key);
    auto full = openStore(work.path() + QStringLiteral("/full"), key);
    fill(*full, b, 100000);
    const auto small = completions(*empty, b, 120);
    const auto large = completions(*full, b, 120);
    report(QStringLiteral("complete_and_seal_100k_p50"), percentile(large, 0.5),
           QStringLiteral("us"), percentile(small, 0.5));
    report(QStringLiteral("complete_and_seal_100k_p95"), percentile(large, 0.95),
           QStringLiteral("us"), percentile(small, 0.95));
    return 0;
}
