// A full disk, for real: the database may not grow past max_page_count pages.
#include "storetestutil.h"

using namespace loket;
using namespace loket::store;
using namespace loket::test;

namespace {
QString health(ResponseStore &store)
{
    const QJsonObject status = store.status();
    return status.value(QStringLiteral("storage"))
        .toObject()
        .value(QStringLiteral("health"))
        .toString();
}
} // namespace

TEST_CASE("a full disk is reported, loses nothing acknowledged and refuses new respondents",
          "[store][diskfull]")
{
    StoreFixture f(Database::Options{80});
    const auto spi = bundledQuestionnaire(QStringLiteral("spi-external"));
    const QByteArray body = bundledBody(QStringLiteral("spi-external"));
    QHash<QString, QString> acknowledged; // response → its last committed text
    std::optional<StoreError> failure;
    for (int n = 0; n < 5000 && !failure; ++n) {
        const auto id = f.store->start(*spi, body, {});
        if (!id.ok()) {
            failure = id.error;
            break;
        }
        // The disk may fill on any write; whichever fails is the point under test.
        if (auto error = f.store->saveAnswer(*id, QStringLiteral("dilayani"),
                                             Value::string(QStringLiteral("yes")), {})) {
            failure = error;
            break;
        }
        const QString text = QStringLiteral("%1 ").arg(n).repeated(60).left(300);
        if (auto error = f.store->saveAnswer(*id, QStringLiteral("saran"), Value::string(text), {}))
            failure = error;
        else
            acknowledged.insert(*id, text);
    }
    REQUIRE(failure);
    CHECK(failure->kind == StoreError::Kind::StorageFull);
    CHECK(failure->message.contains("storage full"));
    REQUIRE(acknowledged.size() > 3);

    // Every acknowledged answer is there; the database is sound.
    CHECK(f.db->integrityOk());
    for (auto it = acknowledged.begin(); it != acknowledged.end(); ++it)
        CHECK(f.store->draftAnswers(it.key())->value(QStringLiteral("saran")).toString() ==
              it.value());
    // Completing on a full disk either works or changes nothing: the draft keeps its answers.
    const QString some = acknowledged.keys().first();
    if (f.store->complete(some)) {
        CHECK(*f.store->state(some) == State::Draft);
        CHECK(f.store->draftAnswers(some)->value(QStringLiteral("saran")).toString() ==
              acknowledged.value(some));
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM envelopes")) == 0);
    } else {
        // Sealed now, so no longer a draft to look for below.
        const QJsonObject doc = f.openEnvelopes().value(some);
        CHECK(doc["answers"]["saran"].toString() == acknowledged.value(some));
        acknowledged.remove(some);
    }
    // New respondents are refused with the reason, and the status says so.
    const auto refused = f.store->start(*spi, body, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error->kind == StoreError::Kind::StorageFull);
    CHECK(health(*f.store) == "full");

    // When space returns, respondents are welcome again and nothing was lost.
    f.reopen(Database::Options{4000});
    CHECK(f.store->start(*spi, body, {}).ok());
    CHECK(health(*f.store) == "ok");
    for (auto it = acknowledged.begin(); it != acknowledged.end(); ++it)
        CHECK(f.store->draftAnswers(it.key())->value(QStringLiteral("saran")).toString() ==
              it.value());
    CHECK(f.db->integrityOk());
}

TEST_CASE("too little free space refuses a new respondent before they begin", "[store][diskfull]")
{
    StoreFixture f;
    REQUIRE_FALSE(
        f.store->setConfig(QStringLiteral("min_free_bytes"), QString::number(Q_INT64_C(1) << 60)));
    const auto spi = bundledQuestionnaire(QStringLiteral("spi-external"));
    const auto id = f.store->start(*spi, bundledBody(QStringLiteral("spi-external")), {});
    REQUIRE_FALSE(id.ok());
    CHECK(id.error->kind == StoreError::Kind::StorageFull);
    CHECK(id.error->message.contains("bytes free"));
}
