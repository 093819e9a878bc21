// Kills a writer with SIGKILL at random moments, then checks that every acknowledged answer
// and completion survived and that no response is in an impossible state.
#include "storetestutil.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace loket;
using namespace loket::store;
using namespace loket::test;

namespace {

struct Acks
{
    QHash<QString, QHash<QString, QJsonValue>> answers; // response → question → last value
    QSet<QString> completed;
    QSet<QString> sending;
};

Acks parse(const QByteArray &output)
{
    Acks acks;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3 || parts.at(0) != "ACK")
            continue; // a partial last line was never acknowledged
        const QString id = QString::fromLatin1(parts.at(1));
        if (parts.size() == 3 && parts.at(2) == "complete")
            acks.completed.insert(id);
        else if (parts.size() == 3 && parts.at(2) == "sending")
            acks.sending.insert(id);
        else
            acks.answers[id][QString::fromLatin1(parts.at(2))] =
                QJsonDocument::fromJson(line.mid(line.indexOf('[', 0))).array().at(0);
    }
    return acks;
}

void verify(StoreFixture &f, const Acks &acks)
{
    REQUIRE(f.db->integrityOk());
    // No impossible states: drafts hold plaintext and no envelope; everything else the reverse.
    CHECK(f.count(QStringLiteral(
              "SELECT COUNT(*) FROM responses r JOIN envelopes e ON e.response_id = r.id "
              "WHERE r.state = 'draft'")) == 0);
    CHECK(f.count(QStringLiteral(
              "SELECT COUNT(*) FROM responses r WHERE r.state != 'draft' AND NOT EXISTS "
              "(SELECT 1 FROM envelopes e WHERE e.response_id = r.id)")) == 0);
    CHECK(f.count(QStringLiteral(
              "SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id "
              "WHERE r.state != 'draft'")) == 0);
    const QHash<QString, QJsonObject> sealed = f.openEnvelopes();
    for (auto it = acks.answers.begin(); it != acks.answers.end(); ++it) {
        const auto state = f.store->state(it.key());
        REQUIRE(state.ok());
        if (acks.completed.contains(it.key()))
            CHECK(*state != State::Draft);
        if (acks.sending.contains(it.key()))
            CHECK((*state == State::Sending || *state == State::Queued));
        const QJsonObject answers = sealed.value(it.key())["answers"].toObject();
        const auto drafts = f.store->draftAnswers(it.key());
        REQUIRE(drafts.ok());
        for (auto a = it.value().begin(); a != it.value().end(); ++a) {
            INFO(it.key().toStdString() << " " << a.key().toStdString());
            const QJsonValue stored =
                *state == State::Draft ? drafts->value(a.key()).toJson() : answers.value(a.key());
            CHECK(stored == a.value());
        }
    }
}

} // namespace

TEST_CASE("no acknowledged answer is lost when the writer is killed", "[store][crash]")
{
    const int rounds = qEnvironmentVariableIsSet("LOKET_CRASH_ROUNDS")
                           ? qEnvironmentVariableIntValue("LOKET_CRASH_ROUNDS")
                           : 200;
    StoreFixture f;
    f.store.reset();
    f.db.reset(); // the child writes; the test only looks between rounds
    QRandomGenerator rng(20261126);
    int acknowledged = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(LOKET_CRASH_CHILD),
                    {f.dir.path(), QString::fromLatin1(protocol::keyToBase64(f.keys.publicKey)),
                     QString::number(rng.generate()), QStringLiteral(LOKET_SOURCE_DIR)});
        REQUIRE(child.waitForStarted(10000));
        // Let it get going, then kill it at a random moment mid-write.
        child.waitForReadyRead(5000);
        QThread::msleep(rng.bounded(1, 60));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        INFO("round " << round << ", child stderr: " << child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        const Acks acks = parse(child.readAllStandardOutput());
        for (const auto &answers : acks.answers)
            acknowledged += int(answers.size());
        f.reopen();
        verify(f, acks);
        f.store.reset();
        f.db.reset();
    }
    CHECK(acknowledged > rounds); // the test did write under fire
    WARN(rounds << " rounds, " << acknowledged << " acknowledged answers checked");
}
