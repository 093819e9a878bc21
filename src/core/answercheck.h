#pragma once

#include "questionnaire.h"

#include <optional>

namespace loket {

// Why an answer was refused. The app turns the code into words in the respondent's language;
// `message` is plain English for logs and command-line tools (it never quotes the answer).
struct AnswerError
{
    enum class Code {
        UnknownQuestion,
        NotAsked,
        WrongType,
        NotAnOption,
        TooFewSelected,
        TooManySelected,
        ExclusiveOption,
        BelowMinimum,
        AboveMaximum,
        NotInteger,
        TooLong,
        InvalidDate,
        ConstraintFailed
    };
    Code code;
    QString message;
    LocalizedText constraintMessage; // for ConstraintFailed
};

// Checks that a value has the shape, codes and range its question allows. Empty is allowed
// here: whether a question must be answered is for completion to decide.
std::optional<AnswerError> checkAnswerValue(const Question &q, const Value &value,
                                            const QDate &today);

// Normalises a JSON-ish value to the kind the question stores (e.g. a scale point as a number).
Value normaliseAnswer(const Question &q, const Value &value);

} // namespace loket
