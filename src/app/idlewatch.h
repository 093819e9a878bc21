#pragma once

#include <QObject>
#include <QTimer>

namespace loket {

// Notices when nobody has touched the kiosk for a while. It watches every press, touch and key
// the application receives, so no screen has to report activity. After `timeoutS` quiet seconds
// it raises a warning and counts `countdownS` seconds down; answering the warning (poke) clears
// it, and at zero it reports expired(). Idle costs nothing: one single-shot timer, re-armed on
// input.
class IdleWatch : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatch(QObject *parent = nullptr);

    void setDurations(int timeoutS, int countdownS);
    // Watching only while a respondent is in the middle of something.
    void arm();
    void disarm();
    bool armed() const { return m_armed; }
    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    // The respondent answered the warning, or acted through an intent: start counting again.
    void poke();

Q_SIGNALS:
    void changed();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void startWarning();
    void tick();

    QTimer m_quiet;
    QTimer m_countdown;
    int m_countdownS = 15;
    int m_secondsLeft = 0;
    bool m_armed = false;
    bool m_warning = false;
};

} // namespace loket
