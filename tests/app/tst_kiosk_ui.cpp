// The kiosk end to end: the real QML offscreen, tapped by objectName, then the store checked.
#include "kioskui.h"

#include "store/outbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace loket;
using loket::testing::KioskUi;
using Screen = KioskController::Screen;

namespace {

// How this test's respondent answers each SPI question; anything else gets its first choice.
QString tapFor(const KioskUi &ui, const QHash<QString, QString> &plan)
{
    const QVariantMap q = ui.kiosk.question();
    const QString id = q.value(QStringLiteral("id")).toString();
    if (plan.contains(id))
        return plan.value(id);
    const QString type = q.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("scale"))
        return QStringLiteral("scale.%1")
            .arg(q.value(QStringLiteral("points"))
                     .toList()
                     .constFirst()
                     .toMap()
                     .value("value")
                     .toInt());
    if (type == QLatin1String("single") || type == QLatin1String("yesno"))
        return QStringLiteral("answer.") + q.value(QStringLiteral("options"))
                                               .toList()
                                               .constFirst()
                                               .toMap()
                                               .value("code")
                                               .toString();
    if (type == QLatin1String("multiple"))
        return QStringLiteral("answer.") +
               q.value(QStringLiteral("options"))
                   .toList()
                   .constFirst()
                   .toMap()
                   .value("code")
                   .toString() +
               QStringLiteral(" question.next");
    return QStringLiteral("question.next");
}

void startRespondent(KioskUi &ui, const char *language = "language.id")
{
    REQUIRE(ui.kiosk.screen() == Screen::Attract);
    REQUIRE(ui.tap("attract.start"));
    REQUIRE(ui.kiosk.screen() == Screen::Language);
    REQUIRE(ui.tap(language));
    REQUIRE(ui.kiosk.screen() == Screen::Consent);
    REQUIRE(ui.tap("consent.accept"));
    REQUIRE(ui.kiosk.screen() == Screen::Question);
}

// Taps through to the end: a plan entry may list several taps separated by spaces.
void walk(KioskUi &ui, const QHash<QString, QString> &plan, QStringList *seen = nullptr,
          const QString &stopAt = QString())
{
    for (int guard = 0; ui.kiosk.screen() == Screen::Question && ui.questionId() != stopAt;
         ++guard) {
        REQUIRE(guard < 100);
        if (seen)
            seen->append(ui.questionId());
        const QString before = ui.questionId();
        const QStringList taps = tapFor(ui, plan).split(u' ');
        for (const QString &name : taps) {
            INFO("question " << before.toStdString() << ", tapping " << name.toStdString());
            REQUIRE(ui.tap(name));
        }
        INFO("question " << before.toStdString() << ": " << ui.kiosk.errorText().toStdString());
        REQUIRE((ui.kiosk.screen() != Screen::Question || ui.questionId() != before));
    }
}

QStringList responseIds(KioskUi &ui)
{
    auto q =
        ui.device.database()->run(QStringLiteral("SELECT id FROM responses ORDER BY started_at"));
    REQUIRE(q.ok());
    QStringList ids;
    while (q.value->next())
        ids.append(q.value->value(0).toString());
    return ids;
}

} // namespace

