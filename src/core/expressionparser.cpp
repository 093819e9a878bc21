// Lexer and recursive-descent parser for XLSForm expressions (an XPath 1.0 subset).
#include "expression.h"

namespace loket::expr {
namespace {

enum class Tok { End, Number, String, Ref, Dot, Name, LParen, RParen, Comma, Op, Error };

struct Token
{
    Tok kind = Tok::End;
    QString text;
    int column = 1;
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    Token next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token t;
        t.column = int(m_pos) + 1;
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text.at(m_pos);
        if (c.isDigit() || (c == u'.' && peekDigit(m_pos + 1)))
            return number(t);
        if (c == u'\'' || c == u'"')
            return string(t, c);
        if (c == u'$')
            return ref(t);
        if (isNameStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
                ++m_pos;
            t.kind = Tok::Name;
            t.text = m_text.mid(start, m_pos - start);
            return t;
        }
        ++m_pos;
        switch (c.unicode()) {
        case '(':
            t.kind = Tok::LParen;
            return t;
        case ')':
            t.kind = Tok::RParen;
            return t;
        case ',':
            t.kind = Tok::Comma;
            return t;
        case '.':
            t.kind = Tok::Dot;
            return t;
        case '=':
        case '+':
        case '-':
        case '*':
            return op(t, QString(c));
        case '!':
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'=') {
                ++m_pos;
                return op(t, QStringLiteral("!="));
            }
            return error(t, QStringLiteral("'!' must be followed by '='"));
        case '<':
        case '>':
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'=') {
                ++m_pos;
                return op(t, QString(c) + u'=');
            }
            return op(t, QString(c));
        default:
            return error(t, QStringLiteral("unexpected character '%1'").arg(c));
        }
    }

