#pragma once

#include <QObject>
#include <QTranslator>

class QQmlEngine;

namespace loket {

// The UI's own words follow the respondent's language: the matching translation is installed
// and every qsTr binding re-evaluated. Indonesian is the default at start.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(QQmlEngine &engine);

    // False when Loket has no translation for `code` (the UI then shows English).
    bool apply(const QString &code);
    QString current() const { return m_current; }

private:
    QQmlEngine &m_engine;
    QTranslator m_translator;
    QString m_current;
    bool m_installed = false;
};

} // namespace loket
