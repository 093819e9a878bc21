import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Free text, with a character count when the question limits it.
AnswerInput {
    id: input

    function submit() {
        KioskController.submit(field.text)
    }

    TextArea {
        id: field
        objectName: "text.input"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.answerHeight * 2, implicitHeight)
        // Set once: a message about the answer must not wipe what is being typed.
        Component.onCompleted: text = input.answer ?? ""
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: qsTr("Type your answer here")
        placeholderTextColor: Theme.mutedText
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: input.question.text ?? ""
        onTextChanged: {
            const max = input.question.maxLength
            if (max > 0 && length > max)
                remove(max, length)
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: field.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth
            border.color: field.activeFocus ? Theme.selected : Theme.border
        }
    }
    Label {
        Layout.alignment: Qt.AlignRight
        visible: input.question.maxLength > 0
        text: qsTr("%1 of %2 characters").arg(field.length).arg(input.question.maxLength)
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
    }
}
