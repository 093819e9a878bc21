#include "store/lifecycle.h"

#include <catch2/catch.hpp>

#include <set>
#include <utility>

using namespace loket::store;

TEST_CASE("the lifecycle allows exactly the documented transitions", "[store][lifecycle]")
{
    const std::set<std::pair<State, State>> allowed = {
        {State::Draft, State::Completed},  {State::Draft, State::Abandoned},
        {State::Completed, State::Queued}, {State::Queued, State::Sending},
        {State::Sending, State::Synced},   {State::Sending, State::Rejected},
        {State::Sending, State::Queued},   {State::Rejected, State::Queued},
    };
    for (State from : AllStates) {
        for (State to : AllStates) {
            INFO(stateName(from).toStdString() << " -> " << stateName(to).toStdString());
            const Status result = checkTransition(from, to);
            if (allowed.count({from, to})) {
                CHECK_FALSE(result);
            } else {
                REQUIRE(result);
                CHECK(result->kind == StoreError::Kind::IllegalTransition);
            }
        }
    }
}

TEST_CASE("state names round-trip", "[store][lifecycle]")
{
    for (State s : AllStates)
        CHECK(stateFromName(stateName(s)) == s);
    CHECK_FALSE(stateFromName(QStringLiteral("lost")));
}
