#include "scoring.h"

#include <QJsonArray>

#include <cmath>

namespace loket {

double ElementTally::mean() const
{
    return count > 0 ? sum / double(count) : std::nan("");
}

QJsonObject IndexResult::toJson() const
{
    const auto language = QStringLiteral("id");
    QJsonArray elementsJson;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const IndexElement &e = index->elements.at(i);
        const ElementTally &t = elements.at(i);
        elementsJson.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title.text(language)},
            {QStringLiteral("answers"), t.count},
            {QStringLiteral("mean"), t.count > 0 ? QJsonValue(t.mean()) : QJsonValue()},
            {QStringLiteral("weight"), e.weight},
        });
    }
    QJsonObject json{
        {QStringLiteral("id"), index->id},
        {QStringLiteral("title"), index->title.text(language)},
        {QStringLiteral("elements"), elementsJson},
        {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()},
        {QStringLiteral("grade"), grade ? QJsonValue(grade->grade) : QJsonValue()},
        {QStringLiteral("grade_label"),
         grade ? QJsonValue(grade->label.text(language)) : QJsonValue()},
    };
    return json;
}

ScoreAccumulator::ScoreAccumulator(std::shared_ptr<const Questionnaire> questionnaire)
    : m_questionnaire(std::move(questionnaire))
{
    for (const ScoreIndex &index : m_questionnaire->indices)
        m_tallies.append(QList<ElementTally>(index.elements.size()));
}

std::optional<double> ScoreAccumulator::elementScore(const Question &q, const IndexElement &e,
                                                     const QJsonValue &answer)
{
    const Value v = normaliseAnswer(q, Value::fromJson(answer));
    if (v.isEmpty() || (v.kind() == Value::Kind::String && q.isNotApplicable(v.toString())))
        return std::nullopt;
    const QString code =
        v.kind() == Value::Kind::Number ? Value::formatNumber(v.toNumber()) : v.toString();
    if (const auto it = e.scores.constFind(code); it != e.scores.constEnd())
        return *it;
    if (v.kind() == Value::Kind::Number)
        return v.toNumber();
    return std::nullopt;
}

std::optional<QString> ScoreAccumulator::add(const ResponseDocument &response)
{
    const Questionnaire &qn = *m_questionnaire;
    std::optional<QString> reason;
    if (response.questionnaireId != qn.id)
        reason =
            QStringLiteral("questionnaire '%1', not '%2'").arg(response.questionnaireId, qn.id);
    else if (response.questionnaireVersion != qn.version)
        reason = QStringLiteral("questionnaire version %1, not %2")
                     .arg(response.questionnaireVersion)
                     .arg(qn.version);
    else if (response.status != QLatin1String("completed"))
        reason = QStringLiteral("status '%1', not completed").arg(response.status);
    // Every answer must be one its question allows; a response with a bad one is not counted.
    for (auto it = response.answers.begin(); !reason && it != response.answers.end(); ++it) {
        const Question *q = qn.question(it.key());
        if (!q)
            reason = QStringLiteral("answer to unknown question '%1'").arg(it.key());
        else if (const auto error = checkAnswerValue(*q, normaliseAnswer(*q, Value::fromJson(*it)),
                                                     QDate::currentDate()))
            reason = QStringLiteral("answer to '%1': %2").arg(it.key(), error->message);
    }
    if (reason) {
        m_skipped.append(*reason);
        return reason;
    }
    for (qsizetype i = 0; i < qn.indices.size(); ++i) {
        const ScoreIndex &index = qn.indices.at(i);
        for (qsizetype e = 0; e < index.elements.size(); ++e) {
            const IndexElement &element = index.elements.at(e);
            const Question &q = qn.questions.at(element.question);
            if (const auto score = elementScore(q, element, response.answers.value(q.id))) {
                m_tallies[i][e].sum += *score;
                ++m_tallies[i][e].count;
            }
        }
    }
    ++m_used;
    return std::nullopt;
}

QList<IndexResult> indexResults(const Questionnaire &questionnaire,
                                const QList<QList<ElementTally>> &tallies)
{
    QList<IndexResult> results;
    for (qsizetype i = 0; i < questionnaire.indices.size(); ++i) {
        IndexResult r;
        r.index = &questionnaire.indices.at(i);
        r.elements = tallies.value(i);
        r.elements.resize(r.index->elements.size());
        double weighted = 0;
        bool complete = true;
        for (qsizetype e = 0; e < r.elements.size(); ++e) {
            complete = complete && r.elements.at(e).count > 0;
            weighted += r.elements.at(e).mean() * r.index->elements.at(e).weight;
        }
        if (complete) {
            const double scale = std::pow(10.0, r.index->decimals);
            const double raw = weighted * r.index->multiply + r.index->add;
            r.value = std::round(raw * scale) / scale;
            r.grade = r.index->grade(*r.value);
        }
        results.append(r);
    }
    return results;
}

QList<IndexResult> ScoreAccumulator::results() const
{
    return indexResults(*m_questionnaire, m_tallies);
}

QJsonObject ScoreAccumulator::report() const
{
    QJsonArray indices;
    for (const IndexResult &r : results())
        indices.append(r.toJson());
    QJsonObject reasons;
    for (const QString &why : m_skipped)
        reasons.insert(why, reasons.value(why).toInt() + 1);
    return QJsonObject{
        {QStringLiteral("questionnaire"),
         QJsonObject{{QStringLiteral("id"), m_questionnaire->id},
                     {QStringLiteral("version"), m_questionnaire->version}}},
        {QStringLiteral("responses_used"), m_used},
        {QStringLiteral("responses_skipped"), m_skipped.size()},
        {QStringLiteral("skip_reasons"), reasons},
        {QStringLiteral("indices"), indices},
    };
}

} // namespace loket
