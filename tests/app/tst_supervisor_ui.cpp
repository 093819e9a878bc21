// The supervisor panel against a real collector process on loopback: unlock, "sync now", the
// counts and the progress change; then a PIN failed into a lockout.
#include "kioskui.h"

#include "../sync/synctestutil.h"

#include <catch2/catch.hpp>

using namespace loket;
using loket::testing::KioskUi;
using Screen = KioskController::Screen;

namespace {

void answerOneRespondent(KioskUi &ui)
{
    REQUIRE(QTest::qWaitFor([&] { return ui.kiosk.screen() == Screen::Attract; }, 5000));
    ui.settle();
    REQUIRE(ui.tap("attract.start"));
    REQUIRE(ui.tap("language.id"));
    REQUIRE(ui.tap("consent.accept"));
    REQUIRE(ui.tap("answer.no")); // not served here: thanked, done
    REQUIRE(ui.tap("question.next"));
    REQUIRE(ui.kiosk.screen() == Screen::ThankYou);
}

void unlock(KioskUi &ui, const char *digits)
{
    ui.kiosk.openPinPad();
    ui.settle();
    for (const char *d = digits; *d; ++d)
        REQUIRE(ui.tap(QStringLiteral("pin.key.%1").arg(QLatin1Char(*d))));
    REQUIRE(ui.tap("pin.key.OK"));
}

} // namespace

TEST_CASE("a supervisor unlocks the panel and syncs now against a real collector",
          "[app][ui][supervisor]")
{
    test::CollectorProcess collector;
    // The unit offers one service with a sample target of ten.
    int exitCode = -1;
    test::runTool(test::CollectorProcess::binary(),
                  {"unit", "--data-dir", collector.dir(), "--unit", "dukcapil-01", "--name",
                   "Dukcapil Kota Bogor", "--services", "ktp", "--quota", "ktp=10"},
                  &exitCode);
    REQUIRE(exitCode == 0);
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), [](DeviceController &d) {
        d.store()->setConfig(QStringLiteral("kiosk_pin"), QStringLiteral("2468"));
    });
    {
        store::Outbox outbox(ui.device.database());
        QNetworkAccessManager nam;
        std::optional<QString> result;
        sync::enroll(
            nam, outbox, QUrl(collector.url()), collector.enrollCode(), {},
            [&](const QString &error) { result = error; }, &nam);
        REQUIRE(test::waitUntil([&] { return result.has_value(); }, 10000));
        REQUIRE(result->isEmpty());
    }
    ui.kiosk.start(); // as after a restart: the enrolled unit and its one service
    KioskController::Options o = ui.kiosk.options();
    o.thankYouS = 1;
    ui.kiosk.setOptions(o);
    for (int i = 0; i < 3; ++i)
        answerOneRespondent(ui);
    REQUIRE(QTest::qWaitFor([&] { return ui.kiosk.screen() == Screen::Attract; }, 5000));
    ui.settle();

    unlock(ui, "2468");
    REQUIRE(ui.kiosk.supervisorOpen());
    REQUIRE(ui.find("supervisor.panel"));
    CHECK(ui.device.waiting() == 3);
    CHECK(ui.device.synced() == 0);
    REQUIRE(ui.find("supervisor.count.waiting"));

    // Watch the progress as it happens.
    QList<std::pair<int, int>> progress;
    QObject::connect(&ui.supervisor, &SupervisorController::changed, [&] {
        progress.append({ui.supervisor.sent(), ui.supervisor.total()});
    });
    REQUIRE(ui.tap("supervisor.syncNow"));
    // The drain ends with the configuration and questionnaire checks.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return ui.device.synced() == 3 &&
                   ui.supervisor.engine()->state() == sync::SyncEngine::State::Idle;
        },
        20000));
    ui.settle();
    CHECK(ui.device.waiting() == 0);
    REQUIRE(ui.supervisor.engine());
    CHECK(ui.supervisor.engine()->state() == sync::SyncEngine::State::Idle);
    CHECK(ui.supervisor.syncState() == QLatin1String("Semua sudah terkirim"));
    CHECK(collector.storedIds().size() == 3);
    CHECK(std::any_of(progress.begin(), progress.end(),
                      [](const auto &p) { return p.first == 3 && p.second == 3; }));
    CHECK_FALSE(ui.supervisor.lastSync().isEmpty());
    CHECK(ui.supervisor.syncLog().size() >= 1);
    // The quota, from the aggregate counters: three of ten for the unit's one service.
    REQUIRE(ui.supervisor.quotas().size() == 1);
    const QVariantMap quota = ui.supervisor.quotas().constFirst().toMap();
    CHECK(quota.value("service").toString() == QLatin1String("ktp"));
    CHECK(quota.value("done").toInt() == 3);
    CHECK(quota.value("remaining").toInt() == 7);
    CHECK(ui.find("supervisor.quota.ktp"));
    CHECK(ui.kiosk.unitName() == QLatin1String("Dukcapil Kota Bogor"));

    // A sealed bundle for a USB stick, written whole.
    QTemporaryDir usb;
    ui.find("supervisor.exportFolder")->setProperty("text", usb.path());
    REQUIRE(ui.tap("supervisor.export"));
    CHECK(QDir(usb.path()).entryList({QStringLiteral("loket-*.jsonl")}).size() == 1);

    // Locked again; five wrong PINs lock the pad out, and even the right PIN waits.
    REQUIRE(ui.tap("supervisor.resume"));
    CHECK_FALSE(ui.find("supervisor.panel"));
    for (int i = 0; i < 5; ++i)
        unlock(ui, "1111");
    CHECK_FALSE(ui.kiosk.supervisorOpen());
    CHECK(ui.kiosk.pinError().startsWith(QLatin1String("Terlalu banyak PIN salah.")));
    unlock(ui, "2468");
    CHECK_FALSE(ui.kiosk.supervisorOpen());
    CHECK(ui.kiosk.pinError().startsWith(QLatin1String("Terlalu banyak PIN salah.")));

    // Everything above is in the audit log.
    const auto audit = store::AuditLog(ui.device.database()).recent(50);
    REQUIRE(audit.ok());
    QStringList actions;
    for (const auto &e : *audit)
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("unlock")));
    CHECK(actions.contains(QStringLiteral("sync_now")));
    CHECK(actions.contains(QStringLiteral("export")));
    CHECK(actions.count(QStringLiteral("unlock.failed")) == 5);
    CHECK(actions.contains(QStringLiteral("lockout")));
    CHECK(actions.contains(QStringLiteral("unlock.refused")));
}

