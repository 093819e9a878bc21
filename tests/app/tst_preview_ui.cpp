// Loads the real QML offscreen and drives it by objectName, as a user would.
#include "kioskui.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace loket;

namespace {

struct Ui
{
    QuestionnaireController controller{nullptr};
    QTemporaryDir dataDir;
    DeviceController device{dataDir.path(), nullptr};
    KioskController kiosk{device, controller, nullptr};
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    QList<QQmlError> warnings;

    explicit Ui(const QString &questionnaire)
    {
        controller.load(questionnaire);
        QuestionnaireController::setInstance(&controller);
        REQUIRE(device.open());
        DeviceController::setInstance(&device);
        KioskController::setInstance(&kiosk);
        QObject::connect(&engine, &QQmlEngine::warnings,
                         [this](const QList<QQmlError> &w) { warnings += w; });
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Loket/Preview.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        REQUIRE(window);
        REQUIRE(QTest::qWaitForWindowExposed(window));
    }

    QQuickItem *find(const char *name) const
    {
        return testing::KioskUi::findIn(window->contentItem(), QLatin1String(name));
    }

    void tap(QQuickItem *item)
    {
        REQUIRE(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }
};

} // namespace

TEST_CASE("the preview lists every question and switches language on a tap", "[app][ui]")
{
    Ui ui(QStringLiteral("spi-external"));
    auto *list = ui.find("questionList");
    REQUIRE(list);
    CHECK(list->property("count").toInt() == 29);
    CHECK(ui.window->title().startsWith(QStringLiteral("Survei Penilaian Integritas")));
    ui.tap(ui.find("language_en"));
    CHECK(ui.controller.language() == QStringLiteral("en"));
    CHECK(ui.window->title().startsWith(QStringLiteral("Integrity Assessment Survey")));
    auto *summary = ui.find("summary");
    REQUIRE(summary);
    CHECK(summary->property("text").toString().contains(QStringLiteral("29 questions")));
    auto *storage = ui.find("storageStatus");
    REQUIRE(storage);
    CHECK(storage->property("text").toString() ==
          QStringLiteral("Waiting to be sent: 0 · Sent: 0"));
    CHECK(ui.warnings.isEmpty());
}

TEST_CASE("a refused questionnaire shows its located errors", "[app][ui]")
{
    Ui ui(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/invalid/later-reference.json"));
    auto *errors = ui.find("loadErrors");
    REQUIRE(errors);
    CHECK(errors->isVisible());
    CHECK(errors->property("count").toInt() == 1);
    CHECK_FALSE(ui.find("questionList")); // only visible items are found
    CHECK(ui.warnings.isEmpty());
}
