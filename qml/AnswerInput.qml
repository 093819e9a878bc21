import QtQuick
import QtQuick.Layouts
import Loket

// What every question renderer shares: the question's fields, the saved answer, and what
// "next" does (typed answers are saved by submit(); choices are saved as they are tapped).
ColumnLayout {
    property var question: KioskController.question
    property var answer: KioskController.answer

    function submit() {
        KioskController.next()
    }

    spacing: Theme.padding
}
