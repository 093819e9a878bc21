#pragma once

#include "session.h"

#include <QRandomGenerator>

#include <functional>

namespace loket {

// A random answer that fits the question's type and limits (not necessarily its constraint).
Value randomAnswer(const Question &q, QRandomGenerator &rng, const QDate &today);

// Walks a session forward like a respondent: each shown question gets a random valid answer
// (retrying until its constraint holds), and `onAnswer` hears each accepted one. Returns
// whether the session ended complete.
bool walkRandomly(Session &session, QRandomGenerator &rng,
                  const std::function<bool(int index, const Value &value)> &onAnswer);

} // namespace loket
