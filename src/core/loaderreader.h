#pragma once

#include "loader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace loket::detail {

// Reads one questionnaire document while recording located errors. Every accessor reports a
// missing or mistyped member at its JSON pointer and returns nothing, so that loading carries
// on and one run reports every problem in the file.
class Reader
{
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    {
    }

    static QString child(const QString &pointer, const QString &key);
    static QString child(const QString &pointer, qsizetype index);

    void error(const QString &pointer, const QString &message);
    bool tooManyErrors() const { return m_errors.size() >= QuestionnaireLoader::MaxErrors; }
    QList<LoadError> takeErrors() { return std::move(m_errors); }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    void onlyKeys(const QJsonObject &object, const QString &pointer,
                  std::initializer_list<const char *> allowed, const QString &what);

    std::optional<QJsonObject> object(const QJsonObject &o, const char *key, const QString &ptr,
                                      bool required);
    std::optional<QJsonArray> array(const QJsonObject &o, const char *key, const QString &ptr,
                                    bool required);
    std::optional<QString> string(const QJsonObject &o, const char *key, const QString &ptr,
                                  bool required);
    std::optional<double> number(const QJsonObject &o, const char *key, const QString &ptr,
                                 bool required);
    std::optional<int> integer(const QJsonObject &o, const char *key, const QString &ptr,
                               bool required, int min, int max);
    bool boolean(const QJsonObject &o, const char *key, const QString &ptr, bool fallback);

    // A text in every declared language, Indonesian first of all.
    LocalizedText text(const QJsonObject &o, const char *key, const QString &ptr, bool required);
    LocalizedText textValue(const QJsonValue &v, const QString &ptr);

    // Question, section and element ids: what ${...} can refer to.
    bool identifier(const QString &id, const QString &ptr);

    QStringList languages;

private:
    // The member if present and of the wanted JSON type; otherwise reports why.
    std::optional<QJsonValue> member(const QJsonObject &o, const char *key, const QString &ptr,
                                     bool required, bool (QJsonValue::*is)() const,
                                     const char *mustBe);

    QString m_file;
    QList<LoadError> m_errors;
};

} // namespace loket::detail
