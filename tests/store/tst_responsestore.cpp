#include "storetestutil.h"

#include "core/scoring.h"
#include "store/seed.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

using namespace loket;
using namespace loket::store;
using namespace loket::test;

namespace {

struct Skm
{
    std::shared_ptr<const Questionnaire> qn =
        bundledQuestionnaire(QStringLiteral("skm-permenpanrb-14-2017"));
    QByteArray body = bundledBody(QStringLiteral("skm-permenpanrb-14-2017"));
};

QString startSkm(StoreFixture &f, const Skm &skm, Mode mode = Mode::Kiosk)
{
    StartInfo info;
    info.channel = mode;
    info.unit = QStringLiteral("dukcapil-bogor");
    info.service = QStringLiteral("ktp");
    info.enumerator = QStringLiteral("enum-3");
    const auto id = f.store->start(*skm.qn, skm.body, info);
    INFO(errorText(id.error).toStdString());
    REQUIRE(id.ok());
    return *id;
}

void answerAll(StoreFixture &f, const QString &id, int score)
{
    REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("jenis_kelamin"),
                                      Value::string(QStringLiteral("p")), {0, 900}));
    REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("umur"), Value::number(41), {900, 2000}));
    for (int e = 1; e <= 9; ++e)
        REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("u%1").arg(e), Value::number(score),
                                          {2000 + e * 1000, 2500 + e * 1000}));
}

// A completed response that went through a successful upload.
QString syncedSkm(StoreFixture &f, const Skm &skm, int score)
{
    const QString id = startSkm(f, skm);
    answerAll(f, id, score);
    REQUIRE_FALSE(f.store->complete(id));
    REQUIRE_FALSE(f.store->transition(id, State::Sending));
    REQUIRE_FALSE(f.store->transition(id, State::Synced));
    return id;
}

} // namespace

TEST_CASE("a response is a draft with a UUID, and each answer is committed", "[store]")
{
    StoreFixture f;
    Skm skm;
    const QString id = startSkm(f, skm);
    CHECK_FALSE(QUuid::fromString(id).isNull());
    CHECK(*f.store->state(id) == State::Draft);
    REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("u1"), Value::number(2), {100, 900}));
    REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("u1"), Value::number(4), {100, 1500}));
    REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("pekerjaan"),
                                      Value::string(QStringLiteral("swasta")), {1500, 2100}));
    // A second connection sees it at once: it is on disk, not in a cache.
    f.reopen();
    const auto answers = f.store->draftAnswers(id);
    REQUIRE(answers.ok());
    CHECK(answers->value(QStringLiteral("u1")) == Value::number(4));
    CHECK(answers->value(QStringLiteral("pekerjaan")) == Value::string(QStringLiteral("swasta")));
    REQUIRE_FALSE(f.store->removeAnswer(id, QStringLiteral("pekerjaan")));
    CHECK_FALSE(f.store->draftAnswers(id)->contains(QStringLiteral("pekerjaan")));
    CHECK(f.store
              ->saveAnswer(QStringLiteral("no-such-id"), QStringLiteral("u1"), Value::number(1), {})
              ->kind == StoreError::Kind::NotFound);
}

