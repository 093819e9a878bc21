#pragma once
// The real kiosk UI, loaded offscreen over a temporary device, and driven by objectName as a
// respondent's finger would: shared by the UI tests, the screenshot tool and the tap benchmark.
#include "devicecontroller.h"
#include "fieldcontroller.h"
#include "kioskcontroller.h"
#include "questionnairecontroller.h"
#include "supervisorcontroller.h"
#include "uilanguage.h"

#include "protocol/sealing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace loket::testing {

struct KioskUi
{
    QTemporaryDir dir;
    protocol::KeyPair keys = protocol::generateKeyPair();
    QuestionnaireController questionnaire{nullptr};
    DeviceController device{dir.path(), nullptr};
    KioskController kiosk{device, questionnaire, nullptr};
    SupervisorController supervisor{device, questionnaire, nullptr};
    FieldController field{device, kiosk, nullptr};
    QQmlApplicationEngine engine;
    UiLanguage *language = nullptr;
    QQuickWindow *window = nullptr;
    QList<QQmlError> warnings;

    // `configure` runs on the open store before the kiosk reads its settings.
    // `dataDir`: an existing device's data, as after a restart; a fresh one if empty.
    explicit KioskUi(const QString &questionnaireId = QStringLiteral("spi-external"),
                     QSize size = QSize(1280, 800),
                     const std::function<void(DeviceController &)> &configure = {},
                     bool withCollectorKey = true, const QString &dataDir = {})
        : device(dataDir.isEmpty() ? dir.path() : dataDir, nullptr)
    {
        questionnaire.load(questionnaireId);
        QuestionnaireController::setInstance(&questionnaire);
        if (device.open()) {
            if (withCollectorKey)
                device.store()->setServerKey(keys.publicKey);
            if (configure)
                configure(device);
        }
        DeviceController::setInstance(&device);
        KioskController::setInstance(&kiosk);
        SupervisorController::setInstance(&supervisor);
        FieldController::setInstance(&field);
        QObject::connect(&kiosk, &KioskController::responseCompleted, &supervisor,
                         &SupervisorController::responseCompleted);
        QObject::connect(&supervisor, &SupervisorController::unitChanged, &field,
                         &FieldController::refresh);
        QObject::connect(&supervisor, &SupervisorController::settingsChanged, &kiosk,
                         &KioskController::reloadSettings);
        language = new UiLanguage(engine);
        QObject::connect(&kiosk, &KioskController::languageChanged, language,
                         [this] { language->apply(kiosk.language()); });
        kiosk.start();
        field.refresh();
        QObject::connect(&engine, &QQmlEngine::warnings,
                         [this](const QList<QQmlError> &w) { warnings += w; });
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Loket/Main.qml")));
        if (!engine.rootObjects().isEmpty())
            window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (window) {
            window->resize(size);
            if (!QTest::qWaitForWindowExposed(window))
                window = nullptr;
            else
                settle();
        }
    }

    // Lets bindings, loaders and layouts finish after a change.
    void settle() const
    {
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QCoreApplication::processEvents();
    }

    // Walks the visual tree: delegates made by a Repeater are not QObject children.
    static QQuickItem *findIn(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name && item->isVisible())
            return item;
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = findIn(child, name))
                return found;
        }
        return nullptr;
    }
    QQuickItem *find(const QString &name) const { return findIn(window->contentItem(), name); }
    QQuickItem *find(const char *name) const { return find(QLatin1String(name)); }

    // Scrolls the item into view if its page scrolls. False if there is no such visible item.
    bool scrollTo(const QString &name)
    {
        QQuickItem *item = find(name);
        if (!item)
            return false;
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable")) {
                const QPointF inPage = item->mapToItem(
                    p->property("contentItem").value<QQuickItem *>(), QPointF(0, 0));
                const qreal top = p->property("contentY").toReal();
                if (inPage.y() < top || inPage.y() + item->height() > top + p->height())
                    p->setProperty("contentY", std::max<qreal>(0, inPage.y() + item->height() -
                                                                      p->height() + 8));
                break;
            }
        }
        settle();
        return true;
    }

    // Scrolls the item into view, then taps its centre. False if there is no such visible item.
    bool tap(const QString &name)
    {
        if (!scrollTo(name))
            return false;
        QQuickItem *item = find(name);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        settle();
        return true;
    }
    bool tap(const char *name) { return tap(QLatin1String(name)); }

    // The document inside a response's envelope, opened with the collector's secret key;
    // empty if there is none or it does not open.
    QJsonObject sealedDocument(const QString &responseId)
    {
        auto q = device.database()->run(
            QStringLiteral("SELECT sealed FROM envelopes WHERE response_id = ?"), {responseId});
        if (!q.ok() || !q.value->next())
            return {};
        const auto plain = protocol::open(q.value->value(0).toByteArray(), keys);
        return plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
    }

    QString questionId() const { return kiosk.question().value(QStringLiteral("id")).toString(); }
};

} // namespace loket::testing
