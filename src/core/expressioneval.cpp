// Evaluation with XPath 1.0 semantics: an unanswered question reads as the empty string,
// numbers that cannot be read are NaN, and NaN compares false.
#include "expression.h"

#include <cmath>

namespace loket::expr {
namespace {

// Dates compare as day numbers, as in ODK; anything else as XPath numbers.
double orderingKey(const Value &v)
{
    if (v.kind() == Value::Kind::String) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            return double(d.toJulianDay());
    }
    return v.toNumber();
}

bool equals(const Value &a, const Value &b)
{
    using K = Value::Kind;
    if (a.kind() == K::Boolean || b.kind() == K::Boolean)
        return a.toBool() == b.toBool();
    if (a.kind() == K::Number || b.kind() == K::Number)
        return a.toNumber() == b.toNumber();
    return a.toString() == b.toString();
}

bool compare(Op op, const Value &a, const Value &b)
{
    const double x = orderingKey(a);
    const double y = orderingKey(b);
    switch (op) {
    case Op::Lt:
        return x < y;
    case Op::Le:
        return x <= y;
    case Op::Gt:
        return x > y;
    case Op::Ge:
        return x >= y;
    default:
        return false;
    }
}

double arithmetic(Op op, double x, double y)
{
    switch (op) {
    case Op::Add:
        return x + y;
    case Op::Sub:
        return x - y;
    case Op::Mul:
        return x * y;
    case Op::Div:
        return x / y;
    case Op::Mod:
        return std::fmod(x, y);
    default:
        return std::nan("");
    }
}

double roundTo(double x, double digits)
{
    if (std::isnan(digits) || digits == 0)
        return std::floor(x + 0.5);
    const double scale = std::pow(10.0, std::trunc(digits));
    return std::floor(x * scale + 0.5) / scale;
}

Value call(const Node &n, const EvalContext &ctx)
{
    const auto arg = [&](size_t i) { return eval(n.args[i], ctx); };
    switch (n.fn) {
    case Fn::Selected:
        return Value::boolean(arg(0).toList().contains(arg(1).toString()));
    case Fn::CountSelected:
        return Value::number(double(arg(0).toList().size()));
    case Fn::Not:
        return Value::boolean(!arg(0).toBool());
    case Fn::If:
        return arg(0).toBool() ? arg(1) : arg(2);
    case Fn::StringLength:
        return Value::number(double(arg(0).toString().size()));
    case Fn::Coalesce: {
        Value first = arg(0);
        return first.isEmpty() ? arg(1) : first;
    }
    case Fn::Concat: {
        QString s;
        for (size_t i = 0; i < n.args.size(); ++i)
            s += arg(i).toString();
        return Value::string(s);
    }
    case Fn::Number:
        return Value::number(arg(0).toNumber());
    case Fn::String:
        return Value::string(arg(0).toString());
    case Fn::Int:
        return Value::number(std::trunc(arg(0).toNumber()));
    case Fn::Round:
        return Value::number(roundTo(arg(0).toNumber(), n.args.size() > 1 ? arg(1).toNumber() : 0));
    case Fn::True:
        return Value::boolean(true);
    case Fn::False:
        return Value::boolean(false);
    case Fn::Today:
        return Value::string(
            (ctx.today.isValid() ? ctx.today : QDate::currentDate()).toString(Qt::ISODate));
    }
    return {};
}

} // namespace

Value eval(const Node &n, const EvalContext &ctx)
{
    switch (n.op) {
    case Op::Literal:
        return n.literal;
    case Op::Self:
        return ctx.self;
    case Op::Ref:
        if (ctx.answers && n.ref >= 0 && n.ref < ctx.answers->size())
            return ctx.answers->at(n.ref);
        return {};
    case Op::Call:
        return call(n, ctx);
    case Op::Or:
        return Value::boolean(eval(n.args[0], ctx).toBool() || eval(n.args[1], ctx).toBool());
    case Op::And:
        return Value::boolean(eval(n.args[0], ctx).toBool() && eval(n.args[1], ctx).toBool());
    case Op::Eq:
        return Value::boolean(equals(eval(n.args[0], ctx), eval(n.args[1], ctx)));
    case Op::Ne:
        return Value::boolean(!equals(eval(n.args[0], ctx), eval(n.args[1], ctx)));
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
        return Value::boolean(compare(n.op, eval(n.args[0], ctx), eval(n.args[1], ctx)));
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
        return Value::number(
            arithmetic(n.op, eval(n.args[0], ctx).toNumber(), eval(n.args[1], ctx).toNumber()));
    case Op::Neg:
        return Value::number(-eval(n.args[0], ctx).toNumber());
    }
    return {};
}

} // namespace loket::expr

namespace loket {

Expression::Compiled Expression::compile(const QString &text, const SymbolTable &symbols)
{
    Compiled result;
    auto e = std::make_shared<Expression>();
    e->m_text = text;
    if (!expr::parse(text, e->m_root, result.errors))
        return result;
    e->m_type = expr::check(e->m_root, symbols, result.errors);
    if (!result.errors.isEmpty())
        return result;
    // Collect references once, for dependency checks and change tracking.
    std::vector<const expr::Node *> stack{&e->m_root};
    while (!stack.empty()) {
        const expr::Node *n = stack.back();
        stack.pop_back();
        if (n->op == expr::Op::Self)
            e->m_readsSelf = true;
        else if (n->op == expr::Op::Ref && !e->m_refs.contains(n->ref))
            e->m_refs.append(n->ref);
        for (auto it = n->args.rbegin(); it != n->args.rend(); ++it)
            stack.push_back(&*it);
    }
    result.expression = std::move(e);
    return result;
}

Value Expression::evaluate(const EvalContext &context) const
{
    return expr::eval(m_root, context);
}

} // namespace loket