TEST_CASE("a respondent taps through the whole SPI questionnaire", "[app][ui][kiosk]")
{
    KioskUi ui;
    REQUIRE(ui.window);
    REQUIRE(ui.warnings.isEmpty());
    REQUIRE(ui.find("screen.attract"));
    startRespondent(ui, "language.en");
    CHECK(ui.kiosk.language() == QLatin1String("en"));
    const QString id = ui.kiosk.responseId();
    REQUIRE_FALSE(id.isEmpty());

    const QHash<QString, QString> plan{
        {"dilayani", "answer.yes"},
        {"layanan", "answer.perizinan"},
        {"info_jelas", "answer.dont_know"},
        {"adil", "scale.3"},
        {"diminta_imbalan", "answer.yes"},
        {"bentuk_imbalan", "answer.uang answer.barang question.next"},
        {"besar_imbalan", "answer.50rb_500rb"},
        {"memberi_imbalan", "answer.no"},
        {"ada_calo", "answer.no"},
        {"saran", "question.next"},
    };
    QStringList seen;
    walk(ui, plan, &seen);
    CHECK(ui.kiosk.screen() == Screen::ThankYou);
    REQUIRE(ui.find("screen.thankYou"));
    // Questions of the sections the screening opened, and those the answers opened, were shown.
    CHECK(seen.contains(QStringLiteral("besar_imbalan")));
    CHECK_FALSE(seen.contains(QStringLiteral("bukan_responden")));
    CHECK_FALSE(seen.contains(QStringLiteral("pakai_calo")));

    REQUIRE(ui.device.store()->state(id).ok());
    CHECK(*ui.device.store()->state(id) == store::State::Queued);
    const QJsonObject doc = ui.sealedDocument(id);
    const QJsonObject answers = doc.value(QStringLiteral("answers")).toObject();
    CHECK(answers.value("dilayani").toString() == QLatin1String("yes"));
    CHECK(answers.value("layanan").toString() == QLatin1String("perizinan"));
    CHECK(answers.value("info_jelas").toString() == QLatin1String("dont_know"));
    CHECK(answers.value("adil").toDouble() == 3);
    CHECK(answers.value("bentuk_imbalan").toVariant().toStringList() ==
          QStringList{"uang", "barang"});
    CHECK(answers.value("besar_imbalan").toString() == QLatin1String("50rb_500rb"));
    CHECK_FALSE(answers.contains(QStringLiteral("pakai_calo")));
    CHECK(doc.value(QStringLiteral("language")).toString() == QLatin1String("en"));
    // Nothing of the respondent stays readable on the device.
    auto plain = ui.device.database()->run(QStringLiteral("SELECT COUNT(*) FROM answers"));
    REQUIRE((plain.ok() && plain.value->next()));
    CHECK(plain.value->value(0).toInt() == 0);
    CHECK(ui.warnings.isEmpty());
}

TEST_CASE("going back and changing an answer drops the questions it hid", "[app][ui][kiosk]")
{
    KioskUi ui;
    startRespondent(ui);
    const QString id = ui.kiosk.responseId();
    const QHash<QString, QString> plan{{"dilayani", "answer.yes"},
                                       {"diminta_imbalan", "answer.yes"},
                                       {"bentuk_imbalan", "answer.uang question.next"},
                                       {"besar_imbalan", "answer.lt_50rb"}};
    walk(ui, plan, nullptr, QStringLiteral("memberi_imbalan"));
    REQUIRE(ui.questionId() == QLatin1String("memberi_imbalan"));
    auto draft = ui.device.store()->draftAnswers(id);
    REQUIRE(draft.ok());
    CHECK(draft->contains(QStringLiteral("besar_imbalan")));

    // Back three screens to the bribery question; the saved answer shows as selected.
    for (const char *expected : {"besar_imbalan", "bentuk_imbalan", "diminta_imbalan"}) {
        REQUIRE(ui.tap("question.back"));
        REQUIRE(ui.questionId() == QLatin1String(expected));
    }
    CHECK(ui.kiosk.answer().toString() == QLatin1String("yes"));
    REQUIRE(ui.tap("answer.no"));
    CHECK(ui.questionId() == QLatin1String("memberi_sukarela"));
    draft = ui.device.store()->draftAnswers(id);
    REQUIRE(draft.ok());
    CHECK(draft->value(QStringLiteral("diminta_imbalan")).toString() == QLatin1String("no"));
    CHECK_FALSE(draft->contains(QStringLiteral("bentuk_imbalan")));
    CHECK_FALSE(draft->contains(QStringLiteral("besar_imbalan")));

    walk(ui, {});
    REQUIRE(ui.kiosk.screen() == Screen::ThankYou);
    const QJsonObject answers = ui.sealedDocument(id).value(QStringLiteral("answers")).toObject();
    CHECK(answers.value("diminta_imbalan").toString() == QLatin1String("no"));
    CHECK_FALSE(answers.contains(QStringLiteral("bentuk_imbalan")));
    CHECK_FALSE(answers.contains(QStringLiteral("besar_imbalan")));
}

