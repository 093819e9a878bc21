#pragma once

#include <QLoggingCategory>

namespace loket {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace loket
