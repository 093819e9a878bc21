// Decrypted exports: JSON Lines (one response document per line) or RFC 4180 CSV with a
// codebook. Files are written whole or not at all.
#include "commands.h"

#include "core/loader.h"
#include "core/response.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace loket::collector {

namespace {

// RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') &&
        !bytes.contains('\n'))
        return bytes;
    return '"' + bytes.replace("\"", "\"\"") + '"';
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArrayList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(',') + "\r\n";
}

QString cell(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList codes;
        for (const QJsonValue &v : value.toArray())
            codes.append(v.toString());
        return codes.join(u' ');
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

const QStringList kMetaColumns = {
    QStringLiteral("response_id"),  QStringLiteral("questionnaire_version"),
    QStringLiteral("unit_id"),      QStringLiteral("device_id"),
    QStringLiteral("received_at"),  QStringLiteral("started_at"),
    QStringLiteral("completed_at"), QStringLiteral("channel"),
    QStringLiteral("service"),      QStringLiteral("enumerator"),
    QStringLiteral("language"),     QStringLiteral("duration_ms")};

// Every published version of the questionnaire, newest first.
QList<std::shared_ptr<const Questionnaire>> versions(Collector &collector, const QString &id)
{
    QList<std::shared_ptr<const Questionnaire>> out;
    for (const auto &info : collector.storage().questionnaires()) {
        if (info.id != id)
            continue;
        const auto body = collector.storage().questionnaireBody(info.id, info.version);
        if (const auto loaded = QuestionnaireLoader::loadBytes(body.value_or(QByteArray()), id);
            loaded.ok())
            out.prepend(loaded.questionnaire);
    }
    return out;
}

QByteArray codebook(const QList<std::shared_ptr<const Questionnaire>> &qns,
                    const QStringList &columns)
{
    QByteArray out =
        csvRow({QStringLiteral("column"), QStringLiteral("type"), QStringLiteral("label_id"),
                QStringLiteral("label_en"), QStringLiteral("code"), QStringLiteral("code_label_id"),
                QStringLiteral("code_label_en")});
    for (const QString &column : columns) {
        const Question *q = nullptr;
        for (const auto &qn : qns) {
            if ((q = qn->question(column)))
                break;
        }
        const QStringList base = {column, questionTypeName(q->type),
                                  q->text.text(QStringLiteral("id")),
                                  q->text.text(QStringLiteral("en"))};
        out += csvRow(base + QStringList{QString(), QString(), QString()});
        for (const Option &o : q->options)
            out += csvRow(base + QStringList{o.code, o.label.text(QStringLiteral("id")),
                                             o.label.text(QStringLiteral("en"))});
        for (int i = 0; i < q->scaleLabels.size(); ++i)
            out += csvRow(base + QStringList{QString::number(q->scaleStart + i),
                                             q->scaleLabels.at(i).text(QStringLiteral("id")),
                                             q->scaleLabels.at(i).text(QStringLiteral("en"))});
    }
    return out;
}

QString codebookPath(const QString &out)
{
    const QFileInfo info(out);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".codebook.csv"));
}

} // namespace

int exportResponses(Collector &collector, const QStringList &args, Io io)
{
    const QString format = args.value(0);
    const QString outPath = args.value(1);
    QString questionnaireId = args.value(2);
    if ((format != QStringLiteral("csv") && format != QStringLiteral("jsonl")) ||
        outPath.isEmpty()) {
        io.err << "loket-collector: export needs --format csv|jsonl and --out PATH\n";
        return Usage;
    }
    if (format == QStringLiteral("csv") && questionnaireId.isEmpty()) {
        QStringList ids;
        for (const auto &info : collector.storage().questionnaires()) {
            if (!ids.contains(info.id))
                ids.append(info.id);
        }
        if (ids.size() != 1) {
            io.err << "loket-collector: CSV holds one questionnaire; choose with --questionnaire "
                   << ids.join(QStringLiteral("|")) << '\n';
            return Usage;
        }
        questionnaireId = ids.first();
    }
    const auto qns = versions(collector, questionnaireId);
    QStringList columns;
    for (const auto &qn : qns) {
        for (const Question &q : qn->questions) {
            if (q.hasValue() && !columns.contains(q.id))
                columns.append(q.id);
        }
    }

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        io.err << "loket-collector: cannot write " << outPath << '\n';
        return Failed;
    }
    if (format == QStringLiteral("csv"))
        out.write(csvRow(kMetaColumns + columns));
    qint64 written = 0;
    qint64 unreadable = 0;
    const bool ok = collector.storage().forEachResponse([&](const StoredResponse &r) {
        if (!questionnaireId.isEmpty() && r.questionnaireId != questionnaireId)
            return;
        const auto plain = collector.open(r.sealed);
        QString error;
        const auto doc =
            plain ? ResponseDocument::fromJson(QJsonDocument::fromJson(*plain).object(), &error)
                  : std::nullopt;
        if (!doc) {
            ++unreadable;
            return;
        }
        ++written;
        if (format == QStringLiteral("jsonl")) {
            QJsonObject json = doc->toJson();
            json.insert(QStringLiteral("collector"),
                        QJsonObject{{QStringLiteral("device_id"), r.deviceId},
                                    {QStringLiteral("unit_id"), r.unitId},
                                    {QStringLiteral("received_at"),
                                     r.receivedAt.toString(Qt::ISODateWithMs)}});
            out.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
            return;
        }
        QStringList row = {doc->responseId,
                           QString::number(doc->questionnaireVersion),
                           r.unitId,
                           r.deviceId,
                           r.receivedAt.toString(Qt::ISODateWithMs),
                           doc->startedAt.toString(Qt::ISODateWithMs),
                           doc->completedAt.toString(Qt::ISODateWithMs),
                           doc->channel,
                           doc->service,
                           doc->enumerator,
                           doc->language,
                           cell(doc->paradata.value(QStringLiteral("duration_ms")))};
        for (const QString &column : columns)
            row.append(cell(doc->answers.value(column)));
        out.write(csvRow(row));
    });
    if (!ok || !out.commit()) {
        io.err << "loket-collector: export failed; nothing was written\n";
        return Failed;
    }
    if (format == QStringLiteral("csv")) {
        QSaveFile book(codebookPath(outPath));
        if (!book.open(QIODevice::WriteOnly) || book.write(codebook(qns, columns)) < 0 ||
            !book.commit()) {
            io.err << "loket-collector: cannot write " << book.fileName() << '\n';
            return Failed;
        }
        io.out << "codebook: " << book.fileName() << '\n';
    }
    io.out << "exported " << written << " responses to " << outPath << '\n';
    if (unreadable > 0) {
        io.err << "loket-collector: " << unreadable << " stored responses could not be opened\n";
        return Failed;
    }
    return Ok;
}

} // namespace loket::collector
