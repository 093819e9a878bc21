#pragma once

#include "store/supervisorpin.h"

#include <QString>

#include <optional>

namespace loket {

// The digits typed on a PIN pad, kept in C++: QML sees only how many.
class PinEntry
{
public:
    // A digit, "⌫" or "OK". On "OK" returns the digits typed and clears them.
    std::optional<QString> key(const QString &key);
    int length() const { return int(m_digits.size()); }
    void clear() { m_digits.clear(); }

private:
    QString m_digits;
};

// Why a PIN did not unlock, in plain words; `notSet` for a PIN nobody set. Empty if unlocked.
QString pinRefusalText(const store::PinGuard::Attempt &attempt, const QString &notSet);

} // namespace loket
