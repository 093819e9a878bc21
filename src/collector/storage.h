#pragma once

#include "protocol/wire.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace loket::collector {

struct Device
{
    QString id;
    QString unitId;
};

// A device as the collector's operator sees it.
struct EnrolledDevice
{
    QString id;
    QString unitId;
    QDateTime enrolledAt;
    qint64 responses = 0;
};

struct StoredResponse
{
    QString id;
    QString deviceId;
    QString unitId;
    QString questionnaireId;
    int questionnaireVersion = 0;
    QByteArray sealed;
    QDateTime receivedAt;
};

// An envelope the collector opened and accepted, with the service its document names (kept
// in the clear for quota progress; it says nothing about the respondent).
struct Accepted
{
    protocol::Envelope envelope;
    QString service;
};

// Everything the collector keeps, behind one interface so that a PostgreSQL backend can
// replace the embedded SQLite one. Every write is one transaction: done whole or not at all.
// Failures return false / nothing and leave `lastError()` saying why.
class Storage
{
public:
    virtual ~Storage() = default;
    virtual QString lastError() const = 0;

    virtual bool saveUnit(const protocol::UnitConfig &unit) = 0;
    virtual std::optional<protocol::UnitConfig> unit(const QString &id) = 0;
    virtual QList<protocol::UnitConfig> units() = 0;

    // Codes and tokens are stored only as SHA-256 hashes.
    virtual bool addEnrollCode(const QString &codeHash, const QString &unitId, int uses) = 0;
    // Spends one use of the code and registers the device, atomically. Nothing if the code is
    // unknown or spent.
    virtual std::optional<QString> redeemEnrollCode(const QString &codeHash, const Device &device,
                                                    const QString &tokenHash) = 0;
    virtual std::optional<Device> deviceByToken(const QString &tokenHash) = 0;
    virtual std::optional<Device> device(const QString &id) = 0;
    virtual std::optional<QList<EnrolledDevice>> devices() = 0;
    // Forgets the device and its token, so that its next request gets 401; the responses it
    // sent stay. False if there is no such device.
    virtual bool revokeDevice(const QString &id) = 0;

    virtual bool publish(const protocol::QuestionnaireInfo &info, const QByteArray &body) = 0;
    virtual QList<protocol::QuestionnaireInfo> questionnaires() = 0;
    virtual std::optional<QByteArray> questionnaireBody(const QString &id, int version) = 0;

    // Stores the accepted envelopes of one batch in one transaction and says per item whether
    // it was stored, a duplicate (same id, same hash) or a conflict (same id, other hash).
    // Nothing on failure, in which case nothing was stored.
    virtual std::optional<QList<protocol::ItemResult>> ingest(const QList<Accepted> &items,
                                                              const Device &from) = 0;
    virtual qint64 responseCount() = 0;
    // Responses held per service for one unit, for quota progress.
    virtual std::optional<QHash<QString, qint64>> countsByService(const QString &unitId) = 0;
    virtual bool forEachResponse(const std::function<void(const StoredResponse &)> &visit) = 0;
};

std::unique_ptr<Storage> openSqliteStorage(const QString &dataDir, QString *error);

} // namespace loket::collector
