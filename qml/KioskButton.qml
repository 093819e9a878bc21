import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A large answer or action button. `selected` marks the respondent's current answer; `primary`
// is the one filled action on a screen.
Button {
    id: control

    property bool selected: false
    property bool primary: false
    property string detail: ""

    implicitHeight: Math.max(Theme.answerHeight, contentItem.implicitHeight + Theme.padding * 2)
    implicitWidth: Math.max(Theme.answerHeight * 2, contentItem.implicitWidth + Theme.padding * 3)
    font.pixelSize: Theme.fontBody
    hoverEnabled: false
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: detail.length > 0 ? text + ". " + detail : text
    Accessible.checkable: false

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: control.text
            font: control.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: control.selected || control.primary ? Theme.textOnSelected : Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: control.detail.length > 0
            text: control.detail
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: control.selected || control.primary ? Theme.textOnSelected : Theme.mutedText
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.selected || control.primary ? Theme.selected
                                                   : (control.down ? Theme.chip : Theme.surface)
        border.width: control.selected ? Theme.borderWidth + 2 : Theme.borderWidth
        border.color: control.selected || control.primary ? Theme.selected : Theme.border
        opacity: control.enabled ? 1 : 0.5
    }
}
