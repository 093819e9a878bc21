// The crash test's victim: answers questionnaires through the store API and prints
// "ACK <response> <question> <value>" only after each commit has returned, then
// "ACK <response> complete" or "ACK <response> sending". The parent kills it at random.
#include "core/loader.h"
#include "core/randomwalk.h"
#include "protocol/sealing.h"
#include "store/responsestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace loket;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    const QString dataDir = args.at(1);
    const auto key = protocol::keyFromBase64(args.at(2).toLatin1());
    QRandomGenerator rng(args.at(3).toUInt());
    const QString sourceDir = args.at(4);

    auto db = store::Database::open(dataDir);
    if (!db.ok() || !key)
        return 3;
    store::ResponseStore responses(*db);
    if (responses.setServerKey(*key) || !responses.recover(store::Mode::Field).ok())
        return 4;
    QList<std::pair<std::shared_ptr<const Questionnaire>, QByteArray>> questionnaires;
    for (const char *id : {"spi-external", "skm-permenpanrb-14-2017"}) {
        QFile f(sourceDir +
                QStringLiteral("/assets/questionnaires/%1.json").arg(QLatin1String(id)));
        if (!f.open(QIODevice::ReadOnly))
            return 5;
        const QByteArray body = f.readAll();
        questionnaires.append(
            {QuestionnaireLoader::loadBytes(body, QLatin1String(id)).questionnaire, body});
    }
    const auto ack = [](const QString &line) {
        std::fputs(qPrintable(line + u'\n'), stdout);
        std::fflush(stdout);
    };
    while (true) {
        const auto &[qn, body] = questionnaires.at(rng.bounded(2));
        store::StartInfo info;
        info.channel = store::Mode::Field;
        const auto id = responses.start(*qn, body, info);
        if (!id.ok())
            return 6;
        Session session(qn);
        qint64 clock = 0;
        walkRandomly(session, rng, [&](int index, const Value &value) {
            const QString &qid = qn->questions.at(index).id;
            if (responses.saveAnswer(*id, qid, value, {clock, clock + 500}))
                return false;
            clock += 700;
            const QByteArray json =
                QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact);
            ack(QStringLiteral("ACK %1 %2 %3").arg(*id, qid, QString::fromUtf8(json)));
            return true;
        });
        // Most finish; some stay drafts; some get as far as being sent.
        if (rng.bounded(10) < 7 && session.isComplete() && !responses.complete(*id)) {
            ack(QStringLiteral("ACK %1 complete").arg(*id));
            if (rng.bounded(4) == 0 && !responses.transition(*id, store::State::Sending))
                ack(QStringLiteral("ACK %1 sending").arg(*id));
        }
    }
}
