#pragma once

#include "response.h"

#include <QJsonObject>

namespace loket {

// Per-element running sums. The store keeps the same sums as aggregate counters, so indices
// can be shown without keeping any plaintext answer.
struct ElementTally
{
    double sum = 0;
    qint64 count = 0;
    double mean() const;
};

struct IndexResult
{
    const ScoreIndex *index = nullptr;
    QList<ElementTally> elements; // parallel to index->elements
    std::optional<double> value;  // rounded to index->decimals; none if an element is empty
    const GradeBand *grade = nullptr;

    QJsonObject toJson() const;
};

// Each index's value and grade from per-element tallies (parallel to questionnaire.indices and
// their elements): the same figures whether the tallies come from responses or from the
// store's aggregate counters.
QList<IndexResult> indexResults(const Questionnaire &questionnaire,
                                const QList<QList<ElementTally>> &tallies);

// Adds responses one by one and reports each index: per-element means, the index value and its
// grade. "Don't know" and not-applicable answers are left out of every mean.
class ScoreAccumulator
{
public:
    explicit ScoreAccumulator(std::shared_ptr<const Questionnaire> questionnaire);

    // Returns the reason when the response is skipped.
    std::optional<QString> add(const ResponseDocument &response);
    void skip(const QString &reason) { m_skipped.append(reason); }

    QList<IndexResult> results() const;
    qint64 used() const { return m_used; }
    const QStringList &skipped() const { return m_skipped; }

    // The whole report as `loket-cli score` prints it.
    QJsonObject report() const;

    // The score an answer contributes to an element, or none if it is excluded.
    static std::optional<double> elementScore(const Question &q, const IndexElement &e,
                                              const QJsonValue &answer);

private:
    std::shared_ptr<const Questionnaire> m_questionnaire;
    QList<QList<ElementTally>> m_tallies; // per index, per element
    qint64 m_used = 0;
    QStringList m_skipped;
};

} // namespace loket
