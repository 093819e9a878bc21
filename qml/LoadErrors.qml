import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown instead of the questionnaire when its file is refused: every located error, so the
// person who prepared the file can fix it.
Pane {
    id: root

    required property string source
    required property var errors

    padding: Theme.padding * 2
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        Label {
            Layout.fillWidth: true
            text: qsTr("This questionnaire cannot be used")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 was refused. Fix the problems listed below and load the file again.").arg(root.source)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ListView {
            objectName: "loadErrors"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.errors
            spacing: Theme.spacing
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                text: modelData
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
}
