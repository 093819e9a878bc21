// The collector's answers to good, repeated, conflicting and hostile requests, over real
// sockets to the real process.
#include "synctestutil.h"

#include "collector/collector.h"
#include "protocol/sealing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace loket;
using namespace loket::test;

namespace {

sync::HttpResult call(const QString &url, const QByteArray &verb, const QByteArray &body,
                      const QString &token = {}, const QByteArray &contentType = "application/json")
{
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::optional<sync::HttpResult> result;
    sync::httpCall(
        nam, request, verb, body, {10000, 20000}, [&](const sync::HttpResult &r) { result = r; },
        &nam);
    REQUIRE(waitUntil([&] { return result.has_value(); }, 30000));
    return *result;
}

QString batchesUrl(const CollectorProcess &c)
{
    return c.url() + QStringLiteral("/api/v1/batches");
}

QList<protocol::Envelope> envelopes(Device &device)
{
    const auto all = device.outbox->unconfirmed();
    REQUIRE(all.ok());
    return *all;
}

QStringList statuses(const QByteArray &body)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body)["results"].toArray())
        out.append(v["status"].toString());
    return out;
}

} // namespace

TEST_CASE("the same batch delivered twice yields duplicates, not new rows", "[collector]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    device.seed(6);
    const QString token = device.outbox->enrollment()->token;
    const QByteArray body = protocol::Batch{envelopes(device)}.toBody();

    const auto first = call(batchesUrl(collector), "POST", body, token);
    REQUIRE(first.status == 200);
    CHECK(statuses(first.body) == QStringList(6, QStringLiteral("stored")));
    const auto second = call(batchesUrl(collector), "POST", body, token);
    REQUIRE(second.status == 200);
    CHECK(statuses(second.body) == QStringList(6, QStringLiteral("duplicate")));
    CHECK(collector.storedIds().size() == 6);
}

TEST_CASE("same id with a different payload is a conflict, quarantined on the device",
          "[collector][sync]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(5);
    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    REQUIRE(device.count(store::State::Synced) == 5);

    // One response is re-sealed with other answers and queued again, as a device restored
    // from an old backup might do.
    const QString victim = ids.values().constFirst();
    QString error;
    const auto keys = collector::loadKeys(collector.dir(), &error);
    REQUIRE(keys);
    auto q0 = device.db->run(QStringLiteral("SELECT sealed FROM envelopes WHERE response_id = ?"),
                             {victim});
    REQUIRE(q0.ok());
    REQUIRE(q0.value->next());
    QJsonObject doc =
        QJsonDocument::fromJson(*protocol::open(q0.value->value(0).toByteArray(), *keys)).object();
    doc.insert(QStringLiteral("language"), QStringLiteral("en"));
    const QByteArray sealed =
        protocol::seal(QJsonDocument(doc).toJson(QJsonDocument::Compact), keys->publicKey);
    REQUIRE_FALSE(device.db->exec(
        QStringLiteral("UPDATE envelopes SET sealed = ?, sha256 = ? WHERE response_id = ?"),
        {sealed, protocol::sha256Hex(sealed), victim}));
    REQUIRE_FALSE(device.db->exec(
        QStringLiteral("UPDATE responses SET state = 'queued' WHERE id = ?"), {victim}));
    device.seed(3, 2); // and new ones keep flowing

    REQUIRE(drain(engine));
    CHECK(device.count(store::State::Rejected) == 1);
    CHECK(device.count(store::State::Synced) == 7);
    auto q = device.db->run(
        QStringLiteral("SELECT reject_code, reject_reason FROM responses WHERE id = ?"), {victim});
    REQUIRE(q.ok());
    REQUIRE(q.value->next());
    CHECK(q.value->value(0).toString() == "conflict");
    CHECK_FALSE(q.value->value(1).toString().isEmpty());
    // As the supervisor panel lists it.
    const auto listed = device.outbox->quarantined(50);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->constFirst().id == victim);
    CHECK(listed->constFirst().code == QLatin1String("conflict"));
    CHECK(collector.storedIds().size() == 8);
    // The supervisor keeps it: off the list, still sealed here, never sent again.
    CHECK(device.outbox->keep(listed->constFirst().id + "x")); // no such response
    REQUIRE_FALSE(device.outbox->keep(victim));
    CHECK(device.outbox->quarantined(50)->isEmpty());
    CHECK(device.outbox->keep(victim)); // only once
    CHECK(device.count(store::State::Rejected) == 1);
    CHECK(*device.outbox->pending() == 0);
}

