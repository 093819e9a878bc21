// The floor for the app's start-up and idle figures: the smallest Qt Quick window, started the
// same way (same platform, same style), printing "first frame" when its first frame is shown.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    Label { anchors.centerIn: parent; text: "Loket" }
})");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            std::printf("first frame\n");
            std::fflush(stdout);
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
