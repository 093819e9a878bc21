// The collector's embedded storage: one SQLite file, WAL, synchronous=FULL, so a reply that
// says "stored" is on disk.
#include "logging.h"
#include "storage.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace loket::collector {

namespace {

constexpr int SchemaVersion = 2;

// Statements per schema version; a database is brought up one version at a time.
const QList<QStringList> &schema()
{
    static const QList<QStringList> versions = {
        {
            QStringLiteral("CREATE TABLE units (id TEXT PRIMARY KEY, config TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE enroll_codes (code_hash TEXT PRIMARY KEY, "
                           "unit_id TEXT NOT NULL REFERENCES units (id), "
                           "uses_left INTEGER NOT NULL CHECK (uses_left >= 0), "
                           "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, "
                           "unit_id TEXT NOT NULL REFERENCES units (id), "
                           "token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE questionnaires (id TEXT NOT NULL, version INTEGER NOT NULL, "
                "sha256 TEXT NOT NULL, body BLOB NOT NULL, published_at TEXT NOT NULL, "
                "PRIMARY KEY (id, version))"),
            // The id is unique forever: this constraint is what makes delivery exactly-once.
            QStringLiteral("CREATE TABLE responses (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, "
                           "unit_id TEXT NOT NULL, questionnaire_id TEXT NOT NULL, "
                           "questionnaire_version INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                           "sealed BLOB NOT NULL, received_at TEXT NOT NULL)"),
        },
        {
            // Quota progress per service without opening every envelope again.
            QStringLiteral("ALTER TABLE responses ADD COLUMN service TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX responses_by_unit ON responses (unit_id, service)"),
        }};
    return versions;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

class SqliteStorage final : public Storage
{
public:
    explicit SqliteStorage(const QString &path)
        : m_connection(QStringLiteral("collector-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(path);
    }
    ~SqliteStorage() override
    {
        m_statements.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }

    bool open()
    {
        if (!m_db.open())
            return fail(m_db.lastError().text());
        for (const char *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
              "PRAGMA busy_timeout = 5000", "PRAGMA trusted_schema = OFF"}) {
            if (!exec(QString::fromLatin1(pragma)))
                return false;
        }
        auto version = query(QStringLiteral("PRAGMA user_version"));
        if (!version || !version->next())
            return false;
        const int current = version->value(0).toInt();
        if (current > SchemaVersion)
            return fail(QStringLiteral("the database was written by a newer collector "
                                       "(schema %1)")
                            .arg(current));
        if (current == SchemaVersion)
            return true;
        return inTransaction([&] {
            for (int v = current; v < SchemaVersion; ++v) {
                for (const QString &sql : schema().at(v)) {
                    if (!exec(sql))
                        return false;
                }
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
        });
    }

    QString lastError() const override { return m_error; }

    bool saveUnit(const protocol::UnitConfig &unit) override
    {
        return inTransaction([&] {
            return exec(QStringLiteral("INSERT INTO units (id, config) VALUES (?, ?) "
                                       "ON CONFLICT (id) DO UPDATE SET config = excluded.config"),
                        {unit.id, QJsonDocument(unit.toJson()).toJson(QJsonDocument::Compact)});
        });
    }

    std::optional<protocol::UnitConfig> unit(const QString &id) override
    {
        auto q = query(QStringLiteral("SELECT config FROM units WHERE id = ?"), {id});
        if (!q || !q->next())
            return std::nullopt;
        return protocol::UnitConfig::fromJson(
            QJsonDocument::fromJson(q->value(0).toByteArray()).object());
    }

    QList<protocol::UnitConfig> units() override
    {
        QList<protocol::UnitConfig> out;
        auto q = query(QStringLiteral("SELECT config FROM units ORDER BY id"));
        while (q && q->next()) {
            if (auto u = protocol::UnitConfig::fromJson(
                    QJsonDocument::fromJson(q->value(0).toByteArray()).object()))
                out.append(*u);
        }
        return out;
    }

    bool addEnrollCode(const QString &codeHash, const QString &unitId, int uses) override
    {
        return inTransaction([&] {
            return exec(QStringLiteral("INSERT INTO enroll_codes (code_hash, unit_id, uses_left, "
                                       "created_at) VALUES (?, ?, ?, ?)"),
                        {codeHash, unitId, uses, now()});
        });
    }

    std::optional<QString> redeemEnrollCode(const QString &codeHash, const Device &device,
                                            const QString &tokenHash) override
    {
        QString unitId;
        const bool ok = inTransaction([&] {
            auto q = query(QStringLiteral("SELECT unit_id FROM enroll_codes "
                                          "WHERE code_hash = ? AND uses_left > 0"),
                           {codeHash});
            if (!q || !q->next())
                return false;
            unitId = q->value(0).toString();
            return exec(QStringLiteral("UPDATE enroll_codes SET uses_left = uses_left - 1 "
                                       "WHERE code_hash = ?"),
                        {codeHash}) &&
                   exec(QStringLiteral("INSERT INTO devices (id, unit_id, token_hash, "
                                       "enrolled_at) VALUES (?, ?, ?, ?)"),
                        {device.id, unitId, tokenHash, now()});
        });
        return ok ? std::optional<QString>(unitId) : std::nullopt;
    }

    std::optional<Device> deviceByToken(const QString &tokenHash) override
    {
        auto q = query(QStringLiteral("SELECT id, unit_id FROM devices WHERE token_hash = ?"),
                       {tokenHash});
        if (!q || !q->next())
            return std::nullopt;
        return Device{q->value(0).toString(), q->value(1).toString()};
    }

    std::optional<Device> device(const QString &id) override
    {
        auto q = query(QStringLiteral("SELECT id, unit_id FROM devices WHERE id = ?"), {id});
        if (!q || !q->next())
            return std::nullopt;
        return Device{q->value(0).toString(), q->value(1).toString()};
    }

    std::optional<QList<EnrolledDevice>> devices() override
    {
        auto q = query(QStringLiteral(
            "SELECT d.id, d.unit_id, d.enrolled_at, COALESCE(c.n, 0) FROM devices d "
            "LEFT JOIN (SELECT device_id, COUNT(*) AS n FROM responses GROUP BY device_id) c "
            "ON c.device_id = d.id ORDER BY d.unit_id, d.enrolled_at"));
        if (!q)
            return std::nullopt;
        QList<EnrolledDevice> out;
        while (q->next())
            out.append({q->value(0).toString(), q->value(1).toString(),
                        QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs),
                        q->value(3).toLongLong()});
        return out;
    }

    bool revokeDevice(const QString &id) override
    {
        return inTransaction([&] {
            QSqlQuery *q = prepared(QStringLiteral("DELETE FROM devices WHERE id = ?"));
            if (!run(q, {id}))
                return false;
            const bool found = q->numRowsAffected() == 1;
            q->finish();
            return found || fail(QStringLiteral("no device %1").arg(id));
        });
    }

    bool publish(const protocol::QuestionnaireInfo &info, const QByteArray &body) override
    {
        return inTransaction([&] {
            return exec(QStringLiteral("INSERT INTO questionnaires (id, version, sha256, body, "
                                       "published_at) VALUES (?, ?, ?, ?, ?)"),
                        {info.id, info.version, info.sha256, body, now()});
        });
    }

    QList<protocol::QuestionnaireInfo> questionnaires() override
    {
        QList<protocol::QuestionnaireInfo> out;
        auto q = query(
            QStringLiteral("SELECT id, version, sha256 FROM questionnaires ORDER BY id, version"));
        while (q && q->next())
            out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toString()});
        return out;
    }

