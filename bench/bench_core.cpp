// Questionnaire engine figures, each beside its floor in the same run:
// - loading a bundled questionnaire against bare JSON parsing of the same bytes;
// - evaluating `${q} = 'yes'` against the same comparison written in C++;
// - all relevance, constraint and calculate expressions of a questionnaire per second;
// - recording one answer (checks, constraint, relevance cascade) in a session.
#include "benchjson.h"

#include "core/loader.h"
#include "core/session.h"

#include <QFile>
#include <QRandomGenerator>

using namespace loket;
using namespace loket::bench;

namespace {

QByteArray bundledBytes(const QString &id)
{
    QFile f(QStringLiteral(":/questionnaires/%1.json").arg(id));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Answers a session at random, like seeded respondents, and returns the answer vectors seen.
QList<QList<Value>> randomAnswerSets(const std::shared_ptr<const Questionnaire> &qn, int count)
{
    QRandomGenerator rng(7);
    QList<QList<Value>> sets;
    for (int n = 0; n < count; ++n) {
        Session s(qn);
        for (int i = s.firstQuestion(); i >= 0; i = s.nextQuestion(i)) {
            const Question &q = qn->questions.at(i);
            const QStringList codes = q.answerCodes();
            Value v;
            if (!codes.isEmpty())
                v = Value::string(codes.at(rng.bounded(int(codes.size()))));
            if (q.type == QuestionType::Multiple && !codes.isEmpty())
                v = Value::list({codes.first()});
            if (q.type == QuestionType::Number)
                v = Value::number(double(rng.bounded(15, 90)));
            if (q.type == QuestionType::Text)
                v = Value::string(QStringLiteral("saran"));
            s.setAnswer(i, v);
        }
        sets.append(s.answers());
    }
    return sets;
}

void benchLoad(const QString &id)
{
    const QByteArray bytes = bundledBytes(id);
    const int rounds = 300;
    const auto parse = timeRuns(rounds, [&] { QJsonDocument::fromJson(bytes); });
    const auto load = timeRuns(rounds, [&] { QuestionnaireLoader::loadBytes(bytes, id); });
    report(QStringLiteral("questionnaire_load.%1").arg(id), percentile(load, 0.5),
           QStringLiteral("us"), percentile(parse, 0.5));
}

void benchEquality()
{
    const auto qn = QuestionnaireLoader::loadBytes(bundledBytes(QStringLiteral("spi-external")),
                                                   QStringLiteral("spi"))
                        .questionnaire;
    const auto compiled = Expression::compile(QStringLiteral("${dilayani} = 'yes'"), [&] {
        SymbolTable t;
        t.byName.insert(QStringLiteral("dilayani"),
                        {0, ExprType::Code, qn->questions.first().answerCodes()});
        return t;
    }());
    const QList<Value> yes{Value::string(QStringLiteral("yes"))};
    const QList<Value> no{Value::string(QStringLiteral("no"))};
    const int n = 2'000'000;
    volatile int hits = 0;
    const auto engine = timeRuns(5, [&] {
        for (int i = 0; i < n; ++i)
            hits = hits + (compiled.expression->test({(i & 1) ? &yes : &no, {}, {}}) ? 1 : 0);
    });
    const QString yesText = QStringLiteral("yes");
    const auto native = timeRuns(5, [&] {
        for (int i = 0; i < n; ++i)
            hits = hits + (((i & 1) ? yes : no).first().toString() == yesText ? 1 : 0);
    });
    report(QStringLiteral("expression_equality"), percentile(engine, 0.5) * 1000 / n,
           QStringLiteral("ns"), percentile(native, 0.5) * 1000 / n);
}

void benchThroughputAndTaps(const QString &id)
{
    const auto qn = QuestionnaireLoader::loadBytes(bundledBytes(id), id).questionnaire;
    std::vector<std::shared_ptr<const Expression>> all;
    for (const Section &s : qn->sections)
        if (s.relevant)
            all.push_back(s.relevant);
    for (const Question &q : qn->questions)
        for (const auto &e : {q.relevant, q.constraint, q.calculate})
            if (e)
                all.push_back(e);
    // One tap: the answer is checked and the whole relevance cascade re-runs.
    Session session(qn);
    const int first = session.firstQuestion();
    const QStringList codes = qn->questions.at(first).answerCodes();
    int flip = 0;
    const auto taps = timeRuns(
        20000, [&] { session.setAnswer(first, Value::string(codes.at(flip++ % codes.size()))); });
    report(QStringLiteral("session_answer_p50.%1").arg(id), percentile(taps, 0.5),
           QStringLiteral("us"));
    report(QStringLiteral("session_answer_p99.%1").arg(id), percentile(taps, 0.99),
           QStringLiteral("us"));

    const QList<QList<Value>> sets = randomAnswerSets(qn, 200);
    qint64 evaluations = 0;
    if (all.empty())
        return; // the SKM has no logic to evaluate
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1000) {
        for (const QList<Value> &answers : sets) {
            for (const auto &e : all)
                e->evaluate({&answers, answers.value(0), QDate(2026, 11, 26)});
            evaluations += qint64(all.size());
        }
    }
    report(QStringLiteral("expression_throughput.%1").arg(id),
           double(evaluations) / (double(timer.nsecsElapsed()) / 1e9), QStringLiteral("eval/s"));
}

} // namespace

int main()
{
    const QStringList bundled{QStringLiteral("spi-external"),
                              QStringLiteral("skm-permenpanrb-14-2017")};
    for (const QString &id : bundled)
        benchLoad(id);
    benchEquality();
    for (const QString &id : bundled)
        benchThroughputAndTaps(id);
    return 0;
}
