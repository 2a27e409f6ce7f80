<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccuracyModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="87" />
        <source>Business line</source>
        <translation>Business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="88" />
        <source>Tickets (with estimate)</source>
        <translation>Tickets (with estimate)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="89" />
        <source>Median error (min)</source>
        <translation>Median error (min)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="90" />
        <source>90% error (min)</source>
        <translation>90% error (min)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="91" />
        <source>Within ±5 min</source>
        <translation>Within ±5 min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="92" />
        <source>Inside the range shown</source>
        <translation>Inside the range shown</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="93" />
        <source>Mean bias (min)</source>
        <translation>Mean bias (min)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="120" />
        <source>Day</source>
        <extracomment>Columns before the figures (the day table has the day first).</extracomment>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>AccuracyPage</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="135" />
        <source>Pick a period and press Compute.</source>
        <translation>Pick a period and press Compute.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="137" />
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="140" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="142" />
        <source>Accuracy as Excel (XLSX)</source>
        <translation>Accuracy as Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="143" />
        <source>Accuracy as CSV</source>
        <translation>Accuracy as CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="154" />
        <source>Each ticket's wait estimate, given when it was issued, against its actual wait (issue → first call). Error = estimate − actual: a positive bias means the estimates were too long. Inside the range shown: the wait in whole minutes within the range printed on the slip. Tickets never called and tickets issued without an estimate are left out.</source>
        <translation>Each ticket's wait estimate, given when it was issued, against its actual wait (issue → first call). Error = estimate − actual: a positive bias means the estimates were too long. Inside the range shown: the wait in whole minutes within the range printed on the slip. Tickets never called and tickets issued without an estimate are left out.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="165" />
        <source>The whole hall and each line over the period</source>
        <translation>The whole hall and each line over the period</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="172" />
        <source>Each day and line</source>
        <translation>Each day and line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="190" />
        <source>%1: %2 to %3, %4 tickets with an estimate and a wait</source>
        <translation>%1: %2 to %3, %4 tickets with an estimate and a wait</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="196" />
        <source>Whole hall</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="203" />
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
</context>
<context>
    <name>AdminController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/controller.py" line="41" />
        <source>Administration is for supervisors and administrators.</source>
        <translation>Administration is for supervisors and administrators.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/controller.py" line="94" />
        <source>The database has never been backed up: set a daily backup folder or back up now in “Hall settings”.</source>
        <translation>The database has never been backed up: set a daily backup folder or back up now in “Hall settings”.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/controller.py" line="99" />
        <source>No backup for more than {days} days: back up now in “Hall settings”.</source>
        <translation>No backup for more than {days} days: back up now in “Hall settings”.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="150" />
        <source>Extended hours (延时服务)</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Extended hours (延时服务)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="72" />
        <source>Hours and calendar</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Hours and calendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="136" />
        <source>Windows and lines</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Windows and lines</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="74" />
        <source>Service items</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="62" />
        <source>Hall settings</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Hall settings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="153" />
        <source>Staff</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="101" />
        <source>Audit log</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="153" />
        <source>Queue figures</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Queue figures</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="62" />
        <source>One-visit bundles</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>One-visit bundles</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="90" />
        <source>Notices outbox</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Notices outbox</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="39" />
        <source>Appointments (预约)</source>
        <translation>Appointments (预约)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="349" />
        <source>Case ledger</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Case ledger</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="215" />
        <source>Applications due</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Applications due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="132" />
        <source>Statistics</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="45" />
        <source>District</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="103" />
        <source>Database accounts</source>
        <extracomment>The admin window's tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>Database accounts</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="33" />
        <source>Hall administration</source>
        <translation>Hall administration</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="37" />
        <source>Administration · log in</source>
        <translation>Administration · log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="46" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="69" />
        <source>{hall} · administration · {user}</source>
        <translation>{hall} · administration · {user}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="95" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="224" />
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="225" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="226" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="227" />
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="252" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="256" />
        <source> (cleared %1)</source>
        <translation> (cleared %1)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hall_desktop/cli.py" line="1025" />
        <location filename="../../hall_desktop/ui/app.py" line="92" />
        <source>Government service hall</source>
        <extracomment>The files ``report statistics`` and ``report work`` write, by the name's ending.</extracomment>
        <translation>Government service hall</translation>
    </message>
</context>
<context>
    <name>AppealPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="120" />
        <source>Appeal this bad rating (申诉)</source>
        <extracomment>What 我的台账 lists of a case: 编号, 类型, 状态, 事由, 期限.</extracomment>
        <translation>Appeal this bad rating (申诉)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="120" />
        <source>Send appeal</source>
        <translation>Send appeal</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="124" />
        <source>Evidence: what happened, what the recording or the record shows</source>
        <translation>Evidence: what happened, what the recording or the record shows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="127" />
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="128" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="139" />
        <source>Give the evidence for the appeal.</source>
        <translation>Give the evidence for the appeal.</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="32" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="33" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="34" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="35" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="36" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="37" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="38" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="39" />
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ApplicationsController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="345" />
        <source>{code} ({item}): result collected, the application is closed.</source>
        <translation>{code} ({item}): result collected, the application is closed.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="353" />
        <source>{code} ({item}): result sent by free courier, the application is closed.</source>
        <translation>{code} ({item}): result sent by free courier, the application is closed.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="77" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="83" />
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="93" />
        <source>Due dates count the hall's working days. Due soon: within {n} working days.</source>
        <translation>Due dates count the hall's working days. Due soon: within {n} working days.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="103" />
        <source>No open application here.</source>
        <translation>No open application here.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="106" />
        <source>Result collected at the window (出件)</source>
        <translation>Result collected at the window (出件)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="109" />
        <source>The citizen took the result here: the application is closed</source>
        <translation>The citizen took the result here: the application is closed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="114" />
        <source>The free-courier dispatch of this ticket</source>
        <translation>The free-courier dispatch of this ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="115" />
        <source>Sent by free courier</source>
        <translation>Sent by free courier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="117" />
        <source>The result goes with the dispatch picked: the application is closed</source>
        <translation>The result goes with the dispatch picked: the application is closed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="154" />
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="156" />
        <source>{n} due soon</source>
        <translation>{n} due soon</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="158" />
        <source>{n} overdue</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="190" />
        <source>Pick an application to issue its result.</source>
        <translation>Pick an application to issue its result.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="193" />
        <source>{code} · ticket {number} · {item} · due {due}</source>
        <translation>{code} · ticket {number} · {item} · due {due}</translation>
    </message>
</context>
<context>
    <name>AppointmentSlots</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="51" />
        <source>Morning and afternoon sessions</source>
        <translation>Morning and afternoon sessions</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="53" />
        <source>Slots of {n} minutes</source>
        <translation>Slots of {n} minutes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="57" />
        <source>Set the day's slots from its hours</source>
        <translation>Set the day's slots from its hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="62" />
        <source>Places per slot</source>
        <translation>Places per slot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="71" />
        <source>Open this day for appointments only</source>
        <translation>Open this day for appointments only</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="73" />
        <source>节假日预约服务: the hall opens these hours for booked citizens; no walk-ins</source>
        <translation>节假日预约服务: the hall opens these hours for booked citizens; no walk-ins</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="77" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="86" />
        <source>Mark no-shows now</source>
        <translation>Mark no-shows now</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="89" />
        <source>Bookings of the day</source>
        <translation>Bookings of the day</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="172" />
        <source>{count} slots set for {day}.</source>
        <translation>{count} slots set for {day}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="193" />
        <source>{day} is open {opens}–{closes} for booked citizens only. Now set its slots.</source>
        <translation>{day} is open {opens}–{closes} for booked citizens only. Now set its slots.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="202" />
        <source>{count} bookings marked as no-shows.</source>
        <translation>{count} bookings marked as no-shows.</translation>
    </message>
