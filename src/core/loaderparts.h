#pragma once

#include "loaderreader.h"

namespace loket::detail {

// Expression texts read with a question or section, compiled once every question is known.
struct PendingLogic
{
    QString pointer;
    std::optional<QString> relevant;
    std::optional<QString> constraint;
    std::optional<QString> calculate;
};

void readQuestion(Reader &r, const QJsonObject &o, const QString &ptr, Question &q,
                  PendingLogic &logic);
void compileLogic(Reader &r, Questionnaire &qn, const QList<PendingLogic> &questionLogic,
                  const QList<PendingLogic> &sectionLogic);
void readScoring(Reader &r, const QJsonObject &o, const QString &ptr, Questionnaire &qn);

// Labels the format supplies for yes/no and "don't know" in the languages Loket ships.
LocalizedText builtinLabel(const QString &code);

} // namespace loket::detail
