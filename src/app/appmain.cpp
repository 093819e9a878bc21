#include "appmain.h"

#include "devicecontroller.h"
#include "fieldcontroller.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "questionnairecontroller.h"
#include "supervisorcontroller.h"
#include "uilanguage.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <thread>

namespace loket {

namespace {

// QGuiApplication aborts when it finds no display; say so plainly first.
bool haveDisplay()
{
#ifdef Q_OS_ANDROID
    return true; // the activity's window
#endif
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool wantsHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

bool hasFlag(int argc, char *argv[], const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == flag)
            return true;
    }
    return false;
}

struct Options
{
    QString questionnaire = QStringLiteral("spi-external");
    QString language;
    bool selfTest = false;
    bool kiosk = false;
    bool fullscreen = false;
    bool preview = false;
    bool reportFirstFrame = false;
    QString screenshot;
    QString dataDir;
    QSize size{1280, 800};
};

Options parseOptions(const QGuiApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loket, a survey terminal for public-service counters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption questionnaire(
        QStringLiteral("questionnaire"),
        QStringLiteral("Bundled questionnaire id or questionnaire file (default spi-external)."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language to show."), QStringLiteral("CODE"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load the whole UI, show one frame, and exit 0."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the first frame as a PNG and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size (default 1280x800)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the device database lives (default: the "
                                                    "app's data location)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"), QStringLiteral("Run as a kiosk: the on-screen keyboard on Linux, "
                                                "and the respondent flow only."));
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"),
                                        QStringLiteral("Fill the screen."));
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        QStringLiteral("Show the questionnaire's questions and logic instead of the survey."));
    const QCommandLineOption reportFirstFrame(
        QStringLiteral("report-first-frame"),
        QStringLiteral("Print \"first frame\" when the first frame is on screen (benchmarks)."));
    parser.addOptions({questionnaire, language, selfTest, screenshot, size, dataDir, kiosk,
                       fullscreen, preview, reportFirstFrame});
    parser.process(app);
    Options o;
    if (parser.isSet(questionnaire))
        o.questionnaire = parser.value(questionnaire);
    o.language = parser.value(language);
    o.selfTest = parser.isSet(selfTest);
    o.kiosk = parser.isSet(kiosk);
    o.fullscreen = parser.isSet(fullscreen);
    o.preview = parser.isSet(preview);
    o.reportFirstFrame = parser.isSet(reportFirstFrame);
    o.screenshot = parser.value(screenshot);
    o.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : store::Database::defaultDataDir();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        o.size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (o.size.width() < 320 || o.size.height() < 320) {
            std::fprintf(stderr, "loket: --size takes WIDTHxHEIGHT, at least 320x320\n");
            std::exit(2);
        }
    }
    return o;
}

} // namespace

