import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Field mode: an enumerator picks their name, then enters their PIN on large keys. Narrow
// enough to use with one thumb.
ScreenPage {
    objectName: "screen.signIn"
    maxWidth: 560

    Label {
        Layout.fillWidth: true
        text: qsTr("Enumerator sign-in")
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        wrapMode: Text.Wrap
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: KioskController.unitName
        visible: text.length > 0
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }

    // Who is signing in.
    Label {
        Layout.fillWidth: true
        visible: FieldController.selected.length === 0
        text: FieldController.enumerators.length > 0
              ? qsTr("Choose your name.")
              : qsTr("No enumerators on this tablet yet. They arrive with the next sync, or the "
                     + "supervisor adds them in the panel (hold the top-right corner).")
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        color: Theme.text
    }
    Repeater {
        model: FieldController.selected.length === 0 ? FieldController.enumerators : []
        delegate: KioskButton {
            id: person
            required property var modelData
            objectName: "signIn.enumerator." + person.modelData.id
            Layout.fillWidth: true
            text: person.modelData.name
            detail: person.modelData.id
            onClicked: FieldController.choose(person.modelData.id)
        }
    }

    // Their PIN.
    ColumnLayout {
        Layout.fillWidth: true
        visible: FieldController.selected.length > 0
        spacing: Theme.spacing
        Label {
            objectName: "signIn.name"
            Layout.fillWidth: true
            text: qsTr("PIN for %1").arg(FieldController.selectedName)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            objectName: "signIn.dots"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.fontHeadline * 1.5
            text: "●".repeat(FieldController.pinLength)
            font.pixelSize: Theme.fontHeadline
            horizontalAlignment: Text.AlignHCenter
            color: Theme.text
        }
        Label {
            objectName: "signIn.error"
            Layout.fillWidth: true
            visible: text.length > 0
            text: FieldController.signInError
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PinKeys {
            Layout.fillWidth: true
            namePrefix: "signIn.key."
            onKeyPressed: key => FieldController.pinKey(key)
        }
        KioskButton {
            objectName: "signIn.other"
            Layout.fillWidth: true
            text: qsTr("Someone else")
            onClicked: FieldController.choose("")
        }
    }
}
