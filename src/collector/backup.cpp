// `backup`: an online copy of the collector's database with SQLite's backup API. One backup
// step reads a single snapshot (the database is in WAL mode, so a serving collector keeps
// storing while it runs) into a temporary file, which SQLite syncs and which is checked and
// then renamed, so OUT is either the old file or a whole, consistent new one.
#include "commands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

#include <sqlite3.h>

namespace loket::collector {

namespace {

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

// The single value a one-row, one-column statement returns, or an empty string.
QString scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

bool copy(const QString &source, const QString &target, qint64 *responses, QString *error)
{
    Connection from;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(source, from.error());
        return false;
    }
    // A checkpoint may hold the database for a moment; the loop below waits it out.
    sqlite3_busy_timeout(from.db, 100);
    Connection to;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &to.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot create %1: %2").arg(target, to.error());
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!backup) {
        *error = QStringLiteral("backup failed: %1").arg(to.error());
        return false;
    }
    // In WAL mode a reader is blocked only while a checkpoint runs; give up after about two
    // minutes of that rather than hang a backup timer.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 600; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED && rc != SQLITE_OK)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QStringLiteral("backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    // One self-contained file: no -wal beside it once it is closed.
    scalar(to.db, "PRAGMA journal_mode = DELETE");
    const QString check = scalar(to.db, "PRAGMA integrity_check");
    if (check != QLatin1String("ok")) {
        *error = QStringLiteral("the copy fails its integrity check: %1").arg(check);
        return false;
    }
    *responses = scalar(to.db, "SELECT count(*) FROM responses").toLongLong();
    return true;
}

} // namespace

int backup(const QString &dataDir, const QString &out, Io io)
{
    if (out.isEmpty()) {
        io.err << "loket-collector: backup needs --out FILE\n";
        return Usage;
    }
    const QString source = QDir(dataDir).filePath(QStringLiteral("collector.db"));
    if (!QFileInfo::exists(source)) {
        io.err << "loket-collector: no database in " << dataDir << " (run init first)\n";
        return Failed;
    }
    // The copy is made beside OUT, private from its first byte (the rows are sealed, but
    // their metadata are not for everyone), and renamed over OUT once it checks out.
    const QString temporary = out + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        QFile create(temporary);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            io.err << "loket-collector: cannot write " << temporary << ": " << create.errorString()
                   << '\n';
            return Failed;
        }
    }
    qint64 responses = 0;
    QString error;
    const bool ok = copy(source, temporary, &responses, &error);
    std::error_code renamed;
    if (ok)
        std::filesystem::rename(QFile::encodeName(temporary).constData(),
                                QFile::encodeName(out).constData(), renamed);
    if (!ok || renamed) {
        QFile::remove(temporary);
        io.err << "loket-collector: " << (ok ? QString::fromStdString(renamed.message()) : error)
               << '\n';
        return Failed;
    }
    io.out << "backed up " << responses << " responses to " << out << '\n';
    return Ok;
}

} // namespace loket::collector
