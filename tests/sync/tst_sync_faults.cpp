// The sync engine against the real collector through a fault-injecting proxy: whatever the
// network does, the collector ends up holding every completed response exactly once.
#include "faultproxy.h"
#include "synctestutil.h"

using namespace loket;
using namespace loket::test;
using Fault = FaultProxy::Fault;

namespace {

// After the faults: the collector holds exactly the device's completed responses, each once,
// and the device shows them all synced.
void requireExactlyOnce(CollectorProcess &collector, Device &device, const QSet<QString> &ids)
{
    const QList<QString> stored = collector.storedIds();
    CHECK(stored.size() == ids.size());
    CHECK(QSet<QString>(stored.begin(), stored.end()) == ids);
    CHECK(device.count(store::State::Synced) == ids.size());
    CHECK(device.count(store::State::Queued) == 0);
    CHECK(device.count(store::State::Sending) == 0);
}

// Points an enrolled device at the proxy instead of the collector.
void throughProxy(Device &device, const FaultProxy &proxy)
{
    auto enrolled = *device.outbox->enrollment();
    enrolled.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    REQUIRE_FALSE(device.outbox->saveEnrollment(enrolled, *device.store->serverKey()));
}

} // namespace

TEST_CASE("each network fault ends with every response stored exactly once", "[sync][faults]")
{
    const auto [name, faults] = GENERATE(table<const char *, std::vector<Fault>>({
        {"reset before the body", {Fault::ResetBeforeBody, Fault::ResetBeforeBody}},
        {"reset after the body", {Fault::ResetAfterBody, Fault::Pass, Fault::ResetAfterBody}},
        {"truncated reply", {Fault::TruncateReply, Fault::TruncateReply}},
        {"reply slower than the timeout", {Fault::Delay}},
        {"500 storm", {Fault::Status500, Fault::Status500, Fault::Status500, Fault::Status500}},
        {"503 storm", {Fault::Status503, Fault::Status503, Fault::Status503}},
        {"everything at once",
         {Fault::Status500, Fault::ResetAfterBody, Fault::TruncateReply, Fault::Status503,
          Fault::ResetBeforeBody, Fault::Pass, Fault::ResetAfterBody, Fault::Delay}},
    }));
    INFO(name);
    CollectorProcess collector;
    FaultProxy proxy(collector.port());
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(35);
    throughProxy(device, proxy);

    for (Fault f : faults)
        proxy.script({f});
    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    CHECK(proxy.scriptDone());
    requireExactlyOnce(collector, device, ids);
    CHECK(engine.lastError().isEmpty());
}

TEST_CASE("connection refused: the engine waits and delivers once the collector is back",
          "[sync][faults]")
{
    CollectorProcess collector;
    FaultProxy proxy(collector.port());
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(12);
    throughProxy(device, proxy);

    proxy.setRefusing(true);
    sync::SyncEngine engine(device.db, fastOptions());
    engine.syncNow();
    REQUIRE(waitUntil([&] { return engine.consecutiveFailures() >= 3; }, 20000));
    CHECK(engine.state() == sync::SyncEngine::State::Waiting);
    CHECK(engine.nextAttempt().isValid());
    CHECK_FALSE(engine.lastError().isEmpty());
    CHECK(device.count(store::State::Queued) == 12); // nothing lost, nothing stuck "sending"
    proxy.setRefusing(false);
    REQUIRE(waitUntil([&] { return engine.state() == sync::SyncEngine::State::Idle; }, 20000));
    requireExactlyOnce(collector, device, ids);
    // Every attempt is in the sync log.
    const auto log = device.outbox->recentLog(100);
    REQUIRE(log.ok());
    CHECK(std::count_if(log->begin(), log->end(),
                        [](const store::SyncLogEntry &e) { return e.outcome == "retry"; }) >= 3);
}

TEST_CASE("429 with Retry-After is honoured", "[sync][faults]")
{
    CollectorProcess collector;
    FaultProxy proxy(collector.port());
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(5);
    throughProxy(device, proxy);

    proxy.script({Fault::Status429, Fault::Status429});
    sync::SyncEngine engine(device.db, fastOptions()); // backoff alone would wait ≤ 40 ms
    REQUIRE(drain(engine));
    requireExactlyOnce(collector, device, ids);
    REQUIRE(proxy.seen.size() >= 3);
    // Retry-After: 1 → the next request waited about a second each time.
    CHECK(proxy.seen.at(1).atMs - proxy.seen.at(0).atMs >= 950);
    CHECK(proxy.seen.at(2).atMs - proxy.seen.at(1).atMs >= 950);
}

TEST_CASE("the collector killed and restarted mid-batch loses and doubles nothing",
          "[sync][faults]")
{
    CollectorProcess collector;
    FaultProxy proxy(collector.port());
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(40);
    throughProxy(device, proxy);

    int kills = 0;
    proxy.onKill = [&] {
        ++kills;
        collector.kill();
    };
    sync::SyncEngine engine(device.db, fastOptions());
    bool drained = false;
    QObject::connect(&engine, &sync::SyncEngine::drained, [&] { drained = true; });
    proxy.script({Fault::Pass, Fault::KillUpstream});
    engine.syncNow();
    for (int k = 1; k <= 2; ++k) {
        REQUIRE(waitUntil([&] { return kills == k; }, 30000));
        // The device keeps trying while the collector is down, and loses nothing.
        const int failures = engine.consecutiveFailures();
        REQUIRE(waitUntil([&] { return engine.consecutiveFailures() > failures + 1; }, 10000));
        CHECK(device.count(store::State::Synced) + device.count(store::State::Queued) +
                  device.count(store::State::Sending) ==
              40);
        // Back on the same port, as a supervisor's restart would be; then one more kill.
        collector.start(collector.port());
        if (k == 1)
            proxy.script({Fault::Pass, Fault::KillUpstream});
    }
    REQUIRE(waitUntil([&] { return drained; }, 60000));
    requireExactlyOnce(collector, device, ids);
}

TEST_CASE("a POST that Qt re-sends by itself is stored once", "[sync][faults]")
{
    CollectorProcess collector;
    FaultProxy proxy(collector.port());
    Device device;
    device.enroll(collector.url(), collector.enrollCode());
    const QSet<QString> ids = device.seed(8);
    throughProxy(device, proxy);

    // The first request on a kept-alive connection passes; the second reaches the collector,
    // which stores it, and then the connection drops before any reply byte. Qt's HTTP stack
    // re-sends such a request on a new connection without telling the caller.
    proxy.script({Fault::Pass, Fault::ResetAfterBody});
    auto options = fastOptions();
    options.maxItems = 4;
    options.fetchUpdates = false;
    sync::SyncEngine engine(device.db, options);
    REQUIRE(drain(engine));
    requireExactlyOnce(collector, device, ids);

    // The collector received the second batch twice, byte for byte.
    QList<QByteArray> posts;
    for (const auto &s : proxy.seen) {
        if (s.requestLine.startsWith("POST"))
            posts.append(s.body);
    }
    REQUIRE(posts.size() == 3);
    CHECK(posts.at(1) == posts.at(2));
    // No failure reached the engine: the re-send happened inside Qt, and the collector's
    // answer to it was "duplicate" for every item, which the engine counts as synced.
    const auto log = device.outbox->recentLog(100);
    REQUIRE(log.ok());
    CHECK(std::none_of(log->begin(), log->end(),
                       [](const store::SyncLogEntry &e) { return e.outcome == "retry"; }));
}
