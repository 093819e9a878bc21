import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The respondent picks a language, and may ask for larger text or stronger contrast.
ScreenPage {
    objectName: "screen.language"

    Label {
        Layout.fillWidth: true
        text: qsTr("Choose your language")
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.text
    }
    Repeater {
        model: KioskController.languages
        delegate: KioskButton {
            id: choice
            required property var modelData
            objectName: "language." + choice.modelData.code
            Layout.fillWidth: true
            text: choice.modelData.name
            font.pixelSize: Theme.fontTitle
            onClicked: KioskController.chooseLanguage(choice.modelData.code)
        }
    }
    DisplayOptions {
        Layout.fillWidth: true
        Layout.topMargin: Theme.padding * 2
    }
}
