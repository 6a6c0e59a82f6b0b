<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Licences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts PeerDesk is built with</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>&amp;Addendum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A settled note does not change. An addendum is shown under it with today's date, so the record stays trustworthy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addendum to the note from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to add or correct, dated today.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk checked the vault file and found damage. Some of what you see may be missing or wrong. Please restore your newest backup (File ▸ Restore from a backup…) or contact your IT support. Automatic backups are paused, so they cannot replace your good backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ The vault file is damaged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BigCounter</name>
    <message>
        <source>%1: one fewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: one more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new boundary situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary situation of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary situations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter boundary situations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I handled &amp;it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I handled it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New si&amp;tuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove boundary situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this boundary situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this boundary situation and what you wrote about it for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That boundary situation is no longer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The boundary situation was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I &amp;learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which &amp;boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved changes were restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved text was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. my free time, my own story</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeDayForm</name>
    <message>
        <source>&amp;Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guests in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Newcomers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Returning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save the session log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action ta&amp;ken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café-day form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts only: please write no guest's name anywhere on this page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dis&amp;card these entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the restored draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident, if anything happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log the ne&amp;xt session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newcomers and returning guests are part of the guests in all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active hosts yet. Add hosts in the volunteers' area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session has an end time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes and activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What h&amp;appened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What would &amp;I do differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What would I do differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeDayPage</name>
    <message>
        <source>%1 — new session log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — session of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already recorded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not keep a draft just now; your text is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft kept at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored what you had not saved yet (kept %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the session of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a walk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>board games</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coffee and cake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cooking together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>everyday life</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loneliness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeDialog</name>
    <message>
        <source>&amp;Address note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Training to be alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host without this training cannot be alone on a shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts needed per shi&amp;ft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No training needed to be alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The café is &amp;open (shown in the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The café is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training a host needs to take a shift alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual &amp;days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual &amp;hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 10–14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Tuesdays</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeErrors</name>
    <message>
        <source>%1 cannot be alone on this shift without the café's solo training. Assign a trained host first; then %1 can join.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be alone on this shift: %1 has not completed the training “%2”. Assign a trained host first; then %1 can join.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already on this shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an active host at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An incident cannot be resolved before the session it happened at.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Newcomers and returning guests add up to %n; the guests in all must be at least that.</source>
        <translation>
            <numerusform>Newcomers and returning guests add up to %n; the guests in all must be at least that.</numerusform>
            <numerusform>Newcomers and returning guests add up to %n; the guests in all must be at least that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts can be planned at most about three years ahead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not possible here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up date cannot lie before the session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a café with this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assignment was already cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This café no longer exists; it may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This host no longer exists; they may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This incident no longer exists; it may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This incident was already resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record no longer exists; it may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session log no longer exists; it may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This shift no longer exists; it may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This training module no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” can be at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be below zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be saved like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains an invisible control character; please retype it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date or time PeerDesk understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is outside what is possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must come after the start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeFields</name>
    <message>
        <source>Action taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guests in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I would do differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeTab</name>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n host(s) per shift</source>
        <translation>
            <numerusform>%n host per shift</numerusform>
            <numerusform>%n hosts per shift</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a café…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café</source>
        <extracomment>The day the tab treats as today (None: the computer's date); tests pin it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café &amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café detai&amp;ls…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New ca&amp;fé…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cafés yet. Add the first café to log café days and plan the hosts' shifts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift &amp;plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alone only with “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>%1 will not come on %2, %3–%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel a host's shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the &amp;shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled &amp;by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>%1 and everything about them was erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>A conversation cannot be more than a day in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A settled note does not change. Add an addendum instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A step towards: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addendum, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An addendum cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ended sub-goal has no next follow-up; clear the date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can be corrected until %1; after that it settles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Club</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dreams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase %1 and everything about them for good: %2 notes, %3 goals and %4 referrals, and any unsaved drafts.

This cannot be undone. Backups made before now still hold the notes until they are replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up marked as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal or step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hopes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it affected me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In their own words: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this on one line, without tabs or hidden characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lived experience I shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made on %1 for the person's own use (right of access).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity for a long time, or a retention review date has come: consider whether the notes should be erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the person's copy as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the person's copy to %1. It is not encrypted: hand it over and delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settled: this note is final. Changes are added as dated addenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong; nothing was saved. Your text is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They chose what we talked about today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They would like to try: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy holds everything PeerDesk records about you, except the peer worker's private notes on how a conversation affected them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This could not be saved as it is; check it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date comes before the day it follows up on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This holds a hidden control character; retype the text around it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is no longer in the vault; it may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a CPR number. Use an alias or initials instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This note has no follow-up to mark as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This note has settled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This note has settled and can no longer change. Add an addendum instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number is outside what can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We agreed that </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We follow up on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We talked about what has gone well since last time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We will meet again at the café.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I shared from my own experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What PeerDesk records about %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the peer worker shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a date like 24.12.2026.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a referral's outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an addendum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>followed up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>followed up {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leisure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loneliness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>private: only here, never in read-back or anything shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reassess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wishes and strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareForm</name>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard d&amp;raft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible CPR number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the text you had not saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something in this form looks like a CPR number (underlined). Notes should know a person by alias or initials only. Save anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved just now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you wrote here has not been saved. Throw it away?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareTab</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added. Press “New conversation” to write the first note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-&amp;ups (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up with %1 marked as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not marked as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the unsaved draft of %1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved text was kept safe in the vault. Open it to finish or discard it:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseTextDialog</name>
    <message>
        <source>&amp;Conversations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;py to clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations to include</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied. Clipboard managers are asked not to keep it, and it is cleared from the clipboard in two minutes if it is still there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals and recent notes as plain text. Your private reactions and the experience you shared are never included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text for the case system: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;I want supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What helps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 is low, 5 is high. Skip what does not fit today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily check-in reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empt&amp;y the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I want supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line is enough</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me at this time ea&amp;ch day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the check-in from %1 for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at %1. Thank you for checking in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown while PeerDesk is open; skipped if you already checked in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That check-in is no longer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check-in was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What dr&amp;ains me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drains me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved check-in was restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>(nothing written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A conversation that stays with you, a worry, a task for tomorrow…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A moment at the end of the day: write down what you leave at work, then PeerDesk locks. It will still be here tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;in first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the day and lo&amp;ck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the workday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier day closings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No check-in today. You may like to check in before you close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier day closings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workday is closed. What you wrote stays here, at work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week so far: %1 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week so far: %1 of %2 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I &amp;leave at work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I leave at work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You checked in today at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved words were restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComingList</name>
    <message>
        <source>%1–%2  %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions planned in the coming weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter or double-click to open the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparation: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lived experience I shared:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed last time (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy kind, place, duration and themes from the last note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the note from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Enter saves. Drafts are kept safe in the vault as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it &amp;affected me (private):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it affected me (private)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In their &amp;own words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the selected text as a snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New conversation with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private: never shown in read-back, the case-system text or the person's copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sn&amp;ippets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from the last no&amp;te</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started from the note of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no earlier note to start from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens next, and who does it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What of my own experience I shared, if anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they said, as they said it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the café, a walk by the lake, by phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-teac&amp;hers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-teachers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the restored changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: Mentor education, spring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go &amp;back to the saved version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My ro&amp;le:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New course or group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have changed this course. Close without saving the changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved changes from earlier were restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseListPane</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a course or group (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;urses and groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comin&amp;g sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses and groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New c&amp;ourse or group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No course matches the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No courses or groups yet. Add the first one with New course or group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show courses of kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title, co-teacher or partner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>%1 hours with preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a session to this course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-teachers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport plan as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sess&amp;ion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan for co-teachers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan with head counts and evaluations…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sessions (%n)</source>
        <translation>
            <numerusform>Sessions (%n)</numerusform>
            <numerusform>Sessions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>%1 cannot be below zero.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is larger than PeerDesk allows (at most %n).</source>
        <translation>
            <numerusform>%1 is larger than PeerDesk allows (at most %n).</numerusform>
            <numerusform>%1 is larger than PeerDesk allows (at most %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a date or time PeerDesk understands.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 is too long: at most %n characters.</numerusform>
            <numerusform>%1 is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must stay on one line, without special control characters.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n ready</source>
        <translation>
            <numerusform>%1 of %n ready</numerusform>
            <numerusform>%1 of %n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held</source>
        <translation>
            <numerusform>%1 of %n session held</numerusform>
            <numerusform>%1 of %n sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preparation item(s) still open</source>
        <translation>
            <numerusform>%n preparation item still open</numerusform>
            <numerusform>%n preparation items still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist holds at most %n items.</source>
        <translation>
            <numerusform>A checklist holds at most %n items.</numerusform>
            <numerusform>A checklist holds at most %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>About the course</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n ready</source>
        <translation>
            <numerusform>All %n ready</numerusform>
            <numerusform>All %n ready</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-teachers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course or group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head count: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I plan and teach it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I plan it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I teach it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My role: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dates yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk could not accept %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose %1 from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation time: %1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This checklist item no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This course no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the checklist item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the co-teachers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the head count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the preparation time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>&amp;Delete course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a course or group on the left, or add a new one with New course or group (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses &amp;&amp; teaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete course?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n session(s), their checklists and evaluations? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” with its %n session, their checklists and evaluations? This cannot be undone.</numerusform>
            <numerusform>Delete “%1” with its %n sessions, their checklists and evaluations? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the course plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week: %1 hours of teaching and preparation, %2 hours in all.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This is a throwaway demo vault. Its passphrase is: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong. Your saved notes are safe. A line about the error (without any note text) was written to the log in the data folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EarlyWarningBanner</name>
    <message>
        <source>A note from your wellbeing plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open my plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a diagnosis, just a good moment to look after yourself. It may help to bring it to supervision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your latest check-ins match the early-warning pattern you chose: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan is still empty; writing down what helps you is a good start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan says:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A vault already exists in this folder; it was not changed. Restart PeerDesk to unlock it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid repeating the same character or a simple sequence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: the disk may be full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk could not read or write its data folder. Check that the disk is connected and has free space, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk is already open with this vault in another window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk may not read or write its data folder. Check the folder's permissions, or contact your IT support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, contact your IT support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase does not open the vault. Check Caps Lock and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase contains an invisible control character; type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault file is damaged. Restore a backup (File ▸ Restore) or contact your IT support. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a commonly used password; choose something personal to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This passphrase cannot be used; choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault was saved by a newer PeerDesk. Update PeerDesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few ordinary words work well.</source>
        <translation>
            <numerusform>Use at least %n character; a few ordinary words work well.</numerusform>
            <numerusform>Use at least %n characters; a few ordinary words work well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use several words, or mix letters with digits or symbols.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1 as CSV: choose a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n CSV file to %1.</numerusform>
            <numerusform>Exported %n CSV files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1 as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV files of %1 will be written to a new folder, %2. They will NOT be encrypted: anyone who can open them can read everything in them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 will NOT be encrypted: anyone who can open it can read everything in it. Export anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They hold your own self-care notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <source>This looks like a CPR number. Notes should not hold CPR numbers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundaries kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dreams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hopes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I handled it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it affected me (private)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lived experience I shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Things I want to bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I would do differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup cancelled: no backup was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying and checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted backup written, with a copy in the second folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted backup written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted backup written. The second backup folder %1 is not there (is the USB stick plugged in?), so no copy was made there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: %1 — more than a week ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup yet — please make one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please wait until the running backup or export has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was cancelled: no backup was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault will be replaced by the backup from %1. The current vault is kept aside in the data folder, so nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing an encrypted backup before closing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpPane</name>
    <message>
        <source>Due today and overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mar&amp;k as done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to follow up here. Well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the person and the record (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GettingIn</name>
    <message>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In their &amp;own words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set o&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The goal as the person put it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The goal, briefly</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Built with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk %1 — an encrypted notebook for peer workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk is free software under the GNU GPL version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3. They are separate libraries in PeerDesk's program folder, and you may replace them with your own build of the same Qt version. The source code of Qt is at %1; Qt's licensing is explained at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the current tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n guest(s) in all</source>
        <translation>
            <numerusform>%n guest in all</numerusform>
            <numerusform>%n guests in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n newcomer</numerusform>
            <numerusform>%n newcomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the last %1 months</source>
        <translation>
            <numerusform>%n session in the last %1 months</numerusform>
            <numerusform>%n sessions in the last %1 months</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the selected log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up by %1 (session %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guests in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents that need follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No incidents waiting for follow-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions logged in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open its lo&amp;g</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: follow up by %1 (session %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1, no follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show attendance by week or by month</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The last %n month(s)</source>
        <translation>
            <numerusform>The last %n month</numerusform>
            <numerusform>The last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostChoice</name>
    <message>
        <source>already on the shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>available that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not available that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not trained to be alone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hours a week (flex job) since %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hours a week since %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hours. Set your contract to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 hours: within your contract.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row with work, today included.</source>
        <translation>
            <numerusform>%n day in a row with work, today included.</numerusform>
            <numerusform>%n days in a row with work, today included.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted from your conversations, café sessions, sparring, host training and teaching, plus the hours you enter by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flex &amp;job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example admin, travel or a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours a &amp;week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours entered by hand this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contract yet. Enter your weekly hours to compare each week with them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No work logged yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove these hours entered by hand?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hours were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week runs %1 hours over your contract (%2 of %3 hours). Be kind to yourself: perhaps a shorter day soon, or a word with your manager if it keeps happening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today is a day off so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You have worked %n day(s) in a row, today included. A day off soon would do you good.</source>
        <translation>
            <numerusform>You have worked %n day in a row, today included. A day off soon would do you good.</numerusform>
            <numerusform>You have worked %n days in a row, today included. A day off soon would do you good.</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previou&amp;s week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finishing — this last step cannot be cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <extracomment>A job that ends sooner than this never shows its dialog (no flashing).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>GPL-2.0 with an exception for bundled programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python's link to SQLCipher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt for Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encryption of the vault file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starts the installed program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cryptography SQLCipher uses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database inside SQLCipher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the language PeerDesk is written in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrades of the vault's schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used by Alembic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used by Mako</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used by SQLAlchemy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where the data folder is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>windows, widgets, charts, printing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>(This licence text is missing from the installation.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundled parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Care conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export everything (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New in this area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Self-care (your own)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Volunteers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity re&amp;port…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas of work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;afé…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ourses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an area tab to add something new there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export an area as C&amp;SV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n network group meeting(s) planned, six weeks apart.</source>
        <translation>
            <numerusform>%n network group meeting planned, six weeks apart.</numerusform>
            <numerusform>%n network group meetings planned, six weeks apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Da&amp;te and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date and time of the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was he&amp;ld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next network group: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next supervision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No network group planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supervision planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes after&amp;wards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of meetin&amp;gs (6 weeks apart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of meetings, six weeks apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this meeting and its notes for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision and the network group also show on the Overview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That meeting is no longer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The meeting was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I want to &amp;bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I want to bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved notes were restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewShiftDialog</name>
    <message>
        <source>&amp;Add the shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hosts needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a shift at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>&amp;Correct note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up d&amp;one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the note's follow-up as done today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read &amp;back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the note in large text, without your private notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <translation>
            <numerusform>+%n week</numerusform>
            <numerusform>+%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Set the date %n day(s) from today</source>
        <translation>
            <numerusform>Set the date %n day from today</numerusform>
            <numerusform>Set the date %n days from today</numerusform>
        </translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How did it go: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, in a line or two.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %2: %n host(s) missing</source>
        <translation>
            <numerusform>%1, %2: %n host missing</numerusform>
            <numerusform>%1, %2: %n hosts missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: the only host is not yet trained to be alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: follow up on sparring from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café shifts without enough hosts (next 14 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1 — %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every café shift in the next 14 days has enough hosts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last check-in %1: energy %2, stress %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Myself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sparring follow-ups due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned in the next 14 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue since %1 — %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last backup is from %1, more than a week ago. An encrypted backup takes a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no backup of the vault yet. If this computer is lost or breaks, everything in it is gone. An encrypted backup takes a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week: %1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week: %1 of %2 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week: %1 of %2 hours, %3 over. Take care of yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more in the follow-up list of Care conversations.</source>
        <translation>
            <numerusform>…and %n more in the follow-up list of Care conversations.</numerusform>
            <numerusform>…and %n more in the follow-up list of Care conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more shifts without enough hosts.</source>
        <translation>
            <numerusform>…and %n more shifts without enough hosts.</numerusform>
            <numerusform>…and %n more shifts without enough hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more sparring follow-ups in Volunteers.</source>
        <translation><numerusform>…and %n more sparring follow-ups in Volunteers.</numerusform><numerusform>…and %n more sparring follow-ups in Volunteers.</numerusform></translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older backups keep the passphrase they were made with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message numerus="yes">
        <source>%n of %1 people shown</source>
        <translation>
            <numerusform>%n of %1 people shown</numerusform>
            <numerusform>%n of %1 people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) flagged for retention review: no activity for a long time, or a review date has come. Tick “Flagged for review” to see them.</source>
        <translation>
            <numerusform>%n person flagged for retention review: no activity for a long time, or a review date has come. Tick “Flagged for review” to see them.</numerusform>
            <numerusform>%n people flagged for retention review: no activity for a long time, or a review date has come. Tick “Flagged for review” to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias or initials of a new person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias or initials, e.g. K.J.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter people by alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged for rev&amp;iew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs follo&amp;w-up</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No one matches these filters (%n person(s) in all).</source>
        <translation>
            <numerusform>No one matches these filters (%n person in all).</numerusform>
            <numerusform>No one matches these filters (%n people in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>No people yet. Add someone by alias below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only people flagged for retention review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only people who need a follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show people with status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a CPR number. Use an alias or initials instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit wishes, strengths and consent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record follow-up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text for the case system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(+%n addendum(s))</source>
        <translation>
            <numerusform>(+%n addendum)</numerusform>
            <numerusform>(+%n addenda)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a ste&amp;p…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add g&amp;oal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a person on the left, or add someone by alias.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals and steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More about this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversations or referrals yet. Press “New conversation” to write the first note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No goals yet. Goals are the person's own, in their own words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not noted yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right-of-access &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step followed up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wi&amp;shes and strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note of a conversation (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first met %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ consent not noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ consent noted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A section of your own, e.g. “Music”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a se&amp;ction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In your own words, for you alone. It is not part of any report or export unless you include it yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My wellbeing plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save; your plan is as you left it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the section “%1” and its text for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section added. Write in it, then save the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The section was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of a new section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved changes to the plan were restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>my-wellbeing-plan.pdf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrepChecklist</name>
    <message numerus="yes">
        <source>%1 of %n ready</source>
        <translation>
            <numerusform>%1 of %n ready</numerusform>
            <numerusform>%1 of %n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); tick them off once the session is saved.</source>
        <translation>
            <numerusform>%n item; tick them off once the session is saved.</numerusform>
            <numerusform>%n items; tick them off once the session is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: Print handouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New checklist item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing on the checklist yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the chosen checklist item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space ticks an item off; Delete removes it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dreams:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First met:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hopes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wishes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias or initials, e.g. K.J.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person has agreed to these notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their dreams, big or small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they agreed to, and how.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they are good at, what carries them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they hope for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they wish for, in their words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When to look at these notes again and decide whether to keep them. A date in the future ends the review flag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write in everyday language and in the person's own words; no diagnoses.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <source>Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text (Ctrl+plus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read back with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the note together and agree on the wording. Private notes are hidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text (Ctrl+minus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note, for reading back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why, and what was agreed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the chess club at the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>Check in now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is %1. Time for your short check-in? It takes about 20 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Activity report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreements kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreements made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous counts only: no names, aliases or notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average energy (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average stress (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary situations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café guests per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café guests per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café sessions (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cafés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations and support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations, all kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course sessions held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guests in total (head count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours in total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modules completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My self-care (private, included by choice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other work entered by hand (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants in total (head count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals, all kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts fully staffed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts fully staffed (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching and preparation (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To a club</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To a peer group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To an activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the job centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To volunteering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-and-talks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weeks counted: from %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Include my self-care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include my self-care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It also holds your own self-care numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report will be saved to %1 and will NOT be encrypted: anyone who can open that file can read it. It holds counts only, no names or notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your self-care is private. It is left out of the report unless you tick this, and then it is in the saved file too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activity-report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ PeerDesk cannot make a report for this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ That is not a date PeerDesk understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ The “to” date is before the “from” date. Choose a later end.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <source>&amp;How it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident at the session of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved &amp;on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n backup(s) open with this passphrase.</source>
        <translation>
            <numerusform>%n backup open with this passphrase.</numerusform>
            <numerusform>%n backups open with this passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check which backups open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Checking %n backup(s)…</source>
        <translation>
            <numerusform>Checking %n backup…</numerusform>
            <numerusform>Checking %n backups…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a backup file elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup opens with this passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backups were found in the backups folders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk backups (*.peerdesk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase the backup was made with and press Check. Restoring replaces the vault; the current vault is kept aside in the data folder, so nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ does not open with this passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ file not found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High or low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My early-warning pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell me &amp;when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When your check-ins show this pattern, PeerDesk shows your plan and suggests supervision. Once, gently; you choose what to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at or above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at or below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>times in a row</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 is low, 5 is high. Type 1–5; 0 clears.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses &amp; teaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent searches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search notes, people, cafés, hosts, courses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteers &amp; sparring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Remove section…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the section “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of the section “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message numerus="yes">
        <source>%1 at %2 or higher, %n time(s) in a row</source>
        <translation>
            <numerusform>%1 at %2 or higher, %n time in a row</numerusform>
            <numerusform>%1 at %2 or higher, %n times in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 or lower, %n time(s) in a row</source>
        <translation>
            <numerusform>%1 at %2 or lower, %n time in a row</numerusform>
            <numerusform>%1 at %2 or lower, %n times in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Boundaries kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Based on %n week(s) with check-ins. These are patterns in your own notes, not a judgement or a diagnosis; you know best what lies behind them.</source>
        <translation>
            <numerusform>Based on %n week with check-ins. These are patterns in your own notes, not a judgement or a diagnosis; you know best what lies behind them.</numerusform>
            <numerusform>Based on %n weeks with check-ins. These are patterns in your own notes, not a judgement or a diagnosis; you know best what lies behind them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundaries kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one number, write a line or tick supervision. An empty check-in says nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ener&amp;gy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High or low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I handled it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this period, your check-ins did not move clearly with any part of your workload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In weeks with %1, %2 was usually higher: %3 on average, against %4 in quieter weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In weeks with %1, %2 was usually lower: %3 on average, against %4 in quieter weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My early warning signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;leep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching (with preparation)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>There are not yet enough weeks with check-ins to compare with your workload (%n so far; six are needed).</source>
        <translation>
            <numerusform>There are not yet enough weeks with check-ins to compare with your workload (%n so far; six are needed).</numerusform>
            <numerusform>There are not yet enough weeks with check-ins to compare with your workload (%n so far; six are needed).</numerusform>
        </translation>
    </message>
    <message>
        <source>This was removed in the meantime. The list has been refreshed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I do every day to stay well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I do when I notice them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I leave at work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What I want to bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What can knock me off balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drains me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What keeps me well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who I contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how well you kept your boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more café sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more café shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more sparring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more teaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your stress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be used like that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” comes before the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds a line break or an invisible character that does not belong there. Please retype it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date or time PeerDesk understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is outside what is possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is too long. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelfCareTab</name>
    <message>
        <source>Bou&amp;ndaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the &amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-care pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time for a short check-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wellbeing &amp;plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Head count:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a session in the list, or add a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts %1 hours in your week: %2 teaching, %3 preparation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete sessio&amp;n…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete session?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the session on %1 with its checklist and evaluation? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the restored changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go &amp;back to the saved version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My &amp;part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions yet. Add the first one with New session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers only: there is nowhere to write participants' names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;reparation time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation time in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the session first; then you can log the head count and evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What &amp;worked:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to &amp;change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your unsaved changes from earlier were restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes and activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> hours/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Review people inactive for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language is used the next time PeerDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes become &amp;final after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes become final after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, e.g. a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review people without activity after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second &amp;backup folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until then a note can be corrected; afterwards changes become dated addenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly contract hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody can recover this passphrase: not your IT support and not the makers of PeerDesk. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PeerDesk is a private notebook for your work as a peer worker. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your vault will be saved as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftCard</name>
    <message>
        <source>%1 of %2 hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2–%3: %4 of %5 hosts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n host(s) missing</source>
        <translation>
            <numerusform>%n host missing</numerusform>
            <numerusform>%n hosts missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Enough hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only host is not trained to be alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untrained alone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftDetail</name>
    <message>
        <source>%1 is now on the shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 took over the shift from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — assigned %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — cancelled %2 by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — swapped away %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's shift is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 handed the shift to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ass&amp;ign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign a host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available that day: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel a hos&amp;t's shift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a shift in the plan to see and change its hosts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts on this shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts who could take this shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other active host has said they are available that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other host has said they are available that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No swaps on this shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only hosts available that da&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or drag a host onto a shift in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap log of this shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host left on it is not trained to be alone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The shift now misses %n host(s).</source>
        <translation>
            <numerusform>The shift now misses %n host.</numerusform>
            <numerusform>The shift now misses %n hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no other active hosts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a former host</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %1 of %2 hosts: %n missing</source>
        <translation>
            <numerusform>⚠ %1 of %2 hosts: %n missing</numerusform>
            <numerusform>⚠ %1 of %2 hosts: %n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 of %2 hosts: the only host is not trained to be alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1 of %2 hosts: enough</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftPlanPage</name>
    <message numerus="yes">
        <source>%n host(s) missing</source>
        <translation>
            <numerusform>%n host missing</numerusform>
            <numerusform>%n hosts missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) with an untrained host alone</source>
        <translation>
            <numerusform>%n shift with an untrained host alone</numerusform>
            <numerusform>%n shifts with an untrained host alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) with gaps</source>
        <translation>
            <numerusform>%n shift with gaps</numerusform>
            <numerusform>%n shifts with gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a shift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeating shifts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shifts in this period. Use “Repeating shifts…” to plan them, or add a single shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sav&amp;e for the wall (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the shift plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the shift plan to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift plan %1 %2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every shift has enough hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftPlanPdf</name>
    <message>
        <source>%1 — shift plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enough hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>MISSING %n HOST(S)</source>
        <translation>
            <numerusform>MISSING %n HOST(S)</numerusform>
            <numerusform>MISSING %n HOST(S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shifts this week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The only host is not trained to be alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrengthBar</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this passphrase cannot be used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubGoalDialog</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A small, concrete step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything worth remembering about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New step towards “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubGoalFollowUpDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue, change or reassess may set a next follow-up; end closes the step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed up &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it went, briefly (added to the step's note).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>&amp;New host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand %1's shift on %2 to another host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap a shift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n shift(s) added to the plan.</source>
        <translation>
            <numerusform>%n shift added to the plan.</numerusform>
            <numerusform>%n shifts added to the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add the repeating shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create the shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hosts needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a repeating shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added. Choose how far ahead to plan, then create the shifts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every %1, %2–%3, %n host(s)</source>
        <translation>
            <numerusform>Every %1, %2–%3, %n host</numerusform>
            <numerusform>Every %1, %2–%3, %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No repeating shifts yet. Add one below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan &amp;until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the shifts in the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeating shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeating shifts at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan already has every shift up to that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repeating shift ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no longer used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <source>Add a theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another theme, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message numerus="yes">
        <source>%1 to %2: %n check-in(s).</source>
        <translation>
            <numerusform>%1 to %2: %n check-in.</numerusform>
            <numerusform>%1 to %2: %n check-ins.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 low – 5 high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart of your check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How your check-ins move with your workload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No check-ins in this period yet. Your trends appear after a few check-ins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per&amp;iod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload is taken from what you already log in PeerDesk: conversations, café sessions, café shifts, sparring, teaching and hours.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your passphrase to open your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time until you can try again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many tries in a row. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many tries in a row. You can try again in %n second.</numerusform>
            <numerusform>Too many tries in a row. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock PeerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why PeerDesk is locked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (agreed %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (renew soon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can be at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be before the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be below zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be changed like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be saved like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a value that cannot be used here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a line break or an invisible character that cannot be kept here. Please retype it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date or time PeerDesk understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 modules</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) shown</source>
        <translation>
            <numerusform>%1 of %n host shown</numerusform>
            <numerusform>%1 of %n hosts shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2–%3 at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (agreed %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 hours — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: follow up with %2 (sparring %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: please fill this in.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open agreement</numerusform>
            <numerusform>%n open agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add module…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit module…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;In use (part of the host training)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Renew after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save unencrypted file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no particular module)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A flyer round, a meeting, baking for the café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A phone number may hold digits, spaces and + ( ) - . / only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active and paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add another time on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the usual m&amp;odules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreements not yet kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreements still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another time on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atte&amp;nded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the roster (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a module in the table first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a session to read it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen module:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact and note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danish names; you can rename, reorder or retire each one afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the new status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this task?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard this form?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;rase host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each time slot must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit host details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit training module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires in the next 60 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export host hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by host, topic or word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter hosts by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the sparring log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host hours this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts taking part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts who attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the training holds before it must be renewed, as with first aid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In all: %1 hours from %n host(s)</source>
        <translation>
            <numerusform>In all: %1 hours from %n host</numerusform>
            <numerusform>In all: %1 hours from %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sparring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log &amp;task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log an extra task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log extra &amp;task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;odule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;kept today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark followed &amp;up today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May take a shift alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modules trained and valid today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt month ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;sparring session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;sparring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New café host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sparring session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New status for the chosen module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New training &amp;session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New training module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New training session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No café hosts yet. Add the first one with “New host…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No extra tasks logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hours in this month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open agreements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shifts in the last 30 or the next 60 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sparring follow-ups due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sparring logged yet. Log the first with “New sparring session…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sparring with this host yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No training modules yet. Add the usual set (introduction, the host role, boundaries and self-care, conflict handling, first aid) and edit it, or add your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No training sessions logged yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing expires in the next 60 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One agreement per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One to one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what you need to work well together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the page of the host in this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Delete to leave the date empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter or double-click to open the host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter or double-click to open the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew after (months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a&amp;vailability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save an unencrypted file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this month's hours as a spreadsheet file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1. Remember that the file is not encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separate topics with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift hours count the café shifts a host was on (cancelled ones not); task hours are the extra tasks logged for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts (last 30 and next 60 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts are offered first to hosts available at that time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show hosts with status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring follow-ups due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;afresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen sparring session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen training session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date cannot be before the sparring session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up date cannot be before the sparring session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host's own word, e.g. rested, busy, tired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hours for %1 will be saved to:
%2

This file is NOT encrypted: anyone who can open that folder can read the hosts' names and hours. Keep it only as long as you need it, and delete it afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task “%1” will be deleted and no longer count in the hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a module with this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.dk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This host is no longer in the vault; they may have been erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is no longer in the vault; it may have been deleted or erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick one host, or several for a group session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training modules of this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training that expires within 60 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wellbeing in a w&amp;ord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wellbeing in a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the host was pleased with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was hard, in their words and yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went we&amp;ll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you wrote here has not been saved. Discard it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write times of day like 9.30 or 14, or leave the field empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feeling: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host-hours-%1.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ℹ Restored what you had written but not yet saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← &amp;All hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ May take a shift alone at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ kept %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Not yet alone on a shift at %1: needs “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <source>%1 and everything only about them will be erased from the vault: contact details, training, availability, extra tasks, shifts, sparring sessions with them alone (with their agreements) and unsaved drafts.

Group sparring sessions stay, without them. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a café host first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase this host for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hosts yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts of the volunteers area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host was erased from the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteers &amp; sparring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Card</name>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
