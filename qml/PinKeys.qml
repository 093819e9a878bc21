import QtQuick
import QtQuick.Layouts
import Loket

// Large digit keys for a PIN. Each key is passed on as it is pressed; the digits are kept
// in C++, never here.
GridLayout {
    id: keys

    property string namePrefix: "pin.key."
    signal keyPressed(string key)

    columns: 3
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        delegate: KioskButton {
            id: key
            required property string modelData
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget * 1.4
            text: key.modelData
            primary: key.modelData === "OK"
            Accessible.name: key.modelData === "⌫" ? qsTr("Erase") : key.modelData
        }
        // Named and connected here rather than in the delegate, which sees only its own data.
        onItemAdded: (index, item) => {
            item.objectName = keys.namePrefix + (item.text === "⌫" ? "erase" : item.text)
            item.clicked.connect(() => keys.keyPressed(item.text))
        }
    }
}
