#include "collector.h"

#include "logging.h"

#include "core/loader.h"
#include "core/response.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <sodium.h>

namespace loket::collector {

namespace {

QString questionnaireKey(const QString &id, int version)
{
    return id + u'/' + QString::number(version);
}

protocol::ItemResult rejected(const QString &id, const char *code, const QString &reason)
{
    return {id, protocol::ItemStatus::Rejected, QString::fromLatin1(code), reason};
}

// Random text from an alphabet without look-alikes (no 0/O, 1/I/L), for people to type.
QString randomCode(int length)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    QString code;
    for (int i = 0; i < length; ++i)
        code.append(alphabet.at(int(randombytes_uniform(quint32(alphabet.size())))));
    return code;
}

QString randomToken()
{
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString secretKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("collector.key"));
}

QString publicKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("collector.pub"));
}

bool createKeys(const QString &dataDir, QString *error)
{
    if (QFile::exists(secretKeyPath(dataDir))) {
        *error = QStringLiteral("%1 exists; refusing to replace the key that opens stored "
                                "responses")
                     .arg(secretKeyPath(dataDir));
        return false;
    }
    const protocol::KeyPair keys = protocol::generateKeyPair();
    QFile secret(secretKeyPath(dataDir));
    // Owner-only from creation: the permissions are set before the key is written.
    if (!secret.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        secret.write(protocol::keyToBase64(keys.secretKey) + '\n') < 0 || !secret.flush()) {
        *error = QStringLiteral("cannot write %1").arg(secret.fileName());
        return false;
    }
    secret.close();
    QFile pub(publicKeyPath(dataDir));
    if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        pub.write(protocol::keyToBase64(keys.publicKey) + '\n') < 0) {
        *error = QStringLiteral("cannot write %1").arg(pub.fileName());
        return false;
    }
    return true;
}

std::optional<protocol::KeyPair> loadKeys(const QString &dataDir, QString *error)
{
    QFile secret(secretKeyPath(dataDir));
    if (!secret.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1; run init first").arg(secret.fileName());
        return std::nullopt;
    }
    const auto loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                       QFileDevice::WriteOther;
    if (secret.permissions() & loose) {
        *error = QStringLiteral("%1 is readable by others; chmod 600 it").arg(secret.fileName());
        return std::nullopt;
    }
    const auto secretKey = protocol::keyFromBase64(secret.readAll().trimmed());
    QFile pub(publicKeyPath(dataDir));
    const auto publicKey = pub.open(QIODevice::ReadOnly)
                               ? protocol::keyFromBase64(pub.readAll().trimmed())
                               : std::nullopt;
    if (!secretKey || !publicKey) {
        *error = QStringLiteral("the key files in %1 are damaged").arg(dataDir);
        return std::nullopt;
    }
    return protocol::KeyPair{*publicKey, *secretKey};
}

Collector::Collector(std::unique_ptr<Storage> storage, protocol::KeyPair keys,
                     protocol::Limits limits)
    : m_storage(std::move(storage))
    , m_keys(std::move(keys))
    , m_limits(limits)
{
    protocol::initSodium();
}

std::optional<QString> Collector::createEnrollCode(const QString &unitId, int uses)
{
    if (!m_storage->unit(unitId) && !m_storage->saveUnit({unitId, unitId, {}, {}, {}, {}}))
        return std::nullopt;
    const QString code = randomCode(12);
    if (!m_storage->addEnrollCode(protocol::sha256Hex(code.toUtf8()), unitId, uses))
        return std::nullopt;
    return code;
}

std::optional<protocol::Enrollment> Collector::enroll(const QString &code)
{
    const QString normalized = code.trimmed().toUpper().remove(u'-').remove(u' ');
    protocol::Enrollment e;
    e.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.token = randomToken();
    const auto unitId =
        m_storage->redeemEnrollCode(protocol::sha256Hex(normalized.toUtf8()), {e.deviceId, {}},
                                    protocol::sha256Hex(e.token.toUtf8()));
    if (!unitId)
        return std::nullopt;
    const auto unit = m_storage->unit(*unitId);
    if (!unit)
        return std::nullopt;
    e.unit = *unit;
    e.collectorKey = m_keys.publicKey;
    e.limits = m_limits;
    qCInfo(lcCollector) << "enrolled device" << e.deviceId << "for unit" << *unitId;
    return e;
}

std::optional<Device> Collector::authenticate(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    return m_storage->deviceByToken(protocol::sha256Hex(token.toUtf8()));
}

bool Collector::knowsQuestionnaire(const QString &id, int version)
{
    const QString key = questionnaireKey(id, version);
    if (m_questionnaires.contains(key))
        return true;
    // Another process may have published it since we last looked.
    for (const auto &info : m_storage->questionnaires())
        m_questionnaires.insert(questionnaireKey(info.id, info.version));
    return m_questionnaires.contains(key);
}

