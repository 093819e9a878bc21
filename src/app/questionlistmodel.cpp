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
    // Free-entry questions show their limits instead of choices.
    const auto number = [](const std::optional<double> &d) {
        return d ? Value::formatNumber(*d) : QStringLiteral("…");
    };
    if (q.type == QuestionType::Number && (q.minimum || q.maximum))
        labels.append(tr("%1 to %2").arg(number(q.minimum), number(q.maximum)));
    if (q.type == QuestionType::Number && q.integer)
        labels.append(tr("whole number"));
    if (q.type == QuestionType::Text && !q.calculate)
        labels.append(tr("at most %1 characters").arg(q.maxLength));
    if (q.type == QuestionType::Date && (q.minDate || q.maxDate || q.maxDateToday)) {
        const QString from = q.minDate ? q.minDate->toString(Qt::ISODate) : QStringLiteral("…");
        const QString to = q.maxDateToday ? tr("today")
                           : q.maxDate    ? q.maxDate->toString(Qt::ISODate)
                                          : QStringLiteral("…");
        labels.append(tr("%1 to %2").arg(from, to));
    }
    return labels;
}

namespace {
QString exprText(const std::shared_ptr<const Expression> &e)
{
    return e ? e->text() : QString();
}

QString relevance(const Question &q, const Section &section)
{
    const QString own = exprText(q.relevant);
    const QString sectionRule = exprText(section.relevant);
    if (own.isEmpty() || sectionRule.isEmpty())
        return own.isEmpty() ? sectionRule : own;
    return QStringLiteral("(%1) and (%2)").arg(sectionRule, own);
}
} // namespace

QString QuestionListModel::rules(const Question &q, const Section &section) const
{
    QStringList parts;
    if (q.required)
        parts.append(tr("Required"));
    if (const QString shown = relevance(q, section); !shown.isEmpty())
        parts.append(tr("Shown if: %1").arg(shown));
    if (q.constraint)
        parts.append(tr("Valid if: %1").arg(q.constraint->text()));
    if (q.calculate)
        parts.append(tr("Calculated as: %1").arg(q.calculate->text()));
    return parts.join(QStringLiteral("  ·  "));
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question &q = m_questionnaire->questions.at(index.row());
    const Section &section = m_questionnaire->sections.at(q.section);
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
    case RelevantRole:
        return relevance(q, section);
    case RulesRole:
        return rules(q, section);
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
        {RulesRole, "rules"},
    };
}

} // namespace loket
