// `unit` and `enumerator`: what devices of a unit receive with enrollment and every
// configuration sync (services, quotas, field enumerators). `devices` and `revoke`: which
// devices are enrolled, and cutting one off (a lost or stolen tablet).
#include "commands.h"

#include "logging.h"

#include "protocol/sealing.h"

#include <QRegularExpression>

namespace loket::collector {

namespace {

int refuse(Io io, const QString &why)
{
    io.err << "loket-collector: " << why << '\n';
    return Usage;
}

int save(Collector &collector, const protocol::UnitConfig &config, Io io, const QString &what)
{
    if (!collector.storage().saveUnit(config)) {
        io.err << "loket-collector: " << collector.storage().lastError() << '\n';
        return Failed;
    }
    io.out << what << '\n';
    return Ok;
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    return re.match(id).hasMatch();
}

} // namespace

int unit(Collector &collector, QCommandLineParser &parser, Io io)
{
    const QString id = parser.value(QStringLiteral("unit"));
    if (id.isEmpty())
        return refuse(io, QStringLiteral("unit needs --unit U"));
    protocol::UnitConfig config =
        collector.storage().unit(id).value_or(protocol::UnitConfig{id, id, {}, {}, {}, {}});
    if (parser.isSet(QStringLiteral("name")))
        config.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("services")))
        config.services = parser.value(QStringLiteral("services")).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("enumerators"))) {
        // The list decides who stays; those already known keep their names and PINs.
        QList<protocol::Enumerator> kept;
        for (const QString &e :
             parser.value(QStringLiteral("enumerators")).split(u',', Qt::SkipEmptyParts)) {
            if (!validId(e))
                return refuse(io, QStringLiteral("'%1' is not an enumerator id").arg(e));
            const auto known = std::find_if(config.enumerators.begin(), config.enumerators.end(),
                                            [&](const auto &k) { return k.id == e; });
            kept.append(known != config.enumerators.end() ? *known
                                                          : protocol::Enumerator{e, e, {}});
        }
        config.enumerators = kept;
    }
    for (const QString &quota : parser.values(QStringLiteral("quota"))) {
        const QStringList parts = quota.split(u'=');
        bool ok = false;
        const int n = parts.value(1).toInt(&ok);
        if (parts.size() != 2 || !ok || n < 0)
            return refuse(io, QStringLiteral("--quota needs SERVICE=N"));
        config.quotas.insert(parts.at(0), n);
    }
    return save(collector, config, io, QStringLiteral("unit %1 saved").arg(id));
}

int enumerator(Collector &collector, QCommandLineParser &parser, Io io)
{
    const QString unitId = parser.value(QStringLiteral("unit"));
    const QString id = parser.value(QStringLiteral("id"));
    if (unitId.isEmpty() || !validId(id))
        return refuse(io, QStringLiteral("enumerator needs --unit U and --id E (1 to 32 letters, "
                                         "digits, '.', '_' or '-')"));
    auto config = collector.storage().unit(unitId);
    if (!config)
        return refuse(io, QStringLiteral("no unit '%1'; create it with `unit` first").arg(unitId));
    auto &people = config->enumerators;
    auto it = std::find_if(people.begin(), people.end(), [&](const auto &e) { return e.id == id; });
    if (parser.isSet(QStringLiteral("remove"))) {
        if (it == people.end())
            return refuse(io, QStringLiteral("unit %1 has no enumerator '%2'").arg(unitId, id));
        people.erase(it);
        return save(collector, *config, io, QStringLiteral("enumerator %1 removed").arg(id));
    }
    if (it == people.end())
        it = people.insert(people.end(), protocol::Enumerator{id, id, {}});
    if (parser.isSet(QStringLiteral("name")))
        it->name = parser.value(QStringLiteral("name")).trimmed().left(200);
    if (parser.isSet(QStringLiteral("pin-stdin"))) {
        const QString pin = io.in ? io.in->readLine().trimmed() : QString();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
        if (!digits.match(pin).hasMatch())
            return refuse(io, QStringLiteral("a PIN is 4 to 12 digits"));
        it->pinHash = protocol::hashPin(pin);
        if (it->pinHash.isEmpty()) {
            io.err << "loket-collector: not enough memory to hash the PIN\n";
            return Failed;
        }
    }
    return save(collector, *config, io, QStringLiteral("enumerator %1 saved").arg(id));
}

int devices(Collector &collector, QCommandLineParser &parser, Io io)
{
    const auto all = collector.storage().devices();
    if (!all) {
        io.err << "loket-collector: " << collector.storage().lastError() << '\n';
        return Failed;
    }
    const QString unitId = parser.value(QStringLiteral("unit"));
    io.out << "device\tunit\tenrolled_at\tresponses\n";
    for (const EnrolledDevice &d : *all) {
        if (unitId.isEmpty() || d.unitId == unitId)
            io.out << d.id << '\t' << d.unitId << '\t' << d.enrolledAt.toString(Qt::ISODate) << '\t'
                   << d.responses << '\n';
    }
    return Ok;
}

int revoke(Collector &collector, QCommandLineParser &parser, Io io)
{
    const QString id = parser.value(QStringLiteral("device"));
    if (id.isEmpty())
        return refuse(io, QStringLiteral("revoke needs --device ID (see `devices`)"));
    if (!collector.storage().revokeDevice(id)) {
        io.err << "loket-collector: " << collector.storage().lastError() << '\n';
        return Failed;
    }
    qCInfo(lcCollector).noquote() << "device" << id << "revoked";
    io.out << "revoked " << id
           << "; its responses stay, and it must enroll again with a new code\n";
    return Ok;
}

} // namespace loket::collector
