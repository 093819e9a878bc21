// Reads one question and its type-specific members.
#include "loaderparts.h"

#include <QRegularExpression>

namespace loket::detail {

namespace {

const QString kDontKnow = QStringLiteral("dont_know");

bool validCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    return re.match(code).hasMatch();
}

// A label the format supplies for id/en, or one the questionnaire must give for other languages.
LocalizedText labelOrBuiltin(Reader &r, const QJsonValue &given, const QString &code,
                             const QString &ptr)
{
    if (given.isObject())
        return r.textValue(given, ptr);
    const LocalizedText builtin = builtinLabel(code);
    for (const QString &lang : std::as_const(r.languages)) {
        if (!builtin.has(lang))
            r.error(ptr, QStringLiteral("needs a label for '%1' in '%2'; Loket only supplies "
                                        "Indonesian and English")
                             .arg(code, lang));
    }
    return builtin;
}

void addOption(Reader &r, Question &q, Option option, const QString &ptr)
{
    for (const Option &other : std::as_const(q.options)) {
        if (other.code == option.code) {
            r.error(ptr, QStringLiteral("duplicate option code '%1'").arg(option.code));
            return;
        }
    }
    q.options.append(std::move(option));
}

void readOptions(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    const auto options = r.array(o, "options", ptr, true);
    if (!options)
        return;
    const QString base = Reader::child(ptr, QStringLiteral("options"));
    if (options->isEmpty())
        r.error(base, QStringLiteral("needs at least one option"));
    if (options->size() > QuestionnaireLoader::MaxOptions) {
        r.error(base, QStringLiteral("has %1 options; the limit is %2")
                          .arg(options->size())
                          .arg(QuestionnaireLoader::MaxOptions));
        return;
    }
    for (qsizetype i = 0; i < options->size(); ++i) {
        const QString p = Reader::child(base, i);
        if (!options->at(i).isObject()) {
            r.error(p, QStringLiteral("must be an object with a code and a label"));
            continue;
        }
        const QJsonObject opt = options->at(i).toObject();
        r.onlyKeys(opt, p, {"code", "label", "not_applicable"}, QStringLiteral("an option"));
        Option option;
        option.code = r.string(opt, "code", p, true).value_or(QString());
        option.label = r.text(opt, "label", p, true);
        option.notApplicable = r.boolean(opt, "not_applicable", p, false);
        if (option.code.isEmpty() && !opt.contains(QLatin1String("code")))
            continue;
        if (!validCode(option.code)) {
            r.error(Reader::child(p, QStringLiteral("code")),
                    QStringLiteral("'%1' is not a valid code: use 1 to 32 letters, digits, "
                                   "'_', '-' or '.'")
                        .arg(option.code));
            continue;
        }
        addOption(r, q, std::move(option), Reader::child(p, QStringLiteral("code")));
    }
}

void readDontKnow(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    const QJsonValue v = o.value(QLatin1String("dont_know"));
    const QString p = Reader::child(ptr, QStringLiteral("dont_know"));
    if (v.isUndefined() || v == QJsonValue(false))
        return;
    if (!v.isBool() && !v.isObject()) {
        r.error(p, QStringLiteral("must be true or a label object"));
        return;
    }
    addOption(r, q, Option{kDontKnow, labelOrBuiltin(r, v, kDontKnow, p), true}, p);
}

void readScale(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    const QJsonValue points = o.value(QLatin1String("points"));
    if (points.isDouble() && (points.toDouble() < 2 || points.toDouble() > 11)) {
        r.error(Reader::child(ptr, QStringLiteral("points")),
                QStringLiteral("a scale has 2 to 11 points, not %1")
                    .arg(Value::formatNumber(points.toDouble())));
        return;
    }
    q.scalePoints = r.integer(o, "points", ptr, true, 2, 11).value_or(0);
    q.scaleStart = r.integer(o, "start", ptr, false, 0, 1).value_or(1);
    const QString style = r.string(o, "style", ptr, false).value_or(QStringLiteral("numbers"));
    if (style == QLatin1String("stars")) {
        q.scaleStyle = ScaleStyle::Stars;
    } else if (style == QLatin1String("faces")) {
        q.scaleStyle = ScaleStyle::Faces;
        if (q.scalePoints > 5)
            r.error(Reader::child(ptr, QStringLiteral("style")),
                    QStringLiteral("faces are drawn for scales of 2 to 5 points"));
    } else if (style != QLatin1String("numbers")) {
        r.error(Reader::child(ptr, QStringLiteral("style")),
                QStringLiteral("must be numbers, stars or faces"));
    }
    const auto labels = r.array(o, "labels", ptr, true);
    if (!labels || q.scalePoints == 0)
        return;
    const QString base = Reader::child(ptr, QStringLiteral("labels"));
    if (labels->size() != q.scalePoints) {
        r.error(base, QStringLiteral("has %1 labels for %2 points; give one label per point")
                          .arg(labels->size())
                          .arg(q.scalePoints));
        return;
    }
    for (qsizetype i = 0; i < labels->size(); ++i)
        q.scaleLabels.append(r.textValue(labels->at(i), Reader::child(base, i)));
}

void readYesNo(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    const auto labels = r.object(o, "labels", ptr, false).value_or(QJsonObject());
    const QString base = Reader::child(ptr, QStringLiteral("labels"));
    r.onlyKeys(labels, base, {"yes", "no"}, QStringLiteral("yes/no labels"));
    for (const QString &code : {QStringLiteral("yes"), QStringLiteral("no")})
        q.options.append(
            Option{code, labelOrBuiltin(r, labels.value(code), code, Reader::child(base, code))});
}

void readMultiple(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    const auto count = int(q.options.size());
    q.minSelected = r.integer(o, "min_selected", ptr, false, 0, count).value_or(0);
    q.maxSelected = r.integer(o, "max_selected", ptr, false, 1, std::max(count, 1)).value_or(0);
    if (q.maxSelected > 0 && q.maxSelected < q.minSelected)
        r.error(Reader::child(ptr, QStringLiteral("max_selected")),
                QStringLiteral("is smaller than min_selected (%1)").arg(q.minSelected));
}

void readNumber(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    q.integer = r.boolean(o, "integer", ptr, false);
    q.minimum = r.number(o, "min", ptr, false);
    q.maximum = r.number(o, "max", ptr, false);
    if (q.minimum && q.maximum && *q.minimum > *q.maximum)
        r.error(Reader::child(ptr, QStringLiteral("max")),
                QStringLiteral("is smaller than min (%1)").arg(Value::formatNumber(*q.minimum)));
}

std::optional<QDate> readDate(Reader &r, const QJsonObject &o, const char *key, const QString &ptr,
                              bool *today)
{
    const auto s = r.string(o, key, ptr, false);
    if (!s)
        return std::nullopt;
    if (today && *s == QLatin1String("today")) {
        *today = true;
        return std::nullopt;
    }
    const QDate d = QDate::fromString(*s, Qt::ISODate);
    if (!d.isValid())
        r.error(Reader::child(ptr, QLatin1String(key)),
                QStringLiteral("'%1' is not a date in the form YYYY-MM-DD%2")
                    .arg(*s, today ? QStringLiteral(" or 'today'") : QString()));
    return d.isValid() ? std::optional(d) : std::nullopt;
}

void readDateLimits(Reader &r, const QJsonObject &o, const QString &ptr, Question &q)
{
    q.minDate = readDate(r, o, "min", ptr, nullptr);
    q.maxDate = readDate(r, o, "max", ptr, &q.maxDateToday);
    if (q.minDate && q.maxDate && *q.minDate > *q.maxDate)
        r.error(Reader::child(ptr, QStringLiteral("max")), QStringLiteral("is before min"));
}

} // namespace

