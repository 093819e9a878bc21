import QtQuick
import QtQuick.Layouts
import Loket

// Single choice and yes/no: one large button per option; a tap saves and moves on.
AnswerInput {
    id: input

    GridLayout {
        Layout.fillWidth: true
        columns: input.question.type === "yesno" && input.question.options.length === 2 ? 2 : 1
        columnSpacing: Theme.padding
        rowSpacing: Theme.padding
        Repeater {
            model: input.question.options
            delegate: KioskButton {
                id: option
                required property var modelData
                objectName: "answer." + option.modelData.code
                Layout.fillWidth: true
                text: option.modelData.label
                selected: KioskController.answer === option.modelData.code
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: selected
                onClicked: KioskController.choose(option.modelData.code)
            }
        }
    }
}
