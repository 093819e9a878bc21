#include "session.h"

#include <cmath>

namespace loket {

namespace {
// A calculated value is stored in the kind its question holds; NaN means no value.
Value calculated(const Question &q, const Value &v)
{
    if (v.isEmpty())
        return {};
    if (q.type == QuestionType::Number) {
        const double d = v.toNumber();
        return std::isfinite(d) ? Value::number(d) : Value();
    }
    return Value::string(v.toString());
}
} // namespace

Session::Session(std::shared_ptr<const Questionnaire> questionnaire)
    : m_questionnaire(std::move(questionnaire))
    , m_answers(m_questionnaire->questions.size())
    , m_relevant(m_questionnaire->questions.size(), true)
{
    reevaluate();
}

std::optional<AnswerError> Session::setAnswer(const QString &questionId, const Value &value)
{
    const int index = m_questionnaire->indexOf(questionId);
    if (index < 0)
        return AnswerError{AnswerError::Code::UnknownQuestion,
                           QStringLiteral("no question '%1'").arg(questionId),
                           {}};
    return setAnswer(index, value);
}

std::optional<AnswerError> Session::setAnswer(int index, const Value &raw)
{
    if (index < 0 || index >= m_answers.size())
        return AnswerError{
            AnswerError::Code::UnknownQuestion, QStringLiteral("no such question"), {}};
    const Question &q = m_questionnaire->questions.at(index);
    if (!isShown(index))
        return AnswerError{AnswerError::Code::NotAsked,
                           QStringLiteral("question '%1' is not shown").arg(q.id),
                           {}};
    const Value value = normaliseAnswer(q, raw);
    if (auto error = checkAnswerValue(q, value, today()))
        return error;
    // XLSForm checks a constraint only on an answer, with `.` as the candidate value.
    if (q.constraint && !value.isEmpty()) {
        QList<Value> candidate = m_answers;
        candidate[index] = value;
        if (!q.constraint->test(EvalContext{&candidate, value, today()}))
            return AnswerError{AnswerError::Code::ConstraintFailed,
                               QStringLiteral("constraint of '%1' not met").arg(q.id),
                               q.constraintMessage};
    }
    m_answers[index] = value;
    reevaluate();
    return std::nullopt;
}

Value Session::answer(const QString &questionId) const
{
    const int index = m_questionnaire->indexOf(questionId);
    return index < 0 ? Value() : m_answers.at(index);
}

// One forward pass suffices: the loader guarantees logic only reads earlier questions.
void Session::reevaluate()
{
    const EvalContext ctx{&m_answers, Value(), today()};
    for (const Section &section : m_questionnaire->sections) {
        const bool sectionShown = !section.relevant || section.relevant->test(ctx);
        for (int i = section.firstQuestion; i < section.firstQuestion + section.questionCount;
             ++i) {
            const Question &q = m_questionnaire->questions.at(i);
            const bool relevant = sectionShown && (!q.relevant || q.relevant->test(ctx));
            m_relevant[i] = relevant;
            if (!relevant)
                m_answers[i] = Value();
            else if (q.calculate)
                m_answers[i] = calculated(q, q.calculate->evaluate(ctx));
        }
    }
}

bool Session::isShown(int index) const
{
    return isRelevant(index) && !m_questionnaire->questions.at(index).isCalculated();
}

QList<int> Session::shownQuestions() const
{
    QList<int> shown;
    for (int i = 0; i < m_answers.size(); ++i) {
        if (isShown(i))
            shown.append(i);
    }
    return shown;
}

int Session::nextQuestion(int from) const
{
    for (int i = std::max(from + 1, 0); i < m_answers.size(); ++i) {
        if (isShown(i))
            return i;
    }
    return -1;
}

int Session::previousQuestion(int from) const
{
    for (int i = std::min(from, int(m_answers.size())) - 1; i >= 0; --i) {
        if (isShown(i))
            return i;
    }
    return -1;
}

QList<int> Session::missingRequired() const
{
    QList<int> missing;
    for (int i = 0; i < m_answers.size(); ++i) {
        if (isShown(i) && m_questionnaire->questions.at(i).required && m_answers.at(i).isEmpty())
            missing.append(i);
    }
    return missing;
}

QJsonObject Session::answersJson() const
{
    QJsonObject json;
    for (int i = 0; i < m_answers.size(); ++i) {
        if (m_relevant.at(i) && !m_answers.at(i).isEmpty())
            json.insert(m_questionnaire->questions.at(i).id, m_answers.at(i).toJson());
    }
    return json;
}

} // namespace loket