Collector::Inspection Collector::inspect(const protocol::Envelope &e) const
{
    Inspection out;
    if (e.sealed.size() > m_limits.maxEnvelopeBytes) {
        out.bytes = rejected(
            e.id, "too_large",
            QStringLiteral("the envelope exceeds %1 bytes").arg(m_limits.maxEnvelopeBytes));
        return out;
    }
    if (protocol::sha256Hex(e.sealed) != e.sha256) {
        out.bytes =
            rejected(e.id, "hash_mismatch", QStringLiteral("sha256 does not match the bytes"));
        return out;
    }
    const auto plain = protocol::open(e.sealed, m_keys);
    if (!plain) {
        out.contents =
            rejected(e.id, "undecryptable", QStringLiteral("not sealed to this collector's key"));
        return out;
    }
    QString error;
    const auto doc = ResponseDocument::fromJson(QJsonDocument::fromJson(*plain).object(), &error);
    if (!doc)
        out.contents = rejected(e.id, "invalid_document", error);
    else if (doc->responseId != e.id || doc->questionnaireId != e.questionnaireId ||
             doc->questionnaireVersion != e.questionnaireVersion)
        out.contents = rejected(e.id, "label_mismatch",
                                QStringLiteral("the sealed document does not match its envelope"));
    else if (doc->status != QStringLiteral("completed"))
        out.contents =
            rejected(e.id, "not_completed", QStringLiteral("only completed responses count"));
    else
        out.service = doc->service;
    return out;
}

std::optional<protocol::BatchResult> Collector::ingest(const protocol::Batch &batch,
                                                       const Device &from)
{
    // Opening sealed boxes is most of a batch's cost; it needs only the key.
    const QList<Inspection> inspected = QtConcurrent::blockingMapped(
        batch.items, [this](const protocol::Envelope &e) { return inspect(e); });
    QList<std::optional<protocol::ItemResult>> verdicts;
    QList<Accepted> accepted;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const protocol::Envelope &e = batch.items.at(i);
        const Inspection &seen = inspected.at(i);
        // The same order of reasons as checking one by one: bytes, questionnaire, contents.
        std::optional<protocol::ItemResult> verdict = seen.bytes;
        if (!verdict && !knowsQuestionnaire(e.questionnaireId, e.questionnaireVersion))
            verdict = rejected(e.id, "unknown_questionnaire",
                               QStringLiteral("questionnaire %1 version %2 is not published here")
                                   .arg(e.questionnaireId)
                                   .arg(e.questionnaireVersion));
        if (!verdict)
            verdict = seen.contents;
        verdicts.append(verdict);
        if (!verdict)
            accepted.append({e, seen.service});
    }
    QList<protocol::ItemResult> stored;
    if (!accepted.isEmpty()) {
        const auto results = m_storage->ingest(accepted, from);
        if (!results)
            return std::nullopt;
        stored = *results;
    }
    protocol::BatchResult out;
    qsizetype next = 0;
    for (const auto &verdict : verdicts)
        out.results.append(verdict ? *verdict : stored.at(next++));
    return out;
}

std::optional<protocol::UnitConfig> Collector::unitWithProgress(const QString &unitId)
{
    auto unit = m_storage->unit(unitId);
    const auto counts = unit ? m_storage->countsByService(unitId) : std::nullopt;
    if (!counts)
        return std::nullopt;
    unit->progress = {};
    for (auto it = counts->begin(); it != counts->end(); ++it) {
        if (!it.key().isEmpty())
            unit->progress.insert(it.key(), double(it.value()));
    }
    return unit;
}

bool Collector::publish(const QByteArray &body, QString *error)
{
    const LoadResult loaded = QuestionnaireLoader::loadBytes(body, QStringLiteral("questionnaire"));
    if (!loaded.questionnaire) {
        QStringList lines;
        for (const auto &e : loaded.errors)
            lines.append(e.toString());
        *error = lines.join(u'\n');
        return false;
    }
    const auto &qn = *loaded.questionnaire;
    const QString sha = protocol::sha256Hex(body);
    if (const auto existing = m_storage->questionnaireBody(qn.id, qn.version)) {
        if (protocol::sha256Hex(*existing) == sha)
            return true; // already published, same bytes
        *error = QStringLiteral("%1 version %2 is already published with other content; "
                                "raise the version")
                     .arg(qn.id)
                     .arg(qn.version);
        return false;
    }
    if (!m_storage->publish({qn.id, qn.version, sha}, body)) {
        *error = m_storage->lastError();
        return false;
    }
    return true;
}

} // namespace loket::collector
