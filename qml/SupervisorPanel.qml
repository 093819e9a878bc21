import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// What a supervisor sees after the PIN, until the full panel arrives: the device's state, and
// the way back to the kiosk or out of it.
Rectangle {
    objectName: "supervisor.panel"
    color: Theme.background
    visible: KioskController.supervisorOpen

    MouseArea { anchors.fill: parent }

    ScreenPage {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            text: qsTr("Supervisor")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "supervisor.status"
            Layout.fillWidth: true
            text: DeviceController.statusText
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Drafts: %1 · Abandoned: %2").arg(DeviceController.drafts).arg(DeviceController.abandoned)
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
        }
        KioskButton {
            objectName: "supervisor.resume"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Back to the survey")
            onClicked: KioskController.closeSupervisor()
        }
        KioskButton {
            objectName: "supervisor.quit"
            Layout.fillWidth: true
            text: qsTr("Leave kiosk mode")
            onClicked: Qt.quit()
        }
    }
}
