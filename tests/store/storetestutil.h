#pragma once

#include "protocol/sealing.h"
#include "store/responsestore.h"

#include "core/loader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace loket::test {

inline QByteArray bundledBody(const QString &id)
{
    QFile f(QStringLiteral(LOKET_SOURCE_DIR "/assets/questionnaires/%1.json").arg(id));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline std::shared_ptr<const Questionnaire> bundledQuestionnaire(const QString &id)
{
    const LoadResult r = QuestionnaireLoader::loadBytes(bundledBody(id), id);
    REQUIRE(r.ok());
    return r.questionnaire;
}

inline QString errorText(const store::Status &s)
{
    return s ? s->message : QString();
}

// A store in a fresh directory, with a collector key pair whose secret half only the test has.
struct StoreFixture
{
    QTemporaryDir dir;
    protocol::KeyPair keys = protocol::generateKeyPair();
    std::shared_ptr<store::Database> db;
    std::unique_ptr<store::ResponseStore> store;

    explicit StoreFixture(store::Database::Options options = {}) { reopen(options); }

    void reopen(store::Database::Options options = {})
    {
        store.reset();
        db.reset();
        auto opened = store::Database::open(dir.path(), options);
        INFO((opened.error ? opened.error->message.toStdString() : std::string()));
        REQUIRE(opened.ok());
        db = *opened;
        store = std::make_unique<store::ResponseStore>(db);
        REQUIRE_FALSE(store->setServerKey(keys.publicKey));
    }

    // The documents inside every envelope, opened with the collector's secret key.
    QHash<QString, QJsonObject> openEnvelopes()
    {
        QHash<QString, QJsonObject> docs;
        auto q = db->run(QStringLiteral("SELECT response_id, sealed, sha256 FROM envelopes"));
        REQUIRE(q.ok());
        while (q.value->next()) {
            const QByteArray sealed = q.value->value(1).toByteArray();
            REQUIRE(protocol::sha256Hex(sealed) == q.value->value(2).toString());
            const auto plain = protocol::open(sealed, keys);
            REQUIRE(plain);
            docs.insert(q.value->value(0).toString(), QJsonDocument::fromJson(*plain).object());
        }
        return docs;
    }

    int count(const QString &sql)
    {
        auto q = db->run(sql);
        REQUIRE(q.ok());
        REQUIRE(q.value->next());
        return q.value->value(0).toInt();
    }
};

} // namespace loket::test
