import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Which of the unit's services the respondent received.
ScreenPage {
    objectName: "screen.service"

    Label {
        Layout.fillWidth: true
        text: qsTr("Which service did you receive today?")
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        wrapMode: Text.Wrap
        color: Theme.text
    }
    Repeater {
        model: KioskController.services
        delegate: KioskButton {
            id: choice
            required property string modelData
            required property int index
            objectName: "service." + choice.index
            Layout.fillWidth: true
            text: choice.modelData
            onClicked: KioskController.chooseService(choice.modelData)
        }
    }
}
