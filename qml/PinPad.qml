import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The supervisor's PIN, entered on large digit keys; digits show as dots.
Rectangle {
    id: pad
    objectName: "pin.pad"
    color: "#e6000000"
    visible: KioskController.pinPadOpen

    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.padding * 2, 480)
        height: Math.min(parent.height - Theme.padding * 2, keys.implicitHeight + Theme.padding * 4)
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: keys
            anchors.fill: parent
            anchors.margins: Theme.padding * 2
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Supervisor PIN")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.text
            }
            Label {
                objectName: "pin.dots"
                Layout.fillWidth: true
                text: "●".repeat(KioskController.pinLength)
                font.pixelSize: Theme.fontHeadline
                horizontalAlignment: Text.AlignHCenter
                color: Theme.text
                Layout.preferredHeight: Theme.fontHeadline * 1.5
            }
            Label {
                objectName: "pin.error"
                Layout.fillWidth: true
                visible: text.length > 0
                text: KioskController.pinError
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.error
            }
            PinKeys {
                Layout.fillWidth: true
                onKeyPressed: key => KioskController.pinKey(key)
            }
            KioskButton {
                objectName: "pin.cancel"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget * 1.4
                text: qsTr("Cancel")
                onClicked: KioskController.closePinPad()
            }
        }
    }
}
