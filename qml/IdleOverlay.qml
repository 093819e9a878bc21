import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// "Are you still there?" with a countdown; any touch answers it.
Rectangle {
    objectName: "idle.overlay"
    color: "#cc000000"
    visible: KioskController.idleWarning

    MouseArea {
        anchors.fill: parent
        onClicked: KioskController.stillHere()
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.padding * 4, 720)
        height: box.implicitHeight + Theme.padding * 4
        radius: Theme.radius
        color: Theme.surface
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.padding * 2
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Label {
                objectName: "idle.countdown"
                Layout.fillWidth: true
                text: qsTr("The survey will close in %n second(s).", "", KioskController.idleSecondsLeft)
                font.pixelSize: Theme.fontTitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.text
            }
            KioskButton {
                objectName: "idle.continue"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Yes, continue")
                onClicked: KioskController.stillHere()
            }
        }
    }
}
