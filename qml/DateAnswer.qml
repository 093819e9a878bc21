import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// A date as day, month and year steppers: large +/- targets, no calendar to learn.
AnswerInput {
    id: input

    // Set once: a message about the answer must not reset the steppers.
    Component.onCompleted: {
        const saved = typeof input.answer === "string" ? new Date(input.answer + "T00:00:00")
                                                        : new Date()
        const start = isNaN(saved.getTime()) ? new Date() : saved
        year.value = start.getFullYear()
        month.value = start.getMonth() + 1
        day.value = start.getDate()
    }

    function pad(n) {
        return (n < 10 ? "0" : "") + n
    }
    function submit() {
        KioskController.submit(year.value + "-" + pad(month.value) + "-" + pad(day.value))
    }

    GridLayout {
        Layout.fillWidth: true
        columns: input.width > 760 ? 3 : 1
        columnSpacing: Theme.padding
        rowSpacing: Theme.padding

        ColumnLayout {
            Label { text: qsTr("Day"); font.pixelSize: Theme.fontBody; color: Theme.text }
            DateStepper {
                id: day
                objectName: "date.day"
                from: 1
                to: 31
                Accessible.name: qsTr("Day")
            }
        }
        ColumnLayout {
            Label { text: qsTr("Month"); font.pixelSize: Theme.fontBody; color: Theme.text }
            DateStepper {
                id: month
                objectName: "date.month"
                from: 1
                to: 12
                textFromValue: function(value) {
                    return Qt.locale(KioskController.language).standaloneMonthName(value - 1, Locale.LongFormat)
                }
                Accessible.name: qsTr("Month")
            }
        }
        ColumnLayout {
            Label { text: qsTr("Year"); font.pixelSize: Theme.fontBody; color: Theme.text }
            DateStepper {
                id: year
                objectName: "date.year"
                from: 1900
                to: 2100
                textFromValue: function(value) { return String(value) }
                Accessible.name: qsTr("Year")
            }
        }
    }
}
