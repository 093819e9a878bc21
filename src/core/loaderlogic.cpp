// Compiles relevant, constraint and calculate, and checks that logic only flows forward:
// a question may depend on earlier questions only, which rules out cycles.
#include "loaderparts.h"

namespace loket::detail {

namespace {

ExprType valueType(const Question &q)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::YesNo:
        return ExprType::Code;
    case QuestionType::Multiple:
        return ExprType::CodeList;
    case QuestionType::Scale:
    case QuestionType::Number:
        return ExprType::Number;
    case QuestionType::Date:
        return ExprType::Date;
    case QuestionType::Text:
    case QuestionType::Note:
        return ExprType::String;
    }
    return ExprType::Any;
}

SymbolTable symbolsFor(const Questionnaire &qn)
{
    SymbolTable table;
    for (int i = 0; i < qn.questions.size(); ++i) {
        const Question &q = qn.questions.at(i);
        if (q.hasValue() && !q.id.isEmpty())
            table.byName.insert(q.id, Symbol{i, valueType(q), q.answerCodes()});
        else if (!q.id.isEmpty())
            table.notes.append(q.id);
    }
    return table;
}

bool isCondition(ExprType t)
{
    return t == ExprType::Boolean || t == ExprType::Any;
}

bool calculateFits(QuestionType target, ExprType result)
{
    switch (target) {
    case QuestionType::Number:
        return result == ExprType::Number || result == ExprType::Boolean || result == ExprType::Any;
    case QuestionType::Date:
        return result == ExprType::Date || result == ExprType::Any;
    case QuestionType::Text:
        return true;
    default:
        return false;
    }
}

class LogicCompiler
{
public:
    LogicCompiler(Reader &r, const Questionnaire &qn)
        : m_r(r)
        , m_qn(qn)
        , m_symbols(symbolsFor(qn))
    {
    }

    // Compiles one expression for the question or section that starts at `limit`. `self` is
    // the owning question (or -1), whose own value only its constraint may read.
    std::shared_ptr<const Expression> compile(const std::optional<QString> &text,
                                              const QString &ptr, const char *member, int limit,
                                              int self, bool allowSelf)
    {
        if (!text)
            return nullptr;
        const QString p = Reader::child(ptr, QLatin1String(member));
        // `.` is bound in place: copying the table per expression made loading quadratic.
        m_symbols.hasSelf = self >= 0 && allowSelf;
        if (m_symbols.hasSelf)
            m_symbols.self = m_symbols.byName.value(m_qn.questions.at(self).id);
        const Expression::Compiled c = Expression::compile(*text, m_symbols);
        for (const ExprError &e : c.errors)
            m_r.error(p, QStringLiteral("column %1: %2").arg(e.column).arg(e.message));
        if (!c.expression)
            return nullptr;
        bool ordered = true;
        for (int ref : c.expression->references()) {
            const QString &name = m_qn.questions.at(ref).id;
            if (ref == self && !allowSelf) {
                m_r.error(p,
                          QStringLiteral("depends on its own question '%1' (a cycle)").arg(name));
                ordered = false;
            } else if (ref >= limit && ref != self) {
                m_r.error(p, QStringLiteral("refers to '%1', which comes later; logic may only "
                                            "depend on earlier questions")
                                 .arg(name));
                ordered = false;
            }
        }
        return ordered ? c.expression : nullptr;
    }

    void requireCondition(const std::shared_ptr<const Expression> &e, const QString &ptr,
                          const char *member)
    {
        if (e && !isCondition(e->type()))
            m_r.error(Reader::child(ptr, QLatin1String(member)),
                      QStringLiteral("must be a condition (true or false), but gives %1")
                          .arg(exprTypeName(e->type())));
    }

private:
    Reader &m_r;
    const Questionnaire &m_qn;
    SymbolTable m_symbols;
};

} // namespace

void compileLogic(Reader &r, Questionnaire &qn, const QList<PendingLogic> &questionLogic,
                  const QList<PendingLogic> &sectionLogic)
{
    LogicCompiler compiler(r, qn);
    for (int s = 0; s < qn.sections.size() && s < sectionLogic.size(); ++s) {
        Section &section = qn.sections[s];
        const PendingLogic &logic = sectionLogic.at(s);
        section.relevant = compiler.compile(logic.relevant, logic.pointer, "relevant",
                                            section.firstQuestion, -1, false);
        compiler.requireCondition(section.relevant, logic.pointer, "relevant");
    }
    for (int i = 0; i < qn.questions.size() && i < questionLogic.size(); ++i) {
        Question &q = qn.questions[i];
        const PendingLogic &logic = questionLogic.at(i);
        q.relevant = compiler.compile(logic.relevant, logic.pointer, "relevant", i, i, false);
        compiler.requireCondition(q.relevant, logic.pointer, "relevant");
        q.constraint = compiler.compile(logic.constraint, logic.pointer, "constraint", i, i, true);
        compiler.requireCondition(q.constraint, logic.pointer, "constraint");
        if (logic.calculate && !calculateFits(q.type, ExprType::Any)) {
            r.error(Reader::child(logic.pointer, QStringLiteral("calculate")),
                    QStringLiteral("only number, text and date questions can be calculated"));
            continue;
        }
        q.calculate = compiler.compile(logic.calculate, logic.pointer, "calculate", i, i, false);
        if (q.calculate && !calculateFits(q.type, q.calculate->type()))
            r.error(Reader::child(logic.pointer, QStringLiteral("calculate")),
                    QStringLiteral("gives %1, which does not fit a %2 question")
                        .arg(exprTypeName(q.calculate->type()), questionTypeName(q.type)));
        if (q.calculate && q.constraint)
            r.error(Reader::child(logic.pointer, QStringLiteral("constraint")),
                    QStringLiteral("a calculated question is never answered, so it cannot "
                                   "have a constraint"));
    }
}

} // namespace loket::detail
