import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The privacy notice (UU PDP): what is asked, what is kept, who receives it and why, in short
// plain sentences, then an explicit choice.
ScreenPage {
    objectName: "screen.consent"

    Label {
        Layout.fillWidth: true
        text: qsTr("Before you start")
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        wrapMode: Text.Wrap
        color: Theme.text
    }
    Repeater {
        model: [
            qsTr("This survey is anonymous. We do not ask your name, phone number or address."),
            qsTr("Your answers are locked on this tablet as soon as you finish, so nobody here can read them."),
            qsTr("They are sent only to the survey team of %1, who use them to measure and improve the integrity and quality of this service.").arg(KioskController.unitName.length > 0 ? KioskController.unitName : qsTr("this office")),
            qsTr("Taking part is voluntary. You can stop at any time; unfinished answers are not used for the results.")
        ]
        delegate: RowLayout {
            id: point
            required property string modelData
            Layout.fillWidth: true
            spacing: Theme.padding
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.fontBody / 2
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: point.modelData
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                color: Theme.text
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.padding
        spacing: Theme.padding
        KioskButton {
            objectName: "consent.decline"
            Layout.fillWidth: true
            text: qsTr("No, thank you")
            onClicked: KioskController.declineConsent()
        }
        KioskButton {
            objectName: "consent.accept"
            Layout.fillWidth: true
            primary: true
            text: qsTr("I agree, start")
            onClicked: KioskController.acceptConsent()
        }
    }
}
