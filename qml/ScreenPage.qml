import QtQuick
import QtQuick.Layouts

// A kiosk screen: its content in a column of readable width, centred, that scrolls when a long
// question or large text needs more height than the screen has.
Flickable {
    id: page

    default property alias content: column.data
    property int maxWidth: 980

    clip: true
    contentWidth: width
    contentHeight: Math.max(height, column.implicitHeight + Theme.padding * 4)
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        width: Math.min(page.width - Theme.padding * 4, page.maxWidth)
        x: (page.width - width) / 2
        y: Math.max(Theme.padding * 2, (page.height - implicitHeight) / 2)
        spacing: Theme.padding
    }
}
