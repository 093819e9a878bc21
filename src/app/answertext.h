#pragma once

#include "core/answercheck.h"
#include "core/questionnaire.h"
#include "core/value.h"
#include "store/storeerror.h"

#include <QVariant>

#include <optional>

namespace loket {

// What the kiosk's question screens show and take, in the respondent's language. The UI's own
// words come from the installed translation; question texts from the questionnaire.

// A language's own name ("Bahasa Indonesia", "English").
QString languageName(const QString &code);
// A storage problem in plain words for whoever stands at the kiosk; nullopt: it did not open.
QString storageProblemText(const std::optional<store::StoreError> &error);
// The fields a renderer needs for questionnaire.questions[index].
QVariantMap questionView(const Questionnaire &questionnaire, int index, const QString &language);
// Why an answer was refused, for the respondent.
QString answerErrorText(const Question &q, const AnswerError &error, const QString &language);
// An answer as a review screen shows it: option labels, a scale point with its label, a date
// in the language's format. Empty when unanswered.
QString answerText(const Question &q, const Value &value, const QString &language);
// A tapped value (a code, a scale point) as the question stores it.
Value answerValue(const Question &q, const QVariant &value);
// A typed value; nullopt when a number question gets something that is not a number.
std::optional<Value> typedValue(const Question &q, const QString &text, const QString &language);

} // namespace loket
