#include "testutil.h"

#include "core/scoring.h"

#include <QJsonArray>
#include <QUuid>

using namespace loket;
using namespace loket::test;

namespace {

std::shared_ptr<const Questionnaire> skm()
{
    auto qn = QuestionnaireLoader::loadFile(bundled("skm-permenpanrb-14-2017")).questionnaire;
    REQUIRE(qn);
    return qn;
}

ResponseDocument response(const Questionnaire &qn, const QJsonObject &answers)
{
    ResponseDocument doc;
    doc.responseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    doc.questionnaireId = qn.id;
    doc.questionnaireVersion = qn.version;
    doc.answers = answers;
    return doc;
}

QJsonObject uniform(int score)
{
    QJsonObject a;
    for (int i = 1; i <= 9; ++i)
        a.insert(QStringLiteral("u%1").arg(i), score);
    return a;
}

} // namespace

TEST_CASE("IKM of uniform answers hits the ends of the scale", "[scoring]")
{
    const auto qn = skm();
    for (const auto &[score, value, grade] :
         {std::tuple{4, 100.0, "A"}, std::tuple{1, 25.0, "D"}, std::tuple{3, 75.0, "C"}}) {
        ScoreAccumulator acc(qn);
        REQUIRE_FALSE(acc.add(response(*qn, uniform(score))));
        const IndexResult r = acc.results().first();
        REQUIRE(r.value);
        CHECK(*r.value == value);
        CHECK(r.grade->grade == QLatin1String(grade));
    }
}

TEST_CASE("IKM follows the regulation's worked formula", "[scoring]")
{
    // Two respondents; NRR per element is the mean, weights 1/9, times 25.
    const auto qn = skm();
    ScoreAccumulator acc(qn);
    QJsonObject a = uniform(3);
    a["u1"] = 4;
    QJsonObject b = uniform(4);
    b["u9"] = 2;
    REQUIRE_FALSE(acc.add(response(*qn, a)));
    REQUIRE_FALSE(acc.add(response(*qn, b)));
    const IndexResult r = acc.results().first();
    CHECK(r.elements.at(0).mean() == 4.0);
    CHECK(r.elements.at(8).mean() == 2.5);
    // NRR: u1 4, u2..u8 3.5, u9 2.5 → (4 + 7×3.5 + 2.5)/9 × 25 = 86.111… → 86.11, grade B
    CHECK(*r.value == 86.11);
    CHECK(r.grade->grade == "B");
    CHECK(acc.used() == 2);
}

TEST_CASE("responses are skipped with reasons", "[scoring]")
{
    const auto qn = skm();
    ScoreAccumulator acc(qn);
    ResponseDocument other = response(*qn, uniform(4));
    other.questionnaireId = QStringLiteral("spi-external");
    CHECK(acc.add(other)->contains("questionnaire 'spi-external'"));
    ResponseDocument old = response(*qn, uniform(4));
    old.questionnaireVersion = 7;
    CHECK(acc.add(old)->contains("version 7"));
    ResponseDocument draft = response(*qn, uniform(4));
    draft.status = QStringLiteral("draft");
    CHECK(acc.add(draft)->contains("not completed"));
    QJsonObject bad = uniform(4);
    bad["u3"] = 5;
    CHECK(acc.add(response(*qn, bad))->contains("'u3'"));
    QJsonObject stray = uniform(4);
    stray["zz"] = 1;
    CHECK(acc.add(response(*qn, stray))->contains("unknown question 'zz'"));
    CHECK(acc.skipped().size() == 5);
    CHECK(acc.used() == 0);
    CHECK_FALSE(acc.results().first().value); // no answers: no index, not a made-up one
}

TEST_CASE("don't know and not applicable answers are excluded from means", "[scoring]")
{
    const auto qn =
        loadOk(questionnaire(R"([
        {"id": "a", "type": "scale", "points": 4, "dont_know": true, "text": {"id": "A", "en": "A"},
         "labels": [{"id": "1", "en": "1"}, {"id": "2", "en": "2"}, {"id": "3", "en": "3"}, {"id": "4", "en": "4"}]},
        {"id": "b", "type": "single", "text": {"id": "B", "en": "B"}, "options": [
            {"code": "baik", "label": {"id": "Baik", "en": "Good"}}, {"code": "buruk", "label": {"id": "Buruk", "en": "Bad"}},
            {"code": "na", "label": {"id": "Tidak berlaku", "en": "N/A"}, "not_applicable": true}]}])",
                             R"("scoring": {"indices": [{"id": "i", "title": {"id": "I", "en": "I"},
            "elements": [{"id": "a", "question": "a", "weight": 3}, {"id": "b", "question": "b", "weight": 1, "scores": {"baik": 10, "buruk": 0}}],
            "transform": {"multiply": 2, "add": 1}, "decimals": 1}]})"));
    ScoreAccumulator acc(qn);
    REQUIRE_FALSE(acc.add(response(*qn, {{"a", 4}, {"b", "baik"}})));
    REQUIRE_FALSE(acc.add(response(*qn, {{"a", "dont_know"}, {"b", "na"}})));
    REQUIRE_FALSE(acc.add(response(*qn, {{"a", 2}, {"b", "buruk"}})));
    REQUIRE_FALSE(acc.add(response(*qn, {})));
    const IndexResult r = acc.results().first();
    CHECK(r.elements.at(0).count == 2);
    CHECK(r.elements.at(0).mean() == 3.0);
    CHECK(r.elements.at(1).count == 2);
    CHECK(r.elements.at(1).mean() == 5.0);
    CHECK(*r.value == (3.0 * 3 + 5.0 * 1) * 2 + 1);
    CHECK_FALSE(r.grade);
}

TEST_CASE("the report is the documented JSON", "[scoring]")
{
    const auto qn = skm();
    ScoreAccumulator acc(qn);
    acc.add(response(*qn, uniform(4)));
    acc.skip(QStringLiteral("not a JSON object"));
    acc.skip(QStringLiteral("not a JSON object"));
    const QJsonObject report = acc.report();
    CHECK(report["responses_used"].toInt() == 1);
    CHECK(report["responses_skipped"].toInt() == 2);
    CHECK(report["skip_reasons"].toObject()["not a JSON object"].toInt() == 2);
    const QJsonObject ikm = report["indices"].toArray().first().toObject();
    CHECK(ikm["id"].toString() == "ikm");
    CHECK(ikm["value"].toDouble() == 100.0);
    CHECK(ikm["grade"].toString() == "A");
    CHECK(ikm["elements"].toArray().size() == 9);
}
