<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>DiscardDialog</name>
    <message>
        <source>Discard this interview?</source>
        <translation>Discard this interview?</translation>
    </message>
    <message>
        <source>Its answers are deleted from this tablet. Choose why:</source>
        <translation>Its answers are deleted from this tablet. Choose why:</translation>
    </message>
    <message>
        <source>Keep the interview</source>
        <translation>Keep the interview</translation>
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
    <name>HomeScreen</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Start an interview</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4 to go</source>
        <translation>%1: %2 of %3, %4 to go</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <source>No unfinished interviews.</source>
        <translation>No unfinished interviews.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n answer</numerusform>
            <numerusform>%1 · %2 · %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Started %1 · last answer %2</source>
        <translation>Started %1 · last answer %2</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
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
        <source>This tablet&apos;s storage cannot be opened, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>This tablet&apos;s storage cannot be opened, so the survey is paused. Please tell the staff at the counter.</translation>
    </message>
    <message>
        <source>The survey is not set up on this tablet yet. Please tell the staff at the counter.</source>
        <translation>The survey is not set up on this tablet yet. Please tell the staff at the counter.</translation>
    </message>
    <message>
        <source>This tablet&apos;s storage is full, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>This tablet&apos;s storage is full, so the survey is paused. Please tell the staff at the counter.</translation>
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
        <source>&quot;Don&apos;t know&quot; cannot be chosen together with other answers.</source>
        <translation>&quot;Don&apos;t know&quot; cannot be chosen together with other answers.</translation>
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
    <name>Pin</name>
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
    <name>PinKeys</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor PIN</translation>
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
    <message>
        <source>Save and leave</source>
        <translation>Save and leave</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check the answers</source>
        <translation>Check the answers</translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing. Tap a question to answer it.</source>
        <translation>
            <numerusform>%n required answer missing. Tap a question to answer it.</numerusform>
            <numerusform>%n required answers missing. Tap a question to answer it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a question to change its answer.</source>
        <translation>Tap a question to change its answer.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Save and leave</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
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
    <name>SettingRow</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Enumerator sign-in</source>
        <translation>Enumerator sign-in</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>Choose your name.</translation>
    </message>
    <message>
        <source>No enumerators on this tablet yet. They arrive with the next sync, or the supervisor adds them in the panel (hold the top-right corner).</source>
        <translation>No enumerators on this tablet yet. They arrive with the next sync, or the supervisor adds them in the panel (hold the top-right corner).</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN for %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
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
    <message>
        <source>Sync now and check for updates</source>
        <translation>Sync now and check for updates</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>SupervisorSettings</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Enrolled as %1 for unit %2 at %3</source>
        <translation>Enrolled as %1 for unit %2 at %3</translation>
    </message>
    <message>
        <source>Not enrolled: responses stay on this tablet until it is.</source>
        <translation>Not enrolled: responses stay on this tablet until it is.</translation>
    </message>
    <message>
        <source>Collector address</source>
        <translation>Collector address</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>Tablet name</source>
        <translation>Tablet name</translation>
    </message>
    <message>
        <source>Office name shown</source>
        <translation>Office name shown</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Field interviews</source>
        <translation>Field interviews</translation>
    </message>
    <message>
        <source>When a respondent walks away</source>
        <translation>When a respondent walks away</translation>
    </message>
    <message>
        <source>Keep, sealed</source>
        <translation>Keep, sealed</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kiosk idle timeout (s)</source>
        <translation>Kiosk idle timeout (s)</translation>
    </message>
    <message>
        <source>Field sign-out after (s)</source>
        <translation>Field sign-out after (s)</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Languages offered</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>New supervisor PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Enumerators</source>
        <translation>Enumerators</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>no PIN yet</translation>
    </message>
    <message>
        <source>Id, e.g. E07</source>
        <translation>Id, e.g. E07</translation>
    </message>
    <message>
        <source>Enumerator id</source>
        <translation>Enumerator id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enumerator name</source>
        <translation>Enumerator name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enumerator PIN</source>
        <translation>Enumerator PIN</translation>
    </message>
    <message>
        <source>Add or set PIN</source>
        <translation>Add or set PIN</translation>
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
    <name>loket::FieldController</name>
    <message>
        <source>The respondent stopped the interview</source>
        <translation>The respondent stopped the interview</translation>
    </message>
    <message>
        <source>Not a user of this service</source>
        <translation>Not a user of this service</translation>
    </message>
    <message>
        <source>A practice interview</source>
        <translation>A practice interview</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>Started twice by mistake</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>Unit totals as of the last sync, %1, plus this tablet since then.</source>
        <translation>Unit totals as of the last sync, %1, plus this tablet since then.</translation>
    </message>
    <message>
        <source>Counted on this tablet only: not synced yet.</source>
        <translation>Counted on this tablet only: not synced yet.</translation>
    </message>
    <message>
        <source>This enumerator is no longer on this tablet&apos;s list.</source>
        <translation>This enumerator is no longer on this tablet&apos;s list.</translation>
    </message>
    <message>
        <source>No PIN is set for you on this tablet. Ask your supervisor to set one.</source>
        <translation>No PIN is set for you on this tablet. Ask your supervisor to set one.</translation>
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
    <message>
        <source>This draft cannot be opened any more.</source>
        <translation>This draft cannot be opened any more.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still need an answer.</source>
        <translation>
            <numerusform>%n required question still need an answer.</numerusform>
            <numerusform>%n required questions still need an answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview completed and sealed. It is sent with the next sync.</source>
        <translation>Interview completed and sealed. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>Draft saved. Resume it from the list below.</source>
        <translation>Draft saved. Resume it from the list below.</translation>
    </message>
    <message>
        <source>The interview was discarded.</source>
        <translation>The interview was discarded.</translation>
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
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>At least one language must stay offered.</source>
        <translation>At least one language must stay offered.</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>The two PINs differ; nothing was changed.</translation>
    </message>
    <message>
        <source>The supervisor PIN was changed.</source>
        <translation>The supervisor PIN was changed.</translation>
    </message>
    <message>
        <source>Enumerator %1 can now sign in on this tablet.</source>
        <translation>Enumerator %1 can now sign in on this tablet.</translation>
    </message>
    <message>
        <source>Enter the collector&apos;s address (https://…) and the enrollment code.</source>
        <translation>Enter the collector&apos;s address (https://…) and the enrollment code.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>Enrollment failed: %1</translation>
    </message>
    <message>
        <source>Enrolled. This tablet now sends to its collector.</source>
        <translation>Enrolled. This tablet now sends to its collector.</translation>
    </message>
    <message>
        <source>Kept on this tablet as it is; it will not be sent again.</source>
        <translation>Kept on this tablet as it is; it will not be sent again.</translation>
    </message>
</context>
</TS>
