#pragma once

#include "storage.h"

#include "protocol/sealing.h"

#include <QSet>

namespace loket::collector {

// Key files in the data directory: the secret key is readable by its owner only.
QString secretKeyPath(const QString &dataDir);
QString publicKeyPath(const QString &dataDir);
// Creates the keypair; refuses to overwrite one.
bool createKeys(const QString &dataDir, QString *error);
std::optional<protocol::KeyPair> loadKeys(const QString &dataDir, QString *error);

// What the collector does with requests, apart from HTTP: enrollment and ingest. The same
// rules serve uploads and USB bundles.
class Collector
{
public:
    Collector(std::unique_ptr<Storage> storage, protocol::KeyPair keys, protocol::Limits limits);

    Storage &storage() { return *m_storage; }
    const protocol::Limits &limits() const { return m_limits; }

    // A one-time code for devices of `unitId`, usable `uses` times. Printed once; only its
    // hash is kept.
    std::optional<QString> createEnrollCode(const QString &unitId, int uses);
    // Nothing if the code is unknown or used up.
    std::optional<protocol::Enrollment> enroll(const QString &code);
    std::optional<Device> authenticate(const QString &token);
    // A device's unit as it stands now, with the responses held per service (the quota
    // progress) filled in. Nothing if storage failed or the unit is gone.
    std::optional<protocol::UnitConfig> unitWithProgress(const QString &unitId);

    // Judges each envelope (hash, size, questionnaire, that it opens and matches its label),
    // then stores the good ones in one transaction. Nothing if storage failed, in which case
    // nothing of the batch was stored.
    std::optional<protocol::BatchResult> ingest(const protocol::Batch &batch, const Device &from);

    // The plaintext of a stored envelope; only the collector's secret key opens it.
    std::optional<QByteArray> open(const QByteArray &sealed) const
    {
        return protocol::open(sealed, m_keys);
    }

    // Validates with the core loader and stores a questionnaire version.
    bool publish(const QByteArray &body, QString *error);

private:
    // What one envelope's bytes say, checked without touching storage or shared state, so
    // that a batch's envelopes are opened on every core at once.
    struct Inspection
    {
        std::optional<protocol::ItemResult> bytes;    // size or hash refused
        std::optional<protocol::ItemResult> contents; // not openable, or not what it claims
        QString service;
    };
    Inspection inspect(const protocol::Envelope &e) const;
    bool knowsQuestionnaire(const QString &id, int version);

    std::unique_ptr<Storage> m_storage;
    protocol::KeyPair m_keys;
    protocol::Limits m_limits;
    QSet<QString> m_questionnaires; // "id/version" seen published
};

} // namespace loket::collector
