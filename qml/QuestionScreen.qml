import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loket

// One question per screen: progress, the question, its renderer, an inline message, and
// back / next. A fresh instance is made for every question, so nothing typed or scrolled
// carries over.
Item {
    id: screen
    objectName: "screen.question"

    readonly property var question: KioskController.question
    readonly property string type: question.type ?? ""
    // Choices that advance on a tap need no "next" until they hold an answer.
    readonly property bool autoAdvance: type === "single" || type === "yesno" || type === "scale"
    readonly property bool answered: KioskController.answer !== undefined
                                     && KioskController.answer !== null

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Progress.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: progressRow.implicitHeight + Theme.padding * 2
            color: Theme.surface
            border.width: Theme.contrast ? Theme.borderWidth : 0
            border.color: Theme.border
            ColumnLayout {
                id: progressRow
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: screen.question.section ?? ""
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        color: Theme.mutedText
                    }
                    // Field mode: the enumerator can stop here (the draft keeps every answer) or
                    // look over the answers so far.
                    KioskButton {
                        objectName: "question.leave"
                        visible: KioskController.fieldMode
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Save and leave")
                        onClicked: KioskController.leaveInterview()
                    }
                    KioskButton {
                        objectName: "question.review"
                        visible: KioskController.fieldMode
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Review")
                        onClicked: KioskController.review()
                    }
                    Label {
                        objectName: "question.progress"
                        text: qsTr("Question %1 of %2").arg(KioskController.position)
                                                        .arg(KioskController.shownCount)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, KioskController.shownCount)
                    value: KioskController.position
                    Accessible.name: qsTr("Question %1 of %2").arg(KioskController.position)
                                                               .arg(KioskController.shownCount)
                    Accessible.role: Accessible.ProgressBar
                }
            }
        }

        ScreenPage {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                objectName: "question.text"
                Layout.fillWidth: true
                text: screen.question.text ?? ""
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.question.hint ?? ""
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
            Loader {
                id: renderer
                Layout.fillWidth: true
                Layout.topMargin: Theme.padding
                sourceComponent: {
                    switch (screen.type) {
                    case "scale": return scaleInput
                    case "single":
                    case "yesno": return choiceInput
                    case "multiple": return multipleInput
                    case "text": return textInput
                    case "number": return numberInput
                    case "date": return dateInput
                    }
                    return null
                }
            }
            Rectangle {
                objectName: "question.error"
                Layout.fillWidth: true
                visible: KioskController.errorText.length > 0
                implicitHeight: errorLabel.implicitHeight + Theme.padding * 2
                radius: Theme.radius
                color: Theme.errorBackground
                border.width: Theme.borderWidth
                border.color: Theme.error
                Label {
                    id: errorLabel
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    text: KioskController.errorText
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    color: Theme.error
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        // Navigation.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: nav.implicitHeight + Theme.padding * 2
            color: Theme.surface
            border.width: Theme.contrast ? Theme.borderWidth : 0
            border.color: Theme.border
            RowLayout {
                id: nav
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.padding
                KioskButton {
                    objectName: "question.back"
                    visible: KioskController.canGoBack
                    text: qsTr("Back")
                    onClicked: KioskController.back()
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    objectName: "question.next"
                    // A tap on a choice moves on; an optional one can also be skipped.
                    visible: !screen.autoAdvance || screen.answered || !screen.question.required
                    primary: true
                    // Steppers always hold a date, so "next" saves one rather than skipping.
                    text: screen.type === "note" || screen.type === "date" || screen.answered
                          || screen.question.required ? qsTr("Next") : qsTr("Skip")
                    onClicked: {
                        const answer = renderer.item as AnswerInput
                        if (answer)
                            answer.submit()
                        else
                            KioskController.next()
                    }
                }
            }
        }
    }

    Component { id: scaleInput; ScaleAnswer {} }
    Component { id: choiceInput; ChoiceAnswer {} }
    Component { id: multipleInput; MultipleAnswer {} }
    Component { id: textInput; TextAnswer {} }
    Component { id: numberInput; NumberAnswer {} }
    Component { id: dateInput; DateAnswer {} }
}
