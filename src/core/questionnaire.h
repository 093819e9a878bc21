#pragma once

#include "expression.h"
#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace loket {

enum class QuestionType { Single, Multiple, Scale, YesNo, Text, Number, Date, Note };
enum class ScaleStyle { Numbers, Stars, Faces };

QString questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &name);

struct Option
{
    QString code;
    LocalizedText label;
    bool notApplicable = false; // "don't know / not applicable": excluded from scoring
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::Note;
    LocalizedText text;
    LocalizedText hint;
    bool required = false;
    int section = 0;

    // Single, multiple, yes/no, and the "don't know" choice of a scale: the codes a respondent
    // can pick. A scale's points are not listed here; see scaleStart/scalePoints.
    QList<Option> options;
    int minSelected = 0;
    int maxSelected = 0; // 0: no upper bound

    int scaleStart = 1;
    int scalePoints = 0;
    ScaleStyle scaleStyle = ScaleStyle::Numbers;
    QList<LocalizedText> scaleLabels; // one per point

    int maxLength = 0;
    bool integer = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<QDate> minDate;
    std::optional<QDate> maxDate;
    bool maxDateToday = false;

    std::shared_ptr<const Expression> relevant;
    std::shared_ptr<const Expression> constraint;
    LocalizedText constraintMessage;
    std::shared_ptr<const Expression> calculate;

    bool hasValue() const { return type != QuestionType::Note; }
    bool isCalculated() const { return calculate != nullptr; }
    const Option *option(const QString &code) const;
    bool isNotApplicable(const QString &code) const;
    // Every code an answer may hold, scale points included, as expressions see them.
    QStringList answerCodes() const;
};

struct Section
{
    QString id;
    LocalizedText title;
    std::shared_ptr<const Expression> relevant;
    int firstQuestion = 0;
    int questionCount = 0;
};

struct GradeBand
{
    double min = 0;
    double max = 0;
    QString grade;
    LocalizedText label;
};

struct IndexElement
{
    QString id;
    int question = -1;
    LocalizedText title;
    double weight = 1;
    QHash<QString, double> scores; // code → score; empty means the answer itself is the score
};

struct ScoreIndex
{
    QString id;
    LocalizedText title;
    QList<IndexElement> elements;
    double multiply = 1; // index = Σ(mean × weight) × multiply + add
    double add = 0;
    int decimals = 2;
    QList<GradeBand> grades;

    const GradeBand *grade(double value) const;
};

class Questionnaire
{
public:
    QString id;
    int version = 0;
    LocalizedText title;
    LocalizedText description;
    QStringList languages;
    QList<Section> sections;
    QList<Question> questions; // all questions, in document order
    QList<ScoreIndex> indices;

    int indexOf(const QString &questionId) const { return m_index.value(questionId, -1); }
    const Question *question(const QString &questionId) const;

    void buildIndex();

private:
    QHash<QString, int> m_index;
};

} // namespace loket
