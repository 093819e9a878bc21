#include "commands.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QFile>

namespace loket::cli {

namespace {

const char *const kUsage = R"(Usage: loket-cli [--data-dir DIR] COMMAND [OPTIONS]

Commands:
  validate FILE...                       check questionnaire files
  score --questionnaire FILE --responses FILE.jsonl
                                         compute the questionnaire's indices
  status                                 the device database: states, storage, schema
  seed --questionnaire ID --count N [--seed S] [--unit U] [--service S]
                                         create N completed, sealed random responses
  set-server-key KEYFILE|BASE64          the collector public key responses are sealed to
  config [KEY [VALUE]]                   show or change a kiosk setting (PIN, idle timeout, …)
  enroll --endpoint URL --code CODE      enroll this device with a collector
  sync [--endpoint URL] [--attempts N]   send every queued response; exit 0 when none is left
  export-bundle --out FILE               the sealed outbox, to carry on USB media

--data-dir defaults to the app's data directory.

Exit status: 0 success, 1 invalid input, 2 usage error.
)";

} // namespace

std::shared_ptr<store::Database> openDatabase(const QString &dataDir, Io io)
{
    auto db = store::Database::open(dataDir);
    if (!db.ok()) {
        io.err << "loket-cli: " << db.error->message << '\n';
        return nullptr;
    }
    return *db;
}

QString resolveQuestionnaire(const QString &pathOrId)
{
    const QString bundled = QStringLiteral(":/questionnaires/%1.json").arg(pathOrId);
    if (!pathOrId.contains(u'/') && !pathOrId.endsWith(QLatin1String(".json")) &&
        QFile::exists(bundled))
        return bundled;
    return pathOrId;
}

int run(const QStringList &args, Io io)
{
    QStringList rest = args.mid(1);
    QString dataDir = store::Database::defaultDataDir();
    // --data-dir is global and comes before the command.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--data-dir"))) {
        const QString option = rest.takeFirst();
        if (option.startsWith(QLatin1String("--data-dir=")))
            dataDir = option.mid(11);
        else if (!rest.isEmpty())
            dataDir = rest.takeFirst();
        if (dataDir.isEmpty()) {
            io.err << "loket-cli: --data-dir needs a directory\n";
            return Usage;
        }
    }
    const QString command = rest.value(0);
    if (command == QLatin1String("validate"))
        return validate(rest, io);
    if (command == QLatin1String("score"))
        return score(rest, io);
    if (command == QLatin1String("status"))
        return status(dataDir, rest, io);
    if (command == QLatin1String("seed"))
        return seed(dataDir, rest, io);
    if (command == QLatin1String("set-server-key"))
        return setServerKey(dataDir, rest, io);
    if (command == QLatin1String("config"))
        return config(dataDir, rest, io);
    if (command == QLatin1String("enroll"))
        return enroll(dataDir, rest, io);
    if (command == QLatin1String("sync"))
        return syncCommand(dataDir, rest, io);
    if (command == QLatin1String("export-bundle"))
        return exportBundle(dataDir, rest, io);
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        io.out << kUsage;
        return Ok;
    }
    if (command.isEmpty())
        io.err << kUsage;
    else
        io.err << "loket-cli: unknown command '" << command << "'\n" << kUsage;
    return Usage;
}

} // namespace loket::cli
