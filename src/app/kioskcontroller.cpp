#include "kioskcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "logging.h"
#include "questionnairecontroller.h"

#include "store/outbox.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QLocale>
#include <QRectF>

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

int setting(store::ResponseStore &store, const char *key, int fallback, int low, int high)
{
    bool ok = false;
    const int v = store.config(QLatin1String(key)).toInt(&ok);
    return ok ? std::clamp(v, low, high) : fallback;
}

} // namespace

KioskController::KioskController(DeviceController &device, QuestionnaireController &questionnaire,
                                 QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_questionnaireController(questionnaire)
{
    m_thankYou.setSingleShot(true);
    connect(&m_thankYou, &QTimer::timeout, this, &KioskController::reset);
    m_retry.setInterval(30 * 1000);
    connect(&m_retry, &QTimer::timeout, this, &KioskController::checkAvailability);
    connect(&m_idle, &IdleWatch::changed, this, &KioskController::idleChanged);
    if (QInputMethod *im = QGuiApplication::inputMethod()) {
        connect(im, &QInputMethod::visibleChanged, this, &KioskController::keyboardChanged);
        connect(im, &QInputMethod::keyboardRectangleChanged, this,
                &KioskController::keyboardChanged);
    }
    connect(&m_idle, &IdleWatch::expired, this, [this] {
        qCInfo(lcApp) << "respondent left; session ended by the idle policy";
        endSession();
        reset();
    });
}

void KioskController::setOptions(const Options &options)
{
    m_options = options;
    m_idle.setDurations(options.idleTimeoutS, options.idleCountdownS);
    m_thankYou.setInterval(options.thankYouS * 1000);
}

void KioskController::start()
{
    Options o = m_options;
    if (store::ResponseStore *store = m_device.store()) {
        o.idleTimeoutS = setting(*store, "idle_timeout", o.idleTimeoutS, 10, 600);
        o.idleCountdownS = setting(*store, "idle_countdown", o.idleCountdownS, 5, 60);
        o.discardOnIdle =
            store->config(QStringLiteral("abandon_policy")) == QLatin1String("discard");
    }
    setOptions(o);
    reset();
}

void KioskController::readUnit()
{
    store::ResponseStore *store = m_device.store();
    if (!store)
        return;
    // Enrollment may happen while the kiosk runs; the unit takes effect for the next respondent.
    if (const auto enrolled = store::Outbox(m_device.database()).enrollment()) {
        m_unitId = enrolled->unit.id;
        m_unitName = enrolled->unit.name;
        m_services = enrolled->unit.services;
    }
    m_unitName = store->config(QStringLiteral("unit_name"), m_unitName);
}

QVariantList KioskController::languages() const
{
    QVariantList list;
    for (const QString &code : m_questionnaireController.languages())
        list.append(QVariantMap{{QStringLiteral("code"), code},
                                {QStringLiteral("name"), languageName(code)}});
    return list;
}

QStringList KioskController::titles() const
{
    QStringList list;
    if (const auto q = m_questionnaireController.questionnaire()) {
        for (const QString &code : q->languages) {
            const QString title = q->title.text(code);
            if (!list.contains(title))
                list.append(title);
        }
    }
    return list;
}

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

void KioskController::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    Q_EMIT displayChanged();
}

void KioskController::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT displayChanged();
}

