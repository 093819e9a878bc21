#include "kioskcontroller.h"

#include "answertext.h"
#include "devicecontroller.h"
#include "logging.h"
#include "questionnairecontroller.h"

#include "store/outbox.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QRectF>

namespace loket {

namespace {

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
        if (fieldMode()) {
            // An unattended tablet signs its enumerator out; the interview stays a draft.
            qCInfo(lcApp) << "enumerator signed out after inactivity; draft kept";
            audit(QStringLiteral("sign_out"), QStringLiteral("idle"));
            m_responseId.clear();
            m_enumerator.clear();
            Q_EMIT enumeratorChanged();
            reset();
            return;
        }
        qCInfo(lcApp) << "respondent left; session ended by the idle policy";
        endSession();
        reset();
    });
}

void KioskController::setOptions(const Options &options)
{
    m_options = options;
    m_idle.setDurations(fieldMode() ? options.fieldIdleTimeoutS : options.idleTimeoutS,
                        options.idleCountdownS);
    m_thankYou.setInterval(options.thankYouS * 1000);
}

void KioskController::reloadSettings()
{
    m_device.reloadMode();
    Options o = m_options;
    if (store::ResponseStore *store = m_device.store()) {
        o.idleTimeoutS = setting(*store, "idle_timeout", o.idleTimeoutS, 10, 600);
        o.idleCountdownS = setting(*store, "idle_countdown", o.idleCountdownS, 5, 60);
        o.discardOnIdle =
            store->config(QStringLiteral("abandon_policy")) == QLatin1String("discard");
        o.fieldIdleTimeoutS = setting(*store, "field_idle_timeout", o.fieldIdleTimeoutS, 60, 3600);
        m_offered = store->config(QStringLiteral("languages")).split(u',', Qt::SkipEmptyParts);
    }
    setOptions(o);
    if (!fieldMode() && !m_enumerator.isEmpty()) {
        m_enumerator.clear(); // the tablet became a kiosk
        Q_EMIT enumeratorChanged();
    }
    m_resetOnClose = true;
    Q_EMIT availabilityChanged();
}

void KioskController::start()
{
    reloadSettings();
    m_resetOnClose = false;
    reset();
}

bool KioskController::askLanguage()
{
    const QStringList offered = offeredLanguages();
    if (offered.size() > 1)
        return true;
    // One language offered: it is the respondent's, even if not the questionnaire's first.
    if (offered.value(0) != m_language && !offered.isEmpty()) {
        m_language = offered.constFirst();
        m_questionnaireController.setLanguage(m_language);
        Q_EMIT languageChanged();
    }
    return false;
}

QStringList KioskController::offeredLanguages() const
{
    QStringList out;
    for (const QString &code : m_questionnaireController.languages()) {
        if (m_offered.isEmpty() || m_offered.contains(code))
            out.append(code);
    }
    // A setting naming no language of this questionnaire must not leave nobody able to start.
    return out.isEmpty() ? m_questionnaireController.languages() : out;
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
    for (const QString &code : offeredLanguages())
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
    if (screen == Screen::Attract || screen == Screen::ThankYou || screen == Screen::SignIn)
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
    setScreen(askLanguage() ? Screen::Language : Screen::Consent);
}

void KioskController::chooseLanguage(const QString &code)
{
    if (m_screen != Screen::Language || !offeredLanguages().contains(code))
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
    // In field mode the enumerator chose the service before the consent was read out.
    if (!fieldMode() && m_services.size() > 1) {
        setScreen(Screen::Service);
        return;
    }
    if (!fieldMode())
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
    info.channel = fieldMode() ? store::Mode::Field : store::Mode::Kiosk;
    info.enumerator = m_enumerator; // paradata: who interviewed, never who answered
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
    m_clockOffsetMs = 0;
    if (fieldMode())
        Q_EMIT draftsChanged();
    return true;
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
    m_returnToReview = false;
    m_discardTarget.clear();
    m_service.clear();
    m_error.clear();
    m_shownMs = -1;
    m_clockOffsetMs = 0;
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
    setScreen(restingScreen());
}

KioskController::Screen KioskController::restingScreen() const
{
    if (!fieldMode())
        return Screen::Attract;
    return m_enumerator.isEmpty() ? Screen::SignIn : Screen::Home;
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

int KioskController::keyboardHeight() const
{
    const QInputMethod *im = QGuiApplication::inputMethod();
    return im && im->isVisible() ? int(im->keyboardRectangle().height()) : 0;
}

} // namespace loket
