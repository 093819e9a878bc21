#pragma once

#include <QLoggingCategory>

namespace loket::sync {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace loket::sync