void KioskController::setScreen(Screen screen)
{
    if (screen == Screen::Attract || screen == Screen::ThankYou)
        m_idle.disarm();
    else if (!m_idle.armed())
        m_idle.arm();
    if (screen == m_screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged();
}

void KioskController::adoptNewestQuestionnaire()
{
    const auto current = m_questionnaireController.questionnaire();
    const auto db = m_device.database();
    if (!current || !db)
        return;
    const auto newest = store::Outbox(db).newestQuestionnaire(current->id);
    if (!newest.ok() || !*newest || (*newest)->first <= current->version)
        return;
    // The sync engine checked it before storing it; check again before anyone answers it.
    const QByteArray previous = m_questionnaireController.body();
    const QString previousSource = m_questionnaireController.source();
    const QString source = QStringLiteral("%1 version %2").arg(current->id).arg((*newest)->first);
    if (m_questionnaireController.loadBytes((*newest)->second, source)) {
        qCInfo(lcApp) << "now asking" << source;
        Q_EMIT availabilityChanged();
    } else {
        qCWarning(lcApp) << "a stored questionnaire was refused; keeping version"
                         << current->version;
        m_questionnaireController.loadBytes(previous, previousSource);
    }
}

void KioskController::checkAvailability()
{
    QString reason;
    store::ResponseStore *store = m_device.store();
    if (!m_questionnaireController.loaded())
        reason = tr("The questionnaire on this tablet could not be read, so the survey is paused. "
                    "Please tell the staff at the counter.");
    else if (!store)
        reason = storageProblemText(std::nullopt);
    else if (const auto refused = store->canStart())
        reason = storageProblemText(*refused);
    if (reason != m_unavailable) {
        m_unavailable = reason;
        Q_EMIT availabilityChanged();
    }
    if (m_unavailable.isEmpty())
        m_retry.stop();
    else if (!m_retry.isActive())
        m_retry.start();
}

void KioskController::begin()
{
    if (m_screen != Screen::Attract)
        return;
    checkAvailability();
    if (!available())
        return;
    if (m_questionnaireController.languages().size() > 1)
        setScreen(Screen::Language);
    else
        setScreen(Screen::Consent);
}

void KioskController::chooseLanguage(const QString &code)
{
    if (m_screen != Screen::Language || !m_questionnaireController.languages().contains(code))
        return;
    m_language = code;
    m_questionnaireController.setLanguage(code);
    Q_EMIT languageChanged();
    setScreen(Screen::Consent);
}

void KioskController::acceptConsent()
{
    if (m_screen != Screen::Consent)
        return;
    if (m_services.size() > 1) {
        setScreen(Screen::Service);
        return;
    }
    m_service = m_services.value(0);
    if (startResponse())
        showQuestion(m_session->firstQuestion());
}

void KioskController::declineConsent()
{
    if (m_screen == Screen::Consent)
        reset();
}

void KioskController::chooseService(const QString &code)
{
    if (m_screen != Screen::Service || !m_services.contains(code))
        return;
    m_service = code;
    if (startResponse())
        showQuestion(m_session->firstQuestion());
}

bool KioskController::startResponse()
{
    const auto questionnaire = m_questionnaireController.questionnaire();
    store::ResponseStore *store = m_device.store();
    if (!questionnaire || !store) {
        reset();
        return false;
    }
    store::StartInfo info;
    info.channel = store::Mode::Kiosk;
    info.unit = m_unitId;
    info.service = m_service;
    info.language = m_language;
    const auto id = store->start(*questionnaire, m_questionnaireController.body(), info);
    if (!id.ok()) {
        storageFailed(*id.error);
        return false;
    }
    m_responseId = *id;
    m_session.emplace(questionnaire);
    m_clock.start();
    return true;
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
    m_shownMs = m_clock.elapsed();
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
        const store::Timing timing{i == m_current ? m_shownMs : -1, m_clock.elapsed()};
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

void KioskController::stillHere()
{
    m_idle.poke();
}

void KioskController::endSession()
{
    store::ResponseStore *store = m_device.store();
    if (m_responseId.isEmpty() || !store)
        return;
    const store::Status failed =
        m_options.discardOnIdle ? store->discard(m_responseId) : store->abandon(m_responseId);
    if (failed)
        qCWarning(lcApp) << "could not end the session:" << failed->message;
    m_responseId.clear();
    m_device.refresh();
}

void KioskController::reset()
{
    m_thankYou.stop();
    m_idle.disarm();
    m_responseId.clear();
    m_session.reset();
    m_current = -1;
    m_pending.reset();
    m_service.clear();
    m_error.clear();
    m_shownMs = -1;
    m_language = LocalizedText::Fallback.toString();
    m_questionnaireController.setLanguage(m_language);
    m_largeText = false;
    m_highContrast = false;
    m_pinPadOpen = false;
    m_supervisorOpen = false;
    m_pinError.clear();
    m_pinEntry.clear();
    refreshView();
    // Between respondents, and only then, a newer questionnaire version and unit take over.
    adoptNewestQuestionnaire();
    readUnit();
    Q_EMIT availabilityChanged(); // the unit's name and services may have changed
    Q_EMIT languageChanged();
    Q_EMIT displayChanged();
    Q_EMIT supervisorChanged();
    checkAvailability();
    setScreen(Screen::Attract);
}

void KioskController::storageFailed(const store::StoreError &error)
{
    qCWarning(lcApp) << "storage failed during a respondent's session:" << error.message;
    // The draft stays as far as it got; start-up recovery closes it as abandoned.
    m_responseId.clear();
    m_session.reset();
    m_current = -1;
    m_device.refresh();
    reset();
    m_unavailable = storageProblemText(error);
    Q_EMIT availabilityChanged();
    m_retry.start();
}

void KioskController::openPinPad()
{
    m_pinPadOpen = true;
    m_pinError.clear();
    m_idle.poke();
    Q_EMIT supervisorChanged();
}

int KioskController::keyboardHeight() const
{
    const QInputMethod *im = QGuiApplication::inputMethod();
    return im && im->isVisible() ? int(im->keyboardRectangle().height()) : 0;
}

void KioskController::pinKey(const QString &key)
{
    if (!m_pinPadOpen)
        return;
    if (key == QLatin1String("OK")) {
        const QString pin = m_pinEntry;
        m_pinEntry.clear();
        enterPin(pin);
        return;
    }
    if (key == QStringLiteral("⌫"))
        m_pinEntry.chop(1);
    else if (key.size() == 1 && key.at(0).isDigit() && m_pinEntry.size() < 12)
        m_pinEntry.append(key);
    Q_EMIT supervisorChanged();
}

void KioskController::closePinPad()
{
    m_pinEntry.clear();
    m_pinPadOpen = false;
    m_pinError.clear();
    Q_EMIT supervisorChanged();
}

void KioskController::enterPin(const QString &pin)
{
    if (!m_pinPadOpen)
        return;
    const auto db = m_device.database();
    if (!db) {
        m_pinError = storageProblemText(std::nullopt);
        Q_EMIT supervisorChanged();
        return;
    }
    // Argon2id, the lockout and the audit log live in the store, shared with loket-cli.
    const auto attempt = store::SupervisorPin(db).unlock(pin);
    using Outcome = store::SupervisorPin::Outcome;
    switch (attempt.outcome) {
    case Outcome::Unlocked:
        qCInfo(lcApp) << "supervisor panel unlocked";
        m_pinPadOpen = false;
        m_supervisorOpen = true;
        m_pinError.clear();
        // The panel locks itself when the supervisor walks away, as a respondent's session ends.
        m_idle.arm();
        break;
    case Outcome::Wrong:
        m_pinError =
            tr("Wrong PIN. %n more attempt(s) before a lockout.", nullptr, attempt.attemptsLeft);
        break;
    case Outcome::LockedOut:
        m_pinError =
            tr("Too many wrong PINs. Try again at %1.")
                .arg(QLocale(m_language)
                         .toString(attempt.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        break;
    case Outcome::NotSet:
        m_pinError = tr("No supervisor PIN is set on this tablet.");
        break;
    case Outcome::StorageError:
        m_pinError = storageProblemText(store::StoreError{store::StoreError::Kind::Io, {}});
        break;
    }
    Q_EMIT supervisorChanged();
}

void KioskController::closeSupervisor()
{
    m_supervisorOpen = false;
    if (m_screen == Screen::Attract)
        m_idle.disarm();
    Q_EMIT supervisorChanged();
    m_device.refresh();
    checkAvailability();
}

} // namespace loket
