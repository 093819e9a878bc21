#include "randomwalk.h"

#include <cmath>

namespace loket {

namespace {

const QStringList kWords = {QStringLiteral("antrean"), QStringLiteral("petugas"),
                            QStringLiteral("ramah"),   QStringLiteral("cepat"),
                            QStringLiteral("loket"),   QStringLiteral("formulir"),
                            QStringLiteral("jelas"),   QStringLiteral("terima kasih")};

Value randomMultiple(const Question &q, QRandomGenerator &rng)
{
    QStringList regular;
    for (const Option &o : q.options) {
        if (!o.notApplicable)
            regular.append(o.code);
    }
    if (regular.isEmpty() || rng.bounded(10) == 0) {
        for (const Option &o : q.options) {
            if (o.notApplicable)
                return Value::list({o.code});
        }
    }
    const int max =
        q.maxSelected > 0 ? std::min(q.maxSelected, int(regular.size())) : int(regular.size());
    const int min = std::max(1, q.minSelected);
    const int count = min >= max ? max : min + int(rng.bounded(max - min + 1));
    QStringList picked;
    while (picked.size() < count) {
        const QString code = regular.at(rng.bounded(int(regular.size())));
        if (!picked.contains(code))
            picked.append(code);
    }
    return Value::list(picked);
}

} // namespace

Value randomAnswer(const Question &q, QRandomGenerator &rng, const QDate &today)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::YesNo:
        return Value::string(q.options.at(rng.bounded(int(q.options.size()))).code);
    case QuestionType::Scale: {
        const QStringList codes = q.answerCodes();
        return normaliseAnswer(q, Value::string(codes.at(rng.bounded(int(codes.size())))));
    }
    case QuestionType::Multiple:
        return randomMultiple(q, rng);
    case QuestionType::Number: {
        const double lo = q.minimum.value_or(0);
        const double hi = q.maximum.value_or(lo + 1000);
        const double d = lo + rng.generateDouble() * (hi - lo);
        return Value::number(q.integer ? std::floor(d) : std::round(d * 100) / 100);
    }
    case QuestionType::Text: {
        QStringList words;
        const int n = 1 + int(rng.bounded(6));
        for (int i = 0; i < n; ++i)
            words.append(kWords.at(rng.bounded(int(kWords.size()))));
        return Value::string(words.join(u' ').left(q.maxLength));
    }
    case QuestionType::Date: {
        const QDate lo = q.minDate.value_or(today.addYears(-1));
        const QDate hi = q.maxDateToday ? today : q.maxDate.value_or(today);
        const qint64 span = std::max<qint64>(0, lo.daysTo(hi));
        return Value::string(
            lo.addDays(qint64(rng.bounded(quint64(span + 1)))).toString(Qt::ISODate));
    }
    case QuestionType::Note:
        return {};
    }
    return {};
}

bool walkRandomly(Session &session, QRandomGenerator &rng,
                  const std::function<bool(int index, const Value &value)> &onAnswer)
{
    const Questionnaire &qn = session.questionnaire();
    for (int i = session.firstQuestion(); i >= 0; i = session.nextQuestion(i)) {
        const Question &q = qn.questions.at(i);
        if (!q.hasValue())
            continue;
        // Optional questions are sometimes skipped, as real respondents do.
        if (!q.required && rng.bounded(5) == 0)
            continue;
        for (int attempt = 0; attempt < 50; ++attempt) {
            const Value v = randomAnswer(q, rng, session.today());
            if (!session.setAnswer(i, v)) {
                if (!onAnswer(i, session.answers().at(i)))
                    return false;
                break;
            }
        }
    }
    return session.isComplete();
}

} // namespace loket
