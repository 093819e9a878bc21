#include "pinentry.h"

#include "answertext.h"

#include <QCoreApplication>
#include <QLocale>

namespace loket {

std::optional<QString> PinEntry::key(const QString &key)
{
    if (key == QLatin1String("OK")) {
        const QString pin = m_digits;
        m_digits.clear();
        return pin;
    }
    if (key == QStringLiteral("⌫"))
        m_digits.chop(1);
    else if (key.size() == 1 && key.at(0).isDigit() && m_digits.size() < 12)
        m_digits.append(key);
    return std::nullopt;
}

QString pinRefusalText(const store::PinGuard::Attempt &attempt, const QString &notSet)
{
    using Outcome = store::PinGuard::Outcome;
    switch (attempt.outcome) {
    case Outcome::Unlocked:
        return {};
    case Outcome::Wrong:
        return QCoreApplication::translate("Pin", "Wrong PIN. %n more attempt(s) before a lockout.",
                                           nullptr, attempt.attemptsLeft);
    case Outcome::LockedOut:
        return QCoreApplication::translate("Pin", "Too many wrong PINs. Try again at %1.")
            .arg(
                QLocale().toString(attempt.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    case Outcome::NotSet:
        return notSet;
    case Outcome::StorageError:
        return storageProblemText(store::StoreError{store::StoreError::Kind::Io, {}});
    }
    return {};
}

} // namespace loket
