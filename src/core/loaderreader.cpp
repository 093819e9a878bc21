#include "loaderreader.h"

#include <QRegularExpression>

#include <cmath>

namespace loket::detail {

QString Reader::child(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QString Reader::child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

void Reader::error(const QString &pointer, const QString &message)
{
    if (m_errors.size() < QuestionnaireLoader::MaxErrors)
        m_errors.append({m_file, pointer, message});
    else if (m_errors.size() == QuestionnaireLoader::MaxErrors)
        m_errors.append({m_file, QString(), QStringLiteral("too many errors; stopped reporting")});
}

void Reader::onlyKeys(const QJsonObject &object, const QString &pointer,
                      std::initializer_list<const char *> allowed, const QString &what)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(u'$'))
            continue; // $schema, $comment
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char *a) { return key == QLatin1String(a); });
        if (!known)
            error(child(pointer, key),
                  QStringLiteral("'%1' is not a property of %2").arg(key, what));
    }
}

std::optional<QJsonValue> Reader::member(const QJsonObject &o, const char *key, const QString &ptr,
                                         bool required, bool (QJsonValue::*is)() const,
                                         const char *mustBe)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            error(child(ptr, QLatin1String(key)), QStringLiteral("is required"));
        return std::nullopt;
    }
    if (!(v.*is)()) {
        error(child(ptr, QLatin1String(key)),
              QStringLiteral("must be %1").arg(QLatin1String(mustBe)));
        return std::nullopt;
    }
    return v;
}

std::optional<QJsonObject> Reader::object(const QJsonObject &o, const char *key, const QString &ptr,
                                          bool required)
{
    const auto v = member(o, key, ptr, required, &QJsonValue::isObject, "an object");
    return v ? std::optional(v->toObject()) : std::nullopt;
}

std::optional<QJsonArray> Reader::array(const QJsonObject &o, const char *key, const QString &ptr,
                                        bool required)
{
    const auto v = member(o, key, ptr, required, &QJsonValue::isArray, "an array");
    return v ? std::optional(v->toArray()) : std::nullopt;
}

std::optional<QString> Reader::string(const QJsonObject &o, const char *key, const QString &ptr,
                                      bool required)
{
    const auto v = member(o, key, ptr, required, &QJsonValue::isString, "a string");
    if (!v)
        return std::nullopt;
    const QString s = v->toString();
    if (s.size() > QuestionnaireLoader::MaxTextLength) {
        error(child(ptr, QLatin1String(key)),
              QStringLiteral("is %1 characters long; the limit is %2")
                  .arg(s.size())
                  .arg(QuestionnaireLoader::MaxTextLength));
        return std::nullopt;
    }
    return s;
}

std::optional<double> Reader::number(const QJsonObject &o, const char *key, const QString &ptr,
                                     bool required)
{
    const auto v = member(o, key, ptr, required, &QJsonValue::isDouble, "a number");
    if (v && !std::isfinite(v->toDouble())) {
        error(child(ptr, QLatin1String(key)), QStringLiteral("must be a finite number"));
        return std::nullopt;
    }
    return v ? std::optional(v->toDouble()) : std::nullopt;
}

std::optional<int> Reader::integer(const QJsonObject &o, const char *key, const QString &ptr,
                                   bool required, int min, int max)
{
    const std::optional<double> d = number(o, key, ptr, required);
    if (!d)
        return std::nullopt;
    if (*d != std::trunc(*d) || *d < min || *d > max) {
        error(child(ptr, QLatin1String(key)),
              QStringLiteral("must be a whole number from %1 to %2, not %3")
                  .arg(min)
                  .arg(max)
                  .arg(Value::formatNumber(*d)));
        return std::nullopt;
    }
    return static_cast<int>(*d);
}

bool Reader::boolean(const QJsonObject &o, const char *key, const QString &ptr, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(child(ptr, QLatin1String(key)), QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

LocalizedText Reader::text(const QJsonObject &o, const char *key, const QString &ptr, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            error(child(ptr, QLatin1String(key)), QStringLiteral("is required"));
        return {};
    }
    return textValue(v, child(ptr, QLatin1String(key)));
}

LocalizedText Reader::textValue(const QJsonValue &v, const QString &ptr)
{
    if (!v.isObject()) {
        error(ptr, QStringLiteral("must be an object of texts by language, like "
                                  "{\"id\": \"…\", \"en\": \"…\"}"));
        return {};
    }
    const QJsonObject o = v.toObject();
    QHash<QString, QString> texts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = child(ptr, it.key());
        if (!languages.contains(it.key())) {
            error(p, QStringLiteral("language '%1' is not declared in /languages").arg(it.key()));
            continue;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            error(p, QStringLiteral("must be a non-empty string"));
            continue;
        }
        if (it.value().toString().size() > QuestionnaireLoader::MaxTextLength) {
            error(p, QStringLiteral("text is longer than %1 characters")
                         .arg(QuestionnaireLoader::MaxTextLength));
            continue;
        }
        texts.insert(it.key(), it.value().toString());
    }
    for (const QString &lang : std::as_const(languages)) {
        if (o.contains(lang))
            continue;
        if (lang == LocalizedText::Fallback)
            error(ptr, QStringLiteral("missing the Indonesian ('id') text"));
        else
            error(ptr, QStringLiteral("missing the '%1' text").arg(lang));
    }
    return LocalizedText(std::move(texts));
}

bool Reader::identifier(const QString &id, const QString &ptr)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (re.match(id).hasMatch())
        return true;
    error(ptr, QStringLiteral("'%1' is not a valid id: use letters, digits and '_', starting "
                              "with a letter, at most 64 characters")
                   .arg(id));
    return false;
}

} // namespace loket::detail
