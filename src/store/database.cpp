#include "database.h"

#include "logging.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QtEndian>

#include <atomic>

namespace loket::store {

namespace {

std::atomic<int> s_connections{0};

// user_version sits at byte 60 of the header: read it without opening, so that a database from
// a newer Loket is refused before SQLite writes anything beside it.
std::optional<int> headerUserVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return std::nullopt;
    return int(qFromBigEndian<quint32>(header.constData() + 60));
}

StoreError newerSchema(int version)
{
    return {StoreError::Kind::NewerSchema,
            QStringLiteral("the database was written by a newer version of Loket (schema %1; this "
                           "version reads up to %2). It was left untouched; update Loket.")
                .arg(version)
                .arg(Database::SchemaVersion)};
}

// Moves the database and its WAL and shared-memory files aside; never deletes them.
QString moveAside(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    const QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

} // namespace

QString Database::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Database::Database(QString dataDir, QString path, QString connection)
    : m_dataDir(std::move(dataDir))
    , m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void Database::warmUp(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(fileName());
    if (!QFileInfo::exists(path))
        return;
    const QString name =
        QStringLiteral("loket-warmup-%1").arg(quintptr(QThread::currentThreadId()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // The file's first pages, for the open-time check and the first queries.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        char buffer[64 * 1024];
        for (qint64 read = 0; read < 16 * 1024 * 1024;) {
            const qint64 n = file.read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            read += n;
        }
    }
}

Expected<std::shared_ptr<Database>> Database::open(const QString &dataDir, const Options &options)
{
    if (!QDir().mkpath(dataDir))
        return StoreError{StoreError::Kind::Io, QStringLiteral("cannot create %1").arg(dataDir)};
    const QString path = QDir(dataDir).filePath(fileName());
    if (const auto version = headerUserVersion(path); version && *version > SchemaVersion)
        return newerSchema(*version);

    QString recovered;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = QStringLiteral("loket-store-%1").arg(++s_connections);
        std::shared_ptr<Database> db(new Database(dataDir, path, name));
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db->m_db.open())
            return StoreError::fromSql(db->m_db.lastError(),
                                       QStringLiteral("opening the database"));
        // Read-only look first: the version (the header may lag behind the WAL), then health.
        const int version = db->schemaVersion();
        if (version > SchemaVersion)
            return newerSchema(version);
        bool healthy = false;
        {
            auto check = db->run(QStringLiteral("PRAGMA quick_check"));
            // Only damage moves a file aside; a busy or unreadable one is reported as it is.
            if (!check.ok() && check.error->kind != StoreError::Kind::Corrupt)
                return *check.error;
            healthy = check.ok() && check.value->next() &&
                      check.value->value(0).toString() == QLatin1String("ok");
        } // the statement must end before the journal mode can change
        if (!healthy && attempt == 0) {
            db.reset();
            recovered = moveAside(path);
            qCWarning(lcStore) << "database failed its check; moved aside to" << recovered;
            continue;
        }
        if (!healthy)
            return StoreError{StoreError::Kind::Corrupt,
                              QStringLiteral("a fresh database failed its check")};
        if (auto error = db->configure(options))
            return *error;
        if (auto error = db->migrate())
            return *error;
        if (!recovered.isEmpty()) {
            if (auto error = db->recordEvent(QStringLiteral("recovered_from_corruption"),
                                             QStringLiteral("the damaged file was moved to %1")
                                                 .arg(QFileInfo(recovered).fileName())))
                return *error;
        }
        return db;
    }
    return StoreError{StoreError::Kind::Corrupt, QStringLiteral("cannot open a healthy database")};
}

Status Database::configure(const Options &options)
{
    // WAL with synchronous=FULL: a commit is on disk when it returns, through a power cut.
    auto wal = run(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!wal.ok())
        return wal.error;
    if (!wal.value->next() || wal.value->value(0).toString() != QLatin1String("wal"))
        return StoreError{StoreError::Kind::Io, QStringLiteral("the storage does not support WAL")};
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA trusted_schema=OFF"),
          QStringLiteral("PRAGMA secure_delete=ON")}) {
        if (auto error = exec(pragma))
            return error;
    }
    if (options.maxPageCount > 0)
        return exec(QStringLiteral("PRAGMA max_page_count=%1").arg(options.maxPageCount));
    return std::nullopt;
}

Status Database::migrate()
{
    for (const Migration &step : migrations()) {
        if (step.version <= schemaVersion())
            continue;
        Transaction tx(*this);
        if (tx.begun())
            return tx.begun();
        for (const QString &statement : step.statements) {
            if (auto error = exec(statement))
                return error;
        }
        if (auto error = exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version)))
            return error;
        if (auto error = tx.commit())
            return error;
        qCInfo(lcStore) << "database schema migrated to" << step.version;
    }
    return std::nullopt;
}

Status Database::recordEvent(const QString &kind, const QString &detail)
{
    return exec(QStringLiteral("INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)"),
                {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), kind, detail});
}

Expected<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds)
{
    if (!onOwnerThread())
        return StoreError{StoreError::Kind::Refused,
                          QStringLiteral("database used from a thread that did not open it")};
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return StoreError::fromSql(query.lastError(), QStringLiteral("preparing a statement"));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("writing to the database"));
    return query;
}

Status Database::exec(const QString &sql, const QVariantList &binds)
{
    return change(sql, binds).error;
}

Expected<int> Database::change(const QString &sql, const QVariantList &binds)
{
    if (!onOwnerThread())
        return StoreError{StoreError::Kind::Refused,
                          QStringLiteral("database used from a thread that did not open it")};
    // Statements that return no rows are prepared once and reused: a tap commits several.
    std::unique_ptr<QSqlQuery> &cached = m_statements[sql];
    if (!cached) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(sql)) {
            const QSqlError error = prepared->lastError();
            m_statements.erase(sql);
            return StoreError::fromSql(error, QStringLiteral("preparing a statement"));
        }
        cached = std::move(prepared);
    }
    QSqlQuery &query = *cached;
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    const bool ok = query.exec();
    const QSqlError error = query.lastError();
    const int rows = query.numRowsAffected();
    query.finish(); // never leave a statement holding a read transaction open
    if (!ok)
        return StoreError::fromSql(error, QStringLiteral("writing to the database"));
    return rows;
}

int Database::schemaVersion()
{
    auto q = run(QStringLiteral("PRAGMA user_version"));
    return q.ok() && q.value->next() ? q.value->value(0).toInt() : -1;
}

qint64 Database::sizeBytes() const
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        total += QFileInfo(m_path + suffix).size();
    return total;
}

bool Database::integrityOk()
{
    auto q = run(QStringLiteral("PRAGMA integrity_check"));
    return q.ok() && q.value->next() && q.value->value(0).toString() == QLatin1String("ok");
}

QString Database::config(const QString &key, const QString &fallback)
{
    auto q = run(QStringLiteral("SELECT value FROM config WHERE key = ?"), {key});
    return q.ok() && q.value->next() ? q.value->value(0).toString() : fallback;
}

Status Database::setConfig(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO config (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value.isNull() ? QStringLiteral("") : value});
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_done = m_begun.has_value();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    Status error = m_db.exec(QStringLiteral("COMMIT"));
    if (!error)
        m_done = true; // on failure the destructor rolls back
    return error;
}

} // namespace loket::store
