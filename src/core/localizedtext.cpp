#include "localizedtext.h"

namespace loket {

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    if (it != m_texts.constEnd())
        return *it;
    return m_texts.value(Fallback.toString());
}

} // namespace loket