private:
    bool peekDigit(qsizetype i) const { return i < m_text.size() && m_text.at(i).isDigit(); }

    Token number(Token t)
    {
        const qsizetype start = m_pos;
        while (peekDigit(m_pos))
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            ++m_pos;
            while (peekDigit(m_pos))
                ++m_pos;
        }
        t.kind = Tok::Number;
        t.text = m_text.mid(start, m_pos - start);
        return t;
    }

    Token string(Token t, QChar quote)
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote)
            ++m_pos;
        if (m_pos >= m_text.size())
            return error(t, QStringLiteral("unterminated string"));
        t.kind = Tok::String;
        t.text = m_text.mid(start, m_pos - start);
        ++m_pos;
        return t;
    }

    Token ref(Token t)
    {
        if (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != u'{')
            return error(t, QStringLiteral("'$' must start a reference like ${question}"));
        m_pos += 2;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'}')
            ++m_pos;
        if (m_pos >= m_text.size())
            return error(t, QStringLiteral("reference is missing its closing '}'"));
        t.text = m_text.mid(start, m_pos - start);
        ++m_pos;
        if (t.text.isEmpty() || !isNameStart(t.text.at(0)) ||
            !std::all_of(t.text.begin(), t.text.end(),
                         [](QChar ch) { return ch.isLetterOrNumber() || ch == u'_'; }))
            return error(t, QStringLiteral("'%1' is not a valid question id").arg(t.text));
        t.kind = Tok::Ref;
        return t;
    }

    static Token op(Token t, const QString &text)
    {
        t.kind = Tok::Op;
        t.text = text;
        return t;
    }

    static Token error(Token t, const QString &message)
    {
        t.kind = Tok::Error;
        t.text = message;
        return t;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

struct FnInfo
{
    const char *name;
    Fn fn;
};

constexpr FnInfo kFunctions[] = {
    {"selected", Fn::Selected},
    {"count-selected", Fn::CountSelected},
    {"not", Fn::Not},
    {"if", Fn::If},
    {"string-length", Fn::StringLength},
    {"coalesce", Fn::Coalesce},
    {"concat", Fn::Concat},
    {"number", Fn::Number},
    {"string", Fn::String},
    {"int", Fn::Int},
    {"round", Fn::Round},
    {"true", Fn::True},
    {"false", Fn::False},
    {"today", Fn::Today},
};

class Parser
{
public:
    Parser(const QString &text, QList<ExprError> &errors)
        : m_lexer(text)
        , m_errors(errors)
    {
        advance();
    }

    bool parse(Node &root)
    {
        if (!parseOr(root, 0))
            return false;
        if (m_tok.kind != Tok::End)
            return fail(
                QStringLiteral("unexpected '%1' after the end of the expression").arg(describe()));
        return true;
    }

private:
    void advance() { m_tok = m_lexer.next(); }

    bool fail(const QString &message)
    {
        m_errors.append({m_tok.column, message});
        return false;
    }

    QString describe() const
    {
        switch (m_tok.kind) {
        case Tok::End:
            return QStringLiteral("end of expression");
        case Tok::Ref:
            return QStringLiteral("${%1}").arg(m_tok.text);
        case Tok::String:
            return QStringLiteral("'%1'").arg(m_tok.text);
        case Tok::LParen:
            return QStringLiteral("(");
        case Tok::RParen:
            return QStringLiteral(")");
        case Tok::Comma:
            return QStringLiteral(",");
        case Tok::Dot:
            return QStringLiteral(".");
        default:
            return m_tok.text;
        }
    }

    bool isOp(const char *op) const
    {
        return m_tok.kind == Tok::Op && m_tok.text == QLatin1String(op);
    }
    bool isKeyword(const char *word) const
    {
        return m_tok.kind == Tok::Name && m_tok.text == QLatin1String(word);
    }

    static Node binary(Op op, Node lhs, Node rhs, int column)
    {
        Node n;
        n.op = op;
        n.column = column;
        n.args.push_back(std::move(lhs));
        n.args.push_back(std::move(rhs));
        return n;
    }

    using Level = bool (Parser::*)(Node &, int);

    // One precedence level: operand (op operand)*, left-associative.
    template <typename Match>
    bool level(Node &out, int depth, Level operand, Match match)
    {
        if (!(this->*operand)(out, depth))
            return false;
        while (true) {
            const std::optional<Op> op = match();
            if (!op)
                return true;
            const int column = m_tok.column;
            if (!countNode())
                return false;
            advance();
            Node rhs;
            if (!(this->*operand)(rhs, depth))
                return false;
            out = binary(*op, std::move(out), std::move(rhs), column);
        }
    }

    bool parseOr(Node &out, int depth)
    {
        return level(out, depth, &Parser::parseAnd, [this]() -> std::optional<Op> {
            return isKeyword("or") ? std::optional(Op::Or) : std::nullopt;
        });
    }
    bool parseAnd(Node &out, int depth)
    {
        return level(out, depth, &Parser::parseEquality, [this]() -> std::optional<Op> {
            return isKeyword("and") ? std::optional(Op::And) : std::nullopt;
        });
    }
    bool parseEquality(Node &out, int depth)
    {
        return level(out, depth, &Parser::parseRelational, [this]() -> std::optional<Op> {
            if (isOp("="))
                return Op::Eq;
            if (isOp("!="))
                return Op::Ne;
            return std::nullopt;
        });
    }
    bool parseRelational(Node &out, int depth)
    {
        return level(out, depth, &Parser::parseAdditive, [this]() -> std::optional<Op> {
            if (isOp("<"))
                return Op::Lt;
            if (isOp("<="))
                return Op::Le;
            if (isOp(">"))
                return Op::Gt;
            if (isOp(">="))
                return Op::Ge;
            return std::nullopt;
        });
    }
    bool parseAdditive(Node &out, int depth)
    {
        return level(out, depth, &Parser::parseMultiplicative, [this]() -> std::optional<Op> {
            if (isOp("+"))
                return Op::Add;
            if (isOp("-"))
                return Op::Sub;
            return std::nullopt;
        });
    }
    bool parseMultiplicative(Node &out, int depth)
    {
        return level(out, depth, &Parser::parseUnary, [this]() -> std::optional<Op> {
            if (isOp("*"))
                return Op::Mul;
            if (isKeyword("div"))
                return Op::Div;
            if (isKeyword("mod"))
                return Op::Mod;
            return std::nullopt;
        });
    }

    bool parseUnary(Node &out, int depth)
    {
        if (depth >= Expression::MaxDepth)
            return fail(QStringLiteral("expression is nested too deeply (limit %1)")
                            .arg(Expression::MaxDepth));
        if (isOp("-")) {
            out.op = Op::Neg;
            out.column = m_tok.column;
            advance();
            Node operand;
            if (!parseUnary(operand, depth + 1))
                return false;
            out.args.push_back(std::move(operand));
            return true;
        }
        return parsePrimary(out, depth);
    }

    // Bounds the tree so that checking and evaluating it can never exhaust the stack.
    bool countNode()
    {
        if (++m_nodes <= Expression::MaxNodes)
            return true;
        return fail(
            QStringLiteral("expression has too many terms (limit %1)").arg(Expression::MaxNodes));
    }

    bool parsePrimary(Node &out, int depth)
    {
        out.column = m_tok.column;
        if (!countNode())
            return false;
        switch (m_tok.kind) {
        case Tok::Error:
            return fail(m_tok.text);
        case Tok::Number:
            out.op = Op::Literal;
            out.literal = Value::number(m_tok.text.toDouble());
            advance();
            return true;
        case Tok::String:
            out.op = Op::Literal;
            out.literal = Value::string(m_tok.text);
            advance();
            return true;
        case Tok::Ref:
            out.op = Op::Ref;
            out.name = m_tok.text;
            advance();
            return true;
        case Tok::Dot:
            out.op = Op::Self;
            advance();
            return true;
        case Tok::LParen: {
            advance();
            if (!parseOr(out, depth + 1))
                return false;
            if (m_tok.kind != Tok::RParen)
                return fail(QStringLiteral("expected ')' but found %1").arg(describe()));
            advance();
            return true;
        }
        case Tok::Name:
            return parseCall(out, depth);
        default:
            return fail(QStringLiteral("expected a value but found %1").arg(describe()));
        }
    }

    bool parseCall(Node &out, int depth)
    {
        out.op = Op::Call;
        out.name = m_tok.text;
        const auto *info =
            std::find_if(std::begin(kFunctions), std::end(kFunctions),
                         [&](const FnInfo &f) { return out.name == QLatin1String(f.name); });
        if (info == std::end(kFunctions)) {
            QStringList names;
            for (const FnInfo &f : kFunctions)
                names.append(QLatin1String(f.name));
            return fail(QStringLiteral("unknown function '%1'; known functions: %2")
                            .arg(out.name, names.join(QStringLiteral(", "))));
        }
        out.fn = info->fn;
        advance();
        if (m_tok.kind != Tok::LParen)
            return fail(QStringLiteral("expected '(' after %1").arg(out.name));
        advance();
        if (m_tok.kind == Tok::RParen) {
            advance();
            return true;
        }
        while (true) {
            Node arg;
            if (!parseOr(arg, depth + 1))
                return false;
            out.args.push_back(std::move(arg));
            if (m_tok.kind == Tok::Comma) {
                advance();
                continue;
            }
            if (m_tok.kind == Tok::RParen) {
                advance();
                return true;
            }
            return fail(QStringLiteral("expected ',' or ')' but found %1").arg(describe()));
        }
    }

    Lexer m_lexer;
    Token m_tok;
    QList<ExprError> &m_errors;
    int m_nodes = 0;
};

} // namespace

bool parse(const QString &text, Node &root, QList<ExprError> &errors)
{
    if (text.size() > Expression::MaxLength) {
        errors.append({1, QStringLiteral("expression is %1 characters long (limit %2)")
                              .arg(text.size())
                              .arg(Expression::MaxLength)});
        return false;
    }
    Parser parser(text, errors);
    return parser.parse(root);
}

} // namespace loket::expr
