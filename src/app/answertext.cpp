#include "answertext.h"

#include <QCoreApplication>
#include <QLocale>

namespace loket {

namespace {

QString scaleStyleName(ScaleStyle style)
{
    switch (style) {
    case ScaleStyle::Stars:
        return QStringLiteral("stars");
    case ScaleStyle::Faces:
        return QStringLiteral("faces");
    case ScaleStyle::Numbers:
        break;
    }
    return QStringLiteral("numbers");
}

QString formatLimit(double d, const QString &language)
{
    return QLocale(language).toString(d, 'g', 15);
}

} // namespace

QString languageName(const QString &code)
{
    if (code == QLatin1String("id"))
        return QStringLiteral("Bahasa Indonesia");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString storageProblemText(const std::optional<store::StoreError> &error)
{
    using Kind = store::StoreError::Kind;
    if (!error)
        return QCoreApplication::translate(
            "Kiosk", "This tablet's storage cannot be opened, so the survey is paused. Please tell "
                     "the staff at the counter.");
    switch (error->kind) {
    case Kind::Refused:
        return QCoreApplication::translate(
            "Kiosk", "The survey is not set up on this tablet yet. Please tell the staff at the "
                     "counter.");
    case Kind::StorageFull:
        return QCoreApplication::translate(
            "Kiosk",
            "This tablet's storage is full, so the survey is paused. Please tell the staff "
            "at the counter.");
    default:
        break;
    }
    return QCoreApplication::translate(
        "Kiosk", "This tablet cannot save answers right now, so the survey is paused. Please tell "
                 "the staff at the counter.");
}

QVariantMap questionView(const Questionnaire &questionnaire, int index, const QString &language)
{
    const Question &q = questionnaire.questions.at(index);
    QVariantList options;
    for (const Option &o : q.options)
        options.append(QVariantMap{{QStringLiteral("code"), o.code},
                                   {QStringLiteral("label"), o.label.text(language)},
                                   {QStringLiteral("notApplicable"), o.notApplicable}});
    QVariantList points;
    for (int i = 0; i < q.scalePoints; ++i)
        points.append(
            QVariantMap{{QStringLiteral("value"), q.scaleStart + i},
                        {QStringLiteral("label"), q.scaleLabels.value(i).text(language)},
                        // Each point carries what its button draws. Faces are drawn for five
                        // points; fewer points take faces spread from sad (1) to happy (5).
                        {QStringLiteral("style"), scaleStyleName(q.scaleStyle)},
                        {QStringLiteral("face"),
                         q.scalePoints <= 1 ? 3 : 1 + qRound(i * 4.0 / (q.scalePoints - 1))}});
    QVariantMap view{
        {QStringLiteral("id"), q.id},
        {QStringLiteral("type"), questionTypeName(q.type)},
        {QStringLiteral("text"), q.text.text(language)},
        {QStringLiteral("hint"), q.hint.text(language)},
        {QStringLiteral("required"), q.required},
        {QStringLiteral("section"), questionnaire.sections.value(q.section).title.text(language)},
        {QStringLiteral("options"), options},
        {QStringLiteral("points"), points},
        {QStringLiteral("scaleStyle"), scaleStyleName(q.scaleStyle)},
        {QStringLiteral("minSelected"), q.minSelected},
        {QStringLiteral("maxSelected"), q.maxSelected},
        {QStringLiteral("maxLength"), q.maxLength},
        {QStringLiteral("integer"), q.integer},
    };
    if (q.minimum)
        view.insert(QStringLiteral("minimum"), *q.minimum);
    if (q.maximum)
        view.insert(QStringLiteral("maximum"), *q.maximum);
    if (q.minDate)
        view.insert(QStringLiteral("minDate"), q.minDate->toString(Qt::ISODate));
    const std::optional<QDate> maxDate =
        q.maxDateToday ? std::optional(QDate::currentDate()) : q.maxDate;
    if (maxDate)
        view.insert(QStringLiteral("maxDate"), maxDate->toString(Qt::ISODate));
    return view;
}

QString answerErrorText(const Question &q, const AnswerError &error, const QString &language)
{
    using Code = AnswerError::Code;
    switch (error.code) {
    case Code::TooFewSelected:
        return QCoreApplication::translate("Kiosk", "Choose at least %n answer(s).", nullptr,
                                           q.minSelected);
    case Code::TooManySelected:
        return QCoreApplication::translate("Kiosk", "Choose at most %n answer(s).", nullptr,
                                           q.maxSelected);
    case Code::ExclusiveOption:
        return QCoreApplication::translate(
            "Kiosk", "\"Don't know\" cannot be chosen together with other answers.");
    case Code::BelowMinimum:
        if (q.type == QuestionType::Date && q.minDate)
            return QCoreApplication::translate("Kiosk", "The earliest date allowed is %1.")
                .arg(QLocale(language).toString(*q.minDate, QLocale::LongFormat));
        return QCoreApplication::translate("Kiosk", "The smallest number allowed is %1.")
            .arg(formatLimit(*q.minimum, language));
    case Code::AboveMaximum:
        if (q.type == QuestionType::Date)
            return QCoreApplication::translate("Kiosk", "The latest date allowed is %1.")
                .arg(QLocale(language).toString(q.maxDateToday ? QDate::currentDate()
                                                               : q.maxDate.value_or(QDate()),
                                                QLocale::LongFormat));
        return QCoreApplication::translate("Kiosk", "The largest number allowed is %1.")
            .arg(formatLimit(*q.maximum, language));
    case Code::NotInteger:
        return QCoreApplication::translate("Kiosk", "Please enter a whole number.");
    case Code::TooLong:
        return QCoreApplication::translate("Kiosk", "Please write at most %n characters.", nullptr,
                                           q.maxLength);
    case Code::InvalidDate:
        return QCoreApplication::translate("Kiosk",
                                           "Please choose a date that exists and is allowed here.");
    case Code::ConstraintFailed:
        if (!error.constraintMessage.texts().isEmpty())
            return error.constraintMessage.text(language);
        return QCoreApplication::translate("Kiosk",
                                           "This answer is not possible here. Please check it.");
    case Code::UnknownQuestion:
    case Code::NotAsked:
    case Code::WrongType:
    case Code::NotAnOption:
        break;
    }
    return QCoreApplication::translate("Kiosk",
                                       "This answer cannot be taken. Please choose another.");
}

Value answerValue(const Question &q, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return Value();
    if (q.type == QuestionType::Scale && value.typeId() != QMetaType::QString)
        return Value::number(value.toDouble());
    if (q.type == QuestionType::Multiple)
        return Value::list(value.toStringList());
    return Value::string(value.toString());
}

std::optional<Value> typedValue(const Question &q, const QString &text, const QString &language)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Value();
    if (q.type != QuestionType::Number)
        return Value::string(q.type == QuestionType::Text ? text.trimmed() : trimmed);
    // Either decimal mark is accepted: "2,5" as people write it in Indonesia, or "2.5".
    bool ok = false;
    double d = QLocale(language).toDouble(trimmed, &ok);
    if (!ok)
        d = QLocale::c().toDouble(QString(trimmed).replace(u',', u'.'), &ok);
    if (!ok)
        return std::nullopt;
    return Value::number(d);
}

QString answerText(const Question &q, const Value &value, const QString &language)
{
    const QLocale locale(language);
    const auto label = [&](const QString &code) {
        const Option *o = q.option(code);
        return o ? o->label.text(language) : code;
    };
    switch (value.kind()) {
    case Value::Kind::Empty:
        return {};
    case Value::Kind::List: {
        QStringList labels;
        for (const QString &code : value.toList())
            labels.append(label(code));
        return labels.join(QStringLiteral(", "));
    }
    case Value::Kind::Number: {
        const double n = value.toNumber();
        const QString number = locale.toString(n, 'g', 12);
        const int point = int(n) - q.scaleStart;
        if (q.type == QuestionType::Scale && point >= 0 && point < q.scaleLabels.size() &&
            !q.scaleLabels.at(point).text(language).isEmpty())
            return QStringLiteral("%1 · %2").arg(number, q.scaleLabels.at(point).text(language));
        return number;
    }
    case Value::Kind::Boolean:
        return label(value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
    case Value::Kind::String:
        if (q.type == QuestionType::Date) {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? locale.toString(date, QLocale::LongFormat) : value.toString();
        }
        return q.type == QuestionType::Text ? value.toString() : label(value.toString());
    }
    return {};
}

} // namespace loket
