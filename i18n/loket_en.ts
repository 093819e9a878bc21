<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start the survey</source>
        <translation>Touch the screen to start the survey</translation>
    </message>
    <message>
        <source>Public service counter</source>
        <translation>Public service counter</translation>
    </message>
    <message>
        <source>How was our service today? Your answers are anonymous and take about a minute.</source>
        <translation>How was our service today? Your answers are anonymous and take about a minute.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>This survey is anonymous. We do not ask your name, phone number or address.</source>
        <translation>This survey is anonymous. We do not ask your name, phone number or address.</translation>
    </message>
    <message>
        <source>Your answers are locked on this tablet as soon as you finish, so nobody here can read them.</source>
        <translation>Your answers are locked on this tablet as soon as you finish, so nobody here can read them.</translation>
    </message>
    <message>
        <source>They are sent only to the survey team of %1, who use them to measure and improve the integrity and quality of this service.</source>
        <translation>They are sent only to the survey team of %1, who use them to measure and improve the integrity and quality of this service.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>this office</translation>
    </message>
    <message>
        <source>Taking part is voluntary. You can stop at any time; unfinished answers are not used for the results.</source>
        <translation>Taking part is voluntary. You can stop at any time; unfinished answers are not used for the results.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <source>I agree, start</source>
        <translation>I agree, start</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>The survey will close in %n second(s).</source>
        <translation>
            <numerusform>The survey will close in %n second.</numerusform>
            <numerusform>The survey will close in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>This tablet's storage cannot be opened, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>This tablet's storage cannot be opened, so the survey is paused. Please tell the staff at the counter.</translation>
    </message>
    <message>
        <source>The survey is not set up on this tablet yet. Please tell the staff at the counter.</source>
        <translation>The survey is not set up on this tablet yet. Please tell the staff at the counter.</translation>
    </message>
    <message>
        <source>This tablet's storage is full, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>This tablet's storage is full, so the survey is paused. Please tell the staff at the counter.</translation>
    </message>
    <message>
        <source>This tablet cannot save answers right now, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>This tablet cannot save answers right now, so the survey is paused. Please tell the staff at the counter.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Choose at least %n answer.</numerusform>
            <numerusform>Choose at least %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answer(s).</source>
        <translation>
            <numerusform>Choose at most %n answer.</numerusform>
            <numerusform>Choose at most %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>"Don't know" cannot be chosen together with other answers.</source>
        <translation>"Don't know" cannot be chosen together with other answers.</translation>
    </message>
    <message>
        <source>The smallest number allowed is %1.</source>
        <translation>The smallest number allowed is %1.</translation>
    </message>
    <message>
        <source>The largest number allowed is %1.</source>
        <translation>The largest number allowed is %1.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Please enter a whole number.</translation>
    </message>
    <message numerus="yes">
        <source>Please write at most %n characters.</source>
        <translation>
            <numerusform>Please write at most %n characters.</numerusform>
            <numerusform>Please write at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a date that exists and is allowed here.</source>
        <translation>Please choose a date that exists and is allowed here.</translation>
    </message>
    <message>
        <source>This answer is not possible here. Please check it.</source>
        <translation>This answer is not possible here. Please check it.</translation>
    </message>
    <message>
        <source>This answer cannot be taken. Please choose another.</source>
        <translation>This answer cannot be taken. Please choose another.</translation>
    </message>
    <message>
        <source>The earliest date allowed is %1.</source>
        <translation>The earliest date allowed is %1.</translation>
    </message>
    <message>
        <source>The latest date allowed is %1.</source>
        <translation>The latest date allowed is %1.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>LoadErrors</name>
    <message>
        <source>This questionnaire cannot be used</source>
        <translation>This questionnaire cannot be used</translation>
    </message>
    <message>
        <source>%1 was refused. Fix the problems listed below and load the file again.</source>
        <translation>%1 was refused. Fix the problems listed below and load the file again.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
</context>
<context>
    <name>MultipleAnswer</name>
    <message>
        <source>Choose %1 to %2 answers.</source>
        <translation>Choose %1 to %2 answers.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n answer(s).</source>
        <translation>
            <numerusform>Choose up to %n answer.</numerusform>
            <numerusform>Choose up to %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Choose at least %n answer.</numerusform>
            <numerusform>Choose at least %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
</context>
<context>
    <name>NumberAnswer</name>
    <message>
        <source>Between %1 and %2.</source>
        <translation>Between %1 and %2.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>At least %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Choose a questionnaire</source>
        <translation>Choose a questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Language %1</translation>
    </message>
    <message>
        <source>%1 version %2 · %3 sections · %4 questions</source>
        <translation>%1 version %2 · %3 sections · %4 questions</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>calculated</source>
        <translation>calculated</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Which service did you receive today?</source>
        <translation>Which service did you receive today?</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>Field mode</source>
        <translation>Field mode</translation>
    </message>
