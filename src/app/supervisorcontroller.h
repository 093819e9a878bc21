#pragma once

#include "injectedsingleton.h"

#include "store/responsestore.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace loket {

// A unit's sample targets per service against the responses completed for each: service,
// target, done, remaining (never below 0) and fraction (0 to 1), in the targets' order.
QVariantList quotaProgress(const QJsonObject &targets, const QHash<QString, int> &done);

// Responses done per service for a unit: the collector's count at the last configuration sync
// (`asOf`) plus those completed on this tablet since; this tablet's alone before any sync.
struct UnitProgress
{
    QHash<QString, int> done;
    QDateTime asOf;
};
UnitProgress unitProgress(store::ResponseStore &store, store::Database &db,
                          const protocol::UnitConfig &unit);

class DeviceController;
class QuestionnaireController;

// What the supervisor panel shows and does (counts per state come from DeviceController): the
// sync engine's progress and
// log, "sync now", quarantined responses to retry, and the sealed bundle for a USB stick. It
// owns the sync engine, which the kiosk's completions also drive.
class SupervisorController : public QObject, public InjectedSingleton<SupervisorController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString syncState READ syncState NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(int sent READ sent NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QVariantList syncLog READ syncLog NOTIFY changed)
    // The newest five attempts, for the panel.
    Q_PROPERTY(QVariantList recentLog READ recentLog NOTIFY changed)
    Q_PROPERTY(QVariantList quarantined READ quarantined NOTIFY changed)
    Q_PROPERTY(QString storage READ storage NOTIFY changed)
    Q_PROPERTY(QString questionnaire READ questionnaire NOTIFY changed)
    Q_PROPERTY(QString exportFolder READ exportFolder CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // From the store's aggregate counters, never from plaintext: sample targets per service,
    // and each index with its value, grade and per-element means.
    Q_PROPERTY(QVariantList quotas READ quotas NOTIFY changed)
    Q_PROPERTY(QVariantList indices READ indices NOTIFY changed)
    // Settings as stored (device_name, unit_name, mode, idle_timeout, field_idle_timeout,
    // abandon_policy, languages), and the enrollment (endpoint, device_id, enrolled).
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY changed)
    Q_PROPERTY(QVariantList enumerators READ enumerators NOTIFY changed)
    Q_PROPERTY(QVariantList availableLanguages READ availableLanguages NOTIFY changed)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY changed)

public:
    // No default argument: see InjectedSingleton.
    SupervisorController(DeviceController &device, QuestionnaireController &questionnaire,
                         QObject *parent);

    // Creates and starts the sync engine (the app does so once its first frame is shown).
    void startSync(const sync::SyncEngine::Options &options = {});
    sync::SyncEngine *engine() { return m_engine.get(); }
    void setExportFolder(const QString &folder) { m_exportFolder = folder; }

    QString syncState() const;
    bool syncing() const;
    int sent() const { return m_engine ? m_engine->sent() : 0; }
    int total() const { return m_engine ? m_engine->total() : 0; }
    QString lastError() const { return m_engine ? m_engine->lastError() : QString(); }
    QString lastSync() const { return m_lastSync; }
    QVariantList syncLog() const { return m_log; }
    QVariantList recentLog() const { return m_log.mid(0, 5); }
    QVariantList quarantined() const { return m_quarantined; }
    QString storage() const { return m_storage; }
    QString questionnaire() const;
    QString exportFolder() const { return m_exportFolder; }
    QString message() const { return m_message; }
    QVariantList quotas() const { return m_quotas; }
    QVariantList indices() const { return m_indices; }
    QVariantMap settings() const { return m_settings; }
    QVariantList enumerators() const { return m_enumerators; }
    QVariantList availableLanguages() const;
    bool enrolling() const { return m_enrolling; }

    Q_INVOKABLE void refresh();
    // Also checks for questionnaire updates, which follow every drain.
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void retry(const QString &responseId);
    Q_INVOKABLE void exportBundle(const QString &folder);
    // A respondent finished: sync soon (debounced by the engine).
    void responseCompleted();

    // Settings (supervisorsettings.cpp). Each is checked, stored, audited and reported in
    // `message`; false when refused.
    Q_INVOKABLE bool setSetting(const QString &key, const QString &value);
    // Offers or withdraws one of the questionnaire's languages (never the last one).
    Q_INVOKABLE void toggleLanguage(const QString &code);
    Q_INVOKABLE bool changePin(const QString &pin, const QString &repeat);
    Q_INVOKABLE bool addEnumerator(const QString &id, const QString &name, const QString &pin);
    Q_INVOKABLE void enroll(const QString &endpoint, const QString &code);
    // A quarantined response stays as it is, off the list.
    Q_INVOKABLE void keep(const QString &responseId);
    // Quits the app (exit status 0, so its service does not restart it) for maintenance.
    Q_INVOKABLE void leaveKiosk();

Q_SIGNALS:
    void changed();
    // The unit's services, quotas or enumerators came new from the collector.
    void unitChanged();
    // A setting the kiosk reads changed (mode, timeouts, policy, languages, unit name).
    void settingsChanged();

private:
    DeviceController &m_device;
    QuestionnaireController &m_questionnaire;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QString m_lastSync;
    QVariantList m_log;
    QVariantList m_quarantined;
    QString m_storage;
    QString m_exportFolder;
    QString m_message;
    QVariantList m_quotas;
    QVariantList m_indices;
    QVariantMap m_settings;
    QVariantList m_enumerators;
    bool m_enrolling = false;
    std::unique_ptr<QNetworkAccessManager> m_enrollNam;

    void refreshSettings();
    void refreshStatus();
    void setMessage(const QString &message);
};

} // namespace loket
