import QtQuick
import QtQuick.Layouts
import Loket

// Larger text and high contrast, for this respondent only.
RowLayout {
    spacing: Theme.padding

    KioskButton {
        objectName: "display.largeText"
        Layout.fillWidth: true
        text: qsTr("Larger text")
        selected: KioskController.largeText
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: selected
        onClicked: KioskController.largeText = !KioskController.largeText
    }
    KioskButton {
        objectName: "display.highContrast"
        Layout.fillWidth: true
        text: qsTr("High contrast")
        selected: KioskController.highContrast
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: selected
        onClicked: KioskController.highContrast = !KioskController.highContrast
    }
}
