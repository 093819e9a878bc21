import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// The supervisor's settings: enrollment, names, mode, timeouts and policy, languages, the PIN
// and field enumerators. Every value is checked and stored by SupervisorController.
ColumnLayout {
    id: panel

    readonly property var settings: SupervisorController.settings

    spacing: Theme.padding

    Label {
        text: qsTr("Settings")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }

    // Enrollment.
    Label {
        objectName: "supervisor.enrollment"
        Layout.fillWidth: true
        text: panel.settings.enrolled
              ? qsTr("Enrolled as %1 for unit %2 at %3").arg(panel.settings.device_id)
                .arg(panel.settings.unit).arg(panel.settings.endpoint)
              : qsTr("Not enrolled: responses stay on this tablet until it is.")
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: endpoint
            objectName: "settings.endpoint"
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            implicitHeight: Theme.touchTarget
            text: panel.settings.endpoint ?? ""
            placeholderText: "https://…"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Collector address")
        }
        TextField {
            id: code
            objectName: "settings.enrollCode"
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Enrollment code")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Enrollment code")
        }
        KioskButton {
            objectName: "settings.enroll"
            implicitHeight: Theme.touchTarget
            enabled: !SupervisorController.enrolling
            text: qsTr("Enroll")
            onClicked: SupervisorController.enroll(endpoint.text, code.text)
        }
    }

    SettingRow { key: "device_name"; label: qsTr("Tablet name") }
    SettingRow { key: "unit_name"; label: qsTr("Office name shown") }

    // Mode and policy: two choices each.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            Layout.preferredWidth: 260
            text: qsTr("Mode")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        KioskButton {
            objectName: "settings.mode.kiosk"
            implicitHeight: Theme.touchTarget
            selected: panel.settings.mode !== "field"
            text: qsTr("Kiosk")
            onClicked: SupervisorController.setSetting("mode", "kiosk")
        }
        KioskButton {
            objectName: "settings.mode.field"
            implicitHeight: Theme.touchTarget
            selected: panel.settings.mode === "field"
            text: qsTr("Field interviews")
            onClicked: SupervisorController.setSetting("mode", "field")
        }
        Item { Layout.fillWidth: true }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            Layout.preferredWidth: 260
            text: qsTr("When a respondent walks away")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.text
        }
        KioskButton {
            objectName: "settings.policy.abandon"
            implicitHeight: Theme.touchTarget
            selected: panel.settings.abandon_policy !== "discard"
            text: qsTr("Keep, sealed")
            onClicked: SupervisorController.setSetting("abandon_policy", "abandon")
        }
        KioskButton {
            objectName: "settings.policy.discard"
            implicitHeight: Theme.touchTarget
            selected: panel.settings.abandon_policy === "discard"
            text: qsTr("Delete")
            onClicked: SupervisorController.setSetting("abandon_policy", "discard")
        }
        Item { Layout.fillWidth: true }
    }
    SettingRow {
        key: "idle_timeout"
        label: qsTr("Kiosk idle timeout (s)")
        inputHints: Qt.ImhDigitsOnly
    }
    SettingRow {
        key: "field_idle_timeout"
        label: qsTr("Field sign-out after (s)")
        inputHints: Qt.ImhDigitsOnly
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            Layout.preferredWidth: 260
            text: qsTr("Languages offered")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Repeater {
            model: SupervisorController.availableLanguages
            delegate: KioskButton {
                id: language
                required property var modelData
                objectName: "settings.language." + language.modelData.code
                implicitHeight: Theme.touchTarget
                selected: language.modelData.offered
                text: language.modelData.name
                onClicked: SupervisorController.toggleLanguage(language.modelData.code)
            }
        }
        Item { Layout.fillWidth: true }
    }

    // The supervisor PIN.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: newPin
            objectName: "settings.pin"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("New supervisor PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("New supervisor PIN")
        }
        TextField {
            id: repeatPin
            objectName: "settings.pinRepeat"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("The same PIN again")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("The same PIN again")
        }
        KioskButton {
            objectName: "settings.changePin"
            implicitHeight: Theme.touchTarget
            text: qsTr("Change PIN")
            onClicked: {
                if (SupervisorController.changePin(newPin.text, repeatPin.text)) {
                    newPin.clear()
                    repeatPin.clear()
                }
            }
        }
    }

    // Field enumerators.
    Label {
        text: qsTr("Enumerators")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: SupervisorController.enumerators
        delegate: Label {
            id: person
            required property var modelData
            Layout.fillWidth: true
            text: person.modelData.name + " (" + person.modelData.id + ") · "
                  + (person.modelData.hasPin ? qsTr("PIN set") : qsTr("no PIN yet"))
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            color: Theme.text
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: enumeratorId
            objectName: "settings.enumeratorId"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Id, e.g. E07")
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Enumerator id")
        }
        TextField {
            id: enumeratorName
            objectName: "settings.enumeratorName"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Name")
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Enumerator name")
        }
        TextField {
            id: enumeratorPin
            objectName: "settings.enumeratorPin"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Enumerator PIN")
        }
        KioskButton {
            objectName: "settings.addEnumerator"
            implicitHeight: Theme.touchTarget
            text: qsTr("Add or set PIN")
            onClicked: {
                if (SupervisorController.addEnumerator(enumeratorId.text, enumeratorName.text,
                                                       enumeratorPin.text)) {
                    enumeratorId.clear()
                    enumeratorName.clear()
                    enumeratorPin.clear()
                }
            }
        }
    }
}
