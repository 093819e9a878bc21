#pragma once

#include "answercheck.h"
#include "questionnaire.h"

#include <QJsonObject>

#include <memory>

namespace loket {

// One respondent's walk through a questionnaire: answers so far, which questions are shown
// given them, and the checks each answer must pass. Holds no storage and no UI.
class Session
{
public:
    explicit Session(std::shared_ptr<const Questionnaire> questionnaire);

    const Questionnaire &questionnaire() const { return *m_questionnaire; }

    // Records an answer after checking its type, range and constraint, then re-evaluates
    // relevance: answers of questions that became hidden are dropped. Empty clears.
    std::optional<AnswerError> setAnswer(const QString &questionId, const Value &value);
    std::optional<AnswerError> setAnswer(int index, const Value &value);
    Value answer(const QString &questionId) const;
    const QList<Value> &answers() const { return m_answers; }

    bool isRelevant(int index) const { return m_relevant.value(index, false); }
    // Whether the respondent sees the question: relevant and not calculated.
    bool isShown(int index) const;
    QList<int> shownQuestions() const;

    // Navigation over shown questions, by index into questionnaire().questions; -1 when none.
    int firstQuestion() const { return nextQuestion(-1); }
    int nextQuestion(int from) const;
    int previousQuestion(int from) const;

    // Shown, required questions still without an answer.
    QList<int> missingRequired() const;
    bool isComplete() const { return missingRequired().isEmpty(); }

    // Answers of relevant questions, keyed by question id (the response JSON's "answers").
    QJsonObject answersJson() const;

    // The date `today()` and date limits use; the real date unless a test pins one.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

private:
    void reevaluate();

    std::shared_ptr<const Questionnaire> m_questionnaire;
    QList<Value> m_answers;
    QList<bool> m_relevant;
    QDate m_today;
};

} // namespace loket