    std::optional<QByteArray> questionnaireBody(const QString &id, int version) override
    {
        auto q =
            query(QStringLiteral("SELECT body FROM questionnaires WHERE id = ? AND version = ?"),
                  {id, version});
        if (!q || !q->next())
            return std::nullopt;
        return q->value(0).toByteArray();
    }

    std::optional<QList<protocol::ItemResult>> ingest(const QList<Accepted> &items,
                                                      const Device &from) override
    {
        QList<protocol::ItemResult> results;
        const QString received = now();
        const bool ok = inTransaction([&] {
            for (const Accepted &a : items) {
                const protocol::Envelope &e = a.envelope;
                QSqlQuery *insert = prepared(QStringLiteral(
                    "INSERT INTO responses (id, device_id, unit_id, questionnaire_id, "
                    "questionnaire_version, sha256, sealed, received_at, service) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
                if (!run(insert, {e.id, from.id, from.unitId, e.questionnaireId,
                                  e.questionnaireVersion, e.sha256, e.sealed, received,
                                  a.service.isNull() ? QStringLiteral("") : a.service}))
                    return false;
                const bool stored = insert->numRowsAffected() == 1;
                insert->finish();
                protocol::ItemResult r{e.id, protocol::ItemStatus::Stored, {}, {}};
                if (!stored) {
                    auto q =
                        query(QStringLiteral("SELECT sha256 FROM responses WHERE id = ?"), {e.id});
                    if (!q || !q->next())
                        return false;
                    if (q->value(0).toString() == e.sha256) {
                        r.status = protocol::ItemStatus::Duplicate;
                    } else {
                        r.status = protocol::ItemStatus::Conflict;
                        r.code = QStringLiteral("conflict");
                        r.reason = QStringLiteral("a different response with this id is stored");
                    }
                }
                results.append(r);
            }
            return true;
        });
        return ok ? std::optional(results) : std::nullopt;
    }

    std::optional<QHash<QString, qint64>> countsByService(const QString &unitId) override
    {
        auto q = query(QStringLiteral("SELECT service, COUNT(*) FROM responses WHERE unit_id = ? "
                                      "GROUP BY service"),
                       {unitId});
        if (!q)
            return std::nullopt;
        QHash<QString, qint64> out;
        while (q->next())
            out.insert(q->value(0).toString(), q->value(1).toLongLong());
        return out;
    }

    qint64 responseCount() override
    {
        auto q = query(QStringLiteral("SELECT count(*) FROM responses"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    bool forEachResponse(const std::function<void(const StoredResponse &)> &visit) override
    {
        auto q = query(QStringLiteral(
            "SELECT id, device_id, unit_id, questionnaire_id, questionnaire_version, sealed, "
            "received_at FROM responses ORDER BY received_at, id"));
        if (!q)
            return false;
        while (q->next()) {
            visit({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                   q->value(3).toString(), q->value(4).toInt(), q->value(5).toByteArray(),
                   QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs)});
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        qCWarning(lcCollector) << "storage:" << message;
        return false;
    }

    QSqlQuery *prepared(const QString &sql)
    {
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(m_db);
            if (!slot->prepare(sql)) {
                fail(slot->lastError().text());
                slot.reset();
                return nullptr;
            }
        }
        return slot.get();
    }

    bool run(QSqlQuery *q, const QVariantList &binds)
    {
        if (!q)
            return false;
        for (int i = 0; i < binds.size(); ++i)
            q->bindValue(i, binds.at(i));
        if (!q->exec())
            return fail(q->lastError().text());
        return true;
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery *q = prepared(sql);
        const bool ok = run(q, binds);
        if (q)
            q->finish();
        return ok;
    }

    std::optional<QSqlQuery> query(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            fail(q.lastError().text());
            return std::nullopt;
        }
        if (!run(&q, binds))
            return std::nullopt;
        return q;
    }

    bool inTransaction(const std::function<bool()> &work)
    {
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        if (work() && exec(QStringLiteral("COMMIT")))
            return true;
        const QString why = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = why;
        return false;
    }

    QString m_connection;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_error;
};

} // namespace

std::unique_ptr<Storage> openSqliteStorage(const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create %1").arg(dataDir);
        return nullptr;
    }
    auto storage =
        std::make_unique<SqliteStorage>(QDir(dataDir).filePath(QStringLiteral("collector.db")));
    if (!storage->open()) {
        *error = storage->lastError();
        return nullptr;
    }
    return storage;
}

} // namespace loket::collector
