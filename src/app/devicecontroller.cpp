#include "devicecontroller.h"

#include "logging.h"

#include <QJsonObject>

namespace loket {

DeviceController::DeviceController(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
}

bool DeviceController::open()
{
    auto db = store::Database::open(m_dataDir);
    if (!db.ok()) {
        m_error = db.error->message;
        qCWarning(lcApp) << "store unavailable:" << m_error;
        Q_EMIT changed();
        return false;
    }
    m_db = *db;
    m_store = std::make_unique<store::ResponseStore>(m_db);
    reloadMode();
    const auto recovery = m_store->startUp(m_mode);
    if (!recovery.ok()) {
        m_error = recovery.error->message;
        m_store.reset();
        m_db.reset();
        Q_EMIT changed();
        return false;
    }
    m_recoveredDrafts = recovery->abandoned;
    refresh();
    return true;
}

void DeviceController::refresh()
{
    if (!m_store)
        return;
    const QJsonObject status = m_store->status();
    const QJsonObject states = status.value(QStringLiteral("states")).toObject();
    const QJsonObject storage = status.value(QStringLiteral("storage")).toObject();
    const auto count = [&](const char *state) {
        return states.value(QLatin1String(state)).toInt();
    };
    m_waiting = count("completed") + count("queued") + count("sending");
    m_drafts = count("draft");
    m_synced = count("synced");
    m_abandoned = count("abandoned");
    m_rejected = count("rejected");
    m_health = storage.value(QStringLiteral("health")).toString();
    m_recoveredFromCorruption = storage.value(QStringLiteral("recovered_from_corruption")).toBool();
    Q_EMIT changed();
}

QString DeviceController::statusText() const
{
    if (!storageOk())
        return tr("Storage unavailable: %1").arg(m_error);
    if (m_health == QLatin1String("full"))
        return tr("Storage full: new respondents cannot start until space is freed");
    if (m_health != QLatin1String("ok"))
        return tr("Storage damaged: call the supervisor");
    QString text = tr("Waiting to be sent: %1 · Sent: %2").arg(m_waiting).arg(m_synced);
    if (m_recoveredDrafts > 0)
        text += QStringLiteral(" · ") +
                tr("Unfinished responses closed after a restart: %1").arg(m_recoveredDrafts);
    if (m_recoveredFromCorruption)
        text += QStringLiteral(" · ") + tr("a damaged database was set aside");
    return text;
}

void DeviceController::reloadMode()
{
    if (!m_store)
        return;
    const auto mode = m_store->config(QStringLiteral("mode")) == QLatin1String("field")
                          ? store::Mode::Field
                          : store::Mode::Kiosk;
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT changed();
}

} // namespace loket
