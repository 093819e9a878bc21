#include "testutil.h"

#include "core/session.h"

using namespace loket;
using namespace loket::test;

TEST_CASE("calculate is only for number, text and date questions", "[session]")
{
    const LoadResult r =
        load(questionnaire(R"j([{"id": "a", "type": "number", "text": {"id": "A", "en": "A"}},
        {"id": "b", "type": "yesno", "calculate": "${a} > 1", "text": {"id": "B", "en": "B"}}])j"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.first().pointer == "/sections/0/questions/1/calculate");
}

TEST_CASE("relevance cascade drops hidden answers", "[session]")
{
    auto qn = loadOk(questionnaire(R"j([
        {"id": "diminta", "type": "yesno", "required": true, "text": {"id": "Diminta uang?", "en": "Asked?"}},
        {"id": "bentuk", "type": "multiple", "required": true, "relevant": "${diminta} = 'yes'", "min_selected": 1,
         "text": {"id": "Bentuk", "en": "Form"},
         "options": [{"code": "uang", "label": {"id": "Uang", "en": "Money"}}, {"code": "barang", "label": {"id": "Barang", "en": "Goods"}}]},
        {"id": "jumlah", "type": "number", "required": true, "relevant": "selected(${bentuk}, 'uang')",
         "min": 0, "text": {"id": "Jumlah", "en": "Amount"},
         "constraint": ". mod 1000 = 0", "constraint_message": {"id": "Kelipatan Rp1.000", "en": "A multiple of Rp1,000"}},
        {"id": "kategori", "type": "text", "calculate": "if(${jumlah} > 500000, 'besar', 'kecil')", "text": {"id": "K", "en": "K"}},
        {"id": "umur", "type": "number", "integer": true, "min": 15, "max": 100, "text": {"id": "Umur", "en": "Age"}}])j"));
    Session s(qn);
    CHECK(s.shownQuestions() == QList<int>{0, 4});
    CHECK(s.firstQuestion() == 0);
    CHECK(s.missingRequired() == QList<int>{0});

    REQUIRE_FALSE(s.setAnswer("diminta", Value::string("yes")));
    CHECK(s.shownQuestions() == QList<int>{0, 1, 4});
    CHECK(s.nextQuestion(0) == 1);
    REQUIRE_FALSE(s.setAnswer("bentuk", Value::list({"uang", "barang"})));
    CHECK(s.nextQuestion(1) == 2);
    REQUIRE_FALSE(s.setAnswer("jumlah", Value::number(750000)));
    CHECK(s.answer("kategori").toString() == "besar");
    CHECK_FALSE(s.isShown(3)); // calculated: relevant but never shown
    CHECK(s.isRelevant(3));
    CHECK(s.isComplete());

    SECTION("unselecting money hides the amount and drops it")
    {
        REQUIRE_FALSE(s.setAnswer("bentuk", Value::list({"barang"})));
        CHECK_FALSE(s.isShown(2));
        CHECK(s.answer("jumlah").isEmpty());
        CHECK(s.answer("kategori").toString() == "kecil");
        CHECK_FALSE(s.answersJson().contains("jumlah"));
    }
    SECTION("going back and answering no hides the whole branch")
    {
        CHECK(s.previousQuestion(4) == 2);
        REQUIRE_FALSE(s.setAnswer("diminta", Value::string("no")));
        CHECK(s.shownQuestions() == QList<int>{0, 4});
        CHECK(s.answer("bentuk").isEmpty());
        CHECK(s.answer("jumlah").isEmpty());
        CHECK(s.nextQuestion(0) == 4);
        // Answering yes again shows the branch empty: nothing of the old answers comes back.
        REQUIRE_FALSE(s.setAnswer("diminta", Value::string("yes")));
        CHECK(s.answer("bentuk").isEmpty());
        CHECK(s.missingRequired() == QList<int>{1});
        CHECK_FALSE(s.isComplete());
    }
    SECTION("answers to hidden questions are refused")
    {
        REQUIRE_FALSE(s.setAnswer("diminta", Value::string("no")));
        const auto error = s.setAnswer("jumlah", Value::number(1000));
        REQUIRE(error);
        CHECK(error->code == AnswerError::Code::NotAsked);
    }
}

