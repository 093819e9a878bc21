#include "testutil.h"

#include "core/expression.h"

#include <cmath>

using namespace loket;

namespace {

enum Slot { Num, Code, Multi, Text, Date, Scale, NumCode, SlotCount };

SymbolTable symbols()
{
    SymbolTable t;
    t.byName.insert(QStringLiteral("num"), {Num, ExprType::Number, {}});
    t.byName.insert(QStringLiteral("code"), {Code, ExprType::Code, {"ya", "tidak", "dont_know"}});
    t.byName.insert(QStringLiteral("multi"),
                    {Multi, ExprType::CodeList, {"pungli", "suap", "calo"}});
    t.byName.insert(QStringLiteral("text"), {Text, ExprType::String, {}});
    t.byName.insert(QStringLiteral("date"), {Date, ExprType::Date, {}});
    t.byName.insert(QStringLiteral("scale"),
                    {Scale, ExprType::Number, {"1", "2", "3", "4", "dont_know"}});
    t.byName.insert(QStringLiteral("numcode"), {NumCode, ExprType::Code, {"1", "2", "3"}});
    t.self = t.byName.value(QStringLiteral("num"));
    t.hasSelf = true;
    return t;
}

struct Fixture
{
    QList<Value> answers = QList<Value>(SlotCount);

    Value eval(const QString &text, const Value &self = {}) const
    {
        const auto c = Expression::compile(text, symbols());
        for (const ExprError &e : c.errors)
            UNSCOPED_INFO(text.toStdString()
                          << " -> " << e.column << ": " << e.message.toStdString());
        REQUIRE(c.expression);
        return c.expression->evaluate({&answers, self, QDate(2026, 11, 26)});
    }
    bool test(const QString &text) const { return eval(text).toBool(); }
    double num(const QString &text) const { return eval(text).toNumber(); }
    QString str(const QString &text) const { return eval(text).toString(); }
};

QList<ExprError> errorsOf(const QString &text)
{
    return Expression::compile(text, symbols()).errors;
}

} // namespace

TEST_CASE("literals and arithmetic operators", "[expression]")
{
    Fixture f;
    CHECK(f.num("1 + 2") == 3);
    CHECK(f.num("7 - 10") == -3);
    CHECK(f.num("6 * 7") == 42);
    CHECK(f.num("7 div 2") == 3.5);
    CHECK(f.num("7 mod 3") == 1);
    CHECK(f.num("-7 mod 3") == -1);
    CHECK(f.num("-(2 + 3)") == -5);
    CHECK(f.num("- -4") == 4);
    CHECK(f.num(".5 + 0.25") == 0.75);
    CHECK(std::isinf(f.num("1 div 0")));
    CHECK(std::isnan(f.num("0 div 0")));
}

TEST_CASE("comparison and logical operators", "[expression]")
{
    Fixture f;
    CHECK(f.test("1 = 1"));
    CHECK_FALSE(f.test("1 != 1"));
    CHECK(f.test("1 < 2"));
    CHECK_FALSE(f.test("2 < 2"));
    CHECK(f.test("2 <= 2"));
    CHECK(f.test("3 > 2"));
    CHECK_FALSE(f.test("2 > 2"));
    CHECK(f.test("2 >= 2"));
    CHECK(f.test("'a' = 'a'"));
    CHECK(f.test("'a' != 'b'"));
    CHECK(f.test("true() and true()"));
    CHECK_FALSE(f.test("true() and false()"));
    CHECK(f.test("false() or true()"));
    CHECK_FALSE(f.test("false() or false()"));
    CHECK(f.test("'2' = 2")); // XPath compares as numbers when one side is a number
}

TEST_CASE("precedence follows XPath", "[expression]")
{
    Fixture f;
    CHECK(f.num("1 + 2 * 3") == 7);
    CHECK(f.num("(1 + 2) * 3") == 9);
    CHECK(f.num("10 - 4 - 3") == 3); // left-associative
    CHECK(f.num("2 * 6 div 3") == 4);
    CHECK(f.num("-2 * 3") == -6);
    CHECK(f.test("1 + 1 = 2"));                     // arithmetic binds tighter than '='
    CHECK(f.test("1 < 2 = true()"));                // relational tighter than equality
    CHECK(f.test("true() or false() and false()")); // and binds tighter than or
    CHECK_FALSE(f.test("(true() or false()) and false()"));
}

