#include "testutil.h"

#include <QDir>

using namespace loket;
using namespace loket::test;

TEST_CASE("bundled questionnaires load", "[loader]")
{
    for (const char *name : {"spi-external", "skm-permenpanrb-14-2017"}) {
        INFO(name);
        const LoadResult r = QuestionnaireLoader::loadFile(bundled(name));
        INFO(allErrors(r).toStdString());
        REQUIRE(r.ok());
        CHECK(r.questionnaire->id == QLatin1String(name));
        CHECK(r.questionnaire->languages == QStringList{"id", "en"});
        CHECK(r.questionnaire->indices.size() == 1);
    }
}

TEST_CASE("SKM carries the nine elements and the IKM bands", "[loader]")
{
    const auto qn = QuestionnaireLoader::loadFile(bundled("skm-permenpanrb-14-2017")).questionnaire;
    REQUIRE(qn);
    const ScoreIndex &ikm = qn->indices.first();
    REQUIRE(ikm.elements.size() == 9);
    for (const IndexElement &e : ikm.elements) {
        CHECK(e.weight == Approx(1.0 / 9.0).epsilon(1e-15));
        const Question &q = qn->questions.at(e.question);
        CHECK(q.type == QuestionType::Scale);
        CHECK(q.scalePoints == 4);
        CHECK(q.scaleStart == 1);
        CHECK(q.scaleLabels.size() == 4);
        CHECK(q.required);
    }
    CHECK(ikm.multiply == 25);
    CHECK(qn->question(QStringLiteral("u4"))->scaleLabels.at(3).text(QStringLiteral("id")) ==
          "Gratis");
    CHECK(ikm.grade(88.31)->grade == "A");
    CHECK(ikm.grade(88.30)->grade == "B");
    CHECK(ikm.grade(76.61)->grade == "B");
    CHECK(ikm.grade(76.60)->grade == "C");
    CHECK(ikm.grade(65.00)->grade == "C");
    CHECK(ikm.grade(64.99)->grade == "D");
    CHECK(ikm.grade(64.994)->grade == "D"); // graded on the value rounded to 2 decimals
    CHECK(ikm.grade(64.996)->grade == "C");
    CHECK(ikm.grade(25.00)->grade == "D");
    CHECK(ikm.grade(100.0)->grade == "A");
}

TEST_CASE("every kind of broken questionnaire is refused with a located error", "[loader]")
{
    struct Case
    {
        const char *file;
        const char *pointer;
        const char *fragment;
    };
    const Case cases[] = {
        {"syntax-error", "", "invalid JSON at line 3"},
        {"unknown-reference", "/sections/0/questions/1/relevant", "unknown question 'q9'"},
        {"type-mismatch", "/sections/0/questions/2/relevant", "type mismatch"},
        {"later-reference", "/sections/0/questions/0/relevant", "comes later"},
        {"cycle", "/sections/0/questions/2/calculate", "cycle"},
        {"duplicate-id", "/sections/0/questions/2/id", "duplicate id 'q1'"},
        {"duplicate-code", "/sections/0/questions/1/options/1/code", "duplicate option code 'a'"},
        {"missing-indonesian", "/sections/0/questions/1/options/0/label", "Indonesian"},
        {"no-indonesian-language", "/languages", "must include Indonesian"},
        {"scale-out-of-range", "/sections/0/questions/3/points", "2 to 11 points"},
        {"empty-section", "/sections/1/questions", "is empty"},
        {"constraint-message-language", "/sections/0/questions/2/constraint_message", "'en'"},
        {"unknown-type", "/sections/0/questions/1/type", "unknown question type"},
        {"unknown-property", "/sections/0/questions/0/relevent", "not a property"},
        {"wrong-json-type", "/version", "must be a number"},
        {"option-code-not-in-question", "/sections/0/questions/2/relevant",
         "'c' is not an answer code"},
        {"relevant-not-a-condition", "/sections/0/questions/2/relevant", "must be a condition"},
        {"scoring-unknown-question", "/scoring/indices/0/elements/0/question",
         "unknown question 'q7'"},
        {"grade-overlap", "/scoring/indices/0/grades/1", "overlaps"},
    };
    const QDir dir(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/invalid"));
    CHECK(dir.entryList({"*.json"}).size() == qsizetype(std::size(cases)));
    for (const Case &c : cases) {
        INFO(c.file);
        const LoadResult r =
            QuestionnaireLoader::loadFile(dir.filePath(QLatin1String(c.file) + ".json"));
        INFO(allErrors(r).toStdString());
        REQUIRE_FALSE(r.ok());
        // The intended error is the only one: broken files do not cascade into noise.
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().file == QLatin1String(c.file) + ".json");
        CHECK(r.errors.first().pointer == QLatin1String(c.pointer));
        CHECK(r.errors.first().message.contains(QLatin1String(c.fragment)));
    }
}

