// loket-screenshots OUTDIR: every kiosk screen at the three sizes Loket must fit, as PNGs.
#include "screenwalk.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(LoketPlugin)

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: loket-screenshots OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    int failures = 0;
    for (const QSize size : {QSize(800, 1280), QSize(1280, 800), QSize(1920, 1080)}) {
        loket::testing::walkScreens(size, [&](const QString &name, loket::testing::KioskUi &ui) {
            ui.settle();
            QTest::qWait(450); // the attract screen's fade and the keyboard settle
            const QString path = QStringLiteral("%1/kiosk-%2-%3x%4.png")
                                     .arg(out, name)
                                     .arg(size.width())
                                     .arg(size.height());
            if (!ui.window || !ui.window->grabWindow().save(path)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                ++failures;
                return;
            }
            std::printf("%s\n", qPrintable(path));
        });
    }
    return failures == 0 ? 0 : 1;
}
