<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="87"/>
        <source>Business line</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="88"/>
        <source>Tickets (with estimate)</source>
        <translation>取号数（有预计）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="89"/>
        <source>Median error (min)</source>
        <translation>中位误差（分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="90"/>
        <source>90% error (min)</source>
        <translation>90%误差（分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="91"/>
        <source>Within ±5 min</source>
        <translation>±5分钟内</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="92"/>
        <source>Inside the range shown</source>
        <translation>落在显示范围内</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="93"/>
        <source>Mean bias (min)</source>
        <translation>平均偏差（分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="120"/>
        <source>Day</source>
        <extracomment>Columns before the figures (the day table has the day first).</extracomment>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>AccuracyPage</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="135"/>
        <source>Pick a period and press Compute.</source>
        <translation>请选择统计周期后点击“统计”。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="137"/>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="140"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="142"/>
        <source>Accuracy as Excel (XLSX)</source>
        <translation>预计等候准确度（Excel）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="143"/>
        <source>Accuracy as CSV</source>
        <translation>预计等候准确度（CSV）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="154"/>
        <source>Each ticket&apos;s wait estimate, given when it was issued, against its actual wait (issue → first call). Error = estimate − actual: a positive bias means the estimates were too long. Inside the range shown: the wait in whole minutes within the range printed on the slip. Tickets never called and tickets issued without an estimate are left out.</source>
        <translation>将每个号取号时给出的预计等候与实际等候（取号至首次叫号）比较。误差 = 预计 − 实际：平均偏差为正表示预计偏长。落在显示范围内：实际等候（按整分钟计）在号票所印范围之内。未叫号的号和取号时没有预计的号不计入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="165"/>
        <source>The whole hall and each line over the period</source>
        <translation>全厅及各业务（整个统计周期）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="172"/>
        <source>Each day and line</source>
        <translation>按日、按业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="190"/>
        <source>%1: %2 to %3, %4 tickets with an estimate and a wait</source>
        <translation>%1&#x3000;%2 至 %3：有预计且已叫号的号 %4 个</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="196"/>
        <source>Whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/estimate_accuracy.py" line="203"/>
        <source>All lines</source>
        <translation>全部业务</translation>
    </message>
</context>
<context>
    <name>AdminController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/controller.py" line="41"/>
        <source>Administration is for supervisors and administrators.</source>
        <translation>管理功能仅限值班长和系统管理员使用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/controller.py" line="94"/>
        <source>The database has never been backed up: set a daily backup folder or back up now in “Hall settings”.</source>
        <translation>数据库从未备份：请在“大厅设置”中设置每日备份文件夹，或立即备份。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/controller.py" line="99"/>
        <source>No backup for more than {days} days: back up now in “Hall settings”.</source>
        <translation>已超过 {days} 天没有备份数据库：请在“大厅设置”中立即备份。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="150"/>
        <source>Extended hours (延时服务)</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>延时服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="72"/>
        <source>Hours and calendar</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>营业时间与节假日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="136"/>
        <source>Windows and lines</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>窗口与业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="74"/>
        <source>Service items</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="62"/>
        <source>Hall settings</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>大厅设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="153"/>
        <source>Staff</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>人员管理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="101"/>
        <source>Audit log</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="153"/>
        <source>Queue figures</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>叫号统计</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="62"/>
        <source>One-visit bundles</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="90"/>
        <source>Notices outbox</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>短信通知</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="39"/>
        <source>Appointments (预约)</source>
        <translation>预约时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="349"/>
        <source>Case ledger</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="215"/>
        <source>Applications due</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>限时办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="132"/>
        <source>Statistics</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>统计分析</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="45"/>
        <source>District</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="103"/>
        <source>Database accounts</source>
        <extracomment>The admin window&apos;s tab (registered in ``tabs.py``): its title and place.</extracomment>
        <translation>数据库账号</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="33"/>
        <source>Hall administration</source>
        <translation>大厅管理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="37"/>
        <source>Administration · log in</source>
        <translation>大厅管理 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="46"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="69"/>
        <source>{hall} · administration · {user}</source>
        <translation>{hall} · 大厅管理 · {user}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="95"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="224"/>
        <source>Raised</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="225"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="226"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="227"/>
        <source>Handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="252"/>
        <source>Not yet</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="256"/>
        <source> (cleared %1)</source>
        <translation>（%1 已解除）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hall_desktop/cli.py" line="1025"/>
        <location filename="../../hall_desktop/ui/app.py" line="92"/>
        <source>Government service hall</source>
        <extracomment>The files ``report statistics`` and ``report work`` write, by the name&apos;s ending.</extracomment>
        <translation>政务服务大厅</translation>
    </message>
</context>
<context>
    <name>AppealPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="120"/>
        <source>Appeal this bad rating (申诉)</source>
        <extracomment>What 我的台账 lists of a case: 编号, 类型, 状态, 事由, 期限.</extracomment>
        <translation>对该差评申诉</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="120"/>
        <source>Send appeal</source>
        <translation>提交申诉</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="124"/>
        <source>Evidence: what happened, what the recording or the record shows</source>
        <translation>证据：当时经过，录音录像或办件记录能证明什么</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="127"/>
        <source>Ground</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="128"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="139"/>
        <source>Give the evidence for the appeal.</source>
        <translation>请填写申诉的证据。</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="32"/>
        <source>No.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="33"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="34"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="35"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="36"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="37"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="38"/>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="39"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ApplicationsController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="345"/>
        <source>{code} ({item}): result collected, the application is closed.</source>
        <translation>{code}（{item}）已出件，办件已办结。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="353"/>
        <source>{code} ({item}): result sent by free courier, the application is closed.</source>
        <translation>{code}（{item}）已随免费邮寄寄出，办件已办结。</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="77"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="83"/>
        <source>Back to the queue</source>
        <translation>返回叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="93"/>
        <source>Due dates count the hall&apos;s working days. Due soon: within {n} working days.</source>
        <translation>办结期限按本厅工作日计算；即将到期：{n} 个工作日内到期。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="103"/>
        <source>No open application here.</source>
        <translation>没有在办的办件。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="106"/>
        <source>Result collected at the window (出件)</source>
        <translation>窗口领取（出件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="109"/>
        <source>The citizen took the result here: the application is closed</source>
        <translation>群众已在窗口领取办理结果，办件随即办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="114"/>
        <source>The free-courier dispatch of this ticket</source>
        <translation>该排队号登记的免费邮寄</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="115"/>
        <source>Sent by free courier</source>
        <translation>免费邮寄出件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="117"/>
        <source>The result goes with the dispatch picked: the application is closed</source>
        <translation>办理结果随所选寄递单寄出，办件随即办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="154"/>
        <source>{n} open</source>
        <translation>在办 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="156"/>
        <source>{n} due soon</source>
        <translation>即将到期 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="158"/>
        <source>{n} overdue</source>
        <translation>已逾期 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="190"/>
        <source>Pick an application to issue its result.</source>
        <translation>请选择要出件的办件。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="193"/>
        <source>{code} · ticket {number} · {item} · due {due}</source>
        <translation>{code} · {number} 号 · {item} · 期限 {due}</translation>
    </message>
</context>
<context>
    <name>AppointmentSlots</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="51"/>
        <source>Morning and afternoon sessions</source>
        <translation>上午/下午两个时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="53"/>
        <source>Slots of {n} minutes</source>
        <translation>每 {n} 分钟一个时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="57"/>
        <source>Set the day&apos;s slots from its hours</source>
        <translation>按当天营业时间生成时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="62"/>
        <source>Places per slot</source>
        <translation>每时段可约人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="71"/>
        <source>Open this day for appointments only</source>
        <translation>将这一天设为节假日预约服务日（仅接待预约）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="73"/>
        <source>节假日预约服务: the hall opens these hours for booked citizens; no walk-ins</source>
        <translation>节假日预约服务：大厅在这段时间只接待已预约的市民，不现场取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="77"/>
        <source>Hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="86"/>
        <source>Mark no-shows now</source>
        <translation>立即标记爽约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="89"/>
        <source>Bookings of the day</source>
        <translation>当天的预约</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="172"/>
        <source>{count} slots set for {day}.</source>
        <translation>已为 {day} 设置 {count} 个预约时段。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="193"/>
        <source>{day} is open {opens}–{closes} for booked citizens only. Now set its slots.</source>
        <translation>{day} 已设为节假日预约服务日（{opens}–{closes}，仅接待预约），请接着设置预约时段。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/appointments.py" line="202"/>
        <source>{count} bookings marked as no-shows.</source>
        <translation>已将 {count} 个预约标记为爽约。</translation>
    </message>
