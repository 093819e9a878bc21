import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// One device setting typed in and saved; the controller checks it and says why if it refuses.
RowLayout {
    id: row

    required property string key
    required property string label
    property int inputHints: Qt.ImhNone

    Layout.fillWidth: true
    spacing: Theme.spacing

    Label {
        Layout.preferredWidth: 260
        Layout.minimumWidth: 160
        text: row.label
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        color: Theme.text
    }
    TextField {
        id: field
        objectName: "setting." + row.key
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: SupervisorController.settings[row.key] ?? ""
        placeholderText: qsTr("(default)")
        inputMethodHints: row.inputHints
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.EditableText
        Accessible.name: row.label
    }
    KioskButton {
        objectName: "setting." + row.key + ".save"
        implicitHeight: Theme.touchTarget
        text: qsTr("Save")
        onClicked: SupervisorController.setSetting(row.key, field.text)
    }
}