TEST_CASE("completion seals, deletes plaintext, queues and counts in one step", "[store]")
{
    StoreFixture f;
    Skm skm;
    const QString id = startSkm(f, skm, Mode::Field);
    answerAll(f, id, 3);
    REQUIRE_FALSE(
        f.store->saveAnswer(id, QStringLiteral("u1"), Value::number(4), {3000, 9000})); // a change
    REQUIRE_FALSE(f.store->complete(id));
    CHECK(*f.store->state(id) == State::Queued);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM answers")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM paradata")) == 0);

    const QJsonObject doc = f.openEnvelopes().value(id);
    CHECK(doc["response_id"].toString() == id);
    CHECK(doc["status"].toString() == "completed");
    CHECK(doc["questionnaire"]["id"].toString() == "skm-permenpanrb-14-2017");
    CHECK(doc["answers"]["u1"].toDouble() == 4);
    CHECK(doc["answers"]["u9"].toDouble() == 3);
    CHECK(doc["meta"]["channel"].toString() == "field");
    CHECK(doc["meta"]["unit"].toString() == "dukcapil-bogor");
    const QJsonObject paradata = doc["paradata"].toObject();
    CHECK(paradata["enumerator"].toString() == "enum-3");
    CHECK(paradata["language"].toString() == "id");
    CHECK(paradata["duration_ms"].toInteger() == 11500);
    CHECK(paradata["questions"]["u1"]["first_shown_ms"].toInteger() == 3000);
    CHECK(paradata["questions"]["u1"]["answered_ms"].toInteger() == 9000);
    CHECK(paradata["questions"]["u1"]["changes"].toInt() == 1);
    CHECK(paradata["questions"]["u2"]["changes"].toInt() == 0);

    // Aggregates: one response today for the unit and service, element sums per IKM element.
    CHECK(f.count(QStringLiteral(
              "SELECT SUM(responses) FROM daily_counts WHERE unit = 'dukcapil-bogor' "
              "AND service = 'ktp'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT sum FROM element_tallies WHERE element_id = 'u1'")) == 4);
    CHECK(f.count(QStringLiteral("SELECT answers FROM element_tallies WHERE element_id = 'u9'")) ==
          1);

    // A sealed response takes no more answers and cannot be completed twice.
    CHECK(f.store->saveAnswer(id, QStringLiteral("u1"), Value::number(1), {})->kind ==
          StoreError::Kind::Refused);
    CHECK(f.store->complete(id)->kind == StoreError::Kind::IllegalTransition);
}

TEST_CASE("aggregates match the scoring of the same responses", "[store]")
{
    StoreFixture f;
    Skm skm;
    QRandomGenerator rng(99);
    ScoreAccumulator expected(skm.qn);
    for (int n = 0; n < 40; ++n)
        REQUIRE(seedResponse(*f.store, skm.qn, skm.body, {}, rng).ok());
    for (const QJsonObject &doc : f.openEnvelopes()) {
        QString why;
        REQUIRE_FALSE(expected.add(*ResponseDocument::fromJson(doc, &why)));
    }
    const IndexResult ikm = expected.results().first();
    for (qsizetype e = 0; e < ikm.elements.size(); ++e) {
        auto q = f.db->run(
            QStringLiteral("SELECT sum, answers FROM element_tallies WHERE element_id = ?"),
            {ikm.index->elements.at(e).id});
        REQUIRE(q.ok());
        REQUIRE(q.value->next());
        CHECK(q.value->value(0).toDouble() == Approx(ikm.elements.at(e).sum));
        CHECK(q.value->value(1).toLongLong() == ikm.elements.at(e).count);
    }
}

