// Any bytes as a questionnaire file: refused with located errors or loaded, never a crash.
#include "core/loader.h"
#include "core/session.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const loket::LoadResult result =
        loket::QuestionnaireLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    if (result.ok() == !result.errors.isEmpty())
        __builtin_trap(); // either a questionnaire or errors, never both or neither
    for (const loket::LoadError &e : result.errors) {
        if (e.message.isEmpty())
            __builtin_trap();
    }
    if (result.ok()) {
        // A loaded questionnaire must also be walkable.
        loket::Session session(result.questionnaire);
        for (int i = session.firstQuestion(); i >= 0; i = session.nextQuestion(i))
            session.setAnswer(i, loket::Value::string(QStringLiteral("1")));
        session.answersJson();
    }
    return 0;
}
