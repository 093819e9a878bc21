#include "commands.h"

#include "core/loader.h"
#include "core/scoring.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace loket::cli {

namespace {
constexpr qint64 MaxLine = 1024 * 1024;
}

int score(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption questionnaireOpt(QStringLiteral("questionnaire"),
                                              QStringLiteral("Questionnaire file or bundled id."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption responsesOpt(QStringLiteral("responses"),
                                          QStringLiteral("Responses, one JSON document a line."),
                                          QStringLiteral("FILE.jsonl"));
    parser.addOptions({questionnaireOpt, responsesOpt});
    if (!parser.parse(args) || !parser.isSet(questionnaireOpt) || !parser.isSet(responsesOpt) ||
        !parser.positionalArguments().isEmpty()) {
        if (!parser.errorText().isEmpty())
            io.err << "loket-cli score: " << parser.errorText() << '\n';
        io.err << "Usage: loket-cli score --questionnaire FILE --responses FILE.jsonl\n";
        return Usage;
    }
    const QString path = resolveQuestionnaire(parser.value(questionnaireOpt));
    const LoadResult loaded = QuestionnaireLoader::loadFile(path);
    if (!loaded.ok()) {
        for (const LoadError &e : loaded.errors)
            io.err << parser.value(questionnaireOpt) << ": " << e.pointer << ": " << e.message
                   << '\n';
        return Failed;
    }
    QFile responses(parser.value(responsesOpt));
    if (!responses.open(QIODevice::ReadOnly)) {
        io.err << "loket-cli score: cannot read " << responses.fileName() << ": "
               << responses.errorString() << '\n';
        return Failed;
    }
    ScoreAccumulator scores(loaded.questionnaire);
    while (!responses.atEnd()) {
        const QByteArray line = responses.readLine(MaxLine);
        if (line.size() >= MaxLine - 1 && !line.endsWith('\n')) {
            scores.skip(QStringLiteral("line longer than 1 MiB"));
            while (!responses.atEnd() && !responses.readLine(MaxLine).endsWith('\n')) {
            }
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            scores.skip(QStringLiteral("not a JSON object"));
            continue;
        }
        QString why;
        const auto response = ResponseDocument::fromJson(doc.object(), &why);
        if (!response)
            scores.skip(why);
        else
            scores.add(*response);
    }
    io.out << QJsonDocument(scores.report()).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace loket::cli
