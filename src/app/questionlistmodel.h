#pragma once

#include "core/questionnaire.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace loket {

// The questions of one questionnaire, as a preview shows them: text in the chosen language,
// type, whether required, the answer labels and the logic that shows or computes them.
class QuestionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionnaireController")

public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1,
        NumberRole,
        TextRole,
        HintRole,
        TypeRole,
        RequiredRole,
        SectionTitleRole,
        FirstInSectionRole,
        ChoicesRole,
        RelevantRole,
        CalculateRole,
        ConstraintRole,
        RulesRole, // required, shown-if, valid-if and calculated-as, in words
    };
    Q_ENUM(Role)

    explicit QuestionListModel(QObject *parent = nullptr);

    void setQuestionnaire(std::shared_ptr<const Questionnaire> questionnaire);
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QStringList choices(const Question &q) const;
    QString rules(const Question &q, const Section &section) const;

    std::shared_ptr<const Questionnaire> m_questionnaire;
    QString m_language = QStringLiteral("id");
};

} // namespace loket