TEST_CASE("constraints and type checks refuse bad answers and keep the old one", "[session]")
{
    auto qn = loadOk(questionnaire(R"j([
        {"id": "umur", "type": "number", "integer": true, "min": 15, "max": 100, "text": {"id": "Umur", "en": "Age"},
         "constraint": ". != 50", "constraint_message": {"id": "Bukan 50", "en": "Not 50"}},
        {"id": "pilih", "type": "multiple", "max_selected": 2, "dont_know": true, "text": {"id": "P", "en": "P"},
         "options": [{"code": "a", "label": {"id": "A", "en": "A"}}, {"code": "b", "label": {"id": "B", "en": "B"}}, {"code": "c", "label": {"id": "C", "en": "C"}}]},
        {"id": "satu", "type": "single", "text": {"id": "S", "en": "S"}, "options": [{"code": "x", "label": {"id": "X", "en": "X"}}]},
        {"id": "skala", "type": "scale", "points": 4, "dont_know": true, "text": {"id": "K", "en": "K"},
         "labels": [{"id": "1", "en": "1"}, {"id": "2", "en": "2"}, {"id": "3", "en": "3"}, {"id": "4", "en": "4"}]},
        {"id": "teks", "type": "text", "max_length": 5, "text": {"id": "T", "en": "T"}},
        {"id": "tgl", "type": "date", "max": "today", "min": "2026-01-01", "text": {"id": "D", "en": "D"}}])j"));
    Session s(qn);
    s.setToday(QDate(2026, 11, 26));
    using C = AnswerError::Code;
    const auto code = [&](const char *id, const Value &v) {
        const auto e = s.setAnswer(QLatin1String(id), v);
        return e ? std::optional(e->code) : std::nullopt;
    };
    REQUIRE_FALSE(code("umur", Value::number(40)));
    CHECK(code("umur", Value::number(14)) == C::BelowMinimum);
    CHECK(code("umur", Value::number(101)) == C::AboveMaximum);
    CHECK(code("umur", Value::number(40.5)) == C::NotInteger);
    CHECK(code("umur", Value::string("empat puluh")) == C::WrongType);
    const auto constraint = s.setAnswer("umur", Value::number(50));
    REQUIRE(constraint);
    CHECK(constraint->code == C::ConstraintFailed);
    CHECK(constraint->constraintMessage.text("en") == "Not 50");
    CHECK(s.answer("umur").toNumber() == 40); // the old answer stands

    CHECK(code("pilih", Value::list({"a", "b", "c"})) == C::TooManySelected);
    CHECK(code("pilih", Value::list({"a", "dont_know"})) == C::ExclusiveOption);
    CHECK(code("pilih", Value::list({"a", "zz"})) == C::NotAnOption);
    CHECK_FALSE(code("pilih", Value::list({"dont_know"})));
    CHECK_FALSE(code("pilih", Value::string("a b"))); // XLSForm's space-separated form
    CHECK(s.answer("pilih").toList() == QStringList{"a", "b"});

    CHECK(code("satu", Value::string("y")) == C::NotAnOption);
    CHECK(code("skala", Value::number(5)) == C::NotAnOption);
    CHECK(code("skala", Value::number(0)) == C::NotAnOption);
    CHECK_FALSE(code("skala", Value::string("3")));
    CHECK(s.answer("skala") == Value::number(3));
    CHECK_FALSE(code("skala", Value::string("dont_know")));
    CHECK(code("teks", Value::string("panjang sekali")) == C::TooLong);
    CHECK_FALSE(code("teks", Value::string("baik")));
    CHECK(code("tgl", Value::string("2026-11-27")) == C::AboveMaximum);
    CHECK(code("tgl", Value::string("2025-12-31")) == C::BelowMinimum);
    CHECK(code("tgl", Value::string("26/11/2026")) == C::InvalidDate);
    CHECK_FALSE(code("tgl", Value::string("2026-11-26")));
    CHECK(code("nope", Value::number(1)) == C::UnknownQuestion);
    // Clearing is always allowed; completion decides about required questions.
    CHECK_FALSE(code("umur", Value()));
    CHECK(s.answer("umur").isEmpty());
}

TEST_CASE("section relevance hides every question in the section", "[session]")
{
    const QByteArray json =
        R"j({"format": 1, "id": "t", "version": 1, "languages": ["id"], "title": {"id": "T"},
        "sections": [
          {"id": "a", "title": {"id": "A"}, "questions": [{"id": "dilayani", "type": "yesno", "text": {"id": "D"}}]},
          {"id": "b", "title": {"id": "B"}, "relevant": "${dilayani} = 'yes'", "questions": [
              {"id": "x", "type": "yesno", "text": {"id": "X"}}, {"id": "y", "type": "text", "text": {"id": "Y"}}]},
          {"id": "c", "title": {"id": "C"}, "questions": [{"id": "z", "type": "note", "text": {"id": "Z"}}]}]})j";
    Session s(loadOk(json));
    CHECK(s.shownQuestions() == QList<int>{0, 3});
    REQUIRE_FALSE(s.setAnswer("dilayani", Value::string("yes")));
    CHECK(s.shownQuestions() == QList<int>{0, 1, 2, 3});
    REQUIRE_FALSE(s.setAnswer("y", Value::string("catatan")));
    REQUIRE_FALSE(s.setAnswer("dilayani", Value::string("no")));
    CHECK(s.answer("y").isEmpty());
    CHECK(s.nextQuestion(0) == 3);
    CHECK(s.nextQuestion(3) == -1);
    CHECK(s.previousQuestion(0) == -1);
}

TEST_CASE("the bundled SPI questionnaire walks its skip logic", "[session]")
{
    const auto qn = QuestionnaireLoader::loadFile(bundled("spi-external")).questionnaire;
    REQUIRE(qn);
    Session s(qn);
    REQUIRE_FALSE(s.setAnswer("dilayani", Value::string("no")));
    // Not served: only the thank-you note follows.
    CHECK(s.shownQuestions().size() == 2);
    CHECK(s.isComplete());
    REQUIRE_FALSE(s.setAnswer("dilayani", Value::string("yes")));
    CHECK_FALSE(s.isShown(qn->indexOf("bukan_responden")));
    CHECK_FALSE(s.isShown(qn->indexOf("bentuk_imbalan")));
    REQUIRE_FALSE(s.setAnswer("diminta_imbalan", Value::string("yes")));
    CHECK(s.isShown(qn->indexOf("bentuk_imbalan")));
    CHECK_FALSE(s.isShown(qn->indexOf("besar_imbalan")));
    REQUIRE_FALSE(s.setAnswer("bentuk_imbalan", Value::list({"uang"})));
    CHECK(s.isShown(qn->indexOf("besar_imbalan")));
    REQUIRE_FALSE(s.setAnswer("ada_calo", Value::string("yes")));
    REQUIRE_FALSE(s.setAnswer("pakai_calo", Value::string("yes")));
    CHECK(s.answer("jumlah_indikasi").toNumber() == 2);
    REQUIRE_FALSE(s.setAnswer("diminta_imbalan", Value::string("no")));
    CHECK(s.answer("jumlah_indikasi").toNumber() == 1);
    CHECK(s.answer("bentuk_imbalan").isEmpty());
}
