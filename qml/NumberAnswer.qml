import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// A number, typed on a numeric keyboard; the range is shown before anyone gets it wrong.
AnswerInput {
    id: input

    function submit() {
        KioskController.submit(field.text)
    }

    TextField {
        id: field
        objectName: "number.input"
        Layout.preferredWidth: Math.min(parent.width, 420)
        implicitHeight: Theme.answerHeight
        // Set once: a message about the answer must not wipe what is being typed.
        Component.onCompleted: text = input.answer === undefined || input.answer === null
                                      ? "" : String(input.answer)
        font.pixelSize: Theme.fontHeadline
        color: Theme.text
        inputMethodHints: input.question.integer ? Qt.ImhDigitsOnly : Qt.ImhFormattedNumbersOnly
        Accessible.role: Accessible.EditableText
        Accessible.name: input.question.text ?? ""
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: field.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth
            border.color: field.activeFocus ? Theme.selected : Theme.border
        }
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: {
            const min = input.question.minimum
            const max = input.question.maximum
            if (min !== undefined && max !== undefined)
                return qsTr("Between %1 and %2.").arg(min).arg(max)
            if (min !== undefined)
                return qsTr("At least %1.").arg(min)
            if (max !== undefined)
                return qsTr("At most %1.").arg(max)
            return ""
        }
        font.pixelSize: Theme.fontBody
        color: Theme.mutedText
    }
}
