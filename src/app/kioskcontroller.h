#pragma once

#include "idlewatch.h"
#include "injectedsingleton.h"
#include "pinentry.h"

#include "core/session.h"
#include "store/responsestore.h"
#include "store/supervisorpin.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace loket {

class DeviceController;
class QuestionnaireController;

// The kiosk's respondent flow: attract → language → consent → service → one question per
// screen → thank you → attract. It owns the navigation rules and saves every answer before the
// next screen; QML shows `screen` and calls the intents. Nothing of one respondent survives
// into the next: reset() clears every property QML binds to.
class KioskController : public QObject, public InjectedSingleton<KioskController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY availabilityChanged)
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY availabilityChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY availabilityChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList titles READ titles NOTIFY availabilityChanged)
    Q_PROPERTY(QStringList services READ services NOTIFY availabilityChanged)
    Q_PROPERTY(QString service READ service NOTIFY screenChanged)
    // The question on screen: its fields as the renderers need them, in the chosen language.
    Q_PROPERTY(QVariantMap question READ question NOTIFY questionChanged)
    Q_PROPERTY(QString questionId READ questionId NOTIFY questionChanged)
    Q_PROPERTY(QVariant answer READ answer NOTIFY questionChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY questionChanged)
    Q_PROPERTY(int position READ position NOTIFY questionChanged)
    Q_PROPERTY(int shownCount READ shownCount NOTIFY questionChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY questionChanged)
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY idleChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY displayChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY displayChanged)
    Q_PROPERTY(bool pinPadOpen READ pinPadOpen NOTIFY supervisorChanged)
    Q_PROPERTY(bool supervisorOpen READ supervisorOpen NOTIFY supervisorChanged)
    Q_PROPERTY(QString pinError READ pinError NOTIFY supervisorChanged)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY supervisorChanged)
    // Room the on-screen keyboard takes at the bottom while it shows.
    Q_PROPERTY(int keyboardHeight READ keyboardHeight NOTIFY keyboardChanged)
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    // Field mode: an enumerator signs in and interviews; drafts are kept until finished.
    Q_PROPERTY(bool fieldMode READ fieldMode NOTIFY availabilityChanged)
    Q_PROPERTY(QString enumerator READ enumerator NOTIFY enumeratorChanged)
    // The review before completion: every question shown, its answer, and what is missing.
    Q_PROPERTY(QVariantList reviewItems READ reviewItems NOTIFY questionChanged)
    Q_PROPERTY(int missingCount READ missingCount NOTIFY questionChanged)
    // A line for the enumerator's home screen ("interview saved"), cleared on the next step.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The draft whose discarding waits for a reason; empty when none.
    Q_PROPERTY(QString discardTarget READ discardTarget NOTIFY noticeChanged)

