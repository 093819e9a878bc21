#include "logging.h"

namespace loket::store {
Q_LOGGING_CATEGORY(lcStore, "loket.store", QtInfoMsg)
} // namespace loket::store
