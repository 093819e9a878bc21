#include "answercheck.h"

#include <cmath>

namespace loket {

namespace {

AnswerError err(AnswerError::Code code, const QString &message)
{
    return {code, message, {}};
}

std::optional<AnswerError> checkCode(const Question &q, const Value &v)
{
    if (v.kind() != Value::Kind::String)
        return err(AnswerError::Code::WrongType, QStringLiteral("expects one answer code"));
    if (!q.option(v.toString()))
        return err(AnswerError::Code::NotAnOption,
                   QStringLiteral("not one of the question's codes"));
    return std::nullopt;
}

std::optional<AnswerError> checkMultiple(const Question &q, const Value &v)
{
    if (v.kind() != Value::Kind::List)
        return err(AnswerError::Code::WrongType, QStringLiteral("expects a list of answer codes"));
    const QStringList codes = v.toList();
    bool notApplicable = false;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (!q.option(codes.at(i)))
            return err(AnswerError::Code::NotAnOption,
                       QStringLiteral("not one of the question's codes"));
        if (codes.indexOf(codes.at(i)) != i)
            return err(AnswerError::Code::WrongType, QStringLiteral("a code is selected twice"));
        notApplicable = notApplicable || q.isNotApplicable(codes.at(i));
    }
    if (notApplicable && codes.size() > 1)
        return err(AnswerError::Code::ExclusiveOption,
                   QStringLiteral("\"don't know\" cannot be combined with other answers"));
    if (notApplicable)
        return std::nullopt;
    if (codes.size() < q.minSelected)
        return err(AnswerError::Code::TooFewSelected,
                   QStringLiteral("select at least %1").arg(q.minSelected));
    if (q.maxSelected > 0 && codes.size() > q.maxSelected)
        return err(AnswerError::Code::TooManySelected,
                   QStringLiteral("select at most %1").arg(q.maxSelected));
    return std::nullopt;
}

std::optional<AnswerError> checkScale(const Question &q, const Value &v)
{
    if (v.kind() == Value::Kind::String)
        return checkCode(q, v);
    const double d = v.toNumber();
    if (v.kind() != Value::Kind::Number || d != std::trunc(d) || d < q.scaleStart ||
        d >= q.scaleStart + q.scalePoints)
        return err(AnswerError::Code::NotAnOption, QStringLiteral("expects a point from %1 to %2")
                                                       .arg(q.scaleStart)
                                                       .arg(q.scaleStart + q.scalePoints - 1));
    return std::nullopt;
}

std::optional<AnswerError> checkNumber(const Question &q, const Value &v)
{
    const double d = v.toNumber();
    if (v.kind() != Value::Kind::Number || !std::isfinite(d))
        return err(AnswerError::Code::WrongType, QStringLiteral("expects a number"));
    if (q.integer && d != std::trunc(d))
        return err(AnswerError::Code::NotInteger, QStringLiteral("expects a whole number"));
    if (q.minimum && d < *q.minimum)
        return err(
            AnswerError::Code::BelowMinimum,
            QStringLiteral("the smallest allowed is %1").arg(Value::formatNumber(*q.minimum)));
    if (q.maximum && d > *q.maximum)
        return err(
            AnswerError::Code::AboveMaximum,
            QStringLiteral("the largest allowed is %1").arg(Value::formatNumber(*q.maximum)));
    return std::nullopt;
}

std::optional<AnswerError> checkDate(const Question &q, const Value &v, const QDate &today)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (v.kind() != Value::Kind::String || !d.isValid())
        return err(AnswerError::Code::InvalidDate, QStringLiteral("expects a date as YYYY-MM-DD"));
    if (q.minDate && d < *q.minDate)
        return err(
            AnswerError::Code::BelowMinimum,
            QStringLiteral("the earliest allowed is %1").arg(q.minDate->toString(Qt::ISODate)));
    const std::optional<QDate> max = q.maxDateToday ? std::optional(today) : q.maxDate;
    if (max && d > *max)
        return err(AnswerError::Code::AboveMaximum,
                   QStringLiteral("the latest allowed is %1").arg(max->toString(Qt::ISODate)));
    return std::nullopt;
}

} // namespace

Value normaliseAnswer(const Question &q, const Value &value)
{
    if (q.type == QuestionType::Scale && value.kind() == Value::Kind::String) {
        bool ok = false;
        const int point = value.toString().toInt(&ok);
        if (ok)
            return Value::number(point);
    }
    if (q.type == QuestionType::Multiple && value.kind() == Value::Kind::String)
        return Value::list(value.toList());
    return value;
}

std::optional<AnswerError> checkAnswerValue(const Question &q, const Value &value,
                                            const QDate &today)
{
    if (value.isEmpty())
        return std::nullopt;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::YesNo:
        return checkCode(q, value);
    case QuestionType::Multiple:
        return checkMultiple(q, value);
    case QuestionType::Scale:
        return checkScale(q, value);
    case QuestionType::Number:
        return checkNumber(q, value);
    case QuestionType::Date:
        return checkDate(q, value, today);
    case QuestionType::Text:
        if (value.kind() != Value::Kind::String)
            return err(AnswerError::Code::WrongType, QStringLiteral("expects text"));
        if (value.toString().size() > q.maxLength)
            return err(AnswerError::Code::TooLong,
                       QStringLiteral("at most %1 characters").arg(q.maxLength));
        return std::nullopt;
    case QuestionType::Note:
        return err(AnswerError::Code::NotAsked, QStringLiteral("a note takes no answer"));
    }
    return std::nullopt;
}

} // namespace loket