TEST_CASE("one run reports every error in a file", "[loader]")
{
    const LoadResult r = load(questionnaire(R"([
        {"id": "a", "type": "yesno", "text": {"id": "A"}},
        {"id": "a", "type": "number", "text": {"id": "B", "en": "B"}, "relevant": "${zz} = 1"}])"));
    INFO(allErrors(r).toStdString());
    CHECK(r.errors.size() == 3);
}

TEST_CASE("questions and options are read with their types", "[loader]")
{
    const auto qn = loadOk(questionnaire(R"([
        {"id": "pilih", "type": "multiple", "text": {"id": "P", "en": "P"}, "min_selected": 1, "max_selected": 2,
         "options": [{"code": "a", "label": {"id": "A", "en": "A"}}, {"code": "b", "label": {"id": "B", "en": "B"}},
                     {"code": "c", "label": {"id": "C", "en": "C"}}], "dont_know": true},
        {"id": "skala", "type": "scale", "points": 5, "start": 1, "style": "stars", "text": {"id": "S", "en": "S"},
         "labels": [{"id": "1", "en": "1"}, {"id": "2", "en": "2"}, {"id": "3", "en": "3"}, {"id": "4", "en": "4"}, {"id": "5", "en": "5"}]},
        {"id": "tanggal", "type": "date", "text": {"id": "T", "en": "D"}, "min": "2020-01-01", "max": "today"},
        {"id": "catatan", "type": "note", "text": {"id": "Catatan", "en": "Note"}},
        {"id": "yn", "type": "yesno", "text": {"id": "Y", "en": "Y"}, "dont_know": {"id": "Tidak berlaku", "en": "N/A"}}])"));
    const Question &pilih = qn->questions.at(0);
    CHECK(pilih.options.size() == 4);
    CHECK(pilih.isNotApplicable(QStringLiteral("dont_know")));
    CHECK(pilih.option(QStringLiteral("dont_know"))->label.text(QStringLiteral("id")) ==
          "Tidak tahu");
    CHECK(pilih.maxSelected == 2);
    CHECK(qn->questions.at(1).scaleStyle == ScaleStyle::Stars);
    CHECK(qn->questions.at(1).answerCodes() == QStringList{"1", "2", "3", "4", "5"});
    CHECK(qn->questions.at(2).maxDateToday);
    CHECK(*qn->questions.at(2).minDate == QDate(2020, 1, 1));
    CHECK_FALSE(qn->questions.at(3).hasValue());
    const Question &yn = qn->questions.at(4);
    CHECK(yn.options.size() == 3);
    CHECK(yn.option(QStringLiteral("yes"))->label.text(QStringLiteral("en")) == "Yes");
    CHECK(yn.option(QStringLiteral("dont_know"))->label.text(QStringLiteral("en")) == "N/A");
}

TEST_CASE("languages beyond Indonesian and English need their own built-in labels", "[loader]")
{
    const QByteArray json = R"({"format": 1, "id": "t", "version": 1, "languages": ["id", "jv"],
        "title": {"id": "Uji", "jv": "Uji"},
        "sections": [{"id": "s", "title": {"id": "B", "jv": "B"}, "questions": [
            {"id": "q", "type": "yesno", "text": {"id": "Q", "jv": "Q"}}]}]})";
    const LoadResult r = load(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.first().pointer == "/sections/0/questions/0/labels/yes");
    CHECK(r.errors.first().message.contains("'jv'"));
}

TEST_CASE("a reference to a note says that notes have no value", "[loader]")
{
    const LoadResult r =
        load(questionnaire(R"j([{"id": "n", "type": "note", "text": {"id": "N", "en": "N"}},
        {"id": "q", "type": "yesno", "relevant": "${n} = 'x'", "text": {"id": "Q", "en": "Q"}}])j"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().pointer == "/sections/0/questions/1/relevant");
    CHECK(r.errors.first().message.contains("'n' is a note and has no value"));
}

TEST_CASE("a questionnaire from a newer format is refused", "[loader]")
{
    QByteArray json =
        questionnaire(R"([{"id": "q", "type": "note", "text": {"id": "N", "en": "N"}}])");
    json.replace("\"format\": 1", "\"format\": 2");
    const LoadResult r = load(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.first().pointer == "/format");
}
