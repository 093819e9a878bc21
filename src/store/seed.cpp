#include "seed.h"

#include "core/randomwalk.h"

namespace loket::store {

Expected<QString> seedResponse(ResponseStore &store, const std::shared_ptr<const Questionnaire> &qn,
                               const QByteArray &body, const StartInfo &info, QRandomGenerator &rng,
                               const std::function<void(const QString &, const QString &)> &onSaved)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        const auto id = store.start(*qn, body, info);
        if (!id.ok())
            return id;
        Session session(qn);
        Status failure;
        qint64 clock = 0;
        const auto save = [&](int index, const Value &value) {
            const QString &qid = qn->questions.at(index).id;
            const qint64 shown = clock;
            clock += 800 + qint64(rng.bounded(6000));
            failure = store.saveAnswer(*id, qid, value, {shown, clock});
            if (!failure && onSaved)
                onSaved(*id, qid);
            return !failure;
        };
        const bool complete = walkRandomly(session, rng, save);
        if (failure)
            return *failure;
        // Calculated values are part of the response too.
        for (int i = 0; i < qn->questions.size() && complete; ++i) {
            if (qn->questions.at(i).isCalculated() && !session.answers().at(i).isEmpty() &&
                !save(i, session.answers().at(i)))
                return *failure;
        }
        if (!complete) {
            // A constraint no random answer met: start again rather than seal a gap.
            if (auto error = store.discard(*id))
                return *error;
            continue;
        }
        if (auto error = store.complete(*id))
            return *error;
        return *id;
    }
    return StoreError{StoreError::Kind::Invalid,
                      QStringLiteral("no complete random walk through %1").arg(qn->id)};
}

} // namespace loket::store
