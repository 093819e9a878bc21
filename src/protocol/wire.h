#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The JSON that crosses the network between a device and the collector
// (docs/sync-protocol.md). Both sides parse what they receive with these functions, so a
// malformed message is refused the same way everywhere.
namespace loket::protocol {

inline constexpr int ApiVersion = 1;
inline QString apiPath(const QString &rest)
{
    return QStringLiteral("/api/v1/") + rest;
}

// What the collector accepts; it advertises these and devices stay within them.
struct Limits
{
    int maxBatchItems = 200;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxEnvelopeBytes = 256 * 1024;

    QJsonObject toJson() const;
    static std::optional<Limits> fromJson(const QJsonObject &json);
};

// One sealed response as it travels: byte-identical on every retry.
struct Envelope
{
    QString id; // the response's UUID, unique forever
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString sha256; // of `sealed`
    QByteArray sealed;

    QJsonObject toJson() const;
};

struct Batch
{
    QList<Envelope> items;
    QByteArray toBody() const;
};

enum class ItemStatus { Stored, Duplicate, Conflict, Rejected };
QString itemStatusName(ItemStatus status);

struct ItemResult
{
    QString id;
    ItemStatus status = ItemStatus::Rejected;
    QString code; // for conflict and rejected
    QString reason;

    QJsonObject toJson() const;
};

struct BatchResult
{
    QList<ItemResult> results;
    QByteArray toBody() const;
};

// Parse failures say what was wrong, for a 400 reply or a device's sync log.
template <typename T>
struct Parsed
{
    std::optional<T> value;
    QString error;
};

Parsed<Envelope> envelopeFromJson(const QJsonObject &json);
// A batch whose shape is wrong is refused whole; item-level problems are the collector's to
// judge per item.
Parsed<Batch> parseBatch(const QByteArray &body, const Limits &limits);
// The reply must answer exactly the ids that were sent, each once.
Parsed<BatchResult> parseBatchResult(const QByteArray &body, const QStringList &sentIds);

// Unit configuration handed out at enrollment.
// A field interviewer the collector provisions. The PIN travels only as its Argon2id hash
// (protocol::hashPin); without one the supervisor sets it on the device.
struct Enumerator
{
    QString id;
    QString name;
    QString pinHash;

    bool operator==(const Enumerator &) const = default;
};

struct UnitConfig
{
    QString id;
    QString name;
    QStringList services;
    QJsonObject quotas;   // service → target sample size
    QJsonObject progress; // service → responses the collector holds (config replies only)
    QList<Enumerator> enumerators;

    QJsonObject toJson() const;
    static std::optional<UnitConfig> fromJson(const QJsonObject &json);
};

struct Enrollment
{
    QString deviceId;
    QString token;
    QByteArray collectorKey; // X25519 public key, 32 bytes
    UnitConfig unit;
    Limits limits;

    QByteArray toBody() const;
};
Parsed<Enrollment> parseEnrollment(const QByteArray &body);
// GET /api/v1/config: the device's unit as the collector has it now.
QByteArray unitConfigBody(const UnitConfig &unit);
Parsed<UnitConfig> parseUnitConfig(const QByteArray &body);

struct QuestionnaireInfo
{
    QString id;
    int version = 0;
    QString sha256;

    QJsonObject toJson() const;
};
Parsed<QList<QuestionnaireInfo>> parseQuestionnaireList(const QByteArray &body);

// {"error": {"code": …, "message": …}}
QByteArray errorBody(const QString &code, const QString &message);
// The code of an error reply, or empty if the body is not one.
QString errorCode(const QByteArray &body);

// A USB bundle (`loket-cli export-bundle`): a header line, then one envelope per line, as
// JSON Lines. The header's count lets an import notice a truncated copy.
struct BundleHeader
{
    QString deviceId;
    qint64 items = 0;
    QString createdAt;

    QByteArray toLine() const;
};
Parsed<BundleHeader> parseBundleHeader(const QByteArray &line);
QByteArray envelopeLine(const Envelope &envelope);

// Untrusted bodies are parsed under these bounds.
inline constexpr int MaxJsonDepth = 8;

} // namespace loket::protocol
