#include "wire.h"

#include "core/jsonguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace loket::protocol {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// Response ids are lowercase UUIDs without braces, exactly as the device writes them.
bool isResponseId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

std::optional<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes, QString *error)
{
    const GuardedJson parsed = parseGuardedJson(body, maxBytes, MaxJsonDepth);
    if (!parsed.error.isEmpty()) {
        *error = parsed.error;
        return std::nullopt;
    }
    if (!parsed.document.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return parsed.document.object();
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

// A JSON number that is a whole number in range, or nothing.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QJsonObject Limits::toJson() const
{
    return {{key("max_batch_items"), maxBatchItems},
            {key("max_body_bytes"), maxBodyBytes},
            {key("max_envelope_bytes"), maxEnvelopeBytes}};
}

std::optional<Limits> Limits::fromJson(const QJsonObject &json)
{
    const auto items = wholeNumber(json.value(key("max_batch_items")), 1, 100000);
    const auto body = wholeNumber(json.value(key("max_body_bytes")), 1024, qint64(1) << 40);
    const auto envelope = wholeNumber(json.value(key("max_envelope_bytes")), 1024, *body);
    if (!items || !body || !envelope)
        return std::nullopt;
    return Limits{int(*items), *body, *envelope};
}

QJsonObject Envelope::toJson() const
{
    return {{key("id"), id},
            {key("questionnaire_id"), questionnaireId},
            {key("questionnaire_version"), questionnaireVersion},
            {key("sha256"), sha256},
            {key("sealed"), QString::fromLatin1(sealed.toBase64())}};
}

QByteArray Batch::toBody() const
{
    QJsonArray array;
    for (const Envelope &e : items)
        array.append(e.toJson());
    return compact({{key("items"), array}});
}

QString itemStatusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Stored:
        return QStringLiteral("stored");
    case ItemStatus::Duplicate:
        return QStringLiteral("duplicate");
    case ItemStatus::Conflict:
        return QStringLiteral("conflict");
    case ItemStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QJsonObject ItemResult::toJson() const
{
    QJsonObject json{{key("id"), id}, {key("status"), itemStatusName(status)}};
    if (!code.isEmpty())
        json.insert(key("code"), code);
    if (!reason.isEmpty())
        json.insert(key("reason"), reason);
    return json;
}

QByteArray BatchResult::toBody() const
{
    QJsonArray array;
    for (const ItemResult &r : results)
        array.append(r.toJson());
    return compact({{key("results"), array}});
}

Parsed<Envelope> envelopeFromJson(const QJsonObject &json)
{
    static const QStringList known = {key("id"), key("questionnaire_id"),
                                      key("questionnaire_version"), key("sha256"), key("sealed")};
    for (const QString &k : json.keys()) {
        if (!known.contains(k))
            return {std::nullopt, QStringLiteral("unknown property \"%1\"").arg(k)};
    }
    Envelope e;
    e.id = json.value(key("id")).toString();
    if (!isResponseId(e.id))
        return {std::nullopt, QStringLiteral("\"id\" is not a lowercase UUID")};
    e.questionnaireId = json.value(key("questionnaire_id")).toString();
    if (e.questionnaireId.isEmpty() || e.questionnaireId.size() > 64)
        return {std::nullopt, QStringLiteral("\"questionnaire_id\" must be a non-empty string")};
    const auto version = wholeNumber(json.value(key("questionnaire_version")), 1, 1 << 30);
    if (!version)
        return {std::nullopt,
                QStringLiteral("\"questionnaire_version\" must be a positive integer")};
    e.questionnaireVersion = int(*version);
    e.sha256 = json.value(key("sha256")).toString();
    if (!isSha256Hex(e.sha256))
        return {std::nullopt, QStringLiteral("\"sha256\" must be 64 lowercase hex digits")};
    const QJsonValue sealed = json.value(key("sealed"));
    if (!sealed.isString())
        return {std::nullopt, QStringLiteral("\"sealed\" must be a base64 string")};
    auto decoded = QByteArray::fromBase64Encoding(sealed.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return {std::nullopt, QStringLiteral("\"sealed\" is not valid base64")};
    e.sealed = std::move(decoded.decoded);
    return {std::move(e), {}};
}

Parsed<Batch> parseBatch(const QByteArray &body, const Limits &limits)
{
    QString error;
    const auto json = parseObject(body, limits.maxBodyBytes, &error);
    if (!json)
        return {std::nullopt, error};
    const QJsonValue items = json->value(key("items"));
    if (!items.isArray() || json->size() != 1)
        return {std::nullopt, QStringLiteral("the body must be {\"items\": [...]}")};
    const QJsonArray array = items.toArray();
    if (array.isEmpty() || array.size() > limits.maxBatchItems)
        return {std::nullopt, QStringLiteral("a batch holds 1 to %1 items, not %2")
                                  .arg(limits.maxBatchItems)
                                  .arg(array.size())};
    Batch batch;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return {std::nullopt, QStringLiteral("/items/%1: not an object").arg(i)};
        auto item = envelopeFromJson(array.at(i).toObject());
        if (!item.value)
            return {std::nullopt, QStringLiteral("/items/%1: %2").arg(i).arg(item.error)};
        if (seen.contains(item.value->id))
            return {std::nullopt, QStringLiteral("/items/%1: id sent twice in one batch").arg(i)};
        seen.insert(item.value->id);
        batch.items.append(std::move(*item.value));
    }
    return {std::move(batch), {}};
}

Parsed<BatchResult> parseBatchResult(const QByteArray &body, const QStringList &sentIds)
{
    QString error;
    const auto json = parseObject(body, qint64(64) * 1024 * 1024, &error);
    if (!json)
        return {std::nullopt, error};
    const QJsonArray array = json->value(key("results")).toArray();
    if (array.size() != sentIds.size())
        return {std::nullopt, QStringLiteral("the reply has %1 results for %2 items")
                                  .arg(array.size())
                                  .arg(sentIds.size())};
    QSet<QString> expected(sentIds.begin(), sentIds.end());
    BatchResult out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ItemResult r;
        r.id = o.value(key("id")).toString();
        if (!expected.remove(r.id))
            return {std::nullopt, QStringLiteral("the reply answers an id that was not sent, "
                                                 "or one id twice")};
        const QString status = o.value(key("status")).toString();
        bool known = false;
        for (ItemStatus s : {ItemStatus::Stored, ItemStatus::Duplicate, ItemStatus::Conflict,
                             ItemStatus::Rejected}) {
            if (itemStatusName(s) == status) {
                r.status = s;
                known = true;
            }
        }
        if (!known)
            return {std::nullopt, QStringLiteral("unknown item status \"%1\"").arg(status)};
        r.code = o.value(key("code")).toString().left(64);
        r.reason = o.value(key("reason")).toString().left(500);
        out.results.append(r);
    }
    return {std::move(out), {}};
}

QJsonObject UnitConfig::toJson() const
{
    QJsonArray people;
    for (const Enumerator &e : enumerators) {
        QJsonObject one{{key("id"), e.id}, {key("name"), e.name}};
        if (!e.pinHash.isEmpty())
            one.insert(key("pin_hash"), e.pinHash);
        people.append(one);
    }
    QJsonObject json{{key("id"), id},
                     {key("name"), name},
                     {key("services"), QJsonArray::fromStringList(services)},
                     {key("quotas"), quotas},
                     {key("enumerators"), people}};
    if (!progress.isEmpty())
        json.insert(key("progress"), progress);
    return json;
}

std::optional<UnitConfig> UnitConfig::fromJson(const QJsonObject &json)
{
    UnitConfig unit;
    unit.id = json.value(key("id")).toString();
    unit.name = json.value(key("name")).toString();
    const auto services = stringList(json.value(key("services")));
    const QJsonValue people = json.value(key("enumerators"));
    if (unit.id.isEmpty() || !services || !(people.isArray() || people.isUndefined()))
        return std::nullopt;
    unit.services = *services;
    for (const QJsonValue &one : people.toArray()) {
        // An id alone is how units were written before enumerators had names and PINs.
        Enumerator e;
        if (one.isString()) {
            e.id = e.name = one.toString();
        } else {
            const QJsonObject o = one.toObject();
            e.id = o.value(key("id")).toString();
            e.name = o.value(key("name")).toString(e.id);
            e.pinHash = o.value(key("pin_hash")).toString();
        }
        if (e.id.isEmpty() || e.id.size() > 64 || e.name.size() > 200 || e.pinHash.size() > 256)
            return std::nullopt;
        unit.enumerators.append(e);
    }
    const auto counts = [](const QJsonObject &o) {
        return std::all_of(o.begin(), o.end(), [](const QJsonValue &v) {
            return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1e9;
        });
    };
    unit.quotas = json.value(key("quotas")).toObject();
    unit.progress = json.value(key("progress")).toObject();
    if (!counts(unit.quotas) || !counts(unit.progress))
        return std::nullopt;
    return unit;
}

QByteArray unitConfigBody(const UnitConfig &unit)
{
    return compact({{key("unit"), unit.toJson()}});
}

Parsed<UnitConfig> parseUnitConfig(const QByteArray &body)
{
    QString error;
    const auto json = parseObject(body, 1024 * 1024, &error);
    if (!json)
        return {std::nullopt, error};
    auto unit = UnitConfig::fromJson(json->value(key("unit")).toObject());
    if (!unit)
        return {std::nullopt, QStringLiteral("the unit configuration is incomplete")};
    return {std::move(unit), {}};
}

QByteArray Enrollment::toBody() const
{
    return compact({{key("device_id"), deviceId},
                    {key("token"), token},
                    {key("collector_key"), QString::fromLatin1(collectorKey.toBase64())},
                    {key("unit"), unit.toJson()},
                    {key("limits"), limits.toJson()}});
}

Parsed<Enrollment> parseEnrollment(const QByteArray &body)
{
    QString error;
    const auto json = parseObject(body, 1024 * 1024, &error);
    if (!json)
        return {std::nullopt, error};
    Enrollment e;
    e.deviceId = json->value(key("device_id")).toString();
    e.token = json->value(key("token")).toString();
    e.collectorKey =
        QByteArray::fromBase64(json->value(key("collector_key")).toString().toLatin1());
    const auto unit = UnitConfig::fromJson(json->value(key("unit")).toObject());
    const auto limits = Limits::fromJson(json->value(key("limits")).toObject());
    if (e.deviceId.isEmpty() || e.token.size() < 32 || e.collectorKey.size() != 32 || !unit ||
        !limits)
        return {std::nullopt, QStringLiteral("the enrollment reply is incomplete")};
    e.unit = *unit;
    e.limits = *limits;
    return {std::move(e), {}};
}

QJsonObject QuestionnaireInfo::toJson() const
{
    return {{key("id"), id}, {key("version"), version}, {key("sha256"), sha256}};
}

Parsed<QList<QuestionnaireInfo>> parseQuestionnaireList(const QByteArray &body)
{
    QString error;
    const auto json = parseObject(body, 1024 * 1024, &error);
    if (!json)
        return {std::nullopt, error};
    QList<QuestionnaireInfo> out;
    for (const QJsonValue &v : json->value(key("questionnaires")).toArray()) {
        const QJsonObject o = v.toObject();
        QuestionnaireInfo info{o.value(key("id")).toString(), 0, o.value(key("sha256")).toString()};
        const auto version = wholeNumber(o.value(key("version")), 1, 1 << 30);
        if (info.id.isEmpty() || !version || !isSha256Hex(info.sha256))
            return {std::nullopt, QStringLiteral("a questionnaire entry is malformed")};
        info.version = int(*version);
        out.append(info);
    }
    return {std::move(out), {}};
}

QByteArray BundleHeader::toLine() const
{
    return compact({{key("format"), key("loket-bundle")},
                    {key("version"), 1},
                    {key("device_id"), deviceId},
                    {key("items"), items},
                    {key("created_at"), createdAt}}) +
           '\n';
}

Parsed<BundleHeader> parseBundleHeader(const QByteArray &line)
{
    QString error;
    const auto json = parseObject(line, 4096, &error);
    if (!json)
        return {std::nullopt, error};
    if (json->value(key("format")).toString() != key("loket-bundle") ||
        json->value(key("version")).toInt() != 1)
        return {std::nullopt, QStringLiteral("not a version 1 Loket bundle")};
    BundleHeader h{json->value(key("device_id")).toString(), 0,
                   json->value(key("created_at")).toString()};
    const auto items = wholeNumber(json->value(key("items")), 0, qint64(1) << 40);
    if (h.deviceId.isEmpty() || !items)
        return {std::nullopt, QStringLiteral("the bundle header is incomplete")};
    h.items = *items;
    return {h, {}};
}

QByteArray envelopeLine(const Envelope &envelope)
{
    return compact(envelope.toJson()) + '\n';
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return compact({{key("error"), QJsonObject{{key("code"), code}, {key("message"), message}}}});
}

QString errorCode(const QByteArray &body)
{
    const auto doc = QJsonDocument::fromJson(body);
    return doc.object().value(key("error")).toObject().value(key("code")).toString();
}

} // namespace loket::protocol
