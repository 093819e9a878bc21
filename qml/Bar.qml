import QtQuick
import Loket

// A horizontal bar filled to `fraction` (0 to 1), for quotas and index elements.
Rectangle {
    property real fraction: 0

    implicitHeight: 14
    radius: height / 2
    color: Theme.chip
    border.width: Theme.contrast ? Theme.borderWidth : 0
    border.color: Theme.border
    Accessible.role: Accessible.ProgressBar
    Accessible.name: Math.round(fraction * 100) + "%"

    Rectangle {
        width: parent.width * Math.max(0, Math.min(1, parent.fraction))
        height: parent.height
        radius: parent.radius
        color: Theme.selected
    }
}
