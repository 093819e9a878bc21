// The wire format's parsers refuse what does not match, and backoff stays within its bounds.
#include "protocol/wire.h"
#include "sync/backoff.h"
#include "sync/httpcall.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

protocol::Envelope sample(const char *id)
{
    return {QString::fromLatin1(id), QStringLiteral("skm"), 1, QString(64, u'a'),
            QByteArray("sealed bytes")};
}

} // namespace

TEST_CASE("a batch round-trips and malformed ones are refused whole", "[protocol]")
{
    const protocol::Limits limits;
    const protocol::Batch batch{{sample("7d1c2a5e-0000-4000-8000-000000000001"),
                                 sample("7d1c2a5e-0000-4000-8000-000000000002")}};
    const auto parsed = protocol::parseBatch(batch.toBody(), limits);
    REQUIRE(parsed.value);
    CHECK(parsed.value->items.size() == 2);
    CHECK(parsed.value->items.at(1).sealed == "sealed bytes");

    const protocol::Batch twice{{sample("7d1c2a5e-0000-4000-8000-000000000001"),
                                 sample("7d1c2a5e-0000-4000-8000-000000000001")}};
    CHECK_FALSE(protocol::parseBatch(twice.toBody(), limits).value);
    CHECK_FALSE(
        protocol::parseBatch(
            protocol::Batch{{sample("7D1C2A5E-0000-4000-8000-000000000001")}}.toBody(), limits)
            .value);
    CHECK_FALSE(protocol::parseBatch("{\"items\":[{\"id\":1}]}", limits).value);
    CHECK_FALSE(protocol::parseBatch("{\"items\":[],\"extra\":1}", limits).value);
    protocol::Limits small;
    small.maxBatchItems = 1;
    CHECK(protocol::parseBatch(batch.toBody(), small).error.contains("1 to 1"));
}

TEST_CASE("a batch reply must answer exactly the ids that were sent", "[protocol]")
{
    const QStringList sent = {QStringLiteral("a"), QStringLiteral("b")};
    const auto ok = protocol::parseBatchResult(
        R"({"results":[{"id":"b","status":"duplicate"},{"id":"a","status":"stored"}]})", sent);
    REQUIRE(ok.value);
    CHECK(ok.value->results.at(0).status == protocol::ItemStatus::Duplicate);
    // Missing, repeated, unknown or invented answers are all a malformed reply.
    CHECK_FALSE(
        protocol::parseBatchResult(R"({"results":[{"id":"a","status":"stored"}]})", sent).value);
    CHECK_FALSE(
        protocol::parseBatchResult(
            R"({"results":[{"id":"a","status":"stored"},{"id":"a","status":"stored"}]})", sent)
            .value);
    CHECK_FALSE(protocol::parseBatchResult(
                    R"({"results":[{"id":"a","status":"ok"},{"id":"b","status":"stored"}]})", sent)
                    .value);
    CHECK_FALSE(
        protocol::parseBatchResult(
            R"({"results":[{"id":"a","status":"stored"},{"id":"c","status":"stored"}]})", sent)
            .value);
    CHECK_FALSE(protocol::parseBatchResult("<html>502 Bad Gateway</html>", sent).value);
}

TEST_CASE("full-jitter backoff stays within its ceiling and honours Retry-After", "[protocol]")
{
    const sync::Backoff backoff{100, 5000};
    QRandomGenerator rng(3);
    CHECK(backoff.ceilingMs(0) == 100);
    CHECK(backoff.ceilingMs(3) == 800);
    CHECK(backoff.ceilingMs(40) == 5000);
    qint64 largest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = backoff.delayMs(4, std::nullopt, rng);
        CHECK(d >= 0);
        CHECK(d <= 1600);
        largest = std::max(largest, d);
    }
    CHECK(largest > 1200); // it does spread over the range
    CHECK(backoff.delayMs(0, 3000, rng) == 3000);
    CHECK(backoff.delayMs(0, 60000, rng) == 5000); // Retry-After is honoured within the cap
    CHECK(sync::parseRetryAfter("7") == 7000);
    CHECK_FALSE(sync::parseRetryAfter("soon"));
}

TEST_CASE("devices use HTTPS, or plain HTTP to this machine only", "[protocol]")
{
    QString why;
    CHECK(sync::endpointAllowed(QUrl(QStringLiteral("https://collector.example.go.id")), &why));
    CHECK(sync::endpointAllowed(QUrl(QStringLiteral("http://127.0.0.1:8080")), &why));
    CHECK(sync::endpointAllowed(QUrl(QStringLiteral("http://localhost:8080")), &why));
    CHECK_FALSE(sync::endpointAllowed(QUrl(QStringLiteral("http://10.0.0.5:8080")), &why));
    CHECK_FALSE(sync::endpointAllowed(QUrl(QStringLiteral("ftp://127.0.0.1")), &why));
}
