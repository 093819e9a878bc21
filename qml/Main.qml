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
        // By file, so that a screen's types are compiled only when it is first shown.
        source: {
            switch (KioskController.screen) {
            case KioskController.Language: return "LanguageScreen.qml"
            case KioskController.Consent: return "ConsentScreen.qml"
            case KioskController.Service: return "ServiceScreen.qml"
            case KioskController.Question: return "QuestionScreen.qml"
            case KioskController.ThankYou: return "ThankYouScreen.qml"
            case KioskController.SignIn: return "SignInScreen.qml"
            case KioskController.Home: return "HomeScreen.qml"
            case KioskController.Review: return "ReviewScreen.qml"
            }
            return "AttractScreen.qml"
        }
    }

    SupervisorCorner {
        anchors.top: parent.top
        anchors.right: parent.right
    }
    // Overlays are made when they are needed: the kiosk starts fast and holds little.
    Loader {
        anchors.fill: parent
        active: KioskController.discardTarget.length > 0
        source: "DiscardDialog.qml"
    }
    Loader {
        anchors.fill: parent
        active: KioskController.pinPadOpen
        source: "PinPad.qml"
    }
    Loader {
        anchors.fill: parent
        active: KioskController.supervisorOpen
        source: "SupervisorPanel.qml"
    }
    // Above the supervisor panel too: it locks itself when left alone.
    Loader {
        anchors.fill: parent
        active: KioskController.idleWarning
        source: "IdleOverlay.qml"
    }
    // The on-screen keyboard is built in the background while a respondent reads the first
    // screens, and let go on the attract screen, which idles all day.
    Loader {
        anchors.fill: parent
        asynchronous: true
        active: KioskController.virtualKeyboard && KioskController.screen !== KioskController.Attract
                && KioskController.screen !== KioskController.SignIn
        source: "KeyboardPanel.qml"
    }
}
