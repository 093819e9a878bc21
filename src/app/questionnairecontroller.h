#pragma once

#include "questionlistmodel.h"

#include "core/loader.h"

#include "injectedsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace loket {

// The questionnaire the device has loaded, as QML sees it. Built in main() from the command
// line and handed to QML as a singleton; QML binds to it and calls its intents.
class QuestionnaireController : public QObject, public InjectedSingleton<QuestionnaireController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool loaded READ loaded NOTIFY questionnaireChanged)
    Q_PROPERTY(QString source READ source NOTIFY questionnaireChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY questionnaireChanged)
    Q_PROPERTY(QString questionnaireId READ questionnaireId NOTIFY questionnaireChanged)
    Q_PROPERTY(int version READ version NOTIFY questionnaireChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY questionnaireChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString description READ description NOTIFY textsChanged)
    Q_PROPERTY(int sectionCount READ sectionCount NOTIFY questionnaireChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY questionnaireChanged)
    Q_PROPERTY(QString indexTitles READ indexTitles NOTIFY textsChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)
    Q_PROPERTY(loket::QuestionListModel *questions READ questions CONSTANT)

public:
    // No default argument: see InjectedSingleton.
    explicit QuestionnaireController(QObject *parent);

    // Loads a bundled questionnaire by id, or a file by path. Errors are kept for display.
    Q_INVOKABLE bool load(const QString &idOrPath);
    // Loads a questionnaire file's bytes, e.g. a newer version the sync engine stored.
    bool loadBytes(const QByteArray &bytes, const QString &source);

    bool loaded() const { return m_questionnaire != nullptr; }
    QString source() const { return m_source; }
    QStringList errors() const { return m_errors; }
    QString questionnaireId() const;
    int version() const;
    QStringList languages() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString title() const;
    QString description() const;
    int sectionCount() const;
    int questionCount() const;
    // The titles of the questionnaire's indices, comma-separated.
    QString indexTitles() const;
    QStringList available() const;
    QuestionListModel *questions() { return &m_questions; }
    std::shared_ptr<const Questionnaire> questionnaire() const { return m_questionnaire; }
    // The loaded file's bytes, stored with each response that uses this version.
    QByteArray body() const { return m_body; }

    static QString bundledPath(const QString &id);

Q_SIGNALS:
    void questionnaireChanged();
    void languageChanged();
    void textsChanged();

private:
    bool apply(const LoadResult &result, const QByteArray &bytes, const QString &source);

    std::shared_ptr<const Questionnaire> m_questionnaire;
    QString m_source;
    QByteArray m_body;
    QStringList m_errors;
    QString m_language = QStringLiteral("id");
    QuestionListModel m_questions;
};

} // namespace loket
