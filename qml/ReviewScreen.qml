import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Field mode, before completion: every question asked with its answer. A tap on one goes back
// to it; "complete" seals the response once no required answer is missing.
Item {
    objectName: "screen.review"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: heading.implicitHeight + Theme.padding * 2
            color: Theme.surface
            border.width: Theme.contrast ? Theme.borderWidth : 0
            border.color: Theme.border
            ColumnLayout {
                id: heading
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Check the answers")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    objectName: "review.summary"
                    Layout.fillWidth: true
                    text: KioskController.missingCount > 0
                          ? qsTr("%n required answer(s) missing. Tap a question to answer it.", "",
                                 KioskController.missingCount)
                          : qsTr("Tap a question to change its answer.")
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    color: KioskController.missingCount > 0 ? Theme.error : Theme.mutedText
                }
            }
        }

        ListView {
            id: list
            objectName: "review.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            topMargin: Theme.padding
            bottomMargin: Theme.padding
            boundsBehavior: Flickable.StopAtBounds
            model: KioskController.reviewItems
            delegate: Rectangle {
                id: row
                required property var modelData
                objectName: "review.item." + row.modelData.id
                x: Theme.padding
                width: ListView.view.width - Theme.padding * 2
                implicitHeight: Math.max(Theme.touchTarget, rowBody.implicitHeight + Theme.padding * 2)
                radius: Theme.radius
                color: Theme.surface
                border.width: row.modelData.missing ? Theme.borderWidth * 2 : Theme.borderWidth
                border.color: row.modelData.missing ? Theme.error : Theme.border
                Accessible.role: Accessible.Button
                Accessible.name: row.modelData.text + ". " + (row.modelData.missing
                                 ? qsTr("Not answered") : row.modelData.answer)
                Accessible.onPressAction: KioskController.editAnswer(row.modelData.id)

                ColumnLayout {
                    id: rowBody
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.number + ". " + row.modelData.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.missing ? qsTr("Not answered")
                                                    : (row.modelData.answer || qsTr("Skipped"))
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        color: row.modelData.missing ? Theme.error : Theme.text
                    }
                }
                TapHandler {
                    onTapped: KioskController.editAnswer(row.modelData.id)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: actions.implicitHeight + Theme.padding * 2
            color: Theme.surface
            border.width: Theme.contrast ? Theme.borderWidth : 0
            border.color: Theme.border
            ColumnLayout {
                id: actions
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing
                Label {
                    objectName: "review.error"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: KioskController.errorText
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    color: Theme.error
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "review.discard"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Discard")
                        onClicked: KioskController.askDiscard()
                    }
                    KioskButton {
                        objectName: "review.leave"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Save and leave")
                        onClicked: KioskController.leaveInterview()
                    }
                    Item { Layout.fillWidth: true }
                    KioskButton {
                        objectName: "review.complete"
                        implicitHeight: Theme.touchTarget
                        primary: true
                        text: qsTr("Complete")
                        onClicked: KioskController.completeInterview()
                    }
                }
            }
        }
    }
}
