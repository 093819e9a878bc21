import QtQuick
import QtQuick.VirtualKeyboard

// The on-screen keyboard of Linux kiosks, docked at the bottom while a text field has focus.
InputPanel {
    objectName: "keyboard"
    y: active ? parent.height - height : parent.height
    width: parent.width
}