int runApp(int argc, char *argv[])
{
    if (!haveDisplay() && !wantsHelp(argc, argv)) {
        std::fprintf(stderr,
                     "loket: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "Start it inside a graphical session, under a kiosk compositor, or with\n"
                     "QT_QPA_PLATFORM=offscreen for a self-test.\n");
        return 1;
    }
    // Linux kiosks have no keyboard: Qt's on-screen one serves text questions. Other platforms
    // (Android) bring their own.
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    const bool virtualKeyboard =
        hasFlag(argc, argv, "--kiosk") && !qEnvironmentVariableIsSet("QT_IM_MODULE");
    if (virtualKeyboard)
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
#else
    const bool virtualKeyboard = false;
#endif
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Loket"));
    QGuiApplication::setApplicationName(QStringLiteral("loket"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Loket"));
    QGuiApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));
    const Options options = parseOptions(app);
    // On a cold start the disk is the bottleneck: the store's driver and file are read on a
    // second thread while this one builds the UI.
    std::jthread warmUp([dir = options.dataDir] { store::Database::warmUp(dir); });
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QuestionnaireController controller(nullptr);
    controller.load(options.questionnaire);
    QuestionnaireController::setInstance(&controller);
    DeviceController device(options.dataDir, nullptr);
    DeviceController::setInstance(&device);
    KioskController kiosk(device, controller, nullptr);
    kiosk.setVirtualKeyboard(virtualKeyboard);
    KioskController::setInstance(&kiosk);
    SupervisorController supervisor(device, controller, nullptr);
    SupervisorController::setInstance(&supervisor);
    QObject::connect(&kiosk, &KioskController::responseCompleted, &supervisor,
                     &SupervisorController::responseCompleted);
    FieldController field(device, kiosk, nullptr);
    FieldController::setInstance(&field);
    QObject::connect(&supervisor, &SupervisorController::unitChanged, &field,
                     &FieldController::refresh);
    QObject::connect(&supervisor, &SupervisorController::settingsChanged, &kiosk,
                     &KioskController::reloadSettings);

    QQmlApplicationEngine engine;
    auto *uiLanguage = new UiLanguage(engine);
    uiLanguage->apply(LocalizedText::Fallback.toString());
    QObject::connect(&kiosk, &KioskController::languageChanged, uiLanguage,
                     [&] { uiLanguage->apply(kiosk.language()); });
    engine.addImportPath(QStringLiteral("qrc:/"));
    bool qmlWarnings = false;
    QObject::connect(&engine, &QQmlEngine::warnings, &app, [&](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            qCWarning(lcApp).noquote() << w.toString();
        qmlWarnings = true;
    });
    engine.load(QUrl(options.preview ? QStringLiteral("qrc:/Loket/Preview.qml")
                                     : QStringLiteral("qrc:/Loket/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "loket: the user interface failed to load\n");
        return 1;
    }
    // The store opens, recovers and purges before the first frame is shown (frames are drawn
    // only once the event loop runs); a failure is shown too.
    warmUp.join();
    device.open();
    kiosk.start();
    field.refresh();
    if (!options.language.isEmpty()) {
        // Screenshots and previews in another language; a respondent still chooses their own.
        controller.setLanguage(options.language);
        uiLanguage->apply(options.language);
    }
    window->resize(options.size);
    if (options.fullscreen)
        window->showFullScreen();

    // Responses go to the collector in the background; the engine starts once the first frame
    // is out, so that start-up stays quick, and not at all for a self-test or screenshot.
    if (!options.selfTest && options.screenshot.isEmpty() && device.database()) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                // A moment later: loading the network plugins must not hold up that frame.
                QTimer::singleShot(1000, &supervisor, [&] { supervisor.startSync(); });
            },
            Qt::SingleShotConnection);
    }
    if (options.reportFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [] {
                std::printf("first frame\n");
                std::fflush(stdout);
            },
            Qt::SingleShotConnection);
    }
    if (options.selfTest || !options.screenshot.isEmpty()) {
        // One frame proves the scene graph renders. A self-test of a kiosk that can invite a
        // respondent also walks to the next screen (the on-screen keyboard loads there), then
        // reports and quits.
        const auto finish = [&] {
            int code = qmlWarnings ? 1 : 0;
            if (!options.screenshot.isEmpty() && !window->grabWindow().save(options.screenshot)) {
                std::fprintf(stderr, "loket: cannot write %s\n", qPrintable(options.screenshot));
                code = 1;
            }
            if (options.selfTest)
                std::printf("self-test: %s%s\n", code == 0 ? "ok" : "failed",
                            kiosk.screen() == KioskController::Screen::Attract
                                ? ""
                                : " (walked past the attract screen)");
            QCoreApplication::exit(code);
        };
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&, finish] {
                const bool walk = options.selfTest && !options.preview && kiosk.available();
                if (walk)
                    kiosk.begin();
                QTimer::singleShot(walk ? 1500 : 200, &app, finish);
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(20000, &app, []() {
            std::fprintf(stderr, "loket: no frame rendered within 20 s\n");
            QCoreApplication::exit(1);
        });
    }
    return QGuiApplication::exec();
}

} // namespace loket