</context>
<context>
    <name>SupervisorCorner</name>
    <message>
        <source>Supervisor access (hold for three seconds)</source>
        <translation>Supervisor access (hold for three seconds)</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Lock and return to the survey</source>
        <translation>Lock and return to the survey</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 of %2 sent</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Rejected by the collector</source>
        <translation>Rejected by the collector</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Questionnaire: %1</translation>
    </message>
    <message>
        <source>Folder for the USB bundle</source>
        <translation>Folder for the USB bundle</translation>
    </message>
    <message>
        <source>Write sealed bundle</source>
        <translation>Write sealed bundle</translation>
    </message>
    <message>
        <source>Sample targets</source>
        <translation>Sample targets</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 to go)</source>
        <translation>%1: %2 of %3 (%4 to go)</translation>
    </message>
    <message>
        <source>%1: not enough answers yet</source>
        <translation>%1: not enough answers yet</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type your answer here</source>
        <translation>Type your answer here</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Your answers are saved and locked. They help make this service better and cleaner.</source>
        <translation>Your answers are saved and locked. They help make this service better and cleaner.</translation>
    </message>
</context>
<context>
    <name>loket::DeviceController</name>
    <message>
        <source>Storage unavailable: %1</source>
        <translation>Storage unavailable: %1</translation>
    </message>
    <message>
        <source>Storage full: new respondents cannot start until space is freed</source>
        <translation>Storage full: new respondents cannot start until space is freed</translation>
    </message>
    <message>
        <source>Storage damaged: call the supervisor</source>
        <translation>Storage damaged: call the supervisor</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 · Sent: %2</source>
        <translation>Waiting to be sent: %1 · Sent: %2</translation>
    </message>
    <message>
        <source>Unfinished responses closed after a restart: %1</source>
        <translation>Unfinished responses closed after a restart: %1</translation>
    </message>
    <message>
        <source>a damaged database was set aside</source>
        <translation>a damaged database was set aside</translation>
    </message>
</context>
<context>
    <name>loket::KioskController</name>
    <message>
        <source>The questionnaire on this tablet could not be read, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>The questionnaire on this tablet could not be read, so the survey is paused. Please tell the staff at the counter.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answer(s).</source>
        <translation>
            <numerusform>Choose at most %n answer.</numerusform>
            <numerusform>Choose at most %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Please enter a number.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Choose at least %n answer.</numerusform>
            <numerusform>Choose at least %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question to go on.</source>
        <translation>Please answer this question to go on.</translation>
    </message>
    <message>
        <source>No supervisor PIN is set on this tablet.</source>
        <translation>No supervisor PIN is set on this tablet.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a lockout.</source>
        <translation>
            <numerusform>Wrong PIN. %n more attempt before a lockout.</numerusform>
            <numerusform>Wrong PIN. %n more attempts before a lockout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Too many wrong PINs. Try again at %1.</translation>
    </message>
</context>
<context>
    <name>loket::QuestionListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Shown if: %1</source>
        <translation>Shown if: %1</translation>
    </message>
    <message>
        <source>Valid if: %1</source>
        <translation>Valid if: %1</translation>
    </message>
    <message>
        <source>Calculated as: %1</source>
        <translation>Calculated as: %1</translation>
    </message>
</context>
<context>
    <name>loket::SupervisorController</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Waiting to try again at %1</source>
        <translation>Waiting to try again at %1</translation>
    </message>
    <message>
        <source>Not enrolled with a collector</source>
        <translation>Not enrolled with a collector</translation>
    </message>
    <message>
        <source>The collector refused this device: enroll it again</source>
        <translation>The collector refused this device: enroll it again</translation>
    </message>
    <message>
        <source>Storage error: nothing is sent until it is fixed</source>
        <translation>Storage error: nothing is sent until it is fixed</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>none loaded</translation>
    </message>
    <message>
        <source>Health: %1 · free space: %2 MB · database: %3 MB</source>
        <translation>Health: %1 · free space: %2 MB · database: %3 MB</translation>
    </message>
    <message>
        <source>a damaged database was set aside</source>
        <translation>a damaged database was set aside</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Queued again; it is sent with the next sync.</source>
        <translation>Queued again; it is sent with the next sync.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed response(s) written to %1. Import it at the collector; they stay queued here until the collector confirms them.</source>
        <translation>
            <numerusform>%n sealed response written to %1. Import it at the collector; they stay queued here until the collector confirms them.</numerusform>
            <numerusform>%n sealed responses written to %1. Import it at the collector; they stay queued here until the collector confirms them.</numerusform>
        </translation>
    </message>
</context>
</TS>