<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="166" />
        <source>Administration is for supervisors and administrators.</source>
        <translation>管理功能仅限值班长和系统管理员使用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="187" />
        <source>Extended hours (延时服务)</source>
        <translation>延时服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="190" />
        <source>Hours and calendar</source>
        <translation>营业时间与节假日</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="61" />
        <source>Hall administration</source>
        <translation>大厅管理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="65" />
        <source>Administration · log in</source>
        <translation>大厅管理 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="74" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="98" />
        <source>{hall} · administration · {user}</source>
        <translation>{hall} · 大厅管理 · {user}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/window.py" line="113" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hall_desktop/ui/app.py" line="28" />
        <source>Government service hall</source>
        <translation>政务服务大厅</translation>
    </message>
</context>
<context>
    <name>ClerkController</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="145" />
        <source>This account cannot work at a window (clerks and supervisors only).</source>
        <translation>此账号不能在窗口办理业务（仅限窗口人员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="192" />
        <source>{number} is still in hand: carry on.</source>
        <translation>{number} 号仍在办理中，请继续。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="301" />
        <source>Calling {number} (call {n}).</source>
        <translation>正在呼叫 {number} 号（第 {n} 次）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="304" />
        <source>Serving {number}.</source>
        <translation>开始办理 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="305" />
        <source>{number} marked as no-show.</source>
        <translation>{number} 号已过号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="306" />
        <source>{number} finished.</source>
        <translation>{number} 号已办结。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="307" />
        <source>{number} is on hold.</source>
        <translation>{number} 号已挂起。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="308" />
        <source>{number} transferred: it waits in its new line.</source>
        <translation>{number} 号已转移，在新的业务中排队。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="317" />
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口当前无人等候。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="361" />
        <source>{number} finished, but the notification letter was not printed: {reason}</source>
        <translation>{number} 号已办结，但一次性告知书未打印：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="368" />
        <source>{number} finished; the notification letter is printed.</source>
        <translation>{number} 号已办结，一次性告知书已打印。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="378" />
        <source>Extended-hours record saved: {minutes} min, {reason}.</source>
        <translation>延时服务记录已保存：{minutes} 分钟，{reason}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="444" />
        <source>Window paused: {reason}</source>
        <translation>已暂停服务：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="451" />
        <source>Service resumed.</source>
        <translation>已恢复服务。</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="139" />
        <source>Clerk workstation</source>
        <translation>窗口工作台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="152" />
        <source>Clerk workstation · log in</source>
        <translation>窗口工作台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="169" />
        <source>Which window are you at today?</source>
        <translation>请选择今天所在的窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="171" />
        <source>Start work at this window</source>
        <translation>在此窗口开始工作</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="196" />
        <source>Leave window</source>
        <translation>退出窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="210" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="607" />
        <source>No ticket in hand</source>
        <translation>当前无办理中的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="239" />
        <source>Press F1 to call the next citizen.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="259" />
        <source>My lines</source>
        <translation>本窗口业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="269" />
        <source>On hold</source>
        <translation>挂起列表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="272" />
        <source>Call back</source>
        <translation>回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="278" />
        <source>My day</source>
        <translation>今日工作量</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="324" />
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="325" />
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="326" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="327" />
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="328" />
        <source>Finish…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="329" />
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="330" />
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="331" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="599" />
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="365" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="439" />
        <source>Finish: what was handled</source>
        <translation>办结：选择办理的事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="441" />
        <source>Type a name or code to find service items</source>
        <translation>输入事项名称或编码查找</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="383" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="459" />
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="385" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="411" />
        <source>Extended hours: {number} finished at {time}, {minutes} min after closing. Why?</source>
        <translation>延时服务：{number} 号于 {time} 办结，超过下班时间 {minutes} 分钟。请选择原因：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="414" />
        <source>({n} waiting)</source>
        <translation>（共 {n} 条待填写）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="424" />
        <source>Mail the result of {number} free of charge (免费邮寄)…</source>
        <translation>为 {number} 号免费邮寄办理结果…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="462" />
        <source>Missing materials, one per line (printed on the notification letter)</source>
        <translation>需补正的材料，每行一项（打印在一次性告知书上）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="467" />
        <source>Confirm finish</source>
        <translation>确认办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="471" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="483" />
        <source>Hold the ticket (挂起)</source>
        <translation>挂起当前号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="489" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="492" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="494" />
        <source>Due for call-back in</source>
        <translation>多久后可回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="499" />
        <source>Confirm hold</source>
        <translation>确认挂起</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="506" />
        <source>Transfer to another line or window</source>
        <translation>转移到其他业务或窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="510" />
        <source>Note for the next clerk (optional)</source>
        <translation>给接办人员的备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="514" />
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="516" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="518" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="523" />
        <source>Confirm transfer</source>
        <translation>确认转移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="530" />
        <source>Pause the window (暂停服务)</source>
        <translation>暂停本窗口服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="537" />
        <source>Pause service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="557" />
        <source>Window {n} · {name}</source>
        <translation>{n}号窗口 · {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="580" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="585" />
        <source>{hall} · window {n} {name}</source>
        <translation>{hall} · {n}号窗口 {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="590" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="591" />
        <source>Paused: {reason}</source>
        <translation>暂停服务：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="592" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="599" />
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="618" />
        <source>Green channel: {reason}</source>
        <translation>绿色通道：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="636" />
        <source>{prefix} {name}: {n} waiting</source>
        <translation>{prefix} {name}：{n} 人等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="641" />
        <source>This window serves no business line.</source>
        <translation>本窗口未设置业务类别。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="644" />
        <source>Next: {numbers}</source>
        <translation>下一位：{numbers}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="646" />
        <source>Nobody is waiting.</source>
        <translation>暂无等候。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="668" />
        <source>{number} · {reason} · due {due}</source>
        <translation>{number} · {reason} · {due} 可回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="677" />
        <source>Served {served} · no-shows {no_shows} · average wait {wait} min · average service {service} min</source>
        <translation>已办结 {served} 人 · 过号 {no_shows} 人 · 平均等候 {wait} 分钟 · 平均办理 {service} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="687" />
        <source>Ratings {rated}: very satisfied {best}, satisfied {good}, bad {bad}; not rated {none}</source>
        <translation>评价 {rated} 次：非常满意 {best}，满意 {good}，差评 {bad}；未评价 {none}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="770" />
        <source>issued {time}</source>
        <translation>{time} 取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="774" />
        <source>waited {m} min</source>
        <translation>等候 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="775" />
        <source>called {n} times</source>
        <translation>已叫 {n} 次</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="830" />
        <source>List the missing materials: they are printed on the letter.</source>
        <translation>请填写需补正的材料，将打印在一次性告知书上。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="848" />
        <source>Any window of the line</source>
        <translation>该业务的任一窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="851" />
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
</context>
<context>
    <name>CourierController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/main.py" line="94" />
        <source>The courier window is for clerks and supervisors.</source>
        <translation>免费邮寄窗口仅限窗口人员和值班长使用。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/main.py" line="111" />
        <source>Dispatches</source>
        <translation>寄递列表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/main.py" line="112" />
        <source>New dispatch</source>
        <translation>新建寄递登记</translation>
    </message>
</context>
<context>
    <name>CourierForm</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="66" />
        <source>Free courier dispatch</source>
        <translation>免费邮政速递登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="77" />
        <source>Street, building, room</source>
        <translation>街道、楼栋、门牌号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="81" />
        <source>Results to the citizen</source>
        <translation>结果寄给群众</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="83" />
        <source>Collect materials from the citizen (两端寄递)</source>
        <translation>向群众收取材料（两端寄递）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="93" />
        <source>Certificate or approval</source>
        <translation>证照或批文名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="102" />
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="104" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="105" />
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="106" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="107" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="108" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="109" />
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="110" />
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="111" />
        <source>Direction</source>
        <translation>寄递方向</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="112" />
        <source>Carrier</source>
        <translation>承运</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="113" />
        <source>Cost borne by the hall (yuan)</source>
        <translation>大厅承担费用（元）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="122" />
        <source>What is sent</source>
        <translation>寄递内容</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="125" />
        <source>Save dispatch</source>
        <translation>保存寄递登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="153" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="182" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
</context>
<context>
    <name>CourierFormController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/form.py" line="265" />
        <source>Dispatch K{id:05d} saved: waiting for hand-over to {carrier}.</source>
        <translation>寄递单 K{id:05d} 已保存，等待交寄{carrier}。</translation>
    </message>
</context>
<context>
    <name>CourierList</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="148" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="150" />
        <source>Last 4 digits</source>
        <translation>手机后四位</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="153" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="160" />
        <source>All</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="163" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="189" />
        <source>Waybill number for hand-over</source>
        <translation>交寄运单号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="191" />
        <source>Hand over</source>
        <translation>交寄</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="192" />
        <source>Delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="194" />
        <source>Why it came back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="196" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="197" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="198" />
        <source>Print slip</source>
        <translation>打印寄递单</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="202" />
        <source>Print the day's manifest</source>
        <translation>打印当日交寄清单</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="254" />
        <source>{n} dispatches, cost {cost} yuan, {returned} returned</source>
        <translation>共 {n} 单，费用 {cost} 元，退回 {returned} 单</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="276" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
</context>
<context>
    <name>CourierListController</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="348" />
        <source>K{id:05d}: {status}</source>
        <translation>K{id:05d}：{status}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="443" />
        <source>Manifest of {day}: {n} dispatches.</source>
        <translation>{day} 交寄清单：共 {n} 单。</translation>
    </message>
</context>
<context>
    <name>CourierWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/main.py" line="30" />
        <source>Courier window</source>
        <translation>免费邮寄窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/main.py" line="32" />
        <source>Courier window · log in</source>
        <translation>免费邮寄窗口 · 登录</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="333" />
        <source>lunch {start}–{end}</source>
        <translation>午休 {start}–{end}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="203" />
        <source>Hall display</source>
        <translation>大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="204" />
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="205" />
        <source>Window 1 terminal</source>
        <translation>1号窗口评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="208" />
        <source>Clerk at window {n}</source>
        <translation>{n}号窗口工作台</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="111" />
        <source>This account cannot use the issuing desk (guides and supervisors only).</source>
        <translation>此账号不能使用导办台（仅限导办员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="130" />
        <source>No slip printer is set: numbers are issued without a slip.</source>
        <translation>未设置小票打印机：可以取号，但不会打印小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="170" />
        <source>Choose why this citizen takes the green channel</source>
        <translation>请选择绿色通道的原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="198" />
        <source>Number {number} issued, but the slip was not printed: {reason} You can reprint it.</source>
        <translation>已取号 {number}，但小票未打印：{reason} 可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="208" />
        <source>Number {number} issued, but printing failed; see the log. You can reprint it.</source>
        <translation>已取号 {number}，但打印失败（详见日志），可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="215" />
        <source>Slip of {number} reprinted.</source>
        <translation>已补打 {number} 的小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="217" />
        <source>Number {number} issued: {ahead} ahead, about {minutes} min.</source>
        <translation>已取号 {number}：前面还有 {ahead} 人，预计等候约 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="251" />
        <source>Cancel a number</source>
        <translation>取消排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="252" />
        <source>The citizen with {number} has left: cancel this number?</source>
        <translation>持 {number} 号的群众已离开，确定取消此号吗？</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="279" />
        <source>Number {number} cancelled.</source>
        <translation>已取消 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="297" />
        <source>Consultation recorded.</source>
        <translation>已登记一次答疑。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="145" />
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="154" />
        <source>Issuing desk · log in</source>
        <translation>导办台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="173" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="188" />
        <source>Click a business line (or press its key) to issue a number.</source>
        <translation>点击业务类别（或按对应功能键）即可取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="191" />
        <source>Citizen (optional)</source>
        <translation>群众信息（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="194" />
        <location filename="../../hall_desktop/ui/desk/window.py" line="206" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="196" />
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="199" />
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="209" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="212" />
        <source>ID number</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="217" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="219" />
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="238" />
        <source>Last ticket</source>
        <translation>刚取的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="249" />
        <source>Today's tickets</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="260" />
        <source>Reprint last</source>
        <translation>补打上一张</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="261" />
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="262" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="263" />
        <source>Citizen left: cancel</source>
        <translation>群众离开，取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="278" />
        <source>Questions answered (答疑解惑)</source>
        <translation>答疑解惑（首问负责）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="282" />
        <source>Question (optional)</source>
        <translation>问题（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="285" />
        <source>Answer given (optional)</source>
        <translation>答复（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="287" />
        <source>Answered +1  [F12]</source>
        <translation>答疑 +1  [F12]</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="332" />
        <source>{hall} · issuing desk</source>
        <translation>{hall} · 导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="340" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="369" />
        <source>Today: {count} (mine: {mine})</source>
        <translation>今日 {count} 次（本人 {mine} 次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="390" />
        <source>{line} · {ahead} ahead · about {minutes} min</source>
        <translation>{line} · 前面 {ahead} 人 · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="531" />
        <source>Aged 60 or over: use the green channel (elderly)?</source>
        <translation>年满60周岁：点此走绿色通道（老年人）</translation>
    </message>
</context>
<context>
    <name>DispatchModel</name>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="65" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="66" />
        <source>Entered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="67" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="68" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="69" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="70" />
        <source>Contents</source>
        <translation>寄递内容</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="71" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/courier/window.py" line="72" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="108" />
        <source>Hall display</source>
        <translation>大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="133" />
        <location filename="../../hall_desktop/ui/display/window.py" line="282" />
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="145" />
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="166" />
        <source>Windows</source>
        <translation>窗口状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="182" />
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="214" />
        <source>{hall} - hall display</source>
        <translation>{hall} - 大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="228" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="280" />
        <source>→ Window {n}</source>
        <translation>→ {n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="282" />
        <source>Recalling</source>
        <translation>重复呼叫</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="299" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="300" />
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="301" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="310" />
        <location filename="../../hall_desktop/ui/display/window.py" line="340" />
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="352" />
        <source>{n} waiting</source>
        <translation>{n}人</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="384" />
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>ExtendedController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="504" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="546" />
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="554" />
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
</context>
<context>
    <name>ExtendedList</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="188" />
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="191" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="195" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="196" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="197" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="268" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="198" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="269" />
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="199" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="273" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="221" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="248" />
        <location filename="../../hall_desktop/ui/admin/extended.py" line="349" />
        <source>Enter a record</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="222" />
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="223" />
        <source>Monthly report (PDF)</source>
        <translation>导出月报（PDF）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="224" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="259" />
        <source>What was done</source>
        <translation>办理的事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="267" />
        <source>Service day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="270" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="271" />
        <source>Finished</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="272" />
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="274" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="285" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="301" />
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="302" />
        <source>All clerks</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="309" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="321" />
        <source>{n} records, {minutes} min in all ({hours} h {rest} min)</source>
        <translation>共 {n} 条记录，合计延时 {minutes} 分钟（{hours} 小时 {rest} 分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="345" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="384" />
        <source>Edit record</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>ExtendedRecordModel</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="78" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="79" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="80" />
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="81" />
        <source>Number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="82" />
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="83" />
        <source>Closing</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="84" />
        <source>Finished</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="85" />
        <source>Minutes</source>
        <translation>延时（分钟）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="86" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="87" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="142" />
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/extended.py" line="150" />
        <source>to be completed</source>
        <translation>待填写</translation>
    </message>
</context>
<context>
    <name>HoursController</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="141" />
        <source>Nothing saved: correct the marked weekdays first.</source>
        <translation>未保存：请先更正标红的日期。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="151" />
        <source>Weekly hours saved. Other PCs follow them within a minute.</source>
        <translation>每周营业时间已保存，其他电脑将在一分钟内生效。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="177" />
        <source>{day} saved. Other PCs follow it within a minute.</source>
        <translation>{day} 已保存，其他电脑将在一分钟内生效。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="193" />
        <source>{day} follows the weekly hours again.</source>
        <translation>{day} 已恢复按每周营业时间。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="211" />
        <source>The holidays of {year} were imported from chinesecalendar.</source>
        <translation>已从 chinesecalendar 导入 {year} 年的节假日。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="220" />
        <source>Mark a year as entered</source>
        <translation>确认年度日历已录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="222" />
        <source>Have all holidays and make-up workdays of {year} been entered? The warning about {year} then goes away.</source>
        <translation>{year} 年的全部节假日和调休上班日都已录入了吗？确认后将不再提示 {year} 年日历缺失。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours_controller.py" line="244" />
        <source>{year} is marked as entered ({count} days).</source>
        <translation>{year} 年日历已确认录入（共 {count} 天）。</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="362" />
        <source>Opening hours and calendar</source>
        <translation>营业时间与日历</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="371" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="379" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="372" />
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="373" />
        <source>Open on holiday</source>
        <translation>节假日开放</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="374" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="382" />
        <source>Closed</source>
        <translation>闭厅</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="375" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="383" />
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="380" />
        <source>Make-up</source>
        <translation>调休</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="381" />
        <source>Holiday open</source>
        <translation>假日开放</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="390" />
        <source>Opening hours and holiday calendar</source>
        <translation>营业时间与节假日日历</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="460" />
        <source>Save weekly hours</source>
        <translation>保存每周营业时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="462" />
        <source>Other PCs follow new hours within a minute.</source>
        <translation>其他电脑将在一分钟内按新时间执行。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="464" />
        <source>Weekly opening hours</source>
        <translation>每周营业时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="468" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="480" />
        <source>Open</source>
        <translation>营业</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="468" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="551" />
        <source>Opens</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="468" />
        <source>Closes</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="468" />
        <source>Lunch</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="469" />
        <source>Lunch from</source>
        <translation>午休开始</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="469" />
        <source>Lunch until</source>
        <translation>午休结束</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="481" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="557" />
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="503" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="897" />
        <source>A single day</source>
        <translation>单日设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="506" />
        <source>Click a day in the month to mark a holiday, a make-up workday (调休) or a holiday opening with its own hours.</source>
        <translation>点击月历中的日期，可设为节假日、调休上班日，或节假日开放（单独设置营业时间）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="535" />
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="539" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="541" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="546" />
        <source>Own hours</source>
        <translation>当日营业时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="575" />
        <source>Back to weekly hours</source>
        <translation>恢复按每周时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="577" />
        <source>Save day</source>
        <translation>保存当日设置</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="594" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="596" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="597" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="624" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="674" />
        <source>Connection lost: changes cannot be saved. Click Reload to try again.</source>
        <translation>连接中断，暂时无法保存。请点击“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="700" />
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="720" />
        <source>imported from chinesecalendar</source>
        <translation>从 chinesecalendar 导入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="722" />
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="725" />
        <source>Holidays of {year}: {source}</source>
        <translation>{year} 年节假日：{source}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="729" />
        <source>Holidays of {year} not entered yet</source>
        <translation>{year} 年节假日尚未录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="732" />
        <location filename="../../hall_desktop/ui/admin/hours.py" line="780" />
        <source>Import {year}</source>
        <translation>导入 {year} 年</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="734" />
        <source>Take the holidays and make-up workdays of {year} from chinesecalendar</source>
        <translation>从 chinesecalendar 导入 {year} 年的节假日和调休上班日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="739" />
        <source>Mark {year} as entered</source>
        <translation>确认 {year} 年已录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="752" />
        <source>{year}: chinesecalendar</source>
        <translation>{year} 年：chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="754" />
        <source>{year}: entered by hand</source>
        <translation>{year} 年：手工录入</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="756" />
        <source>{year}: missing ({count} days entered)</source>
        <translation>{year} 年：缺失（已录入 {count} 天）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="760" />
        <source>Calendar years: </source>
        <translation>日历年度：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="770" />
        <source>The holidays and make-up workdays of {year} have not been entered yet. chinesecalendar knows them: import them now.</source>
        <translation>{year} 年的节假日和调休上班日尚未录入。chinesecalendar 已有该年数据，请立即导入。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="775" />
        <source>The holidays and make-up workdays of {year} have not been entered yet, and chinesecalendar does not know them: enter them day by day, then mark {year} as entered. Until then {year} follows the weekly hours only.</source>
        <translation>{year} 年的节假日和调休上班日尚未录入，chinesecalendar 也没有该年数据：请逐日录入后确认 {year} 年已录入。在此之前，{year} 年只按每周营业时间执行。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="782" />
        <source>Go to January {year}</source>
        <translation>转到 {year} 年 1 月</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="833" />
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="835" />
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="836" />
        <source>closed</source>
        <translation>不营业</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="839" />
        <source>Now: {kind}, {hours}, by the weekly hours.</source>
        <translation>当前：{kind}，{hours}，按每周营业时间。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="841" />
        <source>Now: {kind}{name}, {hours}.</source>
        <translation>当前：{kind}{name}，{hours}。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="905" />
        <source>The hall does not open on this day.</source>
        <translation>大厅当日不营业。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="909" />
        <source>A holiday opening (appointments, 不打烊) needs its own hours.</source>
        <translation>节假日开放（预约服务、不打烊）需要设置当日营业时间。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/admin/hours.py" line="912" />
        <source>Without own hours a make-up workday keeps the weekday hours.</source>
        <translation>不单独设置时，调休上班日按工作日营业时间执行。</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="121" />
        <source>{waiting} waiting · about {minutes} min</source>
        <translation>{waiting} 人等候 · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="126" />
        <source>Closed: {reason}</source>
        <translation>暂停取号：{reason}</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="32" />
        <location filename="../../hall_desktop/ui/common/login.py" line="44" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="35" />
        <location filename="../../hall_desktop/ui/common/login.py" line="45" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="40" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/common/login.py" line="83" />
        <source>Enter your user name</source>
        <translation>请输入用户名</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="103" />
        <source>Completed (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="104" />
        <source>Accepted (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="105" />
        <source>Materials to supplement (补正告知)</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="108" />
        <source>Not accepted (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="109" />
        <source>Consultation (咨询)</source>
        <translation>咨询</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../hall_desktop/printing/printer.py" line="180" />
        <location filename="../../hall_desktop/printing/printer.py" line="201" />
        <source>Ticket slip</source>
        <translation>取号小票</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/printing/printer.py" line="206" />
        <source>Ticket slip preview</source>
        <translation>小票打印预览</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <location filename="../../hall_desktop/ui/common/controller.py" line="51" />
        <source>Something went wrong; the details are in the log.</source>
        <translation>出现了程序错误，详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>ServiceItemModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="83" />
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="84" />
        <source>Service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/items.py" line="85" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>TerminalController</name>
    <message>
        <location filename="../../hall_desktop/ui/terminal/controller.py" line="165" />
        <source>This hall has no active window {n}: check the terminal's settings.</source>
        <translation>本大厅没有启用的 {n} 号窗口，请检查本评价器的设置</translation>
    </message>
</context>
<context>
    <name>TerminalWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="148" />
        <source>Window terminal</source>
        <translation>窗口评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="162" />
        <source>Serving you</source>
        <translation>为您服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="165" />
        <location filename="../../hall_desktop/ui/terminal/window.py" line="372" />
        <source>No staff on duty</source>
        <translation>暂无工作人员</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="231" />
        <source>Please rate our service</source>
        <translation>请对本次服务进行评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="259" />
        <source>Sorry! Please tell us what was wrong:</source>
        <translation>很抱歉！请选择不满意的原因：</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="276" />
        <source>Anything else? (optional)</source>
        <translation>其他意见（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="277" />
        <source>Submit</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="281" />
        <source>Please choose a reason first</source>
        <translation>请先选择一个原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="317" />
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="318" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="319" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="320" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="321" />
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="327" />
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="328" />
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="329" />
        <source>Paperwork</source>
        <translation>材料要求</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="330" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="357" />
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="359" />
        <source>Window {n} - terminal</source>
        <translation>{n}号窗口 - 评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="366" />
        <source>Staff no. {number} {name}</source>
        <translation>工号 {number} {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="378" />
        <source>Reason: {reason}</source>
        <translation>暂停原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="379" />
        <source>Please wait a moment or go to another window</source>
        <translation>请稍候，或到其他窗口办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="383" />
        <source>Service paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="389" />
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="391" />
        <source>Please have your documents ready</source>
        <translation>请准备好您的证件和材料</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="401" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="413" />
        <source>No. {number}</source>
        <translation>{number} 号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="441" />
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="444" />
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="445" />
        <source>Your opinion helps us serve you better.</source>
        <translation>您的意见是我们改进服务的动力</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="505" />
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="505" />
        <source>Please wait for your number</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/terminal/window.py" line="521" />
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="34" />
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="35" />
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="36" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="37" />
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="38" />
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="39" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="40" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="41" />
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="42" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="85" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="86" />
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="87" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="88" />
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="89" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="113" />
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
</context>
</TS>