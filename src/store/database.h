#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace loket::store {

// The device database file: opened with the pragmas that make "saved" mean saved, checked,
// moved aside if corrupt, migrated. One connection, used only on the thread that opened it.
class Database
{
public:
    struct Options
    {
        // Caps the file in pages, to test a full disk without filling one.
        int maxPageCount = 0;
    };

    static constexpr int SchemaVersion = 5;
    // AppDataLocation for organisation "Loket", application "loket", which the app and
    // loket-cli both set, so they share one database.
    static QString defaultDataDir();
    static QString fileName() { return QStringLiteral("loket.db"); }

    static Expected<std::shared_ptr<Database>> open(const QString &dataDir, const Options &options);
    static Expected<std::shared_ptr<Database>> open(const QString &dataDir)
    {
        return open(dataDir, Options());
    }
    // Reads the SQLite driver and an existing database file into memory without changing
    // anything, so that a later open() on a cold start waits less for the disk. Safe on any
    // thread; does nothing if there is no file yet.
    static void warmUp(const QString &dataDir);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Prepares, binds and runs a statement whose rows the caller reads.
    Expected<QSqlQuery> run(const QString &sql, const QVariantList &binds = {});
    // Runs a statement that returns no rows, from a cache of prepared statements.
    Status exec(const QString &sql, const QVariantList &binds = {});
    // The same, returning how many rows it changed.
    Expected<int> change(const QString &sql, const QVariantList &binds = {});

    // The device's key-value settings (table config); `fallback` when a key is not there.
    QString config(const QString &key, const QString &fallback = QString());
    Status setConfig(const QString &key, const QString &value);

    QString path() const { return m_path; }
    QString dataDir() const { return m_dataDir; }
    int schemaVersion();
    qint64 sizeBytes() const;
    // Whether the database checks out now (PRAGMA integrity_check).
    bool integrityOk();
    bool onOwnerThread() const { return QThread::currentThread() == m_thread; }

private:
    Database(QString dataDir, QString path, QString connection);
    Status configure(const Options &options);
    Status migrate();
    Status recordEvent(const QString &kind, const QString &detail);

    QString m_dataDir;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QThread *m_thread;
};

// BEGIN IMMEDIATE … COMMIT; rolls back unless committed. Writers take the lock up front, so
// a transaction never fails half-way for want of it.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace loket::store
