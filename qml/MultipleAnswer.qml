import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Multiple choice: taps toggle; "next" goes on once the minimum is met.
AnswerInput {
    id: input

    readonly property var selectedCodes: input.answer ?? []

    Label {
        Layout.fillWidth: true
        text: {
            const min = input.question.minSelected
            const max = input.question.maxSelected
            if (min > 0 && max > 0)
                return qsTr("Choose %1 to %2 answers.").arg(min).arg(max)
            if (max > 0)
                return qsTr("Choose up to %n answer(s).", "", max)
            if (min > 1)
                return qsTr("Choose at least %n answer(s).", "", min)
            return qsTr("Choose all that apply.")
        }
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }
    Repeater {
        model: input.question.options
        delegate: KioskButton {
            id: option
            required property var modelData
            objectName: "answer." + option.modelData.code
            Layout.fillWidth: true
            text: (selected ? "✓  " : "") + option.modelData.label
            selected: (KioskController.answer ?? []).indexOf(option.modelData.code) >= 0
            Accessible.name: option.modelData.label
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            Accessible.checked: selected
            onClicked: KioskController.toggleOption(option.modelData.code)
        }
    }
}
