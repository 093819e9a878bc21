#include "loader.h"

#include "jsonguard.h"
#include "loaderparts.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace loket {

using detail::PendingLogic;
using detail::Reader;

namespace {

void readLanguages(Reader &r, const QJsonObject &root)
{
    const auto langs = r.array(root, "languages", QString(), true);
    if (!langs)
        return;
    static const QRegularExpression bcp47(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    const QString base = QStringLiteral("/languages");
    if (langs->size() > QuestionnaireLoader::MaxLanguages) {
        r.error(base, QStringLiteral("has %1 languages; the limit is %2")
                          .arg(langs->size())
                          .arg(QuestionnaireLoader::MaxLanguages));
        return;
    }
    for (qsizetype i = 0; i < langs->size(); ++i) {
        const QString code = langs->at(i).toString();
        if (!langs->at(i).isString() || !bcp47.match(code).hasMatch())
            r.error(Reader::child(base, i), QStringLiteral("must be a BCP-47 language code"));
        else if (r.languages.contains(code))
            r.error(Reader::child(base, i), QStringLiteral("duplicate language '%1'").arg(code));
        else
            r.languages.append(code);
    }
    if (!r.languages.contains(LocalizedText::Fallback.toString()))
        r.error(base, QStringLiteral("must include Indonesian ('id'), the language every "
                                     "public service must offer"));
}

void readSections(Reader &r, const QJsonObject &root, Questionnaire &qn,
                  QList<PendingLogic> &questionLogic, QList<PendingLogic> &sectionLogic)
{
    const auto sections = r.array(root, "sections", QString(), true);
    if (!sections)
        return;
    if (sections->isEmpty())
        r.error(QStringLiteral("/sections"), QStringLiteral("needs at least one section"));
    if (sections->size() > QuestionnaireLoader::MaxSections) {
        r.error(QStringLiteral("/sections"), QStringLiteral("has %1 sections; the limit is %2")
                                                 .arg(sections->size())
                                                 .arg(QuestionnaireLoader::MaxSections));
        return;
    }
    QHash<QString, QString> seen; // question or section id → where first defined
    for (qsizetype s = 0; s < sections->size() && !r.tooManyErrors(); ++s) {
        const QString sp = Reader::child(QStringLiteral("/sections"), s);
        if (!sections->at(s).isObject()) {
            r.error(sp, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject so = sections->at(s).toObject();
        r.onlyKeys(so, sp, {"id", "title", "relevant", "questions"}, QStringLiteral("a section"));
        Section section;
        section.id = r.string(so, "id", sp, true).value_or(QString());
        if (!section.id.isEmpty() &&
            r.identifier(section.id, Reader::child(sp, QStringLiteral("id")))) {
            if (seen.contains(section.id))
                r.error(Reader::child(sp, QStringLiteral("id")),
                        QStringLiteral("duplicate id '%1' (first at %2)")
                            .arg(section.id, seen.value(section.id)));
            seen.insert(section.id, sp);
        }
        section.title = r.text(so, "title", sp, true);
        sectionLogic.append({sp, r.string(so, "relevant", sp, false), {}, {}});
        section.firstQuestion = int(qn.questions.size());
        const auto questions = r.array(so, "questions", sp, true);
        if (questions && questions->isEmpty())
            r.error(Reader::child(sp, QStringLiteral("questions")),
                    QStringLiteral("section '%1' is empty; a section needs at least one question")
                        .arg(section.id));
        const qsizetype total = qn.questions.size() + (questions ? questions->size() : 0);
        if (total > QuestionnaireLoader::MaxQuestions) {
            r.error(Reader::child(sp, QStringLiteral("questions")),
                    QStringLiteral("brings the questionnaire to %1 questions; the limit is %2")
                        .arg(total)
                        .arg(QuestionnaireLoader::MaxQuestions));
            return;
        }
        for (qsizetype i = 0; questions && i < questions->size() && !r.tooManyErrors(); ++i) {
            const QString qp = Reader::child(Reader::child(sp, QStringLiteral("questions")), i);
            Question q;
            q.section = int(s);
            PendingLogic logic;
            if (!questions->at(i).isObject())
                r.error(qp, QStringLiteral("must be an object"));
            else
                detail::readQuestion(r, questions->at(i).toObject(), qp, q, logic);
            if (!q.id.isEmpty()) {
                if (seen.contains(q.id))
                    r.error(Reader::child(qp, QStringLiteral("id")),
                            QStringLiteral("duplicate id '%1' (first at %2)")
                                .arg(q.id, seen.value(q.id)));
                else
                    seen.insert(q.id, qp);
            }
            qn.questions.append(std::move(q));
            questionLogic.append(logic);
        }
        section.questionCount = int(qn.questions.size()) - section.firstQuestion;
        qn.sections.append(std::move(section));
    }
}

} // namespace

LoadResult QuestionnaireLoader::loadFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr,
                {{name, QString(), QStringLiteral("cannot read: %1").arg(file.errorString())}}};
    if (file.size() > MaxFileSize)
        return {nullptr,
                {{name, QString(),
                  QStringLiteral("file is %1 bytes; the limit is %2 bytes")
                      .arg(file.size())
                      .arg(MaxFileSize)}}};
    return loadBytes(file.read(MaxFileSize + 1), name);
}

LoadResult QuestionnaireLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    const GuardedJson json = parseGuardedJson(bytes, MaxFileSize, MaxDepth);
    if (!json.error.isEmpty())
        return {nullptr, {{fileName, QString(), json.error}}};
    if (!json.document.isObject())
        return {nullptr,
                {{fileName, QString(), QStringLiteral("a questionnaire is a JSON object")}}};

