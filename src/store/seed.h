#pragma once

#include "responsestore.h"

#include <QRandomGenerator>

namespace loket::store {

// Creates one completed response by walking the real questionnaire with random valid answers
// (relevance and constraints respected), saved answer by answer and sealed like a real one.
// `onSaved`, if set, hears each answer after its commit returned.
Expected<QString> seedResponse(
    ResponseStore &store, const std::shared_ptr<const Questionnaire> &qn, const QByteArray &body,
    const StartInfo &info, QRandomGenerator &rng,
    const std::function<void(const QString &responseId, const QString &questionId)> &onSaved = {});

} // namespace loket::store
