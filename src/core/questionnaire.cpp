#include "questionnaire.h"

#include <cmath>

namespace loket {

namespace {
constexpr std::pair<QuestionType, const char *> kTypeNames[] = {
    {QuestionType::Single, "single"}, {QuestionType::Multiple, "multiple"},
    {QuestionType::Scale, "scale"},   {QuestionType::YesNo, "yesno"},
    {QuestionType::Text, "text"},     {QuestionType::Number, "number"},
    {QuestionType::Date, "date"},     {QuestionType::Note, "note"},
};
} // namespace

QString questionTypeName(QuestionType type)
{
    for (const auto &[t, name] : kTypeNames) {
        if (t == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kTypeNames) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

const Option *Question::option(const QString &code) const
{
    for (const Option &o : options) {
        if (o.code == code)
            return &o;
    }
    return nullptr;
}

bool Question::isNotApplicable(const QString &code) const
{
    const Option *o = option(code);
    return o && o->notApplicable;
}

QStringList Question::answerCodes() const
{
    QStringList codes;
    if (type == QuestionType::Scale) {
        for (int p = 0; p < scalePoints; ++p)
            codes.append(QString::number(scaleStart + p));
    }
    for (const Option &o : options)
        codes.append(o.code);
    return codes;
}

const GradeBand *ScoreIndex::grade(double value) const
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    for (const GradeBand &band : grades) {
        if (rounded >= band.min && rounded <= band.max)
            return &band;
    }
    return nullptr;
}

const Question *Questionnaire::question(const QString &questionId) const
{
    const int i = indexOf(questionId);
    return i < 0 ? nullptr : &questions.at(i);
}

void Questionnaire::buildIndex()
{
    m_index.clear();
    for (int i = 0; i < questions.size(); ++i)
        m_index.insert(questions.at(i).id, i);
}

} // namespace loket
