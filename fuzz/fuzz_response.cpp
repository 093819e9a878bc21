// Any bytes as one line of a responses file for `loket-cli score`: read, checked against the
// SKM questionnaire and counted or skipped with a reason, never a crash.
#include "core/loader.h"
#include "core/scoring.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto skm = [] {
        QFile f(
            QStringLiteral(LOKET_SOURCE_DIR "/assets/questionnaires/skm-permenpanrb-14-2017.json"));
        f.open(QIODevice::ReadOnly);
        return loket::QuestionnaireLoader::loadBytes(f.readAll(), QStringLiteral("skm"))
            .questionnaire;
    }();
    if (!skm)
        __builtin_trap();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    loket::ScoreAccumulator scores(skm);
    QString why;
    if (const auto response = loket::ResponseDocument::fromJson(doc.object(), &why)) {
        const auto skipped = scores.add(*response);
        if (skipped && skipped->isEmpty())
            __builtin_trap(); // a skip always says why
    } else if (why.isEmpty()) {
        __builtin_trap();
    }
    QJsonDocument(scores.report()).toJson();
    return 0;
}