TEST_CASE("unanswered questions follow XLSForm semantics", "[expression]")
{
    Fixture f;
    CHECK(f.test("${num} = ''"));
    CHECK_FALSE(f.test("${num} = 0"));
    CHECK(f.test("${num} != 3"));
    CHECK_FALSE(f.test("${num} > 3"));
    CHECK_FALSE(f.test("${num} <= 3"));
    CHECK(std::isnan(f.num("${num} + 1")));
    CHECK_FALSE(f.test("${code} = 'ya'"));
    CHECK_FALSE(f.test("selected(${multi}, 'suap')"));
    CHECK(f.num("count-selected(${multi})") == 0);
    CHECK(f.num("string-length(${text})") == 0);
    CHECK_FALSE(f.test("${text}"));
}

TEST_CASE("answered questions", "[expression]")
{
    Fixture f;
    f.answers[Num] = Value::number(17);
    f.answers[Code] = Value::string("ya");
    f.answers[Multi] = Value::list({"pungli", "calo"});
    f.answers[Text] = Value::string("antre lama");
    f.answers[Date] = Value::string("2026-11-20");
    f.answers[Scale] = Value::number(3);
    f.answers[NumCode] = Value::string("2");
    CHECK(f.test("${num} >= 17 and ${num} < 18"));
    CHECK(f.test("${code} = 'ya' and ${num} >= 3"));
    CHECK(f.test("selected(${multi}, 'pungli')"));
    CHECK_FALSE(f.test("selected(${multi}, 'suap')"));
    CHECK(f.num("count-selected(${multi})") == 2);
    CHECK(f.test("${date} < today()"));
    CHECK(f.test("${date} > '2026-01-01'"));
    CHECK(f.test("${scale} >= 3 and ${scale} != 'dont_know'"));
    CHECK(f.test("${numcode} = 2 and ${numcode} > 1"));
    CHECK(f.test("${numcode} + 1 = 3"));
    f.answers[Scale] = Value::string("dont_know");
    CHECK(f.test("${scale} = 'dont_know'"));
    CHECK_FALSE(f.test("${scale} >= 1"));
}

TEST_CASE("every function", "[expression]")
{
    Fixture f;
    f.answers[Code] = Value::string("ya");
    f.answers[Multi] = Value::list({"suap"});
    SECTION("selected works on single and multiple choice")
    {
        CHECK(f.test("selected(${code}, 'ya')"));
        CHECK(f.test("selected(${multi}, 'suap')"));
    }
    SECTION("count-selected")
    {
        CHECK(f.num("count-selected(${multi})") == 1);
    }
    SECTION("not")
    {
        CHECK(f.test("not(false())"));
        CHECK_FALSE(f.test("not(${code} = 'ya')"));
    }
    SECTION("if")
    {
        CHECK(f.num("if(${code} = 'ya', 10, 20)") == 10);
        CHECK(f.str("if(${code} = 'tidak', 'a', 'b')") == "b");
    }
    SECTION("string-length counts characters, not bytes")
    {
        CHECK(f.num("string-length('pelayanan')") == 9);
        CHECK(f.num("string-length('é')") == 1);
    }
    SECTION("coalesce")
    {
        CHECK(f.str("coalesce(${text}, 'kosong')") == "kosong");
        CHECK(f.str("coalesce(${code}, 'kosong')") == "ya");
    }
    SECTION("concat")
    {
        CHECK(f.str("concat('a', 1, ${code})") == "a1ya");
    }
    SECTION("number")
    {
        CHECK(f.num("number('12.5')") == 12.5);
        CHECK(std::isnan(f.num("number('12abc')")));
        CHECK(f.num("number(true())") == 1);
    }
    SECTION("string")
    {
        CHECK(f.str("string(3)") == "3");
        CHECK(f.str("string(2.5)") == "2.5");
    }
    SECTION("int truncates toward zero")
    {
        CHECK(f.num("int(3.7)") == 3);
        CHECK(f.num("int(-3.7)") == -3);
    }
    SECTION("round")
    {
        CHECK(f.num("round(2.5)") == 3);
        CHECK(f.num("round(-2.5)") == -2);
        CHECK(f.num("round(3.14159, 2)") == Approx(3.14));
    }
    SECTION("true, false, today")
    {
        CHECK(f.test("true()"));
        CHECK_FALSE(f.test("false()"));
        CHECK(f.str("today()") == "2026-11-26");
    }
}

