// Field mode end to end, on the real QML offscreen: an enumerator signs in, interviews, leaves
// a draft, the app restarts, they resume it, review the answers and complete it.
#include "screenwalk.h"

#include "store/fieldstaff.h"
#include "store/outbox.h"

#include <catch2/catch.hpp>

using namespace loket;
using loket::testing::answerOne;
using loket::testing::fieldTablet;
using loket::testing::KioskUi;
using Screen = KioskController::Screen;

namespace {

void signIn(KioskUi &ui, const char *pin)
{
    if (ui.field.selected().isEmpty())
        REQUIRE(ui.tap("signIn.enumerator.E07"));
    for (const char *d = pin; *d; ++d)
        REQUIRE(ui.tap(QStringLiteral("signIn.key.%1").arg(QLatin1Char(*d))));
    REQUIRE(ui.tap("signIn.key.OK"));
}

} // namespace

TEST_CASE("an enumerator interviews, keeps a draft across a restart, reviews and completes",
          "[app][ui][field]")
{
    QTemporaryDir data;
    QString resumeAt;
    QString responseId;
    {
        KioskUi ui(QStringLiteral("spi-external"), QSize(800, 1280), fieldTablet, true,
                   data.path());
        REQUIRE(ui.window);
        REQUIRE(ui.kiosk.fieldMode());
        REQUIRE(ui.kiosk.screen() == Screen::SignIn);
        REQUIRE(ui.find("screen.signIn"));

        signIn(ui, "0000");
        CHECK(ui.kiosk.screen() == Screen::SignIn);
        CHECK(ui.field.signInError().contains(QLatin1String("4")));
        signIn(ui, "7391");
        REQUIRE(ui.kiosk.screen() == Screen::Home);
        CHECK(ui.field.enumeratorName() == QLatin1String("Budi Santoso"));
        REQUIRE(ui.field.quotas().size() == 1);
        CHECK(ui.field.quotas().constFirst().toMap().value("remaining").toInt() == 5);
        CHECK(ui.field.drafts().isEmpty());
        REQUIRE(ui.find("home.quota.ktp"));

        REQUIRE(ui.tap("home.start.ktp"));
        REQUIRE(ui.kiosk.screen() == Screen::Language);
        REQUIRE(ui.tap("language.en"));
        REQUIRE(ui.tap("consent.accept"));
        REQUIRE(ui.kiosk.screen() == Screen::Question);
        responseId = ui.kiosk.responseId();
        REQUIRE(ui.tap("answer.yes")); // served here today
        REQUIRE(answerOne(ui));
        REQUIRE(answerOne(ui));
        resumeAt = ui.questionId();
        REQUIRE(ui.tap("question.leave"));
        REQUIRE(ui.kiosk.screen() == Screen::Home);
        CHECK_FALSE(ui.kiosk.notice().isEmpty());
        REQUIRE(ui.field.drafts().size() == 1);
        CHECK(ui.field.drafts().constFirst().toMap().value("answered").toInt() >= 3);
    }

    // The app restarts: the enumerator signs in again and finds the draft.
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), {}, true, data.path());
    REQUIRE(ui.window);
    REQUIRE(ui.kiosk.screen() == Screen::SignIn);
    signIn(ui, "7391");
    REQUIRE(ui.kiosk.screen() == Screen::Home);
    REQUIRE(ui.field.drafts().size() == 1);
    REQUIRE(ui.tap("home.resume.0"));
    REQUIRE(ui.kiosk.screen() == Screen::Question);
    CHECK(ui.questionId() == resumeAt);
    CHECK(ui.kiosk.language() == QLatin1String("en"));

    for (int i = 0; i < 80 && ui.kiosk.screen() == Screen::Question; ++i) {
        INFO("question " << ui.questionId().toStdString() << ": "
                         << ui.kiosk.errorText().toStdString());
        REQUIRE(answerOne(ui));
    }
    REQUIRE(ui.kiosk.screen() == Screen::Review);
    REQUIRE(ui.find("screen.review"));
    const QVariantList items = ui.kiosk.reviewItems();
    REQUIRE(items.size() > 5);
    CHECK(ui.kiosk.missingCount() == 0);
    const QVariantMap first = items.constFirst().toMap();
    CHECK(first.value("answer").toString() == QLatin1String("Yes"));

    // A tap on an answer goes back to it, and answering returns to the review.
    const QString edited = items.at(1).toMap().value("id").toString();
    REQUIRE(ui.tap(QStringLiteral("review.item.") + edited));
    REQUIRE(ui.kiosk.screen() == Screen::Question);
    CHECK(ui.questionId() == edited);
    REQUIRE(answerOne(ui));
    REQUIRE(ui.kiosk.screen() == Screen::Review);

    REQUIRE(ui.tap("review.complete"));
    REQUIRE(ui.kiosk.screen() == Screen::Home);
    CHECK(ui.field.drafts().isEmpty());
    CHECK(ui.device.waiting() == 1);
    const QJsonObject doc = ui.sealedDocument(responseId);
    CHECK(doc["status"].toString() == QLatin1String("completed"));
    const QJsonObject meta = doc["meta"].toObject();
    CHECK(meta["channel"].toString() == QLatin1String("field"));
    CHECK(meta["enumerator"].toString() == QLatin1String("E07"));
    CHECK(meta["service"].toString() == QLatin1String("ktp"));
    CHECK(doc["language"].toString() == QLatin1String("en"));
    // Times run on from the response's start across the restart: the question resumed at was
    // shown after the first one was answered.
    const QJsonObject times = doc["paradata"]["questions"].toObject();
    INFO(QJsonDocument(times).toJson().toStdString());
    REQUIRE(times.contains(resumeAt));
    REQUIRE(times["dilayani"]["answered_ms"].toInteger() > 0);
    CHECK(times[resumeAt]["first_shown_ms"].toInteger() >=
          times["dilayani"]["answered_ms"].toInteger());

    const auto log = store::AuditLog(ui.device.database()).recent(50);
    REQUIRE(log.ok());
    QStringList actions;
    for (const auto &e : *log) {
        if (e.actor == QLatin1String("enumerator:E07"))
            actions.append(e.action);
    }
    CHECK(actions.contains(QStringLiteral("unlock")));
    CHECK(actions.contains(QStringLiteral("unlock.failed")));
    CHECK(actions.contains(QStringLiteral("draft.resume")));
    CHECK(actions.contains(QStringLiteral("interview.complete")));
}

