// Any text as an expression against a fixed set of questions: parsed and type-checked or
// refused, and anything that compiles evaluates against several answer sets.
#include "core/expression.h"

#include <cstdint>

namespace {

loket::SymbolTable symbols()
{
    using loket::ExprType;
    loket::SymbolTable t;
    t.byName.insert(QStringLiteral("num"), {0, ExprType::Number, {}});
    t.byName.insert(QStringLiteral("code"), {1, ExprType::Code, {"ya", "tidak", "dont_know"}});
    t.byName.insert(QStringLiteral("multi"), {2, ExprType::CodeList, {"pungli", "suap", "calo"}});
    t.byName.insert(QStringLiteral("text"), {3, ExprType::String, {}});
    t.byName.insert(QStringLiteral("date"), {4, ExprType::Date, {}});
    t.byName.insert(QStringLiteral("scale"),
                    {5, ExprType::Number, {"1", "2", "3", "4", "dont_know"}});
    t.self = t.byName.value(QStringLiteral("num"));
    t.hasSelf = true;
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const loket::SymbolTable table = symbols();
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto compiled = loket::Expression::compile(text, table);
    if (!compiled.expression == compiled.errors.isEmpty())
        __builtin_trap();
    if (!compiled.expression)
        return 0;
    using loket::Value;
    const QList<QList<Value>> answerSets = {
        QList<Value>(6),
        {Value::number(17), Value::string("ya"), Value::list({"suap", "calo"}), Value::string("x"),
         Value::string("2026-11-26"), Value::number(4)},
        {Value::number(-0.5), Value::string("dont_know"), Value::list({}), Value::string(""),
         Value::string("not a date"), Value::string("dont_know")},
    };
    for (const QList<Value> &answers : answerSets) {
        const loket::EvalContext ctx{&answers, answers.first(), QDate(2026, 11, 26)};
        compiled.expression->evaluate(ctx).toString();
    }
    return 0;
}
