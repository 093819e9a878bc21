import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// A scale as numbered buttons, stars or faces, each point labelled; "don't know" below.
AnswerInput {
    id: input

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: input.question.points
            delegate: Button {
                id: point
                required property var modelData
                readonly property bool selected: KioskController.answer === point.modelData.value
                readonly property bool lit: point.modelData.style === "stars" && typeof KioskController.answer === "number"
                                            && point.modelData.value <= KioskController.answer
                objectName: "scale." + point.modelData.value
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                implicitHeight: contentItem.implicitHeight + Theme.padding * 2
                hoverEnabled: false
                Accessible.role: Accessible.RadioButton
                Accessible.name: point.modelData.label.length > 0
                                 ? point.modelData.value + ". " + point.modelData.label
                                 : String(point.modelData.value)
                Accessible.checkable: true
                Accessible.checked: selected
                onClicked: KioskController.choose(point.modelData.value)

                background: Rectangle {
                    radius: Theme.radius
                    color: point.selected && point.modelData.style === "numbers" ? Theme.selected
                           : (point.down ? Theme.chip : Theme.surface)
                    border.width: point.selected ? Theme.borderWidth + 3 : Theme.borderWidth
                    border.color: point.selected ? Theme.selected : Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacing
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        visible: point.modelData.style === "numbers"
                        text: point.modelData.value
                        font.pixelSize: Theme.fontHeadline
                        font.bold: true
                        color: point.selected ? Theme.textOnSelected : Theme.text
                    }
                    Image {
                        Layout.alignment: Qt.AlignHCenter
                        visible: point.modelData.style !== "numbers"
                        readonly property int side: Math.round(Math.min(96 * Theme.scale,
                                                                        Math.max(40, point.width - Theme.padding)))
                        source: point.modelData.style === "faces"
                                ? "qrc:/faces/face-" + point.modelData.face + ".svg"
                                : (point.lit ? "qrc:/faces/star-filled.svg" : "qrc:/faces/star-empty.svg")
                        sourceSize.width: side
                        sourceSize.height: side
                        Layout.preferredWidth: side
                        Layout.preferredHeight: side
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.fillWidth: true
                        // A label that only repeats the number says nothing more.
                        visible: text.length > 0 && text !== String(point.modelData.value)
                        text: point.modelData.label
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        color: point.selected && point.modelData.style === "numbers" ? Theme.textOnSelected
                                                                           : Theme.text
                    }
                }
            }
        }
    }
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
