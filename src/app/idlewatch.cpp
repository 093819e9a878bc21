#include "idlewatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace loket {

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_countdown.setInterval(1000);
    connect(&m_quiet, &QTimer::timeout, this, &IdleWatch::startWarning);
    connect(&m_countdown, &QTimer::timeout, this, &IdleWatch::tick);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    setDurations(45, 15);
}

void IdleWatch::setDurations(int timeoutS, int countdownS)
{
    m_quiet.setInterval(std::max(1, timeoutS) * 1000);
    m_countdownS = std::max(1, countdownS);
}

void IdleWatch::arm()
{
    m_armed = true;
    poke();
}

void IdleWatch::disarm()
{
    m_armed = false;
    m_quiet.stop();
    m_countdown.stop();
    if (m_warning) {
        m_warning = false;
        Q_EMIT changed();
    }
}

void IdleWatch::poke()
{
    if (!m_armed)
        return;
    restart();
}

void IdleWatch::restart()
{
    m_countdown.stop();
    m_quiet.start();
    if (m_warning) {
        m_warning = false;
        Q_EMIT changed();
    }
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // One input event reaches the filter once per receiver on its way down; the timer
        // restart is cheap, so no de-duplication is needed. While the warning shows, only its
        // own answer (poke) clears it: a press that hid it at once would let the release fall
        // through onto the answer buttons beneath.
        if (m_armed && !m_warning)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatch::startWarning()
{
    if (!m_armed)
        return;
    m_warning = true;
    m_secondsLeft = m_countdownS;
    m_countdown.start();
    Q_EMIT changed();
}

void IdleWatch::tick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT changed();
        return;
    }
    m_countdown.stop();
    m_warning = false;
    m_armed = false;
    Q_EMIT changed();
    Q_EMIT expired();
}

} // namespace loket
