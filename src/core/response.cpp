#include "response.h"

#include <QUuid>

namespace loket {

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject ResponseDocument::toJson() const
{
    return QJsonObject{
        {QStringLiteral("format"), Format},
        {QStringLiteral("response_id"), responseId},
        {QStringLiteral("questionnaire"),
         QJsonObject{{QStringLiteral("id"), questionnaireId},
                     {QStringLiteral("version"), questionnaireVersion}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("language"), language},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("started_at"), timeOrNull(startedAt)},
                     {QStringLiteral("completed_at"), timeOrNull(completedAt)},
                     {QStringLiteral("channel"), stringOrNull(channel)},
                     {QStringLiteral("unit"), stringOrNull(unit)},
                     {QStringLiteral("service"), stringOrNull(service)},
                     {QStringLiteral("enumerator"), stringOrNull(enumerator)}}},
        {QStringLiteral("paradata"), paradata},
    };
}

std::optional<ResponseDocument> ResponseDocument::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QLatin1String("format")).toInt() != Format)
        return fail(QStringLiteral("not a response document of format %1").arg(Format));
    const QJsonObject questionnaire = json.value(QLatin1String("questionnaire")).toObject();
    ResponseDocument doc;
    doc.responseId = json.value(QLatin1String("response_id")).toString();
    doc.questionnaireId = questionnaire.value(QLatin1String("id")).toString();
    doc.questionnaireVersion = questionnaire.value(QLatin1String("version")).toInt();
    doc.status = json.value(QLatin1String("status")).toString();
    doc.language = json.value(QLatin1String("language")).toString();
    if (QUuid::fromString(doc.responseId).isNull())
        return fail(QStringLiteral("response_id is not a UUID"));
    if (doc.questionnaireId.isEmpty() || doc.questionnaireVersion < 1)
        return fail(QStringLiteral("questionnaire id or version missing"));
    if (!json.value(QLatin1String("answers")).isObject())
        return fail(QStringLiteral("answers is not an object"));
    doc.answers = json.value(QLatin1String("answers")).toObject();
    const QJsonObject meta = json.value(QLatin1String("meta")).toObject();
    doc.startedAt = QDateTime::fromString(meta.value(QLatin1String("started_at")).toString(),
                                          Qt::ISODateWithMs);
    doc.completedAt = QDateTime::fromString(meta.value(QLatin1String("completed_at")).toString(),
                                            Qt::ISODateWithMs);
    doc.channel = meta.value(QLatin1String("channel")).toString();
    doc.unit = meta.value(QLatin1String("unit")).toString();
    doc.service = meta.value(QLatin1String("service")).toString();
    doc.enumerator = meta.value(QLatin1String("enumerator")).toString();
    doc.paradata = json.value(QLatin1String("paradata")).toObject();
    return doc;
}

ResponseDocument ResponseDocument::fromSession(const Session &session)
{
    ResponseDocument doc;
    doc.responseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    doc.questionnaireId = session.questionnaire().id;
    doc.questionnaireVersion = session.questionnaire().version;
    doc.answers = session.answersJson();
    return doc;
}

} // namespace loket
