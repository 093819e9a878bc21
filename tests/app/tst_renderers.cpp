// Every question renderer, driven through the real UI with a questionnaire that has one question
// of each type; the sealed response then holds exactly what was tapped and typed.
#include "kioskui.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace loket;
using loket::testing::KioskUi;
using Screen = KioskController::Screen;

namespace {

const QString kAllTypes = QStringLiteral(LOKET_SOURCE_DIR "/tests/data/all-types.json");

void type(KioskUi &ui, const char *field, const QString &text)
{
    QQuickItem *item = ui.find(field);
    REQUIRE(item);
    item->setProperty("text", QString());
    REQUIRE(ui.tap(field));
    REQUIRE(item->hasActiveFocus());
    for (const QChar c : text)
        QTest::keyClick(ui.window, c.toLatin1());
    ui.settle();
}

QString imageSource(KioskUi &ui, const char *point)
{
    QQuickItem *button = ui.find(point);
    REQUIRE(button);
    const auto images = button->findChildren<QQuickItem *>();
    for (QQuickItem *child : images) {
        if (child->inherits("QQuickImage") && child->isVisible())
            return child->property("source").toUrl().toString();
    }
    return {};
}

} // namespace

TEST_CASE("each question type renders and saves what the respondent gives", "[app][ui][renderers]")
{
    KioskUi ui(kAllTypes);
    REQUIRE(ui.window);
    REQUIRE(ui.tap("attract.start"));
    REQUIRE(ui.tap("language.id"));
    REQUIRE(ui.tap("consent.accept"));
    const QString id = ui.kiosk.responseId();

    // A note: read, then "next".
    REQUIRE(ui.questionId() == QLatin1String("catatan"));
    CHECK_FALSE(ui.find("answer.yes"));
    REQUIRE(ui.tap("question.next"));

    // Yes/no with "don't know": three large buttons, a tap moves on.
    REQUIRE(ui.questionId() == QLatin1String("setuju"));
    CHECK(ui.find("answer.yes"));
    CHECK(ui.find("answer.no"));
    CHECK(ui.find("answer.dont_know")->property("text").toString() == QLatin1String("Tidak tahu"));
    CHECK_FALSE(ui.find("question.next")); // nothing to confirm before a tap
    REQUIRE(ui.tap("answer.dont_know"));

    // Single choice.
    REQUIRE(ui.questionId() == QLatin1String("layanan"));
    REQUIRE(ui.tap("answer.akta"));

    // Multiple choice, 1 to 2, with "don't know" exclusive.
    REQUIRE(ui.questionId() == QLatin1String("kanal"));
    REQUIRE(ui.tap("question.next"));
    CHECK(ui.kiosk.errorText() == QLatin1String("Mohon jawab pertanyaan ini untuk melanjutkan."));
    CHECK(ui.find("question.error"));
    REQUIRE(ui.tap("answer.papan"));
    CHECK(ui.kiosk.errorText().isEmpty());
    REQUIRE(ui.tap("answer.situs"));
    REQUIRE(ui.tap("answer.petugas"));
    CHECK(ui.kiosk.errorText() == QLatin1String("Pilih paling banyak 2 jawaban."));
    CHECK(ui.kiosk.answer().toStringList() == QStringList{"papan", "situs"});
    CHECK_FALSE(ui.find("answer.petugas")->property("selected").toBool());
    REQUIRE(ui.tap("answer.dont_know"));
    CHECK(ui.kiosk.answer().toStringList() == QStringList{"dont_know"});
    REQUIRE(ui.tap("answer.situs"));
    CHECK(ui.kiosk.answer().toStringList() == QStringList{"situs"});
    CHECK(ui.find("answer.situs")->property("selected").toBool());
    REQUIRE(ui.tap("question.next"));

    // An 11-point numbered scale from 0.
    REQUIRE(ui.questionId() == QLatin1String("angka"));
    for (int p = 0; p <= 10; ++p)
        CHECK(ui.find(QStringLiteral("scale.%1").arg(p)));
    CHECK_FALSE(ui.find("scale.11"));
    REQUIRE(ui.tap("scale.10"));

    // Stars light up to the chosen one.
    REQUIRE(ui.questionId() == QLatin1String("bintang"));
    CHECK(imageSource(ui, "scale.1").endsWith(QLatin1String("star-empty.svg")));
    REQUIRE(ui.tap("scale.4"));
    REQUIRE(ui.tap("question.back"));
    REQUIRE(ui.questionId() == QLatin1String("bintang"));
    CHECK(imageSource(ui, "scale.4").endsWith(QLatin1String("star-filled.svg")));
    CHECK(imageSource(ui, "scale.5").endsWith(QLatin1String("star-empty.svg")));
    REQUIRE(ui.tap("question.next")); // the saved answer stands

    // Faces, five points, and three points spread from sad to happy.
    REQUIRE(ui.questionId() == QLatin1String("wajah"));
    for (int p = 1; p <= 5; ++p)
        CHECK(imageSource(ui, qPrintable(QStringLiteral("scale.%1").arg(p)))
                  .endsWith(QStringLiteral("face-%1.svg").arg(p)));
    REQUIRE(ui.tap("scale.2"));
    REQUIRE(ui.questionId() == QLatin1String("wajah3"));
    CHECK(imageSource(ui, "scale.1").endsWith(QLatin1String("face-1.svg")));
    CHECK(imageSource(ui, "scale.2").endsWith(QLatin1String("face-3.svg")));
    CHECK(imageSource(ui, "scale.3").endsWith(QLatin1String("face-5.svg")));
    CHECK(ui.find("question.next")->property("text").toString() == QLatin1String("Lewati"));
    REQUIRE(ui.tap("scale.3"));

    // A whole number between 17 and 100.
    REQUIRE(ui.questionId() == QLatin1String("umur"));
    type(ui, "number.input", QStringLiteral("empat"));
    REQUIRE(ui.tap("question.next"));
    CHECK(ui.kiosk.errorText() == QLatin1String("Mohon isi angka."));
    type(ui, "number.input", QStringLiteral("12"));
    REQUIRE(ui.tap("question.next"));
    CHECK(ui.kiosk.errorText() == QLatin1String("Angka terkecil yang diperbolehkan adalah 17."));
    CHECK(ui.find("number.input")->property("text").toString() == QLatin1String("12"));
    type(ui, "number.input", QStringLiteral("41,5"));
    REQUIRE(ui.tap("question.next"));
    CHECK(ui.kiosk.errorText() == QLatin1String("Mohon isi bilangan bulat."));
    type(ui, "number.input", QStringLiteral("41"));
    REQUIRE(ui.tap("question.next"));

    // A date from steppers; an impossible day is refused in words.
    REQUIRE(ui.questionId() == QLatin1String("tanggal"));
    ui.find("date.year")->setProperty("value", 2024);
    ui.find("date.month")->setProperty("value", 2);
    ui.find("date.day")->setProperty("value", 31);
    REQUIRE(ui.tap("question.next"));
    CHECK(ui.kiosk.errorText() ==
          QLatin1String("Mohon pilih tanggal yang benar dan diperbolehkan di sini."));
    CHECK(ui.find("date.day")->property("value").toInt() == 31); // kept for correcting
    ui.find("date.year")->setProperty("value", 2028);
    ui.find("date.day")->setProperty("value", 29);
    REQUIRE(ui.tap("question.next"));
    CHECK(ui.kiosk.errorText().startsWith(
        QLatin1String("Tanggal paling akhir yang diperbolehkan adalah ")));
    ui.find("date.year")->setProperty("value", 2024);
    REQUIRE(ui.tap("question.next"));

    // Free text, cut at its limit.
    REQUIRE(ui.questionId() == QLatin1String("saran"));
    QQuickItem *field = ui.find("text.input");
    REQUIRE(field);
    field->setProperty("text", QString(250, u'a'));
    ui.settle();
    CHECK(field->property("text").toString().size() == 200);
    REQUIRE(ui.tap("question.next"));
    REQUIRE(ui.kiosk.screen() == Screen::ThankYou);

    const QJsonObject answers = ui.sealedDocument(id).value(QStringLiteral("answers")).toObject();
    CHECK(answers.value("setuju").toString() == QLatin1String("dont_know"));
    CHECK(answers.value("layanan").toString() == QLatin1String("akta"));
    CHECK(answers.value("kanal").toArray() == QJsonArray{"situs"});
    CHECK(answers.value("angka").toDouble() == 10);
    CHECK(answers.value("bintang").toDouble() == 4);
    CHECK(answers.value("wajah").toDouble() == 2);
    CHECK(answers.value("wajah3").toDouble() == 3);
    CHECK(answers.value("umur").toDouble() == 41);
    CHECK(answers.value("tanggal").toString() == QLatin1String("2024-02-29"));
    CHECK(answers.value("saran").toString() == QString(200, u'a'));
    CHECK_FALSE(answers.contains(QStringLiteral("catatan")));
    CHECK(ui.warnings.isEmpty());
}