TEST_CASE("a stolen database reveals no answer", "[store][sealing]")
{
    StoreFixture f;
    const auto spi = bundledQuestionnaire(QStringLiteral("spi-external"));
    const QByteArray body = bundledBody(QStringLiteral("spi-external"));
    QStringList secrets;
    QRandomGenerator rng(5);
    for (int n = 0; n < 12; ++n) {
        const QString secret = QStringLiteral("RAHASIA%1X%2").arg(n).arg(rng.generate());
        secrets.append(secret);
        const auto id = f.store->start(*spi, body, {});
        REQUIRE(id.ok());
        REQUIRE_FALSE(f.store->saveAnswer(*id, QStringLiteral("dilayani"),
                                          Value::string(QStringLiteral("yes")), {}));
        REQUIRE_FALSE(f.store->saveAnswer(*id, QStringLiteral("saran"), Value::string(secret), {}));
        REQUIRE_FALSE(f.store->complete(*id));
    }
    // Every byte on disk: the database and whatever WAL is left.
    QByteArray raw;
    for (const QString &name : QDir(f.dir.path()).entryList(QDir::Files)) {
        QFile file(QDir(f.dir.path()).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        raw += file.readAll();
    }
    REQUIRE(raw.size() > 0);
    // Every table, as the sqlite3 tool shows it.
    QProcess dump;
    dump.start(QStringLiteral("sqlite3"),
               {QDir(f.dir.path()).filePath(Database::fileName()), QStringLiteral(".dump")});
    REQUIRE(dump.waitForFinished(30000));
    REQUIRE(dump.exitCode() == 0);
    const QByteArray tables = dump.readAllStandardOutput();
    REQUIRE(tables.contains("CREATE TABLE envelopes"));
    for (const QString &secret : std::as_const(secrets)) {
        CHECK_FALSE(raw.contains(secret.toUtf8()));
        CHECK_FALSE(tables.contains(secret.toUtf8()));
    }
    // The collector's secret key opens them; another key does not.
    QStringList opened;
    for (const QJsonObject &doc : f.openEnvelopes())
        opened.append(doc["answers"]["saran"].toString());
    opened.sort();
    secrets.sort();
    CHECK(opened == secrets);
    auto q = f.db->run(QStringLiteral("SELECT sealed FROM envelopes LIMIT 1"));
    REQUIRE((q.ok() && q.value->next()));
    CHECK_FALSE(protocol::open(q.value->value(0).toByteArray(), protocol::generateKeyPair()));
}

TEST_CASE("recovery after a crash depends on the mode", "[store][recovery]")
{
    StoreFixture f;
    Skm skm;
    const QString draft = startSkm(f, skm);
    REQUIRE_FALSE(f.store->saveAnswer(draft, QStringLiteral("u1"), Value::number(2), {0, 700}));
    const QString sent = startSkm(f, skm);
    answerAll(f, sent, 4);
    REQUIRE_FALSE(f.store->complete(sent));
    REQUIRE_FALSE(f.store->transition(sent, State::Sending));

    SECTION("field mode keeps drafts to resume")
    {
        f.reopen();
        const auto r = f.store->recover(Mode::Field);
        REQUIRE(r.ok());
        CHECK(r->requeued == 1);
        CHECK(r->abandoned == 0);
        CHECK(*f.store->state(draft) == State::Draft);
        CHECK(f.store->draftAnswers(draft)->value(QStringLiteral("u1")) == Value::number(2));
    }
    SECTION("kiosk mode abandons them, sealed, without plaintext")
    {
        f.reopen();
        const auto r = f.store->recover(Mode::Kiosk);
        REQUIRE(r.ok());
        CHECK(r->abandoned == 1);
        CHECK(*f.store->state(draft) == State::Abandoned);
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM answers")) == 0);
        const QJsonObject doc = f.openEnvelopes().value(draft);
        CHECK(doc["status"].toString() == "abandoned");
        CHECK(doc["answers"]["u1"].toDouble() == 2);
        // Abandoned answers are not counted as responses.
        CHECK(f.count(QStringLiteral("SELECT SUM(responses) FROM daily_counts")) == 1);
    }
    CHECK(*f.store->state(sent) == State::Queued);
}

TEST_CASE("an enumerator's field drafts are listed, newest first, without their answers",
          "[store][field]")
{
    StoreFixture f;
    Skm skm;
    const QString older = startSkm(f, skm, Mode::Field);
    const QString newer = startSkm(f, skm, Mode::Field);
    startSkm(f, skm, Mode::Kiosk); // kiosk drafts are no interviews
    REQUIRE_FALSE(f.store->saveAnswer(newer, QStringLiteral("u1"), Value::number(3), {0, 500}));
    REQUIRE_FALSE(f.store->saveAnswer(newer, QStringLiteral("u2"), Value::number(4), {0, 900}));
    REQUIRE_FALSE(f.store->saveAnswer(older, QStringLiteral("u1"), Value::number(2), {0, 700}));
    QThread::msleep(5); // updated_at has millisecond precision
    REQUIRE_FALSE(f.store->saveAnswer(older, QStringLiteral("u3"), Value::number(2), {0, 800}));

    f.reopen(); // as after a restart
    REQUIRE(f.store->recover(Mode::Field).ok());
    const auto drafts = f.store->drafts(QStringLiteral("enum-3"));
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 2);
    CHECK(drafts->at(0).id == older); // touched last
    CHECK(drafts->at(0).answered == 2);
    CHECK(drafts->at(1).id == newer);
    CHECK(drafts->at(1).service == QLatin1String("ktp"));
    CHECK(drafts->at(1).questionnaireId == skm.qn->id);
    CHECK(drafts->at(1).startedAt.isValid());
    CHECK(f.store->drafts(QStringLiteral("enum-9"))->isEmpty());
    CHECK(f.store->draft(newer)->answered == 2);

    REQUIRE_FALSE(f.store->complete(newer));
    CHECK(f.store->drafts(QStringLiteral("enum-3"))->size() == 1);
    CHECK_FALSE(f.store->draft(newer).ok());
}

