// Resolves question references and checks types, so that broken logic is refused at load time
// rather than silently hiding questions in front of a respondent.
#include "expression.h"

#include <cmath>

namespace loket {

QString exprTypeName(ExprType t)
{
    switch (t) {
    case ExprType::Boolean:
        return QStringLiteral("a condition");
    case ExprType::Number:
        return QStringLiteral("a number");
    case ExprType::String:
        return QStringLiteral("text");
    case ExprType::Date:
        return QStringLiteral("a date");
    case ExprType::Code:
        return QStringLiteral("a choice");
    case ExprType::CodeList:
        return QStringLiteral("a multiple choice");
    case ExprType::Any:
        return QStringLiteral("a value");
    }
    return {};
}

namespace expr {
namespace {

// A typed operand: its type, and the symbol whose codes constrain literals compared with it.
struct Typed
{
    ExprType type = ExprType::Any;
    const Symbol *codes = nullptr;
    const Node *node = nullptr;
};

bool allNumeric(const Symbol *s)
{
    if (!s || s->codes.isEmpty())
        return false;
    for (const QString &c : s->codes) {
        if (std::isnan(Value::string(c).toNumber()) && c != QLatin1String("dont_know"))
            return false;
    }
    return true;
}

bool isStringLiteral(const Node *n)
{
    return n && n->op == Op::Literal && n->literal.kind() == Value::Kind::String;
}
bool isLiteral(const Node *n)
{
    return n && n->op == Op::Literal;
}

class Checker
{
public:
    Checker(const SymbolTable &symbols, QList<ExprError> &errors)
        : m_symbols(symbols)
        , m_errors(errors)
    {
    }

    Typed check(Node &n)
    {
        Typed t = checkNode(n);
        t.node = &n;
        return t;
    }

private:
    void error(const Node &n, const QString &message) { m_errors.append({n.column, message}); }

    Typed checkNode(Node &n)
    {
        switch (n.op) {
        case Op::Literal:
            return {n.literal.kind() == Value::Kind::Number ? ExprType::Number : ExprType::String};
        case Op::Ref: {
            const auto it = m_symbols.byName.constFind(n.name);
            if (it == m_symbols.byName.constEnd()) {
                error(n, m_symbols.notes.contains(n.name)
                             ? QStringLiteral("'%1' is a note and has no value").arg(n.name)
                             : QStringLiteral("unknown question '%1'").arg(n.name));
                return {};
            }
            n.ref = it->index;
            return {it->type, &*it};
        }
        case Op::Self:
            if (!m_symbols.hasSelf) {
                error(n, QStringLiteral("'.' has no meaning here; refer to a question with ${id}"));
                return {};
            }
            n.ref = m_symbols.self.index;
            return {m_symbols.self.type, &m_symbols.self};
        case Op::Or:
        case Op::And:
            check(n.args[0]);
            check(n.args[1]);
            return {ExprType::Boolean};
        case Op::Eq:
        case Op::Ne:
            checkEquality(n, check(n.args[0]), check(n.args[1]));
            return {ExprType::Boolean};
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge:
            checkOrdering(n, check(n.args[0]), check(n.args[1]));
            return {ExprType::Boolean};
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::Div:
        case Op::Mod:
            requireNumeric(n, check(n.args[0]));
            requireNumeric(n, check(n.args[1]));
            return {ExprType::Number};
        case Op::Neg:
            requireNumeric(n, check(n.args[0]));
            return {ExprType::Number};
        case Op::Call:
            return checkCall(n);
        }
        return {};
    }

    void checkLiteralCode(const Typed &side, const Typed &literal)
    {
        if (!side.codes || side.codes->codes.isEmpty() || !isLiteral(literal.node))
            return;
        const QString code = literal.node->literal.toString();
        if (!side.codes->codes.contains(code))
            error(*literal.node, QStringLiteral("'%1' is not an answer code of this question "
                                                "(codes: %2)")
                                     .arg(code, side.codes->codes.join(QStringLiteral(", "))));
    }

    void checkEquality(const Node &n, const Typed &a, const Typed &b)
    {
        // `${q} = ''` is how XLSForm asks whether a question is unanswered.
        if ((isStringLiteral(a.node) && a.node->literal.isEmpty()) ||
            (isStringLiteral(b.node) && b.node->literal.isEmpty()))
            return;
        if (a.type == ExprType::CodeList || b.type == ExprType::CodeList) {
            error(n, QStringLiteral("a multiple-choice answer is tested with selected(), "
                                    "not with '=' or '!='"));
            return;
        }
        for (const auto &[side, other] : {std::pair{a, b}, std::pair{b, a}}) {
            if (side.type == ExprType::Code ||
                (side.codes && !side.codes->codes.isEmpty() && isLiteral(other.node))) {
                checkLiteralCode(side, other);
                return;
            }
        }
        for (const auto &[side, other] : {std::pair{a, b}, std::pair{b, a}}) {
            if (side.type == ExprType::Number && isStringLiteral(other.node) &&
                std::isnan(other.node->literal.toNumber()))
                mismatch(*other.node, side.type, ExprType::String);
            if (side.type == ExprType::Date && isLiteral(other.node))
                requireDateLiteral(*other.node);
        }
    }

