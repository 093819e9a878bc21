// KioskController, the question screens: what the renderers show, and each answer saved before
// the next screen.
#include "kioskcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "logging.h"

namespace loket {

namespace {

QVariant toVariant(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Empty:
        return {};
    case Value::Kind::Boolean:
        return value.toBool();
    case Value::Kind::Number:
        return value.toNumber();
    case Value::Kind::String:
        return value.toString();
    case Value::Kind::List:
        return value.toList();
    }
    return {};
}

} // namespace

QVariant KioskController::answer() const
{
    if (!m_session || m_current < 0)
        return {};
    if (m_pending)
        return *m_pending;
    return toVariant(m_session->answers().value(m_current));
}

int KioskController::position() const
{
    return m_session ? int(m_session->shownQuestions().indexOf(m_current)) + 1 : 0;
}

int KioskController::shownCount() const
{
    return m_session ? int(m_session->shownQuestions().size()) : 0;
}

bool KioskController::canGoBack() const
{
    return m_session && m_current >= 0 && m_session->previousQuestion(m_current) >= 0;
}
void KioskController::showQuestion(int index)
{
    if (index < 0) {
        finish();
        return;
    }
    m_current = index;
    m_pending.reset();
    m_error.clear();
    m_shownMs = elapsedMs();
    refreshView();
    setScreen(Screen::Question);
}

void KioskController::refreshView()
{
    m_questionView = m_session && m_current >= 0
                         ? questionView(m_session->questionnaire(), m_current, m_language)
                         : QVariantMap();
    Q_EMIT questionChanged();
}

bool KioskController::save(const Value &value)
{
    store::ResponseStore *store = m_device.store();
    if (!m_session || m_current < 0 || !store)
        return false;
    const Question &q = m_session->questionnaire().questions.at(m_current);
    const QList<Value> before = m_session->answers();
    if (const auto refused = m_session->setAnswer(m_current, value)) {
        m_error = answerErrorText(q, *refused, m_language);
        Q_EMIT questionChanged();
        return false;
    }
    // The answer and whatever relevance or calculations changed with it reach the store
    // before the respondent sees anything move.
    const QList<Value> &after = m_session->answers();
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (i != m_current && after.at(i) == before.value(i))
            continue;
        const QString &qid = m_session->questionnaire().questions.at(i).id;
        const store::Timing timing{i == m_current ? m_shownMs : -1, elapsedMs()};
        const store::Status failed =
            after.at(i).isEmpty() ? store->removeAnswer(m_responseId, qid)
                                  : store->saveAnswer(m_responseId, qid, after.at(i), timing);
        if (failed) {
            storageFailed(*failed);
            return false;
        }
    }
    m_error.clear();
    Q_EMIT questionChanged();
    return true;
}

void KioskController::choose(const QVariant &value)
{
    if (m_screen != Screen::Question)
        return;
    if (save(answerValue(m_session->questionnaire().questions.at(m_current), value)))
        next();
}

void KioskController::toggleOption(const QString &code)
{
    if (m_screen != Screen::Question)
        return;
    const Question &q = m_session->questionnaire().questions.at(m_current);
    QStringList selected = m_pending ? *m_pending : m_session->answers().value(m_current).toList();
    if (selected.contains(code)) {
        selected.removeAll(code);
    } else if (q.isNotApplicable(code)) {
        selected = {code}; // "don't know" stands alone
    } else {
        selected.removeIf([&q](const QString &c) { return q.isNotApplicable(c); });
        if (q.maxSelected > 0 && selected.size() >= q.maxSelected) {
            m_error = tr("Choose at most %n answer(s).", nullptr, q.maxSelected);
            Q_EMIT questionChanged();
            return;
        }
        selected.append(code);
    }
    const bool alone = selected.size() == 1 && q.isNotApplicable(selected.constFirst());
    if (!selected.isEmpty() && selected.size() < q.minSelected && !alone) {
        // Too few to be an answer yet: shown, and saved once the minimum is reached.
        m_pending = selected;
        m_error.clear();
        Q_EMIT questionChanged();
        return;
    }
    m_pending.reset();
    save(selected.isEmpty() ? Value() : Value::list(selected));
}

void KioskController::submit(const QVariant &value)
{
    if (m_screen != Screen::Question)
        return;
    const Question &q = m_session->questionnaire().questions.at(m_current);
    const auto parsed = typedValue(q, value.toString(), m_language);
    if (!parsed) {
        m_error = tr("Please enter a number.");
        Q_EMIT questionChanged();
        return;
    }
    if (save(*parsed))
        next();
}

void KioskController::next()
{
    if (m_screen != Screen::Question || !m_session)
        return;
    const Question &q = m_session->questionnaire().questions.at(m_current);
    const Value current = m_session->answers().value(m_current);
    if (m_pending) {
        m_error = tr("Choose at least %n answer(s).", nullptr, q.minSelected);
        Q_EMIT questionChanged();
        return;
    }
    if (q.required && q.hasValue() && current.isEmpty()) {
        m_error = tr("Please answer this question to go on.");
        Q_EMIT questionChanged();
        return;
    }
    if (m_returnToReview) {
        review();
        return;
    }
    showQuestion(m_session->nextQuestion(m_current));
}

void KioskController::back()
{
    if (m_screen != Screen::Question || !canGoBack())
        return;
    showQuestion(m_session->previousQuestion(m_current));
}

void KioskController::finish()
{
    if (fieldMode()) {
        review(); // an enumerator checks every answer before completing
        return;
    }
    store::ResponseStore *store = m_device.store();
    if (const auto failed = store ? store->complete(m_responseId) : std::nullopt) {
        storageFailed(*failed);
        return;
    }
    qCInfo(lcApp) << "response completed and sealed";
    m_responseId.clear();
    m_session.reset();
    m_current = -1;
    refreshView();
    m_device.refresh();
    setScreen(Screen::ThankYou);
    m_thankYou.start(m_options.thankYouS * 1000);
    Q_EMIT responseCompleted();
}
} // namespace loket
