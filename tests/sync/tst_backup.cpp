// `loket-collector backup` while the collector is serving and storing: the copy is one
// consistent snapshot, and with the key it restores to a collector that reads every row.
#include "synctestutil.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace loket;
using namespace loket::test;

TEST_CASE("an online backup taken mid-sync is consistent and restores", "[collector][backup]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(400, 11);

    // Small batches keep the collector committing throughout the backup.
    auto options = fastOptions();
    options.maxItems = 5;
    sync::SyncEngine engine(device.db, options);
    engine.syncNow();
    REQUIRE(waitUntil([&] { return collector.storedIds().size() >= 20; }, 30000));

    QTemporaryDir restored;
    const QString out = QDir(restored.path()).filePath(QStringLiteral("collector.db"));
    QProcess backup;
    backup.start(CollectorProcess::binary(),
                 {QStringLiteral("backup"), QStringLiteral("--data-dir"), collector.dir(),
                  QStringLiteral("--out"), out});
    REQUIRE(waitUntil([&] { return backup.state() == QProcess::NotRunning; }, 30000));
    REQUIRE(backup.exitCode() == 0);
    const QString said = QString::fromUtf8(backup.readAllStandardOutput());
    REQUIRE(drain(engine));
    REQUIRE(collector.storedIds().size() == 400);

    CHECK(QFile::permissions(out) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".partial")));
    // A snapshot of whole batches, taken while batches were still arriving.
    const QList<QString> snapshot = [&] {
        QString error;
        auto storage = collector::openSqliteStorage(restored.path(), &error);
        REQUIRE(storage);
        QList<QString> seen;
        storage->forEachResponse([&](const collector::StoredResponse &r) { seen.append(r.id); });
        return seen;
    }();
    INFO(said.toStdString());
    CHECK(said == QStringLiteral("backed up %1 responses to %2\n").arg(snapshot.size()).arg(out));
    CHECK(snapshot.size() >= 20);
    CHECK(snapshot.size() % 5 == 0);
    for (const QString &id : snapshot)
        CHECK(ids.contains(id));

    // Restored: the backup plus the key (kept apart) read back every row it holds.
    for (const char *key : {"collector.key", "collector.pub"})
        REQUIRE(QFile::copy(QDir(collector.dir()).filePath(QString::fromLatin1(key)),
                            QDir(restored.path()).filePath(QString::fromLatin1(key))));
    const QString jsonl = QDir(restored.path()).filePath(QStringLiteral("all.jsonl"));
    runTool(CollectorProcess::binary(),
            {QStringLiteral("export"), QStringLiteral("--data-dir"), restored.path(),
             QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--out"), jsonl});
    QFile exported(jsonl);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!exported.atEnd()) {
        const auto doc = QJsonDocument::fromJson(exported.readLine());
        CHECK(snapshot.contains(doc[QStringLiteral("response_id")].toString()));
        ++rows;
    }
    CHECK(rows == snapshot.size());
}

TEST_CASE("backup refuses a directory without a database and leaves OUT alone",
          "[collector][backup]")
{
    QTemporaryDir empty;
    const QString out = QDir(empty.path()).filePath(QStringLiteral("copy.db"));
    int code = 0;
    runTool(CollectorProcess::binary(),
            {QStringLiteral("backup"), QStringLiteral("--data-dir"), empty.path(),
             QStringLiteral("--out"), out},
            &code);
    CHECK(code == 1);
    CHECK_FALSE(QFile::exists(out));
    runTool(CollectorProcess::binary(),
            {QStringLiteral("backup"), QStringLiteral("--data-dir"), empty.path()}, &code);
    CHECK(code == 2);
}
