#pragma once

#include <QHash>
#include <QString>

namespace loket {

// Text in several languages. Indonesian ("id") is always present in a loaded questionnaire
// and is the fallback for any language a text lacks.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> texts)
        : m_texts(std::move(texts))
    {
    }

    QString text(const QString &language) const;
    bool has(const QString &language) const { return m_texts.contains(language); }
    const QHash<QString, QString> &texts() const { return m_texts; }

    static constexpr QStringView Fallback = u"id";

private:
    QHash<QString, QString> m_texts;
};

} // namespace loket
