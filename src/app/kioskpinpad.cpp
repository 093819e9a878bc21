// KioskController, the supervisor's way in: the PIN pad, checked by store::SupervisorPin.
#include "kioskcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "logging.h"

#include <QLocale>

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
    if (key == QLatin1String("OK")) {
        const QString pin = m_pinEntry;
        m_pinEntry.clear();
        enterPin(pin);
        return;
    }
    if (key == QStringLiteral("⌫"))
        m_pinEntry.chop(1);
    else if (key.size() == 1 && key.at(0).isDigit() && m_pinEntry.size() < 12)
        m_pinEntry.append(key);
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
    using Outcome = store::SupervisorPin::Outcome;
    switch (attempt.outcome) {
    case Outcome::Unlocked:
        qCInfo(lcApp) << "supervisor panel unlocked";
        m_pinPadOpen = false;
        m_supervisorOpen = true;
        m_pinError.clear();
        // The panel locks itself when the supervisor walks away, as a respondent's session ends.
        m_idle.arm();
        break;
    case Outcome::Wrong:
        m_pinError =
            tr("Wrong PIN. %n more attempt(s) before a lockout.", nullptr, attempt.attemptsLeft);
        break;
    case Outcome::LockedOut:
        m_pinError =
            tr("Too many wrong PINs. Try again at %1.")
                .arg(QLocale(m_language)
                         .toString(attempt.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        break;
    case Outcome::NotSet:
        m_pinError = tr("No supervisor PIN is set on this tablet.");
        break;
    case Outcome::StorageError:
        m_pinError = storageProblemText(store::StoreError{store::StoreError::Kind::Io, {}});
        break;
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