TEST_CASE("current value in a constraint", "[expression]")
{
    Fixture f;
    CHECK(f.test(". >= 15 and . <= 100") == false);
    CHECK(f.eval(". >= 15 and . <= 100", Value::number(40)).toBool());
    CHECK_FALSE(f.eval(". >= 15", Value::number(3)).toBool());
}

TEST_CASE("syntax errors are located", "[expression]")
{
    const auto first = [](const QString &text) {
        const auto errors = errorsOf(text);
        REQUIRE_FALSE(errors.isEmpty());
        return errors.first();
    };
    CHECK(first("1 +").message.contains("expected a value"));
    CHECK(first("(1 + 2").message.contains("expected ')'"));
    CHECK(first("${num} = 'ya").message.contains("unterminated"));
    CHECK(first("${num = 1").message.contains("closing '}'"));
    CHECK(first("1 ! 2").column == 3);
    CHECK(first("frobnicate(1)").message.contains("unknown function"));
    CHECK(first("1 2").message.contains("after the end"));
    CHECK(first("${9x} = 1").message.contains("not a valid question id"));
    CHECK(first("selected(${multi}, 'a' 'b')").message.contains("expected ',' or ')'"));
    CHECK(first("'it''s'").message.contains("after the end"));
    CHECK(first("$num").message.contains("reference"));
    CHECK(first("1 # 2").message.contains("unexpected character"));
}

TEST_CASE("nesting and size are bounded", "[expression]")
{
    const QString deep = QString(200, u'(') + u'1' + QString(200, u')');
    CHECK(errorsOf(deep).first().message.contains("nested too deeply"));
    QString chain = QStringLiteral("1");
    for (int i = 0; i < 1000; ++i)
        chain += QStringLiteral("+1");
    CHECK(errorsOf(chain).first().message.contains("too many terms"));
    CHECK(errorsOf(QString(5000, u'1')).first().message.contains("characters long"));
    CHECK(errorsOf(QString(100, u'-') + u'1').first().message.contains("nested too deeply"));
}

TEST_CASE("type and reference errors", "[expression]")
{
    const auto message = [](const QString &text) {
        const auto errors = errorsOf(text);
        REQUIRE_FALSE(errors.isEmpty());
        return errors.first().message;
    };
    CHECK(message("${nope} = 1").contains("unknown question 'nope'"));
    CHECK(message("${code} = 'maybe'").contains("not an answer code"));
    CHECK(message("'maybe' = ${code}").contains("not an answer code"));
    CHECK(message("${scale} = 'tt'").contains("not an answer code"));
    CHECK(message("${multi} = 'suap'").contains("selected()"));
    CHECK(message("selected(${multi}, 'bribe')").contains("not an answer code"));
    CHECK(message("selected(${num}, 'x')").contains("needs a choice question"));
    CHECK(message("count-selected(${code})").contains("multiple-choice"));
    CHECK(message("${text} + 1").contains("type mismatch"));
    CHECK(message("${code} * 2").contains("type mismatch"));
    CHECK(message("${num} = 'abc'").contains("type mismatch"));
    CHECK(message("${text} > 3").contains("type mismatch"));
    CHECK(message("${date} > 3").contains("date can only be compared with a date"));
    CHECK(message("${date} > '2026-13-01'").contains("not a date"));
    CHECK(message("not(1, 2)").contains("takes 1 argument"));
    CHECK(message("if(1, 2)").contains("takes 3 argument"));
    CHECK(message("today(1)").contains("takes 0 argument"));
    CHECK(errorsOf("${numcode} = 2").isEmpty());
    CHECK(errorsOf("${code} = '' and ${multi} = ''").isEmpty());
    CHECK(errorsOf("${code} = '' or ${num} != '' or ${date} = ''").isEmpty());
    CHECK(errorsOf("${scale} = 4").isEmpty());
}

TEST_CASE("references and static types are recorded", "[expression]")
{
    const auto c = Expression::compile(
        QStringLiteral("${code} = 'ya' and ${num} > 1 or ${code} = 'tidak'"), symbols());
    REQUIRE(c.expression);
    CHECK(c.expression->references() == QList<int>{Code, Num});
    CHECK(c.expression->type() == ExprType::Boolean);
    CHECK_FALSE(c.expression->readsSelf());
    CHECK(Expression::compile(QStringLiteral("count-selected(${multi}) + 1"), symbols())
              .expression->type() == ExprType::Number);
    CHECK(Expression::compile(QStringLiteral(". > 1"), symbols()).expression->readsSelf());
}
