#pragma once

#include "questionnaire.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace loket {

// One located problem: which file, where in it (an RFC 6901 JSON pointer; empty for the whole
// document), and what is wrong.
struct LoadError
{
    QString file;
    QString pointer;
    QString message;

    QString toString() const
    {
        return file + QStringLiteral(": ") + pointer + QStringLiteral(": ") + message;
    }
};

struct LoadResult
{
    std::shared_ptr<const Questionnaire> questionnaire; // null unless errors is empty
    QList<LoadError> errors;

    bool ok() const { return questionnaire != nullptr; }
};

// Turns a questionnaire file into a validated model. A questionnaire is fully valid or refused.
class QuestionnaireLoader
{
public:
    static LoadResult loadFile(const QString &path);
    static LoadResult loadBytes(const QByteArray &bytes, const QString &fileName);

    static constexpr qint64 MaxFileSize = 2 * 1024 * 1024;
    static constexpr int MaxDepth = 16;
    static constexpr int MaxQuestions = 1000;
    static constexpr int MaxSections = 100;
    static constexpr int MaxOptions = 200;
    static constexpr int MaxLanguages = 20;
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxErrors = 100;
};

} // namespace loket
