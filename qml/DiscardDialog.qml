import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Why an interview is discarded (KioskController.discardTarget): one of a few reasons, kept in
// the audit log with the draft's id. The answers themselves are deleted.
Rectangle {
    objectName: "discard.dialog"
    color: "#e6000000"

    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.padding * 2, 560)
        height: Math.min(parent.height - Theme.padding * 2, body.implicitHeight + Theme.padding * 4)
        radius: Theme.radius
        color: Theme.surface

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.padding * 2
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: body
                width: parent.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Discard this interview?")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Its answers are deleted from this tablet. Choose why:")
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                }
                Repeater {
                    model: FieldController.discardReasons
                    delegate: KioskButton {
                        id: reason
                        required property var modelData
                        objectName: "discard.reason." + reason.modelData.code
                        Layout.fillWidth: true
                        text: reason.modelData.label
                        onClicked: KioskController.discard(reason.modelData.code)
                    }
                }
                KioskButton {
                    objectName: "discard.cancel"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Keep the interview")
                    onClicked: KioskController.cancelDiscard()
                }
            }
        }
    }
}
