import QtQuick
import QtQuick.Controls
import Loket

// What the kiosk shows between respondents. The only motion is a cross-fade of the survey's
// title between its languages every eight seconds: a short animation, then nothing to draw, so
// the kiosk idles all day at almost no CPU.
Item {
    id: screen
    objectName: "screen.attract"

    property int titleIndex: 0

    Rectangle {
        anchors.fill: parent
        color: Theme.primary
    }

    MouseArea {
        objectName: "attract.start"
        anchors.fill: parent
        enabled: KioskController.available
        onClicked: KioskController.begin()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch the screen to start the survey")
    }

    Timer {
        interval: 8000
        repeat: true
        running: KioskController.titles.length > 1 && KioskController.available
        onTriggered: fade.restart()
    }

    NumberAnimation {
        id: fade
        target: title
        property: "opacity"
        to: 0
        duration: 400
        onFinished: {
            screen.titleIndex = (screen.titleIndex + 1) % KioskController.titles.length
            fadeIn.start()
        }
    }
    NumberAnimation {
        id: fadeIn
        target: title
        property: "opacity"
        to: 1
        duration: 400
    }

    // Plain positioners: the first frame needs no layout engine.
    Column {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.padding * 4, 1000)
        spacing: Theme.padding * 2

        Label {
            objectName: "attract.unit"
            width: column.width
            text: KioskController.unitName.length > 0 ? KioskController.unitName
                                                       : qsTr("Public service counter")
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textOnPrimary
        }
        Label {
            id: title
            width: column.width
            text: KioskController.titles[screen.titleIndex] ?? ""
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textOnPrimary
        }
        Label {
            objectName: "attract.invitation"
            width: column.width
            visible: KioskController.available
            text: qsTr("How was our service today? Your answers are anonymous and take about a minute.")
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textOnPrimary
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: KioskController.available
            implicitWidth: touch.implicitWidth + Theme.padding * 4
            implicitHeight: touch.implicitHeight + Theme.padding * 2
            radius: height / 2
            color: Theme.textOnPrimary
            Label {
                id: touch
                anchors.centerIn: parent
                text: qsTr("Touch the screen to start")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
            }
        }
        Rectangle {
            objectName: "attract.unavailable"
            width: column.width
            visible: !KioskController.available
            implicitHeight: reason.implicitHeight + Theme.padding * 3
            radius: Theme.radius
            color: Theme.errorBackground
            Label {
                id: reason
                anchors.fill: parent
                anchors.margins: Theme.padding * 1.5
                text: KioskController.unavailableReason
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.error
            }
        }
    }
}
