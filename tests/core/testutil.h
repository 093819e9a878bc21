#pragma once

#include "core/loader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace loket::test {

// A one-section questionnaire around the given questions; extra top-level members merge in.
inline QByteArray questionnaire(const QString &questionsJson, const QString &extra = QString())
{
    return QStringLiteral(R"({"format": 1, "id": "t", "version": 1, "languages": ["id", "en"],
        "title": {"id": "Uji", "en": "Test"},
        "sections": [{"id": "s", "title": {"id": "Bagian", "en": "Part"}, "questions": %1}] %2})")
        .arg(questionsJson, extra.isEmpty() ? QString() : QStringLiteral(", ") + extra)
        .toUtf8();
}

inline LoadResult load(const QByteArray &json)
{
    return QuestionnaireLoader::loadBytes(json, QStringLiteral("test.json"));
}

inline std::shared_ptr<const Questionnaire> loadOk(const QByteArray &json)
{
    const LoadResult r = load(json);
    for (const LoadError &e : r.errors)
        UNSCOPED_INFO(e.toString().toStdString());
    REQUIRE(r.ok());
    return r.questionnaire;
}

inline QString bundled(const char *name)
{
    return QStringLiteral(LOKET_SOURCE_DIR "/assets/questionnaires/%1.json")
        .arg(QLatin1String(name));
}

inline QString allErrors(const LoadResult &r)
{
    QStringList lines;
    for (const LoadError &e : r.errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

} // namespace loket::test
