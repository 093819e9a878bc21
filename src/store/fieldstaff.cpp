#include "fieldstaff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace loket::store {

namespace {

const QString kLocal = QStringLiteral("local_enumerators");

QList<protocol::Enumerator> localStaff(Database &db)
{
    QList<protocol::Enumerator> out;
    const QJsonArray people = QJsonDocument::fromJson(db.config(kLocal).toUtf8()).array();
    for (const QJsonValue &v : people) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("id")).toString(),
                    o.value(QStringLiteral("name")).toString(),
                    {}});
    }
    return out;
}

} // namespace

FieldStaff::FieldStaff(std::shared_ptr<Database> db, PinGuard::Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

bool FieldStaff::validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    return re.match(id).hasMatch();
}

QList<protocol::Enumerator> FieldStaff::list()
{
    QList<protocol::Enumerator> out;
    const auto unit = protocol::UnitConfig::fromJson(
        QJsonDocument::fromJson(m_db->config(QStringLiteral("unit")).toUtf8()).object());
    if (unit)
        out = unit->enumerators;
    for (const auto &mine : localStaff(*m_db)) {
        const bool known =
            std::any_of(out.begin(), out.end(), [&](const auto &e) { return e.id == mine.id; });
        if (!known && validId(mine.id))
            out.append(mine);
    }
    return out;
}

std::optional<protocol::Enumerator> FieldStaff::find(const QString &id)
{
    for (const auto &e : list()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

Status FieldStaff::add(const QString &id, const QString &name, const QString &newPin)
{
    if (!validId(id))
        return StoreError{StoreError::Kind::Invalid,
                          QStringLiteral("an enumerator id is 1 to 32 letters, digits, . _ or -")};
    if (!PinGuard::validPin(newPin))
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("a PIN is 4 to 12 digits")};
    const QString shown = name.trimmed().isEmpty() ? id : name.trimmed().left(200);
    QJsonArray people;
    for (const auto &e : localStaff(*m_db)) {
        if (e.id != id)
            people.append(
                QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name}});
    }
    people.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), shown}});
    // The PIN first: a hash without a name is harmless, a name without a PIN is not.
    Status error = pin(id).set(newPin);
    if (!error)
        error = m_db->setConfig(
            kLocal, QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Compact)));
    if (!error)
        AuditLog(m_db).record(QStringLiteral("supervisor"), QStringLiteral("enumerator.add"), id,
                              m_clock());
    return error;
}

PinGuard FieldStaff::pin(const QString &id)
{
    const auto e = find(id);
    return PinGuard(m_db, QStringLiteral("enumerator:") + id, m_clock, e ? e->pinHash : QString());
}

} // namespace loket::store