public:
    enum class Screen {
        Attract,
        Language,
        Consent,
        Service,
        Question,
        ThankYou,
        SignIn, // field mode, no enumerator signed in
        Home,   // field mode: unit, service, quotas, drafts
        Review  // field mode: every answer before completion
    };
    Q_ENUM(Screen)

    struct Options
    {
        int idleTimeoutS = 45;
        int idleCountdownS = 15;
        int thankYouS = 6;
        bool discardOnIdle = false;  // else kept, sealed, as abandoned
        int fieldIdleTimeoutS = 300; // field mode: the enumerator is signed out, drafts kept
    };

    // No default argument: see InjectedSingleton.
    KioskController(DeviceController &device, QuestionnaireController &questionnaire,
                    QObject *parent);

    // Reads the device's settings (idle timeout, policy, PIN, unit) and shows the attract
    // screen, or why the kiosk cannot invite anyone now.
    void start();
    // The supervisor changed settings: timers and languages now, the mode and the unit's name
    // once the panel closes.
    void reloadSettings();
    // Tests shorten the timers.
    void setOptions(const Options &options);
    Options options() const { return m_options; }
    void setVirtualKeyboard(bool on) { m_virtualKeyboard = on; }
    IdleWatch &idleWatch() { return m_idle; }

    Screen screen() const { return m_screen; }
    QString unitName() const { return m_unitName; }
    bool available() const { return m_unavailable.isEmpty(); }
    QString unavailableReason() const { return m_unavailable; }
    QVariantList languages() const;
    QString language() const { return m_language; }
    QStringList titles() const;
    QStringList services() const { return m_services; }
    QString service() const { return m_service; }
    QVariantMap question() const { return m_questionView; }
    QString questionId() const { return m_questionView.value(QStringLiteral("id")).toString(); }
    QVariant answer() const;
    QString errorText() const { return m_error; }
    int position() const;
    int shownCount() const;
    bool canGoBack() const;
    bool idleWarning() const { return m_idle.warning(); }
    int idleSecondsLeft() const { return m_idle.secondsLeft(); }
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    bool pinPadOpen() const { return m_pinPadOpen; }
    bool supervisorOpen() const { return m_supervisorOpen; }
    QString pinError() const { return m_pinError; }
    int pinLength() const { return m_pinEntry.length(); }
    int keyboardHeight() const;
    bool virtualKeyboard() const { return m_virtualKeyboard; }

    bool fieldMode() const;
    QString enumerator() const { return m_enumerator; }
    QVariantList reviewItems() const;
    int missingCount() const;
    QString notice() const { return m_notice; }
    QString discardTarget() const { return m_discardTarget; }
    // Why an enumerator may discard an interview; labels in FieldController.
    static QStringList discardReasonCodes();
    // FieldController, after an enumerator's PIN was accepted; empty signs out.
    void setEnumerator(const QString &id);

    // The response in progress, if any (tests read the store with it).
    QString responseId() const { return m_responseId; }

    // Intents.
    Q_INVOKABLE void begin();
    Q_INVOKABLE void chooseLanguage(const QString &code);
    Q_INVOKABLE void acceptConsent();
    Q_INVOKABLE void declineConsent();
    Q_INVOKABLE void chooseService(const QString &code);
    // Single, yes/no and scale answers advance on their own once saved.
    Q_INVOKABLE void choose(const QVariant &value);
    Q_INVOKABLE void toggleOption(const QString &code);
    // Text, number and date: the typed value, saved and checked when the respondent goes on.
    Q_INVOKABLE void submit(const QVariant &value);
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void stillHere();
    Q_INVOKABLE void openPinPad();
    Q_INVOKABLE void closePinPad();
    Q_INVOKABLE void enterPin(const QString &pin);
    // A key of the PIN pad: a digit, "⌫" or "OK". The digits never reach QML.
    Q_INVOKABLE void pinKey(const QString &key);
    Q_INVOKABLE void closeSupervisor();

    // Field-mode intents.
    // Then the respondent's language (if the questionnaire has several) and the consent.
    Q_INVOKABLE void startInterview(const QString &service);
    Q_INVOKABLE void resumeInterview(const QString &responseId);
    Q_INVOKABLE void review();
    Q_INVOKABLE void editAnswer(const QString &questionId);
    Q_INVOKABLE void completeInterview();
    // Back to the home screen; every answer is already saved in the draft.
    Q_INVOKABLE void leaveInterview();
    // Discarding asks why first: askDiscard opens the question for a listed draft, or with no
    // id for the interview on screen; discard deletes it, the reason (a code of
    // FieldController::discardReasons) kept in the audit log.
    Q_INVOKABLE void askDiscard(const QString &responseId = {});
    Q_INVOKABLE void cancelDiscard();
    Q_INVOKABLE void discard(const QString &reason);

Q_SIGNALS:
    void screenChanged();
    void availabilityChanged();
    void languageChanged();
    void questionChanged();
    void idleChanged();
    void displayChanged();
    void supervisorChanged();
    void keyboardChanged();
    // A respondent's answers are sealed and queued: the sync engine may send them.
    void responseCompleted();
    void enumeratorChanged();
    void noticeChanged();
    // A field draft started, ended or changed: the home screen's lists are stale.
    void draftsChanged();

private:
    void setScreen(Screen screen);
    void checkAvailability();
    void adoptNewestQuestionnaire();
    void readUnit();
    bool startResponse();
    void showQuestion(int index);
    bool save(const Value &value);
    void finish();
    void endSession();
    void reset();
    void storageFailed(const store::StoreError &error);
    void refreshView();
    Screen restingScreen() const;
    qint64 elapsedMs() const { return m_clockOffsetMs + m_clock.elapsed(); }
    void setNotice(const QString &notice);
    void audit(const QString &action, const QString &detail);
    void discardDraft(const QString &responseId, const QString &reason);

    DeviceController &m_device;
    QuestionnaireController &m_questionnaireController;
    Options m_options;
    IdleWatch m_idle;
    QTimer m_thankYou;
    QTimer m_retry; // re-checks a kiosk that cannot invite anyone

    Screen m_screen = Screen::Attract;
    QString m_unitName;
    QString m_unitId;
    QStringList m_services;
    QString m_unavailable;

    // The respondent's session: all of it is cleared by reset().
    QString m_language;
    QString m_service;
    QString m_responseId;
    std::optional<Session> m_session;
    int m_current = -1;
    std::optional<QStringList> m_pending; // a multiple choice below its minimum, not yet saved
    QVariantMap m_questionView;
    QString m_error;
    QElapsedTimer m_clock;
    qint64 m_clockOffsetMs = 0; // a resumed draft's time before this session
    QString m_enumerator;
    QString m_notice;
    bool m_returnToReview = false; // editing one answer from the review screen
    QString m_discardTarget;
    qint64 m_shownMs = -1;
    bool m_largeText = false;
    bool m_highContrast = false;

    bool m_pinPadOpen = false;
    bool m_supervisorOpen = false;
    QString m_pinError;
    PinEntry m_pinEntry;
    bool m_virtualKeyboard = false;
    bool m_resetOnClose = false;
    QStringList m_offered; // config "languages"; empty: all the questionnaire has
    QStringList offeredLanguages() const;
    // Whether the respondent must choose a language; if not, the one offered is set.
    bool askLanguage();
};

} // namespace loket
