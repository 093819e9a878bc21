pragma Singleton
import QtQuick
import QtQuick.Window
import Loket

// Colours, type scale and spacing in one place. Every text colour meets 4.5:1 on the
// backgrounds it is used on (tests/app checks the pairs); high contrast raises that to 7:1+.
QtObject {
    readonly property bool contrast: KioskController.highContrast
    readonly property real scale: KioskController.largeText ? 1.3 : 1.0

    readonly property color primary: contrast ? "#000000" : "#0b5d75"
    readonly property color textOnPrimary: contrast ? "#ffff00" : "#ffffff"
    readonly property color accent: contrast ? "#000000" : "#b3541e"
    readonly property color background: contrast ? "#ffffff" : "#f4f6f7"
    readonly property color surface: "#ffffff"
    readonly property color text: contrast ? "#000000" : "#1b2428"
    readonly property color mutedText: contrast ? "#000000" : "#4d5b61"
    readonly property color border: contrast ? "#000000" : "#c9d2d6"
    readonly property color chip: contrast ? "#ffffff" : "#e3eef2"
    readonly property color selected: contrast ? "#000000" : "#0b5d75"
    readonly property color textOnSelected: contrast ? "#ffff00" : "#ffffff"
    readonly property color error: contrast ? "#8b0000" : "#a3231a"
    readonly property color errorBackground: contrast ? "#ffffff" : "#fbe9e7"
    readonly property color star: contrast ? "#000000" : "#8a5a00"

    readonly property int fontSmall: Math.round(16 * scale)
    readonly property int fontBody: Math.round(20 * scale)
    readonly property int fontTitle: Math.round(26 * scale)
    readonly property int fontHeadline: Math.round(34 * scale)
    readonly property int fontDisplay: Math.round(46 * scale)

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 12
    readonly property int borderWidth: contrast ? 3 : 1
    // 9 mm at the screen's density, never below 48 px; kiosk answers are larger still.
    readonly property int touchTarget: Math.max(48, Math.round(9 * Screen.pixelDensity))
    readonly property int answerHeight: Math.round(Math.max(72, touchTarget * 1.25) * scale)
}
