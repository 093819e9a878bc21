#include "storetestutil.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFuture>
#include <QJsonArray>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

using namespace loket;
using namespace loket::store;
using namespace loket::test;

namespace {

QString pragma(Database &db, const char *name)
{
    auto q = db.run(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE(q.ok());
    REQUIRE(q.value->next());
    return q.value->value(0).toString();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a database file from SQL text with a bare connection, outside the store.
void buildDatabase(const QString &path, const QString &sqlText)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QString statement;
        for (const QString &line : sqlText.split(u'\n')) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                QSqlQuery q(raw);
                INFO(statement.toStdString());
                REQUIRE(q.exec(statement));
                statement.clear();
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

} // namespace

TEST_CASE("every connection gets the durability and safety pragmas", "[store][database]")
{
    StoreFixture f;
    Database &db = *f.db;
    CHECK(pragma(db, "journal_mode") == "wal");
    CHECK(pragma(db, "synchronous") == "2"); // FULL
    CHECK(pragma(db, "foreign_keys") == "1");
    CHECK(pragma(db, "trusted_schema") == "0");
    CHECK(pragma(db, "secure_delete") == "1");
    CHECK(pragma(db, "busy_timeout") == "5000");
    CHECK(db.schemaVersion() == Database::SchemaVersion);
    CHECK(db.integrityOk());
    // Status reads the whole file only when asked to.
    const auto check = [&](ResponseStore::Verify verify) {
        return f.store->status(verify)["storage"].toObject()["integrity_check"].toString();
    };
    CHECK(check(ResponseStore::Verify::OpenCheck) == "quick, at open");
    CHECK(check(ResponseStore::Verify::FullCheck) == "full");
}

TEST_CASE("a version 1 database migrates with its data intact", "[store][database]")
{
    QTemporaryDir dir;
    QFile fixture(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/store/schema-v1.sql"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    buildDatabase(QDir(dir.path()).filePath(Database::fileName()),
                  QString::fromUtf8(fixture.readAll()));

    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::SchemaVersion);
    ResponseStore store(*db);
    CHECK(*store.state(QStringLiteral("7d1c2a5e-0000-4000-8000-000000000001")) == State::Queued);
    CHECK(*store.state(QStringLiteral("7d1c2a5e-0000-4000-8000-000000000002")) == State::Draft);
    const auto answers = store.draftAnswers(QStringLiteral("7d1c2a5e-0000-4000-8000-000000000002"));
    REQUIRE(answers.ok());
    CHECK(answers->value(QStringLiteral("u1")) == Value::number(3));
    CHECK(store.serverKey().has_value());
    // The tables later versions added exist and work.
    CHECK_FALSE((*db)->exec(QStringLiteral("SELECT COUNT(*) FROM daily_counts, element_tallies")));
    CHECK_FALSE((*db)->exec(QStringLiteral("SELECT COUNT(*) FROM sync_log")));
    CHECK((*db)->integrityOk());
}

TEST_CASE("a database from a newer Loket is refused and left untouched", "[store][database]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    buildDatabase(path, QStringLiteral("CREATE TABLE future (x);\nINSERT INTO future VALUES (1);\n"
                                       "PRAGMA user_version=7;\n"));
    const QByteArray before = fileHash(path);
    const auto opened = Database::open(dir.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->kind == StoreError::Kind::NewerSchema);
    CHECK(opened.error->message.contains("newer version of Loket"));
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{Database::fileName()});
}

TEST_CASE("a corrupt database is moved aside, never deleted, and the event recorded",
          "[store][database]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    SECTION("not a database at all")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    SECTION("a real database with a damaged page")
    {
        {
            StoreFixture seeded;
            for (int i = 0; i < 200; ++i)
                REQUIRE_FALSE(
                    seeded.store->setConfig(QStringLiteral("k%1").arg(i), QString(300, u'v')));
            seeded.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            seeded.store.reset();
            seeded.db.reset();
            QFile::copy(QDir(seeded.dir.path()).filePath(Database::fileName()), path);
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        // Overwrite the b-tree headers of pages 2 to 4: structure, not just content.
        for (int page = 1; page <= 3; ++page) {
            f.seek(4096 * page);
            f.write(QByteArray(64, '\x5a'));
        }
    }
    const QByteArray damaged = fileHash(path);
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("loket.db.corrupt-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(fileHash(QDir(dir.path()).filePath(aside.first())) == damaged);
    ResponseStore store(*db);
    const QJsonObject status = store.status();
    CHECK(status["storage"]["recovered_from_corruption"].toBool());
    CHECK(
        status["storage"]["events"].toArray().first()["detail"].toString().contains(aside.first()));
    CHECK((*db)->integrityOk());
}

TEST_CASE("a connection refuses use from another thread", "[store][database]")
{
    StoreFixture f;
    QFuture<Status> other =
        QtConcurrent::run([&] { return f.db->exec(QStringLiteral("SELECT 1")); });
    const Status result = other.result();
    REQUIRE(result);
    CHECK(result->kind == StoreError::Kind::Refused);
    CHECK_FALSE(f.db->exec(QStringLiteral("SELECT 1")));
}
