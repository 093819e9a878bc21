#pragma once

#include <QLoggingCategory>

namespace loket::store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace loket::store
