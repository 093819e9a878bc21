#include "logging.h"

namespace loket {
Q_LOGGING_CATEGORY(lcApp, "loket.app", QtInfoMsg)
} // namespace loket