TEST_CASE("a draft is discarded only with a reason, and the reason is audited", "[app][ui][field]")
{
    KioskUi ui(QStringLiteral("spi-external"), QSize(1280, 800), fieldTablet);
    REQUIRE(ui.window);
    signIn(ui, "7391");
    REQUIRE(ui.tap("home.start.kk"));
    REQUIRE(ui.tap("language.id"));
    REQUIRE(ui.tap("consent.accept"));
    const QString id = ui.kiosk.responseId();
    REQUIRE(ui.tap("answer.yes"));
    REQUIRE(ui.tap("question.leave"));
    REQUIRE(ui.field.drafts().size() == 1);

    REQUIRE(ui.tap("home.discard.0"));
    REQUIRE(ui.find("discard.dialog"));
    REQUIRE(ui.tap("discard.cancel"));
    CHECK_FALSE(ui.find("discard.dialog"));
    CHECK(ui.field.drafts().size() == 1);

    REQUIRE(ui.tap("home.discard.0"));
    REQUIRE(ui.tap("discard.reason.practice"));
    CHECK(ui.field.drafts().isEmpty());
    CHECK_FALSE(ui.device.store()->state(id).ok()); // deleted, answers and all
    const auto log = store::AuditLog(ui.device.database()).recent(10);
    REQUIRE(log.ok());
    CHECK(std::any_of(log->begin(), log->end(), [&](const store::AuditEntry &e) {
        return e.action == QLatin1String("draft.discard") && e.detail == id + " practice";
    }));

    // Signing out leaves the sign-in screen, with nobody's name or drafts on it.
    REQUIRE(ui.tap("home.signOut"));
    CHECK(ui.kiosk.screen() == Screen::SignIn);
    CHECK(ui.kiosk.enumerator().isEmpty());
    CHECK(ui.field.drafts().isEmpty());
}