LocalizedText builtinLabel(const QString &code)
{
    if (code == QLatin1String("yes"))
        return LocalizedText({{QStringLiteral("id"), QStringLiteral("Ya")},
                              {QStringLiteral("en"), QStringLiteral("Yes")}});
    if (code == QLatin1String("no"))
        return LocalizedText({{QStringLiteral("id"), QStringLiteral("Tidak")},
                              {QStringLiteral("en"), QStringLiteral("No")}});
    return LocalizedText({{QStringLiteral("id"), QStringLiteral("Tidak tahu")},
                          {QStringLiteral("en"), QStringLiteral("Don't know")}});
}

void readQuestion(Reader &r, const QJsonObject &o, const QString &ptr, Question &q,
                  PendingLogic &logic)
{
    q.id = r.string(o, "id", ptr, true).value_or(QString());
    if (!q.id.isEmpty())
        r.identifier(q.id, Reader::child(ptr, QStringLiteral("id")));
    const QString typeName = r.string(o, "type", ptr, true).value_or(QString());
    const auto type = questionTypeFromName(typeName);
    if (!type) {
        if (!typeName.isEmpty())
            r.error(Reader::child(ptr, QStringLiteral("type")),
                    QStringLiteral("unknown question type '%1'; use single, multiple, scale, "
                                   "yesno, text, number, date or note")
                        .arg(typeName));
        return;
    }
    q.type = *type;
    q.text = r.text(o, "text", ptr, true);
    q.hint = r.text(o, "hint", ptr, false);
    q.required = r.boolean(o, "required", ptr, false);

    logic.pointer = ptr;
    logic.relevant = r.string(o, "relevant", ptr, false);
    logic.constraint = r.string(o, "constraint", ptr, false);
    logic.calculate = r.string(o, "calculate", ptr, false);
    if (logic.constraint)
        q.constraintMessage = r.text(o, "constraint_message", ptr, true);
    else if (o.contains(QLatin1String("constraint_message")))
        r.error(Reader::child(ptr, QStringLiteral("constraint_message")),
                QStringLiteral("is given without a constraint"));
    if (logic.calculate && q.required)
        r.error(Reader::child(ptr, QStringLiteral("required")),
                QStringLiteral("a calculated question is never asked, so it cannot be required"));

    const auto common = {"id",       "type",     "text",       "hint",
                         "required", "relevant", "constraint", "constraint_message",
                         "calculate"};
    const auto only = [&](std::initializer_list<const char *> extra) {
        QJsonObject rest = o;
        for (const char *k : common)
            rest.remove(QLatin1String(k));
        r.onlyKeys(rest, ptr, extra, QStringLiteral("a %1 question").arg(typeName));
    };
    switch (q.type) {
    case QuestionType::Single:
        only({"options", "dont_know"});
        readOptions(r, o, ptr, q);
        readDontKnow(r, o, ptr, q);
        break;
    case QuestionType::Multiple:
        only({"options", "dont_know", "min_selected", "max_selected"});
        readOptions(r, o, ptr, q);
        readDontKnow(r, o, ptr, q);
        readMultiple(r, o, ptr, q);
        break;
    case QuestionType::Scale:
        only({"points", "start", "style", "labels", "dont_know"});
        readScale(r, o, ptr, q);
        readDontKnow(r, o, ptr, q);
        break;
    case QuestionType::YesNo:
        only({"labels", "dont_know"});
        readYesNo(r, o, ptr, q);
        readDontKnow(r, o, ptr, q);
        break;
    case QuestionType::Text:
        only({"max_length"});
        q.maxLength = r.integer(o, "max_length", ptr, false, 1, QuestionnaireLoader::MaxTextLength)
                          .value_or(1000);
        break;
    case QuestionType::Number:
        only({"integer", "min", "max"});
        readNumber(r, o, ptr, q);
        break;
    case QuestionType::Date:
        only({"min", "max"});
        readDateLimits(r, o, ptr, q);
        break;
    case QuestionType::Note:
        only({});
        for (const char *k : {"required", "constraint", "calculate"}) {
            if (o.contains(QLatin1String(k)))
                r.error(
                    Reader::child(ptr, QLatin1String(k)),
                    QStringLiteral("a note only shows text; it has no %1").arg(QLatin1String(k)));
        }
        break;
    }
}

} // namespace loket::detail
