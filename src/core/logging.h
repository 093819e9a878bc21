#pragma once

#include <QLoggingCategory>

namespace loket {
// One category per layer. Never log answer content.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
} // namespace loket