</context>
<context>
    <name>Assist</name>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="14"/>
        <source>Helped (帮办)</source>
        <translation>帮办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="15"/>
        <source>Done for them (代办)</source>
        <translation>代办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="16"/>
        <source>Accompanied (陪办)</source>
        <translation>陪办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="22"/>
        <source>Elderly (老年人)</source>
        <translation>老年人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="23"/>
        <source>Disabled (残疾人)</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="24"/>
        <source>Key project (重点项目)</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/assist.py" line="25"/>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AssistModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="112"/>
        <source>Help</source>
        <translation>帮代办方式</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="113"/>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="114"/>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="115"/>
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="116"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="117"/>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="134"/>
        <source>In all</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="270"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="277"/>
        <source>Save the audit log</source>
        <translation>保存操作日志</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="115"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="117"/>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="119"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="123"/>
        <source>Text or ticket number</source>
        <translation>内容或排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="125"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="127"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="130"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="132"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="176"/>
        <source>Window {n} {name}</source>
        <translation>{n} 号窗口 {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="194"/>
        <source>The newest {n} entries; narrow the filter for older ones.</source>
        <translation>仅显示最新 {n} 条；查看更早的记录请缩小查询范围。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="199"/>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="63"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="64"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="65"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="66"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="67"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="68"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/audit.py" line="88"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="74"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="75"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="76"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="85"/>
        <source>Type a name or code to find service items</source>
        <translation>输入事项名称或编码查找</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="98"/>
        <source>Book this slot</source>
        <translation>预约所选时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="109"/>
        <source>Service items (optional)</source>
        <translation>办理事项（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="140"/>
        <source>Booking code: {code}</source>
        <translation>预约码：{code}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="142"/>
        <source>Booked {line}, {day} {slot} for {name}. Tell the citizen the code.</source>
        <translation>已为{name}预约“{line}” {day} {slot}，请把预约码告诉市民。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="156"/>
        <source>Choose a slot first.</source>
        <translation>请先选择预约时段。</translation>
    </message>
</context>
<context>
    <name>BookingPreviewModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="126"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="127"/>
        <source>Platform number</source>
        <translation>平台预约号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="128"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="129"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="130"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="131"/>
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="132"/>
        <source>Slot</source>
        <translation>预约时段</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="29"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="30"/>
        <source>Code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="32"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="33"/>
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="34"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="35"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="47"/>
        <source> (late)</source>
        <translation>（迟到）</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="454"/>
        <source>Saved “{name}”: {route}.</source>
        <translation>已保存“{name}”：{route}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="467"/>
        <source>“{name}” is offered at the desks again.</source>
        <translation>“{name}”已启用，导办台可以取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="469"/>
        <source>“{name}” is stopped: the desks no longer offer it.</source>
        <translation>“{name}”已停用，导办台不再提供。</translation>
    </message>
</context>
<context>
    <name>BundleEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="82"/>
        <source>New bundle</source>
        <translation>新增一件事</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="84"/>
        <source>Bundles (一件事)</source>
        <translation>一件事</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="91"/>
        <source>e.g. 开办餐饮店</source>
        <translation>如：开办餐饮店</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="96"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="98"/>
        <source>Order at the desk</source>
        <translation>导办台排序</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="99"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="103"/>
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="103"/>
        <source>Windows</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="103"/>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="113"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="114"/>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="115"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="116"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="125"/>
        <source>Steps, in the order the citizen goes</source>
        <translation>办理步骤（按群众办理的先后顺序）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="132"/>
        <source>Filter items by code, name or department</source>
        <translation>按编码、名称或部门筛选事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="136"/>
        <source>Items of the chosen step</source>
        <translation>所选步骤的事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="145"/>
        <source>Save bundle</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="185"/>
        <source>{name} (stopped)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="206"/>
        <source>New: active once saved</source>
        <translation>新增：保存后即启用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="232"/>
        <source>Not saved: please correct the marked field.</source>
        <translation>未保存：请修改标出的内容。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="244"/>
        <source>Active: the desks offer it</source>
        <translation>启用中：导办台可以取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="246"/>
        <source>Stopped: the desks do not offer it</source>
        <translation>已停用：导办台不提供</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="249"/>
        <source>Stop this bundle</source>
        <translation>停用此一件事</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="249"/>
        <source>Start this bundle again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="262"/>
        <source>Step {n}</source>
        <translation>第{n}步</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="266"/>
        <source>Choose a business line</source>
        <translation>请选择业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="270"/>
        <source>{line} (stopped)</source>
        <translation>{line}（已停止取号）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="291"/>
        <source>Windows {numbers}</source>
        <translation>{numbers}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="293"/>
        <source>No window serves it</source>
        <translation>没有窗口办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="297"/>
        <source>{n} items</source>
        <translation>{n} 项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="317"/>
        <source>Tick the items step {n} covers.</source>
        <translation>勾选第{n}步办理的事项：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="319"/>
        <source>Choose a step to tick its items.</source>
        <translation>请先选择一个步骤，再勾选它的事项。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/bundles.py" line="380"/>
        <source>Step {n} has no business line: choose one or remove the step.</source>
        <translation>第{n}步没有选择业务类别：请选择，或删除该步骤。</translation>
    </message>
</context>
<context>
    <name>CalendarBanner</name>
    <message>
        <location filename="../../hall_desktop/ui/common/calendar_banner.py" line="39"/>
        <source>The holidays of {year} are not confirmed yet: confirm them and enter the make-up workdays in the admin screen under “Hours and calendar”.</source>
        <translation>{year}年节假日安排尚未确认，请到管理端“营业时间与节假日”确认并录入调休</translation>
    </message>
</context>
<context>
    <name>CallReason</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="104"/>
        <source>Appointment due (预约到号)</source>
        <translation>预约到号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="107"/>
        <source>Special case (特殊情况)</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="108"/>
        <source>Elderly, sick, disabled or pregnant (老弱病残孕)</source>
        <translation>老弱病残孕</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="111"/>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CallTicketPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="447"/>
        <source>Call a chosen number (指定叫号)</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="447"/>
        <source>Call this number</source>
        <translation>叫此号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="451"/>
        <source>Type a number, e.g. A012, or pick one below</source>
        <translation>输入号码（如 A012），或在下方列表中选择</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="460"/>
        <source>Note (needed for “Other”)</source>
        <translation>说明（原因选“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="463"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="463"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="474"/>
        <source>{number} · {line} · issued {time}</source>
        <translation>{number} · {line} · {time} 取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="485"/>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口暂无等候的号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="524"/>
        <source>{number} is not waiting for this window.</source>
        <translation>{number} 号不在本窗口的等候队列中。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="527"/>
        <source>Pick a waiting number or type it.</source>
        <translation>请选择或输入一个等候中的号码。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="532"/>
        <source>Say in a few words why (the reason is “Other”).</source>
        <translation>原因选“其他”时，请简要说明指定叫号的原因。</translation>
    </message>
</context>
<context>
    <name>CaseDaysDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="546"/>
        <source>Deadlines of the ledger (working days)</source>
        <translation>台账办理期限（工作日）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="553"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="559"/>
        <source>Counted on the hall&apos;s calendar from the day a case is opened; cases opened from now on take the new deadlines.</source>
        <translation>按大厅日历自登记之日起计算工作日；修改后新登记的事项按新期限计算。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="563"/>
        <source>Only an administrator may change the deadlines.</source>
        <translation>只有管理员可以修改办理期限。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="568"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="571"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="134"/>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="220"/>
        <source>Choose a case in the list.</source>
        <extracomment>What a walkthrough&apos;s items need not repeat (all 走流程问题, of its window and day).</extracomment>
        <translation>请在左侧列表中选择一条台账。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="154"/>
        <source>One more problem of this walkthrough</source>
        <translation>为本次走流程新增一个问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="156"/>
        <source>Open its walkthrough</source>
        <translation>查看所属走流程</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="168"/>
        <source>Its problems (rectification items)</source>
        <translation>发现的问题（整改事项）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="182"/>
        <source>Double-click an item to open it.</source>
        <translation>双击问题可查看详情。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="195"/>
        <source>History</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="235"/>
        <source>Overdue (due {due})</source>
        <translation>已超期（期限 {due}）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="279"/>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="280"/>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="281"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="282"/>
        <source>Level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="283"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="284"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="285"/>
        <source>Citizen&apos;s note</source>
        <translation>群众留言</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="286"/>
        <source>Citizen</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="287"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="288"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="289"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="290"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="291"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="292"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="293"/>
        <source>Staff concerned</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="294"/>
        <source>Owner / sent to</source>
        <translation>责任/交办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="295"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="296"/>
        <source>Served under</source>
        <translation>办理号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="297"/>
        <source>Verdict</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="298"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="299"/>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="300"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="302"/>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="307"/>
        <source>Yes</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="307"/>
        <source>Not yet</source>
        <translation>未回访</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="308"/>
        <source>Called back</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="121"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="34"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="35"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="36"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="37"/>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="38"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="39"/>
        <source>Staff concerned</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="40"/>
        <source>Owner / sent to</source>
        <translation>责任/交办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="43"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="41"/>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="42"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/cases.py" line="45"/>
        <source>Overdue: due {due}</source>
        <translation>已超期：期限 {due}</translation>
    </message>
</context>
<context>
    <name>CaseStepModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="71"/>
        <source>Time</source>
        <extracomment>The steps that have a button here, in the paths&apos; order (申诉 is the clerk&apos;s own, on their workstation; 登记 and 问题全部整改 are not steps a person takes on a case).</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="72"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="73"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="74"/>
        <source>State after</source>
        <translation>办理后状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="75"/>
        <source>What was recorded</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>CatalogueAdmin</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="87"/>
        <source>Service-item catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="118"/>
        <source>Search code, name or department</source>
        <translation>搜索事项编码、名称或部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="123"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="127"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="132"/>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="401"/>
        <source>New item</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="134"/>
        <source>Import CSV/XLSX…</source>
        <translation>导入 CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="136"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="138"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="204"/>
        <source>working days, 0 = on the spot</source>
        <translation>个工作日，0 为即办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="205"/>
        <source>Active (clerks can choose it)</source>
        <translation>启用（窗口人员可选择）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="218"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="219"/>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="220"/>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="221"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="222"/>
        <source>Promised days</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="223"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="226"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="231"/>
        <source>Select an item in the table to edit it. Items are never deleted: make an item inactive and clerks no longer see it.</source>
        <translation>在表格中选择事项即可编辑。事项不会被删除：停用后窗口人员将不再看到它。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="257"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="259"/>
        <source>Refused rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="260"/>
        <source>Rows to add</source>
        <translation>将新增的行</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="261"/>
        <source>Rows to change</source>
        <translation>将修改的行</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="262"/>
        <source>Unchanged rows</source>
        <translation>无变化的行</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="289"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="293"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="297"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="385"/>
        <source>Edit item</source>
        <translation>编辑事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="426"/>
        <source>Import preview: {file}</source>
        <translation>导入预览：{file}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="430"/>
        <source>{rows} rows: {added} to add, {changed} to change, {unchanged} unchanged, {refused} refused. {untouched} items of the catalogue are not in the file and stay as they are.</source>
        <translation>共 {rows} 行：新增 {added}，修改 {changed}，无变化 {unchanged}，拒绝 {refused}。目录中另有 {untouched} 个事项不在文件中，保持不变。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="444"/>
        <source>The file holds no items: nothing to import.</source>
        <translation>文件中没有事项，无需导入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="449"/>
        <source>{n} rows are refused (reasons in the last column). The import is all or nothing: correct these rows in the file and import it again.</source>
        <translation>有 {n} 行被拒绝（原因见最后一列）。导入要么全部成功要么全部不做：请在文件中改正这些行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="454"/>
        <source>The catalogue already matches the file: nothing to import.</source>
        <translation>目录已与文件一致，无需导入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="458"/>
        <source>Every row can be imported. Press Import to add and change them all at once.</source>
        <translation>所有行均可导入。点击“导入”将一次性新增和修改全部事项。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="520"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue.py" line="531"/>
        <source>{shown} of {total} items</source>
        <translation>显示 {shown} / 共 {total} 个事项</translation>
    </message>
</context>
<context>
    <name>CatalogueController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="132"/>
        <source>Saved {code} {name}.</source>
        <extracomment>``pick_file(&quot;import&quot;)`` → the file to import; ``pick_file(&quot;export&quot;)`` → where to save. None (or an empty string): the user changed their mind.</extracomment>
        <translation>已保存 {code} {name}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="144"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="180"/>
        <source>Imported {file}: added {added}, changed {changed}, unchanged {unchanged}.</source>
        <translation>已导入 {file}：新增 {added}，修改 {changed}，无变化 {unchanged}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="209"/>
        <source>Exported {n} items to {path}.</source>
        <translation>已导出 {n} 个事项到 {path}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="228"/>
        <source>Import the service-item catalogue</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="232"/>
        <source>Catalogue files (*.xlsx *.csv)</source>
        <translation>目录文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="232"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="235"/>
        <source>Export the service-item catalogue</source>
        <translation>导出事项目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_controller.py" line="238"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CatalogueItemModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="51"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="52"/>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="53"/>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="54"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="55"/>
        <source>Promised days</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="206"/>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="373"/>
        <source>Active</source>
        <extracomment>The roles CatalogueItemModel.cell answers besides those a repaint asks for (Display, Foreground, TextAlignment: answered at once); a view asks for more.</extracomment>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="208"/>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="375"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="289"/>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="290"/>
        <source>Items in the catalogue</source>
        <translation>目录事项数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="291"/>
        <source>Items served</source>
        <translation>本期办理事项数</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/appointments.py" line="32"/>
        <source>Booking code, ID number or mobile</source>
        <translation>预约码、身份证号或手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/appointments.py" line="35"/>
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/appointments.py" line="63"/>
        <source>Today {total}: waiting {booked}, checked in {checked}, done {done}, no-show {missed}</source>
        <translation>今日预约 {total} 人：待到达 {booked}，已取号 {checked}，已办结 {done}，爽约 {missed}</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../hall_desktop/ui/common/screen.py" line="37"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
</context>
<context>
    <name>ClerkController</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="75"/>
        <source>This account cannot work at a window (clerks and supervisors only).</source>
        <translation>此账号不能在窗口办理业务（仅限窗口人员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="224"/>
        <source>{number} is still in hand: carry on.</source>
        <translation>{number} 号仍在办理中，请继续。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="234"/>
        <source>Window in use</source>
        <translation>窗口已有人登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="239"/>
        <source>Take over</source>
        <translation>接替</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="240"/>
        <source>Choose another window</source>
        <translation>选择其他窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="278"/>
        <source>Window {n} was taken over by {name}; you are signed out.</source>
        <translation>{n}号窗口已由{name}接替，您已退出该窗口。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="282"/>
        <source>You were signed out of window {n}.</source>
        <translation>您已退出{n}号窗口（可能已在其他电脑登录）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="299"/>
        <source>Your account was deactivated by an administrator.</source>
        <translation>您的账号已被管理员停用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="450"/>
        <source>Calling {number} (call {n}).</source>
        <translation>正在呼叫 {number} 号（第 {n} 次）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="453"/>
        <source>Serving {number}.</source>
        <translation>开始办理 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="454"/>
        <source>{number} marked as no-show.</source>
        <translation>{number} 号已过号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="467"/>
        <source>{number}: every step of the bundle is done ({steps} steps).</source>
        <translation>{number} 一件事全部办结（共{steps}步）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="469"/>
        <source> The bundle stops at this step.</source>
        <translation>一件事在此步终止，不再送往下一步。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="472"/>
        <source>{number}: step {step} done; {next} ({line}) goes on at this window: press Call next.</source>
        <translation>{number} 第{step}步已办结；{next}（{line}）在本窗口继续办理：请点“叫号”。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="481"/>
        <source>{number}: step {step} done; sent on to {next} ({line}), the citizen waits for the call.</source>
        <translation>{number} 第{step}步已办结，已送往{next}（{line}），请群众留意叫号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="529"/>
        <source>Calling {number} out of order: {reason}.</source>
        <translation>指定叫号：正在呼叫 {number}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="580"/>
        <source>{number}: materials to supplement (补正告知) recorded, but the notification letter was not printed: {reason}</source>
        <translation>{number} 号已一次性告知需补正的材料，但告知书未打印：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="589"/>
        <source>{number}: materials to supplement (补正告知) recorded; the notification letter (一次性告知书) is printed.</source>
        <translation>{number} 号已一次性告知需补正的材料，一次性告知书已打印。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="456"/>
        <source>{number} is on hold.</source>
        <translation>{number} 号已挂起。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="457"/>
        <source>{number} transferred: it waits in its new line.</source>
        <translation>{number} 号已转移，在新的业务中排队。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="494"/>
        <source>{number} finished (办结).</source>
        <translation>{number} 号已办结。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="495"/>
        <source>{number} accepted (受理).</source>
        <translation>{number} 号已受理。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="497"/>
        <source>{number}: the citizen was told at once which materials to supplement (补正告知).</source>
        <translation>{number} 号已一次性告知需补正的材料。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="499"/>
        <source>{number} not accepted (不予受理).</source>
        <translation>{number} 号不予受理，已告知申请人。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="500"/>
        <source>{number}: question answered (咨询).</source>
        <translation>{number} 号咨询已答复。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="508"/>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口当前无人等候。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="599"/>
        <source>Extended-hours record saved: {minutes} min, {reason}.</source>
        <translation>延时服务记录已保存：{minutes} 分钟，{reason}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="643"/>
        <source>{number} waits again, ahead of the numbers issued after it.</source>
        <translation>{number} 号已恢复排队，排在此后取号的群众之前。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="678"/>
        <source>Window paused: {reason}</source>
        <translation>已暂停服务：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="686"/>
        <source>Service resumed.</source>
        <translation>已恢复服务。</translation>
    </message>
</context>
<context>
    <name>ClerkForm</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="138"/>
        <source>Back</source>
        <extracomment>The service&apos;s field names whose refusals this form shows under itself.</extracomment>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="101"/>
        <source>Clerk workstation</source>
        <extracomment>The workstation&apos;s body: the queue, 我的台账 or 我的办件.</extracomment>
        <translation>窗口工作台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="114"/>
        <source>Clerk workstation · log in</source>
        <translation>窗口工作台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="131"/>
        <source>Which window are you at today?</source>
        <translation>请选择今天所在的窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="133"/>
        <source>Start work at this window</source>
        <translation>在此窗口开始工作</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="148"/>
        <source>Leave window</source>
        <translation>退出窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="151"/>
        <source>My cases (我的台账)</source>
        <translation>我的台账</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="154"/>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="417"/>
        <source>Your bad ratings, the matters sent to your window, your rectification items</source>
        <translation>您的差评、交办到本窗口的办不成事、由您负责的整改事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="158"/>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="342"/>
        <source>My applications (我的办件)</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="161"/>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="425"/>
        <source>Applications accepted at this window (受理) whose result is not yet issued</source>
        <translation>本窗口已受理、尚未出件的办件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="184"/>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="529"/>
        <source>No ticket in hand</source>
        <translation>当前无办理中的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="236"/>
        <source>Press F1 to call the next citizen.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="265"/>
        <source>My lines</source>
        <translation>本窗口业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="272"/>
        <source>Call a chosen number…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="274"/>
        <source>Call one waiting number ahead of the order, with a reason (指定叫号)</source>
        <translation>不按顺序，呼叫一个指定的等候号码（需选择原因）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="289"/>
        <source>On hold</source>
        <translation>挂起列表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="293"/>
        <source>Call back</source>
        <translation>回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="299"/>
        <source>No-shows (过号)</source>
        <translation>过号（可恢复）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="304"/>
        <source>Back in the queue</source>
        <translation>恢复排队</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="306"/>
        <source>The citizen came back: the number waits again (within the hall&apos;s limit)</source>
        <translation>群众回来了：在大厅规定的时限内恢复排队，号码不变</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="315"/>
        <source>My day</source>
        <translation>今日工作量</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="370"/>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="371"/>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="372"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="373"/>
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="374"/>
        <source>Finish…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="375"/>
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="376"/>
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="377"/>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="519"/>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="419"/>
        <source>{n} open, {late} overdue</source>
        <translation>未办结 {n} 件，其中超期 {late} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="427"/>
        <source>{soon} due soon, {late} overdue</source>
        <translation>即将到期 {soon} 件，已逾期 {late} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="456"/>
        <source>Mail the result of {number} free of charge (免费邮寄)…</source>
        <translation>为 {number} 号免费邮寄办理结果…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="475"/>
        <source>Window {n} · {name}</source>
        <translation>{n}号窗口 · {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="496"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="502"/>
        <source>{hall} · window {n} {name}</source>
        <translation>{hall} · {n}号窗口 {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="509"/>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="510"/>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="511"/>
        <source>Paused: {reason}</source>
        <translation>暂停服务：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="507"/>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="508"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="519"/>
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="546"/>
        <source>Bundle (一件事) {step}</source>
        <translation>一件事 {step}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="555"/>
        <source>Green channel: {reason}</source>
        <translation>绿色通道：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="570"/>
        <source>{prefix} {name}: {n} waiting</source>
        <translation>{prefix} {name}：{n} 人等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="575"/>
        <source>This window serves no business line.</source>
        <translation>本窗口未设置业务类别。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="578"/>
        <source>Next: {numbers}</source>
        <translation>下一位：{numbers}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="580"/>
        <source>Nobody is waiting.</source>
        <translation>暂无等候。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="602"/>
        <source>{number} · {reason} · due {due}</source>
        <translation>{number} · {reason} · {due} 可回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="623"/>
        <source>{number} · no-show at {time}</source>
        <translation>{number} · {time} 过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="635"/>
        <source>Served {served} · no-shows {no_shows} · average wait {wait} min · average service {service} min</source>
        <translation>已办结 {served} 人 · 过号 {no_shows} 人 · 平均等候 {wait} 分钟 · 平均办理 {service} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="644"/>
        <source>served with help (帮代办) {n}</source>
        <translation>帮代办 {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="647"/>
        <source>Ratings {rated}: very satisfied {best}, satisfied {good}, bad {bad}; not rated {none}</source>
        <translation>评价 {rated} 次：非常满意 {best}，满意 {good}，差评 {bad}；未评价 {none}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="723"/>
        <source>issued {time}</source>
        <translation>{time} 取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="727"/>
        <source>waited {m} min</source>
        <translation>等候 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="728"/>
        <source>called {n} times</source>
        <translation>已叫 {n} 次</translation>
    </message>
</context>
<context>
    <name>CourierController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="39"/>
        <source>The courier window is for the hall&apos;s staff.</source>
        <translation>免费邮寄窗口仅供大厅工作人员使用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="78"/>
        <source>Dispatches</source>
        <translation>寄递列表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="88"/>
        <source>New dispatch</source>
        <translation>新建寄递登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/controller.py" line="89"/>
        <source>Monthly figures</source>
        <translation>月度统计</translation>
    </message>
</context>
<context>
    <name>CourierFigures</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="141"/>
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="143"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="145"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="148"/>
        <source>Free courier dispatches by month of entry</source>
        <translation>免费邮寄按登记月份统计</translation>
    </message>
</context>
<context>
    <name>CourierForm</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="67"/>
        <source>Free courier dispatch</source>
        <translation>免费邮政速递登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="78"/>
        <source>Street, building, room</source>
        <translation>街道、楼栋、门牌号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="82"/>
        <source>Results to the citizen</source>
        <translation>结果寄给群众</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="84"/>
        <source>Collect materials from the citizen (两端寄递)</source>
        <translation>向群众收取材料（两端寄递）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="94"/>
        <source>Certificate or approval</source>
        <translation>证照或批文名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="103"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="105"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="106"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="107"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="108"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="109"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="110"/>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="111"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="112"/>
        <source>Direction</source>
        <translation>寄递方向</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="113"/>
        <source>Carrier</source>
        <translation>承运</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="114"/>
        <source>Cost borne by the hall (yuan)</source>
        <translation>大厅承担费用（元）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="119"/>
        <source>What is sent</source>
        <translation>寄递内容</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="122"/>
        <source>Save dispatch</source>
        <translation>保存寄递登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="131"/>
        <source>Choose the province</source>
        <translation>请选择省份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="132"/>
        <source>Choose the province first</source>
        <translation>请先选择省份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="133"/>
        <source>None, or choose the city first</source>
        <translation>无区县，或请先选择城市</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="171"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CourierFormController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="271"/>
        <source>Dispatch K{id:05d} saved: waiting for hand-over to {carrier}.</source>
        <translation>寄递单 K{id:05d} 已保存，等待交寄{carrier}。</translation>
    </message>
</context>
<context>
    <name>CourierList</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="125"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="127"/>
        <source>Last 4 digits</source>
        <translation>手机后四位</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="130"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="137"/>
        <source>All</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="140"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="168"/>
        <source>Waybill number for hand-over</source>
        <translation>交寄运单号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="170"/>
        <source>Hand over</source>
        <translation>交寄</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="171"/>
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="173"/>
        <source>Why it came back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="176"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="177"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="178"/>
        <source>Print slip</source>
        <translation>打印寄递单</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="182"/>
        <source>Print the day&apos;s manifest</source>
        <translation>打印当日交寄清单</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="233"/>
        <source>Look-up only: phone numbers and addresses are masked.</source>
        <translation>仅供查询：手机号和地址已脱敏显示。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="248"/>
        <source>{n} dispatches, cost {cost} yuan, {returned} returned</source>
        <translation>共 {n} 单，费用 {cost} 元，退回 {returned} 单</translation>
    </message>
</context>
<context>
    <name>CourierListController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="339"/>
        <source>K{id:05d}: {status}</source>
        <translation>K{id:05d}：{status}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="375"/>
        <source>No document printer (A4/A5): choose one as document_printer in the settings, or set a default printer.</source>
        <translation>没有可用的文书打印机（A4/A5）：请在设置中指定 document_printer，或设置系统默认打印机。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="382"/>
        <source>Not printed: {reason} Print it again once the printer is ready.</source>
        <translation>未打印：{reason}打印机就绪后请重新打印。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="411"/>
        <source>Dispatch slip K{id:05d} printed.</source>
        <translation>寄递单 K{id:05d} 已打印。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="438"/>
        <source>Manifest of {day} printed: {n} dispatches.</source>
        <translation>{day} 交寄清单已打印：共 {n} 单。</translation>
    </message>
</context>
<context>
    <name>CourierWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="446"/>
        <source>Courier window</source>
        <translation>免费邮寄窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="446"/>
        <source>Courier window · log in</source>
        <translation>免费邮寄窗口 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="450"/>
        <source>{hall} · courier window</source>
        <translation>{hall} · 免费邮寄窗口</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="46"/>
        <source>Copy log path</source>
        <translation>复制日志路径</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="50"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="67"/>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="70"/>
        <source>The details are in the log file:
{path}
Please give it to your administrator.</source>
        <translation>详细信息已记录在日志文件中：
{path}
请提供给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="79"/>
        <source>Something went wrong</source>
        <translation>程序出现问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="81"/>
        <source>The program ran into a problem it did not expect. Check that your last action was saved; if something looks wrong, close the program and start it again.</source>
        <translation>程序遇到了意外问题。请确认刚才的操作已保存；如有异常，请关闭程序后重新打开。</translation>
    </message>
</context>
<context>
    <name>DataLifeFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="42"/>
        <source>Data kept and backups (数据保存与备份)</source>
        <translation>数据保存与备份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="43"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="50"/>
        <source>Never</source>
        <translation>不归档</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="56"/>
        <source>Empty: no daily backup</source>
        <translation>不填：不做每日备份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="57"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="66"/>
        <source> files</source>
        <translation> 份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="70"/>
        <source>No warning</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="73"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="81"/>
        <source>Citizens&apos; personal data kept</source>
        <translation>群众个人信息保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="85"/>
        <source>Courier recipients kept</source>
        <translation>邮寄收件信息保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="91"/>
        <source>After this time names, mobiles and ID numbers are erased every day; the statistics stay. Open cases keep the caller&apos;s phone until they are closed.</source>
        <translation>超过保存期限的姓名、手机号和身份证号每天自动清除，统计数字不受影响；未办结的台账保留回访电话，办结后再清除。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="98"/>
        <source>Move the log to the archive after</source>
        <translation>操作日志归档</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="101"/>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="115"/>
        <source>Daily backup folder</source>
        <translation>每日备份文件夹</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="102"/>
        <source>Backups kept</source>
        <translation>保留备份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="103"/>
        <source>Warn without a backup for</source>
        <translation>未备份提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="107"/>
        <source>A single-PC hall copies its database there once a day. A hall on PostgreSQL is backed up on the server (hall-desktop db backup).</source>
        <translation>单机大厅每天把数据库复制到该文件夹一次。使用 PostgreSQL 的大厅请在数据库服务器上备份（hall-desktop db backup）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="145"/>
        <source>No backup has been made yet.</source>
        <translation>尚未备份过。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="147"/>
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="147"/>
        <source>by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="148"/>
        <source>Last backup: {at} ({how}, {size})</source>
        <translation>上次备份：{at}（{how}，{size}）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="154"/>
        <source>No backup has been made yet: please back up.</source>
        <translation>尚未备份过，请立即备份。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/data_life.py" line="156"/>
        <source> — more than {days} days ago: please back up.</source>
        <translation>——已超过 {days} 天，请立即备份。</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_widgets.py" line="214"/>
        <source>lunch {start}–{end}</source>
        <translation>午休 {start}–{end}</translation>
    </message>
</context>
<context>
    <name>DbAccountsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="291"/>
        <source>Make a new password for {account} ({used_for})? The old one stops working at once: the PCs that use this account cannot connect until the new password is entered on them.</source>
        <translation>为 {account}（{used_for}）生成新密码？原密码立即失效：使用这个账号的电脑在输入新密码之前无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="298"/>
        <source>This PC is connected with this account: enter the new password here too ({command}) before the program is started again.</source>
        <translation>本电脑正在使用这个账号：再次启动程序之前，请在本电脑上也输入新密码（{command}）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="303"/>
        <source>New database password</source>
        <translation>生成数据库账号新密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="316"/>
        <source>{account} has a new password; enter it on its PC.</source>
        <translation>已为 {account} 生成新密码，请到使用该账号的电脑上输入。</translation>
    </message>
</context>
<context>
    <name>DbAccountsModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="50"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="51"/>
        <source>Used for</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="52"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="73"/>
        <source>Deleted on the server</source>
        <translation>服务器上已删除</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="75"/>
        <source>May not log in</source>
        <translation>不可登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="76"/>
        <source>Can log in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="92"/>
        <source>{used_for} (this PC)</source>
        <translation>{used_for}（本电脑）</translation>
    </message>
</context>
<context>
    <name>DbAccountsPage</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="121"/>
        <source>Each kind of PC connects to the database with an account of its own, which may do only what that PC does, in this hall only. When a PC&apos;s password is lost or known to too many people, make a new one here and enter it on that PC with {command}.</source>
        <translation>每类电脑用各自的数据库账号连接数据库，只能做这类电脑该做的事，且只限本大厅。某台电脑的密码遗失或知道的人太多时，请在这里生成新密码，再在那台电脑上用 {command} 输入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="130"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="132"/>
        <source>New password…</source>
        <translation>生成新密码…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="140"/>
        <source>This hall&apos;s database accounts</source>
        <translation>本大厅的数据库账号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="167"/>
        <source>A single-PC SQLite database is used by this computer only and is protected by its file permissions: it needs no database accounts.</source>
        <translation>单机 SQLite 数据库只有一台电脑使用，由文件权限保护，不需要数据库账号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="174"/>
        <source>This hall has no database accounts yet: every PC connects with the same account. The hall&apos;s IT staff make them once, with the database owner&apos;s account:

    {command}

Then each PC&apos;s account and its password are entered on that PC.</source>
        <translation>本大厅还没有数据库账号，各电脑目前共用同一个账号连接数据库。请 IT 人员用数据库所有者账号运行一次：

    {command}

然后在每台电脑上填写该电脑的账号并输入其密码。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="245"/>
        <source>Hall display</source>
        <extracomment>With ``pg_roles``: each kind of PC&apos;s own database (disposed with the hall).</extracomment>
        <translation>大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="246"/>
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="247"/>
        <source>Window 1 terminal</source>
        <translation>1号窗口评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="250"/>
        <source>Clerk at window {n}</source>
        <translation>{n}号窗口工作台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="264"/>
        <source>Demo hall</source>
        <translation>演示大厅</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="66"/>
        <source>This account cannot use the issuing desk (guides and supervisors only).</source>
        <translation>此账号不能使用导办台（仅限导办员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="149"/>
        <source>No slip printer is set: numbers are issued without a slip.</source>
        <extracomment>一人一号: what the ID limits refused (a line, or a bundle), for 主管授权.</extracomment>
        <translation>未设置小票打印机：可以取号，但不会打印小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="185"/>
        <source>Your account was deactivated by an administrator.</source>
        <translation>您的账号已被管理员停用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="249"/>
        <source>Choose why this citizen takes the green channel</source>
        <translation>请选择绿色通道的原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="377"/>
        <source>Number {number} issued, but the slip was not printed: {reason} You can reprint it.</source>
        <translation>已取号 {number}，但小票未打印：{reason} 可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="387"/>
        <source>Number {number} issued, but printing failed; see the log. You can reprint it.</source>
        <translation>已取号 {number}，但打印失败（详见日志），可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="394"/>
        <source>Slip of {number} reprinted.</source>
        <translation>已补打 {number} 的小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="396"/>
        <source>Number {number} issued: {ahead} ahead, {wait}.</source>
        <translation>已取号 {number}：前面还有 {ahead} 人，预计等候：{wait}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="430"/>
        <source>Cancel a number</source>
        <translation>取消排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="431"/>
        <source>The citizen with {number} has left: cancel this number?</source>
        <translation>持 {number} 号的群众已离开，确定取消此号吗？</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="447"/>
        <source>Number {number} waits again, keeping its place by issue time.</source>
        <translation>{number} 号已恢复排队，按取号时间排序。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="462"/>
        <source>Help recorded for {number}: {kind}, {group}.</source>
        <translation>已登记 {number} 的帮代办：{kind}，{group}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="478"/>
        <source>Number {number} cancelled.</source>
        <translation>已取消 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="497"/>
        <source>Consultation recorded.</source>
        <translation>已登记一次答疑。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="135"/>
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="145"/>
        <source>Issuing desk · log in</source>
        <translation>导办台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="158"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="170"/>
        <source>One-visit bundles (一件事一次办)</source>
        <translation>一件事一次办（一个号办完全程）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="179"/>
        <source>Click a business line (or press its key) to issue a number.</source>
        <translation>点击业务类别（或按对应功能键）即可取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="181"/>
        <source>Supervisor authorisation (主管授权)</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="187"/>
        <source>Citizen (optional)</source>
        <translation>群众信息（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="190"/>
        <location filename="../../hall_desktop/ui/desk/window.py" line="202"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="192"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="195"/>
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="205"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="208"/>
        <source>ID number</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="213"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="215"/>
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="234"/>
        <source>Last ticket</source>
        <translation>刚取的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="245"/>
        <location filename="../../hall_desktop/ui/desk/window.py" line="339"/>
        <source>Today&apos;s tickets</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="256"/>
        <source>Reprint last</source>
        <translation>补打上一张</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="257"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="258"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="259"/>
        <source>Citizen left: cancel</source>
        <translation>群众离开，取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="260"/>
        <source>Back in the queue</source>
        <translation>恢复排队</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="262"/>
        <source>A no-show (过号) or cancelled number of today waits again, keeping its number</source>
        <translation>今天过号或已取消的号恢复排队，号码不变</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="281"/>
        <source>Record help (帮代办)</source>
        <translation>登记帮代办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="283"/>
        <source>The selected number was served with help: how, and for whom</source>
        <translation>所选号码由工作人员帮办、代办或陪办：选择方式和对象</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="288"/>
        <source>Who helped</source>
        <translation>帮办人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="299"/>
        <source>Matter not done (办不成事)…</source>
        <translation>办不成事登记…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="301"/>
        <source>A matter the citizen could not get done: record it for the hall to solve</source>
        <translation>群众反映办不成的事：登记后由中心协调解决</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="304"/>
        <source>Questions answered (答疑解惑)</source>
        <translation>答疑解惑（首问负责）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="309"/>
        <source>Question (optional)</source>
        <translation>问题（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="312"/>
        <source>Answer given (optional)</source>
        <translation>答复（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="314"/>
        <source>Answered +1  [F12]</source>
        <translation>答疑 +1  [F12]</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="340"/>
        <source>Appointments (预约签到)</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="364"/>
        <source>{hall} · issuing desk</source>
        <translation>{hall} · 导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="369"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="426"/>
        <source>Today: {count} (mine: {mine})</source>
        <translation>今日 {count} 次（本人 {mine} 次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="438"/>
        <source>Helped today: {n}</source>
        <translation>今日帮代办 {n}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="457"/>
        <source>{line} · {ahead} ahead · {wait}</source>
        <translation>{line} · 前面 {ahead} 人 · {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="638"/>
        <source>Aged 60 or over: use the green channel (elderly)?</source>
        <translation>年满60周岁：点此走绿色通道（老年人）</translation>
    </message>
</context>
<context>
    <name>DispatchModel</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="81"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="82"/>
        <source>Entered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="83"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="84"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="85"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="86"/>
        <source>Contents</source>
        <translation>寄递内容</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="88"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="91"/>
        <source>Hall display</source>
        <extracomment>The called number and its window, equally large: the window is what a citizen needs. 一件事: the step of a bundle&apos;s number (&quot;第2步/共3步&quot;), a small line under the number.</extracomment>
        <translation>大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="120"/>
        <location filename="../../hall_desktop/ui/display/window.py" line="402"/>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="136"/>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="154"/>
        <source>No calls yet today</source>
        <translation>今日暂无叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="163"/>
        <source>Windows</source>
        <translation>窗口状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="179"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="212"/>
        <source>{hall} - hall display</source>
        <translation>{hall} - 大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="397"/>
        <source>→ Window {n}</source>
        <translation>→ {n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="402"/>
        <source>Recalling</source>
        <translation>重复呼叫</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="408"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="413"/>
        <source>Please listen for your number</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="432"/>
        <source>Not open</source>
        <translation>未开放</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="434"/>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="435"/>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="436"/>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="490"/>
        <source>{n} people</source>
        <translation>{n}人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="433"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="445"/>
        <location filename="../../hall_desktop/ui/display/window.py" line="478"/>
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="528"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>DistrictController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="85"/>
        <source>Save the table</source>
        <translation>保存汇总表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="103"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="126"/>
        <source>Save the township&apos;s items</source>
        <translation>保存乡镇事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="128"/>
        <source>{hall} will serve {count} of the centre&apos;s items: {added} added, {removed} no longer served. Save?</source>
        <translation>“{hall}”将办理中心事项目录中的 {count} 项：新增 {added} 项，停办 {removed} 项。确定保存吗？</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="142"/>
        <source>Saved: {added} items added, {removed} no longer served.</source>
        <translation>已保存：新增 {added} 项，停办 {removed} 项。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="154"/>
        <source>Carry the centre&apos;s edits over</source>
        <translation>同步中心目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="156"/>
        <source>Copy the names, departments and promised days of the centre&apos;s items, and stop the items the centre stopped, in all {count} townships?</source>
        <translation>将中心事项的名称、实施部门和承诺时限同步到全部 {count} 个乡镇，并停用中心已停用的事项？</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="171"/>
        <source>The townships&apos; items already match the centre&apos;s.</source>
        <translation>各乡镇的事项已与中心目录一致，无需同步。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district_controller.py" line="174"/>
        <source>Carried over to {halls} townships ({items} items).</source>
        <translation>已同步到 {halls} 个乡镇大厅（共 {items} 项）。</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="63"/>
        <source>Halls side by side</source>
        <translation>各大厅对比</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="64"/>
        <source>Township items</source>
        <translation>乡镇事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="75"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="76"/>
        <source>Table as Excel (XLSX)</source>
        <translation>汇总表（Excel）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="76"/>
        <source>Table as CSV</source>
        <translation>汇总表（CSV）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="91"/>
        <source>The total adds up each hall&apos;s counts; its rates are the shares of those sums, not averages of the halls&apos; rates. Waiting medians cannot be added up.</source>
        <translation>合计行为各大厅数量相加；合计的比率按合计数计算，不是各大厅比率的平均。等候时间中位数不能相加，合计不列。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="111"/>
        <source>Name, code or department</source>
        <translation>事项名称、编码或部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="122"/>
        <source>Select all shown</source>
        <translation>全选（当前列表）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="123"/>
        <source>Clear all shown</source>
        <translation>全不选（当前列表）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="127"/>
        <source>Carry the centre&apos;s edits over</source>
        <translation>同步中心目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="130"/>
        <source>Names, departments and promised days of the centre&apos;s items, and the items it stopped, are copied to every township&apos;s items of the same code.</source>
        <translation>把中心事项的名称、类别、部门、承诺时限以及停用情况，同步到各乡镇同编码的事项。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="135"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="140"/>
        <source>Township</source>
        <translation>乡镇大厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="185"/>
        <source>District %1: the centre and %2 township halls</source>
        <translation>区县：%1（中心及 %2 个乡镇大厅）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="197"/>
        <source>%1 to %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="210"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="211"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/district.py" line="245"/>
        <source>%1 of %2 items chosen (%3 to add, %4 to remove)</source>
        <translation>已选 %1 / %2 项（新增 %3，停办 %4）</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="184"/>
        <source>Leave the kiosk</source>
        <translation>退出自助取号机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="186"/>
        <source>Staff only: a supervisor or an administrator signs to close.</source>
        <translation>仅限工作人员：请负责人或系统管理员输入本人账号和密码后退出。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="193"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="194"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="195"/>
        <source>Close the kiosk</source>
        <translation>退出取号机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="197"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExtendedController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="535"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="577"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="583"/>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
</context>
<context>
    <name>ExtendedList</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="170"/>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="173"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="177"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="178"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="179"/>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="252"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="180"/>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="253"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="181"/>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="257"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="203"/>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="230"/>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="313"/>
        <source>Enter a record</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="204"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="205"/>
        <source>Monthly report (PDF)</source>
        <translation>导出月报（PDF）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="206"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="241"/>
        <source>What was done</source>
        <translation>办理的事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="251"/>
        <source>Service day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="254"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="255"/>
        <source>Finished</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="256"/>
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="258"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="267"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="283"/>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="284"/>
        <source>All clerks</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="291"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="303"/>
        <source>{n} records, {minutes} min in all ({hours} h {rest} min)</source>
        <translation>共 {n} 条记录，合计延时 {minutes} 分钟（{hours} 小时 {rest} 分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="370"/>
        <source>The hall has no hours on {day}.</source>
        <translation>{day} 大厅不营业，不能登记延时服务。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="377"/>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="411"/>
        <source>Closing time that day: {time}</source>
        <translation>当日下班时间：{time}（延时从此时起算）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="405"/>
        <source>Edit record</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>ExtendedPrompt</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="40"/>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="42"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="67"/>
        <source>Extended hours: {number} finished at {time}, {minutes} min after closing. Why?</source>
        <translation>延时服务：{number} 号于 {time} 办结，超过下班时间 {minutes} 分钟。请选择原因：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/extended_prompt.py" line="70"/>
        <source>({n} waiting)</source>
        <translation>（共 {n} 条待填写）</translation>
    </message>
</context>
<context>
    <name>ExtendedRecordModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="89"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="90"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="91"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="92"/>
        <source>Number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="93"/>
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="94"/>
        <source>Closing</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="95"/>
        <source>Finished</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="96"/>
        <source>Minutes</source>
        <translation>延时（分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="97"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="98"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="118"/>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="126"/>
        <source>to be completed</source>
        <translation>待填写</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="268"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="269"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>FiguresController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="211"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="217"/>
        <source>Save the monthly figures</source>
        <translation>保存月度统计</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="49"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="50"/>
        <source>Dispatches</source>
        <translation>寄递件数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="51"/>
        <source>Documents</source>
        <translation>材料份数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="52"/>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="53"/>
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="54"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="55"/>
        <source>Under way</source>
        <translation>在途/待交寄</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="56"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="57"/>
        <source>Collections</source>
        <translation>两端寄递（收件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="83"/>
        <source>Month {n}</source>
        <translation>{n} 月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="88"/>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="92"/>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/figures.py" line="95"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="172"/>
        <source>Booking code, ID number or mobile</source>
        <translation>预约码、身份证号或手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="174"/>
        <source>Find</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="183"/>
        <source>Move to the chosen slot</source>
        <translation>改约到所选时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="184"/>
        <source>Cancel the booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="196"/>
        <source>Move to:</source>
        <translation>改约到：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="206"/>
        <source>No booking found.</source>
        <translation>没有找到预约。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="226"/>
        <source>Choose a booking and the slot to move it to.</source>
        <translation>请选择要改约的预约和新的时段。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="234"/>
        <source>Choose a booking first.</source>
        <translation>请先选择一条预约。</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="495"/>
        <source>Record an inspection finding (督查)</source>
        <translation>登记督查问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="497"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="500"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="500"/>
        <source>Not at a window</source>
        <translation>不在窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="502"/>
        <source>Or place</source>
        <translation>或地点</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="504"/>
        <source>e.g. the waiting area</source>
        <translation>如：等候区</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="505"/>
        <source>Inspector</source>
        <translation>督查人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="511"/>
        <source>Date</source>
        <translation>督查日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="512"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="512"/>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="514"/>
        <source>Staff concerned</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="514"/>
        <source>Nobody in particular</source>
        <translation>不涉及具体人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="516"/>
        <source>Owner</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="516"/>
        <source>Not named</source>
        <translation>暂不指定</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="517"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="520"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="520"/>
        <source>Set</source>
        <translation>指定</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="174"/>
        <source>Finish: what was handled</source>
        <translation>办结：选择办理的事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="174"/>
        <source>Confirm finish</source>
        <translation>确认办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="180"/>
        <source>Type a name or code to find service items</source>
        <translation>输入事项名称或编码查找</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="201"/>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="204"/>
        <source>Missing materials, one per line (printed on the notification letter)</source>
        <translation>需补正的材料，每行一项（打印在一次性告知书上）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="209"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="212"/>
        <source>Served with help (帮代办)</source>
        <translation>帮代办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="310"/>
        <source>List the missing materials: they are printed on the letter.</source>
        <translation>请填写需补正的材料，将打印在一次性告知书上。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="317"/>
        <source>No service item is ticked. Tick what was handled, or press “Confirm finish” again to finish without one.</source>
        <translation>尚未勾选办理事项。请勾选本次办理的事项，或再按一次“确认办结”不选事项直接办结。</translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="70"/>
        <source>Serve this line today</source>
        <translation>今日协办该业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="72"/>
        <source>End today&apos;s help</source>
        <translation>结束今日协办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="76"/>
        <source>Message (optional)</source>
        <translation>留言（可不填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="77"/>
        <source>Ask to resume</source>
        <translation>提醒恢复服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="81"/>
        <source>A short notice for the hall display</source>
        <translation>在大屏滚动显示的临时公告</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="85"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="86"/>
        <source>Show on the display</source>
        <translation>发布到大屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="88"/>
        <source>Withdraw the notice</source>
        <translation>撤回大屏通知</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="90"/>
        <source>The display goes back to the hall&apos;s own ticker text now.</source>
        <translation>大屏立即恢复显示大厅自己的滚动公告。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="93"/>
        <source>Patrol…</source>
        <translation>巡查登记…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="96"/>
        <source>Selected window:</source>
        <translation>所选窗口：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="102"/>
        <source>Display:</source>
        <translation>大屏：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="109"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="115"/>
        <source>Lines</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="122"/>
        <source>What was done</source>
        <translation>处理情况（如：已安排3号窗口协办）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="123"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="129"/>
        <source>Alerts</source>
        <translation>监控提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="153"/>
        <source>Issued today</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="154"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="155"/>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="156"/>
        <source>Waiting now</source>
        <translation>正在等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="157"/>
        <source>Good ratings</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="158"/>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="159"/>
        <source>Open alerts</source>
        <translation>未处理提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="179"/>
        <source>As of %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>FormFeedback</name>
    <message>
        <location filename="../../hall_desktop/ui/widgets/forms.py" line="277"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
</context>
<context>
    <name>HallApplications</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="222"/>
        <source>Applications due soon or overdue (限时办结)</source>
        <translation>即将到期和已逾期的办件（限时办结）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="227"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="230"/>
        <source>Due from</source>
        <translation>办结期限从</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="232"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="236"/>
        <source>On-time rate (按时办结率)</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="247"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="249"/>
        <source>By item</source>
        <translation>按事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="263"/>
        <source>{n} due in the period, {on_time} on time: {rate}</source>
        <translation>期内到期 {n} 件，按时办结 {on_time} 件，按时办结率 {rate}</translation>
    </message>
</context>
<context>
    <name>HallApplicationsController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/applications.py" line="389"/>
        <source>The first day is after the last.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>HallFiguresModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="42"/>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="43"/>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="44"/>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="45"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="46"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="47"/>
        <source>Wait median</source>
        <translation>等候中位数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="48"/>
        <source>Wait p90</source>
        <translation>等候P90</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="49"/>
        <source>Called in time</source>
        <translation>按时叫号率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="50"/>
        <source>Good ratings</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="51"/>
        <source>Rated</source>
        <translation>主动评价率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="52"/>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="53"/>
        <source>Extended hours</source>
        <translation>延时服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="54"/>
        <source>Free courier</source>
        <translation>免费邮寄</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="55"/>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="64"/>
        <source>District total</source>
        <translation>全区县合计</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="65"/>
        <source> (centre)</source>
        <translation>（中心）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="101"/>
        <source>Medians are not added up: see each hall&apos;s.</source>
        <translation>中位数不能相加，请看各大厅的数值。</translation>
    </message>
</context>
<context>
    <name>HardCaseIntake</name>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="51"/>
        <source>Matters that could not be done (办不成事) · intake</source>
        <extracomment>The service&apos;s field names → the field whose error line shows the refusal.</extracomment>
        <translation>办不成事登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="53"/>
        <source>Record a matter that could not be done (办不成事登记)</source>
        <translation>办不成事登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="56"/>
        <source>What the citizen wanted to get done</source>
        <translation>群众想办成的事</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="62"/>
        <source>e.g. X003 (optional)</source>
        <translation>如 X003（可不填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="65"/>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="67"/>
        <source>Mobile, for the answer</source>
        <translation>手机号码，用于答复</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="71"/>
        <source>What happened: where it got stuck, what the citizen was told</source>
        <translation>具体情况：卡在哪个环节，已向群众作何说明</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="83"/>
        <source>Request</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="85"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="86"/>
        <source>Level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="87"/>
        <source>Ticket held</source>
        <translation>所持号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="90"/>
        <source>Citizen</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="91"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="93"/>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="112"/>
        <source>Record the matter</source>
        <translation>登记办不成事</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/hard_case.py" line="172"/>
        <source>Recorded as {code}: {request}</source>
        <translation>已登记，编号 {code}：{request}</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="340"/>
        <source>Hold the ticket (挂起)</source>
        <translation>挂起当前号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="340"/>
        <source>Confirm hold</source>
        <translation>确认挂起</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="346"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="351"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="351"/>
        <source>Due for call-back in</source>
        <translation>多久后可回呼</translation>
    </message>
</context>
<context>
    <name>HotlineController</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="44"/>
        <source>The appointment hotline is for guides and supervisors.</source>
        <translation>预约服务热线只供导办员和负责人使用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="160"/>
        <source>{code} moved to {day} {slot}.</source>
        <translation>预约 {code} 已改到 {day} {slot}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="175"/>
        <source>{code} cancelled; its place is free again.</source>
        <translation>预约 {code} 已取消，名额已释放。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="189"/>
        <source>Import online bookings</source>
        <translation>导入网上预约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="192"/>
        <source>Platform exports (*.xlsx *.csv)</source>
        <translation>平台导出文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/controller.py" line="231"/>
        <source>{count} online bookings imported.</source>
        <translation>已导入 {count} 条网上预约。</translation>
    </message>
</context>
<context>
    <name>HotlineWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="286"/>
        <source>Appointment hotline</source>
        <translation>预约服务热线</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="286"/>
        <source>Appointment hotline · log in</source>
        <translation>预约服务热线 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="290"/>
        <source>Book</source>
        <translation>电话预约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="291"/>
        <source>Find, move, cancel</source>
        <translation>查询、改约、取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="292"/>
        <source>Import online bookings</source>
        <translation>导入网上预约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="295"/>
        <source>{hall} · appointment hotline</source>
        <translation>{hall} · 预约服务热线</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="315"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>HoursController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="141"/>
        <source>Nothing saved: correct the marked weekdays first.</source>
        <translation>未保存：请先更正标红的日期。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="151"/>
        <source>Weekly hours saved. Other PCs follow them within a minute.</source>
        <translation>每周营业时间已保存，其他电脑将在一分钟内生效。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="178"/>
        <source>{day} saved. Other PCs follow it within a minute.</source>
        <translation>{day} 已保存，其他电脑将在一分钟内生效。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="194"/>
        <source>{day} follows the weekly hours again.</source>
        <translation>{day} 已恢复按每周营业时间。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="212"/>
        <source>The holidays of {year} were imported from chinesecalendar.</source>
        <translation>已从 chinesecalendar 导入 {year} 年的节假日。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="221"/>
        <source>Confirm a year&apos;s holidays</source>
        <translation>确认年度节假日安排</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="223"/>
        <source>Have the holidays of {year} been checked against the State Council&apos;s notice and its make-up workdays entered? The reminders about {year} then go away.</source>
        <translation>{year} 年的节假日是否已按国务院办公厅通知核对，并已录入调休上班日？确认后将不再提示 {year} 年待确认。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="234"/>
        <source>The holidays of {year} are confirmed ({count} days).</source>
        <translation>{year} 年节假日安排已确认（共 {count} 天）。</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="86"/>
        <source>Opening hours and calendar</source>
        <translation>营业时间与日历</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="95"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="103"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="96"/>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="97"/>
        <source>Open on holiday</source>
        <translation>节假日开放</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="98"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="106"/>
        <source>Closed</source>
        <translation>闭厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="99"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="107"/>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="104"/>
        <source>Make-up</source>
        <translation>调休</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="105"/>
        <source>Holiday open</source>
        <translation>假日开放</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="109"/>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="115"/>
        <source>Opening hours and holiday calendar</source>
        <translation>营业时间与节假日日历</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="185"/>
        <source>Save weekly hours</source>
        <translation>保存每周营业时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="187"/>
        <source>Other PCs follow new hours within a minute.</source>
        <translation>其他电脑将在一分钟内按新时间执行。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="189"/>
        <source>Weekly opening hours</source>
        <translation>每周营业时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="206"/>
        <source>Open</source>
        <translation>营业</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="278"/>
        <source>Opens</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194"/>
        <source>Closes</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="194"/>
        <source>Lunch</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="195"/>
        <source>Lunch from</source>
        <translation>午休开始</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="195"/>
        <source>Lunch until</source>
        <translation>午休结束</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="207"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="284"/>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="229"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="645"/>
        <source>A single day</source>
        <translation>单日设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="233"/>
        <source>Click a day in the month to mark a holiday, a make-up workday (调休) or a holiday opening with its own hours.</source>
        <translation>点击月历中的日期，可设为节假日、调休上班日，或节假日开放（单独设置营业时间）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="262"/>
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="266"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="268"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="273"/>
        <source>Own hours</source>
        <translation>当日营业时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="302"/>
        <source>Back to weekly hours</source>
        <translation>恢复按每周时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="304"/>
        <source>Save day</source>
        <translation>保存当日设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="321"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="323"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="324"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="352"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="402"/>
        <source>Connection lost: changes cannot be saved. Click Reload to try again.</source>
        <translation>连接中断，暂时无法保存。请点击“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="428"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="457"/>
        <source>Confirm {year}</source>
        <translation>确认 {year} 年</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="460"/>
        <source>The holidays of {year} are checked against the State Council&apos;s notice and its make-up workdays (调休) are entered</source>
        <translation>{year} 年的节假日已按国务院办公厅通知核对，调休上班日已录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="485"/>
        <source>Holidays of {year}: imported from chinesecalendar</source>
        <translation>{year} 年节假日：从 chinesecalendar 导入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="491"/>
        <source>Holidays of {year}: confirmed</source>
        <translation>{year} 年节假日：已确认</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="491"/>
        <source>{year}: confirmed</source>
        <translation>{year} 年：已确认</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="495"/>
        <source>Holidays of {year}: chinesecalendar&apos;s, not imported yet</source>
        <translation>{year} 年节假日：暂按 chinesecalendar，尚未导入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="497"/>
        <source>{year}: not imported yet</source>
        <translation>{year} 年：尚未导入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="501"/>
        <source>Holidays of {year}: computed, to be confirmed</source>
        <translation>{year} 年节假日：按推算预填，待确认</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="503"/>
        <source>{year}: computed, to be confirmed</source>
        <translation>{year} 年：推算，待确认</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="515"/>
        <source>The holidays and make-up workdays of {year} are not confirmed yet. chinesecalendar knows them: import them now.</source>
        <translation>{year} 年的节假日和调休上班日尚未确认。chinesecalendar 已有该年数据，请立即导入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="520"/>
        <source>The statutory holidays of {year} are computed and still to be confirmed; the hall is already closed on them. When the State Council publishes the arrangement for {year}, check them, enter the make-up workdays and confirm {year}.</source>
        <translation>{year} 年的法定节假日系按规则推算预填，待确认；大厅在这些日子已按节假日闭厅。国务院办公厅公布 {year} 年安排后，请核对节假日、录入调休上班日并确认 {year} 年。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="450"/>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="526"/>
        <source>Import {year}</source>
        <translation>导入 {year} 年</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="452"/>
        <source>Take the holidays and make-up workdays of {year} from chinesecalendar</source>
        <translation>从 chinesecalendar 导入 {year} 年的节假日和调休上班日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="487"/>
        <source>{year}: chinesecalendar</source>
        <translation>{year} 年：chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="477"/>
        <source>Calendar years: </source>
        <translation>日历年度：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="528"/>
        <source>Go to January {year}</source>
        <translation>转到 {year} 年 1 月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="579"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="581"/>
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="582"/>
        <source>closed</source>
        <translation>不营业</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="585"/>
        <source>Now: {kind}, {hours}, by the weekly hours.</source>
        <translation>当前：{kind}，{hours}，按每周营业时间。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="587"/>
        <source>Now: {kind}{name}, {hours}; computed, to be confirmed.</source>
        <translation>当前：{kind}{name}，{hours}；系推算，待确认。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="589"/>
        <source>Now: {kind}{name}, {hours}.</source>
        <translation>当前：{kind}{name}，{hours}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="653"/>
        <source>The hall does not open on this day.</source>
        <translation>大厅当日不营业。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="657"/>
        <source>A holiday opening (appointments, 不打烊) needs its own hours.</source>
        <translation>节假日开放（预约服务、不打烊）需要设置当日营业时间。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="660"/>
        <source>Without own hours a make-up workday keeps the weekday hours.</source>
        <translation>不单独设置时，调休上班日按工作日营业时间执行。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="248"/>
        <source>Choose the platform&apos;s export (CSV/XLSX)…</source>
        <translation>选择平台导出的文件（CSV/XLSX）…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="249"/>
        <source>Import all</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/hotline/window.py" line="276"/>
        <source>{file}: {count} bookings, all valid. Import them?</source>
        <translation>{file}：共 {count} 条预约，全部有效。确认导入吗？</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="330"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="331"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="332"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="333"/>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="334"/>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="335"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="336"/>
        <source>Days</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="337"/>
        <source>Changes or reason</source>
        <translation>变更内容或拒绝原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="350"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="351"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="352"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="353"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="359"/>
        <source>code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="360"/>
        <source>name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="361"/>
        <source>category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="362"/>
        <source>department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="363"/>
        <source>promised days</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/catalogue_models.py" line="364"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="241"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="243"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="162"/>
        <source>No device account is set (kiosk_login in the settings file).</source>
        <extracomment>The keypad&apos;s entries and the check-in&apos;s keyword for each.</extracomment>
        <translation>未设置设备账号（设置文件中的 kiosk_login），请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="174"/>
        <source>The device account {login} cannot log in: {reason}</source>
        <translation>设备账号 {login} 无法登录：{reason}。请联系管理员检查设置文件。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="184"/>
        <source>{login} is not a kiosk device account (role: kiosk only).</source>
        <translation>{login} 不是自助取号机的设备账号（只能有“自助取号机”一个角色），请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="209"/>
        <source>The kiosk&apos;s device account was deactivated.</source>
        <translation>本机的设备账号已被停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="283"/>
        <source> For special circumstances please ask at the guidance desk.</source>
        <translation>如有特殊情况，请到导办台咨询。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="290"/>
        <source>No number can be taken here right now: {reason}</source>
        <translation>暂时无法在本机取号：{reason}。请到导办台取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/controller.py" line="339"/>
        <source>The kiosk is not connected to its hall yet.</source>
        <translation>取号机尚未连接到大厅，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="275"/>
        <source>Self-service kiosk</source>
        <translation>自助取号机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="347"/>
        <source>Touch the service you came for</source>
        <translation>请触摸您要办理的业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="353"/>
        <source>Not me: clear</source>
        <translation>不是我，清除</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="368"/>
        <source>Elderly, disabled, pregnant citizens, servicemen and others entitled to the green channel: please go to the guidance desk, staff will serve you first.</source>
        <translation>老年人、残疾人、孕产妇、现役军人等可走绿色通道的群众，请到导办台，工作人员将为您优先办理。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="374"/>
        <source>You may swipe your ID card on the reader below the screen.</source>
        <translation>可在屏幕下方的读卡器上刷身份证。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="377"/>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="461"/>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="409"/>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="475"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="411"/>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="431"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="442"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="465"/>
        <source>Swipe the ID card you booked with, or choose how to find your booking.</source>
        <translation>请刷预约时登记的身份证，或选择查找预约的方式。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="469"/>
        <source>Booking code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="470"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="471"/>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="493"/>
        <source>Out of service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="497"/>
        <source>Please take a number at the guidance desk.</source>
        <translation>请到导办台取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="547"/>
        <source>{ahead} ahead of you, {wait}</source>
        <translation>您前面还有 {ahead} 人，预计等候：{wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="553"/>
        <source>Printing your slip…</source>
        <translation>正在打印小票…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="561"/>
        <source>Please take your slip below.</source>
        <translation>请在下方取走您的小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="566"/>
        <source>The slip could not be printed. Please photograph or write down your number: it is valid. Staff at the guidance desk can print the slip.</source>
        <translation>小票打印失败。请拍照或记下您的号码，号码照常有效；如需小票，请到导办台补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="643"/>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="644"/>
        <source>Swipe your ID card, or enter your ID number</source>
        <translation>请刷身份证，或输入身份证号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="645"/>
        <source>Enter your booking code</source>
        <translation>请输入预约码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="646"/>
        <source>Enter the mobile number you booked with</source>
        <translation>请输入预约时登记的手机号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="651"/>
        <source>One number per person for {line}: the hall asks for your ID number.</source>
        <translation>“{line}”一人一号，取号需要您的身份证号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="654"/>
        <source>The code is in the message you received when you booked.</source>
        <translation>预约码在您预约成功时收到的短信中。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="693"/>
        <source>Nothing entered yet.</source>
        <translation>还没有输入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="716"/>
        <source>The ID card could not be read. Please swipe it again or enter the number.</source>
        <translation>身份证读取有误，请重新刷卡或手动输入身份证号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="728"/>
        <source>ID card read: {number}. Touch your service.</source>
        <translation>已读取身份证：{number}，请选择业务。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="738"/>
        <source>dddd, d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>LedgerController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="147"/>
        <source>The first day is after the last.</source>
        <extracomment>Each step&apos;s service call, with the dialog&apos;s keyword arguments.</extracomment>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="235"/>
        <source>{code}: {step} recorded.</source>
        <translation>{code}：已登记{step}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="242"/>
        <source>Walkthrough {code} recorded.</source>
        <translation>走流程 {code} 已登记。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="249"/>
        <source>Inspection finding {code} recorded.</source>
        <translation>督查问题 {code} 已登记。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="271"/>
        <source>Deadlines saved: cases opened from now on take them.</source>
        <translation>办理期限已保存，新登记的事项按新期限计算。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="283"/>
        <source>Save the case as PDF</source>
        <translation>保存台账（PDF）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="286"/>
        <source>Save the bulletin</source>
        <translation>保存督查通报</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="288"/>
        <source>Save the ledger</source>
        <translation>保存台账列表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="311"/>
        <source>{code} saved to {path}.</source>
        <translation>{code} 已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="331"/>
        <source>Bulletin of {n} findings saved to {path}.</source>
        <translation>督查通报（共 {n} 个问题）已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_controller.py" line="341"/>
        <source>{n} cases saved to {path}.</source>
        <translation>已导出 {n} 件台账到 {path}。</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="364"/>
        <source>All kinds</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="368"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="372"/>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="374"/>
        <source>All staff</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="376"/>
        <source>Overdue only</source>
        <translation>仅超期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="377"/>
        <source>Open only</source>
        <translation>仅未办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="378"/>
        <source>Opened from</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="392"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="396"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="397"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="398"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="399"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="409"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="414"/>
        <source>Record a walkthrough</source>
        <translation>登记走流程</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="416"/>
        <source>Record an inspection finding</source>
        <translation>登记督查问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="418"/>
        <source>Deadlines…</source>
        <translation>办理期限…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="428"/>
        <source>Export the list (XLSX)</source>
        <extracomment>The exports: the list as shown (XLSX), the open case (PDF), the 督查通报 of the figures&apos; period (PDF).</extracomment>
        <translation>导出列表（XLSX）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="429"/>
        <source>This case as PDF</source>
        <translation>本件导出 PDF</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="431"/>
        <source>Inspection bulletin (PDF)</source>
        <translation>督查通报（PDF）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="514"/>
        <source>Only a supervisor records these.</source>
        <translation>只有负责人可以登记。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="549"/>
        <source>{n} cases</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="551"/>
        <source>, {n} overdue and still open</source>
        <translation>，其中超期未办结 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger.py" line="575"/>
        <source>{start} to {end}: bad ratings {bad} (verified {verified}, rectified {rectified}, answered {answered} on time) · callback rate of named bad ratings {rate} · hard cases solved {solved} · walkthrough problems rectified {p_done}/{p_all} · inspection findings rectified {f_done}/{f_all} · overdue {overdue}</source>
        <translation>{start} 至 {end}：差评 {bad} 件（按期核实 {verified}、按期整改 {rectified}、按期反馈 {answered}） · 实名差评回访率 {rate} · 办不成事 办成 {solved} 件 · 走流程问题 整改 {p_done}/{p_all} · 督查问题 整改 {f_done}/{f_all} · 超期 {overdue} 件</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="104"/>
        <source>{waiting} waiting · {wait}</source>
        <translation>{waiting} 人等候 · {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="109"/>
        <source>Closed: {reason}</source>
        <translation>暂停取号：{reason}</translation>
    </message>
</context>
<context>
    <name>LineFloorModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="178"/>
        <source>Line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="179"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="180"/>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="181"/>
        <source>Newcomer waits (min)</source>
        <translation>预计等候（分）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="182"/>
        <source>Open / serving windows</source>
        <translation>开放 / 办理窗口</translation>
    </message>
</context>
<context>
    <name>LineListModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="286"/>
        <source> (off)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="289"/>
        <source>Rank {rank}: called after the lines above it</source>
        <translation>第 {rank} 顺位：排在上面的业务之后呼叫</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="65"/>
        <source>Prefix</source>
        <translation>字头</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="66"/>
        <source>Name</source>
        <translation>业务名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="67"/>
        <source>Daily limit</source>
        <translation>每日限额</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="68"/>
        <source>First no.</source>
        <translation>起始号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="69"/>
        <source>Minutes</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="70"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="71"/>
        <source>Today out/waiting</source>
        <translation>今日已取/等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="94"/>
        <source>No active window serves this line: its numbers would never be called.</source>
        <translation>没有启用的窗口办理该业务：取到的号将不会被呼叫。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="118"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="123"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="125"/>
        <source>Off</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>LineTile</name>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="141"/>
        <source>{waiting} waiting · {wait}</source>
        <translation>{waiting} 人等候 · {wait}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/kiosk/window.py" line="146"/>
        <source>Not now: {reason}</source>
        <translation>暂停取号：{reason}</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="303"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="304"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="305"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="306"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="307"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="308"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="309"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="46"/>
        <location filename="../../hall_desktop/ui/common/login.py" line="58"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="49"/>
        <location filename="../../hall_desktop/ui/common/login.py" line="59"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="54"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="96"/>
        <source>Enter your user name</source>
        <translation>请输入用户名</translation>
    </message>
</context>
<context>
    <name>MonitorController</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="59"/>
        <source>The hall monitor is for supervisors and administrators.</source>
        <extracomment>Seconds between two redraws of an idle floor (and looks at the alerts). Seconds between two looks at whether the hall is within its opening hours. Each picture shown (the bench times an event&apos;s commit to it).</extracomment>
        <translation>大厅监控仅供值班主任和管理员使用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="114"/>
        <source>%1 — hall monitor</source>
        <translation>%1 — 大厅监控</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="297"/>
        <source>Alert handled: %1</source>
        <translation>已处理提醒：%1</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="311"/>
        <source>%1 serves %2 today.</source>
        <translation>已安排%1今日协办 %2。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="332"/>
        <source>Window %1 no longer helps %2.</source>
        <translation>%1号窗口已结束协办 %2。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="348"/>
        <source>Window %1 was asked to resume.</source>
        <translation>已提醒%1号窗口恢复服务。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="363"/>
        <source>The display shows the notice until %1.</source>
        <translation>大屏将滚动显示该公告至 %1。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="377"/>
        <source>The notice “%1” was withdrawn from the display.</source>
        <translation>已从大屏撤回通知“%1”。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="408"/>
        <source>Patrol recorded: everything met.</source>
        <translation>巡查已登记：全部达标。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/controller.py" line="410"/>
        <source>Patrol recorded: %1 not met, 督查 cases %2.</source>
        <translation>巡查已登记：%1 项不达标，已登记督查台账 %2。</translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="292"/>
        <source>Hall monitor</source>
        <translation>大厅监控</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="292"/>
        <source>Hall monitor (大厅监控)</source>
        <translation>大厅监控</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="298"/>
        <source>The floor</source>
        <translation>大厅实况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="299"/>
        <source>Today&apos;s alerts</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="300"/>
        <source>Today&apos;s patrols</source>
        <translation>今日巡查</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/window.py" line="317"/>
        <source>The database cannot be reached; the floor shown may be old.</source>
        <translation>无法连接数据库，显示的可能不是最新情况。</translation>
    </message>
</context>
<context>
    <name>MyCasesController</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="641"/>
        <source>Appeal sent: a supervisor reviews it (申诉待复核).</source>
        <translation>申诉已提交，等待负责人复核。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="644"/>
        <source>Outcome recorded: the case waits for a supervisor&apos;s review.</source>
        <translation>办理结果已登记，等待负责人审核。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="656"/>
        <source>Rectification recorded: the item waits for a supervisor&apos;s review.</source>
        <translation>整改情况已登记，等待负责人审核。</translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="262"/>
        <source>My cases (我的台账)</source>
        <translation>我的台账</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="266"/>
        <source>Back to the queue</source>
        <translation>返回叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="282"/>
        <source>No open case: nothing to follow up.</source>
        <translation>没有未办结的台账。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="320"/>
        <source>History (办理经过)</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="337"/>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="338"/>
        <source>Record the outcome…</source>
        <translation>登记办理结果…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="339"/>
        <source>Record the rectification…</source>
        <translation>登记整改情况…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="378"/>
        <source>Pick a case on the left to see its history.</source>
        <translation>在左侧选择一件台账，查看详情和办理经过。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="409"/>
        <source>{n} open</source>
        <translation>未办结 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="411"/>
        <source>{n} overdue</source>
        <translation>超期 {n} 件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="428"/>
        <source>Deadline {date}</source>
        <translation>办理期限 {date}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="430"/>
        <source>Deadline {date}: overdue</source>
        <translation>办理期限 {date}，已超期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="439"/>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="446"/>
        <source>Nothing for you to do on this case now.</source>
        <translation>该台账目前无需您办理。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="455"/>
        <source>Matter: {title}</source>
        <translation>事由：{title}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="457"/>
        <source>Details: {text}</source>
        <translation>详细情况：{text}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="460"/>
        <source>Rating: level {level}, reason {reason}</source>
        <translation>评价：{level} 级，原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="465"/>
        <source>The citizen wrote: {note}</source>
        <translation>群众留言：{note}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="467"/>
        <source>Category: {category}</source>
        <translation>问题类别：{category}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="469"/>
        <source>level: {level}</source>
        <translation>协调层级：{level}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="472"/>
        <source>Found by {person}</source>
        <translation>督查人：{person}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="474"/>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="477"/>
        <source>window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="479"/>
        <source>ticket {number}</source>
        <translation>号码 {number}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="481"/>
        <source>sent to {where}</source>
        <translation>交办：{where}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="486"/>
        <source>Citizen: {name} {phone}</source>
        <translation>群众：{name} {phone}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="491"/>
        <source>Appeal: {state}</source>
        <translation>申诉：{state}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="493"/>
        <source>Outcome: {outcome}</source>
        <translation>办理结果：{outcome}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="526"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>NewHallForm</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="28"/>
        <source>Set up a new hall</source>
        <translation>新建大厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="32"/>
        <source>This database has no hall “{code}” yet. Name the hall and its first administrator; windows, business lines, service items and the other accounts are set up after logging in.</source>
        <translation>数据库中还没有代码为“{code}”的大厅。请填写大厅名称和第一位系统管理员；窗口、业务类别、事项目录和其他账号在登录后设置。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="42"/>
        <source>e.g. 福田区政务服务中心</source>
        <translation>如：福田区政务服务中心</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="48"/>
        <source>At least 8 characters, letters and digits</source>
        <translation>至少 8 位，需同时包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="54"/>
        <source>Hall code</source>
        <translation>大厅代码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="55"/>
        <source>Hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="56"/>
        <source>Administrator&apos;s login</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="57"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="58"/>
        <source>Staff no. (工号)</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="59"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="60"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="67"/>
        <source>Create the hall</source>
        <translation>创建大厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/new_hall.py" line="85"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="208"/>
        <source>New database password</source>
        <translation>数据库账号新密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="211"/>
        <source>The new password of {account} ({used_for}):</source>
        <translation>{account}（{used_for}）的新密码：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="224"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="231"/>
        <source>On the PC that uses this account ({used_for}), whose db_url names the user {account}, run {command} and type this password in; that PC keeps it. Until then it cannot connect to the database. The password is shown only this once: the server keeps a check value of it, not the password.</source>
        <translation>请在使用这个账号的电脑（{used_for}，其 db_url 中的用户名为 {account}）上运行 {command}，输入这个密码，由那台电脑保存。输入之前，那台电脑无法连接数据库。密码只显示这一次：服务器只保存它的校验值，不保存密码本身。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/db_accounts.py" line="251"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="34"/>
        <source>Notices to citizens (短信通知)</source>
        <translation>短信通知模板</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="37"/>
        <source>Booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="38"/>
        <source>Booking changed</source>
        <translation>预约变更</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="39"/>
        <source>Booking cancelled</source>
        <translation>预约取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="40"/>
        <source>Reminder the day before</source>
        <translation>预约提醒（前一天）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="51"/>
        <source>{name} name, {code} booking code, {line} business line, {date} date, {time} time, {hall} the hall&apos;s name, {phone} enquiry phone.</source>
        <translation>{name} 姓名，{code} 预约码，{line} 业务，{date} 日期，{time} 时段，{hall} 大厅名称，{phone} 咨询电话。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="57"/>
        <source>SMS platform</source>
        <translation>短信平台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="60"/>
        <source>Empty: notices wait in the outbox</source>
        <translation>不填：短信留在发件箱中，不发送</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="64"/>
        <source>One “Name: value” a line</source>
        <translation>每行一个“名称: 值”</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="70"/>
        <source>Empty: any HTTP 2xx answer</source>
        <translation>不填：平台返回 HTTP 2xx 即为成功</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="74"/>
        <source>Remove the saved key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="78"/>
        <source>Address</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="79"/>
        <source>Method</source>
        <translation>请求方式</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="80"/>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="81"/>
        <source>Request (JSON or form)</source>
        <translation>请求内容（JSON 或表单）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="82"/>
        <source>Success when the answer has</source>
        <translation>成功条件（答复中的字段=值）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="83"/>
        <source>Key (secret)</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="85"/>
        <source>Attempts at most</source>
        <translation>最多发送次数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="89"/>
        <source>The request may use {mobile}, {text} and {secret}; headers and the address {secret}. The key is never shown again once saved.</source>
        <translation>请求内容可使用 {mobile}（手机号码）、{text}（短信内容）和 {secret}（密钥），请求头和接口地址可使用 {secret}。密钥保存后不再显示。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="106"/>
        <source>Saved (not shown); empty keeps it</source>
        <translation>已保存（不显示）；留空则不修改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/sms.py" line="106"/>
        <source>None</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>OnTimeModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="86"/>
        <source>Department / item</source>
        <translation>部门 / 事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="87"/>
        <source>Due</source>
        <translation>到期件数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="88"/>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="89"/>
        <source>Closed late</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="90"/>
        <source>Overdue, open</source>
        <translation>逾期未办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/applications.py" line="91"/>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
</context>
<context>
    <name>OutOfOrderModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="57"/>
        <source>Clerk</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="58"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="59"/>
        <source>Out of order in all</source>
        <translation>指定叫号合计</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="60"/>
        <source>Appointment due</source>
        <translation>预约到号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="61"/>
        <source>Special case</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="62"/>
        <source>Elderly, sick, disabled, pregnant</source>
        <translation>老弱病残孕</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="234"/>
        <source>{n} sent to the SMS platform again; the list shows how it went.</source>
        <translation>已重新提交短信平台 {n} 条，发送结果见列表。</translation>
    </message>
</context>
<context>
    <name>OutboxList</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="100"/>
        <source>All notices</source>
        <translation>全部短信</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="104"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="106"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="111"/>
        <source>Only notices that failed or found no SMS platform are sent again; choose several with Ctrl or Shift.</source>
        <translation>只有发送失败或未配置短信平台的短信可以重新发送；可一次选择多条。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="117"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="169"/>
        <source>The newest {n} notices</source>
        <translation>最新的 {n} 条短信</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="171"/>
        <source>{n} notices</source>
        <translation>共 {n} 条短信</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="48"/>
        <source>Queued</source>
        <extracomment>Seconds between two rounds of the sender, and two reads of the outbox.</extracomment>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="49"/>
        <source>Notice</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="50"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="52"/>
        <source>Attempts</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="53"/>
        <source>Text</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/outbox.py" line="54"/>
        <source>Why not sent</source>
        <translation>未发出的原因</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="92"/>
        <source>Completed (办结)</source>
        <extracomment>A held ticket comes back after this long unless the clerk says otherwise.</extracomment>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="93"/>
        <source>Accepted (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="94"/>
        <source>Materials to supplement (补正告知)</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="97"/>
        <source>Not accepted (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="98"/>
        <source>Consultation (咨询)</source>
        <translation>咨询</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="30"/>
        <source>Supervisor authorisation</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="35"/>
        <source>A supervisor may issue this number anyway: sign with your own account.</source>
        <translation>如确需取号，请值班主管用本人账号授权。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="39"/>
        <source>Supervisor&apos;s user name</source>
        <translation>主管的用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="44"/>
        <source>e.g. acting for a family member</source>
        <translation>例如：家属代办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="47"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="48"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="49"/>
        <source>Reason</source>
        <translation>授权原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="51"/>
        <source>Authorise and issue</source>
        <translation>授权并取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="84"/>
        <source>Enter the supervisor&apos;s user name and password</source>
        <translation>请输入主管的用户名和密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/override.py" line="87"/>
        <source>Enter the reason for the authorisation</source>
        <translation>请填写授权原因</translation>
    </message>
</context>
<context>
    <name>PatrolController</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="236"/>
        <source>Not saved: something went wrong (see the log).</source>
        <translation>未保存：程序出错（详见日志）。</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="59"/>
        <source>Patrol (清廉大厅巡查)</source>
        <extracomment>The longest note the service keeps (patrol.note, patrol_check.note).</extracomment>
        <translation>巡查登记（清廉大厅）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="62"/>
        <source>Patrol of the windows</source>
        <translation>窗口巡查</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="66"/>
        <source>Ticked: met. Untick what is not met and say what was seen in the window&apos;s note: each item not met becomes a 督查 case in the ledger.</source>
        <translation>勾选为达标。不达标的项目请取消勾选，并在该窗口的备注中写明所见情况；每个不达标项目都会登记为台账中的督查问题。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="77"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="77"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="88"/>
        <source>Window {number}</source>
        <translation>{number}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="89"/>
        <source>(nobody signed in)</source>
        <translation>（无人签到）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="106"/>
        <source>e.g. 上午定时巡查; 群众反映 3 号窗口 … (optional)</source>
        <translation>如：上午定时巡查；群众反映 3 号窗口……（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="109"/>
        <source>Patrol note</source>
        <translation>巡查备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="113"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/monitor/patrol.py" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PatrolModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="271"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="272"/>
        <source>By</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="273"/>
        <source>Windows checked</source>
        <translation>巡查窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="274"/>
        <source>Not met</source>
        <translation>不达标项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="275"/>
        <source>督查 cases</source>
        <translation>督查台账</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="430"/>
        <source>Pause the window (暂停服务)</source>
        <translation>暂停本窗口服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="430"/>
        <source>Pause service</source>
        <translation>暂停服务</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="49"/>
        <source>Custom</source>
        <extracomment>The named periods in the picker&apos;s order; the last entry (None) is 自定义 (from–to).</extracomment>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="57"/>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="65"/>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="70"/>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="72"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/period_bar.py" line="74"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../hall_desktop/printing/printer.py" line="190"/>
        <location filename="../../hall_desktop/printing/printer.py" line="211"/>
        <source>Ticket slip</source>
        <translation>取号小票</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/printing/printer.py" line="216"/>
        <source>Ticket slip preview</source>
        <translation>小票打印预览</translation>
    </message>
</context>
<context>
    <name>ProblemFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="190"/>
        <source>The problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="191"/>
        <source>Owner: not named</source>
        <translation>责任人：暂不指定</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="194"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="195"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="196"/>
        <source>Left out: the hall&apos;s working days for the kind.</source>
        <translation>不指定：按台账办理期限（工作日）计算。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="197"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/widgets/files.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/widgets/files.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QueueFigures</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="165"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="168"/>
        <source>Service days from</source>
        <translation>营业日 从</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="170"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="176"/>
        <source>Numbers called out of order (指定叫号), per clerk</source>
        <translation>各窗口人员指定叫号次数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="179"/>
        <source>No number was called out of order in this period.</source>
        <translation>此期间没有指定叫号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="182"/>
        <source>Served with help (帮代办)</source>
        <translation>帮代办</translation>
    </message>
</context>
<context>
    <name>QueueFiguresController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/queue_figures.py" line="220"/>
        <source>The first day is after the last.</source>
        <translation>开始日期晚于结束日期，请重新选择。</translation>
    </message>
</context>
<context>
    <name>QueuePolicyFields</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="24"/>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="25"/>
        <source>As the hall</source>
        <extracomment>The bounds offered in the list; a value set elsewhere is added when shown.</extracomment>
        <translation>按大厅设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="26"/>
        <source>Priority tickets always first</source>
        <translation>优先号始终在前</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="29"/>
        <source>{n}:1 (one ordinary ticket after {n} priority ones)</source>
        <translation>{n}:1（每 {n} 个优先号后叫 1 个普通号）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="34"/>
        <source>Green channel and appointment tickets are called first; with N:1 a window calls one waiting ordinary ticket after N of them in a row.</source>
        <translation>绿色通道号和预约号优先叫号；选 N:1 时，窗口连续叫 N 个优先号后，若有普通号在等，就叫 1 个普通号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="38"/>
        <source>No bound</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="41"/>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="52"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/policy.py" line="44"/>
        <source>An ordinary ticket that has waited this long is no longer passed by priority tickets issued after it.</source>
        <translation>普通号等候超过这个时长后，之后取的优先号不再排在它前面。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="226"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="227"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="228"/>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="229"/>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="230"/>
        <source>Good</source>
        <translation>好评</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="231"/>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="181"/>
        <source>Of</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="182"/>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="183"/>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="184"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="185"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="186"/>
        <source>Fair</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="187"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="188"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="189"/>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="190"/>
        <source>Rated rate</source>
        <translation>主动评价率</translation>
    </message>
</context>
<context>
    <name>RectifyPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="222"/>
        <source>Rectification done (整改)</source>
        <translation>登记整改情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="222"/>
        <source>Save rectification</source>
        <translation>保存整改情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="224"/>
        <source>What was changed</source>
        <translation>做了哪些整改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="234"/>
        <source>Say what was changed.</source>
        <translation>请写明做了哪些整改。</translation>
    </message>
</context>
<context>
    <name>ResolvePanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="152"/>
        <source>Outcome of the matter (办理结果)</source>
        <translation>登记办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="152"/>
        <source>Save outcome</source>
        <translation>保存办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="157"/>
        <source>What was done, what the citizen was told</source>
        <translation>办理情况，以及向群众作的答复</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="159"/>
        <source>Why it cannot be done</source>
        <translation>无法办理的原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="161"/>
        <source>The law or policy it rests on</source>
        <translation>所依据的法律法规或政策</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="163"/>
        <source>The number it was then served under (optional)</source>
        <translation>随后办理所用的号码（可不填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="166"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="167"/>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="168"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="169"/>
        <source>Legal basis</source>
        <translation>法律政策依据</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="172"/>
        <source>Served as</source>
        <translation>办理号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="194"/>
        <source>Say what was done.</source>
        <translation>请写明办理情况。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="199"/>
        <source>“Cannot be done” needs the reason.</source>
        <translation>“无法办理”须写明原因。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/cases.py" line="204"/>
        <source>“Cannot be done” needs the legal basis.</source>
        <translation>“无法办理”须写明法律政策依据。</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/controller.py" line="159"/>
        <source>Something went wrong; the details are in the log.</source>
        <extracomment>Whether a failed task also says so on the screen; a citizen-facing screen (display, terminal) shows no error, the log has the details.</extracomment>
        <translation>出现了程序错误，详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>ServiceItemModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="124"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="125"/>
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="126"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="512"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="520"/>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="532"/>
        <source>Saved. Every screen of the hall takes the new settings now.</source>
        <translation>已保存。大厅各屏幕即时生效。</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="77"/>
        <source>e.g. 0391-1234567 (printed on letters)</source>
        <translation>如 0391-1234567（印在告知书上）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="86"/>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="96"/>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="279"/>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="311"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="104"/>
        <source>None: each desk names its own, or prints no slip</source>
        <translation>未设置：由各导办台自行设置，或不打印小票</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="109"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="109"/>
        <source>Waybill pattern (regular expression)</source>
        <translation>运单号规则（正则表达式）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="109"/>
        <source>Hint</source>
        <translation>格式说明</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="116"/>
        <source>Add carrier</source>
        <translation>添加快递公司</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="117"/>
        <source>Remove carrier</source>
        <translation>删除快递公司</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="120"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="123"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="128"/>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="130"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="131"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="132"/>
        <source>Enquiry phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="135"/>
        <source>Display, voice and calls</source>
        <translation>综合屏、语音与叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="137"/>
        <source>Ticker text</source>
        <translation>滚动公告</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="138"/>
        <source>Voice template</source>
        <translation>语音播报模板</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="140"/>
        <source>{number} is the ticket number, {window} the window number.</source>
        <translation>{number} 为排队号，{window} 为窗口号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="142"/>
        <source>Spoken times</source>
        <translation>播报次数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="144"/>
        <source>Calls per ticket at most</source>
        <translation>每个号最多呼叫次数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="149"/>
        <source>A no-show may be reactivated for</source>
        <translation>过号可恢复时限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="153"/>
        <source>Slip printer of the desks</source>
        <translation>导办台小票打印机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="157"/>
        <source>Calling rules (叫号规则)</source>
        <translation>叫号规则</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="160"/>
        <source>Priority tickets</source>
        <translation>优先号穿插</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="165"/>
        <source>Ordinary tickets wait at most</source>
        <translation>普通号最长等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="171"/>
        <source>A business line may have its own rules (in “Windows and lines”). Held tickets due for call-back and transferred tickets keep their place.</source>
        <translation>每个业务类别可在“窗口与业务类别”中单独设置。到时回呼的挂起号和转入号的顺序不受影响。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="178"/>
        <source>Waiting promise: share called in time</source>
        <translation>等候承诺：按时叫号比例</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="184"/>
        <source>Waiting promise: called within</source>
        <translation>等候承诺：叫号等候不超过</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="189"/>
        <source>The staffing plan (排班建议) counts the windows that keep this promise.</source>
        <translation>排班建议按此承诺计算所需窗口数。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="193"/>
        <source>Free courier (免费邮政速递)</source>
        <translation>免费邮政速递</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="198"/>
        <source>Usual cost per dispatch (yuan)</source>
        <translation>每件默认费用（元）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="203"/>
        <source>Carriers (the first is preselected on the dispatch form)</source>
        <translation>快递公司（第一家为寄递登记时的默认选项）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="247"/>
        <source>One citizen, one number (一人一号)</source>
        <translation>一人一号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="253"/>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="282"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="258"/>
        <source>Waiting numbers per ID and line</source>
        <translation>同一身份证号每类业务在排号数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="261"/>
        <source>Numbers per ID and day</source>
        <translation>同一身份证号每日取号数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="265"/>
        <source>Counted only for numbers issued with an ID number; a supervisor may authorise one more. 0: no limit.</source>
        <translation>只统计登记了身份证号的取号；超出时可由主管授权再取。0 表示不限。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="274"/>
        <source>Appointments (预约)</source>
        <translation>预约服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="285"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="290"/>
        <source>Check-in opens before the slot</source>
        <translation>时段开始前可提前签到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="296"/>
        <source>Check-in stays open after the slot&apos;s end</source>
        <translation>时段结束后仍可签到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="300"/>
        <source>No-shows that stop booking</source>
        <translation>爽约几次后暂停预约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="302"/>
        <source>No-shows counted over</source>
        <translation>爽约统计期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="308"/>
        <source>Hall monitor (大厅监控)</source>
        <translation>大厅监控</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="315"/>
        <source>A line has waiting</source>
        <translation>排队人数达到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="317"/>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="319"/>
        <source>Someone has waited</source>
        <translation>等候时间达到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="320"/>
        <source>A service runs</source>
        <translation>办理时间达到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="321"/>
        <source>A window is paused</source>
        <translation>窗口暂停达到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="324"/>
        <source>No-shows at one window</source>
        <translation>同一窗口过号达到</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="326"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="328"/>
        <source>… within</source>
        <translation>过号统计时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="332"/>
        <source>No alert</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="339"/>
        <source>0 for no alert. A business line may set its own waiting alerts (in “Windows and lines”).</source>
        <translation>0 为不提醒。各业务类别可单独设置排队提醒（在“窗口与业务类别”中）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="346"/>
        <source>Patrol checklist</source>
        <translation>巡查项目</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="350"/>
        <source>One item per line, at most {items} items of at most {length} characters; an item not met at a window becomes a 督查 case in the ledger.</source>
        <translation>每行一项，最多 {items} 项，每项最多 {length} 个字；巡查时窗口不达标的项目登记为台账中的督查问题。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/settings.py" line="470"/>
        <source>Not saved: please correct the marked field.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="132"/>
        <source>Nothing saved: see the marked field.</source>
        <extracomment>Events after which the tab re-reads the hall (setup changes, clerks coming and going).</extracomment>
        <translation>未保存：请查看标红的项目。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="155"/>
        <source>{prefix} {name} saved.</source>
        <translation>已保存 {prefix} {name}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="158"/>
        <source>No window serves it yet: add it to a window, or its numbers are never called.</source>
        <translation>还没有窗口办理该业务：请把它加到某个窗口，否则取到的号不会被呼叫。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="198"/>
        <source>Window {number} saved.</source>
        <translation>已保存 {number} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_controller.py" line="217"/>
        <source>Window {number} now serves {order}.</source>
        <translation>{number} 号窗口现在按顺序办理：{order}。</translation>
    </message>
</context>
<context>
    <name>SetupEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="180"/>
        <source>Business lines</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="182"/>
        <source>▲ Up</source>
        <translation>▲ 上移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="183"/>
        <source>▼ Down</source>
        <translation>▼ 下移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="184"/>
        <source>+ New line</source>
        <translation>+ 新增业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="186"/>
        <source>The order of the lines on the desk and the display</source>
        <translation>业务类别在导办台和综合屏上的顺序</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="200"/>
        <source>Top to bottom: the order of the buttons on the desk and of the display.</source>
        <translation>从上到下：导办台按钮和综合屏的显示顺序。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="219"/>
        <source>e.g. 不动产登记</source>
        <translation>如：不动产登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="222"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="223"/>
        <source>Numbers a day; 0 means no limit</source>
        <translation>每天可取号数；0 表示不限</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="228"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="230"/>
        <source>Used for the wait estimate until the day has service times of its own</source>
        <translation>当天还没有实际办理时长时，用于估算等候时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="232"/>
        <source>In use (shown at the desk)</source>
        <translation>启用（在导办台显示）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="236"/>
        <source>大厅监控 alerts when this many wait; empty: as the hall; 0: no alert</source>
        <translation>排队人数达到此数时大厅监控提醒；留空则使用大厅设置，0 为不提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="241"/>
        <source>大厅监控 alerts when someone has waited this many minutes; empty: as the hall; 0: no alert</source>
        <translation>有群众等候达到此分钟数时大厅监控提醒；留空则使用大厅设置，0 为不提醒</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="246"/>
        <source>Empty: as the hall</source>
        <translation>留空则使用大厅设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="252"/>
        <source>Prefix</source>
        <translation>字头</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="253"/>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="324"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="254"/>
        <source>Daily limit</source>
        <translation>每日限额</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="255"/>
        <source>First number</source>
        <translation>起始号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="256"/>
        <source>Service time</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="258"/>
        <source>Priority tickets</source>
        <translation>优先号穿插</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="261"/>
        <source>Wait at most</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="264"/>
        <source>Alert at waiting</source>
        <translation>排队提醒人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="265"/>
        <source>Alert at wait (min)</source>
        <translation>等候提醒分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="291"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="293"/>
        <source>+ New window</source>
        <translation>+ 新增窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="316"/>
        <source>e.g. 综合受理窗口</source>
        <translation>如：综合受理窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="320"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="323"/>
        <source>Number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="325"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="349"/>
        <source>Serves, in call order</source>
        <translation>办理的业务（按呼叫顺序）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="351"/>
        <source>Other lines</source>
        <translation>其他业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="360"/>
        <source>Drag to reorder, or use the arrows</source>
        <translation>拖动或用箭头调整顺序</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="361"/>
        <source>Drag a line to the left list, or double-click</source>
        <translation>把业务类别拖到左侧列表，或双击</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="364"/>
        <source>◀ Add</source>
        <translation>◀ 添加</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="365"/>
        <source>Remove ▶</source>
        <translation>移除 ▶</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="366"/>
        <source>Call this line earlier</source>
        <translation>优先呼叫该业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="367"/>
        <source>Call this line later</source>
        <translation>靠后呼叫该业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="402"/>
        <source>Save lines and ranks</source>
        <translation>保存业务及顺序</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="437"/>
        <source>Connection lost: changes cannot be saved until it is back.</source>
        <translation>连接中断：恢复前无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="583"/>
        <source>Edit {prefix} {name}</source>
        <translation>编辑 {prefix} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="585"/>
        <source>Save line</source>
        <translation>保存业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="603"/>
        <source>New business line</source>
        <translation>新增业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="604"/>
        <source>Create line</source>
        <translation>创建业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="644"/>
        <source>Window {number}: {name}</source>
        <translation>{number} 号窗口：{name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="646"/>
        <source>Save window</source>
        <translation>保存窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="656"/>
        <source>New window (choose its lines on the right)</source>
        <translation>新增窗口（在右侧选择办理的业务）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="657"/>
        <source>Create window</source>
        <translation>创建窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="709"/>
        <source>The lines are saved with the new window.</source>
        <translation>业务类别将与新窗口一起保存。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="711"/>
        <source>Changed: not saved yet.</source>
        <translation>已修改，尚未保存。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup.py" line="713"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../hall_desktop/ui/common/slots.py" line="57"/>
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/slots.py" line="59"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="84"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="85"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="86"/>
        <source>Capacity</source>
        <translation>可约人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="87"/>
        <source>Booked</source>
        <translation>已约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/bookings.py" line="88"/>
        <source>Places left</source>
        <translation>剩余名额</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="400"/>
        <source>Saved: {name} ({login}).</source>
        <translation>已保存：{name}（{login}）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="405"/>
        <source>The password is reset.</source>
        <translation>密码已重置。</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="169"/>
        <source>Search login, name or staff no.</source>
        <translation>搜索用户名、姓名或工号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="171"/>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="173"/>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="298"/>
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="202"/>
        <source>At least 8 characters, letters and digits</source>
        <translation>至少 8 位，需同时包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="207"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="208"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="209"/>
        <source>Staff no. (工号)</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="210"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="211"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="212"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="217"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="220"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="224"/>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="246"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="299"/>
        <source>The new colleague logs in with this password.</source>
        <translation>新同事用此密码登录。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="301"/>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="303"/>
        <source>Leave the password empty to keep it; type a new one to reset it.</source>
        <translation>密码留空则不修改；输入新密码后点“重置密码”。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="305"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="305"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="324"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="348"/>
        <source>Type the new password twice.</source>
        <translation>请输入两次新密码。</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="55"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="56"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="57"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="58"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="59"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="63"/>
        <source>Guide</source>
        <translation>导办员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="64"/>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="65"/>
        <source>Supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="66"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="67"/>
        <source>Kiosk (device)</source>
        <translation>自助取号机（设备）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="68"/>
        <source>District administrator</source>
        <translation>区县管理员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="98"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="101"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staff.py" line="104"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="171"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="84"/>
        <source>Half-hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="87"/>
        <source>Whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="127"/>
        <source>%1 arrivals on average; %2 windows needed, %3 staffed</source>
        <translation>平均到达 %1 人；需要 %2 个窗口，在岗 %3 个</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="148"/>
        <source>Plan</source>
        <translation>生成建议</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="155"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="156"/>
        <source>Plan as Excel (XLSX)</source>
        <translation>排班建议（Excel）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="156"/>
        <source>Plan as CSV</source>
        <translation>排班建议（CSV）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="160"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="179"/>
        <source>Windows needed / staffed per half-hour (short ones shaded)</source>
        <translation>各时段需要 / 在岗窗口数（不足的时段标红）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="184"/>
        <source>Needed and staffed over the day</source>
        <translation>全天需要与在岗窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="209"/>
        <source>%1 on %2: keep %3 % of citizens called within %4 minutes</source>
        <translation>%1&#x3000;%2：等候承诺为 %3% 的办事群众 %4 分钟内叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="220"/>
        <source>Whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="230"/>
        <source>The hall is closed on this day: nothing to plan.</source>
        <translation>大厅当天不营业，无需排班。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="233"/>
        <source>Arrivals and service times from %1 earlier days, same weekday: %2.</source>
        <translation>到达人数和办理时长取自此前 %1 个同星期的营业日：%2。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="238"/>
        <source>No history on the same weekday in the last 8 weeks: no arrivals.</source>
        <translation>近 8 周同星期没有历史数据，按无人到达计算。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="243"/>
        <source>Staffed: the windows that served each line in the half-hour; from %1 on (not begun yet), the windows configured.</source>
        <translation>在岗：该时段实际办理该业务的窗口；%1 起（尚未开始）为配置的窗口。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="247"/>
        <source>Staffed: the windows that served each line in the half-hour.</source>
        <translation>在岗：该时段实际办理该业务的窗口。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="240"/>
        <source>Staffed: the windows configured for each line.</source>
        <translation>在岗：为该业务配置的窗口。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="248"/>
        <source>A window serving several lines counts once for each.</source>
        <translation>同时办理多类业务的窗口在每类业务中各计一次。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="285"/>
        <source>Needed</source>
        <translation>需要窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/staffing.py" line="286"/>
        <source>Staffed</source>
        <translation>在岗窗口</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="215"/>
        <source>The program cannot reach its database.</source>
        <translation>程序无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="217"/>
        <source>The database&apos;s structure is newer than this program. Please upgrade the program.</source>
        <translation>数据库结构比程序新，请升级程序。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="222"/>
        <source>The database&apos;s structure is older than this program. Run “hall-desktop db upgrade” first.</source>
        <translation>数据库结构比程序旧，请先运行“hall-desktop db upgrade”。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="228"/>
        <source>The database has not been set up yet. Run “hall-desktop db upgrade” first.</source>
        <translation>数据库尚未初始化，请先运行“hall-desktop db upgrade”。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="232"/>
        <source>The program cannot start.</source>
        <translation>程序无法启动。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="243"/>
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="253"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/crash.py" line="257"/>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>StatisticsController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="126"/>
        <source>Save the staffing plan</source>
        <translation>保存排班建议</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="164"/>
        <source>Save the wait estimate accuracy</source>
        <translation>保存预计等候准确度</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="183"/>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="184"/>
        <source>Save the tables</source>
        <translation>保存统计表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="185"/>
        <source>Save the printed report</source>
        <translation>保存统计报表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="186"/>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="187"/>
        <source>Save the work report figures</source>
        <translation>保存工作报告数据</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics_controller.py" line="226"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="150"/>
        <source>Export…</source>
        <extracomment>The exports of the figures shown, in one menu (the toolbar is full at 1366).</extracomment>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="152"/>
        <source>Tables as Excel (XLSX)</source>
        <translation>统计表（Excel）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="153"/>
        <source>Tables as CSV (zip)</source>
        <translation>统计表（CSV 压缩包）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="154"/>
        <source>Printed report (PDF)</source>
        <translation>统计报表（PDF，可打印）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="155"/>
        <source>Work report figures (Word)</source>
        <translation>工作报告数据（Word）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="156"/>
        <source>Work report figures (PDF)</source>
        <translation>工作报告数据（PDF）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="180"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="257"/>
        <source>Volume</source>
        <translation>业务量</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="181"/>
        <source>Windows, staff, items</source>
        <translation>窗口、人员、事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="182"/>
        <source>Days and hours</source>
        <translation>按日与时段</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="183"/>
        <source>Waiting and service times</source>
        <translation>等候与办理时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="184"/>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="185"/>
        <source>Promises</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="186"/>
        <source>Catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="187"/>
        <source>On-time completion</source>
        <translation>限时办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="189"/>
        <source>Staffing plan (排班建议)</source>
        <translation>排班建议</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="191"/>
        <source>Wait estimate accuracy</source>
        <translation>预计等候准确度</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="202"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="384"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="386"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="387"/>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="203"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="384"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="386"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="387"/>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="204"/>
        <source>No-show (过号)</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="205"/>
        <source>Median wait</source>
        <translation>等候时间中位数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="206"/>
        <source>Median service</source>
        <translation>办理时间中位数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="207"/>
        <source>Good rate (好评率)</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="208"/>
        <source>Rated rate (主动评价率)</source>
        <translation>主动评价率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="209"/>
        <source>Hard cases solved (办成)</source>
        <translation>办不成事 办成（件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="210"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="487"/>
        <source>Questions answered (答疑)</source>
        <translation>答疑（次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="211"/>
        <source>Extended hours (延时服务)</source>
        <translation>延时服务（次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="212"/>
        <source>Free courier (免费邮寄)</source>
        <translation>免费邮寄（件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="213"/>
        <source>Appointments (预约)</source>
        <translation>预约（人次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="223"/>
        <source>By business line (pick one for its windows)</source>
        <translation>按业务类别（选中一行查看其窗口）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="226"/>
        <source>Issued and served by line</source>
        <translation>各业务类别取号与办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="228"/>
        <source>The line picked</source>
        <translation>选中的业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="238"/>
        <source>The line&apos;s own numbers at each window (left) and with each clerk (right).</source>
        <translation>本业务在各窗口（左）和各工作人员（右）的取号与办结数。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="259"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="287"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="299"/>
        <source>By window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="259"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="288"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="299"/>
        <source>By clerk</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="260"/>
        <source>By item</source>
        <translation>按事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="263"/>
        <source>Issued and served by window</source>
        <translation>各窗口取号与办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="269"/>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="391"/>
        <source>Issued and served per day</source>
        <translation>每日取号与办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="279"/>
        <source>Numbers issued by weekday and hour (the hall&apos;s load)</source>
        <translation>按星期和时段的取号量（大厅忙闲）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="285"/>
        <source>Waiting (issue → first call), service (start → finish)</source>
        <translation>等候时间（取号→首次叫号）与办理时间（开始→办结）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="287"/>
        <source>By business line</source>
        <translation>按业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="297"/>
        <source>Ratings (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="300"/>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="308"/>
        <source>Monthly ranking of windows (窗口月度排名)</source>
        <translation>窗口月度排名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="316"/>
        <source>The hall&apos;s promises</source>
        <translation>便民服务承诺</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="318"/>
        <source>The case ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="324"/>
        <source>Items by category</source>
        <translation>事项按类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="330"/>
        <source>Items handled, most served first</source>
        <translation>本期办理的事项（按办结数从多到少）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="340"/>
        <source>By department, lowest on-time rate first</source>
        <translation>按部门（按时办结率低的在前）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="343"/>
        <source>By item, lowest on-time rate first</source>
        <translation>按事项（按时办结率低的在前）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="372"/>
        <source>%1: %2 to %3, %4 days, %5 open</source>
        <translation>%1：%2 至 %3，共 %4 天，开放 %5 天</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="389"/>
        <source>Issued and served per week</source>
        <translation>每周取号与办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="397"/>
        <source>Whole hall: median wait %1, median service %2; called within the promised %3 minutes: %4</source>
        <translation>全厅：等候时间中位数 %1，办理时间中位数 %2；承诺 %3 分钟内叫号的比例 %4</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="420"/>
        <source>%1 ratings left out of the windows&apos; and clerks&apos; figures (appeal upheld).</source>
        <translation>有 %1 条评价因申诉成立未计入窗口和人员的数字。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="430"/>
        <source>The catalogue holds %1 items (%2); %3 of them were handled in the period.</source>
        <translation>事项目录共 %1 项（%2），本期办理其中 %3 项。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="464"/>
        <source>Extended hours (延时服务), times</source>
        <translation>延时服务（次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="465"/>
        <source>Extended hours, minutes</source>
        <translation>延时服务时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="466"/>
        <source>Free courier dispatches (免费邮寄)</source>
        <translation>免费邮寄（件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="467"/>
        <source>of which collected from the citizen</source>
        <translation>其中上门收件</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="468"/>
        <source>Courier cost borne by the hall, yuan</source>
        <translation>大厅承担的邮寄费用（元）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="469"/>
        <source>Appointments booked (预约)</source>
        <translation>预约（人次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="470"/>
        <source>Appointments checked in</source>
        <translation>预约已取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="471"/>
        <source>Appointments served</source>
        <translation>预约已办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="472"/>
        <source>Appointments missed (爽约)</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="473"/>
        <source>Appointments cancelled</source>
        <translation>预约已取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="474"/>
        <source>Holidays opened</source>
        <translation>节假日开放（天）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="475"/>
        <source>Citizens served on holidays</source>
        <translation>节假日服务群众（人）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="476"/>
        <source>Green channel (绿色通道)</source>
        <translation>绿色通道（人次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="478"/>
        <source>Served with help (帮代办)</source>
        <translation>帮代办（次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="485"/>
        <source>Hard cases (办不成事)</source>
        <translation>办不成事（件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="486"/>
        <source>of which solved (办成)</source>
        <translation>其中办成</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="488"/>
        <source>Bad ratings (差评)</source>
        <translation>差评（件）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="489"/>
        <source>Bad ratings rectified on time</source>
        <translation>差评按时整改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="490"/>
        <source>Named bad ratings called back</source>
        <translation>实名差评回访率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="491"/>
        <source>Walkthroughs (走流程)</source>
        <translation>走流程（次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="492"/>
        <source>Problems found by walkthroughs</source>
        <translation>走流程发现问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="493"/>
        <source>Inspection findings (督查)</source>
        <translation>督查发现问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="494"/>
        <source>Open cases past their deadline</source>
        <translation>逾期未办结台账</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="505"/>
        <source>No accepted application (办件) fell due in the period.</source>
        <translation>本期没有到期的限时办结件。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="510"/>
        <source>%1 applications (办件) fell due in the period: %2 closed on time (%3), %4 closed late, %5 still open past their due date.</source>
        <translation>本期到期的办件 %1 件：按期办结 %2 件（按时办结率 %3），逾期办结 %4 件，超期未办结 %5 件。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/statistics.py" line="535"/>
        <source>Pick a line above</source>
        <translation>请在上方选择业务类别</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../hall_desktop/ui/widgets/banner.py" line="33"/>
        <source>Database busy, waiting…</source>
        <translation>数据库忙，正在等待…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="261"/>
        <source>Verdict</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="264"/>
        <source>Call-back: what the citizen said</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="265"/>
        <source>What the citizen said when called back</source>
        <translation>回访时群众反映的情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="267"/>
        <source>The citizen was called back</source>
        <translation>已电话回访群众</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="269"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="270"/>
        <source>The citizen&apos;s mobile, if known</source>
        <translation>群众手机号（如有）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="276"/>
        <source>How</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="280"/>
        <source>What was changed</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="281"/>
        <source>What was changed, or the explanation given</source>
        <translation>整改了什么，或作出的解释说明</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="283"/>
        <source>By whom</source>
        <translation>整改人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="284"/>
        <source>Left empty: you</source>
        <translation>不填：本人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="288"/>
        <source>Told by</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="291"/>
        <source>The citizen&apos;s response</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="299"/>
        <source>Told at</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="300"/>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="310"/>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="326"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="300"/>
        <source>What was said (optional)</source>
        <translation>反馈内容（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="304"/>
        <source>To window</source>
        <translation>交办窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="304"/>
        <source>No window</source>
        <translation>不交窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="306"/>
        <source>Department</source>
        <translation>交办部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="308"/>
        <source>A department to coordinate with</source>
        <translation>需协调的部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="309"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="309"/>
        <source>Not named</source>
        <translation>暂不指定</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="310"/>
        <source>What to do (optional)</source>
        <translation>交办要求（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="314"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="316"/>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="317"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="318"/>
        <source>Legal basis</source>
        <translation>法律政策依据</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="320"/>
        <source>Required when it cannot be done</source>
        <translation>“无法办理”时必填</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="321"/>
        <source>Served under ticket</source>
        <translation>办理号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="323"/>
        <source>Today&apos;s number, if the matter was served</source>
        <translation>当天办理所取的号（如有）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="326"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="330"/>
        <source>Why returned</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="330"/>
        <source>Required: what is still missing</source>
        <translation>必填：还缺什么</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="335"/>
        <source>Decision</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="336"/>
        <source>Upheld</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="336"/>
        <source>Not upheld</source>
        <translation>申诉不成立</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="338"/>
        <source>Reasons</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="338"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>SupervisorMessages</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="61"/>
        <source>Supervisor: please resume service ({message})</source>
        <translation>值班主任提醒：请恢复服务（{message}）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="63"/>
        <source>Supervisor: please resume service</source>
        <translation>值班主任提醒：请恢复服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="72"/>
        <source>Helping today: {line}</source>
        <translation>今日协办：{line}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="78"/>
        <source>Help for today ended: {line}</source>
        <translation>今日协办结束：{line}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="85"/>
        <source>Floor alert: {detail}</source>
        <translation>大厅监控提醒：{detail}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="98"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/messages.py" line="100"/>
        <source>Dismiss this message</source>
        <translation>关闭这条消息</translation>
    </message>
</context>
<context>
    <name>TerminalController</name>
    <message>
        <location filename="../../hall_desktop/ui/terminal/controller.py" line="126"/>
        <source>This hall has no active window {n}: check the terminal&apos;s settings.</source>
        <translation>本大厅没有启用的 {n} 号窗口，请检查本评价器的设置</translation>
    </message>
</context>
<context>
    <name>TerminalWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="105"/>
        <source>Window terminal</source>
        <translation>窗口评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="119"/>
        <source>Serving you</source>
        <translation>为您服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="122"/>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="338"/>
        <source>No staff on duty</source>
        <translation>暂无工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="182"/>
        <source>Please rate our service</source>
        <translation>请对本次服务进行评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="212"/>
        <source>Sorry! Please tell us what was wrong:</source>
        <translation>很抱歉！请选择不满意的原因：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="238"/>
        <source>Anything else? (optional)</source>
        <translation>其他意见（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="240"/>
        <source>Submit</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="244"/>
        <source>Please choose a reason first</source>
        <translation>请先选择一个原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="275"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="276"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="277"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="278"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="279"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="285"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="286"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="287"/>
        <source>Paperwork</source>
        <translation>材料要求</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="288"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="323"/>
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="325"/>
        <source>Window {n} - terminal</source>
        <translation>{n}号窗口 - 评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="332"/>
        <source>Staff no. {number} {name}</source>
        <translation>工号 {number} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="344"/>
        <source>Reason: {reason}</source>
        <translation>暂停原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="345"/>
        <source>Please wait a moment or go to another window</source>
        <translation>请稍候，或到其他窗口办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="349"/>
        <source>Service paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="355"/>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="357"/>
        <source>Please have your documents ready</source>
        <translation>请准备好您的证件和材料</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="368"/>
        <source>No. {number}</source>
        <translation>{number} 号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="399"/>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="402"/>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="403"/>
        <source>Your opinion helps us serve you better.</source>
        <translation>您的意见是我们改进服务的动力</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="464"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="464"/>
        <source>Please wait for your number</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="480"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="34"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="35"/>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="36"/>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="37"/>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="38"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="39"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="40"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="41"/>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="42"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="85"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="86"/>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="88"/>
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="89"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="113"/>
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
</context>
<context>
    <name>TimeModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="123"/>
        <source>Of</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="124"/>
        <source>Called</source>
        <translation>叫号数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="125"/>
        <source>Wait median</source>
        <translation>等候中位数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="126"/>
        <source>Wait p90</source>
        <translation>等候90%分位</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="127"/>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="128"/>
        <source>Served</source>
        <translation>办理数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="129"/>
        <source>Service median</source>
        <translation>办理中位数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="130"/>
        <source>Service p90</source>
        <translation>办理90%分位</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="131"/>
        <source>Longest service</source>
        <translation>最长办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="132"/>
        <source>Called within promise</source>
        <translation>承诺时限内叫号率</translation>
    </message>
</context>
<context>
    <name>TownshipItemsModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="119"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="120"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="121"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="122"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/district.py" line="123"/>
        <source>Promised days</source>
        <translation>承诺时限（工作日）</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="370"/>
        <source>Transfer to another line or window</source>
        <translation>转移到其他业务或窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="370"/>
        <source>Confirm transfer</source>
        <translation>确认转移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="376"/>
        <source>Note for the next clerk (optional)</source>
        <translation>给接办人员的备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="381"/>
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="382"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="383"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="405"/>
        <source>Any window of the line</source>
        <translation>该业务的任一窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/forms.py" line="408"/>
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="77"/>
        <source>Of</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="78"/>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="79"/>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="80"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="81"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="82"/>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/statistics.py" line="83"/>
        <source>Expired</source>
        <translation>过期未办</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="15"/>
        <source>no wait estimate yet</source>
        <translation>暂无法预计</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="17"/>
        <source>called soon</source>
        <translation>即将叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="19"/>
        <source>about {minutes} min</source>
        <translation>约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="23"/>
        <source>within {high} min</source>
        <translation>{high} 分钟以内</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/wait_text.py" line="26"/>
        <source>about {low}–{high} min</source>
        <translation>约 {low}–{high} 分钟</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="420"/>
        <source>Record a walkthrough (走流程)</source>
        <translation>登记走流程</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="424"/>
        <source>Leader</source>
        <translation>体验人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="426"/>
        <source>Name and post, e.g. 李局长</source>
        <translation>姓名及职务，如：李局长</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="428"/>
        <source>Walked as</source>
        <translation>体验身份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="434"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="436"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="436"/>
        <source>No particular item</source>
        <translation>不指定事项（可输入编码或名称查找）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="439"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="439"/>
        <source>No particular window</source>
        <translation>不指定窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="442"/>
        <source>Summary</source>
        <translation>体验情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="442"/>
        <source>What the leader went through and saw</source>
        <translation>体验过程及看到的情况</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="453"/>
        <source>Add a problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/ledger_dialogs.py" line="456"/>
        <source>Problems found (each becomes a rectification item)</source>
        <translation>发现的问题（每个问题单独形成整改事项）</translation>
    </message>
</context>
<context>
    <name>WindowFloorModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="109"/>
        <source>Window</source>
        <extracomment>How a window&apos;s state reads at a glance (background, text).</extracomment>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="110"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="111"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="112"/>
        <source>Number in hand</source>
        <translation>当前号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="113"/>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="114"/>
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/floor.py" line="115"/>
        <source>Lines</source>
        <translation>业务</translation>
    </message>
</context>
<context>
    <name>WindowTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="138"/>
        <source>No.</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="139"/>
        <source>Name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="140"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="141"/>
        <source>Lines (rank order)</source>
        <translation>办理业务（按顺序）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="142"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="169"/>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="171"/>
        <source>{name} signed in</source>
        <translation>{name} 已登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="175"/>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/setup_models.py" line="176"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
</TS>
