#pragma once

#include "supervisorpin.h"

#include "protocol/wire.h"

namespace loket::store {

// The enumerators who may sign in on this device: those the collector provisions with the
// unit's configuration, then those a supervisor added here. Each has a PinGuard of its own.
class FieldStaff
{
public:
    explicit FieldStaff(std::shared_ptr<Database> db,
                        PinGuard::Clock clock = &QDateTime::currentDateTimeUtc);

    static bool validId(const QString &id); // 1 to 32 of A–Z, a–z, 0–9, '.', '_', '-'
    QList<protocol::Enumerator> list();
    std::optional<protocol::Enumerator> find(const QString &id);
    // Adds an enumerator on this device (or renames one) and sets their PIN.
    Status add(const QString &id, const QString &name, const QString &pin);
    PinGuard pin(const QString &id);

private:
    std::shared_ptr<Database> m_db;
    PinGuard::Clock m_clock;
};

} // namespace loket::store
