// Bundles carried on USB media: ingested under the same rules and the same unique ids as
// uploads, so a bundle and a later sync never store a response twice.
#include "commands.h"

#include <QFile>

namespace loket::collector {

namespace {

struct Tally
{
    qint64 counts[4] = {0, 0, 0, 0};
    qint64 unreadable = 0;
};

bool ingestChunk(Collector &collector, protocol::Batch &chunk, const Device &from, Tally &tally,
                 Io io)
{
    if (chunk.items.isEmpty())
        return true;
    const auto result = collector.ingest(chunk, from);
    chunk.items.clear();
    if (!result) {
        io.err << "loket-collector: storage failed: " << collector.storage().lastError() << '\n';
        return false;
    }
    for (const auto &r : result->results) {
        ++tally.counts[int(r.status)];
        if (r.status == protocol::ItemStatus::Conflict ||
            r.status == protocol::ItemStatus::Rejected)
            io.err << r.id << ": " << protocol::itemStatusName(r.status) << " (" << r.code
                   << "): " << r.reason << '\n';
    }
    return true;
}

} // namespace

int importBundle(Collector &collector, const QStringList &args, Io io)
{
    QFile file(args.value(0));
    if (args.value(0).isEmpty() || !file.open(QIODevice::ReadOnly)) {
        io.err << "loket-collector: cannot read bundle '" << args.value(0) << "'\n";
        return args.value(0).isEmpty() ? Usage : Failed;
    }
    const auto header = protocol::parseBundleHeader(file.readLine(4096));
    if (!header.value) {
        io.err << "loket-collector: " << file.fileName() << ": " << header.error << '\n';
        return Failed;
    }
    auto device = collector.storage().device(header.value->deviceId);
    if (!device && !args.value(1).isEmpty())
        device = Device{header.value->deviceId, args.value(1)};
    if (!device) {
        io.err << "loket-collector: device " << header.value->deviceId
               << " is not enrolled here; name its unit with --unit\n";
        return Failed;
    }
    Tally tally;
    protocol::Batch chunk;
    qint64 line = 1;
    qint64 read = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine(collector.limits().maxEnvelopeBytes * 2);
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        ++read;
        const auto envelope =
            protocol::parseBatch("{\"items\":[" + text.trimmed() + "]}", collector.limits());
        if (!envelope.value) {
            ++tally.unreadable;
            io.err << file.fileName() << ':' << line << ": " << envelope.error << '\n';
            continue;
        }
        chunk.items.append(envelope.value->items.first());
        if (chunk.items.size() >= collector.limits().maxBatchItems &&
            !ingestChunk(collector, chunk, *device, tally, io))
            return Failed;
    }
    if (!ingestChunk(collector, chunk, *device, tally, io))
        return Failed;
    io.out << "stored " << tally.counts[0] << ", duplicate " << tally.counts[1] << ", conflict "
           << tally.counts[2] << ", rejected " << tally.counts[3] << ", unreadable "
           << tally.unreadable << '\n';
    if (read != header.value->items) {
        io.err << "loket-collector: the bundle announces " << header.value->items
               << " items but holds " << read << "; was the copy cut short?\n";
        return Failed;
    }
    return tally.unreadable == 0 ? Ok : Failed;
}

} // namespace loket::collector
