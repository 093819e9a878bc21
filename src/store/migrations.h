#pragma once

#include <QStringList>

#include <vector>

namespace loket::store {

// One schema step: the statements that take user_version from `version - 1` to `version`.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();

} // namespace loket::store
