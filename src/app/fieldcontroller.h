#pragma once

#include "injectedsingleton.h"
#include "pinentry.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace loket {

class DeviceController;
class KioskController;

// Field mode around the interviews: who may sign in (enumerators from the collector or added
// by the supervisor, each with a PIN and a lockout), then the home screen's quota progress and
// the enumerator's drafts. The interviews themselves run in KioskController.
class FieldController : public QObject, public InjectedSingleton<FieldController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QVariantList enumerators READ enumerators NOTIFY changed)
    Q_PROPERTY(QString selected READ selected NOTIFY changed)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY changed)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY changed)
    Q_PROPERTY(QString signInError READ signInError NOTIFY changed)
    Q_PROPERTY(QString enumeratorName READ enumeratorName NOTIFY changed)
    // Target, done and remaining per service of the unit: the collector's count at the last
    // configuration sync plus what this tablet completed since.
    Q_PROPERTY(QVariantList quotas READ quotas NOTIFY changed)
    Q_PROPERTY(QString progressAsOf READ progressAsOf NOTIFY changed)
    Q_PROPERTY(QVariantList drafts READ drafts NOTIFY changed)
    Q_PROPERTY(QVariantList discardReasons READ discardReasons NOTIFY changed)

public:
    // No default argument: see InjectedSingleton.
    FieldController(DeviceController &device, KioskController &kiosk, QObject *parent);

    QVariantList enumerators() const { return m_enumerators; }
    QString selected() const { return m_selected; }
    QString selectedName() const { return nameOf(m_selected); }
    int pinLength() const { return m_pin.length(); }
    QString signInError() const { return m_error; }
    QString enumeratorName() const;
    QVariantList quotas() const { return m_quotas; }
    QString progressAsOf() const { return m_progressAsOf; }
    QVariantList drafts() const { return m_drafts; }
    QVariantList discardReasons() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void choose(const QString &enumeratorId);
    // A key of the PIN pad: a digit, "⌫" or "OK". The digits never reach QML.
    Q_INVOKABLE void pinKey(const QString &key);
    Q_INVOKABLE void signOut();

Q_SIGNALS:
    void changed();

private:
    void signIn(const QString &pin);
    void refreshHome();
    QString nameOf(const QString &enumeratorId) const;

    DeviceController &m_device;
    KioskController &m_kiosk;
    QVariantList m_enumerators;
    QString m_selected;
    PinEntry m_pin;
    QString m_error;
    QVariantList m_quotas;
    QString m_progressAsOf;
    QVariantList m_drafts;
    QTimer m_refresh;
};

} // namespace loket
