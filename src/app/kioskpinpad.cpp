// KioskController, the supervisor's way in: the PIN pad, checked by store::SupervisorPin.
#include "kioskcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "logging.h"
#include "pinentry.h"

namespace loket {

void KioskController::openPinPad()
{
    m_pinPadOpen = true;
    m_pinError.clear();
    m_idle.poke();
    Q_EMIT supervisorChanged();
}

void KioskController::pinKey(const QString &key)
{
    if (!m_pinPadOpen)
        return;
    if (const auto pin = m_pinEntry.key(key)) {
        enterPin(*pin);
        return;
    }
    Q_EMIT supervisorChanged();
}

void KioskController::closePinPad()
{
    m_pinEntry.clear();
    m_pinPadOpen = false;
    m_pinError.clear();
    Q_EMIT supervisorChanged();
}

void KioskController::enterPin(const QString &pin)
{
    if (!m_pinPadOpen)
        return;
    const auto db = m_device.database();
    if (!db) {
        m_pinError = storageProblemText(std::nullopt);
        Q_EMIT supervisorChanged();
        return;
    }
    // Argon2id, the lockout and the audit log live in the store, shared with loket-cli.
    const auto attempt = store::SupervisorPin(db).unlock(pin);
    m_pinError = pinRefusalText(attempt, tr("No supervisor PIN is set on this tablet."));
    if (attempt.outcome == store::PinGuard::Outcome::Unlocked) {
        qCInfo(lcApp) << "supervisor panel unlocked";
        m_pinPadOpen = false;
        m_supervisorOpen = true;
        // The panel locks itself when the supervisor walks away, as a respondent's session ends.
        m_idle.arm();
    }
    Q_EMIT supervisorChanged();
}

void KioskController::closeSupervisor()
{
    m_supervisorOpen = false;
    if (m_resetOnClose && m_responseId.isEmpty()) {
        // New settings (the mode, the unit's name) start with the next respondent.
        m_resetOnClose = false;
        reset();
        return;
    }
    if (m_screen == Screen::Attract)
        m_idle.disarm();
    Q_EMIT supervisorChanged();
    m_device.refresh();
    checkAvailability();
}
} // namespace loket
