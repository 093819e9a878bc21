// USB bundles through the real command-line tools: export-bundle → import → sync.
#include "synctestutil.h"

#include "core/response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace loket;
using namespace loket::test;

TEST_CASE("a USB bundle imported at the collector leaves sync nothing new to store", "[bundle]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(25);
    const QString cli = QStringLiteral(LOKET_CLI);
    const QString bundle = QDir(device.dir.path()).filePath(QStringLiteral("usb.jsonl"));
    runTool(cli, {QStringLiteral("--data-dir"), device.dir.path(), QStringLiteral("export-bundle"),
                  QStringLiteral("--out"), bundle});
    // The bundle carries sealed envelopes only.
    QFile file(bundle);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.count('\n') == 26);
    CHECK_FALSE(text.contains("answers"));

    const QString imported =
        runTool(CollectorProcess::binary(),
                {QStringLiteral("import"), QStringLiteral("--data-dir"), collector.dir(), bundle});
    CHECK(imported.contains("stored 25, duplicate 0"));
    const QList<QString> stored = collector.storedIds();
    CHECK(QSet<QString>(stored.begin(), stored.end()) == ids);

    // Importing again changes nothing.
    const QString again =
        runTool(CollectorProcess::binary(),
                {QStringLiteral("import"), QStringLiteral("--data-dir"), collector.dir(), bundle});
    CHECK(again.contains("stored 0, duplicate 25"));

    // Close the database before the command-line tool uses it.
    device.outbox.reset();
    device.store.reset();
    device.db.reset();
    int exitCode = -1;
    const QString synced = runTool(
        cli, {QStringLiteral("--data-dir"), device.dir.path(), QStringLiteral("sync")}, &exitCode);
    INFO(synced.toStdString());
    CHECK(exitCode == 0);
    CHECK(synced.contains("still queued 0"));
    CHECK(collector.storedIds().size() == 25);
}

TEST_CASE("a bundle cut short is reported, and what it holds is still imported", "[bundle]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    device.seed(5);
    const QString bundle = QDir(device.dir.path()).filePath(QStringLiteral("usb.jsonl"));
    runTool(QStringLiteral(LOKET_CLI),
            {QStringLiteral("--data-dir"), device.dir.path(), QStringLiteral("export-bundle"),
             QStringLiteral("--out"), bundle});
    QFile file(bundle);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QByteArray text = file.readAll();
    const qsizetype cut = text.lastIndexOf('\n', text.size() - 2); // drop the last line
    file.resize(cut + 1);
    file.close();
    int exitCode = 0;
    runTool(CollectorProcess::binary(),
            {QStringLiteral("import"), QStringLiteral("--data-dir"), collector.dir(), bundle},
            &exitCode);
    CHECK(exitCode == 1);
    CHECK(collector.storedIds().size() == 4);
}

TEST_CASE("the collector exports decrypted CSV with a codebook, JSON Lines and a report",
          "[bundle][export]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(12);
    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    const QString bin = CollectorProcess::binary();
    const QString csv = QDir(device.dir.path()).filePath(QStringLiteral("spi.csv"));
    const QString jsonl = QDir(device.dir.path()).filePath(QStringLiteral("all.jsonl"));
    runTool(bin, {QStringLiteral("export"), QStringLiteral("--data-dir"), collector.dir(),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv,
                  QStringLiteral("--questionnaire"), QStringLiteral("spi-external")});
    runTool(bin,
            {QStringLiteral("export"), QStringLiteral("--data-dir"), collector.dir(),
             QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--out"), jsonl});

    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    // RFC 4180: CRLF line ends; a header and one record per response.
    CHECK(text.count("\r\n") == 13);
    CHECK(text.startsWith("response_id,questionnaire_version,unit_id,"));
    for (const QString &id : ids)
        CHECK(text.contains(id.toLatin1()));
    QFile codebook(QDir(device.dir.path()).filePath(QStringLiteral("spi.codebook.csv")));
    REQUIRE(codebook.open(QIODevice::ReadOnly));
    CHECK(codebook.readAll().startsWith("column,type,label_id,label_en,code,"));

    QFile lines(jsonl);
    REQUIRE(lines.open(QIODevice::ReadOnly));
    int documents = 0;
    while (!lines.atEnd()) {
        QString why;
        const auto doc =
            ResponseDocument::fromJson(QJsonDocument::fromJson(lines.readLine()).object(), &why);
        REQUIRE(doc);
        CHECK(ids.contains(doc->responseId));
        ++documents;
    }
    CHECK(documents == 12);

    const QJsonObject report =
        QJsonDocument::fromJson(
            runTool(bin, {QStringLiteral("report"), QStringLiteral("--data-dir"), collector.dir()})
                .toUtf8())
            .object();
    const QJsonArray reports = report.value(QStringLiteral("reports")).toArray();
    REQUIRE(reports.size() == 1);
    CHECK(reports.at(0)[QStringLiteral("unit")].toString() == "dukcapil-01");
    CHECK(reports.at(0)[QStringLiteral("questionnaire_id")].toString() == "spi-external");
    CHECK(report.value(QStringLiteral("unreadable")).toInt() == 0);
}