TEST_CASE("quota arithmetic", "[app][supervisor]")
{
    const QJsonObject targets{{"ktp", 10}, {"kk", 0}, {"akta", 5}};
    const QHash<QString, int> done{{"ktp", 3}, {"kk", 2}, {"akta", 7}, {"other", 1}};
    const QVariantList progress = quotaProgress(targets, done);
    REQUIRE(progress.size() == 3); // services without a target are not listed
    QHash<QString, QVariantMap> by;
    for (const QVariant &p : progress)
        by.insert(p.toMap().value("service").toString(), p.toMap());
    CHECK(by["ktp"].value("remaining").toInt() == 7);
    CHECK(by["ktp"].value("fraction").toDouble() == Approx(0.3));
    CHECK(by["akta"].value("remaining").toInt() == 0); // over target: nothing left, not -2
    CHECK(by["akta"].value("fraction").toDouble() == 1.0);
    CHECK(by["kk"].value("target").toInt() == 0);
    CHECK(by["kk"].value("fraction").toDouble() == 1.0);
    CHECK(quotaProgress({}, done).isEmpty());
}

TEST_CASE("the panel's settings are checked, stored and take effect", "[app][ui][supervisor]")
{
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), [](DeviceController &d) {
        d.store()->setConfig(QStringLiteral("kiosk_pin"), QStringLiteral("2468"));
    });
    REQUIRE(ui.window);
    unlock(ui, "2468");
    REQUIRE(ui.find("supervisor.panel"));

    // A value the app could not use is refused with the reason, and nothing changes.
    ui.find("setting.idle_timeout")->setProperty("text", QStringLiteral("5"));
    REQUIRE(ui.tap("setting.idle_timeout.save"));
    CHECK(ui.supervisor.message().contains(QLatin1String("10-600")));
    CHECK(ui.device.store()->config(QStringLiteral("idle_timeout")).isEmpty());
    ui.find("setting.idle_timeout")->setProperty("text", QStringLiteral("90"));
    REQUIRE(ui.tap("setting.idle_timeout.save"));
    CHECK(ui.kiosk.options().idleTimeoutS == 90);

    // Only English offered: respondents are not asked for a language.
    REQUIRE(ui.tap("settings.language.id"));
    CHECK(ui.device.store()->config(QStringLiteral("languages")) == QLatin1String("en"));

    // Two different PINs change nothing; the same PIN twice does.
    ui.find("settings.pin")->setProperty("text", QStringLiteral("1357"));
    ui.find("settings.pinRepeat")->setProperty("text", QStringLiteral("1358"));
    REQUIRE(ui.tap("settings.changePin"));
    CHECK(store::SupervisorPin(ui.device.database()).unlock(QStringLiteral("2468")).outcome ==
          store::PinGuard::Outcome::Unlocked);
    ui.find("settings.pinRepeat")->setProperty("text", QStringLiteral("1357"));
    REQUIRE(ui.tap("settings.changePin"));
    CHECK(store::SupervisorPin(ui.device.database()).unlock(QStringLiteral("1357")).outcome ==
          store::PinGuard::Outcome::Unlocked);

    // An enumerator added here, and the tablet switched to field mode.
    ui.find("settings.enumeratorId")->setProperty("text", QStringLiteral("E11"));
    ui.find("settings.enumeratorName")->setProperty("text", QStringLiteral("Rina"));
    ui.find("settings.enumeratorPin")->setProperty("text", QStringLiteral("5820"));
    REQUIRE(ui.tap("settings.addEnumerator"));
    CHECK(ui.supervisor.enumerators().size() == 1);
    REQUIRE(ui.tap("settings.mode.field"));
    CHECK(ui.kiosk.fieldMode());
    REQUIRE(ui.tap("supervisor.resume"));
    REQUIRE(ui.kiosk.screen() == Screen::SignIn);
    REQUIRE(ui.find("signIn.enumerator.E11"));

    const auto log = store::AuditLog(ui.device.database()).recent(50);
    REQUIRE(log.ok());
    CHECK(std::any_of(log->begin(), log->end(), [](const store::AuditEntry &e) {
        return e.action == QLatin1String("setting") && e.detail == QLatin1String("mode=field");
    }));
}