TEST_CASE("an envelope the collector cannot open is rejected; the rest flows", "[collector][sync]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QByteArray rightKey = *device.store->serverKey();
    device.seed(4);
    // Two responses sealed to a key that is not the collector's.
    REQUIRE_FALSE(device.store->setServerKey(protocol::generateKeyPair().publicKey));
    device.seed(2, 7);
    REQUIRE_FALSE(device.store->setServerKey(rightKey));
    device.seed(3, 9);

    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    CHECK(device.count(store::State::Synced) == 7);
    CHECK(device.count(store::State::Rejected) == 2);
    auto q = device.db->run(
        QStringLiteral("SELECT DISTINCT reject_code FROM responses WHERE state = 'rejected'"));
    REQUIRE(q.ok());
    REQUIRE(q.value->next());
    CHECK(q.value->value(0).toString() == "undecryptable");
    CHECK(collector.storedIds().size() == 7);
}

TEST_CASE("a refused token puts the device in needs-enrollment and keeps its responses",
          "[collector][sync]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    device.seed(3);
    auto enrolled = *device.outbox->enrollment();
    enrolled.token = QStringLiteral("revoked-revoked-revoked-revoked-revoked");
    REQUIRE_FALSE(device.outbox->saveEnrollment(enrolled, *device.store->serverKey()));

    sync::SyncEngine engine(device.db, fastOptions());
    engine.syncNow();
    REQUIRE(waitUntil([&] { return engine.state() == sync::SyncEngine::State::NeedsEnrollment; },
                      10000));
    CHECK(device.outbox->needsEnrollment());
    CHECK(device.count(store::State::Queued) == 3);

    device.enroll(collector.url(), collector.enrollCode());
    REQUIRE(drain(engine));
    CHECK(device.count(store::State::Synced) == 3);
}

TEST_CASE("a revoked device is refused at once; what it sent stays", "[collector][sync]")
{
    CollectorProcess collector;
    Device lost;
    Device other;
    lost.enroll(collector.url(), collector.enrollCode());
    other.enroll(collector.url(), collector.enrollCode());
    lost.seed(2, 31);
    sync::SyncEngine engine(lost.db, fastOptions());
    REQUIRE(drain(engine));
    const QString id = lost.outbox->enrollment()->deviceId;
    const auto run = [&](const QStringList &args, int *code = nullptr) {
        return runTool(CollectorProcess::binary(),
                       args + QStringList{QStringLiteral("--data-dir"), collector.dir()}, code);
    };

    const QString listed =
        run({QStringLiteral("devices"), QStringLiteral("--unit"), QStringLiteral("dukcapil-01")});
    QStringList row;
    for (const QString &line : listed.split(u'\n')) {
        if (line.startsWith(id))
            row = line.split(u'\t');
    }
    REQUIRE(row.size() == 4);
    CHECK(row.at(1) == QStringLiteral("dukcapil-01"));
    CHECK(row.at(3) == QStringLiteral("2"));

    // The serving collector refuses the token from the next request on.
    CHECK(run({QStringLiteral("revoke"), QStringLiteral("--device"), id}).startsWith("revoked"));
    lost.seed(3, 32);
    engine.syncNow();
    REQUIRE(waitUntil([&] { return engine.state() == sync::SyncEngine::State::NeedsEnrollment; },
                      10000));
    CHECK(lost.count(store::State::Queued) == 3);
    CHECK(collector.storedIds().size() == 2);
    CHECK_FALSE(run({QStringLiteral("devices")}).contains(id));

    // The other device is untouched; an unknown id is refused.
    other.seed(1, 33);
    sync::SyncEngine otherEngine(other.db, fastOptions());
    REQUIRE(drain(otherEngine));
    CHECK(collector.storedIds().size() == 3);
    int code = 0;
    run({QStringLiteral("revoke"), QStringLiteral("--device"), id}, &code);
    CHECK(code == 1);
    run({QStringLiteral("revoke")}, &code);
    CHECK(code == 2);
}

