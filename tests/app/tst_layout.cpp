// Every kiosk screen at 800x1280, 1280x800 and 1920x1080: nothing interactive is cut off or
// too small to touch, each has a name and role for screen readers, and the theme's text colours
// stay readable, in normal and in high contrast.
#include "screenwalk.h"

#include <QAccessible>
#include <QQmlComponent>
#include <QtMath>

#include <catch2/catch.hpp>

using namespace loket;
using loket::testing::KioskUi;

namespace {

bool interactive(const QString &name)
{
    static const QStringList prefixes{"answer.",
                                      "scale.",
                                      "question.next",
                                      "question.back",
                                      "consent.",
                                      "language.",
                                      "display.",
                                      "pin.key.",
                                      "pin.cancel",
                                      "idle.continue",
                                      "supervisor.resume",
                                      "supervisor.quit",
                                      "text.input",
                                      "number.input",
                                      "date.",
                                      "signIn.enumerator.",
                                      "signIn.key.",
                                      "signIn.other",
                                      "home.signOut",
                                      "home.start.",
                                      "home.resume.",
                                      "home.discard.",
                                      "review.item.",
                                      "review.discard",
                                      "review.leave",
                                      "review.complete",
                                      "discard.reason.",
                                      "discard.cancel",
                                      "question.leave",
                                      "question.review",
                                      "settings.",
                                      "setting."};
    for (const QString &p : prefixes) {
        if (name.startsWith(p))
            return true;
    }
    return false;
}

void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    if (interactive(item->objectName()))
        out.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, out);
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("every screen fits, is touchable and is named at the three sizes", "[app][ui][layout]")
{
    const QSize size = GENERATE(QSize(800, 1280), QSize(1280, 800), QSize(1920, 1080));
    int screens = 0;
    loket::testing::walkScreens(size, [&](const QString &screen, KioskUi &ui) {
        ++screens;
        REQUIRE(ui.window);
        ui.settle();
        QList<QQuickItem *> items;
        collect(ui.window->contentItem(), items);
        INFO("screen " << screen.toStdString() << " at " << size.width() << "x" << size.height());
        if (screen != QLatin1String("attract") && screen != QLatin1String("thank-you") &&
            screen != QLatin1String("unavailable"))
            CHECK_FALSE(items.isEmpty());
        const double minTarget = 48;
        for (QQuickItem *item : std::as_const(items)) {
            INFO("item " << item->objectName().toStdString());
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            // Horizontally nothing may be cut; vertically a page may scroll.
            CHECK(r.left() >= -0.5);
            CHECK(r.right() <= size.width() + 0.5);
            if (!item->objectName().startsWith(QLatin1String("date.")) &&
                !item->objectName().endsWith(QLatin1String(".input"))) {
                CHECK(r.width() >= minTarget);
                CHECK(r.height() >= minTarget);
            }
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
            REQUIRE(a);
            CHECK_FALSE(a->text(QAccessible::Name).trimmed().isEmpty());
            CHECK(a->role() != QAccessible::NoRole);
        }
        // Sibling answer buttons never overlap.
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                if (items[i]->parentItem() != items[j]->parentItem())
                    continue;
                const QRectF a =
                    items[i]->mapRectToScene(QRectF(0, 0, items[i]->width(), items[i]->height()));
                const QRectF b =
                    items[j]->mapRectToScene(QRectF(0, 0, items[j]->width(), items[j]->height()));
                INFO(items[i]->objectName().toStdString()
                     << " and " << items[j]->objectName().toStdString());
                CHECK_FALSE(a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1)));
            }
        }
        CHECK(ui.warnings.isEmpty());
    });
    CHECK(screens >= 20);
}

TEST_CASE("text colours meet 4.5:1, and 7:1 in high contrast", "[app][ui][layout]")
{
    KioskUi ui;
    QQmlComponent component(&ui.engine);
    component.setData(R"(import QtQuick
import Loket
QtObject {
    readonly property var pairs: [
        [Theme.text, Theme.background], [Theme.text, Theme.surface],
        [Theme.mutedText, Theme.background], [Theme.mutedText, Theme.surface],
        [Theme.textOnPrimary, Theme.primary], [Theme.textOnSelected, Theme.selected],
        [Theme.error, Theme.errorBackground], [Theme.text, Theme.chip],
        [Theme.primary, Theme.textOnPrimary]
    ]
})",
                      QUrl(QStringLiteral("qrc:/contrast.qml")));
    for (const bool high : {false, true}) {
        ui.kiosk.setHighContrast(high);
        std::unique_ptr<QObject> probe(component.create());
        REQUIRE(probe);
        const QVariantList pairs = probe->property("pairs").toList();
        REQUIRE(pairs.size() == 9);
        for (const QVariant &pair : pairs) {
            const QVariantList p = pair.toList();
            const QColor fg = p.at(0).value<QColor>(), bg = p.at(1).value<QColor>();
            INFO(fg.name().toStdString() << " on " << bg.name().toStdString());
            CHECK(contrast(fg, bg) >= (high ? 7.0 : 4.5));
        }
    }
}
