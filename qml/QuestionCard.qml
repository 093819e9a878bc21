import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One question as the preview shows it: number, text, type, answers and logic.
Rectangle {
    id: card

    required property int number
    required property string questionId
    required property string text
    required property string hint
    required property string type
    required property bool required
    required property var choices
    required property string relevant
    required property string calculate
    required property string constraint
    required property string rules

    implicitHeight: content.implicitHeight + Theme.padding * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: card.number + "."
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: card.text
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                implicitWidth: typeLabel.implicitWidth + Theme.spacing * 2
                implicitHeight: typeLabel.implicitHeight + Theme.spacing
                radius: height / 2
                color: Theme.chip
                Label {
                    id: typeLabel
                    anchors.centerIn: parent
                    text: card.calculate.length > 0 ? qsTr("calculated") : card.type
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
        Label {
            visible: card.hint.length > 0
            Layout.fillWidth: true
            text: card.hint
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Flow {
            visible: card.choices.length > 0
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: card.choices
                delegate: Rectangle {
                    required property string modelData
                    // The Flow is the parent: a chip never grows wider than the card.
                    implicitWidth: Math.min(choiceLabel.implicitWidth + Theme.padding, parent ? parent.width : 0)
                    implicitHeight: choiceLabel.implicitHeight + Theme.spacing
                    radius: Theme.radius / 2
                    border.color: Theme.border
                    color: Theme.background
                    Label {
                        id: choiceLabel
                        anchors.centerIn: parent
                        width: Math.min(implicitWidth, parent.width - Theme.padding)
                        text: parent.modelData
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.rules
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
