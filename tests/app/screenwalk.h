#pragma once
// Brings a kiosk to every screen it has, one after another, at a given window size: the
// screenshot tool photographs each, and the layout test checks each fits.
#include "kioskui.h"

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
        KioskController::Options o = ui.kiosk.options();
        o.idleTimeoutS = 1;
        ui.kiosk.setOptions(o);
        ui.kiosk.stillHere();
        if (!QTest::qWaitFor([&] { return ui.kiosk.idleWarning(); }, 3000))
            qWarning("the idle warning did not show");
        ui.settle();
        visit(QStringLiteral("idle-warning"), ui);
        ui.tap("idle.continue");
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
        ui.tap("supervisor.resume");
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
