import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Loket

// Until the kiosk flow exists, Loket shows the questionnaire it has loaded, so that whoever
// installs a questionnaire file can read it through in each language before going live.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: QuestionnaireController.loaded ? QuestionnaireController.title : qsTr("Loket")
    color: Theme.background

    // Content keeps a readable line length on wide screens.
    readonly property int sideMargin: Math.max(Theme.padding, (width - 960) / 2)

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    header: ToolBar {
        Material.theme: Material.Dark
        Material.accent: Theme.textOnPrimary
        implicitHeight: Theme.touchTarget + Theme.spacing * 2
        background: Rectangle { color: Theme.primary }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.padding
            spacing: Theme.spacing * 2

            Label {
                Layout.fillWidth: true
                text: window.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textOnPrimary
                elide: Text.ElideRight
            }
            ComboBox {
                id: picker
                objectName: "questionnairePicker"
                Layout.preferredWidth: Math.min(320, window.width / 3)
                Layout.preferredHeight: Theme.touchTarget
                model: QuestionnaireController.available
                currentIndex: model.indexOf(QuestionnaireController.questionnaireId)
                displayText: currentIndex >= 0 ? currentText : qsTr("Choose a questionnaire")
                onActivated: index => QuestionnaireController.load(model[index])
                Accessible.name: qsTr("Questionnaire")
                Accessible.role: Accessible.ComboBox
            }
            Repeater {
                model: QuestionnaireController.languages
                delegate: Button {
                    id: languageButton
                    required property string modelData
                    readonly property bool current: QuestionnaireController.language === modelData
                    objectName: "language_" + modelData
                    text: modelData.toUpperCase()
                    flat: true
                    implicitHeight: Theme.touchTarget
                    implicitWidth: Theme.touchTarget + Theme.padding
                    font.pixelSize: Theme.fontBody
                    font.bold: current
                    onClicked: QuestionnaireController.language = modelData
                    Rectangle {
                        visible: languageButton.current
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.spacing
                        height: 3
                        color: Theme.textOnPrimary
                    }
                    Accessible.name: modelData === "id" ? qsTr("Bahasa Indonesia") : qsTr("Language %1").arg(modelData)
                    Accessible.role: Accessible.Button
                }
            }
        }
    }

    footer: StatusBar { }

    LoadErrors {
        anchors.fill: parent
        visible: !QuestionnaireController.loaded
        source: QuestionnaireController.source
        errors: QuestionnaireController.errors
    }

    ColumnLayout {
        id: summary
        visible: QuestionnaireController.loaded
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: window.sideMargin
        anchors.rightMargin: window.sideMargin
        anchors.topMargin: Theme.padding
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: QuestionnaireController.description
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "summary"
            Layout.fillWidth: true
            text: qsTr("%1 version %2 · %3 sections · %4 questions").arg(QuestionnaireController.questionnaireId)
                      .arg(QuestionnaireController.version).arg(QuestionnaireController.sectionCount)
                      .arg(QuestionnaireController.questionCount)
                  + (QuestionnaireController.indexTitles.length > 0
                     ? " · " + qsTr("Index: %1").arg(QuestionnaireController.indexTitles) : "")
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            implicitHeight: 1
            color: Theme.border
        }
    }

    ListView {
        id: questionList
        objectName: "questionList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: summary.bottom
        anchors.leftMargin: window.sideMargin
        anchors.rightMargin: window.sideMargin
        visible: QuestionnaireController.loaded
        clip: true
        spacing: Theme.spacing
        topMargin: Theme.padding
        bottomMargin: Theme.padding
        model: QuestionnaireController.questions
        ScrollBar.vertical: ScrollBar { }

        delegate: ColumnLayout {
            id: row
            required property int index
            required property int number
            required property string questionId
            required property string text
            required property string hint
            required property string type
            required property bool required
            required property var choices
            required property string relevant
            required property string calculate
            required property string constraint
            required property string rules
            required property string sectionTitle
            required property bool firstInSection

            width: ListView.view.width
            spacing: Theme.spacing

            Label {
                visible: row.firstInSection
                Layout.fillWidth: true
                Layout.topMargin: row.index > 0 ? Theme.padding : 0
                text: row.sectionTitle
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            QuestionCard {
                Layout.fillWidth: true
                number: row.number
                questionId: row.questionId
                text: row.text
                hint: row.hint
                type: row.type
                required: row.required
                choices: row.choices
                relevant: row.relevant
                calculate: row.calculate
                constraint: row.constraint
                rules: row.rules
            }
        }
    }
}
