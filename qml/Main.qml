import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Loket

// The kiosk: one screen at a time as KioskController says, and the overlays above them.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Loket")
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    // A new instance for every screen and every question, so nothing of one respondent (text,
    // scroll position, focus) outlives its screen.
    readonly property string screenKey: KioskController.screen + ":" + KioskController.questionId
    onScreenKeyChanged: {
        screenLoader.active = false
        screenLoader.active = true
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        anchors.bottomMargin: KioskController.keyboardHeight
        sourceComponent: {
            switch (KioskController.screen) {
            case KioskController.Language: return languageScreen
            case KioskController.Consent: return consentScreen
            case KioskController.Service: return serviceScreen
            case KioskController.Question: return questionScreen
            case KioskController.ThankYou: return thankYouScreen
            }
            return attractScreen
        }
    }

    Component { id: attractScreen; AttractScreen {} }
    Component { id: languageScreen; LanguageScreen {} }
    Component { id: consentScreen; ConsentScreen {} }
    Component { id: serviceScreen; ServiceScreen {} }
    Component { id: questionScreen; QuestionScreen {} }
    Component { id: thankYouScreen; ThankYouScreen {} }

    SupervisorCorner {
        anchors.top: parent.top
        anchors.right: parent.right
    }
    IdleOverlay { anchors.fill: parent }
    PinPad { anchors.fill: parent }
    SupervisorPanel { anchors.fill: parent }
    Loader {
        anchors.fill: parent
        active: KioskController.virtualKeyboard
        source: "KeyboardPanel.qml"
    }
}
