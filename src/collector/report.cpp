// Index values and grades per questionnaire version, unit and month, computed by the same
// scoring code as `loket-cli score`.
#include "commands.h"

#include "core/loader.h"
#include "core/response.h"
#include "core/scoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace loket::collector {

int report(Collector &collector, Io io)
{
    struct Group
    {
        QString questionnaireId;
        int version = 0;
        QString unit;
        QString period;
        std::unique_ptr<ScoreAccumulator> scores;
    };
    std::map<QString, Group> groups; // ordered, so the report is stable
    QHash<QString, std::shared_ptr<const Questionnaire>> questionnaires;
    qint64 unreadable = 0;
    const bool ok = collector.storage().forEachResponse([&](const StoredResponse &r) {
        const QString qnKey = r.questionnaireId + u'/' + QString::number(r.questionnaireVersion);
        if (!questionnaires.contains(qnKey)) {
            const auto body =
                collector.storage().questionnaireBody(r.questionnaireId, r.questionnaireVersion);
            questionnaires.insert(
                qnKey,
                QuestionnaireLoader::loadBytes(body.value_or(QByteArray()), qnKey).questionnaire);
        }
        const auto qn = questionnaires.value(qnKey);
        const auto plain = collector.open(r.sealed);
        QString error;
        const auto doc =
            plain ? ResponseDocument::fromJson(QJsonDocument::fromJson(*plain).object(), &error)
                  : std::nullopt;
        if (!qn || !doc) {
            ++unreadable;
            return;
        }
        const QString period = doc->completedAt.toString(QStringLiteral("yyyy-MM"));
        Group &g = groups[qnKey + u' ' + r.unitId + u' ' + period];
        if (!g.scores)
            g = {r.questionnaireId, r.questionnaireVersion, r.unitId, period,
                 std::make_unique<ScoreAccumulator>(qn)};
        g.scores->add(*doc); // a skipped response is counted, with its reason, in the report
    });
    if (!ok) {
        io.err << "loket-collector: " << collector.storage().lastError() << '\n';
        return Failed;
    }
    QJsonArray out;
    for (const auto &[key, g] : groups) {
        QJsonObject entry = g.scores->report();
        entry.insert(QStringLiteral("questionnaire_id"), g.questionnaireId);
        entry.insert(QStringLiteral("questionnaire_version"), g.version);
        entry.insert(QStringLiteral("unit"), g.unit);
        entry.insert(QStringLiteral("period"), g.period);
        out.append(entry);
    }
    QJsonArray quotas;
    for (const auto &unit : collector.storage().units()) {
        const auto done = collector.storage().countsByService(unit.id);
        if (!done) {
            io.err << "loket-collector: " << collector.storage().lastError() << '\n';
            return Failed;
        }
        for (auto q = unit.quotas.begin(); q != unit.quotas.end(); ++q) {
            const qint64 target = q.value().toInteger();
            const qint64 n = done->value(q.key());
            quotas.append(
                QJsonObject{{QStringLiteral("unit"), unit.id},
                            {QStringLiteral("service"), q.key()},
                            {QStringLiteral("target"), target},
                            {QStringLiteral("done"), n},
                            {QStringLiteral("remaining"), std::max<qint64>(0, target - n)}});
        }
    }
    io.out << QJsonDocument(QJsonObject{{QStringLiteral("reports"), out},
                                        {QStringLiteral("quotas"), quotas},
                                        {QStringLiteral("unreadable"), unreadable}})
                  .toJson(QJsonDocument::Indented);
    return unreadable == 0 ? Ok : Failed;
}

} // namespace loket::collector