TEST_CASE("transitions after completion follow the lifecycle", "[store]")
{
    StoreFixture f;
    Skm skm;
    const QString id = startSkm(f, skm);
    answerAll(f, id, 2);
    CHECK(f.store->transition(id, State::Sending)->kind == StoreError::Kind::IllegalTransition);
    REQUIRE_FALSE(f.store->complete(id));
    CHECK(f.store->transition(id, State::Synced)->kind == StoreError::Kind::IllegalTransition);
    REQUIRE_FALSE(f.store->transition(id, State::Sending));
    REQUIRE_FALSE(f.store->transition(id, State::Rejected, QStringLiteral("422"),
                                      QStringLiteral("unknown version")));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM responses WHERE reject_code = '422'")) == 1);
    REQUIRE_FALSE(f.store->transition(id, State::Queued));
    REQUIRE_FALSE(f.store->transition(id, State::Sending));
    REQUIRE_FALSE(f.store->transition(id, State::Synced));
    CHECK(f.store->transition(id, State::Queued)->kind == StoreError::Kind::IllegalTransition);
}

TEST_CASE("a discarded draft leaves nothing behind", "[store]")
{
    StoreFixture f;
    Skm skm;
    const QString id = startSkm(f, skm);
    REQUIRE_FALSE(f.store->saveAnswer(id, QStringLiteral("u1"), Value::number(2), {}));
    REQUIRE_FALSE(f.store->discard(id));
    CHECK(f.store->state(id).error->kind == StoreError::Kind::NotFound);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM answers")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM paradata")) == 0);
}

TEST_CASE("without a collector key no respondent starts", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    ResponseStore store(*db);
    Skm skm;
    const auto id = store.start(*skm.qn, skm.body, {});
    REQUIRE_FALSE(id.ok());
    CHECK(id.error->kind == StoreError::Kind::Refused);
    CHECK(id.error->message.contains("set-server-key"));
    CHECK(store.setServerKey(QByteArray(5, 'x'))->kind == StoreError::Kind::Invalid);
}

