import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The device's state in one line, worded by DeviceController; red when something is wrong.
Rectangle {
    id: bar

    implicitHeight: row.implicitHeight + Theme.spacing * 2
    color: DeviceController.healthy ? Theme.chip : Theme.errorBackground

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.padding

        Label {
            objectName: "storageStatus"
            Layout.fillWidth: true
            text: DeviceController.statusText
            font.pixelSize: Theme.fontSmall
            color: DeviceController.healthy ? Theme.text : Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            visible: DeviceController.storageOk
            text: DeviceController.kioskMode ? qsTr("Kiosk mode") : qsTr("Field mode")
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
        }
    }
}
