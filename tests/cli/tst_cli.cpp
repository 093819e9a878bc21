// Runs the real loket-cli binary, as a user or a script would.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LOKET_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString source(const char *path)
{
    return QStringLiteral(LOKET_SOURCE_DIR "/") + QLatin1String(path);
}

} // namespace

TEST_CASE("validate accepts both bundled questionnaires", "[cli]")
{
    const Run r = cli({"validate", source("assets/questionnaires/spi-external.json"),
                       source("assets/questionnaires/skm-permenpanrb-14-2017.json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.count(QStringLiteral(": OK\n")) == 2);
}

TEST_CASE("validate prints one located line per error and exits 1", "[cli]")
{
    const QString bad = source("tests/data/invalid/later-reference.json");
    const Run r = cli({"validate", bad, source("assets/questionnaires/spi-external.json")});
    CHECK(r.exitCode == 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(bad + QStringLiteral(": /sections/0/questions/0/relevant: ")));
    CHECK(lines.at(1).endsWith(QStringLiteral("spi-external.json: OK")));
}

TEST_CASE("every invalid fixture is refused by the binary", "[cli]")
{
    const QDir dir(source("tests/data/invalid"));
    for (const QString &name : dir.entryList({"*.json"})) {
        INFO(name.toStdString());
        const Run r = cli({"validate", dir.filePath(name)});
        CHECK(r.exitCode == 1);
        CHECK(r.out.startsWith(dir.filePath(name) + QStringLiteral(": ")));
    }
}

TEST_CASE("usage errors exit 2", "[cli]")
{
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({"validate"}).exitCode == 2);
    CHECK(cli({"frobnicate"}).exitCode == 2);
    CHECK(cli({"score", "--questionnaire", "x.json"}).exitCode == 2);
    CHECK(cli({"score", "--bogus"}).exitCode == 2);
    CHECK(cli({"--help"}).exitCode == 0);
}

TEST_CASE("validate reports an unreadable file", "[cli]")
{
    const Run r = cli({"validate", "/nonexistent/q.json"});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("cannot read"));
}

TEST_CASE("score matches the IKM formula computed independently on random data", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QRandomGenerator rng(GENERATE(1u, 2u, 3u, 20261126u));
    const int count = int(rng.bounded(50, 400));
    // Independent IKM: NRR per element = sum / answers; IKM = Σ NRR × 1/9 × 25.
    double sum[9] = {};
    int answered[9] = {};
    QByteArray lines;
    int skipped = 0;
    for (int n = 0; n < count; ++n) {
        QJsonObject answers{{"jenis_kelamin", "p"}, {"umur", 30}};
        for (int e = 0; e < 9; ++e) {
            // Skewed scores so that indices land in different grades across seeds.
            const int score = std::min(4, 1 + int(rng.bounded(4)) + int(rng.bounded(2)));
            answers.insert(QStringLiteral("u%1").arg(e + 1), score);
            sum[e] += score;
            ++answered[e];
        }
        const QJsonObject doc{
            {"format", 1},
            {"response_id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {"questionnaire", QJsonObject{{"id", "skm-permenpanrb-14-2017"}, {"version", 1}}},
            {"status", "completed"},
            {"language", "id"},
            {"answers", answers}};
        lines += QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
        if (rng.bounded(10) == 0) {
            lines += "{not json\n";
            ++skipped;
        }
    }
    QFile file(dir.filePath("responses.jsonl"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(lines);
    file.close();

    double ikm = 0;
    for (int e = 0; e < 9; ++e)
        ikm += sum[e] / answered[e] * (1.0 / 9.0);
    ikm *= 25;
    const double expected = std::round(ikm * 100) / 100;
    const char *grade = expected >= 88.31   ? "A"
                        : expected >= 76.61 ? "B"
                        : expected >= 65.00 ? "C"
                                            : "D";

    const Run r = cli(
        {"score", "--questionnaire", "skm-permenpanrb-14-2017", "--responses", file.fileName()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(report["responses_used"].toInt() == count);
    CHECK(report["responses_skipped"].toInt() == skipped);
    const QJsonObject index = report["indices"].toArray().first().toObject();
    CHECK(index["value"].toDouble() == Approx(expected).margin(0.005));
    CHECK(QString::number(index["value"].toDouble(), 'f', 2) == QString::number(expected, 'f', 2));
    CHECK(index["grade"].toString() == QLatin1String(grade));
    const QJsonArray elements = index["elements"].toArray();
    REQUIRE(elements.size() == 9);
    for (int e = 0; e < 9; ++e)
        CHECK(elements.at(e)["mean"].toDouble() == Approx(sum[e] / answered[e]));
}

TEST_CASE("score also takes a questionnaire file path", "[cli]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath("empty.jsonl"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const Run r =
        cli({"score", "--questionnaire", source("assets/questionnaires/spi-external.json"),
             "--responses", file.fileName()});
    REQUIRE(r.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(report["responses_used"].toInt() == 0);
    CHECK(report["indices"].toArray().first()["value"].isNull());
}

TEST_CASE("seed and status work on a data directory", "[cli][store]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath("data");
    // Without a collector key nothing can be sealed, so seeding is refused with the remedy.
    const Run refused =
        cli({"--data-dir", dataDir, "seed", "--questionnaire", "spi-external", "--count", "1"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("set-server-key"));

    CHECK(cli({"--data-dir", dataDir, "set-server-key", "not-a-key"}).exitCode == 1);
    const QByteArray key = QByteArray(32, '\x07').toBase64();
    const Run set = cli({"--data-dir", dataDir, "set-server-key", QString::fromLatin1(key)});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.startsWith("collector key set: "));

    const Run seeded =
        cli({"--data-dir=" + dataDir, "seed", "--questionnaire", "skm-permenpanrb-14-2017",
             "--count", "7", "--seed", "42", "--unit", "dukcapil"});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    CHECK(seeded.out.contains("seeded 7 responses"));

    const Run status = cli({"--data-dir", dataDir, "status"});
    REQUIRE(status.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(json["schema_version"].toInt() == 5);
    CHECK(json["states"]["queued"].toInt() == 7);
    CHECK(json["sync"]["enrolled"].toBool() == false);
    CHECK(json["sync"]["pending"].toInt() == 7);
    CHECK(json["states"]["draft"].toInt() == 0);
    CHECK(json["storage"]["health"].toString() == "ok");
    CHECK(json["storage"]["integrity_ok"].toBool());
    CHECK(json["storage"]["integrity_check"].toString() == "full");
    CHECK(json["storage"]["database_bytes"].toInteger() > 0);
    CHECK(json["server_key_set"].toBool());
}

TEST_CASE("device commands report usage and storage errors", "[cli][store]")
{
    QTemporaryDir dir;
    CHECK(cli({"--data-dir"}).exitCode == 2);
    CHECK(cli({"--data-dir", dir.path(), "seed", "--questionnaire", "spi-external"}).exitCode == 2);
    CHECK(cli({"--data-dir", dir.path(), "seed", "--questionnaire", "spi-external", "--count", "0"})
              .exitCode == 2);
    CHECK(cli({"--data-dir", dir.path(), "status", "extra"}).exitCode == 2);
    // A database from a newer Loket: a clear message, exit 1, the file untouched.
    QFile db(dir.filePath("loket.db"));
    REQUIRE(db.open(QIODevice::WriteOnly));
    QByteArray header(100, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    header[63] = 9; // user_version 9, big-endian at offset 60
    db.write(header + QByteArray(4096 - 100, '\0'));
    db.close();
    const Run r = cli({"--data-dir", dir.path(), "status"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("newer version of Loket"));
    CHECK(QFileInfo(db.fileName()).size() == 4096);
}

TEST_CASE("config shows and changes the kiosk settings, refusing values the app cannot use",
          "[cli]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.path();
    Run shown = cli({"--data-dir", dataDir, "config"});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("idle_timeout = (default)")));
    CHECK(shown.out.contains(QStringLiteral("kiosk_pin = (not set)")));

    CHECK(cli({"--data-dir", dataDir, "config", "idle_timeout", "90"}).exitCode == 0);
    CHECK(cli({"--data-dir", dataDir, "config", "kiosk_pin", "246810"}).exitCode == 0);
    CHECK(cli({"--data-dir", dataDir, "config", "abandon_policy", "discard"}).exitCode == 0);
    for (const QStringList &bad :
         {QStringList{"idle_timeout", "3"}, QStringList{"idle_timeout", "soon"},
          QStringList{"kiosk_pin", "12"}, QStringList{"kiosk_pin", "12ab"},
          QStringList{"abandon_policy", "forget"}}) {
        INFO(bad.join(u' ').toStdString());
        const Run refused = cli(QStringList{"--data-dir", dataDir, "config"} + bad);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("must be")));
    }
    CHECK(cli({"--data-dir", dataDir, "config", "no_such_key", "1"}).exitCode == 2);

    shown = cli({"--data-dir", dataDir, "config"});
    CHECK(shown.out.contains(QStringLiteral("idle_timeout = 90")));
    CHECK(shown.out.contains(QStringLiteral("abandon_policy = discard")));
    // The PIN is never printed.
    CHECK(shown.out.contains(QStringLiteral("kiosk_pin = (set)")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("246810")));
    CHECK(cli({"--data-dir", dataDir, "config", "idle_timeout"}).out.trimmed() ==
          QLatin1String("idle_timeout = 90"));
}
