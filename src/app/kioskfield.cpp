// KioskController, field mode: interviews an enumerator starts, resumes after a restart,
// reviews, completes or discards. A draft is never abandoned behind the enumerator's back.
#include "kioskcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "logging.h"
#include "questionnairecontroller.h"

#include "store/supervisorpin.h"

namespace loket {

bool KioskController::fieldMode() const
{
    return !m_device.kioskMode();
}

QStringList KioskController::discardReasonCodes()
{
    return {QStringLiteral("refused"), QStringLiteral("ineligible"), QStringLiteral("practice"),
            QStringLiteral("duplicate"), QStringLiteral("other")};
}

void KioskController::setEnumerator(const QString &id)
{
    if (id == m_enumerator)
        return;
    m_enumerator = id;
    Q_EMIT enumeratorChanged();
    setNotice({});
    reset();
}

void KioskController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void KioskController::audit(const QString &action, const QString &detail)
{
    if (const auto db = m_device.database())
        store::AuditLog(db).record(QStringLiteral("enumerator:") + m_enumerator, action, detail);
}

void KioskController::startInterview(const QString &service)
{
    if (m_screen != Screen::Home || m_enumerator.isEmpty())
        return;
    checkAvailability();
    if (!available() || (!m_services.isEmpty() && !m_services.contains(service)))
        return;
    setNotice({});
    m_service = service;
    // The consent is read out to the respondent, in their language, before the first question.
    setScreen(askLanguage() ? Screen::Language : Screen::Consent);
}

void KioskController::resumeInterview(const QString &responseId)
{
    store::ResponseStore *store = m_device.store();
    if (m_screen != Screen::Home || !store)
        return;
    const auto draft = store->draft(responseId);
    const auto questionnaire =
        draft.ok() ? store->questionnaire(draft->questionnaireId, draft->questionnaireVersion)
                   : store::Expected<std::shared_ptr<const Questionnaire>>(*draft.error);
    const auto answers = store->draftAnswers(responseId);
    if (!draft.ok() || draft->enumerator != m_enumerator || !questionnaire.ok() || !answers.ok()) {
        setNotice(tr("This draft cannot be opened any more."));
        Q_EMIT draftsChanged();
        return;
    }
    setNotice({});
    m_session.emplace(*questionnaire);
    const QList<Question> &questions = (*questionnaire)->questions;
    // In questionnaire order, so that each answer meets the relevance its earlier ones set.
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const auto saved = answers->constFind(questions.at(i).id);
        if (saved != answers->cend() && !questions.at(i).isCalculated())
            m_session->setAnswer(int(i), *saved);
    }
    m_responseId = responseId;
    m_service = draft->service;
    m_language = draft->language;
    m_questionnaireController.setLanguage(m_language);
    Q_EMIT languageChanged();
    m_clock.start();
    m_clockOffsetMs =
        std::max<qint64>(0, draft->startedAt.msecsTo(QDateTime::currentDateTimeUtc()));
    audit(QStringLiteral("draft.resume"), responseId);
    qCInfo(lcApp) << "field draft resumed with" << answers->size() << "answers";
    // Just after the last answered question; the review when nothing is left.
    int last = -1;
    for (int i : m_session->shownQuestions()) {
        if (!m_session->answers().at(i).isEmpty() && !questions.at(i).isCalculated())
            last = i;
    }
    const int next = last < 0 ? m_session->firstQuestion() : m_session->nextQuestion(last);
    if (next < 0)
        review();
    else
        showQuestion(next);
}

void KioskController::review()
{
    if (!fieldMode() || !m_session || m_responseId.isEmpty())
        return;
    m_returnToReview = false;
    m_pending.reset();
    m_current = -1;
    m_error.clear();
    refreshView();
    setScreen(Screen::Review);
}

QVariantList KioskController::reviewItems() const
{
    QVariantList items;
    if (!m_session || m_screen != Screen::Review)
        return items;
    const QList<Question> &questions = m_session->questionnaire().questions;
    int number = 0;
    for (int i : m_session->shownQuestions()) {
        const Question &q = questions.at(i);
        ++number;
        if (!q.hasValue() || q.isCalculated())
            continue;
        const Value &value = m_session->answers().at(i);
        items.append(QVariantMap{{QStringLiteral("id"), q.id},
                                 {QStringLiteral("number"), number},
                                 {QStringLiteral("text"), q.text.text(m_language)},
                                 {QStringLiteral("answer"), answerText(q, value, m_language)},
                                 {QStringLiteral("missing"), q.required && value.isEmpty()}});
    }
    return items;
}

int KioskController::missingCount() const
{
    return m_session ? int(m_session->missingRequired().size()) : 0;
}

void KioskController::editAnswer(const QString &questionId)
{
    if (m_screen != Screen::Review || !m_session)
        return;
    const int index = m_session->questionnaire().indexOf(questionId);
    if (index < 0 || !m_session->isShown(index))
        return;
    showQuestion(index);
    m_returnToReview = true;
}

void KioskController::completeInterview()
{
    store::ResponseStore *store = m_device.store();
    if (m_screen != Screen::Review || !m_session || !store)
        return;
    if (const int missing = missingCount(); missing > 0) {
        m_error = tr("%n required question(s) still need an answer.", nullptr, missing);
        Q_EMIT questionChanged();
        return;
    }
    const QString id = m_responseId;
    if (const auto failed = store->complete(id)) {
        storageFailed(*failed);
        return;
    }
    audit(QStringLiteral("interview.complete"), id);
    qCInfo(lcApp) << "field interview completed and sealed";
    m_responseId.clear();
    m_session.reset();
    m_device.refresh();
    reset();
    setNotice(tr("Interview completed and sealed. It is sent with the next sync."));
    Q_EMIT responseCompleted();
    Q_EMIT draftsChanged();
}

void KioskController::leaveInterview()
{
    if (!fieldMode() || m_enumerator.isEmpty())
        return;
    const bool hadDraft = !m_responseId.isEmpty();
    m_responseId.clear(); // every answer is already in the draft
    m_session.reset();
    reset();
    if (hadDraft)
        setNotice(tr("Draft saved. Resume it from the list below."));
    Q_EMIT draftsChanged();
}

void KioskController::askDiscard(const QString &responseId)
{
    const QString target = responseId.isEmpty() ? m_responseId : responseId;
    if (!fieldMode() || target.isEmpty())
        return;
    m_discardTarget = target;
    Q_EMIT noticeChanged();
}

void KioskController::cancelDiscard()
{
    m_discardTarget.clear();
    Q_EMIT noticeChanged();
}

void KioskController::discard(const QString &reason)
{
    if (m_discardTarget.isEmpty() || !discardReasonCodes().contains(reason))
        return;
    const QString id = m_discardTarget;
    m_discardTarget.clear();
    if (id == m_responseId) {
        m_responseId.clear();
        m_session.reset();
    }
    discardDraft(id, reason);
    Q_EMIT noticeChanged();
}

void KioskController::discardDraft(const QString &responseId, const QString &reason)
{
    store::ResponseStore *store = m_device.store();
    if (!store)
        return;
    const auto draft = store->draft(responseId);
    if (!draft.ok() || draft->enumerator != m_enumerator)
        return;
    if (const auto failed = store->discard(responseId)) {
        setNotice(storageProblemText(*failed));
        return;
    }
    // The reason, never the answers: they are gone with the draft.
    audit(QStringLiteral("draft.discard"), responseId + u' ' + reason);
    m_device.refresh();
    if (m_screen != Screen::Home)
        reset();
    setNotice(tr("The interview was discarded."));
    Q_EMIT draftsChanged();
}

} // namespace loket
