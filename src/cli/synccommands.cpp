// Commands that talk to the collector, or carry its data: enroll, sync, export-bundle.
#include "commands.h"

#include "store/responsestore.h"
#include "sync/enrollment.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace loket::cli {

int enroll(const QString &dataDir, const QStringList &args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption endpointOpt(QStringLiteral("endpoint"), QString(),
                                         QStringLiteral("URL"));
    const QCommandLineOption codeOpt(QStringLiteral("code"), QString(), QStringLiteral("CODE"));
    parser.addOptions({endpointOpt, codeOpt});
    if (!parser.parse(args) || !parser.isSet(endpointOpt) || !parser.isSet(codeOpt)) {
        io.err << "Usage: loket-cli [--data-dir DIR] enroll --endpoint URL --code CODE\n";
        return Usage;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    store::Outbox outbox(db);
    QNetworkAccessManager nam;
    QEventLoop loop;
    std::optional<QString> error; // set when enrollment finished, empty on success
    sync::enroll(
        nam, outbox, QUrl(parser.value(endpointOpt)), parser.value(codeOpt), {},
        [&](const QString &why) {
            error = why;
            loop.quit();
        },
        &loop);
    // A refused endpoint answers at once; a request answers later. Re-enrolling an enrolled
    // device must wait for the reply too.
    if (!error)
        loop.exec();
    if (!error->isEmpty()) {
        io.err << "loket-cli: enrollment failed: " << *error << '\n';
        return Failed;
    }
    const auto enrolled = outbox.enrollment();
    io.out << "enrolled as device " << enrolled->deviceId << " of unit " << enrolled->unit.name
           << " (" << enrolled->unit.id << ")\n";
    return Ok;
}

int syncCommand(const QString &dataDir, const QStringList &args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption endpointOpt(QStringLiteral("endpoint"), QString(),
                                         QStringLiteral("URL"));
    const QCommandLineOption attemptsOpt(QStringLiteral("attempts"), QString(),
                                         QStringLiteral("N"));
    parser.addOptions({endpointOpt, attemptsOpt});
    bool ok = true;
    const int attempts =
        parser.parse(args) && parser.isSet(attemptsOpt) ? parser.value(attemptsOpt).toInt(&ok) : 5;
    if (!ok || attempts < 1 || !parser.positionalArguments().mid(1).isEmpty()) {
        io.err << "Usage: loket-cli [--data-dir DIR] sync [--endpoint URL] [--attempts N]\n";
        return Usage;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    store::Outbox outbox(db);
    auto enrolled = outbox.enrollment();
    if (!enrolled) {
        io.err << "loket-cli: this device is not enrolled; run enroll first\n";
        return Failed;
    }
    if (parser.isSet(endpointOpt)) {
        QString why;
        if (!sync::endpointAllowed(QUrl(parser.value(endpointOpt)), &why)) {
            io.err << "loket-cli: " << why << '\n';
            return Usage;
        }
        enrolled->endpoint = parser.value(endpointOpt);
        outbox.saveEnrollment(*enrolled, *store::ResponseStore(db).serverKey());
    }
    // Rows a crashed sender left "sending" go back to the queue first.
    store::ResponseStore(db).recover(store::Mode::Field);

    sync::SyncEngine::Options options;
    options.backoff.capMs = 30000; // someone is waiting at the terminal
    sync::SyncEngine engine(db, options);
    int failures = 0;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::progressChanged, &loop, [&] {
        if (engine.state() == sync::SyncEngine::State::Sending && engine.total() > 0)
            io.out << "sent " << engine.sent() << " of " << engine.total() << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &sync::SyncEngine::drained, &loop, [&] { loop.exit(Ok); });
    QObject::connect(&engine, &sync::SyncEngine::attemptFailed, &loop, [&](const QString &why) {
        io.err << "attempt failed: " << why << '\n' << Qt::flush;
        if (++failures >= attempts || engine.state() == sync::SyncEngine::State::NeedsEnrollment)
            loop.exit(Failed);
    });
    QTimer::singleShot(0, &engine, &sync::SyncEngine::syncNow);
    loop.exec();
    const auto pending = outbox.pending();
    const auto status = store::ResponseStore(db).status();
    io.out << "synced " << engine.sent() << "; still queued " << (pending.ok() ? *pending : -1)
           << "; quarantined "
           << status.value(QStringLiteral("states"))
                  .toObject()
                  .value(QStringLiteral("rejected"))
                  .toInt()
           << '\n';
    return pending.ok() && *pending == 0 ? Ok : Failed;
}

int exportBundle(const QString &dataDir, const QStringList &args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption outOpt(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOption(outOpt);
    if (!parser.parse(args) || !parser.isSet(outOpt)) {
        io.err << "Usage: loket-cli [--data-dir DIR] export-bundle --out FILE\n";
        return Usage;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    const auto written = store::Outbox(db).writeBundle(parser.value(outOpt));
    if (!written.ok()) {
        io.err << "loket-cli: " << written.error->message << '\n';
        return Failed;
    }
    io.out << "wrote " << *written << " sealed responses to " << parser.value(outOpt)
           << "; they stay queued until the collector confirms them\n";
    return Ok;
}

} // namespace loket::cli
