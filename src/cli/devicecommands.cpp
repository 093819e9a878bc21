// Commands on the device database: status, seed, set-server-key.
#include "commands.h"

#include "core/loader.h"
#include "protocol/sealing.h"
#include "store/outbox.h"
#include "store/seed.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket::cli {

int status(const QString &dataDir, const QStringList &args, Io io)
{
    if (args.size() != 1) {
        io.err << "Usage: loket-cli [--data-dir DIR] status\n";
        return Usage;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    store::ResponseStore responses(db);
    QJsonObject report = responses.status(store::ResponseStore::Verify::FullCheck);
    // The sync side: enrollment, what waits, and the last attempts (never answer content).
    store::Outbox outbox(db);
    const auto enrolled = outbox.enrollment();
    QJsonArray attempts;
    if (const auto log = outbox.recentLog(5); log.ok()) {
        for (const store::SyncLogEntry &e : *log.value)
            attempts.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                        {QStringLiteral("operation"), e.operation},
                                        {QStringLiteral("items"), e.items},
                                        {QStringLiteral("http_status"), e.httpStatus},
                                        {QStringLiteral("outcome"), e.outcome},
                                        {QStringLiteral("detail"), e.detail}});
    }
    const auto pending = outbox.pending();
    report.insert(
        QStringLiteral("sync"),
        QJsonObject{{QStringLiteral("enrolled"), enrolled.has_value()},
                    {QStringLiteral("endpoint"), enrolled ? enrolled->endpoint : QString()},
                    {QStringLiteral("device_id"), enrolled ? enrolled->deviceId : QString()},
                    {QStringLiteral("unit"), enrolled ? enrolled->unit.id : QString()},
                    {QStringLiteral("needs_enrollment"), outbox.needsEnrollment()},
                    {QStringLiteral("pending"), pending.ok() ? *pending : -1},
                    {QStringLiteral("recent_attempts"), attempts}});
    io.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return Ok;
}

int setServerKey(const QString &dataDir, const QStringList &args, Io io)
{
    if (args.size() != 2) {
        io.err << "Usage: loket-cli [--data-dir DIR] set-server-key KEYFILE|BASE64\n";
        return Usage;
    }
    QByteArray text = args.at(1).toLatin1();
    if (QFile file(args.at(1)); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "loket-cli: cannot read " << args.at(1) << '\n';
            return Failed;
        }
        text = file.read(4096);
    }
    const auto key = protocol::keyFromBase64(text);
    if (!key) {
        io.err << "loket-cli: not a collector public key (32 bytes in base64)\n";
        return Failed;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    store::ResponseStore responses(db);
    if (auto error = responses.setServerKey(*key)) {
        io.err << "loket-cli: " << error->message << '\n';
        return Failed;
    }
    io.out << "collector key set: " << protocol::sha256Hex(*key).left(16) << '\n';
    return Ok;
}

int seed(const QString &dataDir, const QStringList &args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption questionnaireOpt(QStringLiteral("questionnaire"), QString(),
                                              QStringLiteral("ID"));
    const QCommandLineOption countOpt(QStringLiteral("count"), QString(), QStringLiteral("N"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QString(), QStringLiteral("S"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"), QString(), QStringLiteral("U"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
    parser.addOptions({questionnaireOpt, countOpt, seedOpt, unitOpt, serviceOpt});
    bool countOk = false;
    const int count = parser.parse(args) ? parser.value(countOpt).toInt(&countOk) : 0;
    if (!countOk || count < 1 || !parser.isSet(questionnaireOpt) ||
        !parser.positionalArguments().isEmpty()) {
        io.err << "Usage: loket-cli [--data-dir DIR] seed --questionnaire ID --count N [--seed S] "
                  "[--unit U] [--service S]\n";
        return Usage;
    }
    const QString path = resolveQuestionnaire(parser.value(questionnaireOpt));
    QFile file(path);
    const QByteArray body = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const LoadResult loaded = QuestionnaireLoader::loadBytes(body, path);
    if (!loaded.ok()) {
        io.err << "loket-cli: cannot use questionnaire " << parser.value(questionnaireOpt) << '\n';
        return Failed;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    store::ResponseStore responses(db);
    QRandomGenerator rng(parser.isSet(seedOpt) ? parser.value(seedOpt).toUInt()
                                               : QRandomGenerator::global()->generate());
    store::StartInfo info;
    info.unit = parser.value(unitOpt);
    info.service = parser.value(serviceOpt);
    for (int n = 0; n < count; ++n) {
        const auto id = store::seedResponse(responses, loaded.questionnaire, body, info, rng);
        if (!id.ok()) {
            io.err << "loket-cli: after " << n << " responses: " << id.error->message << '\n';
            return Failed;
        }
    }
    io.out << "seeded " << count << " responses of " << loaded.questionnaire->id << '\n';
    return Ok;
}

} // namespace loket::cli
