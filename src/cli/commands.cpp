#include "commands.h"

#include <QCommandLineParser>
#include <QFile>

namespace loket::cli {

namespace {

const char *const kUsage = R"(Usage: loket-cli COMMAND [OPTIONS]

Commands:
  validate FILE...                       check questionnaire files
  score --questionnaire FILE --responses FILE.jsonl
                                         compute the questionnaire's indices

Exit status: 0 success, 1 invalid input, 2 usage error.
)";

} // namespace

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
    const QString command = args.value(1);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("validate"))
        return validate(rest, io);
    if (command == QLatin1String("score"))
        return score(rest, io);
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
