#include "logging.h"

namespace loket::collector {
Q_LOGGING_CATEGORY(lcCollector, "loket.collector", QtInfoMsg)
} // namespace loket::collector