TEST_CASE("a respondent who walks away is ended by the idle policy", "[app][ui][kiosk]")
{
    const bool discard = GENERATE(false, true);
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), [&](DeviceController &d) {
        d.store()->setConfig(QStringLiteral("abandon_policy"),
                             discard ? QStringLiteral("discard") : QStringLiteral("abandon"));
    });
    KioskController::Options o = ui.kiosk.options();
    o.idleTimeoutS = 1;
    o.idleCountdownS = 2;
    ui.kiosk.setOptions(o);
    startRespondent(ui);
    const QString id = ui.kiosk.responseId();
    REQUIRE(ui.tap("answer.yes"));
    REQUIRE(ui.tap("answer.adminduk"));

    // A touch on the warning keeps the respondent's place.
    REQUIRE(QTest::qWaitFor([&] { return ui.find("idle.overlay") != nullptr; }, 3000));
    CHECK(ui.kiosk.idleSecondsLeft() == 2);
    REQUIRE(ui.tap("idle.continue"));
    CHECK_FALSE(ui.kiosk.idleWarning());
    CHECK(ui.questionId() == QLatin1String("frekuensi"));

    // Then nobody answers it.
    REQUIRE(QTest::qWaitFor([&] { return ui.kiosk.screen() == Screen::Attract; }, 6000));
    ui.settle();
    CHECK(ui.find("screen.attract"));
    CHECK_FALSE(ui.find("idle.overlay"));
    const auto state = ui.device.store()->state(id);
    if (discard) {
        CHECK_FALSE(state.ok());
        CHECK(responseIds(ui).isEmpty());
    } else {
        REQUIRE(state.ok());
        CHECK(*state == store::State::Abandoned);
        const QJsonObject answers = ui.sealedDocument(id).value("answers").toObject();
        CHECK(answers.value("layanan").toString() == QLatin1String("adminduk"));
    }
}

TEST_CASE("the next respondent sees nothing of the previous one", "[app][ui][kiosk]")
{
    KioskUi ui(QStringLiteral("spi-external"), QSize(800, 1280));
    KioskController::Options o = ui.kiosk.options();
    o.thankYouS = 1;
    ui.kiosk.setOptions(o);

    // The first respondent reads English in large, high-contrast text, answers, types a
    // suggestion, and finishes.
    REQUIRE(ui.tap("attract.start"));
    REQUIRE(ui.tap("display.largeText"));
    REQUIRE(ui.tap("display.highContrast"));
    CHECK(ui.kiosk.largeText());
    REQUIRE(ui.tap("language.en"));
    REQUIRE(ui.tap("consent.accept"));
    walk(ui, {{"dilayani", "answer.yes"}}, nullptr, QStringLiteral("saran"));
    REQUIRE(ui.questionId() == QLatin1String("saran"));
    QQuickItem *field = ui.find("text.input");
    REQUIRE(field);
    field->setProperty("text", QStringLiteral("Antrean terlalu panjang"));
    REQUIRE(ui.tap("question.next"));
    REQUIRE(ui.kiosk.screen() == Screen::ThankYou);
    const QString first = responseIds(ui).value(0);
    CHECK(ui.sealedDocument(first).value("answers").toObject().value("saran").toString() ==
          QLatin1String("Antrean terlalu panjang"));
    REQUIRE(QTest::qWaitFor([&] { return ui.kiosk.screen() == Screen::Attract; }, 3000));
    ui.settle();

    // The second sees the defaults: Indonesian, normal text, nothing selected or typed.
    CHECK(ui.kiosk.language() == QLatin1String("id"));
    CHECK_FALSE(ui.kiosk.largeText());
    CHECK_FALSE(ui.kiosk.highContrast());
    REQUIRE(ui.tap("attract.start"));
    QQuickItem *largeText = ui.find("display.largeText");
    REQUIRE(largeText);
    CHECK_FALSE(largeText->property("selected").toBool());
    REQUIRE(ui.tap("language.id"));
    REQUIRE(ui.tap("consent.accept"));
    CHECK(ui.questionId() == QLatin1String("dilayani"));
    CHECK_FALSE(ui.kiosk.answer().isValid());
    for (const char *name : {"answer.yes", "answer.no"}) {
        QQuickItem *button = ui.find(name);
        REQUIRE(button);
        CHECK_FALSE(button->property("selected").toBool());
    }
    CHECK_FALSE(ui.find("question.back"));
    walk(ui, {{"dilayani", "answer.yes"}}, nullptr, QStringLiteral("saran"));
    field = ui.find("text.input");
    REQUIRE(field);
    CHECK(field->property("text").toString().isEmpty());
    const QString second = ui.kiosk.responseId();
    CHECK(second != first);
    CHECK_FALSE(ui.device.store()->draftAnswers(second)->contains(QStringLiteral("saran")));
}

