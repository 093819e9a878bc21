#pragma once

#include "store/responsestore.h"

#include "injectedsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace loket {

// The device's store as QML sees it: whether it opened, what start-up recovered, and how many
// responses wait to be sent. main() opens it before the UI loads.
class DeviceController : public QObject, public InjectedSingleton<DeviceController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool storageOk READ storageOk NOTIFY changed)
    Q_PROPERTY(QString storageError READ storageError NOTIFY changed)
    Q_PROPERTY(QString storageHealth READ storageHealth NOTIFY changed)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(bool kioskMode READ kioskMode NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int drafts READ drafts NOTIFY changed)
    Q_PROPERTY(int synced READ synced NOTIFY changed)
    Q_PROPERTY(int abandoned READ abandoned NOTIFY changed)
    Q_PROPERTY(int rejected READ rejected NOTIFY changed)
    Q_PROPERTY(int recoveredDrafts READ recoveredDrafts NOTIFY changed)
    Q_PROPERTY(bool recoveredFromCorruption READ recoveredFromCorruption NOTIFY changed)
    // Whether everything is in order, and the device's state in one line of plain words.
    Q_PROPERTY(bool healthy READ healthy NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

public:
    // No default argument: see InjectedSingleton.
    DeviceController(const QString &dataDir, QObject *parent);

    // Opens the database and runs start-up recovery and retention. False if it cannot open.
    bool open();
    Q_INVOKABLE void refresh();
    // The supervisor changed the mode: kiosk or field from now on (recovery at the next start
    // follows it too).
    void reloadMode();

    store::ResponseStore *store() { return m_store.get(); }
    std::shared_ptr<store::Database> database() const { return m_db; }
    bool storageOk() const { return m_store != nullptr; }
    QString storageError() const { return m_error; }
    QString storageHealth() const { return m_health; }
    QString dataDir() const { return m_dataDir; }
    bool kioskMode() const { return m_mode == store::Mode::Kiosk; }
    int waiting() const { return m_waiting; }
    int drafts() const { return m_drafts; }
    int synced() const { return m_synced; }
    int abandoned() const { return m_abandoned; }
    int rejected() const { return m_rejected; }
    int recoveredDrafts() const { return m_recoveredDrafts; }
    bool recoveredFromCorruption() const { return m_recoveredFromCorruption; }
    bool healthy() const { return storageOk() && m_health == QLatin1String("ok"); }
    QString statusText() const;

Q_SIGNALS:
    void changed();

private:
    QString m_dataDir;
    std::shared_ptr<store::Database> m_db;
    std::unique_ptr<store::ResponseStore> m_store;
    store::Mode m_mode = store::Mode::Kiosk;
    QString m_error;
    QString m_health;
    int m_waiting = 0;
    int m_drafts = 0;
    int m_synced = 0;
    int m_abandoned = 0;
    int m_rejected = 0;
    int m_recoveredDrafts = 0;
    bool m_recoveredFromCorruption = false;
};

} // namespace loket
