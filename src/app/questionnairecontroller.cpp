#include "questionnairecontroller.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loket {

QuestionnaireController::QuestionnaireController(QObject *parent)
    : QObject(parent)
{
}

QString QuestionnaireController::bundledPath(const QString &id)
{
    return QStringLiteral(":/questionnaires/%1.json").arg(id);
}

bool QuestionnaireController::load(const QString &idOrPath)
{
    const QString bundled = bundledPath(idOrPath);
    const QString path = QFileInfo::exists(bundled) ? bundled : idOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > QuestionnaireLoader::MaxFileSize) {
        // The loader words the failure (missing, unreadable, too large) with the path.
        return apply(QuestionnaireLoader::loadFile(path), {}, path);
    }
    const QByteArray bytes = file.readAll();
    return apply(QuestionnaireLoader::loadBytes(bytes, path), bytes, path);
}

bool QuestionnaireController::loadBytes(const QByteArray &bytes, const QString &source)
{
    return apply(QuestionnaireLoader::loadBytes(bytes, source), bytes, source);
}

bool QuestionnaireController::apply(const LoadResult &result, const QByteArray &bytes,
                                    const QString &source)
{
    m_source = source;
    m_errors.clear();
    for (const LoadError &e : result.errors)
        m_errors.append(e.pointer.isEmpty() ? e.message
                                            : e.pointer + QStringLiteral(": ") + e.message);
    m_questionnaire = result.questionnaire;
    m_body = m_questionnaire ? bytes : QByteArray();
    if (!result.ok())
        qCWarning(lcApp) << "questionnaire refused:" << source << result.errors.size() << "errors";
    if (m_questionnaire && !m_questionnaire->languages.contains(m_language))
        m_language = LocalizedText::Fallback.toString();
    m_questions.setLanguage(m_language);
    m_questions.setQuestionnaire(m_questionnaire);
    Q_EMIT questionnaireChanged();
    Q_EMIT languageChanged();
    Q_EMIT textsChanged();
    return result.ok();
}

QString QuestionnaireController::questionnaireId() const
{
    return m_questionnaire ? m_questionnaire->id : QString();
}

int QuestionnaireController::version() const
{
    return m_questionnaire ? m_questionnaire->version : 0;
}

QStringList QuestionnaireController::languages() const
{
    return m_questionnaire ? m_questionnaire->languages : QStringList();
}

void QuestionnaireController::setLanguage(const QString &language)
{
    if (language == m_language || !languages().contains(language))
        return;
    m_language = language;
    m_questions.setLanguage(language);
    Q_EMIT languageChanged();
    Q_EMIT textsChanged();
}

QString QuestionnaireController::title() const
{
    return m_questionnaire ? m_questionnaire->title.text(m_language) : QString();
}

QString QuestionnaireController::description() const
{
    return m_questionnaire ? m_questionnaire->description.text(m_language) : QString();
}

int QuestionnaireController::sectionCount() const
{
    return m_questionnaire ? int(m_questionnaire->sections.size()) : 0;
}

int QuestionnaireController::questionCount() const
{
    return m_questionnaire ? int(m_questionnaire->questions.size()) : 0;
}

QString QuestionnaireController::indexTitles() const
{
    QStringList titles;
    if (m_questionnaire) {
        for (const ScoreIndex &index : m_questionnaire->indices)
            titles.append(index.title.text(m_language));
    }
    return titles.join(QStringLiteral(", "));
}

QStringList QuestionnaireController::available() const
{
    QStringList ids;
    const auto entries =
        QDir(QStringLiteral(":/questionnaires")).entryList({QStringLiteral("*.json")});
    for (const QString &file : entries)
        ids.append(QFileInfo(file).completeBaseName());
    return ids;
}

} // namespace loket
