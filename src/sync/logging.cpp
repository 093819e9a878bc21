#include "logging.h"

namespace loket::sync {
Q_LOGGING_CATEGORY(lcSync, "loket.sync", QtInfoMsg)
} // namespace loket::sync
