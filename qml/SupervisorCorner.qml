import QtQuick
import Loket

// The hidden way in for supervisors: hold the top-right corner for three seconds.
MouseArea {
    objectName: "supervisor.corner"
    width: 64
    height: 64
    pressAndHoldInterval: 3000
    onPressAndHold: KioskController.openPinPad()
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Supervisor access (hold for three seconds)")
}