    Reader r(fileName);
    const QJsonObject root = json.document.object();
    r.onlyKeys(
        root, QString(),
        {"format", "id", "version", "title", "description", "languages", "sections", "scoring"},
        QStringLiteral("a questionnaire"));
    auto qn = std::make_shared<Questionnaire>();
    if (const auto format = r.integer(root, "format", QString(), true, 1, 1000);
        format && *format != 1)
        r.error(
            QStringLiteral("/format"),
            QStringLiteral("format %1 is newer than this version of Loket reads (1)").arg(*format));
    qn->id = r.string(root, "id", QString(), true).value_or(QString());
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!qn->id.isEmpty() && !idPattern.match(qn->id).hasMatch())
        r.error(QStringLiteral("/id"), QStringLiteral("'%1' is not a valid questionnaire id: use "
                                                      "lowercase letters, digits and '-'")
                                           .arg(qn->id));
    qn->version = r.integer(root, "version", QString(), true, 1, 1000000000).value_or(0);
    readLanguages(r, root);
    qn->languages = r.languages;
    // Texts are checked against Indonesian even when /languages forgot it: one error, not one
    // per text.
    if (!r.languages.contains(LocalizedText::Fallback.toString()))
        r.languages.prepend(LocalizedText::Fallback.toString());
    qn->title = r.text(root, "title", QString(), true);
    qn->description = r.text(root, "description", QString(), false);

    QList<PendingLogic> questionLogic;
    QList<PendingLogic> sectionLogic;
    readSections(r, root, *qn, questionLogic, sectionLogic);
    qn->buildIndex();
    if (!r.tooManyErrors()) {
        detail::compileLogic(r, *qn, questionLogic, sectionLogic);
        if (const auto scoring = r.object(root, "scoring", QString(), false))
            detail::readScoring(r, *scoring, QStringLiteral("/scoring"), *qn);
    }
    if (r.hasErrors()) {
        qCDebug(lcCore) << "refused questionnaire" << fileName;
        return {nullptr, r.takeErrors()};
    }
    qCDebug(lcCore) << "loaded questionnaire" << qn->id << qn->version << "with"
                    << qn->questions.size() << "questions";
    return {std::move(qn), {}};
}

} // namespace loket