    void checkOrdering(const Node &n, const Typed &a, const Typed &b)
    {
        const bool dates = a.type == ExprType::Date || b.type == ExprType::Date;
        for (const Typed &side : {a, b}) {
            if (dates) {
                if (side.type == ExprType::Date || side.type == ExprType::Any)
                    continue;
                if (isStringLiteral(side.node))
                    requireDateLiteral(*side.node);
                else
                    error(n, QStringLiteral("a date can only be compared with a date, not %1")
                                 .arg(exprTypeName(side.type)));
            } else {
                requireNumeric(n, side);
            }
        }
    }

    void requireDateLiteral(const Node &literal)
    {
        if (!QDate::fromString(literal.literal.toString(), Qt::ISODate).isValid())
            error(literal, QStringLiteral("'%1' is not a date in the form YYYY-MM-DD")
                               .arg(literal.literal.toString()));
    }

    void requireNumeric(const Node &n, const Typed &t)
    {
        switch (t.type) {
        case ExprType::Number:
        case ExprType::Boolean:
        case ExprType::Any:
            return;
        case ExprType::Code:
            if (allNumeric(t.codes))
                return;
            break;
        case ExprType::String:
            if (isLiteral(t.node) && !std::isnan(t.node->literal.toNumber()))
                return;
            break;
        default:
            break;
        }
        mismatch(t.node ? *t.node : n, ExprType::Number, t.type);
    }

    void mismatch(const Node &n, ExprType expected, ExprType found)
    {
        error(n, QStringLiteral("type mismatch: expected %1 but found %2")
                     .arg(exprTypeName(expected), exprTypeName(found)));
    }

    bool arity(const Node &n, qsizetype min, qsizetype max)
    {
        const qsizetype count = n.args.size();
        if (count >= min && count <= max)
            return true;
        const QString expected = min == max ? QString::number(min)
                                 : max > 64 ? QStringLiteral("at least %1").arg(min)
                                            : QStringLiteral("%1 to %2").arg(min).arg(max);
        error(n,
              QStringLiteral("%1() takes %2 argument(s), not %3").arg(n.name, expected).arg(count));
        return false;
    }

    static ExprType unify(ExprType a, ExprType b) { return a == b ? a : ExprType::Any; }

    Typed checkCall(Node &n)
    {
        std::vector<Typed> args;
        for (Node &arg : n.args)
            args.push_back(check(arg));
        switch (n.fn) {
        case Fn::Selected:
            if (arity(n, 2, 2)) {
                const ExprType t = args[0].type;
                if (t != ExprType::Code && t != ExprType::CodeList && t != ExprType::Any)
                    error(n.args[0], QStringLiteral("selected() needs a choice question, "
                                                    "not %1")
                                         .arg(exprTypeName(t)));
                checkLiteralCode(args[0], args[1]);
            }
            return {ExprType::Boolean};
        case Fn::CountSelected:
            if (arity(n, 1, 1) && args[0].type != ExprType::CodeList &&
                args[0].type != ExprType::Any)
                error(n.args[0], QStringLiteral("count-selected() needs a multiple-choice "
                                                "question, not %1")
                                     .arg(exprTypeName(args[0].type)));
            return {ExprType::Number};
        case Fn::Not:
            arity(n, 1, 1);
            return {ExprType::Boolean};
        case Fn::If:
            if (arity(n, 3, 3))
                return {unify(args[1].type, args[2].type)};
            return {};
        case Fn::Coalesce:
            if (arity(n, 2, 2))
                return {unify(args[0].type, args[1].type)};
            return {};
        case Fn::StringLength:
            arity(n, 1, 1);
            return {ExprType::Number};
        case Fn::Concat:
            arity(n, 1, 1000);
            return {ExprType::String};
        case Fn::Number:
            arity(n, 1, 1);
            return {ExprType::Number};
        case Fn::String:
            arity(n, 1, 1);
            return {ExprType::String};
        case Fn::Int:
        case Fn::Round:
            if (arity(n, 1, n.fn == Fn::Round ? 2 : 1)) {
                for (const Typed &a : args)
                    requireNumeric(n, a);
            }
            return {ExprType::Number};
        case Fn::True:
        case Fn::False:
            arity(n, 0, 0);
            return {ExprType::Boolean};
        case Fn::Today:
            arity(n, 0, 0);
            return {ExprType::Date};
        }
        return {};
    }

    const SymbolTable &m_symbols;
    QList<ExprError> &m_errors;
};

} // namespace

ExprType check(Node &node, const SymbolTable &symbols, QList<ExprError> &errors)
{
    Checker checker(symbols, errors);
    return checker.check(node).type;
}

} // namespace expr
} // namespace loket
