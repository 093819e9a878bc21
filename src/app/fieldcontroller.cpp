#include "fieldcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "supervisorcontroller.h"

#include "store/fieldstaff.h"
#include "store/outbox.h"

#include <QLocale>

namespace loket {

namespace {

QString shortWhen(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM HH:mm"));
}

} // namespace

FieldController::FieldController(DeviceController &device, KioskController &kiosk, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_kiosk(kiosk)
{
    // One action (completing, signing in) raises several of these; the store is read once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &FieldController::refresh);
    connect(&m_kiosk, &KioskController::enumeratorChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_kiosk, &KioskController::draftsChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_kiosk, &KioskController::screenChanged, this, [this] {
        using Screen = KioskController::Screen;
        if (m_kiosk.screen() == Screen::SignIn || m_kiosk.screen() == Screen::Home)
            m_refresh.start();
    });
}

QString FieldController::nameOf(const QString &id) const
{
    for (const QVariant &v : m_enumerators) {
        const QVariantMap e = v.toMap();
        if (!id.isEmpty() && e.value(QStringLiteral("id")).toString() == id)
            return e.value(QStringLiteral("name")).toString();
    }
    return {};
}

QString FieldController::enumeratorName() const
{
    return nameOf(m_kiosk.enumerator());
}

QVariantList FieldController::discardReasons() const
{
    const QStringList labels = {tr("The respondent stopped the interview"),
                                tr("Not a user of this service"), tr("A practice interview"),
                                tr("Started twice by mistake"), tr("Another reason")};
    QVariantList out;
    const QStringList codes = KioskController::discardReasonCodes();
    for (qsizetype i = 0; i < codes.size(); ++i)
        out.append(QVariantMap{{QStringLiteral("code"), codes.at(i)},
                               {QStringLiteral("label"), labels.value(i)}});
    return out;
}

void FieldController::refresh()
{
    m_refresh.stop();
    const auto db = m_device.database();
    m_enumerators.clear();
    // A kiosk has no enumerators to list: nothing is read at its start or between respondents.
    if (db && m_kiosk.fieldMode()) {
        store::FieldStaff staff(db);
        for (const protocol::Enumerator &e : staff.list())
            m_enumerators.append(
                QVariantMap{{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name}});
    }
    refreshHome();
    Q_EMIT changed();
}

void FieldController::refreshHome()
{
    m_drafts.clear();
    m_quotas.clear();
    m_progressAsOf.clear();
    store::ResponseStore *store = m_device.store();
    const auto db = m_device.database();
    if (!store || !db || m_kiosk.enumerator().isEmpty())
        return;
    if (const auto drafts = store->drafts(m_kiosk.enumerator()); drafts.ok()) {
        for (const store::DraftInfo &d : *drafts)
            m_drafts.append(QVariantMap{{QStringLiteral("id"), d.id},
                                        {QStringLiteral("service"), d.service},
                                        {QStringLiteral("started"), shortWhen(d.startedAt)},
                                        {QStringLiteral("updated"), shortWhen(d.updatedAt)},
                                        {QStringLiteral("answered"), d.answered},
                                        {QStringLiteral("language"), languageName(d.language)}});
    }
    const auto enrolled = store::Outbox(db).enrollment();
    if (!enrolled)
        return;
    const auto progress = unitProgress(*store, *db, enrolled->unit);
    m_quotas = quotaProgress(enrolled->unit.quotas, progress.done);
    if (progress.asOf.isValid())
        m_progressAsOf = tr("Unit totals as of the last sync, %1, plus this tablet since then.")
                             .arg(shortWhen(progress.asOf));
    else
        m_progressAsOf = tr("Counted on this tablet only: not synced yet.");
}

void FieldController::choose(const QString &enumeratorId)
{
    m_selected = enumeratorId;
    m_pin.clear();
    m_error.clear();
    Q_EMIT changed();
}

void FieldController::pinKey(const QString &key)
{
    if (m_selected.isEmpty())
        return;
    if (const auto pin = m_pin.key(key)) {
        signIn(*pin);
        return;
    }
    Q_EMIT changed();
}

void FieldController::signIn(const QString &pin)
{
    const auto db = m_device.database();
    if (!db) {
        m_error = storageProblemText(std::nullopt);
        Q_EMIT changed();
        return;
    }
    store::FieldStaff staff(db);
    if (!staff.find(m_selected)) {
        m_error = tr("This enumerator is no longer on this tablet's list.");
        Q_EMIT changed();
        return;
    }
    const auto attempt = staff.pin(m_selected).unlock(pin);
    if (attempt.outcome == store::PinGuard::Outcome::Unlocked) {
        qCInfo(lcApp) << "enumerator signed in";
        const QString id = m_selected;
        m_selected.clear();
        m_error.clear();
        m_kiosk.setEnumerator(id); // refreshes this controller through enumeratorChanged
        return;
    }
    m_error = pinRefusalText(
        attempt, tr("No PIN is set for you on this tablet. Ask your supervisor to set one."));
    Q_EMIT changed();
}

void FieldController::signOut()
{
    if (m_kiosk.enumerator().isEmpty())
        return;
    if (const auto db = m_device.database())
        store::AuditLog(db).record(QStringLiteral("enumerator:") + m_kiosk.enumerator(),
                                   QStringLiteral("sign_out"));
    m_kiosk.leaveInterview();
    m_kiosk.setEnumerator({});
}

} // namespace loket