TEST_CASE("hostile and malformed requests get JSON 4xx and store nothing", "[collector]")
{
    CollectorProcess collector({QStringLiteral("--rate"), QStringLiteral("1000")});
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    device.seed(2);
    const QString token = device.outbox->enrollment()->token;
    const QByteArray good = protocol::Batch{envelopes(device)}.toBody();
    QJsonObject item = envelopes(device).first().toJson();

    struct Case
    {
        const char *what;
        QByteArray body;
        QString token;
        QByteArray contentType;
        int status;
        const char *code;
    };
    auto withItem = [](const QJsonObject &o) {
        return QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{o}}})
            .toJson(QJsonDocument::Compact);
    };
    QJsonObject wrongType = item;
    wrongType.insert(QStringLiteral("questionnaire_version"), QStringLiteral("1"));
    QJsonObject badId = item;
    badId.insert(QStringLiteral("id"), QStringLiteral("../../etc/passwd"));
    const QByteArray nested = QByteArray(5000, '[') + QByteArray(5000, ']');
    const Case cases[] = {
        {"no token", good, {}, "application/json", 401, "unauthorized"},
        {"a wrong token", good, QStringLiteral("x").repeated(43), "application/json", 401,
         "unauthorized"},
        {"malformed JSON", "{\"items\": [", token, "application/json", 400, "malformed"},
        {"not an object", "[1,2,3]", token, "application/json", 400, "malformed"},
        {"deep nesting", nested, token, "application/json", 400, "malformed"},
        {"wrong types", withItem(wrongType), token, "application/json", 400, "malformed"},
        {"a bad id", withItem(badId), token, "application/json", 400, "malformed"},
        {"an empty batch", "{\"items\":[]}", token, "application/json", 400, "malformed"},
        {"not JSON at all", good, token, "text/plain", 415, "unsupported_media_type"},
        {"an oversized body", QByteArray(9 * 1024 * 1024, ' '), token, "application/json", 413,
         "too_large"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto r = call(batchesUrl(collector), "POST", c.body, c.token, c.contentType);
        CHECK(r.status == c.status);
        CHECK(protocol::errorCode(r.body) == QString::fromLatin1(c.code));
    }
    const auto unknown =
        call(collector.url() + QStringLiteral("/api/v1/questionnaires/spi-external/99"), "GET", {},
             token, {});
    CHECK(unknown.status == 404);
    CHECK(protocol::errorCode(unknown.body) == "unknown_questionnaire");
    const auto bogusCode =
        call(collector.url() + QStringLiteral("/api/v1/enroll"), "POST", "{\"code\":\"NOPE\"}");
    CHECK(bogusCode.status == 403);
    CHECK(collector.storedIds().isEmpty());

    // An unpublished questionnaire version is rejected per item; the batch's good item stays.
    QJsonObject unpublished = item;
    unpublished.insert(QStringLiteral("questionnaire_version"), 42);
    unpublished.insert(QStringLiteral("id"),
                       QStringLiteral("00000000-0000-4000-8000-000000000001"));
    const auto mixed =
        call(batchesUrl(collector), "POST",
             QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{unpublished, item}}})
                 .toJson(QJsonDocument::Compact),
             token);
    REQUIRE(mixed.status == 200);
    CHECK(statuses(mixed.body) ==
          QStringList{QStringLiteral("rejected"), QStringLiteral("stored")});
    CHECK(mixed.body.contains("unknown_questionnaire"));
    CHECK(collector.storedIds().size() == 1);
}

TEST_CASE("too many requests get 429 with Retry-After", "[collector]")
{
    CollectorProcess collector({QStringLiteral("--rate"), QStringLiteral("1")});
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 6; ++i) {
        const auto r = call(collector.url() + QStringLiteral("/api/v1/batches"), "POST", "{}");
        if (r.status == 429) {
            ++limited;
            CHECK(protocol::errorCode(r.body) == "too_many_requests");
            CHECK(r.retryAfterMs.value_or(0) >= 1000);
        } else {
            CHECK(r.status == 401);
        }
    }
    CHECK(limited >= 3); // a burst of 2, then one a second
    CHECK(collector.storedIds().isEmpty());
}