TEST_CASE("the kiosk refuses to invite anyone when answers cannot be saved", "[app][ui][kiosk]")
{
    // No collector key: answers could not be sealed, so no respondent may start.
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), {}, false);
    REQUIRE(ui.find("attract.unavailable"));
    CHECK_FALSE(ui.kiosk.available());
    CHECK(ui.kiosk.unavailableReason().contains(QStringLiteral("petugas")));
    ui.tap("attract.unavailable");
    CHECK(ui.kiosk.screen() == Screen::Attract);
    CHECK(responseIds(ui).isEmpty());
}

TEST_CASE("the supervisor corner asks for the configured PIN", "[app][ui][kiosk]")
{
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), [](DeviceController &d) {
        d.store()->setConfig(QStringLiteral("kiosk_pin"), "2468");
    });
    QQuickItem *corner = ui.find("supervisor.corner");
    REQUIRE(corner);
    const QPoint at =
        corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
    QTest::mousePress(ui.window, Qt::LeftButton, {}, at);
    QTest::qWait(1000);
    CHECK_FALSE(ui.kiosk.pinPadOpen()); // a short touch is not enough
    QTest::qWait(2300);
    QTest::mouseRelease(ui.window, Qt::LeftButton, {}, at);
    ui.settle();
    REQUIRE(ui.find("pin.pad"));
    for (const char *key : {"pin.key.1", "pin.key.2", "pin.key.3", "pin.key.OK"})
        REQUIRE(ui.tap(key));
    CHECK(ui.kiosk.pinError() ==
          QLatin1String("PIN salah. Masih 4 kali percobaan sebelum dikunci."));
    CHECK_FALSE(ui.kiosk.supervisorOpen());
    for (const char *key : {"pin.key.2", "pin.key.4", "pin.key.6", "pin.key.8", "pin.key.OK"})
        REQUIRE(ui.tap(key));
    CHECK(ui.kiosk.supervisorOpen());
    REQUIRE(ui.find("supervisor.panel"));
    REQUIRE(ui.tap("supervisor.resume"));
    CHECK_FALSE(ui.find("supervisor.panel"));
}

