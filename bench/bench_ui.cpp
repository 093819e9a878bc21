// The kiosk's start-up, memory and idle CPU against the smallest Qt Quick window started the
// same way, and the time from a tap to the frame that shows the next question.
#include "benchjson.h"

#include "../tests/app/kioskui.h"

#include "store/database.h"
#include "store/responsestore.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickStyle>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(LoketPlugin)

using namespace loket;

namespace {

// Empties the page cache so that a start is cold, where the machine allows it.
bool dropCaches()
{
    ::sync();
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    return f.open(QIODevice::WriteOnly) && f.write("3\n") == 2;
}

struct Running
{
    std::unique_ptr<QProcess> process;
    double firstFrameMs = -1;
};

Running launch(const QString &program, const QStringList &args)
{
    Running r{std::make_unique<QProcess>(), -1};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    r.process->setProcessEnvironment(env);
    r.process->setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    r.process->start(program, args);
    QByteArray out;
    while (timer.elapsed() < 30000 && !out.contains("first frame")) {
        if (!r.process->waitForReadyRead(30000 - int(timer.elapsed())))
            break;
        out += r.process->readAllStandardOutput();
    }
    if (out.contains("first frame"))
        r.firstFrameMs = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

void stop(Running &r)
{
    r.process->kill();
    r.process->waitForFinished(5000);
}

qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name, which may hold spaces, start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

// A device ready for respondents: sealed to some collector key.
QString preparedDataDir(const QTemporaryDir &dir)
{
    auto db = store::Database::open(dir.path());
    if (db.ok())
        store::ResponseStore(*db).setServerKey(protocol::generateKeyPair().publicKey);
    return dir.path();
}

void startAndMemory(const QString &loket, const QString &minimal)
{
    QTemporaryDir dir;
    const QStringList appArgs{QStringLiteral("--kiosk"), QStringLiteral("--data-dir"),
                              preparedDataDir(dir), QStringLiteral("--report-first-frame")};
    const int rounds = qEnvironmentVariableIntValue("LOKET_BENCH_START_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("LOKET_BENCH_START_ROUNDS")
                           : 15;
    std::vector<double> app, floor;
    bool cold = true;
    for (int i = 0; i < rounds; ++i) {
        for (const bool isApp : {true, false}) {
            cold = dropCaches() && cold;
            Running r = isApp ? launch(loket, appArgs) : launch(minimal, {});
            (isApp ? app : floor).push_back(r.firstFrameMs);
            stop(r);
        }
    }
    const QString temp = cold ? QStringLiteral("cold") : QStringLiteral("warm");
    bench::report(QStringLiteral("ui_%1_start_to_attract_frame").arg(temp), median(app),
                  QStringLiteral("ms"), median(floor));

    // Memory once each has settled, side by side.
    Running a = launch(loket, appArgs);
    Running m = launch(minimal, {});
    QThread::sleep(3);
    const qint64 appRss = rssKiB(a.process->processId());
    const qint64 floorRss = rssKiB(m.process->processId());
    bench::report(QStringLiteral("ui_idle_rss"), double(appRss) / 1024, QStringLiteral("MiB"),
                  double(floorRss) / 1024);

    // CPU on the attract screen, all day long in a kiosk.
    const int seconds = qEnvironmentVariableIntValue("LOKET_BENCH_IDLE_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("LOKET_BENCH_IDLE_SECONDS")
                            : 60;
    const double appBefore = cpuSeconds(a.process->processId());
    const double floorBefore = cpuSeconds(m.process->processId());
    QThread::sleep(static_cast<unsigned long>(seconds));
    const double appCpu = (cpuSeconds(a.process->processId()) - appBefore) / seconds * 100;
    const double floorCpu = (cpuSeconds(m.process->processId()) - floorBefore) / seconds * 100;
    bench::report(QStringLiteral("ui_attract_idle_cpu_%1s").arg(seconds), appCpu,
                  QStringLiteral("% of one core"));
    bench::report(QStringLiteral("ui_minimal_window_idle_cpu_%1s").arg(seconds), floorCpu,
                  QStringLiteral("% of one core"));
    stop(a);
    stop(m);
}

// Taps answers through whole SPI respondents; each sample runs from the tap to the frame that
// shows the next screen, the answer committed to the store in between.
void tapToFrame()
{
    testing::KioskUi ui;
    if (!ui.window)
        return;
    KioskController::Options o = ui.kiosk.options();
    o.thankYouS = 1;
    ui.kiosk.setOptions(o);
    bool swapped = false;
    QObject::connect(ui.window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    const auto timedTap = [&](const char *name) -> double {
        QQuickItem *item = ui.find(name);
        if (!item)
            return -1;
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        swapped = false;
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(ui.window, Qt::LeftButton, {}, centre.toPoint());
        if (!QTest::qWaitFor([&] { return swapped; }, 5000))
            return -1;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    std::vector<double> ms;
    const int wanted = 100;
    while (int(ms.size()) < wanted) {
        if (!QTest::qWaitFor([&] { return ui.kiosk.screen() == KioskController::Screen::Attract; },
                             5000))
            return;
        ui.settle();
        ui.tap("attract.start");
        ui.tap("language.id");
        ui.tap("consent.accept");
        while (ui.kiosk.screen() == KioskController::Screen::Question && int(ms.size()) < wanted) {
            const QVariantMap q = ui.kiosk.question();
            const QString type = q.value(QStringLiteral("type")).toString();
            QString name = QStringLiteral("question.next");
            if (ui.questionId() == QLatin1String("dilayani"))
                name = QStringLiteral("answer.yes");
            else if (type == QLatin1String("scale"))
                name = QStringLiteral("scale.3");
            else if (type == QLatin1String("single") || type == QLatin1String("yesno"))
                name = QStringLiteral("answer.") + q.value(QStringLiteral("options"))
                                                       .toList()
                                                       .constFirst()
                                                       .toMap()
                                                       .value(QStringLiteral("code"))
                                                       .toString();
            else if (type == QLatin1String("multiple"))
                ui.tap(QStringLiteral("answer.") + q.value(QStringLiteral("options"))
                                                       .toList()
                                                       .constFirst()
                                                       .toMap()
                                                       .value(QStringLiteral("code"))
                                                       .toString());
            const double t = timedTap(qPrintable(name));
            if (t < 0)
                return;
            ms.push_back(t);
            ui.settle();
        }
        if (ui.kiosk.screen() == KioskController::Screen::Question)
            break;
    }
    std::sort(ms.begin(), ms.end());
    bench::report(QStringLiteral("ui_tap_to_next_question_frame_p50"), bench::percentile(ms, 0.5),
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("ui_tap_to_next_question_frame_p95"), bench::percentile(ms, 0.95),
                  QStringLiteral("ms"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    startAndMemory(QStringLiteral(LOKET_APP), QStringLiteral(LOKET_MINIMAL_WINDOW));
    tapToFrame();
    return 0;
}
