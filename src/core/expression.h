#pragma once

#include "value.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace loket {

// Static type of an expression, used to refuse questionnaires whose logic cannot work.
enum class ExprType { Boolean, Number, String, Date, Code, CodeList, Any };
QString exprTypeName(ExprType t);

// What an expression may refer to: one entry per question that holds a value.
struct Symbol
{
    int index = -1; // question index, the slot in the answer vector
    ExprType type = ExprType::Any;
    QStringList codes; // valid codes for choice questions and scale points
};

struct SymbolTable
{
    QHash<QString, Symbol> byName;
    QStringList notes; // ids that exist but hold no value
    Symbol self;       // what `.` means: the question the expression belongs to
    bool hasSelf = false;
};

struct ExprError
{
    int column = 0; // 1-based column in the expression text
    QString message;
};

struct EvalContext
{
    const QList<Value> *answers = nullptr;
    Value self;
    QDate today;
};

namespace expr {

enum class Op : quint8 {
    Literal,
    Ref,
    Self,
    Call,
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Neg
};

enum class Fn : quint8 {
    Selected,
    CountSelected,
    Not,
    If,
    StringLength,
    Coalesce,
    Concat,
    Number,
    String,
    Int,
    Round,
    True,
    False,
    Today
};

struct Node
{
    Op op = Op::Literal;
    Fn fn = Fn::True;
    int column = 1;
    int ref = -1; // question index for Ref
    QString name; // question id for Ref, function name for Call
    Value literal;
    std::vector<Node> args;
};

} // namespace expr

// An XLSForm-style expression, parsed and type-checked once, evaluated many times.
class Expression
{
public:
    struct Compiled
    {
        std::shared_ptr<const Expression> expression;
        QList<ExprError> errors;
    };

    // Parses `text` and resolves it against `symbols`. Either an expression or errors.
    static Compiled compile(const QString &text, const SymbolTable &symbols);

    Value evaluate(const EvalContext &context) const;
    bool test(const EvalContext &context) const { return evaluate(context).toBool(); }

    const QString &text() const { return m_text; }
    ExprType type() const { return m_type; }
    // Question indexes the expression reads, in order of first appearance.
    const QList<int> &references() const { return m_refs; }
    bool readsSelf() const { return m_readsSelf; }

    static constexpr int MaxLength = 4096;
    static constexpr int MaxDepth = 48;
    static constexpr int MaxNodes = 400;

private:
    QString m_text;
    expr::Node m_root;
    ExprType m_type = ExprType::Any;
    QList<int> m_refs;
    bool m_readsSelf = false;
};

namespace expr {
// Internals shared by the expression's translation units.
bool parse(const QString &text, Node &root, QList<ExprError> &errors);
ExprType check(Node &node, const SymbolTable &symbols, QList<ExprError> &errors);
Value eval(const Node &node, const EvalContext &context);
} // namespace expr

} // namespace loket
