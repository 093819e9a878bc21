#include "logging.h"

namespace loket {
Q_LOGGING_CATEGORY(lcCore, "loket.core", QtInfoMsg)
} // namespace loket
