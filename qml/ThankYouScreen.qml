import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Shown for a few seconds after the answers are sealed; then the attract screen returns.
Item {
    objectName: "screen.thankYou"

    Rectangle {
        anchors.fill: parent
        color: Theme.primary
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.padding * 4, 900)
        spacing: Theme.padding * 2
        Label {
            Layout.fillWidth: true
            text: qsTr("Thank you!")
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textOnPrimary
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your answers are saved and locked. They help make this service better and cleaner.")
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textOnPrimary
        }
    }
}
