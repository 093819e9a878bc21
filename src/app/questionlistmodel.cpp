#include "questionlistmodel.h"

namespace loket {

QuestionListModel::QuestionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void QuestionListModel::setQuestionnaire(std::shared_ptr<const Questionnaire> questionnaire)
{
    beginResetModel();
    m_questionnaire = std::move(questionnaire);
    endResetModel();
}

void QuestionListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_questionnaire)
        return 0;
    return int(m_questionnaire->questions.size());
}

QStringList QuestionListModel::choices(const Question &q) const
{
    QStringList labels;
    for (int p = 0; p < q.scaleLabels.size(); ++p)
        labels.append(QStringLiteral("%1 · %2")
                          .arg(q.scaleStart + p)
                          .arg(q.scaleLabels.at(p).text(m_language)));
    for (const Option &o : q.options)
        labels.append(o.label.text(m_language));
    return labels;
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question &q = m_questionnaire->questions.at(index.row());
    const Section &section = m_questionnaire->sections.at(q.section);
    const auto exprText = [](const std::shared_ptr<const Expression> &e) {
        return e ? e->text() : QString();
    };
    switch (role) {
    case QuestionIdRole:
        return q.id;
    case NumberRole:
        return index.row() + 1;
    case Qt::DisplayRole:
    case TextRole:
        return q.text.text(m_language);
    case HintRole:
        return q.hint.text(m_language);
    case TypeRole:
        return questionTypeName(q.type);
    case RequiredRole:
        return q.required;
    case SectionTitleRole:
        return section.title.text(m_language);
    case FirstInSectionRole:
        return section.firstQuestion == index.row();
    case ChoicesRole:
        return choices(q);
    case RelevantRole: {
        const QString own = exprText(q.relevant);
        const QString sectionRule = exprText(section.relevant);
        if (own.isEmpty() || sectionRule.isEmpty())
            return own.isEmpty() ? sectionRule : own;
        return QStringLiteral("(%1) and (%2)").arg(sectionRule, own);
    }
    case CalculateRole:
        return exprText(q.calculate);
    case ConstraintRole:
        return exprText(q.constraint);
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    return {
        {QuestionIdRole, "questionId"},
        {NumberRole, "number"},
        {TextRole, "text"},
        {HintRole, "hint"},
        {TypeRole, "type"},
        {RequiredRole, "required"},
        {SectionTitleRole, "sectionTitle"},
        {FirstInSectionRole, "firstInSection"},
        {ChoicesRole, "choices"},
        {RelevantRole, "relevant"},
        {CalculateRole, "calculate"},
        {ConstraintRole, "constraint"},
    };
}

} // namespace loket