TEST_CASE("new questionnaire versions are downloaded, checked and kept for the next respondent",
          "[collector][sync]")
{
    CollectorProcess collector;
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    device.seed(1);
    QFile f(QStringLiteral(LOKET_SOURCE_DIR "/assets/questionnaires/skm-permenpanrb-14-2017.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject qn = QJsonDocument::fromJson(f.readAll()).object();
    qn.insert(QStringLiteral("version"), qn.value(QStringLiteral("version")).toInt() + 1);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("skm-v2.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(qn).toJson());
    out.close();
    runTool(CollectorProcess::binary(), {QStringLiteral("questionnaire"), QStringLiteral("publish"),
                                         QStringLiteral("--data-dir"), collector.dir(), path});

    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    const auto held = device.outbox->questionnaires();
    REQUIRE(held.ok());
    CHECK(std::any_of(held->begin(), held->end(), [&](const protocol::QuestionnaireInfo &i) {
        return i.id == "skm-permenpanrb-14-2017" &&
               i.version == qn.value(QStringLiteral("version")).toInt();
    }));
}

TEST_CASE("enumerators and quota progress reach devices with enrollment and every config sync",
          "[collector][sync]")
{
    CollectorProcess collector;
    const QString bin = CollectorProcess::binary();
    const QStringList data{QStringLiteral("--data-dir"), collector.dir()};
    runTool(bin, QStringList{QStringLiteral("unit"), QStringLiteral("--unit"),
                             QStringLiteral("dukcapil-01"), QStringLiteral("--services"),
                             QStringLiteral("ktp,kk"), QStringLiteral("--quota"),
                             QStringLiteral("ktp=10"), QStringLiteral("--enumerators"),
                             QStringLiteral("E01")} +
                     data);
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    {
        store::FieldStaff staff(device.db);
        const auto people = staff.list();
        REQUIRE(people.size() == 1);
        CHECK(people.first().id == QLatin1String("E01"));
        CHECK(people.first().pinHash.isEmpty());
        CHECK_FALSE(staff.pin(QStringLiteral("E01")).isSet()); // the supervisor must set one
    }

    // A new enumerator with a PIN the collector hashes; the PIN is read from standard input.
    QProcess add;
    add.start(bin, QStringList{QStringLiteral("enumerator"), QStringLiteral("--unit"),
                               QStringLiteral("dukcapil-01"), QStringLiteral("--id"),
                               QStringLiteral("E02"), QStringLiteral("--name"),
                               QStringLiteral("Siti Rahma"), QStringLiteral("--pin-stdin")} +
                       data);
    add.write("482916\n");
    add.closeWriteChannel();
    REQUIRE(add.waitForFinished(30000));
    REQUIRE(add.exitCode() == 0);
    int code = 0;
    runTool(bin,
            QStringList{QStringLiteral("enumerator"), QStringLiteral("--unit"),
                        QStringLiteral("dukcapil-01"), QStringLiteral("--id"),
                        QStringLiteral("bad id!")} +
                data,
            &code);
    CHECK(code == 2);

    device.seed(3, 7, QStringLiteral("ktp"));
    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    store::FieldStaff staff(device.db);
    const auto siti = staff.find(QStringLiteral("E02"));
    REQUIRE(siti);
    CHECK(siti->name == QLatin1String("Siti Rahma"));
    CHECK(siti->pinHash.startsWith(QLatin1String("$argon2id$")));
    CHECK_FALSE(siti->pinHash.contains(QLatin1String("482916")));
    store::PinGuard pin = staff.pin(QStringLiteral("E02"));
    CHECK(pin.unlock(QStringLiteral("000000")).outcome == store::PinGuard::Outcome::Wrong);
    CHECK(pin.unlock(QStringLiteral("482916")).outcome == store::PinGuard::Outcome::Unlocked);

    const auto enrolled = device.outbox->enrollment();
    REQUIRE(enrolled);
    CHECK(enrolled->unit.services == QStringList{"ktp", "kk"});
    CHECK(enrolled->unit.progress.value(QStringLiteral("ktp")).toInt() == 3);
    const auto log = device.outbox->recentLog(10);
    REQUIRE(log.ok());
    CHECK(std::any_of(log->begin(), log->end(), [](const store::SyncLogEntry &e) {
        return e.operation == QLatin1String("config") && e.outcome == QLatin1String("ok");
    }));

    // The report shows progress against the quota.
    const QJsonObject report =
        QJsonDocument::fromJson(runTool(bin, QStringList{QStringLiteral("report")} + data).toUtf8())
            .object();
    const QJsonArray quotas = report.value(QStringLiteral("quotas")).toArray();
    REQUIRE(quotas.size() == 1);
    CHECK(quotas.at(0)[QStringLiteral("service")] == QLatin1String("ktp"));
    CHECK(quotas.at(0)[QStringLiteral("target")].toInt() == 10);
    CHECK(quotas.at(0)[QStringLiteral("done")].toInt() == 3);
    CHECK(quotas.at(0)[QStringLiteral("remaining")].toInt() == 7);

    // Removed on the collector, gone from the device at the next config sync.
    runTool(bin, QStringList{QStringLiteral("enumerator"), QStringLiteral("--unit"),
                             QStringLiteral("dukcapil-01"), QStringLiteral("--id"),
                             QStringLiteral("E01"), QStringLiteral("--remove")} +
                     data);
    engine.syncNow();
    REQUIRE(drain(engine));
    CHECK_FALSE(store::FieldStaff(device.db).find(QStringLiteral("E01")));
}