</context>
<context>
    <name>Assist</name>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="14" />
        <source>Helped (帮办)</source>
        <translation>Helped (帮办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="15" />
        <source>Done for them (代办)</source>
        <translation>Done for them (代办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="16" />
        <source>Accompanied (陪办)</source>
        <translation>Accompanied (陪办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="22" />
        <source>Elderly (老年人)</source>
        <translation>Elderly (老年人)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="23" />
        <source>Disabled (残疾人)</source>
        <translation>Disabled (残疾人)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="24" />
        <source>Key project (重点项目)</source>
        <translation>Key project (重点项目)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="25" />
        <source>Other (其他)</source>
        <translation>Other (其他)</translation>
    </message>
</context>
<context>
    <name>AssistModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="112" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="113" />
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="114" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="115" />
        <source>Key project</source>
        <translation>Key project</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="116" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="117" />
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="134" />
        <source>In all</source>
        <translation>In all</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="270" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="277" />
        <source>Save the audit log</source>
        <translation>Save the audit log</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="115" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="117" />
        <source>All windows</source>
        <translation>All windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="119" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="123" />
        <source>Text or ticket number</source>
        <translation>Text or ticket number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="125" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="127" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="130" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="132" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="176" />
        <source>Window {n} {name}</source>
        <translation>Window {n} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="194" />
        <source>The newest {n} entries; narrow the filter for older ones.</source>
        <translation>The newest {n} entries; narrow the filter for older ones.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="199" />
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="63" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="64" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="65" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="66" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="67" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="68" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="88" />
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="74" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="75" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="76" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="77" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="85" />
        <source>Type a name or code to find service items</source>
        <translation>Type a name or code to find service items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="98" />
        <source>Book this slot</source>
        <translation>Book this slot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="109" />
        <source>Service items (optional)</source>
        <translation>Service items (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="140" />
        <source>Booking code: {code}</source>
        <translation>Booking code: {code}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="142" />
        <source>Booked {line}, {day} {slot} for {name}. Tell the citizen the code.</source>
        <translation>Booked {line}, {day} {slot} for {name}. Tell the citizen the code.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="156" />
        <source>Choose a slot first.</source>
        <translation>Choose a slot first.</translation>
    </message>
</context>
<context>
    <name>BookingPreviewModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="126" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="127" />
        <source>Platform number</source>
        <translation>Platform number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="128" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="129" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="130" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="131" />
        <source>Business line</source>
        <translation>Business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="132" />
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="29" />
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="30" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="31" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="32" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="33" />
        <source>Business line</source>
        <translation>Business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="34" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="35" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="47" />
        <source> (late)</source>
        <translation> (late)</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="454" />
        <source>Saved “{name}”: {route}.</source>
        <translation>Saved “{name}”: {route}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="467" />
        <source>“{name}” is offered at the desks again.</source>
        <translation>“{name}” is offered at the desks again.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="469" />
        <source>“{name}” is stopped: the desks no longer offer it.</source>
        <translation>“{name}” is stopped: the desks no longer offer it.</translation>
    </message>
</context>
<context>
    <name>BundleEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="82" />
        <source>New bundle</source>
        <translation>New bundle</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="84" />
        <source>Bundles (一件事)</source>
        <translation>Bundles (一件事)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="91" />
        <source>e.g. 开办餐饮店</source>
        <translation>e.g. 开办餐饮店</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="96" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="98" />
        <source>Order at the desk</source>
        <translation>Order at the desk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="99" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="103" />
        <source>Business line</source>
        <translation>Business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="103" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="103" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="113" />
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="114" />
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="115" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="116" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="125" />
        <source>Steps, in the order the citizen goes</source>
        <translation>Steps, in the order the citizen goes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="132" />
        <source>Filter items by code, name or department</source>
        <translation>Filter items by code, name or department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="136" />
        <source>Items of the chosen step</source>
        <translation>Items of the chosen step</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="145" />
        <source>Save bundle</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="185" />
        <source>{name} (stopped)</source>
        <translation>{name} (stopped)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="206" />
        <source>New: active once saved</source>
        <translation>New: active once saved</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="232" />
        <source>Not saved: please correct the marked field.</source>
        <translation>Not saved: please correct the marked field.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="244" />
        <source>Active: the desks offer it</source>
        <translation>Active: the desks offer it</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="246" />
        <source>Stopped: the desks do not offer it</source>
        <translation>Stopped: the desks do not offer it</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="249" />
        <source>Stop this bundle</source>
        <translation>Stop this bundle</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="249" />
        <source>Start this bundle again</source>
        <translation>Start this bundle again</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="262" />
        <source>Step {n}</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="266" />
        <source>Choose a business line</source>
        <translation>Choose a business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="270" />
        <source>{line} (stopped)</source>
        <translation>{line} (stopped)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="291" />
        <source>Windows {numbers}</source>
        <translation>Windows {numbers}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="293" />
        <source>No window serves it</source>
        <translation>No window serves it</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="297" />
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="317" />
        <source>Tick the items step {n} covers.</source>
        <translation>Tick the items step {n} covers.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="319" />
        <source>Choose a step to tick its items.</source>
        <translation>Choose a step to tick its items.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="380" />
        <source>Step {n} has no business line: choose one or remove the step.</source>
        <translation>Step {n} has no business line: choose one or remove the step.</translation>
    </message>
</context>
<context>
    <name>CalendarBanner</name>
    <message>
        <location filename="../../hall_desktop/ui/common/calendar_banner.py" line="39" />
        <source>The holidays of {year} are not confirmed yet: confirm them and enter the make-up workdays in the admin screen under “Hours and calendar”.</source>
        <translation>The holidays of {year} are not confirmed yet: confirm them and enter the make-up workdays in the admin screen under “Hours and calendar”.</translation>
    </message>
</context>
<context>
    <name>CallReason</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="104" />
        <source>Appointment due (预约到号)</source>
        <translation>Appointment due (预约到号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="107" />
        <source>Special case (特殊情况)</source>
        <translation>Special case (特殊情况)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="108" />
        <source>Elderly, sick, disabled or pregnant (老弱病残孕)</source>
        <translation>Elderly, sick, disabled or pregnant (老弱病残孕)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="111" />
        <source>Other (其他)</source>
        <translation>Other (其他)</translation>
    </message>
</context>
<context>
    <name>CallTicketPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="447" />
        <source>Call a chosen number (指定叫号)</source>
        <translation>Call a chosen number (指定叫号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="447" />
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="451" />
        <source>Type a number, e.g. A012, or pick one below</source>
        <translation>Type a number, e.g. A012, or pick one below</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="460" />
        <source>Note (needed for “Other”)</source>
        <translation>Note (needed for “Other”)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="463" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="463" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="474" />
        <source>{number} · {line} · issued {time}</source>
        <translation>{number} · {line} · issued {time}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="485" />
        <source>Nobody is waiting for this window.</source>
        <translation>Nobody is waiting for this window.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="524" />
        <source>{number} is not waiting for this window.</source>
        <translation>{number} is not waiting for this window.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="527" />
        <source>Pick a waiting number or type it.</source>
        <translation>Pick a waiting number or type it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="532" />
        <source>Say in a few words why (the reason is “Other”).</source>
        <translation>Say in a few words why (the reason is “Other”).</translation>
    </message>
</context>
<context>
    <name>CaseDaysDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="546" />
        <source>Deadlines of the ledger (working days)</source>
        <translation>Deadlines of the ledger (working days)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="553" />
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="559" />
        <source>Counted on the hall's calendar from the day a case is opened; cases opened from now on take the new deadlines.</source>
        <translation>Counted on the hall's calendar from the day a case is opened; cases opened from now on take the new deadlines.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="563" />
        <source>Only an administrator may change the deadlines.</source>
        <translation>Only an administrator may change the deadlines.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="568" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="571" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="134" />
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="220" />
        <source>Choose a case in the list.</source>
        <extracomment>What a walkthrough's items need not repeat (all 走流程问题, of its window and day).</extracomment>
        <translation>Choose a case in the list.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="154" />
        <source>One more problem of this walkthrough</source>
        <translation>One more problem of this walkthrough</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="156" />
        <source>Open its walkthrough</source>
        <translation>Open its walkthrough</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="168" />
        <source>Its problems (rectification items)</source>
        <translation>Its problems (rectification items)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="182" />
        <source>Double-click an item to open it.</source>
        <translation>Double-click an item to open it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="195" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="235" />
        <source>Overdue (due {due})</source>
        <translation>Overdue (due {due})</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="279" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="280" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="281" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="282" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="283" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="284" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="285" />
        <source>Citizen's note</source>
        <translation>Citizen's note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="286" />
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="287" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="288" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="289" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="290" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="291" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="292" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="293" />
        <source>Staff concerned</source>
        <translation>Staff concerned</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="294" />
        <source>Owner / sent to</source>
        <translation>Owner / sent to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="295" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="296" />
        <source>Served under</source>
        <translation>Served under</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="297" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="298" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="299" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="300" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="302" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="307" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="307" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="308" />
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="121" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="126" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="34" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="35" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="36" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="37" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="38" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="39" />
        <source>Staff concerned</source>
        <translation>Staff concerned</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="40" />
        <source>Owner / sent to</source>
        <translation>Owner / sent to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="43" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="41" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="42" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="45" />
        <source>Overdue: due {due}</source>
        <translation>Overdue: due {due}</translation>
    </message>
</context>
<context>
    <name>CaseStepModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="71" />
        <source>Time</source>
        <extracomment>The steps that have a button here, in the paths' order (申诉 is the clerk's own, on their workstation; 登记 and 问题全部整改 are not steps a person takes on a case).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="72" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="73" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="74" />
        <source>State after</source>
        <translation>State after</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="75" />
        <source>What was recorded</source>
        <translation>What was recorded</translation>
    </message>
</context>
<context>
    <name>CatalogueAdmin</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="87" />
        <source>Service-item catalogue</source>
        <translation>Service-item catalogue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="118" />
        <source>Search code, name or department</source>
        <translation>Search code, name or department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="123" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="127" />
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="132" />
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="401" />
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="134" />
        <source>Import CSV/XLSX…</source>
        <translation>Import CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="136" />
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="138" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="204" />
        <source>working days, 0 = on the spot</source>
        <translation>working days, 0 = on the spot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="205" />
        <source>Active (clerks can choose it)</source>
        <translation>Active (clerks can choose it)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="218" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="219" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="220" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="221" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="222" />
        <source>Promised days</source>
        <translation>Promised days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="223" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="226" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="231" />
        <source>Select an item in the table to edit it. Items are never deleted: make an item inactive and clerks no longer see it.</source>
        <translation>Select an item in the table to edit it. Items are never deleted: make an item inactive and clerks no longer see it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="257" />
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="259" />
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="260" />
        <source>Rows to add</source>
        <translation>Rows to add</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="261" />
        <source>Rows to change</source>
        <translation>Rows to change</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="262" />
        <source>Unchanged rows</source>
        <translation>Unchanged rows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="289" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="293" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="297" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="385" />
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="426" />
        <source>Import preview: {file}</source>
        <translation>Import preview: {file}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="430" />
        <source>{rows} rows: {added} to add, {changed} to change, {unchanged} unchanged, {refused} refused. {untouched} items of the catalogue are not in the file and stay as they are.</source>
        <translation>{rows} rows: {added} to add, {changed} to change, {unchanged} unchanged, {refused} refused. {untouched} items of the catalogue are not in the file and stay as they are.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="444" />
        <source>The file holds no items: nothing to import.</source>
        <translation>The file holds no items: nothing to import.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="449" />
        <source>{n} rows are refused (reasons in the last column). The import is all or nothing: correct these rows in the file and import it again.</source>
        <translation>{n} rows are refused (reasons in the last column). The import is all or nothing: correct these rows in the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="454" />
        <source>The catalogue already matches the file: nothing to import.</source>
        <translation>The catalogue already matches the file: nothing to import.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="458" />
        <source>Every row can be imported. Press Import to add and change them all at once.</source>
        <translation>Every row can be imported. Press Import to add and change them all at once.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="520" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="531" />
        <source>{shown} of {total} items</source>
        <translation>{shown} of {total} items</translation>
    </message>
</context>
<context>
    <name>CatalogueController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="132" />
        <source>Saved {code} {name}.</source>
        <extracomment>``pick_file("import")`` → the file to import; ``pick_file("export")`` → where to save. None (or an empty string): the user changed their mind.</extracomment>
        <translation>Saved {code} {name}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="144" />
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="180" />
        <source>Imported {file}: added {added}, changed {changed}, unchanged {unchanged}.</source>
        <translation>Imported {file}: added {added}, changed {changed}, unchanged {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="209" />
        <source>Exported {n} items to {path}.</source>
        <translation>Exported {n} items to {path}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="228" />
        <source>Import the service-item catalogue</source>
        <translation>Import the service-item catalogue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="232" />
        <source>Catalogue files (*.xlsx *.csv)</source>
        <translation>Catalogue files (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="232" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="235" />
        <source>Export the service-item catalogue</source>
        <translation>Export the service-item catalogue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="238" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CatalogueItemModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="51" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="52" />
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="53" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="54" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="55" />
        <source>Promised days</source>
        <translation>Promised days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="206" />
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="373" />
        <source>Active</source>
        <extracomment>The roles CatalogueItemModel.cell answers besides those a repaint asks for (Display, Foreground, TextAlignment: answered at once); a view asks for more.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="208" />
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="375" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="289" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="290" />
        <source>Items in the catalogue</source>
        <translation>Items in the catalogue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="291" />
        <source>Items served</source>
        <translation>Items served</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/appointments.py" line="32" />
        <source>Booking code, ID number or mobile</source>
        <translation>Booking code, ID number or mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/appointments.py" line="35" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/appointments.py" line="63" />
        <source>Today {total}: waiting {booked}, checked in {checked}, done {done}, no-show {missed}</source>
        <translation>Today {total}: waiting {booked}, checked in {checked}, done {done}, no-show {missed}</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../hall_desktop/ui/common/screen.py" line="37" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
</context>
<context>
    <name>ClerkController</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="75" />
        <source>This account cannot work at a window (clerks and supervisors only).</source>
        <translation>This account cannot work at a window (clerks and supervisors only).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="224" />
        <source>{number} is still in hand: carry on.</source>
        <translation>{number} is still in hand: carry on.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="234" />
        <source>Window in use</source>
        <translation>Window in use</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="239" />
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="240" />
        <source>Choose another window</source>
        <translation>Choose another window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="278" />
        <source>Window {n} was taken over by {name}; you are signed out.</source>
        <translation>Window {n} was taken over by {name}; you are signed out.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="282" />
        <source>You were signed out of window {n}.</source>
        <translation>You were signed out of window {n}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="299" />
        <source>Your account was deactivated by an administrator.</source>
        <translation>Your account was deactivated by an administrator.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="450" />
        <source>Calling {number} (call {n}).</source>
        <translation>Calling {number} (call {n}).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="453" />
        <source>Serving {number}.</source>
        <translation>Serving {number}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="454" />
        <source>{number} marked as no-show.</source>
        <translation>{number} marked as no-show.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="467" />
        <source>{number}: every step of the bundle is done ({steps} steps).</source>
        <translation>{number}: every step of the bundle is done ({steps} steps).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="469" />
        <source> The bundle stops at this step.</source>
        <translation> The bundle stops at this step.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="472" />
        <source>{number}: step {step} done; {next} ({line}) goes on at this window: press Call next.</source>
        <translation>{number}: step {step} done; {next} ({line}) goes on at this window: press Call next.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="481" />
        <source>{number}: step {step} done; sent on to {next} ({line}), the citizen waits for the call.</source>
        <translation>{number}: step {step} done; sent on to {next} ({line}), the citizen waits for the call.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="529" />
        <source>Calling {number} out of order: {reason}.</source>
        <translation>Calling {number} out of order: {reason}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="580" />
        <source>{number}: materials to supplement (补正告知) recorded, but the notification letter was not printed: {reason}</source>
        <translation>{number}: materials to supplement (补正告知) recorded, but the notification letter was not printed: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="589" />
        <source>{number}: materials to supplement (补正告知) recorded; the notification letter (一次性告知书) is printed.</source>
        <translation>{number}: materials to supplement (补正告知) recorded; the notification letter (一次性告知书) is printed.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="456" />
        <source>{number} is on hold.</source>
        <translation>{number} is on hold.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="457" />
        <source>{number} transferred: it waits in its new line.</source>
        <translation>{number} transferred: it waits in its new line.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="494" />
        <source>{number} finished (办结).</source>
        <translation>{number} finished (办结).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="495" />
        <source>{number} accepted (受理).</source>
        <translation>{number} accepted (受理).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="497" />
        <source>{number}: the citizen was told at once which materials to supplement (补正告知).</source>
        <translation>{number}: the citizen was told at once which materials to supplement (补正告知).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="499" />
        <source>{number} not accepted (不予受理).</source>
        <translation>{number} not accepted (不予受理).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="500" />
        <source>{number}: question answered (咨询).</source>
        <translation>{number}: question answered (咨询).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="508" />
        <source>Nobody is waiting for this window.</source>
        <translation>Nobody is waiting for this window.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="599" />
        <source>Extended-hours record saved: {minutes} min, {reason}.</source>
        <translation>Extended-hours record saved: {minutes} min, {reason}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="643" />
        <source>{number} waits again, ahead of the numbers issued after it.</source>
        <translation>{number} waits again, ahead of the numbers issued after it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="678" />
        <source>Window paused: {reason}</source>
        <translation>Window paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="686" />
        <source>Service resumed.</source>
        <translation>Service resumed.</translation>
    </message>
</context>
<context>
    <name>ClerkForm</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="138" />
        <source>Back</source>
        <extracomment>The service's field names whose refusals this form shows under itself.</extracomment>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="101" />
        <source>Clerk workstation</source>
        <extracomment>The workstation's body: the queue, 我的台账 or 我的办件.</extracomment>
        <translation>Clerk workstation</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="114" />
        <source>Clerk workstation · log in</source>
        <translation>Clerk workstation · log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="131" />
        <source>Which window are you at today?</source>
        <translation>Which window are you at today?</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="133" />
        <source>Start work at this window</source>
        <translation>Start work at this window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="148" />
        <source>Leave window</source>
        <translation>Leave window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="151" />
        <source>My cases (我的台账)</source>
        <translation>My cases (我的台账)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="154" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="417" />
        <source>Your bad ratings, the matters sent to your window, your rectification items</source>
        <translation>Your bad ratings, the matters sent to your window, your rectification items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="158" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="342" />
        <source>My applications (我的办件)</source>
        <translation>My applications (我的办件)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="161" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="425" />
        <source>Applications accepted at this window (受理) whose result is not yet issued</source>
        <translation>Applications accepted at this window (受理) whose result is not yet issued</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="184" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="529" />
        <source>No ticket in hand</source>
        <translation>No ticket in hand</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="236" />
        <source>Press F1 to call the next citizen.</source>
        <translation>Press F1 to call the next citizen.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="265" />
        <source>My lines</source>
        <translation>My lines</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="272" />
        <source>Call a chosen number…</source>
        <translation>Call a chosen number…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="274" />
        <source>Call one waiting number ahead of the order, with a reason (指定叫号)</source>
        <translation>Call one waiting number ahead of the order, with a reason (指定叫号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="289" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="293" />
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="299" />
        <source>No-shows (过号)</source>
        <translation>No-shows (过号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="304" />
        <source>Back in the queue</source>
        <translation>Back in the queue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="306" />
        <source>The citizen came back: the number waits again (within the hall's limit)</source>
        <translation>The citizen came back: the number waits again (within the hall's limit)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="315" />
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="370" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="371" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="372" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="373" />
        <source>Start service</source>
        <translation>Start service</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="374" />
        <source>Finish…</source>
        <translation>Finish…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="375" />
        <source>Hold…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="376" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="377" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="519" />
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="419" />
        <source>{n} open, {late} overdue</source>
        <translation>{n} open, {late} overdue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="427" />
        <source>{soon} due soon, {late} overdue</source>
        <translation>{soon} due soon, {late} overdue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="456" />
        <source>Mail the result of {number} free of charge (免费邮寄)…</source>
        <translation>Mail the result of {number} free of charge (免费邮寄)…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="475" />
        <source>Window {n} · {name}</source>
        <translation>Window {n} · {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="496" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="502" />
        <source>{hall} · window {n} {name}</source>
        <translation>{hall} · window {n} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="509" />
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="510" />
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="511" />
        <source>Paused: {reason}</source>
        <translation>Paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="507" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="508" />
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="519" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="546" />
        <source>Bundle (一件事) {step}</source>
        <translation>Bundle (一件事) {step}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="555" />
        <source>Green channel: {reason}</source>
        <translation>Green channel: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="570" />
        <source>{prefix} {name}: {n} waiting</source>
        <translation>{prefix} {name}: {n} waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="575" />
        <source>This window serves no business line.</source>
        <translation>This window serves no business line.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="578" />
        <source>Next: {numbers}</source>
        <translation>Next: {numbers}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="580" />
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="602" />
        <source>{number} · {reason} · due {due}</source>
        <translation>{number} · {reason} · due {due}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="623" />
        <source>{number} · no-show at {time}</source>
        <translation>{number} · no-show at {time}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="635" />
        <source>Served {served} · no-shows {no_shows} · average wait {wait} min · average service {service} min</source>
        <translation>Served {served} · no-shows {no_shows} · average wait {wait} min · average service {service} min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="644" />
        <source>served with help (帮代办) {n}</source>
        <translation>served with help (帮代办) {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="647" />
        <source>Ratings {rated}: very satisfied {best}, satisfied {good}, bad {bad}; not rated {none}</source>
        <translation>Ratings {rated}: very satisfied {best}, satisfied {good}, bad {bad}; not rated {none}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="723" />
        <source>issued {time}</source>
        <translation>issued {time}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="727" />
        <source>waited {m} min</source>
        <translation>waited {m} min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="728" />
        <source>called {n} times</source>
        <translation>called {n} times</translation>
    </message>
</context>
<context>
    <name>CourierController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="39" />
        <source>The courier window is for the hall's staff.</source>
        <translation>The courier window is for the hall's staff.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="78" />
        <source>Dispatches</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="88" />
        <source>New dispatch</source>
        <translation>New dispatch</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="89" />
        <source>Monthly figures</source>
        <translation>Monthly figures</translation>
    </message>
</context>
<context>
    <name>CourierFigures</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="141" />
        <source> (year)</source>
        <translation> (year)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="143" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="145" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="148" />
        <source>Free courier dispatches by month of entry</source>
        <translation>Free courier dispatches by month of entry</translation>
    </message>
</context>
<context>
    <name>CourierForm</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="67" />
        <source>Free courier dispatch</source>
        <translation>Free courier dispatch</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="78" />
        <source>Street, building, room</source>
        <translation>Street, building, room</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="82" />
        <source>Results to the citizen</source>
        <translation>Results to the citizen</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="84" />
        <source>Collect materials from the citizen (两端寄递)</source>
        <translation>Collect materials from the citizen (两端寄递)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="94" />
        <source>Certificate or approval</source>
        <translation>Certificate or approval</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="103" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="105" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="106" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="107" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="108" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="109" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="110" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="111" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="112" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="113" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="114" />
        <source>Cost borne by the hall (yuan)</source>
        <translation>Cost borne by the hall (yuan)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="119" />
        <source>What is sent</source>
        <translation>What is sent</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="122" />
        <source>Save dispatch</source>
        <translation>Save dispatch</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="131" />
        <source>Choose the province</source>
        <translation>Choose the province</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="132" />
        <source>Choose the province first</source>
        <translation>Choose the province first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="133" />
        <source>None, or choose the city first</source>
        <translation>None, or choose the city first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="171" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CourierFormController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="271" />
        <source>Dispatch K{id:05d} saved: waiting for hand-over to {carrier}.</source>
        <translation>Dispatch K{id:05d} saved: waiting for hand-over to {carrier}.</translation>
    </message>
</context>
<context>
    <name>CourierList</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="125" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="127" />
        <source>Last 4 digits</source>
        <translation>Last 4 digits</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="130" />
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="137" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="140" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="168" />
        <source>Waybill number for hand-over</source>
        <translation>Waybill number for hand-over</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="170" />
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="171" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="173" />
        <source>Why it came back</source>
        <translation>Why it came back</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="176" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="177" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="178" />
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="182" />
        <source>Print the day's manifest</source>
        <translation>Print the day's manifest</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="233" />
        <source>Look-up only: phone numbers and addresses are masked.</source>
        <translation>Look-up only: phone numbers and addresses are masked.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="248" />
        <source>{n} dispatches, cost {cost} yuan, {returned} returned</source>
        <translation>{n} dispatches, cost {cost} yuan, {returned} returned</translation>
    </message>
</context>
<context>
    <name>CourierListController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="339" />
        <source>K{id:05d}: {status}</source>
        <translation>K{id:05d}: {status}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="375" />
        <source>No document printer (A4/A5): choose one as document_printer in the settings, or set a default printer.</source>
        <translation>No document printer (A4/A5): choose one as document_printer in the settings, or set a default printer.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="382" />
        <source>Not printed: {reason} Print it again once the printer is ready.</source>
        <translation>Not printed: {reason} Print it again once the printer is ready.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="411" />
        <source>Dispatch slip K{id:05d} printed.</source>
        <translation>Dispatch slip K{id:05d} printed.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="438" />
        <source>Manifest of {day} printed: {n} dispatches.</source>
        <translation>Manifest of {day} printed: {n} dispatches.</translation>
    </message>
</context>
<context>
    <name>CourierWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="446" />
        <source>Courier window</source>
        <translation>Courier window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="446" />
        <source>Courier window · log in</source>
        <translation>Courier window · log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="450" />
        <source>{hall} · courier window</source>
        <translation>{hall} · courier window</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="46" />
        <source>Copy log path</source>
        <translation>Copy log path</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="50" />
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="67" />
        <source>The details could not be written to a log file.</source>
        <translation>The details could not be written to a log file.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="70" />
        <source>The details are in the log file:
{path}
Please give it to your administrator.</source>
        <translation>The details are in the log file:
{path}
Please give it to your administrator.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="79" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="81" />
        <source>The program ran into a problem it did not expect. Check that your last action was saved; if something looks wrong, close the program and start it again.</source>
        <translation>The program ran into a problem it did not expect. Check that your last action was saved; if something looks wrong, close the program and start it again.</translation>
    </message>
</context>
<context>
    <name>DataLifeFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="42" />
        <source>Data kept and backups (数据保存与备份)</source>
        <translation>Data kept and backups (数据保存与备份)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="43" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="50" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="56" />
        <source>Empty: no daily backup</source>
        <translation>Empty: no daily backup</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="57" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="66" />
        <source> files</source>
        <translation> files</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="70" />
        <source>No warning</source>
        <translation>No warning</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="73" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="81" />
        <source>Citizens' personal data kept</source>
        <translation>Citizens' personal data kept</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="85" />
        <source>Courier recipients kept</source>
        <translation>Courier recipients kept</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="91" />
        <source>After this time names, mobiles and ID numbers are erased every day; the statistics stay. Open cases keep the caller's phone until they are closed.</source>
        <translation>After this time names, mobiles and ID numbers are erased every day; the statistics stay. Open cases keep the caller's phone until they are closed.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="98" />
        <source>Move the log to the archive after</source>
        <translation>Move the log to the archive after</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="101" />
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="115" />
        <source>Daily backup folder</source>
        <translation>Daily backup folder</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="102" />
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="103" />
        <source>Warn without a backup for</source>
        <translation>Warn without a backup for</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="107" />
        <source>A single-PC hall copies its database there once a day. A hall on PostgreSQL is backed up on the server (hall-desktop db backup).</source>
        <translation>A single-PC hall copies its database there once a day. A hall on PostgreSQL is backed up on the server (hall-desktop db backup).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="145" />
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="147" />
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="147" />
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="148" />
        <source>Last backup: {at} ({how}, {size})</source>
        <translation>Last backup: {at} ({how}, {size})</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="154" />
        <source>No backup has been made yet: please back up.</source>
        <translation>No backup has been made yet: please back up.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="156" />
        <source> — more than {days} days ago: please back up.</source>
        <translation> — more than {days} days ago: please back up.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_widgets.py" line="214" />
        <source>lunch {start}–{end}</source>
        <translation>lunch {start}–{end}</translation>
    </message>
</context>
<context>
    <name>DbAccountsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="291" />
        <source>Make a new password for {account} ({used_for})? The old one stops working at once: the PCs that use this account cannot connect until the new password is entered on them.</source>
        <translation>Make a new password for {account} ({used_for})? The old one stops working at once: the PCs that use this account cannot connect until the new password is entered on them.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="298" />
        <source>This PC is connected with this account: enter the new password here too ({command}) before the program is started again.</source>
        <translation>This PC is connected with this account: enter the new password here too ({command}) before the program is started again.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="303" />
        <source>New database password</source>
        <translation>New database password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="316" />
        <source>{account} has a new password; enter it on its PC.</source>
        <translation>{account} has a new password; enter it on its PC.</translation>
    </message>
</context>
<context>
    <name>DbAccountsModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="50" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="51" />
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="52" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="73" />
        <source>Deleted on the server</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="75" />
        <source>May not log in</source>
        <translation>May not log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="76" />
        <source>Can log in</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="92" />
        <source>{used_for} (this PC)</source>
        <translation>{used_for} (this PC)</translation>
    </message>
</context>
<context>
    <name>DbAccountsPage</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="121" />
        <source>Each kind of PC connects to the database with an account of its own, which may do only what that PC does, in this hall only. When a PC's password is lost or known to too many people, make a new one here and enter it on that PC with {command}.</source>
        <translation>Each kind of PC connects to the database with an account of its own, which may do only what that PC does, in this hall only. When a PC's password is lost or known to too many people, make a new one here and enter it on that PC with {command}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="130" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="132" />
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="140" />
        <source>This hall's database accounts</source>
        <translation>This hall's database accounts</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="167" />
        <source>A single-PC SQLite database is used by this computer only and is protected by its file permissions: it needs no database accounts.</source>
        <translation>A single-PC SQLite database is used by this computer only and is protected by its file permissions: it needs no database accounts.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="174" />
        <source>This hall has no database accounts yet: every PC connects with the same account. The hall's IT staff make them once, with the database owner's account:

    {command}

Then each PC's account and its password are entered on that PC.</source>
        <translation>This hall has no database accounts yet: every PC connects with the same account. The hall's IT staff make them once, with the database owner's account:

    {command}

Then each PC's account and its password are entered on that PC.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="245" />
        <source>Hall display</source>
        <extracomment>With ``pg_roles``: each kind of PC's own database (disposed with the hall).</extracomment>
        <translation>Hall display</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="246" />
        <source>Issuing desk</source>
        <translation>Issuing desk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="247" />
        <source>Window 1 terminal</source>
        <translation>Window 1 terminal</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="250" />
        <source>Clerk at window {n}</source>
        <translation>Clerk at window {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="264" />
        <source>Demo hall</source>
        <translation>Demo hall</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="66" />
        <source>This account cannot use the issuing desk (guides and supervisors only).</source>
        <translation>This account cannot use the issuing desk (guides and supervisors only).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="149" />
        <source>No slip printer is set: numbers are issued without a slip.</source>
        <extracomment>一人一号: what the ID limits refused (a line, or a bundle), for 主管授权.</extracomment>
        <translation>No slip printer is set: numbers are issued without a slip.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="185" />
        <source>Your account was deactivated by an administrator.</source>
        <translation>Your account was deactivated by an administrator.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="249" />
        <source>Choose why this citizen takes the green channel</source>
        <translation>Choose why this citizen takes the green channel</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="377" />
        <source>Number {number} issued, but the slip was not printed: {reason} You can reprint it.</source>
        <translation>Number {number} issued, but the slip was not printed: {reason} You can reprint it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="387" />
        <source>Number {number} issued, but printing failed; see the log. You can reprint it.</source>
        <translation>Number {number} issued, but printing failed; see the log. You can reprint it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="394" />
        <source>Slip of {number} reprinted.</source>
        <translation>Slip of {number} reprinted.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="396" />
        <source>Number {number} issued: {ahead} ahead, {wait}.</source>
        <translation>Number {number} issued: {ahead} ahead, {wait}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="430" />
        <source>Cancel a number</source>
        <translation>Cancel a number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="431" />
        <source>The citizen with {number} has left: cancel this number?</source>
        <translation>The citizen with {number} has left: cancel this number?</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="447" />
        <source>Number {number} waits again, keeping its place by issue time.</source>
        <translation>Number {number} waits again, keeping its place by issue time.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="462" />
        <source>Help recorded for {number}: {kind}, {group}.</source>
        <translation>Help recorded for {number}: {kind}, {group}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="478" />
        <source>Number {number} cancelled.</source>
        <translation>Number {number} cancelled.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="497" />
        <source>Consultation recorded.</source>
        <translation>Consultation recorded.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="135" />
        <source>Issuing desk</source>
        <translation>Issuing desk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="145" />
        <source>Issuing desk · log in</source>
        <translation>Issuing desk · log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="158" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="170" />
        <source>One-visit bundles (一件事一次办)</source>
        <translation>One-visit bundles (一件事一次办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="179" />
        <source>Click a business line (or press its key) to issue a number.</source>
        <translation>Click a business line (or press its key) to issue a number.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="181" />
        <source>Supervisor authorisation (主管授权)</source>
        <translation>Supervisor authorisation (主管授权)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="187" />
        <source>Citizen (optional)</source>
        <translation>Citizen (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="190" />
        <location filename="../../hall_desktop/ui/desk/window.py" line="202" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="192" />
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="195" />
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="205" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="208" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="213" />
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="215" />
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="234" />
        <source>Last ticket</source>
        <translation>Last ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="245" />
        <location filename="../../hall_desktop/ui/desk/window.py" line="339" />
        <source>Today's tickets</source>
        <translation>Today's tickets</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="256" />
        <source>Reprint last</source>
        <translation>Reprint last</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="257" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="258" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="259" />
        <source>Citizen left: cancel</source>
        <translation>Citizen left: cancel</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="260" />
        <source>Back in the queue</source>
        <translation>Back in the queue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="262" />
        <source>A no-show (过号) or cancelled number of today waits again, keeping its number</source>
        <translation>A no-show (过号) or cancelled number of today waits again, keeping its number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="281" />
        <source>Record help (帮代办)</source>
        <translation>Record help (帮代办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="283" />
        <source>The selected number was served with help: how, and for whom</source>
        <translation>The selected number was served with help: how, and for whom</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="288" />
        <source>Who helped</source>
        <translation>Who helped</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="299" />
        <source>Matter not done (办不成事)…</source>
        <translation>Matter not done (办不成事)…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="301" />
        <source>A matter the citizen could not get done: record it for the hall to solve</source>
        <translation>A matter the citizen could not get done: record it for the hall to solve</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="304" />
        <source>Questions answered (答疑解惑)</source>
        <translation>Questions answered (答疑解惑)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="309" />
        <source>Question (optional)</source>
        <translation>Question (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="312" />
        <source>Answer given (optional)</source>
        <translation>Answer given (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="314" />
        <source>Answered +1  [F12]</source>
        <translation>Answered +1  [F12]</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="340" />
        <source>Appointments (预约签到)</source>
        <translation>Appointments (预约签到)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="364" />
        <source>{hall} · issuing desk</source>
        <translation>{hall} · issuing desk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="369" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="426" />
        <source>Today: {count} (mine: {mine})</source>
        <translation>Today: {count} (mine: {mine})</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="438" />
        <source>Helped today: {n}</source>
        <translation>Helped today: {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="457" />
        <source>{line} · {ahead} ahead · {wait}</source>
        <translation>{line} · {ahead} ahead · {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="638" />
        <source>Aged 60 or over: use the green channel (elderly)?</source>
        <translation>Aged 60 or over: use the green channel (elderly)?</translation>
    </message>
</context>
<context>
    <name>DispatchModel</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="81" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="82" />
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="83" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="84" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="85" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="86" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="87" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="88" />
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="91" />
        <source>Hall display</source>
        <extracomment>The called number and its window, equally large: the window is what a citizen needs. 一件事: the step of a bundle's number ("第2步/共3步"), a small line under the number.</extracomment>
        <translation>Hall display</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="120" />
        <location filename="../../hall_desktop/ui/display/window.py" line="402" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="136" />
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="154" />
        <source>No calls yet today</source>
        <translation>No calls yet today</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="163" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="179" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="212" />
        <source>{hall} - hall display</source>
        <translation>{hall} - hall display</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="397" />
        <source>→ Window {n}</source>
        <translation>→ Window {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="402" />
        <source>Recalling</source>
        <translation>Recalling</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="408" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="413" />
        <source>Please listen for your number</source>
        <translation>Please listen for your number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="432" />
        <source>Not open</source>
        <translation>Not open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="434" />
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="435" />
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="436" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="490" />
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="433" />
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="445" />
        <location filename="../../hall_desktop/ui/display/window.py" line="478" />
        <source>Window {n}</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="528" />
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DistrictController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="85" />
        <source>Save the table</source>
        <translation>Save the table</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="103" />
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="126" />
        <source>Save the township's items</source>
        <translation>Save the township's items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="128" />
        <source>{hall} will serve {count} of the centre's items: {added} added, {removed} no longer served. Save?</source>
        <translation>{hall} will serve {count} of the centre's items: {added} added, {removed} no longer served. Save?</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="142" />
        <source>Saved: {added} items added, {removed} no longer served.</source>
        <translation>Saved: {added} items added, {removed} no longer served.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="154" />
        <source>Carry the centre's edits over</source>
        <translation>Carry the centre's edits over</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="156" />
        <source>Copy the names, departments and promised days of the centre's items, and stop the items the centre stopped, in all {count} townships?</source>
        <translation>Copy the names, departments and promised days of the centre's items, and stop the items the centre stopped, in all {count} townships?</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="171" />
        <source>The townships' items already match the centre's.</source>
        <translation>The townships' items already match the centre's.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="174" />
        <source>Carried over to {halls} townships ({items} items).</source>
        <translation>Carried over to {halls} townships ({items} items).</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="63" />
        <source>Halls side by side</source>
        <translation>Halls side by side</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="64" />
        <source>Township items</source>
        <translation>Township items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="75" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="76" />
        <source>Table as Excel (XLSX)</source>
        <translation>Table as Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="76" />
        <source>Table as CSV</source>
        <translation>Table as CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="91" />
        <source>The total adds up each hall's counts; its rates are the shares of those sums, not averages of the halls' rates. Waiting medians cannot be added up.</source>
        <translation>The total adds up each hall's counts; its rates are the shares of those sums, not averages of the halls' rates. Waiting medians cannot be added up.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="111" />
        <source>Name, code or department</source>
        <translation>Name, code or department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="122" />
        <source>Select all shown</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="123" />
        <source>Clear all shown</source>
        <translation>Clear all shown</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="127" />
        <source>Carry the centre's edits over</source>
        <translation>Carry the centre's edits over</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="130" />
        <source>Names, departments and promised days of the centre's items, and the items it stopped, are copied to every township's items of the same code.</source>
        <translation>Names, departments and promised days of the centre's items, and the items it stopped, are copied to every township's items of the same code.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="135" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="140" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="185" />
        <source>District %1: the centre and %2 township halls</source>
        <translation>District %1: the centre and %2 township halls</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="197" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="210" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="211" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="245" />
        <source>%1 of %2 items chosen (%3 to add, %4 to remove)</source>
        <translation>%1 of %2 items chosen (%3 to add, %4 to remove)</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="184" />
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="186" />
        <source>Staff only: a supervisor or an administrator signs to close.</source>
        <translation>Staff only: a supervisor or an administrator signs to close.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="193" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="194" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="195" />
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="197" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExtendedController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="535" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="577" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="583" />
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
</context>
<context>
    <name>ExtendedList</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="170" />
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="173" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="177" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="178" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="179" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="252" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="180" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="253" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="181" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="257" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="203" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="230" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="313" />
        <source>Enter a record</source>
        <translation>Enter a record</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="204" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="205" />
        <source>Monthly report (PDF)</source>
        <translation>Monthly report (PDF)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="206" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="241" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="251" />
        <source>Service day</source>
        <translation>Service day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="254" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="255" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="256" />
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="258" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="267" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="283" />
        <source>All windows</source>
        <translation>All windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="284" />
        <source>All clerks</source>
        <translation>All clerks</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="291" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="303" />
        <source>{n} records, {minutes} min in all ({hours} h {rest} min)</source>
        <translation>{n} records, {minutes} min in all ({hours} h {rest} min)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="370" />
        <source>The hall has no hours on {day}.</source>
        <translation>The hall has no hours on {day}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="377" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="411" />
        <source>Closing time that day: {time}</source>
        <translation>Closing time that day: {time}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="405" />
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
</context>
<context>
    <name>ExtendedPrompt</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="40" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="42" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="67" />
        <source>Extended hours: {number} finished at {time}, {minutes} min after closing. Why?</source>
        <translation>Extended hours: {number} finished at {time}, {minutes} min after closing. Why?</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="70" />
        <source>({n} waiting)</source>
        <translation>({n} waiting)</translation>
    </message>
</context>
<context>
    <name>ExtendedRecordModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="89" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="90" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="91" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="92" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="93" />
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="94" />
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="95" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="96" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="97" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="98" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="118" />
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="126" />
        <source>to be completed</source>
        <translation>to be completed</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="268" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="269" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>FiguresController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="211" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="217" />
        <source>Save the monthly figures</source>
        <translation>Save the monthly figures</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="49" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="50" />
        <source>Dispatches</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="51" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="52" />
        <source>Cost (yuan)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="53" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="54" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="55" />
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="56" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="57" />
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="83" />
        <source>Month {n}</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="88" />
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="92" />
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="95" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="172" />
        <source>Booking code, ID number or mobile</source>
        <translation>Booking code, ID number or mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="174" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="183" />
        <source>Move to the chosen slot</source>
        <translation>Move to the chosen slot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="184" />
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="196" />
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="206" />
        <source>No booking found.</source>
        <translation>No booking found.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="226" />
        <source>Choose a booking and the slot to move it to.</source>
        <translation>Choose a booking and the slot to move it to.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="234" />
        <source>Choose a booking first.</source>
        <translation>Choose a booking first.</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="495" />
        <source>Record an inspection finding (督查)</source>
        <translation>Record an inspection finding (督查)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="497" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="500" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="500" />
        <source>Not at a window</source>
        <translation>Not at a window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="502" />
        <source>Or place</source>
        <translation>Or place</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="504" />
        <source>e.g. the waiting area</source>
        <translation>e.g. the waiting area</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="505" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="511" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="512" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="512" />
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="514" />
        <source>Staff concerned</source>
        <translation>Staff concerned</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="514" />
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="516" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="516" />
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="517" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="520" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="520" />
        <source>Set</source>
        <translation>Set</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="174" />
        <source>Finish: what was handled</source>
        <translation>Finish: what was handled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="174" />
        <source>Confirm finish</source>
        <translation>Confirm finish</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="180" />
        <source>Type a name or code to find service items</source>
        <translation>Type a name or code to find service items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="201" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="204" />
        <source>Missing materials, one per line (printed on the notification letter)</source>
        <translation>Missing materials, one per line (printed on the notification letter)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="209" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="212" />
        <source>Served with help (帮代办)</source>
        <translation>Served with help (帮代办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="310" />
        <source>List the missing materials: they are printed on the letter.</source>
        <translation>List the missing materials: they are printed on the letter.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="317" />
        <source>No service item is ticked. Tick what was handled, or press “Confirm finish” again to finish without one.</source>
        <translation>No service item is ticked. Tick what was handled, or press “Confirm finish” again to finish without one.</translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="70" />
        <source>Serve this line today</source>
        <translation>Serve this line today</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="72" />
        <source>End today's help</source>
        <translation>End today's help</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="76" />
        <source>Message (optional)</source>
        <translation>Message (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="77" />
        <source>Ask to resume</source>
        <translation>Ask to resume</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="81" />
        <source>A short notice for the hall display</source>
        <translation>A short notice for the hall display</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="85" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="86" />
        <source>Show on the display</source>
        <translation>Show on the display</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="88" />
        <source>Withdraw the notice</source>
        <translation>Withdraw the notice</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="90" />
        <source>The display goes back to the hall's own ticker text now.</source>
        <translation>The display goes back to the hall's own ticker text now.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="93" />
        <source>Patrol…</source>
        <translation>Patrol…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="96" />
        <source>Selected window:</source>
        <translation>Selected window:</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="102" />
        <source>Display:</source>
        <translation>Display:</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="109" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="115" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="122" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="123" />
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="129" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="153" />
        <source>Issued today</source>
        <translation>Issued today</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="154" />
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="155" />
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="156" />
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="157" />
        <source>Good ratings</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="158" />
        <source>Bad ratings</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="159" />
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="179" />
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
</context>
<context>
    <name>FormFeedback</name>
    <message>
        <location filename="../../hall_desktop/ui/widgets/forms.py" line="277" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
</context>
<context>
    <name>HallApplications</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="222" />
        <source>Applications due soon or overdue (限时办结)</source>
        <translation>Applications due soon or overdue (限时办结)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="227" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="230" />
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="232" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="236" />
        <source>On-time rate (按时办结率)</source>
        <translation>On-time rate (按时办结率)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="247" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="249" />
        <source>By item</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="263" />
        <source>{n} due in the period, {on_time} on time: {rate}</source>
        <translation>{n} due in the period, {on_time} on time: {rate}</translation>
    </message>
</context>
<context>
    <name>HallApplicationsController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="389" />
        <source>The first day is after the last.</source>
        <translation>The first day is after the last.</translation>
    </message>
</context>
<context>
    <name>HallFiguresModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="42" />
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="43" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="44" />
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="45" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="46" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="47" />
        <source>Wait median</source>
        <translation>Wait median</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="48" />
        <source>Wait p90</source>
        <translation>Wait p90</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="49" />
        <source>Called in time</source>
        <translation>Called in time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="50" />
        <source>Good ratings</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="51" />
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="52" />
        <source>Bad ratings</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="53" />
        <source>Extended hours</source>
        <translation>Extended hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="54" />
        <source>Free courier</source>
        <translation>Free courier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="55" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="64" />
        <source>District total</source>
        <translation>District total</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="65" />
        <source> (centre)</source>
        <translation> (centre)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="101" />
        <source>Medians are not added up: see each hall's.</source>
        <translation>Medians are not added up: see each hall's.</translation>
    </message>
</context>
<context>
    <name>HardCaseIntake</name>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="51" />
        <source>Matters that could not be done (办不成事) · intake</source>
        <extracomment>The service's field names → the field whose error line shows the refusal.</extracomment>
        <translation>Matters that could not be done (办不成事) · intake</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="53" />
        <source>Record a matter that could not be done (办不成事登记)</source>
        <translation>Record a matter that could not be done (办不成事登记)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="56" />
        <source>What the citizen wanted to get done</source>
        <translation>What the citizen wanted to get done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="62" />
        <source>e.g. X003 (optional)</source>
        <translation>e.g. X003 (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="65" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="67" />
        <source>Mobile, for the answer</source>
        <translation>Mobile, for the answer</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="71" />
        <source>What happened: where it got stuck, what the citizen was told</source>
        <translation>What happened: where it got stuck, what the citizen was told</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="83" />
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="85" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="86" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="87" />
        <source>Ticket held</source>
        <translation>Ticket held</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="90" />
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="91" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="93" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="112" />
        <source>Record the matter</source>
        <translation>Record the matter</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="172" />
        <source>Recorded as {code}: {request}</source>
        <translation>Recorded as {code}: {request}</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="340" />
        <source>Hold the ticket (挂起)</source>
        <translation>Hold the ticket (挂起)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="340" />
        <source>Confirm hold</source>
        <translation>Confirm hold</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="346" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="351" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="351" />
        <source>Due for call-back in</source>
        <translation>Due for call-back in</translation>
    </message>
</context>
<context>
    <name>HotlineController</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="44" />
        <source>The appointment hotline is for guides and supervisors.</source>
        <translation>The appointment hotline is for guides and supervisors.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="160" />
        <source>{code} moved to {day} {slot}.</source>
        <translation>{code} moved to {day} {slot}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="175" />
        <source>{code} cancelled; its place is free again.</source>
        <translation>{code} cancelled; its place is free again.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="189" />
        <source>Import online bookings</source>
        <translation>Import online bookings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="192" />
        <source>Platform exports (*.xlsx *.csv)</source>
        <translation>Platform exports (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="231" />
        <source>{count} online bookings imported.</source>
        <translation>{count} online bookings imported.</translation>
    </message>
</context>
<context>
    <name>HotlineWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="286" />
        <source>Appointment hotline</source>
        <translation>Appointment hotline</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="286" />
        <source>Appointment hotline · log in</source>
        <translation>Appointment hotline · log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="290" />
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="291" />
        <source>Find, move, cancel</source>
        <translation>Find, move, cancel</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="292" />
        <source>Import online bookings</source>
        <translation>Import online bookings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="295" />
        <source>{hall} · appointment hotline</source>
        <translation>{hall} · appointment hotline</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="315" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
</context>
<context>
    <name>HoursController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="141" />
        <source>Nothing saved: correct the marked weekdays first.</source>
        <translation>Nothing saved: correct the marked weekdays first.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="151" />
        <source>Weekly hours saved. Other PCs follow them within a minute.</source>
        <translation>Weekly hours saved. Other PCs follow them within a minute.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="178" />
        <source>{day} saved. Other PCs follow it within a minute.</source>
        <translation>{day} saved. Other PCs follow it within a minute.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="194" />
        <source>{day} follows the weekly hours again.</source>
        <translation>{day} follows the weekly hours again.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="212" />
        <source>The holidays of {year} were imported from chinesecalendar.</source>
        <translation>The holidays of {year} were imported from chinesecalendar.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="221" />
        <source>Confirm a year's holidays</source>
        <translation>Confirm a year's holidays</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="223" />
        <source>Have the holidays of {year} been checked against the State Council's notice and its make-up workdays entered? The reminders about {year} then go away.</source>
        <translation>Have the holidays of {year} been checked against the State Council's notice and its make-up workdays entered? The reminders about {year} then go away.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="234" />
        <source>The holidays of {year} are confirmed ({count} days).</source>
        <translation>The holidays of {year} are confirmed ({count} days).</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="86" />
        <source>Opening hours and calendar</source>
        <translation>Opening hours and calendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="95" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="103" />
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="96" />
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="97" />
        <source>Open on holiday</source>
        <translation>Open on holiday</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="98" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="106" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="99" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="107" />
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="104" />
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="105" />
        <source>Holiday open</source>
        <translation>Holiday open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="109" />
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="115" />
        <source>Opening hours and holiday calendar</source>
        <translation>Opening hours and holiday calendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="185" />
        <source>Save weekly hours</source>
        <translation>Save weekly hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="187" />
        <source>Other PCs follow new hours within a minute.</source>
        <translation>Other PCs follow new hours within a minute.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="189" />
        <source>Weekly opening hours</source>
        <translation>Weekly opening hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="206" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="278" />
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194" />
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194" />
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="195" />
        <source>Lunch from</source>
        <translation>Lunch from</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="195" />
        <source>Lunch until</source>
        <translation>Lunch until</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="207" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="284" />
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="229" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="645" />
        <source>A single day</source>
        <translation>A single day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="233" />
        <source>Click a day in the month to mark a holiday, a make-up workday (调休) or a holiday opening with its own hours.</source>
        <translation>Click a day in the month to mark a holiday, a make-up workday (调休) or a holiday opening with its own hours.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="262" />
        <source>e.g. National Day</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="266" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="268" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="273" />
        <source>Own hours</source>
        <translation>Own hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="302" />
        <source>Back to weekly hours</source>
        <translation>Back to weekly hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="304" />
        <source>Save day</source>
        <translation>Save day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="321" />
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="323" />
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="324" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="352" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="402" />
        <source>Connection lost: changes cannot be saved. Click Reload to try again.</source>
        <translation>Connection lost: changes cannot be saved. Click Reload to try again.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="428" />
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="457" />
        <source>Confirm {year}</source>
        <translation>Confirm {year}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="460" />
        <source>The holidays of {year} are checked against the State Council's notice and its make-up workdays (调休) are entered</source>
        <translation>The holidays of {year} are checked against the State Council's notice and its make-up workdays (调休) are entered</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="485" />
        <source>Holidays of {year}: imported from chinesecalendar</source>
        <translation>Holidays of {year}: imported from chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="491" />
        <source>Holidays of {year}: confirmed</source>
        <translation>Holidays of {year}: confirmed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="491" />
        <source>{year}: confirmed</source>
        <translation>{year}: confirmed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="495" />
        <source>Holidays of {year}: chinesecalendar's, not imported yet</source>
        <translation>Holidays of {year}: chinesecalendar's, not imported yet</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="497" />
        <source>{year}: not imported yet</source>
        <translation>{year}: not imported yet</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="501" />
        <source>Holidays of {year}: computed, to be confirmed</source>
        <translation>Holidays of {year}: computed, to be confirmed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="503" />
        <source>{year}: computed, to be confirmed</source>
        <translation>{year}: computed, to be confirmed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="515" />
        <source>The holidays and make-up workdays of {year} are not confirmed yet. chinesecalendar knows them: import them now.</source>
        <translation>The holidays and make-up workdays of {year} are not confirmed yet. chinesecalendar knows them: import them now.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="520" />
        <source>The statutory holidays of {year} are computed and still to be confirmed; the hall is already closed on them. When the State Council publishes the arrangement for {year}, check them, enter the make-up workdays and confirm {year}.</source>
        <translation>The statutory holidays of {year} are computed and still to be confirmed; the hall is already closed on them. When the State Council publishes the arrangement for {year}, check them, enter the make-up workdays and confirm {year}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="450" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="526" />
        <source>Import {year}</source>
        <translation>Import {year}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="452" />
        <source>Take the holidays and make-up workdays of {year} from chinesecalendar</source>
        <translation>Take the holidays and make-up workdays of {year} from chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="487" />
        <source>{year}: chinesecalendar</source>
        <translation>{year}: chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="477" />
        <source>Calendar years: </source>
        <translation>Calendar years: </translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="528" />
        <source>Go to January {year}</source>
        <translation>Go to January {year}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="579" />
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="581" />
        <source>Workday</source>
        <translation>Workday</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="582" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="585" />
        <source>Now: {kind}, {hours}, by the weekly hours.</source>
        <translation>Now: {kind}, {hours}, by the weekly hours.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="587" />
        <source>Now: {kind}{name}, {hours}; computed, to be confirmed.</source>
        <translation>Now: {kind}{name}, {hours}; computed, to be confirmed.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="589" />
        <source>Now: {kind}{name}, {hours}.</source>
        <translation>Now: {kind}{name}, {hours}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="653" />
        <source>The hall does not open on this day.</source>
        <translation>The hall does not open on this day.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="657" />
        <source>A holiday opening (appointments, 不打烊) needs its own hours.</source>
        <translation>A holiday opening (appointments, 不打烊) needs its own hours.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="660" />
        <source>Without own hours a make-up workday keeps the weekday hours.</source>
        <translation>Without own hours a make-up workday keeps the weekday hours.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="248" />
        <source>Choose the platform's export (CSV/XLSX)…</source>
        <translation>Choose the platform's export (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="249" />
        <source>Import all</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="276" />
        <source>{file}: {count} bookings, all valid. Import them?</source>
        <translation>{file}: {count} bookings, all valid. Import them?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="330" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="331" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="332" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="333" />
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="334" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="335" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="336" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="337" />
        <source>Changes or reason</source>
        <translation>Changes or reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="350" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="351" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="352" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="353" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="359" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="360" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="361" />
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="362" />
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="363" />
        <source>promised days</source>
        <translation>promised days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="364" />
        <source>status</source>
        <translation>status</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="241" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="243" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="162" />
        <source>No device account is set (kiosk_login in the settings file).</source>
        <extracomment>The keypad's entries and the check-in's keyword for each.</extracomment>
        <translation>No device account is set (kiosk_login in the settings file).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="174" />
        <source>The device account {login} cannot log in: {reason}</source>
        <translation>The device account {login} cannot log in: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="184" />
        <source>{login} is not a kiosk device account (role: kiosk only).</source>
        <translation>{login} is not a kiosk device account (role: kiosk only).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="209" />
        <source>The kiosk's device account was deactivated.</source>
        <translation>The kiosk's device account was deactivated.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="283" />
        <source> For special circumstances please ask at the guidance desk.</source>
        <translation> For special circumstances please ask at the guidance desk.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="290" />
        <source>No number can be taken here right now: {reason}</source>
        <translation>No number can be taken here right now: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="339" />
        <source>The kiosk is not connected to its hall yet.</source>
        <translation>The kiosk is not connected to its hall yet.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="275" />
        <source>Self-service kiosk</source>
        <translation>Self-service kiosk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="347" />
        <source>Touch the service you came for</source>
        <translation>Touch the service you came for</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="353" />
        <source>Not me: clear</source>
        <translation>Not me: clear</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="368" />
        <source>Elderly, disabled, pregnant citizens, servicemen and others entitled to the green channel: please go to the guidance desk, staff will serve you first.</source>
        <translation>Elderly, disabled, pregnant citizens, servicemen and others entitled to the green channel: please go to the guidance desk, staff will serve you first.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="374" />
        <source>You may swipe your ID card on the reader below the screen.</source>
        <translation>You may swipe your ID card on the reader below the screen.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="377" />
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="461" />
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="409" />
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="475" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="411" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="431" />
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="442" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="465" />
        <source>Swipe the ID card you booked with, or choose how to find your booking.</source>
        <translation>Swipe the ID card you booked with, or choose how to find your booking.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="469" />
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="470" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="471" />
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="493" />
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="497" />
        <source>Please take a number at the guidance desk.</source>
        <translation>Please take a number at the guidance desk.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="547" />
        <source>{ahead} ahead of you, {wait}</source>
        <translation>{ahead} ahead of you, {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="553" />
        <source>Printing your slip…</source>
        <translation>Printing your slip…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="561" />
        <source>Please take your slip below.</source>
        <translation>Please take your slip below.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="566" />
        <source>The slip could not be printed. Please photograph or write down your number: it is valid. Staff at the guidance desk can print the slip.</source>
        <translation>The slip could not be printed. Please photograph or write down your number: it is valid. Staff at the guidance desk can print the slip.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="643" />
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="644" />
        <source>Swipe your ID card, or enter your ID number</source>
        <translation>Swipe your ID card, or enter your ID number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="645" />
        <source>Enter your booking code</source>
        <translation>Enter your booking code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="646" />
        <source>Enter the mobile number you booked with</source>
        <translation>Enter the mobile number you booked with</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="651" />
        <source>One number per person for {line}: the hall asks for your ID number.</source>
        <translation>One number per person for {line}: the hall asks for your ID number.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="654" />
        <source>The code is in the message you received when you booked.</source>
        <translation>The code is in the message you received when you booked.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="693" />
        <source>Nothing entered yet.</source>
        <translation>Nothing entered yet.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="716" />
        <source>The ID card could not be read. Please swipe it again or enter the number.</source>
        <translation>The ID card could not be read. Please swipe it again or enter the number.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="728" />
        <source>ID card read: {number}. Touch your service.</source>
        <translation>ID card read: {number}. Touch your service.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="738" />
        <source>dddd, d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
</context>
<context>
    <name>LedgerController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="147" />
        <source>The first day is after the last.</source>
        <extracomment>Each step's service call, with the dialog's keyword arguments.</extracomment>
        <translation>The first day is after the last.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="235" />
        <source>{code}: {step} recorded.</source>
        <translation>{code}: {step} recorded.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="242" />
        <source>Walkthrough {code} recorded.</source>
        <translation>Walkthrough {code} recorded.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="249" />
        <source>Inspection finding {code} recorded.</source>
        <translation>Inspection finding {code} recorded.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="271" />
        <source>Deadlines saved: cases opened from now on take them.</source>
        <translation>Deadlines saved: cases opened from now on take them.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="283" />
        <source>Save the case as PDF</source>
        <translation>Save the case as PDF</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="286" />
        <source>Save the bulletin</source>
        <translation>Save the bulletin</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="288" />
        <source>Save the ledger</source>
        <translation>Save the ledger</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="311" />
        <source>{code} saved to {path}.</source>
        <translation>{code} saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="331" />
        <source>Bulletin of {n} findings saved to {path}.</source>
        <translation>Bulletin of {n} findings saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="341" />
        <source>{n} cases saved to {path}.</source>
        <translation>{n} cases saved to {path}.</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="364" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="368" />
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="372" />
        <source>All windows</source>
        <translation>All windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="374" />
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="376" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="377" />
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="378" />
        <source>Opened from</source>
        <translation>Opened from</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="392" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="396" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="397" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="398" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="399" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="409" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="414" />
        <source>Record a walkthrough</source>
        <translation>Record a walkthrough</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="416" />
        <source>Record an inspection finding</source>
        <translation>Record an inspection finding</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="418" />
        <source>Deadlines…</source>
        <translation>Deadlines…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="428" />
        <source>Export the list (XLSX)</source>
        <extracomment>The exports: the list as shown (XLSX), the open case (PDF), the 督查通报 of the figures' period (PDF).</extracomment>
        <translation>Export the list (XLSX)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="429" />
        <source>This case as PDF</source>
        <translation>This case as PDF</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="431" />
        <source>Inspection bulletin (PDF)</source>
        <translation>Inspection bulletin (PDF)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="514" />
        <source>Only a supervisor records these.</source>
        <translation>Only a supervisor records these.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="549" />
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="551" />
        <source>, {n} overdue and still open</source>
        <translation>, {n} overdue and still open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="575" />
        <source>{start} to {end}: bad ratings {bad} (verified {verified}, rectified {rectified}, answered {answered} on time) · callback rate of named bad ratings {rate} · hard cases solved {solved} · walkthrough problems rectified {p_done}/{p_all} · inspection findings rectified {f_done}/{f_all} · overdue {overdue}</source>
        <translation>{start} to {end}: bad ratings {bad} (verified {verified}, rectified {rectified}, answered {answered} on time) · callback rate of named bad ratings {rate} · hard cases solved {solved} · walkthrough problems rectified {p_done}/{p_all} · inspection findings rectified {f_done}/{f_all} · overdue {overdue}</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="104" />
        <source>{waiting} waiting · {wait}</source>
        <translation>{waiting} waiting · {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="109" />
        <source>Closed: {reason}</source>
        <translation>Closed: {reason}</translation>
    </message>
</context>
<context>
    <name>LineFloorModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="178" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="179" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="180" />
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="181" />
        <source>Newcomer waits (min)</source>
        <translation>Newcomer waits (min)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="182" />
        <source>Open / serving windows</source>
        <translation>Open / serving windows</translation>
    </message>
</context>
<context>
    <name>LineListModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="286" />
        <source> (off)</source>
        <translation> (off)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="289" />
        <source>Rank {rank}: called after the lines above it</source>
        <translation>Rank {rank}: called after the lines above it</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="65" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="66" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="67" />
        <source>Daily limit</source>
        <translation>Daily limit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="68" />
        <source>First no.</source>
        <translation>First no.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="69" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="70" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="71" />
        <source>Today out/waiting</source>
        <translation>Today out/waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="94" />
        <source>No active window serves this line: its numbers would never be called.</source>
        <translation>No active window serves this line: its numbers would never be called.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="118" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="123" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="125" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>LineTile</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="141" />
        <source>{waiting} waiting · {wait}</source>
        <translation>{waiting} waiting · {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="146" />
        <source>Not now: {reason}</source>
        <translation>Not now: {reason}</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="303" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="304" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="305" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="306" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="307" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="308" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="309" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="46" />
        <location filename="../../hall_desktop/ui/common/login.py" line="58" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="49" />
        <location filename="../../hall_desktop/ui/common/login.py" line="59" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="54" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="96" />
        <source>Enter your user name</source>
        <translation>Enter your user name</translation>
    </message>
</context>
<context>
    <name>MonitorController</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="59" />
        <source>The hall monitor is for supervisors and administrators.</source>
        <extracomment>Seconds between two redraws of an idle floor (and looks at the alerts). Seconds between two looks at whether the hall is within its opening hours. Each picture shown (the bench times an event's commit to it).</extracomment>
        <translation>The hall monitor is for supervisors and administrators.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="114" />
        <source>%1 — hall monitor</source>
        <translation>%1 — hall monitor</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="297" />
        <source>Alert handled: %1</source>
        <translation>Alert handled: %1</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="311" />
        <source>%1 serves %2 today.</source>
        <translation>%1 serves %2 today.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="332" />
        <source>Window %1 no longer helps %2.</source>
        <translation>Window %1 no longer helps %2.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="348" />
        <source>Window %1 was asked to resume.</source>
        <translation>Window %1 was asked to resume.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="363" />
        <source>The display shows the notice until %1.</source>
        <translation>The display shows the notice until %1.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="377" />
        <source>The notice “%1” was withdrawn from the display.</source>
        <translation>The notice “%1” was withdrawn from the display.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="408" />
        <source>Patrol recorded: everything met.</source>
        <translation>Patrol recorded: everything met.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="410" />
        <source>Patrol recorded: %1 not met, 督查 cases %2.</source>
        <translation>Patrol recorded: %1 not met, 督查 cases %2.</translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="292" />
        <source>Hall monitor</source>
        <translation>Hall monitor</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="292" />
        <source>Hall monitor (大厅监控)</source>
        <translation>Hall monitor (大厅监控)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="298" />
        <source>The floor</source>
        <translation>The floor</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="299" />
        <source>Today's alerts</source>
        <translation>Today's alerts</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="300" />
        <source>Today's patrols</source>
        <translation>Today's patrols</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="317" />
        <source>The database cannot be reached; the floor shown may be old.</source>
        <translation>The database cannot be reached; the floor shown may be old.</translation>
    </message>
</context>
<context>
    <name>MyCasesController</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="641" />
        <source>Appeal sent: a supervisor reviews it (申诉待复核).</source>
        <translation>Appeal sent: a supervisor reviews it (申诉待复核).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="644" />
        <source>Outcome recorded: the case waits for a supervisor's review.</source>
        <translation>Outcome recorded: the case waits for a supervisor's review.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="656" />
        <source>Rectification recorded: the item waits for a supervisor's review.</source>
        <translation>Rectification recorded: the item waits for a supervisor's review.</translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="262" />
        <source>My cases (我的台账)</source>
        <translation>My cases (我的台账)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="266" />
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="282" />
        <source>No open case: nothing to follow up.</source>
        <translation>No open case: nothing to follow up.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="320" />
        <source>History (办理经过)</source>
        <translation>History (办理经过)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="337" />
        <source>Appeal…</source>
        <translation>Appeal…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="338" />
        <source>Record the outcome…</source>
        <translation>Record the outcome…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="339" />
        <source>Record the rectification…</source>
        <translation>Record the rectification…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="378" />
        <source>Pick a case on the left to see its history.</source>
        <translation>Pick a case on the left to see its history.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="409" />
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="411" />
        <source>{n} overdue</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="428" />
        <source>Deadline {date}</source>
        <translation>Deadline {date}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="430" />
        <source>Deadline {date}: overdue</source>
        <translation>Deadline {date}: overdue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="439" />
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="446" />
        <source>Nothing for you to do on this case now.</source>
        <translation>Nothing for you to do on this case now.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="455" />
        <source>Matter: {title}</source>
        <translation>Matter: {title}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="457" />
        <source>Details: {text}</source>
        <translation>Details: {text}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="460" />
        <source>Rating: level {level}, reason {reason}</source>
        <translation>Rating: level {level}, reason {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="465" />
        <source>The citizen wrote: {note}</source>
        <translation>The citizen wrote: {note}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="467" />
        <source>Category: {category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="469" />
        <source>level: {level}</source>
        <translation>level: {level}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="472" />
        <source>Found by {person}</source>
        <translation>Found by {person}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="474" />
        <source>Place: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="477" />
        <source>window {n}</source>
        <translation>window {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="479" />
        <source>ticket {number}</source>
        <translation>ticket {number}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="481" />
        <source>sent to {where}</source>
        <translation>sent to {where}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="486" />
        <source>Citizen: {name} {phone}</source>
        <translation>Citizen: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="491" />
        <source>Appeal: {state}</source>
        <translation>Appeal: {state}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="493" />
        <source>Outcome: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="526" />
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
</context>
<context>
    <name>NewHallForm</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="28" />
        <source>Set up a new hall</source>
        <translation>Set up a new hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="32" />
        <source>This database has no hall “{code}” yet. Name the hall and its first administrator; windows, business lines, service items and the other accounts are set up after logging in.</source>
        <translation>This database has no hall “{code}” yet. Name the hall and its first administrator; windows, business lines, service items and the other accounts are set up after logging in.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="42" />
        <source>e.g. 福田区政务服务中心</source>
        <translation>e.g. 福田区政务服务中心</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="48" />
        <source>At least 8 characters, letters and digits</source>
        <translation>At least 8 characters, letters and digits</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="54" />
        <source>Hall code</source>
        <translation>Hall code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="55" />
        <source>Hall name</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="56" />
        <source>Administrator's login</source>
        <translation>Administrator's login</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="57" />
        <source>Administrator's name</source>
        <translation>Administrator's name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="58" />
        <source>Staff no. (工号)</source>
        <translation>Staff no. (工号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="59" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="60" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="67" />
        <source>Create the hall</source>
        <translation>Create the hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="85" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="208" />
        <source>New database password</source>
        <translation>New database password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="211" />
        <source>The new password of {account} ({used_for}):</source>
        <translation>The new password of {account} ({used_for}):</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="224" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="231" />
        <source>On the PC that uses this account ({used_for}), whose db_url names the user {account}, run {command} and type this password in; that PC keeps it. Until then it cannot connect to the database. The password is shown only this once: the server keeps a check value of it, not the password.</source>
        <translation>On the PC that uses this account ({used_for}), whose db_url names the user {account}, run {command} and type this password in; that PC keeps it. Until then it cannot connect to the database. The password is shown only this once: the server keeps a check value of it, not the password.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="251" />
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="34" />
        <source>Notices to citizens (短信通知)</source>
        <translation>Notices to citizens (短信通知)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="37" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="38" />
        <source>Booking changed</source>
        <translation>Booking changed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="39" />
        <source>Booking cancelled</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="40" />
        <source>Reminder the day before</source>
        <translation>Reminder the day before</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="51" />
        <source>{name} name, {code} booking code, {line} business line, {date} date, {time} time, {hall} the hall's name, {phone} enquiry phone.</source>
        <translation>{name} name, {code} booking code, {line} business line, {date} date, {time} time, {hall} the hall's name, {phone} enquiry phone.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="57" />
        <source>SMS platform</source>
        <translation>SMS platform</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="60" />
        <source>Empty: notices wait in the outbox</source>
        <translation>Empty: notices wait in the outbox</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="64" />
        <source>One “Name: value” a line</source>
        <translation>One “Name: value” a line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="70" />
        <source>Empty: any HTTP 2xx answer</source>
        <translation>Empty: any HTTP 2xx answer</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="74" />
        <source>Remove the saved key</source>
        <translation>Remove the saved key</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="78" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="79" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="80" />
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="81" />
        <source>Request (JSON or form)</source>
        <translation>Request (JSON or form)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="82" />
        <source>Success when the answer has</source>
        <translation>Success when the answer has</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="83" />
        <source>Key (secret)</source>
        <translation>Key (secret)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="85" />
        <source>Attempts at most</source>
        <translation>Attempts at most</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="89" />
        <source>The request may use {mobile}, {text} and {secret}; headers and the address {secret}. The key is never shown again once saved.</source>
        <translation>The request may use {mobile}, {text} and {secret}; headers and the address {secret}. The key is never shown again once saved.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="106" />
        <source>Saved (not shown); empty keeps it</source>
        <translation>Saved (not shown); empty keeps it</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="106" />
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>OnTimeModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="86" />
        <source>Department / item</source>
        <translation>Department / item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="87" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="88" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="89" />
        <source>Closed late</source>
        <translation>Closed late</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="90" />
        <source>Overdue, open</source>
        <translation>Overdue, open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="91" />
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
</context>
<context>
    <name>OutOfOrderModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="57" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="58" />
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="59" />
        <source>Out of order in all</source>
        <translation>Out of order in all</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="60" />
        <source>Appointment due</source>
        <translation>Appointment due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="61" />
        <source>Special case</source>
        <translation>Special case</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="62" />
        <source>Elderly, sick, disabled, pregnant</source>
        <translation>Elderly, sick, disabled, pregnant</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="65" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="234" />
        <source>{n} sent to the SMS platform again; the list shows how it went.</source>
        <translation>{n} sent to the SMS platform again; the list shows how it went.</translation>
    </message>
</context>
<context>
    <name>OutboxList</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="100" />
        <source>All notices</source>
        <translation>All notices</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="104" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="106" />
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="111" />
        <source>Only notices that failed or found no SMS platform are sent again; choose several with Ctrl or Shift.</source>
        <translation>Only notices that failed or found no SMS platform are sent again; choose several with Ctrl or Shift.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="117" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="169" />
        <source>The newest {n} notices</source>
        <translation>The newest {n} notices</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="171" />
        <source>{n} notices</source>
        <translation>{n} notices</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="48" />
        <source>Queued</source>
        <extracomment>Seconds between two rounds of the sender, and two reads of the outbox.</extracomment>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="49" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="50" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="51" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="52" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="53" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="54" />
        <source>Why not sent</source>
        <translation>Why not sent</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="92" />
        <source>Completed (办结)</source>
        <extracomment>A held ticket comes back after this long unless the clerk says otherwise.</extracomment>
        <translation>Completed (办结)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="93" />
        <source>Accepted (受理)</source>
        <translation>Accepted (受理)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="94" />
        <source>Materials to supplement (补正告知)</source>
        <translation>Materials to supplement (补正告知)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="97" />
        <source>Not accepted (不予受理)</source>
        <translation>Not accepted (不予受理)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="98" />
        <source>Consultation (咨询)</source>
        <translation>Consultation (咨询)</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="30" />
        <source>Supervisor authorisation</source>
        <translation>Supervisor authorisation</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="35" />
        <source>A supervisor may issue this number anyway: sign with your own account.</source>
        <translation>A supervisor may issue this number anyway: sign with your own account.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="39" />
        <source>Supervisor's user name</source>
        <translation>Supervisor's user name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="44" />
        <source>e.g. acting for a family member</source>
        <translation>e.g. acting for a family member</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="47" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="48" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="49" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="51" />
        <source>Authorise and issue</source>
        <translation>Authorise and issue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="84" />
        <source>Enter the supervisor's user name and password</source>
        <translation>Enter the supervisor's user name and password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="87" />
        <source>Enter the reason for the authorisation</source>
        <translation>Enter the reason for the authorisation</translation>
    </message>
</context>
<context>
    <name>PatrolController</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="236" />
        <source>Not saved: something went wrong (see the log).</source>
        <translation>Not saved: something went wrong (see the log).</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="59" />
        <source>Patrol (清廉大厅巡查)</source>
        <extracomment>The longest note the service keeps (patrol.note, patrol_check.note).</extracomment>
        <translation>Patrol (清廉大厅巡查)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="62" />
        <source>Patrol of the windows</source>
        <translation>Patrol of the windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="66" />
        <source>Ticked: met. Untick what is not met and say what was seen in the window's note: each item not met becomes a 督查 case in the ledger.</source>
        <translation>Ticked: met. Untick what is not met and say what was seen in the window's note: each item not met becomes a 督查 case in the ledger.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="77" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="77" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="77" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="88" />
        <source>Window {number}</source>
        <translation>Window {number}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="89" />
        <source>(nobody signed in)</source>
        <translation>(nobody signed in)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="106" />
        <source>e.g. 上午定时巡查; 群众反映 3 号窗口 … (optional)</source>
        <translation>e.g. 上午定时巡查; 群众反映 3 号窗口 … (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="109" />
        <source>Patrol note</source>
        <translation>Patrol note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="113" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="118" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PatrolModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="271" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="272" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="273" />
        <source>Windows checked</source>
        <translation>Windows checked</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="274" />
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="275" />
        <source>督查 cases</source>
        <translation>督查 cases</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="430" />
        <source>Pause the window (暂停服务)</source>
        <translation>Pause the window (暂停服务)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="430" />
        <source>Pause service</source>
        <translation>Pause service</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="49" />
        <source>Custom</source>
        <extracomment>The named periods in the picker's order; the last entry (None) is 自定义 (from–to).</extracomment>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="57" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="65" />
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="70" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="72" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="74" />
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../hall_desktop/printing/printer.py" line="190" />
        <location filename="../../hall_desktop/printing/printer.py" line="211" />
        <source>Ticket slip</source>
        <translation>Ticket slip</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/printing/printer.py" line="216" />
        <source>Ticket slip preview</source>
        <translation>Ticket slip preview</translation>
    </message>
</context>
<context>
    <name>ProblemFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="190" />
        <source>The problem found</source>
        <translation>The problem found</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="191" />
        <source>Owner: not named</source>
        <translation>Owner: not named</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="194" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="195" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="196" />
        <source>Left out: the hall's working days for the kind.</source>
        <translation>Left out: the hall's working days for the kind.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="197" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/widgets/files.py" line="15" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/widgets/files.py" line="16" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QueueFigures</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="165" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="168" />
        <source>Service days from</source>
        <translation>Service days from</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="170" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="176" />
        <source>Numbers called out of order (指定叫号), per clerk</source>
        <translation>Numbers called out of order (指定叫号), per clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="179" />
        <source>No number was called out of order in this period.</source>
        <translation>No number was called out of order in this period.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="182" />
        <source>Served with help (帮代办)</source>
        <translation>Served with help (帮代办)</translation>
    </message>
</context>
<context>
    <name>QueueFiguresController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="220" />
        <source>The first day is after the last.</source>
        <translation>The first day is after the last.</translation>
    </message>
</context>
<context>
    <name>QueuePolicyFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="24" />
        <location filename="../../hall_desktop/ui/admin/policy.py" line="25" />
        <source>As the hall</source>
        <extracomment>The bounds offered in the list; a value set elsewhere is added when shown.</extracomment>
        <translation>As the hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="26" />
        <source>Priority tickets always first</source>
        <translation>Priority tickets always first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="29" />
        <source>{n}:1 (one ordinary ticket after {n} priority ones)</source>
        <translation>{n}:1 (one ordinary ticket after {n} priority ones)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="34" />
        <source>Green channel and appointment tickets are called first; with N:1 a window calls one waiting ordinary ticket after N of them in a row.</source>
        <translation>Green channel and appointment tickets are called first; with N:1 a window calls one waiting ordinary ticket after N of them in a row.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="38" />
        <source>No bound</source>
        <translation>No bound</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="41" />
        <location filename="../../hall_desktop/ui/admin/policy.py" line="52" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="44" />
        <source>An ordinary ticket that has waited this long is no longer passed by priority tickets issued after it.</source>
        <translation>An ordinary ticket that has waited this long is no longer passed by priority tickets issued after it.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="226" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="227" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="228" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="229" />
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="230" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="231" />
        <source>Good rate</source>
        <translation>Good rate</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="181" />
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="182" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="183" />
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="184" />
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="185" />
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="186" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="187" />
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="188" />
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="189" />
        <source>Good rate</source>
        <translation>Good rate</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="190" />
        <source>Rated rate</source>
        <translation>Rated rate</translation>
    </message>
</context>
<context>
    <name>RectifyPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="222" />
        <source>Rectification done (整改)</source>
        <translation>Rectification done (整改)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="222" />
        <source>Save rectification</source>
        <translation>Save rectification</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="224" />
        <source>What was changed</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="234" />
        <source>Say what was changed.</source>
        <translation>Say what was changed.</translation>
    </message>
</context>
<context>
    <name>ResolvePanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="152" />
        <source>Outcome of the matter (办理结果)</source>
        <translation>Outcome of the matter (办理结果)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="152" />
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="157" />
        <source>What was done, what the citizen was told</source>
        <translation>What was done, what the citizen was told</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="159" />
        <source>Why it cannot be done</source>
        <translation>Why it cannot be done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="161" />
        <source>The law or policy it rests on</source>
        <translation>The law or policy it rests on</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="163" />
        <source>The number it was then served under (optional)</source>
        <translation>The number it was then served under (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="166" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="167" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="168" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="169" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="172" />
        <source>Served as</source>
        <translation>Served as</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="194" />
        <source>Say what was done.</source>
        <translation>Say what was done.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="199" />
        <source>“Cannot be done” needs the reason.</source>
        <translation>“Cannot be done” needs the reason.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="204" />
        <source>“Cannot be done” needs the legal basis.</source>
        <translation>“Cannot be done” needs the legal basis.</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/controller.py" line="159" />
        <source>Something went wrong; the details are in the log.</source>
        <extracomment>Whether a failed task also says so on the screen; a citizen-facing screen (display, terminal) shows no error, the log has the details.</extracomment>
        <translation>Something went wrong; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>ServiceItemModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="124" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="125" />
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="126" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="512" />
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="520" />
        <source>Backed up to {file}.</source>
        <translation>Backed up to {file}.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="532" />
        <source>Saved. Every screen of the hall takes the new settings now.</source>
        <translation>Saved. Every screen of the hall takes the new settings now.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="77" />
        <source>e.g. 0391-1234567 (printed on letters)</source>
        <translation>e.g. 0391-1234567 (printed on letters)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="86" />
        <location filename="../../hall_desktop/ui/admin/settings.py" line="96" />
        <location filename="../../hall_desktop/ui/admin/settings.py" line="279" />
        <location filename="../../hall_desktop/ui/admin/settings.py" line="311" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="104" />
        <source>None: each desk names its own, or prints no slip</source>
        <translation>None: each desk names its own, or prints no slip</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="109" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="109" />
        <source>Waybill pattern (regular expression)</source>
        <translation>Waybill pattern (regular expression)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="109" />
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="116" />
        <source>Add carrier</source>
        <translation>Add carrier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="117" />
        <source>Remove carrier</source>
        <translation>Remove carrier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="120" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="123" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="128" />
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="130" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="131" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="132" />
        <source>Enquiry phone</source>
        <translation>Enquiry phone</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="135" />
        <source>Display, voice and calls</source>
        <translation>Display, voice and calls</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="137" />
        <source>Ticker text</source>
        <translation>Ticker text</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="138" />
        <source>Voice template</source>
        <translation>Voice template</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="140" />
        <source>{number} is the ticket number, {window} the window number.</source>
        <translation>{number} is the ticket number, {window} the window number.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="142" />
        <source>Spoken times</source>
        <translation>Spoken times</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="144" />
        <source>Calls per ticket at most</source>
        <translation>Calls per ticket at most</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="149" />
        <source>A no-show may be reactivated for</source>
        <translation>A no-show may be reactivated for</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="153" />
        <source>Slip printer of the desks</source>
        <translation>Slip printer of the desks</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="157" />
        <source>Calling rules (叫号规则)</source>
        <translation>Calling rules (叫号规则)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="160" />
        <source>Priority tickets</source>
        <translation>Priority tickets</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="165" />
        <source>Ordinary tickets wait at most</source>
        <translation>Ordinary tickets wait at most</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="171" />
        <source>A business line may have its own rules (in “Windows and lines”). Held tickets due for call-back and transferred tickets keep their place.</source>
        <translation>A business line may have its own rules (in “Windows and lines”). Held tickets due for call-back and transferred tickets keep their place.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="178" />
        <source>Waiting promise: share called in time</source>
        <translation>Waiting promise: share called in time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="184" />
        <source>Waiting promise: called within</source>
        <translation>Waiting promise: called within</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="189" />
        <source>The staffing plan (排班建议) counts the windows that keep this promise.</source>
        <translation>The staffing plan (排班建议) counts the windows that keep this promise.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="193" />
        <source>Free courier (免费邮政速递)</source>
        <translation>Free courier (免费邮政速递)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="198" />
        <source>Usual cost per dispatch (yuan)</source>
        <translation>Usual cost per dispatch (yuan)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="203" />
        <source>Carriers (the first is preselected on the dispatch form)</source>
        <translation>Carriers (the first is preselected on the dispatch form)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="247" />
        <source>One citizen, one number (一人一号)</source>
        <translation>One citizen, one number (一人一号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="253" />
        <location filename="../../hall_desktop/ui/admin/settings.py" line="282" />
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="258" />
        <source>Waiting numbers per ID and line</source>
        <translation>Waiting numbers per ID and line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="261" />
        <source>Numbers per ID and day</source>
        <translation>Numbers per ID and day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="265" />
        <source>Counted only for numbers issued with an ID number; a supervisor may authorise one more. 0: no limit.</source>
        <translation>Counted only for numbers issued with an ID number; a supervisor may authorise one more. 0: no limit.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="274" />
        <source>Appointments (预约)</source>
        <translation>Appointments (预约)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="285" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="290" />
        <source>Check-in opens before the slot</source>
        <translation>Check-in opens before the slot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="296" />
        <source>Check-in stays open after the slot's end</source>
        <translation>Check-in stays open after the slot's end</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="300" />
        <source>No-shows that stop booking</source>
        <translation>No-shows that stop booking</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="302" />
        <source>No-shows counted over</source>
        <translation>No-shows counted over</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="308" />
        <source>Hall monitor (大厅监控)</source>
        <translation>Hall monitor (大厅监控)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="315" />
        <source>A line has waiting</source>
        <translation>A line has waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="317" />
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="319" />
        <source>Someone has waited</source>
        <translation>Someone has waited</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="320" />
        <source>A service runs</source>
        <translation>A service runs</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="321" />
        <source>A window is paused</source>
        <translation>A window is paused</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="324" />
        <source>No-shows at one window</source>
        <translation>No-shows at one window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="326" />
        <source> times</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="328" />
        <source>… within</source>
        <translation>… within</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="332" />
        <source>No alert</source>
        <translation>No alert</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="339" />
        <source>0 for no alert. A business line may set its own waiting alerts (in “Windows and lines”).</source>
        <translation>0 for no alert. A business line may set its own waiting alerts (in “Windows and lines”).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="346" />
        <source>Patrol checklist</source>
        <translation>Patrol checklist</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="350" />
        <source>One item per line, at most {items} items of at most {length} characters; an item not met at a window becomes a 督查 case in the ledger.</source>
        <translation>One item per line, at most {items} items of at most {length} characters; an item not met at a window becomes a 督查 case in the ledger.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="470" />
        <source>Not saved: please correct the marked field.</source>
        <translation>Not saved: please correct the marked field.</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="132" />
        <source>Nothing saved: see the marked field.</source>
        <extracomment>Events after which the tab re-reads the hall (setup changes, clerks coming and going).</extracomment>
        <translation>Nothing saved: see the marked field.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="155" />
        <source>{prefix} {name} saved.</source>
        <translation>{prefix} {name} saved.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="158" />
        <source>No window serves it yet: add it to a window, or its numbers are never called.</source>
        <translation>No window serves it yet: add it to a window, or its numbers are never called.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="198" />
        <source>Window {number} saved.</source>
        <translation>Window {number} saved.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="217" />
        <source>Window {number} now serves {order}.</source>
        <translation>Window {number} now serves {order}.</translation>
    </message>
</context>
<context>
    <name>SetupEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="180" />
        <source>Business lines</source>
        <translation>Business lines</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="182" />
        <source>▲ Up</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="183" />
        <source>▼ Down</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="184" />
        <source>+ New line</source>
        <translation>+ New line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="186" />
        <source>The order of the lines on the desk and the display</source>
        <translation>The order of the lines on the desk and the display</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="200" />
        <source>Top to bottom: the order of the buttons on the desk and of the display.</source>
        <translation>Top to bottom: the order of the buttons on the desk and of the display.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="219" />
        <source>e.g. 不动产登记</source>
        <translation>e.g. 不动产登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="222" />
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="223" />
        <source>Numbers a day; 0 means no limit</source>
        <translation>Numbers a day; 0 means no limit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="228" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="230" />
        <source>Used for the wait estimate until the day has service times of its own</source>
        <translation>Used for the wait estimate until the day has service times of its own</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="232" />
        <source>In use (shown at the desk)</source>
        <translation>In use (shown at the desk)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="236" />
        <source>大厅监控 alerts when this many wait; empty: as the hall; 0: no alert</source>
        <translation>大厅监控 alerts when this many wait; empty: as the hall; 0: no alert</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="241" />
        <source>大厅监控 alerts when someone has waited this many minutes; empty: as the hall; 0: no alert</source>
        <translation>大厅监控 alerts when someone has waited this many minutes; empty: as the hall; 0: no alert</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="246" />
        <source>Empty: as the hall</source>
        <translation>Empty: as the hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="252" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="253" />
        <location filename="../../hall_desktop/ui/admin/setup.py" line="324" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="254" />
        <source>Daily limit</source>
        <translation>Daily limit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="255" />
        <source>First number</source>
        <translation>First number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="256" />
        <source>Service time</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="258" />
        <source>Priority tickets</source>
        <translation>Priority tickets</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="261" />
        <source>Wait at most</source>
        <translation>Wait at most</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="264" />
        <source>Alert at waiting</source>
        <translation>Alert at waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="265" />
        <source>Alert at wait (min)</source>
        <translation>Alert at wait (min)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="291" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="293" />
        <source>+ New window</source>
        <translation>+ New window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="316" />
        <source>e.g. 综合受理窗口</source>
        <translation>e.g. 综合受理窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="320" />
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="323" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="325" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="349" />
        <source>Serves, in call order</source>
        <translation>Serves, in call order</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="351" />
        <source>Other lines</source>
        <translation>Other lines</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="360" />
        <source>Drag to reorder, or use the arrows</source>
        <translation>Drag to reorder, or use the arrows</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="361" />
        <source>Drag a line to the left list, or double-click</source>
        <translation>Drag a line to the left list, or double-click</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="364" />
        <source>◀ Add</source>
        <translation>◀ Add</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="365" />
        <source>Remove ▶</source>
        <translation>Remove ▶</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="366" />
        <source>Call this line earlier</source>
        <translation>Call this line earlier</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="367" />
        <source>Call this line later</source>
        <translation>Call this line later</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="402" />
        <source>Save lines and ranks</source>
        <translation>Save lines and ranks</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="437" />
        <source>Connection lost: changes cannot be saved until it is back.</source>
        <translation>Connection lost: changes cannot be saved until it is back.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="583" />
        <source>Edit {prefix} {name}</source>
        <translation>Edit {prefix} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="585" />
        <source>Save line</source>
        <translation>Save line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="603" />
        <source>New business line</source>
        <translation>New business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="604" />
        <source>Create line</source>
        <translation>Create line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="644" />
        <source>Window {number}: {name}</source>
        <translation>Window {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="646" />
        <source>Save window</source>
        <translation>Save window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="656" />
        <source>New window (choose its lines on the right)</source>
        <translation>New window (choose its lines on the right)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="657" />
        <source>Create window</source>
        <translation>Create window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="709" />
        <source>The lines are saved with the new window.</source>
        <translation>The lines are saved with the new window.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="711" />
        <source>Changed: not saved yet.</source>
        <translation>Changed: not saved yet.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="713" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../hall_desktop/ui/common/slots.py" line="57" />
        <source>Business line</source>
        <translation>Business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/slots.py" line="59" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="84" />
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="85" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="86" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="87" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="88" />
        <source>Places left</source>
        <translation>Places left</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="400" />
        <source>Saved: {name} ({login}).</source>
        <translation>Saved: {name} ({login}).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="405" />
        <source>The password is reset.</source>
        <translation>The password is reset.</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="169" />
        <source>Search login, name or staff no.</source>
        <translation>Search login, name or staff no.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="171" />
        <source>Show deactivated</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="173" />
        <location filename="../../hall_desktop/ui/admin/staff.py" line="298" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="202" />
        <source>At least 8 characters, letters and digits</source>
        <translation>At least 8 characters, letters and digits</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="207" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="208" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="209" />
        <source>Staff no. (工号)</source>
        <translation>Staff no. (工号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="210" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="211" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="212" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="217" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="220" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="224" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="246" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="299" />
        <source>The new colleague logs in with this password.</source>
        <translation>The new colleague logs in with this password.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="301" />
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="303" />
        <source>Leave the password empty to keep it; type a new one to reset it.</source>
        <translation>Leave the password empty to keep it; type a new one to reset it.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="305" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="305" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="324" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="348" />
        <source>Type the new password twice.</source>
        <translation>Type the new password twice.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="55" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="56" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="57" />
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="58" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="59" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="63" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="64" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="65" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="66" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="67" />
        <source>Kiosk (device)</source>
        <translation>Kiosk (device)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="68" />
        <source>District administrator</source>
        <translation>District administrator</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="98" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="101" />
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="104" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="171" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="84" />
        <source>Half-hour</source>
        <translation>Half-hour</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="87" />
        <source>Whole hall</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="127" />
        <source>%1 arrivals on average; %2 windows needed, %3 staffed</source>
        <translation>%1 arrivals on average; %2 windows needed, %3 staffed</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="148" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="155" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="156" />
        <source>Plan as Excel (XLSX)</source>
        <translation>Plan as Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="156" />
        <source>Plan as CSV</source>
        <translation>Plan as CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="160" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="179" />
        <source>Windows needed / staffed per half-hour (short ones shaded)</source>
        <translation>Windows needed / staffed per half-hour (short ones shaded)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="184" />
        <source>Needed and staffed over the day</source>
        <translation>Needed and staffed over the day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="209" />
        <source>%1 on %2: keep %3 % of citizens called within %4 minutes</source>
        <translation>%1 on %2: keep %3 % of citizens called within %4 minutes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="220" />
        <source>Whole hall</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="230" />
        <source>The hall is closed on this day: nothing to plan.</source>
        <translation>The hall is closed on this day: nothing to plan.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="233" />
        <source>Arrivals and service times from %1 earlier days, same weekday: %2.</source>
        <translation>Arrivals and service times from %1 earlier days, same weekday: %2.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="238" />
        <source>No history on the same weekday in the last 8 weeks: no arrivals.</source>
        <translation>No history on the same weekday in the last 8 weeks: no arrivals.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="243" />
        <source>Staffed: the windows that served each line in the half-hour; from %1 on (not begun yet), the windows configured.</source>
        <translation>Staffed: the windows that served each line in the half-hour; from %1 on (not begun yet), the windows configured.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="247" />
        <source>Staffed: the windows that served each line in the half-hour.</source>
        <translation>Staffed: the windows that served each line in the half-hour.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="240" />
        <source>Staffed: the windows configured for each line.</source>
        <translation>Staffed: the windows configured for each line.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="248" />
        <source>A window serving several lines counts once for each.</source>
        <translation>A window serving several lines counts once for each.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="285" />
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="286" />
        <source>Staffed</source>
        <translation>Staffed</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="215" />
        <source>The program cannot reach its database.</source>
        <translation>The program cannot reach its database.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="217" />
        <source>The database's structure is newer than this program. Please upgrade the program.</source>
        <translation>The database's structure is newer than this program. Please upgrade the program.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="222" />
        <source>The database's structure is older than this program. Run “hall-desktop db upgrade” first.</source>
        <translation>The database's structure is older than this program. Run “hall-desktop db upgrade” first.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="228" />
        <source>The database has not been set up yet. Run “hall-desktop db upgrade” first.</source>
        <translation>The database has not been set up yet. Run “hall-desktop db upgrade” first.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="232" />
        <source>The program cannot start.</source>
        <translation>The program cannot start.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="243" />
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="253" />
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="257" />
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
</context>
<context>
    <name>StatisticsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="126" />
        <source>Save the staffing plan</source>
        <translation>Save the staffing plan</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="164" />
        <source>Save the wait estimate accuracy</source>
        <translation>Save the wait estimate accuracy</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="183" />
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="184" />
        <source>Save the tables</source>
        <translation>Save the tables</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="185" />
        <source>Save the printed report</source>
        <translation>Save the printed report</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="186" />
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="187" />
        <source>Save the work report figures</source>
        <translation>Save the work report figures</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="226" />
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="150" />
        <source>Export…</source>
        <extracomment>The exports of the figures shown, in one menu (the toolbar is full at 1366).</extracomment>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="152" />
        <source>Tables as Excel (XLSX)</source>
        <translation>Tables as Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="153" />
        <source>Tables as CSV (zip)</source>
        <translation>Tables as CSV (zip)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="154" />
        <source>Printed report (PDF)</source>
        <translation>Printed report (PDF)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="155" />
        <source>Work report figures (Word)</source>
        <translation>Work report figures (Word)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="156" />
        <source>Work report figures (PDF)</source>
        <translation>Work report figures (PDF)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="180" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="257" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="181" />
        <source>Windows, staff, items</source>
        <translation>Windows, staff, items</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="182" />
        <source>Days and hours</source>
        <translation>Days and hours</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="183" />
        <source>Waiting and service times</source>
        <translation>Waiting and service times</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="184" />
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="185" />
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="186" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="187" />
        <source>On-time completion</source>
        <translation>On-time completion</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="189" />
        <source>Staffing plan (排班建议)</source>
        <translation>Staffing plan (排班建议)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="191" />
        <source>Wait estimate accuracy</source>
        <translation>Wait estimate accuracy</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="202" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="384" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="386" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="387" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="203" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="384" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="386" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="387" />
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="204" />
        <source>No-show (过号)</source>
        <translation>No-show (过号)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="205" />
        <source>Median wait</source>
        <translation>Median wait</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="206" />
        <source>Median service</source>
        <translation>Median service</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="207" />
        <source>Good rate (好评率)</source>
        <translation>Good rate (好评率)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="208" />
        <source>Rated rate (主动评价率)</source>
        <translation>Rated rate (主动评价率)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="209" />
        <source>Hard cases solved (办成)</source>
        <translation>Hard cases solved (办成)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="210" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="487" />
        <source>Questions answered (答疑)</source>
        <translation>Questions answered (答疑)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="211" />
        <source>Extended hours (延时服务)</source>
        <translation>Extended hours (延时服务)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="212" />
        <source>Free courier (免费邮寄)</source>
        <translation>Free courier (免费邮寄)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="213" />
        <source>Appointments (预约)</source>
        <translation>Appointments (预约)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="223" />
        <source>By business line (pick one for its windows)</source>
        <translation>By business line (pick one for its windows)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="226" />
        <source>Issued and served by line</source>
        <translation>Issued and served by line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="228" />
        <source>The line picked</source>
        <translation>The line picked</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="238" />
        <source>The line's own numbers at each window (left) and with each clerk (right).</source>
        <translation>The line's own numbers at each window (left) and with each clerk (right).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="259" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="287" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="299" />
        <source>By window</source>
        <translation>By window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="259" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="288" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="299" />
        <source>By clerk</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="260" />
        <source>By item</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="263" />
        <source>Issued and served by window</source>
        <translation>Issued and served by window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="269" />
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="391" />
        <source>Issued and served per day</source>
        <translation>Issued and served per day</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="279" />
        <source>Numbers issued by weekday and hour (the hall's load)</source>
        <translation>Numbers issued by weekday and hour (the hall's load)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="285" />
        <source>Waiting (issue → first call), service (start → finish)</source>
        <translation>Waiting (issue → first call), service (start → finish)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="287" />
        <source>By business line</source>
        <translation>By business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="297" />
        <source>Ratings (好差评)</source>
        <translation>Ratings (好差评)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="300" />
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="308" />
        <source>Monthly ranking of windows (窗口月度排名)</source>
        <translation>Monthly ranking of windows (窗口月度排名)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="316" />
        <source>The hall's promises</source>
        <translation>The hall's promises</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="318" />
        <source>The case ledger</source>
        <translation>The case ledger</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="324" />
        <source>Items by category</source>
        <translation>Items by category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="330" />
        <source>Items handled, most served first</source>
        <translation>Items handled, most served first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="340" />
        <source>By department, lowest on-time rate first</source>
        <translation>By department, lowest on-time rate first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="343" />
        <source>By item, lowest on-time rate first</source>
        <translation>By item, lowest on-time rate first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="372" />
        <source>%1: %2 to %3, %4 days, %5 open</source>
        <translation>%1: %2 to %3, %4 days, %5 open</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="389" />
        <source>Issued and served per week</source>
        <translation>Issued and served per week</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="397" />
        <source>Whole hall: median wait %1, median service %2; called within the promised %3 minutes: %4</source>
        <translation>Whole hall: median wait %1, median service %2; called within the promised %3 minutes: %4</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="420" />
        <source>%1 ratings left out of the windows' and clerks' figures (appeal upheld).</source>
        <translation>%1 ratings left out of the windows' and clerks' figures (appeal upheld).</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="430" />
        <source>The catalogue holds %1 items (%2); %3 of them were handled in the period.</source>
        <translation>The catalogue holds %1 items (%2); %3 of them were handled in the period.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="464" />
        <source>Extended hours (延时服务), times</source>
        <translation>Extended hours (延时服务), times</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="465" />
        <source>Extended hours, minutes</source>
        <translation>Extended hours, minutes</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="466" />
        <source>Free courier dispatches (免费邮寄)</source>
        <translation>Free courier dispatches (免费邮寄)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="467" />
        <source>of which collected from the citizen</source>
        <translation>of which collected from the citizen</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="468" />
        <source>Courier cost borne by the hall, yuan</source>
        <translation>Courier cost borne by the hall, yuan</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="469" />
        <source>Appointments booked (预约)</source>
        <translation>Appointments booked (预约)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="470" />
        <source>Appointments checked in</source>
        <translation>Appointments checked in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="471" />
        <source>Appointments served</source>
        <translation>Appointments served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="472" />
        <source>Appointments missed (爽约)</source>
        <translation>Appointments missed (爽约)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="473" />
        <source>Appointments cancelled</source>
        <translation>Appointments cancelled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="474" />
        <source>Holidays opened</source>
        <translation>Holidays opened</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="475" />
        <source>Citizens served on holidays</source>
        <translation>Citizens served on holidays</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="476" />
        <source>Green channel (绿色通道)</source>
        <translation>Green channel (绿色通道)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="478" />
        <source>Served with help (帮代办)</source>
        <translation>Served with help (帮代办)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="485" />
        <source>Hard cases (办不成事)</source>
        <translation>Hard cases (办不成事)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="486" />
        <source>of which solved (办成)</source>
        <translation>of which solved (办成)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="488" />
        <source>Bad ratings (差评)</source>
        <translation>Bad ratings (差评)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="489" />
        <source>Bad ratings rectified on time</source>
        <translation>Bad ratings rectified on time</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="490" />
        <source>Named bad ratings called back</source>
        <translation>Named bad ratings called back</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="491" />
        <source>Walkthroughs (走流程)</source>
        <translation>Walkthroughs (走流程)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="492" />
        <source>Problems found by walkthroughs</source>
        <translation>Problems found by walkthroughs</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="493" />
        <source>Inspection findings (督查)</source>
        <translation>Inspection findings (督查)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="494" />
        <source>Open cases past their deadline</source>
        <translation>Open cases past their deadline</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="505" />
        <source>No accepted application (办件) fell due in the period.</source>
        <translation>No accepted application (办件) fell due in the period.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="510" />
        <source>%1 applications (办件) fell due in the period: %2 closed on time (%3), %4 closed late, %5 still open past their due date.</source>
        <translation>%1 applications (办件) fell due in the period: %2 closed on time (%3), %4 closed late, %5 still open past their due date.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="535" />
        <source>Pick a line above</source>
        <translation>Pick a line above</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../hall_desktop/ui/widgets/banner.py" line="33" />
        <source>Database busy, waiting…</source>
        <translation>Database busy, waiting…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="261" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="264" />
        <source>Call-back: what the citizen said</source>
        <translation>Call-back: what the citizen said</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="265" />
        <source>What the citizen said when called back</source>
        <translation>What the citizen said when called back</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="267" />
        <source>The citizen was called back</source>
        <translation>The citizen was called back</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="269" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="270" />
        <source>The citizen's mobile, if known</source>
        <translation>The citizen's mobile, if known</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="276" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="280" />
        <source>What was changed</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="281" />
        <source>What was changed, or the explanation given</source>
        <translation>What was changed, or the explanation given</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="283" />
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="284" />
        <source>Left empty: you</source>
        <translation>Left empty: you</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="288" />
        <source>Told by</source>
        <translation>Told by</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="291" />
        <source>The citizen's response</source>
        <translation>The citizen's response</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="299" />
        <source>Told at</source>
        <translation>Told at</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="300" />
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="310" />
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="326" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="300" />
        <source>What was said (optional)</source>
        <translation>What was said (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="304" />
        <source>To window</source>
        <translation>To window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="304" />
        <source>No window</source>
        <translation>No window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="306" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="308" />
        <source>A department to coordinate with</source>
        <translation>A department to coordinate with</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="309" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="309" />
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="310" />
        <source>What to do (optional)</source>
        <translation>What to do (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="314" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="316" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="317" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="318" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="320" />
        <source>Required when it cannot be done</source>
        <translation>Required when it cannot be done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="321" />
        <source>Served under ticket</source>
        <translation>Served under ticket</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="323" />
        <source>Today's number, if the matter was served</source>
        <translation>Today's number, if the matter was served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="326" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="330" />
        <source>Why returned</source>
        <translation>Why returned</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="330" />
        <source>Required: what is still missing</source>
        <translation>Required: what is still missing</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="335" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="336" />
        <source>Upheld</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="336" />
        <source>Not upheld</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="338" />
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="338" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>SupervisorMessages</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="61" />
        <source>Supervisor: please resume service ({message})</source>
        <translation>Supervisor: please resume service ({message})</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="63" />
        <source>Supervisor: please resume service</source>
        <translation>Supervisor: please resume service</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="72" />
        <source>Helping today: {line}</source>
        <translation>Helping today: {line}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="78" />
        <source>Help for today ended: {line}</source>
        <translation>Help for today ended: {line}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="85" />
        <source>Floor alert: {detail}</source>
        <translation>Floor alert: {detail}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="98" />
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="100" />
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
</context>
<context>
    <name>TerminalController</name>
    <message>
        <location filename="../../hall_desktop/ui/terminal/controller.py" line="126" />
        <source>This hall has no active window {n}: check the terminal's settings.</source>
        <translation>This hall has no active window {n}: check the terminal's settings.</translation>
    </message>
</context>
<context>
    <name>TerminalWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="105" />
        <source>Window terminal</source>
        <translation>Window terminal</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="119" />
        <source>Serving you</source>
        <translation>Serving you</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="122" />
        <location filename="../../hall_desktop/ui/terminal/window.py" line="338" />
        <source>No staff on duty</source>
        <translation>No staff on duty</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="182" />
        <source>Please rate our service</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="212" />
        <source>Sorry! Please tell us what was wrong:</source>
        <translation>Sorry! Please tell us what was wrong:</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="238" />
        <source>Anything else? (optional)</source>
        <translation>Anything else? (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="240" />
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="244" />
        <source>Please choose a reason first</source>
        <translation>Please choose a reason first</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="275" />
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="276" />
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="277" />
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="278" />
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="279" />
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="285" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="286" />
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="287" />
        <source>Paperwork</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="288" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="323" />
        <source>Window {n}</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="325" />
        <source>Window {n} - terminal</source>
        <translation>Window {n} - terminal</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="332" />
        <source>Staff no. {number} {name}</source>
        <translation>Staff no. {number} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="344" />
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="345" />
        <source>Please wait a moment or go to another window</source>
        <translation>Please wait a moment or go to another window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="349" />
        <source>Service paused</source>
        <translation>Service paused</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="355" />
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="357" />
        <source>Please have your documents ready</source>
        <translation>Please have your documents ready</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="368" />
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="399" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="402" />
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="403" />
        <source>Your opinion helps us serve you better.</source>
        <translation>Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="464" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="464" />
        <source>Please wait for your number</source>
        <translation>Please wait for your number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="480" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="34" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="35" />
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="36" />
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="37" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="38" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="39" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="40" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="41" />
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="42" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="85" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="86" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="87" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="88" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="89" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="113" />
        <source>Window {n}</source>
        <translation>Window {n}</translation>
    </message>
</context>
<context>
    <name>TimeModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="123" />
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="124" />
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="125" />
        <source>Wait median</source>
        <translation>Wait median</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="126" />
        <source>Wait p90</source>
        <translation>Wait p90</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="127" />
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="128" />
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="129" />
        <source>Service median</source>
        <translation>Service median</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="130" />
        <source>Service p90</source>
        <translation>Service p90</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="131" />
        <source>Longest service</source>
        <translation>Longest service</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="132" />
        <source>Called within promise</source>
        <translation>Called within promise</translation>
    </message>
</context>
<context>
    <name>TownshipItemsModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="119" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="120" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="121" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="122" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="123" />
        <source>Promised days</source>
        <translation>Promised days</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="370" />
        <source>Transfer to another line or window</source>
        <translation>Transfer to another line or window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="370" />
        <source>Confirm transfer</source>
        <translation>Confirm transfer</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="376" />
        <source>Note for the next clerk (optional)</source>
        <translation>Note for the next clerk (optional)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="381" />
        <source>Business line</source>
        <translation>Business line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="382" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="383" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="405" />
        <source>Any window of the line</source>
        <translation>Any window of the line</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="408" />
        <source>Window {n}</source>
        <translation>Window {n}</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="77" />
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="78" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="79" />
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="80" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="81" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="82" />
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="83" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="15" />
        <source>no wait estimate yet</source>
        <translation>no wait estimate yet</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="17" />
        <source>called soon</source>
        <translation>called soon</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="19" />
        <source>about {minutes} min</source>
        <translation>about {minutes} min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="23" />
        <source>within {high} min</source>
        <translation>within {high} min</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="26" />
        <source>about {low}–{high} min</source>
        <translation>about {low}–{high} min</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="420" />
        <source>Record a walkthrough (走流程)</source>
        <translation>Record a walkthrough (走流程)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="424" />
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="426" />
        <source>Name and post, e.g. 李局长</source>
        <translation>Name and post, e.g. 李局长</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="428" />
        <source>Walked as</source>
        <translation>Walked as</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="434" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="436" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="436" />
        <source>No particular item</source>
        <translation>No particular item</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="439" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="439" />
        <source>No particular window</source>
        <translation>No particular window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="442" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="442" />
        <source>What the leader went through and saw</source>
        <translation>What the leader went through and saw</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="453" />
        <source>Add a problem</source>
        <translation>Add a problem</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="456" />
        <source>Problems found (each becomes a rectification item)</source>
        <translation>Problems found (each becomes a rectification item)</translation>
    </message>
</context>
<context>
    <name>WindowFloorModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="109" />
        <source>Window</source>
        <extracomment>How a window's state reads at a glance (background, text).</extracomment>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="110" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="111" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="112" />
        <source>Number in hand</source>
        <translation>Number in hand</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="113" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="114" />
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="115" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
</context>
<context>
    <name>WindowTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="138" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="139" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="140" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="141" />
        <source>Lines (rank order)</source>
        <translation>Lines (rank order)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="142" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="169" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="171" />
        <source>{name} signed in</source>
        <translation>{name} signed in</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="175" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="176" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
</TS>