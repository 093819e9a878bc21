import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The supervisor's view of the device: what waits to be sent, "sync now" with its progress and
// log, quarantined responses to retry, storage, and the sealed bundle for a USB stick.
Rectangle {
    objectName: "supervisor.panel"
    color: Theme.background

    Component.onCompleted: SupervisorController.refresh()

    MouseArea { anchors.fill: parent }

    ScreenPage {
        anchors.fill: parent
        maxWidth: 1100

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Supervisor")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
            }
            KioskButton {
                objectName: "supervisor.resume"
                primary: true
                text: qsTr("Lock and return to the survey")
                onClicked: KioskController.closeSupervisor()
            }
        }

        // Counts per state.
        GridLayout {
            Layout.fillWidth: true
            columns: width > 900 ? 5 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                model: [
                    { name: "waiting", label: qsTr("Waiting to be sent"), value: DeviceController.waiting },
                    { name: "synced", label: qsTr("Sent"), value: DeviceController.synced },
                    { name: "rejected", label: qsTr("Rejected"), value: DeviceController.rejected },
                    { name: "drafts", label: qsTr("Drafts"), value: DeviceController.drafts },
                    { name: "abandoned", label: qsTr("Abandoned"), value: DeviceController.abandoned }
                ]
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    objectName: "supervisor.count." + tile.modelData.name
                    Layout.fillWidth: true
                    implicitHeight: tileText.implicitHeight + Theme.padding * 2
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    Accessible.role: Accessible.StaticText
                    Accessible.name: tile.modelData.label + ": " + tile.modelData.value
                    Column {
                        id: tileText
                        anchors.centerIn: parent
                        width: tile.width - Theme.padding
                        Label {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: tile.modelData.value
                            font.pixelSize: Theme.fontHeadline
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: tile.modelData.label
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                        }
                    }
                }
            }
        }

        // Sync.
        Label {
            text: qsTr("Sending")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "supervisor.syncState"
                    Layout.fillWidth: true
                    text: SupervisorController.syncState
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: SupervisorController.lastSync.length > 0
                          ? qsTr("Last attempt: %1").arg(SupervisorController.lastSync) : ""
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    visible: SupervisorController.lastError.length > 0
                    text: SupervisorController.lastError
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    color: Theme.error
                }
                ProgressBar {
                    objectName: "supervisor.progress"
                    Layout.fillWidth: true
                    visible: SupervisorController.total > 0
                    from: 0
                    to: Math.max(1, SupervisorController.total)
                    value: SupervisorController.sent
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: qsTr("%1 of %2 sent").arg(SupervisorController.sent)
                                                         .arg(SupervisorController.total)
                }
            }
            KioskButton {
                objectName: "supervisor.syncNow"
                text: qsTr("Sync now and check for updates")
                enabled: !SupervisorController.syncing
                onClicked: SupervisorController.syncNow()
            }
        }
        Repeater {
            model: SupervisorController.recentLog
            delegate: Label {
                id: entry
                required property var modelData
                Layout.fillWidth: true
                text: entry.modelData.at + " · " + entry.modelData.operation + " · "
                      + entry.modelData.items + " · " + entry.modelData.outcome
                      + (entry.modelData.detail.length > 0 ? " · " + entry.modelData.detail : "")
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                color: Theme.mutedText
            }
        }

        // Progress and results, drawn from the aggregate counters (never from answers).
        Label {
            visible: SupervisorController.quotas.length > 0
            text: qsTr("Sample targets")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: SupervisorController.quotas
            delegate: ColumnLayout {
                id: quota
                required property var modelData
                objectName: "supervisor.quota." + quota.modelData.service
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1: %2 of %3 (%4 to go)").arg(quota.modelData.service)
                          .arg(quota.modelData.done).arg(quota.modelData.target)
                          .arg(quota.modelData.remaining)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Bar {
                    Layout.fillWidth: true
                    fraction: quota.modelData.fraction
                }
            }
        }
        Repeater {
            model: SupervisorController.indices
            delegate: ColumnLayout {
                id: index
                required property var modelData
                objectName: "supervisor.index"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: index.modelData.value === undefined || index.modelData.value === null
                          ? qsTr("%1: not enough answers yet").arg(index.modelData.title)
                          : qsTr("%1: %2 (%3, %4)").arg(index.modelData.title)
                                .arg(index.modelData.value).arg(index.modelData.grade)
                                .arg(index.modelData.gradeLabel)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Repeater {
                    model: index.modelData.elements
                    delegate: RowLayout {
                        id: element
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.padding
                        // Title and bar share the row equally.
                        Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            text: element.modelData.title
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            color: Theme.text
                        }
                        Bar {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            fraction: element.modelData.max > 0
                                      ? element.modelData.mean / element.modelData.max : 0
                        }
                        Label {
                            text: element.modelData.count > 0
                                  ? element.modelData.mean.toFixed(2) : "–"
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                    }
                }
            }
        }

        // Quarantine.
        Label {
            visible: SupervisorController.quarantined.length > 0
            text: qsTr("Rejected by the collector")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: SupervisorController.quarantined
            delegate: RowLayout {
                id: item
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.padding
                Label {
                    Layout.fillWidth: true
                    text: item.modelData.id.slice(0, 8) + " · " + item.modelData.code + ": "
                          + item.modelData.reason
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                KioskButton {
                    objectName: "supervisor.retry." + item.modelData.id
                    text: qsTr("Retry")
                    onClicked: SupervisorController.retry(item.modelData.id)
                }
                KioskButton {
                    objectName: "supervisor.keep." + item.modelData.id
                    text: qsTr("Keep")
                    onClicked: SupervisorController.keep(item.modelData.id)
                }
            }
        }

        // Storage, questionnaire, export.
        Label {
            text: qsTr("Device")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "supervisor.storage"
            Layout.fillWidth: true
            text: SupervisorController.storage
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Questionnaire: %1").arg(SupervisorController.questionnaire)
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            TextField {
                id: folder
                objectName: "supervisor.exportFolder"
                Layout.fillWidth: true
                implicitHeight: Theme.answerHeight
                text: SupervisorController.exportFolder
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Folder for the USB bundle")
            }
            KioskButton {
                objectName: "supervisor.export"
                text: qsTr("Write sealed bundle")
                onClicked: SupervisorController.exportBundle(folder.text)
            }
        }
        SupervisorSettings {
            Layout.fillWidth: true
        }
        Label {
            objectName: "supervisor.message"
            Layout.fillWidth: true
            visible: text.length > 0
            text: SupervisorController.message
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.text
        }
        KioskButton {
            objectName: "supervisor.quit"
            Layout.fillWidth: true
            text: qsTr("Leave kiosk mode")
            onClicked: SupervisorController.leaveKiosk()
        }
    }
}
