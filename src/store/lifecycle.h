#pragma once

#include "storeerror.h"

#include <QString>

namespace loket::store {

// A response's life on the device. Every change goes through checkTransition().
enum class State { Draft, Completed, Queued, Sending, Synced, Rejected, Abandoned };

constexpr State AllStates[] = {State::Draft,  State::Completed, State::Queued,   State::Sending,
                               State::Synced, State::Rejected,  State::Abandoned};

QString stateName(State state);
std::optional<State> stateFromName(const QString &name);

// The one place that says which changes are allowed.
Status checkTransition(State from, State to);

} // namespace loket::store
