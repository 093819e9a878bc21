// SupervisorController, the settings part of the panel: device settings (the same table as
// `loket-cli config`), the PIN, enumerators, enrollment by code, and quarantine decisions.
#include "supervisorcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "devicelock.h"
#include "logging.h"
#include "questionnairecontroller.h"

#include "store/fieldstaff.h"
#include "store/outbox.h"
#include "store/settings.h"
#include "sync/enrollment.h"

#include <QCoreApplication>

namespace loket {

void SupervisorController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
}

QVariantList SupervisorController::availableLanguages() const
{
    const QStringList offered =
        m_settings.value(QStringLiteral("languages")).toString().split(u',', Qt::SkipEmptyParts);
    QVariantList out;
    for (const QString &code : m_questionnaire.languages())
        out.append(
            QVariantMap{{QStringLiteral("code"), code},
                        {QStringLiteral("name"), languageName(code)},
                        {QStringLiteral("offered"), offered.isEmpty() || offered.contains(code)}});
    return out;
}

void SupervisorController::refreshSettings()
{
    const auto db = m_device.database();
    m_settings.clear();
    m_enumerators.clear();
    if (!db)
        return;
    for (const store::Setting &s : store::settings()) {
        if (!s.secret)
            m_settings.insert(QLatin1String(s.key), db->config(QLatin1String(s.key)));
    }
    const auto enrolled = store::Outbox(db).enrollment();
    m_settings.insert(QStringLiteral("enrolled"), enrolled.has_value());
    m_settings.insert(QStringLiteral("endpoint"), enrolled ? enrolled->endpoint : QString());
    m_settings.insert(QStringLiteral("device_id"), enrolled ? enrolled->deviceId : QString());
    m_settings.insert(QStringLiteral("unit"), enrolled ? enrolled->unit.id : QString());
    store::FieldStaff staff(db);
    for (const protocol::Enumerator &e : staff.list())
        m_enumerators.append(QVariantMap{{QStringLiteral("id"), e.id},
                                         {QStringLiteral("name"), e.name},
                                         {QStringLiteral("hasPin"), staff.pin(e.id).isSet()}});
}

bool SupervisorController::setSetting(const QString &key, const QString &value)
{
    const auto db = m_device.database();
    const store::Setting *setting = store::findSetting(key);
    if (!db || !setting || setting->secret)
        return false;
    if (const auto refused = store::applySetting(db, key, value.trimmed())) {
        setMessage(tr("Not saved: %1").arg(refused->message));
        return false;
    }
    qCInfo(lcApp).noquote() << "setting changed:" << key;
    refresh();
    setMessage(tr("Saved."));
    Q_EMIT settingsChanged();
    return true;
}

void SupervisorController::toggleLanguage(const QString &code)
{
    const QStringList all = m_questionnaire.languages();
    QStringList offered =
        m_settings.value(QStringLiteral("languages")).toString().split(u',', Qt::SkipEmptyParts);
    offered.removeIf([&](const QString &c) { return !all.contains(c); });
    if (offered.isEmpty())
        offered = all;
    if (offered.contains(code))
        offered.removeAll(code);
    else if (all.contains(code))
        offered.append(code);
    if (offered.isEmpty()) {
        setMessage(tr("At least one language must stay offered."));
        return;
    }
    setSetting(QStringLiteral("languages"), offered.join(u','));
}

bool SupervisorController::changePin(const QString &pin, const QString &repeat)
{
    const auto db = m_device.database();
    if (!db)
        return false;
    if (pin != repeat) {
        setMessage(tr("The two PINs differ; nothing was changed."));
        return false;
    }
    if (const auto refused = store::SupervisorPin(db).set(pin)) {
        setMessage(tr("Not saved: %1").arg(refused->message));
        return false;
    }
    setMessage(tr("The supervisor PIN was changed."));
    return true;
}

bool SupervisorController::addEnumerator(const QString &id, const QString &name, const QString &pin)
{
    const auto db = m_device.database();
    if (!db)
        return false;
    if (const auto refused = store::FieldStaff(db).add(id.trimmed(), name, pin)) {
        setMessage(tr("Not saved: %1").arg(refused->message));
        return false;
    }
    refresh();
    setMessage(tr("Enumerator %1 can now sign in on this tablet.").arg(id.trimmed()));
    Q_EMIT unitChanged();
    return true;
}

void SupervisorController::enroll(const QString &endpoint, const QString &code)
{
    const auto db = m_device.database();
    const QUrl url(endpoint.trimmed());
    if (!db || m_enrolling)
        return;
    if (!url.isValid() || url.host().isEmpty() || code.trimmed().isEmpty()) {
        setMessage(tr("Enter the collector's address (https://…) and the enrollment code."));
        return;
    }
    m_enrolling = true;
    m_enrollNam = std::make_unique<QNetworkAccessManager>();
    auto outbox = std::make_shared<store::Outbox>(db);
    setMessage(tr("Enrolling…"));
    sync::enroll(
        *m_enrollNam, *outbox, url, code.trimmed(), {},
        [this, outbox, db](const QString &error) {
            m_enrolling = false;
            store::AuditLog(db).record(QStringLiteral("supervisor"), QStringLiteral("enroll"),
                                       error.isEmpty() ? QStringLiteral("ok") : error);
            refresh();
            if (!error.isEmpty()) {
                setMessage(tr("Enrollment failed: %1").arg(error));
                return;
            }
            setMessage(tr("Enrolled. This tablet now sends to its collector."));
            Q_EMIT unitChanged();
            Q_EMIT settingsChanged();
            syncNow();
        },
        this);
}

void SupervisorController::keep(const QString &responseId)
{
    const auto db = m_device.database();
    if (!db)
        return;
    if (const auto refused = store::Outbox(db).keep(responseId)) {
        setMessage(refused->message);
        return;
    }
    store::AuditLog(db).record(QStringLiteral("supervisor"), QStringLiteral("keep"), responseId);
    refresh();
    setMessage(tr("Kept on this tablet as it is; it will not be sent again."));
}

void SupervisorController::leaveKiosk()
{
    if (const auto db = m_device.database())
        store::AuditLog(db).record(QStringLiteral("supervisor"), QStringLiteral("leave_kiosk"));
    qCInfo(lcApp) << "the supervisor left kiosk mode";
    releaseDeviceLock();
    QCoreApplication::exit(0);
}

} // namespace loket
