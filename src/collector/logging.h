#pragma once

#include <QLoggingCategory>

namespace loket::collector {
Q_DECLARE_LOGGING_CATEGORY(lcCollector)
} // namespace loket::collector
