import QtQuick
import QtQuick.Controls
import Loket

// A SpinBox with touch-sized buttons.
SpinBox {
    editable: false
    implicitHeight: Theme.answerHeight
    implicitWidth: Math.max(300, Theme.answerHeight * 4)
    font.pixelSize: Theme.fontTitle
    Accessible.role: Accessible.SpinBox
}
