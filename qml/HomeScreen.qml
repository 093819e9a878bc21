import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// Field mode, between interviews: start one for a service, see the unit's quotas, and resume
// or discard a draft. Two columns in landscape, one in portrait; every action sits in the
// lower part of its card, within reach of a thumb.
Item {
    id: home
    objectName: "screen.home"

    readonly property bool wide: width > height && width >= 1000

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + Theme.padding * 2
            color: Theme.surface
            border.width: Theme.contrast ? Theme.borderWidth : 0
            border.color: Theme.border
            RowLayout {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.padding
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "home.enumerator"
                        Layout.fillWidth: true
                        text: FieldController.enumeratorName
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        elide: Text.ElideRight
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: KioskController.unitName
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        color: Theme.mutedText
                    }
                }
                KioskButton {
                    objectName: "home.signOut"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Sign out")
                    onClicked: FieldController.signOut()
                }
            }
        }

        Flickable {
            id: page
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: grid.implicitHeight + Theme.padding * 2
            boundsBehavior: Flickable.StopAtBounds

            GridLayout {
                id: grid
                x: Theme.padding
                y: Theme.padding
                width: page.width - Theme.padding * 2
                columns: home.wide ? 2 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.padding

                // Notices and why nobody can be interviewed now.
                Label {
                    objectName: "home.notice"
                    Layout.fillWidth: true
                    Layout.columnSpan: grid.columns
                    visible: text.length > 0
                    text: KioskController.available ? KioskController.notice
                                                    : KioskController.unavailableReason
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    color: KioskController.available ? Theme.text : Theme.error
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    // Equal columns, whatever their contents would like.
                    Layout.preferredWidth: (grid.width - grid.columnSpacing * (grid.columns - 1))
                                           / grid.columns
                    Layout.maximumWidth: Layout.preferredWidth
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.padding

                    Label {
                        text: qsTr("New interview")
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: KioskController.services.length > 0 ? KioskController.services : [""]
                        delegate: KioskButton {
                            id: start
                            required property string modelData
                            objectName: "home.start." + (start.modelData || "default")
                            Layout.fillWidth: true
                            primary: true
                            enabled: KioskController.available
                            text: start.modelData.length > 0 ? qsTr("Start: %1").arg(start.modelData)
                                                             : qsTr("Start an interview")
                            onClicked: KioskController.startInterview(start.modelData)
                        }
                    }

                    Label {
                        text: qsTr("Quotas")
                        visible: FieldController.quotas.length > 0
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: FieldController.quotas
                        delegate: ColumnLayout {
                            id: quota
                            required property var modelData
                            objectName: "home.quota." + quota.modelData.service
                            Layout.fillWidth: true
                            spacing: 4
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1: %2 of %3, %4 to go").arg(quota.modelData.service)
                                      .arg(quota.modelData.done).arg(quota.modelData.target)
                                      .arg(quota.modelData.remaining)
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                            Bar {
                                Layout.fillWidth: true
                                fraction: quota.modelData.fraction
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: FieldController.quotas.length > 0
                        text: FieldController.progressAsOf
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    // Equal columns, whatever their contents would like.
                    Layout.preferredWidth: (grid.width - grid.columnSpacing * (grid.columns - 1))
                                           / grid.columns
                    Layout.maximumWidth: Layout.preferredWidth
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    Label {
                        text: qsTr("Drafts (%1)").arg(FieldController.drafts.length)
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: FieldController.drafts.length === 0
                        text: qsTr("No unfinished interviews.")
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                    }
                    Repeater {
                        model: FieldController.drafts
                        delegate: Rectangle {
                            id: draft
                            required property var modelData
                            required property int index
                            objectName: "home.draft." + draft.index
                            Layout.fillWidth: true
                            implicitHeight: draftBody.implicitHeight + Theme.padding * 2
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: Theme.borderWidth
                            border.color: Theme.border
                            ColumnLayout {
                                id: draftBody
                                anchors.fill: parent
                                anchors.margins: Theme.padding
                                spacing: Theme.spacing
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 · %2 · %n answer(s)", "", draft.modelData.answered)
                                          .arg(draft.modelData.service || qsTr("Interview"))
                                          .arg(draft.modelData.language)
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Started %1 · last answer %2")
                                          .arg(draft.modelData.started).arg(draft.modelData.updated)
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.Wrap
                                    color: Theme.mutedText
                                }
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacing
                                    KioskButton {
                                        objectName: "home.discard." + draft.index
                                        implicitHeight: Theme.touchTarget
                                        text: qsTr("Discard")
                                        onClicked: KioskController.askDiscard(draft.modelData.id)
                                    }
                                    Item { Layout.fillWidth: true }
                                    KioskButton {
                                        objectName: "home.resume." + draft.index
                                        implicitHeight: Theme.touchTarget
                                        primary: true
                                        text: qsTr("Resume")
                                        onClicked: KioskController.resumeInterview(draft.modelData.id)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
