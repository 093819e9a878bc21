#pragma once

#include "database.h"

#include <functional>

namespace loket::store {

// The device settings a supervisor may change (loket-cli config, the supervisor panel), each
// checked before it is stored so that the app never starts with a value it cannot use.
struct Setting
{
    const char *key;
    const char *help;
    std::function<bool(const QString &)> valid;
    bool secret = false; // the supervisor PIN: stored only as its hash, never shown
};

const QList<Setting> &settings();
const Setting *findSetting(const QString &key);
// Checks and stores one setting (the PIN through SupervisorPin), audited as done by `actor`.
Status applySetting(const std::shared_ptr<Database> &db, const QString &key, const QString &value,
                    const QString &actor = QStringLiteral("supervisor"));

} // namespace loket::store
