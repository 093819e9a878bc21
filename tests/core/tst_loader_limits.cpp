// Hostile and absurd input: every case ends in a clear error, never a crash or a hang.
#include "testutil.h"

#include <QFile>
#include <QRandomGenerator>

using namespace loket;
using namespace loket::test;

TEST_CASE("deeply nested JSON is refused before parsing", "[loader][limits]")
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const LoadResult r = load(deep);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.first().message.contains("nested more than"));
}

TEST_CASE("a huge file is refused by size", "[loader][limits]")
{
    QByteArray huge =
        questionnaire(R"([{"id": "q", "type": "note", "text": {"id": "N", "en": "N"}}])");
    huge.append(QByteArray(3 * 1024 * 1024, ' '));
    const LoadResult r = load(huge);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.first().message.contains("the limit is"));
}

TEST_CASE("invalid UTF-8 is refused with its location", "[loader][limits]")
{
    for (const QByteArray &bad :
         {QByteArray("{\"id\": \"\xff\"}"), QByteArray("{\"id\": \"\xc0\xaf\"}"),
          QByteArray("{\"id\": \"\xed\xa0\x80\"}"), QByteArray("{\"id\": \"\xe2\x82\"}")}) {
        const LoadResult r = load(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors.first().message.contains("invalid UTF-8 at line 1, column 9"));
    }
}

TEST_CASE("an absurd number of questions is refused", "[loader][limits]")
{
    QStringList questions;
    for (int i = 0; i < 100000; ++i)
        questions.append(
            QStringLiteral(R"({"id":"q%1","type":"note","text":{"id":"N","en":"N"}})").arg(i));
    const QByteArray json = questionnaire(u'[' + questions.join(u',') + u']');
    REQUIRE(json.size() < QuestionnaireLoader::MaxFileSize * 4);
    const LoadResult r = QuestionnaireLoader::loadBytes(json, QStringLiteral("many.json"));
    REQUIRE_FALSE(r.ok());
    // Either the size or the question limit speaks first; both are clear and located.
    CHECK((r.errors.first().message.contains("the limit is")));
    CHECK(r.errors.size() <= 2);

    questions.resize(QuestionnaireLoader::MaxQuestions + 1);
    const LoadResult r2 = load(questionnaire(u'[' + questions.join(u',') + u']'));
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.errors.first().pointer == "/sections/0/questions");
    CHECK(r2.errors.first().message.contains("1001 questions; the limit is 1000"));
}

TEST_CASE("errors are capped so a broken file cannot flood the output", "[loader][limits]")
{
    QStringList questions;
    for (int i = 0; i < 900; ++i)
        questions.append(QStringLiteral(R"({"id":"q%1","type":"bogus"})").arg(i));
    const LoadResult r = load(questionnaire(u'[' + questions.join(u',') + u']'));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.size() <= QuestionnaireLoader::MaxErrors + 1);
}

TEST_CASE("truncated and corrupted bundled files never crash the loader", "[loader][limits]")
{
    QFile file(bundled("spi-external"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    for (qsizetype cut = 0; cut < good.size(); cut += 37)
        CHECK_FALSE(load(good.left(cut)).ok());
    QRandomGenerator rng(42);
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bad = good;
        for (int flips = 0; flips < 3; ++flips)
            bad[rng.bounded(int(bad.size()))] = char(rng.bounded(256));
        const LoadResult r = load(bad);
        refused += r.ok() ? 0 : 1;
        for (const LoadError &e : r.errors)
            CHECK_FALSE(e.message.isEmpty());
    }
    CHECK(refused > 0);
}

TEST_CASE("non-object documents and wrong shapes are refused", "[loader][limits]")
{
    for (const QByteArray &doc :
         {QByteArray("[]"), QByteArray("42"), QByteArray("\"x\""), QByteArray(""),
          QByteArray("   "), QByteArray("{}"), QByteArray("{\"sections\": {}}")}) {
        INFO(doc.toStdString());
        const LoadResult r = load(doc);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.errors.first().message.isEmpty());
    }
}
