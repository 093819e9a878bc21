#include "lifecycle.h"

namespace loket::store {

QString stateName(State state)
{
    switch (state) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Synced:
        return QStringLiteral("synced");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<State> stateFromName(const QString &name)
{
    for (State s : AllStates) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

Status checkTransition(State from, State to)
{
    bool allowed = false;
    switch (from) {
    case State::Draft:
        allowed = to == State::Completed || to == State::Abandoned;
        break;
    case State::Completed:
        allowed = to == State::Queued;
        break;
    case State::Queued:
        allowed = to == State::Sending;
        break;
    case State::Sending:
        // Back to queued on a transient failure or after a crash mid-send.
        allowed = to == State::Synced || to == State::Rejected || to == State::Queued;
        break;
    case State::Rejected:
        allowed = to == State::Queued; // a supervisor's retry
        break;
    case State::Synced:
    case State::Abandoned:
        allowed = false;
        break;
    }
    if (allowed)
        return std::nullopt;
    return StoreError{
        StoreError::Kind::IllegalTransition,
        QStringLiteral("a response cannot go from %1 to %2").arg(stateName(from), stateName(to))};
}

} // namespace loket::store
