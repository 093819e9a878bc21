#pragma once

#include "collector/storage.h"
#include "core/loader.h"
#include "store/fieldstaff.h"
#include "store/outbox.h"
#include "store/seed.h"
#include "sync/enrollment.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace loket::test {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

inline QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitCode() != 0)
        FAIL(program.toStdString() + " " + args.join(u' ').toStdString() + ": " +
             p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The real loket-collector, as a separate process on 127.0.0.1.
class CollectorProcess
{
public:
    explicit CollectorProcess(QStringList serveArgs = {})
        : m_serveArgs(std::move(serveArgs))
    {
        runTool(binary(), {QStringLiteral("init"), QStringLiteral("--data-dir"), dir()});
        start(0);
    }
    ~CollectorProcess() { stop(); }

    static QString binary() { return QStringLiteral(LOKET_COLLECTOR); }
    QString dir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QString enrollCode(int uses = 1)
    {
        return runTool(binary(), {QStringLiteral("enroll-code"), QStringLiteral("--data-dir"),
                                  dir(), QStringLiteral("--unit"), QStringLiteral("dukcapil-01"),
                                  QStringLiteral("--uses"), QString::number(uses)});
    }

    void start(quint16 port)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(binary(),
                         QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"), dir(),
                                     QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(port)} +
                             m_serveArgs);
        REQUIRE(m_process->waitForStarted());
        QByteArray line;
        REQUIRE(waitUntil(
            [&] {
                line += m_process->readAllStandardOutput();
                return line.contains('\n') || m_process->state() == QProcess::NotRunning;
            },
            10000));
        const qsizetype colon = line.trimmed().lastIndexOf(':');
        m_port = quint16(line.trimmed().mid(colon + 1).toInt());
        REQUIRE(m_port != 0);
    }

    void kill()
    {
        m_process->kill();
        m_process->waitForFinished();
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000))
                kill();
        }
    }
    void restart()
    {
        stop();
        start(m_port);
    }
    // The serve options for the next start(), such as other TLS files.
    void setServeArgs(QStringList args) { m_serveArgs = std::move(args); }

    // What the collector holds, read from its database by the collector's own storage code.
    QList<QString> storedIds()
    {
        QString error;
        auto storage = collector::openSqliteStorage(dir(), &error);
        REQUIRE(storage);
        QList<QString> ids;
        storage->forEachResponse([&](const collector::StoredResponse &r) { ids.append(r.id); });
        return ids;
    }

private:
    QTemporaryDir m_dir;
    QStringList m_serveArgs;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A device database, enrolled with a collector.
struct Device
{
    QTemporaryDir dir;
    std::shared_ptr<store::Database> db;
    std::unique_ptr<store::ResponseStore> store;
    std::unique_ptr<store::Outbox> outbox;

    Device()
    {
        auto opened = store::Database::open(dir.path());
        REQUIRE(opened.ok());
        db = *opened;
        store = std::make_unique<store::ResponseStore>(db);
        outbox = std::make_unique<store::Outbox>(db);
    }

    // Enrolls and says why not; empty on success.
    QString tryEnroll(const QString &endpoint, const QString &code)
    {
        QNetworkAccessManager nam;
        std::optional<QString> result;
        sync::enroll(
            nam, *outbox, QUrl(endpoint), code, {}, [&](const QString &error) { result = error; },
            &nam);
        REQUIRE(waitUntil([&] { return result.has_value(); }, 15000));
        return *result;
    }
    void enroll(const QString &endpoint, const QString &code)
    {
        REQUIRE(tryEnroll(endpoint, code).isEmpty());
    }

    QSet<QString> seed(int count, quint32 seed = 1, const QString &service = {})
    {
        store::StartInfo info;
        info.service = service;
        QFile f(QStringLiteral(":/questionnaires/spi-external.json"));
        if (!f.exists())
            f.setFileName(
                QStringLiteral(LOKET_SOURCE_DIR "/assets/questionnaires/spi-external.json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const auto qn = QuestionnaireLoader::loadBytes(body, QStringLiteral("spi")).questionnaire;
        QRandomGenerator rng(seed);
        QSet<QString> ids;
        for (int i = 0; i < count; ++i) {
            const auto id = store::seedResponse(*store, qn, body, info, rng);
            REQUIRE(id.ok());
            ids.insert(*id);
        }
        return ids;
    }

    int count(store::State state)
    {
        auto q = db->run(QStringLiteral("SELECT COUNT(*) FROM responses WHERE state = ?"),
                         {store::stateName(state)});
        REQUIRE(q.ok());
        q.value->next();
        return q.value->value(0).toInt();
    }
};

// Engine settings for tests: short timeouts and backoff, so faults cost little time.
inline sync::SyncEngine::Options fastOptions()
{
    sync::SyncEngine::Options o;
    o.maxItems = 10;
    o.timeouts = {1500, 2500};
    o.backoff = {20, 1500};
    o.debounceMs = 0;
    return o;
}

inline bool drain(sync::SyncEngine &engine, int timeoutMs = 60000)
{
    bool drained = false;
    auto c = QObject::connect(&engine, &sync::SyncEngine::drained, [&] { drained = true; });
    engine.syncNow();
    const bool ok = waitUntil([&] { return drained; }, timeoutMs);
    QObject::disconnect(c);
    return ok;
}

} // namespace loket::test