TEST_CASE("a newer questionnaire version takes over between respondents", "[app][ui][kiosk]")
{
    KioskUi ui;
    KioskController::Options o = ui.kiosk.options();
    o.thankYouS = 1;
    ui.kiosk.setOptions(o);
    startRespondent(ui);
    const QString first = ui.kiosk.responseId();

    // The sync engine stores version 2 while the first respondent is answering.
    QFile file(QStringLiteral(":/questionnaires/spi-external.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    doc.insert(QStringLiteral("version"), 2);
    QJsonObject title = doc.value(QStringLiteral("title")).toObject();
    title.insert(QStringLiteral("id"), QStringLiteral("Survei Integritas 2027"));
    doc.insert(QStringLiteral("title"), title);
    const QByteArray v2 = QJsonDocument(doc).toJson();
    store::Outbox outbox(ui.device.database());
    REQUIRE_FALSE(
        outbox.addQuestionnaire({QStringLiteral("spi-external"), 2, protocol::sha256Hex(v2)}, v2));
    CHECK(ui.questionnaire.version() == 1);

    walk(ui, {{"dilayani", "answer.no"}});
    REQUIRE(ui.kiosk.screen() == Screen::ThankYou);
    REQUIRE(QTest::qWaitFor([&] { return ui.kiosk.screen() == Screen::Attract; }, 3000));
    CHECK(ui.questionnaire.version() == 2);
    CHECK(ui.kiosk.titles().contains(QStringLiteral("Survei Integritas 2027")));

    startRespondent(ui);
    const QString second = ui.kiosk.responseId();
    auto q = ui.device.database()->run(
        QStringLiteral("SELECT id, questionnaire_version FROM responses"));
    REQUIRE(q.ok());
    QHash<QString, int> versions;
    while (q.value->next())
        versions.insert(q.value->value(0).toString(), q.value->value(1).toInt());
    CHECK(versions.value(first) == 1); // a response keeps the version it started with
    CHECK(versions.value(second) == 2);
}

TEST_CASE("a broken stored questionnaire version is refused and the kiosk keeps going",
          "[app][ui][kiosk]")
{
    KioskUi ui;
    KioskController::Options o = ui.kiosk.options();
    o.thankYouS = 1;
    ui.kiosk.setOptions(o);
    const QByteArray broken = R"({"format": 1, "id": "spi-external", "version": 3})";
    store::Outbox outbox(ui.device.database());
    REQUIRE_FALSE(outbox.addQuestionnaire(
        {QStringLiteral("spi-external"), 3, protocol::sha256Hex(broken)}, broken));
    startRespondent(ui);
    ui.tap("answer.no");
    walk(ui, {});
    REQUIRE(QTest::qWaitFor([&] { return ui.kiosk.screen() == Screen::Attract; }, 3000));
    CHECK(ui.questionnaire.version() == 1);
    CHECK(ui.kiosk.available());
    startRespondent(ui);
    CHECK(ui.questionId() == QLatin1String("dilayani"));
}

TEST_CASE("a storage failure mid-survey is said plainly and stops new respondents",
          "[app][ui][kiosk]")
{
    KioskUi ui;
    startRespondent(ui);
    const QString id = ui.kiosk.responseId();
    REQUIRE(ui.tap("answer.yes"));
    // From here on the disk refuses every answer.
    REQUIRE_FALSE(ui.device.database()->exec(
        QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON answers "
                       "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    REQUIRE(ui.tap("answer.adminduk"));
    CHECK(ui.kiosk.screen() == Screen::Attract);
    CHECK_FALSE(ui.kiosk.available());
    CHECK(ui.kiosk.unavailableReason() ==
          QLatin1String("Tablet ini sedang tidak dapat menyimpan jawaban, jadi survei dihentikan "
                        "sementara. Mohon beri tahu petugas loket."));
    REQUIRE(ui.find("attract.unavailable"));
    ui.tap("attract.unavailable");
    CHECK(ui.kiosk.screen() == Screen::Attract);
    // What was saved before the failure is still there, as a draft that recovery will close.
    const auto draft = ui.device.store()->draftAnswers(id);
    REQUIRE(draft.ok());
    CHECK(draft->value(QStringLiteral("dilayani")).toString() == QLatin1String("yes"));
    CHECK_FALSE(draft->contains(QStringLiteral("layanan")));
}
