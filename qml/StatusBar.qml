import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The device's state in one line: where its data is, what waits to be sent, and whether the
// storage is healthy. A storage problem is shown in plain words.
Rectangle {
    id: bar

    implicitHeight: row.implicitHeight + Theme.spacing * 2
    color: DeviceController.storageOk && DeviceController.storageHealth === "ok" ? Theme.chip : Theme.errorBackground

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.padding

        Label {
            objectName: "storageStatus"
            Layout.fillWidth: true
            text: bar.describe()
            font.pixelSize: Theme.fontSmall
            color: DeviceController.storageOk && DeviceController.storageHealth === "ok" ? Theme.text : Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            visible: DeviceController.storageOk
            text: DeviceController.kioskMode ? qsTr("Kiosk mode") : qsTr("Field mode")
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
        }
    }

    function describe(): string {
        if (!DeviceController.storageOk)
            return qsTr("Storage unavailable: %1").arg(DeviceController.storageError);
        if (DeviceController.storageHealth === "full")
            return qsTr("Storage full: new respondents cannot start until space is freed");
        if (DeviceController.storageHealth !== "ok")
            return qsTr("Storage damaged: call the supervisor");
        let text = qsTr("Waiting to be sent: %1 · Sent: %2").arg(DeviceController.waiting).arg(DeviceController.synced);
        if (DeviceController.recoveredDrafts > 0)
            text += " · " + qsTr("Unfinished responses closed after a restart: %1").arg(DeviceController.recoveredDrafts);
        if (DeviceController.recoveredFromCorruption)
            text += " · " + qsTr("a damaged database was set aside");
        return text;
    }
}
