#include "uilanguage.h"

#include "logging.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace loket {

UiLanguage::UiLanguage(QQmlEngine &engine)
    : QObject(&engine)
    , m_engine(engine)
{
}

bool UiLanguage::apply(const QString &code)
{
    if (code == m_current)
        return true;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = m_translator.load(QStringLiteral(":/i18n/loket_%1.qm").arg(code));
    if (m_installed)
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcApp) << "no UI translation for language" << code;
    m_current = code;
    m_engine.retranslate();
    return m_installed;
}

} // namespace loket
