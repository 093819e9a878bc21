#pragma once
// Brings a kiosk to every screen it has, one after another, at a given window size: the
// screenshot tool photographs each, and the layout test checks each fits.
#include "kioskui.h"

#include "store/fieldstaff.h"
#include "store/outbox.h"

#include <functional>

namespace loket::testing {

using ScreenVisitor = std::function<void(const QString &name, KioskUi &ui)>;

inline void walkToQuestion(KioskUi &ui, const QString &questionId,
                           const QHash<QString, QString> &taps = {})
{
    for (int guard = 0; guard < 60 && ui.kiosk.screen() == KioskController::Screen::Question &&
                        ui.questionId() != questionId;
         ++guard) {
        const QString tap = taps.value(ui.questionId(), QStringLiteral("question.next"));
        for (const QString &name : tap.split(u' '))
            ui.tap(name);
    }
}

// An enrolled field tablet of a unit with two services, a quota and one enumerator, E07, whose
// PIN is 7391. Without it nothing that follows means anything, so a failure stops the program.
inline void fieldTablet(DeviceController &device)
{
    const auto key = device.store()->serverKey();
    store::Enrolled e;
    e.endpoint = QStringLiteral("http://127.0.0.1:9");
    e.deviceId = QStringLiteral("dev-1");
    e.token = QString(40, u't');
    e.unit = {QStringLiteral("dukcapil-01"),
              QStringLiteral("Dukcapil Kota Bogor"),
              {QStringLiteral("ktp"), QStringLiteral("kk")},
              QJsonObject{{QStringLiteral("ktp"), 5}},
              {},
              {}};
    if (!key || device.store()->setConfig(QStringLiteral("mode"), QStringLiteral("field")) ||
        store::Outbox(device.database()).saveEnrollment(e, *key) ||
        store::FieldStaff(device.database())
            .add(QStringLiteral("E07"), QStringLiteral("Budi Santoso"), QStringLiteral("7391")))
        qFatal("cannot set up a field tablet");
}

// Answers the question on screen with its first choice (or moves on from a note or text);
// false if that did not move on.
inline bool answerOne(KioskUi &ui)
{
    const QVariantMap q = ui.kiosk.question();
    const QString type = q.value(QStringLiteral("type")).toString();
    const QString before = ui.questionId();
    bool tapped = false;
    if (type == QLatin1String("scale")) {
        const int first =
            q.value(QStringLiteral("points")).toList().constFirst().toMap().value("value").toInt();
        tapped = ui.tap(QStringLiteral("scale.%1").arg(first));
    } else if (type == QLatin1String("single") || type == QLatin1String("yesno") ||
               type == QLatin1String("multiple")) {
        const QString code = q.value(QStringLiteral("options"))
                                 .toList()
                                 .constFirst()
                                 .toMap()
                                 .value("code")
                                 .toString();
        tapped = ui.tap(QStringLiteral("answer.") + code) &&
                 (type != QLatin1String("multiple") || ui.tap("question.next"));
    } else {
        tapped = ui.tap("question.next");
    }
    return tapped &&
           (ui.kiosk.screen() != KioskController::Screen::Question || ui.questionId() != before);
}

inline void startRespondent(KioskUi &ui, const char *language = "language.id")
{
    ui.tap("attract.start");
    ui.tap(language);
    ui.tap("consent.accept");
}

inline void walkScreens(QSize size, const ScreenVisitor &visit)
{
    const QString allTypes = QStringLiteral(LOKET_SOURCE_DIR "/tests/data/all-types.json");
    {
        KioskUi ui(QStringLiteral("spi-external"), size, [](DeviceController &d) {
            d.store()->setConfig(
                QStringLiteral("unit_name"),
                QStringLiteral("Dinas Kependudukan dan Pencatatan Sipil Kota Bandung"));
            d.store()->setConfig(QStringLiteral("kiosk_pin"), QStringLiteral("2468"));
        });
        visit(QStringLiteral("attract"), ui);
        ui.tap("attract.start");
        visit(QStringLiteral("language"), ui);
        ui.tap("language.id");
        visit(QStringLiteral("consent"), ui);
        ui.tap("consent.accept");
        visit(QStringLiteral("question-yesno"), ui);
        ui.tap("answer.yes");
        visit(QStringLiteral("question-single"), ui);
        walkToQuestion(ui, QStringLiteral("info_jelas"),
                       {{"layanan", "answer.adminduk"}, {"frekuensi", "answer.1"}});
        visit(QStringLiteral("question-scale-dont-know"), ui);
        walkToQuestion(ui, QStringLiteral("bentuk_imbalan"),
                       {{"info_jelas", "scale.3"},
                        {"adil", "scale.3"},
                        {"biaya_resmi", "answer.yes"},
                        {"diminta_imbalan", "answer.yes"}});
        ui.tap("answer.uang");
        visit(QStringLiteral("question-multiple"), ui);
        const KioskController::Options usual = ui.kiosk.options();
        KioskController::Options o = usual;
        o.idleTimeoutS = 1;
        ui.kiosk.setOptions(o);
        ui.kiosk.stillHere();
        if (!QTest::qWaitFor([&] { return ui.kiosk.idleWarning(); }, 3000))
            qWarning("the idle warning did not show");
        ui.settle();
        visit(QStringLiteral("idle-warning"), ui);
        ui.tap("idle.continue");
        ui.kiosk.setOptions(usual);
        ui.kiosk.stillHere();
        ui.kiosk.openPinPad();
        for (const char *key : {"pin.key.1", "pin.key.2", "pin.key.3"})
            ui.tap(key);
        visit(QStringLiteral("pin-pad"), ui);
        ui.tap("pin.key.erase");
        ui.tap("pin.key.erase");
        ui.tap("pin.key.erase");
        for (const char *key : {"pin.key.2", "pin.key.4", "pin.key.6", "pin.key.8", "pin.key.OK"})
            ui.tap(key);
        visit(QStringLiteral("supervisor"), ui);
        ui.scrollTo(QStringLiteral("settings.addEnumerator"));
        visit(QStringLiteral("supervisor-settings"), ui);
        ui.tap("supervisor.resume");
    }
    {
        // Field mode: sign-in, home with quotas and a draft, a question, the review, discard.
        KioskUi ui(QStringLiteral("spi-external"), size, fieldTablet);
        visit(QStringLiteral("field-sign-in"), ui);
        ui.tap("signIn.enumerator.E07");
        for (const char *key : {"signIn.key.1", "signIn.key.2", "signIn.key.3", "signIn.key.4",
                                "signIn.key.OK", "signIn.key.7", "signIn.key.3"})
            ui.tap(key);
        visit(QStringLiteral("field-sign-in-pin"), ui);
        for (const char *key : {"signIn.key.9", "signIn.key.1", "signIn.key.OK"})
            ui.tap(key);
        ui.tap("home.start.ktp");
        ui.tap("language.id");
        ui.tap("consent.accept");
        ui.tap("answer.yes");
        ui.tap("answer.adminduk");
        visit(QStringLiteral("field-question"), ui);
        ui.tap("question.leave");
        visit(QStringLiteral("field-home"), ui);
        ui.tap("home.resume.0");
        for (int i = 0; i < 80 && ui.kiosk.screen() == KioskController::Screen::Question; ++i)
            answerOne(ui);
        visit(QStringLiteral("field-review"), ui);
        ui.tap("review.discard");
        visit(QStringLiteral("field-discard"), ui);
        ui.tap("discard.cancel");
    }
    {
        KioskUi ui(QStringLiteral("spi-external"), size);
        ui.tap("attract.start");
        ui.tap("display.largeText");
        ui.tap("display.highContrast");
        visit(QStringLiteral("language-large-contrast"), ui);
        ui.tap("language.en");
        ui.tap("consent.accept");
        ui.tap("answer.yes");
        walkToQuestion(ui, QStringLiteral("info_jelas"),
                       {{"layanan", "answer.adminduk"}, {"frekuensi", "answer.1"}});
        visit(QStringLiteral("question-scale-large-contrast-en"), ui);
    }
    {
        KioskUi ui(allTypes, size);
        startRespondent(ui);
        visit(QStringLiteral("question-note"), ui);
        walkToQuestion(ui, QStringLiteral("angka"),
                       {{"setuju", "answer.yes"},
                        {"layanan", "answer.ktp"},
                        {"kanal", "answer.papan question.next"}});
        visit(QStringLiteral("question-scale-0-10"), ui);
        ui.tap("scale.9");
        ui.tap("scale.4");
        ui.tap("question.back");
        visit(QStringLiteral("question-stars"), ui);
        ui.tap("question.next");
        visit(QStringLiteral("question-faces"), ui);
        ui.tap("scale.4");
        ui.tap("scale.3");
        visit(QStringLiteral("question-number"), ui);
        if (QQuickItem *field = ui.find("number.input"))
            field->setProperty("text", QStringLiteral("12"));
        ui.tap("question.next");
        visit(QStringLiteral("question-number-error"), ui);
        if (QQuickItem *field = ui.find("number.input"))
            field->setProperty("text", QStringLiteral("41"));
        ui.tap("question.next");
        visit(QStringLiteral("question-date"), ui);
        ui.tap("question.next");
        if (QQuickItem *field = ui.find("text.input"))
            field->setProperty("text", QStringLiteral("Antrean sudah tertib, tetapi ruang tunggu "
                                                      "panas. Mohon tambah kipas angin."));
        visit(QStringLiteral("question-text"), ui);
        ui.tap("question.next");
        visit(QStringLiteral("thank-you"), ui);
    }
    {
        KioskUi ui(QStringLiteral("spi-external"), size, {}, false);
        visit(QStringLiteral("unavailable"), ui);
    }
}

} // namespace loket::testing