TEST_CASE("synced responses are purged after the retention; aggregates and used versions stay",
          "[store][retention]")
{
    StoreFixture f;
    Skm skm;
    const QString old = syncedSkm(f, skm, 4);
    const QString pending = startSkm(f, skm);
    answerAll(f, pending, 1);
    REQUIRE_FALSE(f.store->complete(pending));

    auto purged = f.store->purgeSynced(30, QDateTime::currentDateTimeUtc().addDays(31));
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    CHECK(f.store->state(old).error->kind == StoreError::Kind::NotFound);
    CHECK(*f.store->state(pending) == State::Queued);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM envelopes")) == 1);
    CHECK(f.count(QStringLiteral("SELECT SUM(responses) FROM daily_counts")) == 2);
    // The version the queued response started with is kept.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM questionnaires")) == 1);
    CHECK(f.store->questionnaire(QStringLiteral("skm-permenpanrb-14-2017"), 1).ok());
    // Once nothing uses it, it goes too.
    REQUIRE_FALSE(f.store->transition(pending, State::Sending));
    REQUIRE_FALSE(f.store->transition(pending, State::Synced));
    REQUIRE(*f.store->purgeSynced(30, QDateTime::currentDateTimeUtc().addDays(31)) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM questionnaires")) == 0);
    CHECK(f.count(QStringLiteral("SELECT SUM(responses) FROM daily_counts")) == 2);
}

TEST_CASE("start-up purges by the configured retention", "[store][retention]")
{
    StoreFixture f;
    Skm skm;
    const QString id = syncedSkm(f, skm, 4);
    REQUIRE_FALSE(
        f.db->exec(QStringLiteral("UPDATE responses SET updated_at = '2026-01-01T00:00:00Z'")));
    REQUIRE_FALSE(f.store->setConfig(QStringLiteral("purge_days"), QStringLiteral("100000")));
    REQUIRE(f.store->startUp(Mode::Kiosk).ok());
    CHECK(*f.store->state(id) == State::Synced); // within the configured retention
    REQUIRE_FALSE(f.store->setConfig(QStringLiteral("purge_days"), QStringLiteral("30")));
    REQUIRE(f.store->startUp(Mode::Kiosk).ok());
    CHECK(f.store->state(id).error->kind == StoreError::Kind::NotFound);
}

TEST_CASE("a version referenced by a response cannot be deleted", "[store][retention]")
{
    StoreFixture f;
    Skm skm;
    startSkm(f, skm);
    const Status error = f.db->exec(QStringLiteral("DELETE FROM questionnaires"));
    REQUIRE(error);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM questionnaires")) == 1);
}

TEST_CASE("the index from the aggregate counters equals the index from the responses",
          "[store][aggregates]")
{
    StoreFixture f;
    Skm skm;
    const int scores[] = {4, 3, 3, 2, 4, 1, 3};
    for (const int score : scores) {
        const QString id = startSkm(f, skm);
        answerAll(f, id, score);
        REQUIRE_FALSE(f.store->complete(id));
    }
    // A draft and an abandoned response count for neither.
    answerAll(f, startSkm(f, skm), 1);
    const QString left = startSkm(f, skm);
    answerAll(f, left, 1);
    REQUIRE_FALSE(f.store->abandon(left));

    ScoreAccumulator fromResponses(skm.qn);
    for (const QJsonObject &json : f.openEnvelopes()) {
        QString error;
        const auto doc = ResponseDocument::fromJson(json, &error);
        REQUIRE(doc);
        if (json.value(QStringLiteral("status")).toString() == QLatin1String("abandoned"))
            continue;
        fromResponses.add(*doc);
    }
    const auto tallies = f.store->elementTallies(*skm.qn);
    REQUIRE(tallies.ok());
    const auto fromCounters = indexResults(*skm.qn, *tallies);
    const auto expected = fromResponses.results();
    REQUIRE(fromCounters.size() == expected.size());
    REQUIRE(fromCounters.at(0).value.has_value());
    CHECK(*fromCounters.at(0).value == Approx(*expected.at(0).value));
    CHECK(fromCounters.at(0).grade == expected.at(0).grade);
    for (qsizetype e = 0; e < expected.at(0).elements.size(); ++e) {
        CHECK(fromCounters.at(0).elements.at(e).count == 7);
        CHECK(fromCounters.at(0).elements.at(e).mean() ==
              Approx(expected.at(0).elements.at(e).mean()));
    }
    const auto perService = f.store->completedSince(QStringLiteral("dukcapil-bogor"),
                                                    QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    REQUIRE(perService.ok());
    CHECK(perService->value(QStringLiteral("ktp")) == 7);
    CHECK(perService->size() == 1);
}
