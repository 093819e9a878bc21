#include "questionlistmodel.h"
#include "questionnairecontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace loket;

namespace {
QString textAt(QuestionListModel *model, int row, int role)
{
    return model->data(model->index(row), role).toString();
}

int rowOf(QuestionListModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (textAt(model, row, QuestionListModel::QuestionIdRole) == id)
            return row;
    }
    FAIL("no question " << id.toStdString());
    return -1;
}
} // namespace

TEST_CASE("question list model passes the model tester in both languages", "[app]")
{
    QuestionnaireController controller(nullptr);
    QAbstractItemModelTester tester(controller.questions(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(controller.load(QStringLiteral("spi-external")));
    QuestionListModel *model = controller.questions();
    REQUIRE(model->rowCount() == controller.questionCount());
    CHECK(textAt(model, 0, QuestionListModel::QuestionIdRole) == QStringLiteral("dilayani"));
    CHECK(
        textAt(model, 0, QuestionListModel::TextRole).startsWith(QStringLiteral("Dalam 12 bulan")));
    CHECK(model->data(model->index(0), QuestionListModel::ChoicesRole).toStringList() ==
          QStringList{QStringLiteral("Ya"), QStringLiteral("Tidak")});
    CHECK(model->data(model->index(0), QuestionListModel::FirstInSectionRole).toBool());

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    controller.setLanguage(QStringLiteral("en"));
    CHECK(changed.count() == 1);
    CHECK(textAt(model, 0, QuestionListModel::TextRole)
              .startsWith(QStringLiteral("In the last 12 months")));
    controller.setLanguage(QStringLiteral("fr")); // not offered: ignored
    CHECK(controller.language() == QStringLiteral("en"));

    const int calculated = rowOf(model, QStringLiteral("jumlah_indikasi"));
    CHECK(textAt(model, calculated, QuestionListModel::RulesRole)
              .contains(QStringLiteral("Calculated as:")));
    // A question inside a conditional section shows the section's rule with its own.
    const int amount = rowOf(model, QStringLiteral("besar_imbalan"));
    CHECK(textAt(model, amount, QuestionListModel::RelevantRole) ==
          QStringLiteral("(${dilayani} = 'yes') and (selected(${bentuk_imbalan}, 'uang'))"));
}

TEST_CASE("a refused questionnaire leaves an empty model and the errors", "[app]")
{
    QuestionnaireController controller(nullptr);
    REQUIRE(controller.load(QStringLiteral("skm-permenpanrb-14-2017")));
    CHECK(controller.questions()->rowCount() == 14);
    CHECK_FALSE(controller.load(
        QStringLiteral(LOKET_SOURCE_DIR "/tests/data/invalid/duplicate-code.json")));
    CHECK_FALSE(controller.loaded());
    CHECK(controller.questions()->rowCount() == 0);
    REQUIRE(controller.errors().size() == 1);
    CHECK(controller.errors().first().startsWith(
        QStringLiteral("/sections/0/questions/1/options/1/code: ")));
    CHECK(controller.available() ==
          QStringList{QStringLiteral("skm-permenpanrb-14-2017"), QStringLiteral("spi-external")});
}
