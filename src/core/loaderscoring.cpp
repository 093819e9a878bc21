// Reads the declarative scoring block: named indices over questions, with weights, a linear
// transform and grade bands. Rich enough for the IKM: Σ(NRR × 1/9) × 25, bands A to D.
#include "loaderparts.h"

namespace loket::detail {

namespace {

void readElementScores(Reader &r, const QJsonObject &o, const QString &ptr, const Question &q,
                       IndexElement &e)
{
    const auto scores = r.object(o, "scores", ptr, false);
    const QString base = Reader::child(ptr, QStringLiteral("scores"));
    if (scores) {
        for (auto it = scores->begin(); it != scores->end(); ++it) {
            const QString p = Reader::child(base, it.key());
            if (!q.answerCodes().contains(it.key()))
                r.error(p,
                        QStringLiteral("'%1' is not an answer code of '%2'").arg(it.key(), q.id));
            else if (q.isNotApplicable(it.key()))
                r.error(p, QStringLiteral("'%1' means don't know / not applicable, which scoring "
                                          "excludes")
                               .arg(it.key()));
            else if (!it.value().isDouble())
                r.error(p, QStringLiteral("must be a number"));
            else
                e.scores.insert(it.key(), it.value().toDouble());
        }
    }
    if (q.type == QuestionType::Single || q.type == QuestionType::YesNo) {
        if (!scores) {
            r.error(base,
                    QStringLiteral("is required: give a score for each answer of '%1'").arg(q.id));
            return;
        }
        for (const Option &opt : q.options) {
            if (!opt.notApplicable && !e.scores.contains(opt.code))
                r.error(base, QStringLiteral("has no score for '%1'").arg(opt.code));
        }
    } else if (q.type != QuestionType::Scale && q.type != QuestionType::Number) {
        r.error(Reader::child(ptr, QStringLiteral("question")),
                QStringLiteral("'%1' is a %2 question; scoring uses scale, single, yesno or "
                               "number questions")
                    .arg(q.id, questionTypeName(q.type)));
    }
}

void readElements(Reader &r, const QJsonObject &o, const QString &ptr, const Questionnaire &qn,
                  ScoreIndex &index)
{
    const auto elements = r.array(o, "elements", ptr, true);
    if (!elements)
        return;
    const QString base = Reader::child(ptr, QStringLiteral("elements"));
    if (elements->isEmpty())
        r.error(base, QStringLiteral("needs at least one element"));
    int weighted = 0;
    for (qsizetype i = 0; i < elements->size(); ++i) {
        const QString p = Reader::child(base, i);
        const QJsonObject eo = elements->at(i).toObject();
        if (!elements->at(i).isObject()) {
            r.error(p, QStringLiteral("must be an object"));
            continue;
        }
        r.onlyKeys(eo, p, {"id", "question", "title", "weight", "scores"},
                   QStringLiteral("an index element"));
        IndexElement e;
        e.id = r.string(eo, "id", p, true).value_or(QString());
        if (!e.id.isEmpty() && r.identifier(e.id, Reader::child(p, QStringLiteral("id")))) {
            for (const IndexElement &other : std::as_const(index.elements)) {
                if (other.id == e.id)
                    r.error(Reader::child(p, QStringLiteral("id")),
                            QStringLiteral("duplicate element id '%1'").arg(e.id));
            }
        }
        e.title = r.text(eo, "title", p, false);
        if (const auto w = r.number(eo, "weight", p, false)) {
            ++weighted;
            if (*w <= 0)
                r.error(Reader::child(p, QStringLiteral("weight")),
                        QStringLiteral("must be greater than 0"));
            e.weight = *w;
        }
        const QString qid = r.string(eo, "question", p, true).value_or(QString());
        e.question = qn.indexOf(qid);
        if (!qid.isEmpty() && e.question < 0)
            r.error(Reader::child(p, QStringLiteral("question")),
                    QStringLiteral("unknown question '%1'").arg(qid));
        if (e.question >= 0)
            readElementScores(r, eo, p, qn.questions.at(e.question), e);
        index.elements.append(std::move(e));
    }
    // Without explicit weights every element weighs 1/n exactly, as the IKM's 1/9.
    if (weighted == 0) {
        for (IndexElement &e : index.elements)
            e.weight = 1.0 / double(index.elements.size());
    } else if (weighted != elements->size()) {
        r.error(base, QStringLiteral("gives a weight to %1 of %2 elements; give all or none")
                          .arg(weighted)
                          .arg(elements->size()));
    }
}

void readGrades(Reader &r, const QJsonObject &o, const QString &ptr, ScoreIndex &index)
{
    const auto grades = r.array(o, "grades", ptr, false);
    if (!grades)
        return;
    const QString base = Reader::child(ptr, QStringLiteral("grades"));
    for (qsizetype i = 0; i < grades->size(); ++i) {
        const QString p = Reader::child(base, i);
        const QJsonObject go = grades->at(i).toObject();
        r.onlyKeys(go, p, {"min", "max", "grade", "label"}, QStringLiteral("a grade band"));
        GradeBand band;
        band.min = r.number(go, "min", p, true).value_or(0);
        band.max = r.number(go, "max", p, true).value_or(0);
        band.grade = r.string(go, "grade", p, true).value_or(QString());
        band.label = r.text(go, "label", p, false);
        if (band.min > band.max)
            r.error(Reader::child(p, QStringLiteral("max")), QStringLiteral("is below min"));
        for (const GradeBand &other : std::as_const(index.grades)) {
            if (band.min <= other.max && other.min <= band.max)
                r.error(p, QStringLiteral("overlaps the band for grade '%1'").arg(other.grade));
        }
        index.grades.append(std::move(band));
    }
}

} // namespace

void readScoring(Reader &r, const QJsonObject &o, const QString &ptr, Questionnaire &qn)
{
    r.onlyKeys(o, ptr, {"indices"}, QStringLiteral("the scoring block"));
    const auto indices = r.array(o, "indices", ptr, true);
    if (!indices)
        return;
    const QString base = Reader::child(ptr, QStringLiteral("indices"));
    for (qsizetype i = 0; i < indices->size(); ++i) {
        const QString p = Reader::child(base, i);
        if (!indices->at(i).isObject()) {
            r.error(p, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject io = indices->at(i).toObject();
        r.onlyKeys(io, p, {"id", "title", "elements", "transform", "decimals", "grades"},
                   QStringLiteral("an index"));
        ScoreIndex index;
        index.id = r.string(io, "id", p, true).value_or(QString());
        if (!index.id.isEmpty())
            r.identifier(index.id, Reader::child(p, QStringLiteral("id")));
        for (const ScoreIndex &other : std::as_const(qn.indices)) {
            if (other.id == index.id)
                r.error(Reader::child(p, QStringLiteral("id")),
                        QStringLiteral("duplicate index id '%1'").arg(index.id));
        }
        index.title = r.text(io, "title", p, true);
        readElements(r, io, p, qn, index);
        if (const auto t = r.object(io, "transform", p, false)) {
            const QString tp = Reader::child(p, QStringLiteral("transform"));
            r.onlyKeys(*t, tp, {"multiply", "add"}, QStringLiteral("a transform"));
            index.multiply = r.number(*t, "multiply", tp, false).value_or(1);
            index.add = r.number(*t, "add", tp, false).value_or(0);
        }
        index.decimals = r.integer(io, "decimals", p, false, 0, 6).value_or(2);
        readGrades(r, io, p, index);
        qn.indices.append(std::move(index));
    }
}

} // namespace loket::detail
