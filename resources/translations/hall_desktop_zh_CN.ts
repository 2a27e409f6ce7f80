<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="133" />
        <source>This account cannot work at a window (clerks and supervisors only).</source>
        <translation>此账号不能在窗口办理业务（仅限窗口人员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="180" />
        <source>{number} is still in hand: carry on.</source>
        <translation>{number} 号仍在办理中，请继续。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="303" />
        <source>Calling {number} (call {n}).</source>
        <translation>正在呼叫 {number} 号（第 {n} 次）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="306" />
        <source>Serving {number}.</source>
        <translation>开始办理 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="307" />
        <source>{number} marked as no-show.</source>
        <translation>{number} 号已过号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="308" />
        <source>{number} finished.</source>
        <translation>{number} 号已办结。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="309" />
        <source>{number} is on hold.</source>
        <translation>{number} 号已挂起。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="310" />
        <source>{number} transferred: it waits in its new line.</source>
        <translation>{number} 号已转移，在新的业务中排队。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="319" />
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
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="412" />
        <source>Window paused: {reason}</source>
        <translation>已暂停服务：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/controller.py" line="419" />
        <source>Service resumed.</source>
        <translation>已恢复服务。</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="150" />
        <source>Clerk workstation</source>
        <translation>窗口工作台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="163" />
        <source>Clerk workstation · log in</source>
        <translation>窗口工作台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="180" />
        <source>Which window are you at today?</source>
        <translation>请选择今天所在的窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="182" />
        <source>Start work at this window</source>
        <translation>在此窗口开始工作</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="207" />
        <source>Leave window</source>
        <translation>退出窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="221" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="546" />
        <source>No ticket in hand</source>
        <translation>当前无办理中的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="250" />
        <source>Press F1 to call the next citizen.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="263" />
        <source>My lines</source>
        <translation>本窗口业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="273" />
        <source>On hold</source>
        <translation>挂起列表</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="276" />
        <source>Call back</source>
        <translation>回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="282" />
        <source>My day</source>
        <translation>今日工作量</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="328" />
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="329" />
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="330" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="331" />
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="332" />
        <source>Finish…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="333" />
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="334" />
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="335" />
        <location filename="../../hall_desktop/ui/clerk/window.py" line="538" />
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="369" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="378" />
        <source>Finish: what was handled</source>
        <translation>办结：选择办理的事项</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="380" />
        <source>Type a name or code to find service items</source>
        <translation>输入事项名称或编码查找</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="398" />
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="401" />
        <source>Missing materials, one per line (printed on the notification letter)</source>
        <translation>需补正的材料，每行一项（打印在一次性告知书上）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="406" />
        <source>Confirm finish</source>
        <translation>确认办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="410" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="422" />
        <source>Hold the ticket (挂起)</source>
        <translation>挂起当前号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="428" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="431" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="433" />
        <source>Due for call-back in</source>
        <translation>多久后可回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="438" />
        <source>Confirm hold</source>
        <translation>确认挂起</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="445" />
        <source>Transfer to another line or window</source>
        <translation>转移到其他业务或窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="449" />
        <source>Note for the next clerk (optional)</source>
        <translation>给接办人员的备注（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="453" />
        <source>Business line</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="455" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="457" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="462" />
        <source>Confirm transfer</source>
        <translation>确认转移</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="469" />
        <source>Pause the window (暂停服务)</source>
        <translation>暂停本窗口服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="476" />
        <source>Pause service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="496" />
        <source>Window {n} · {name}</source>
        <translation>{n}号窗口 · {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="519" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="524" />
        <source>{hall} · window {n} {name}</source>
        <translation>{hall} · {n}号窗口 {name}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="529" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="530" />
        <source>Paused: {reason}</source>
        <translation>暂停服务：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="531" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="538" />
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="557" />
        <source>Green channel: {reason}</source>
        <translation>绿色通道：{reason}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="575" />
        <source>{prefix} {name}: {n} waiting</source>
        <translation>{prefix} {name}：{n} 人等候</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="580" />
        <source>This window serves no business line.</source>
        <translation>本窗口未设置业务类别。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="583" />
        <source>Next: {numbers}</source>
        <translation>下一位：{numbers}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="585" />
        <source>Nobody is waiting.</source>
        <translation>暂无等候。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="607" />
        <source>{number} · {reason} · due {due}</source>
        <translation>{number} · {reason} · {due} 可回呼</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="616" />
        <source>Served {served} · no-shows {no_shows} · average wait {wait} min · average service {service} min</source>
        <translation>已办结 {served} 人 · 过号 {no_shows} 人 · 平均等候 {wait} 分钟 · 平均办理 {service} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="626" />
        <source>Ratings {rated}: very satisfied {best}, satisfied {good}, bad {bad}; not rated {none}</source>
        <translation>评价 {rated} 次：非常满意 {best}，满意 {good}，差评 {bad}；未评价 {none}</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="708" />
        <source>issued {time}</source>
        <translation>{time} 取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="712" />
        <source>waited {m} min</source>
        <translation>等候 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="713" />
        <source>called {n} times</source>
        <translation>已叫 {n} 次</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="768" />
        <source>List the missing materials: they are printed on the letter.</source>
        <translation>请填写需补正的材料，将打印在一次性告知书上。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="786" />
        <source>Any window of the line</source>
        <translation>该业务的任一窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="789" />
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="186" />
        <source>Hall display</source>
        <translation>大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="187" />
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="188" />
        <source>Window 1 terminal</source>
        <translation>1号窗口评价器</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/demo/main.py" line="191" />
        <source>Clerk at window {n}</source>
        <translation>{n}号窗口工作台</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="109" />
        <source>This account cannot use the issuing desk (guides and supervisors only).</source>
        <translation>此账号不能使用导办台（仅限导办员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="128" />
        <source>No slip printer is set: numbers are issued without a slip.</source>
        <translation>未设置小票打印机：可以取号，但不会打印小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="184" />
        <source>Choose why this citizen takes the green channel</source>
        <translation>请选择绿色通道的原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="212" />
        <source>Number {number} issued, but the slip was not printed: {reason} You can reprint it.</source>
        <translation>已取号 {number}，但小票未打印：{reason} 可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="222" />
        <source>Number {number} issued, but printing failed; see the log. You can reprint it.</source>
        <translation>已取号 {number}，但打印失败（详见日志），可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="229" />
        <source>Slip of {number} reprinted.</source>
        <translation>已补打 {number} 的小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="231" />
        <source>Number {number} issued: {ahead} ahead, about {minutes} min.</source>
        <translation>已取号 {number}：前面还有 {ahead} 人，预计等候约 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="265" />
        <source>Cancel a number</source>
        <translation>取消排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="266" />
        <source>The citizen with {number} has left: cancel this number?</source>
        <translation>持 {number} 号的群众已离开，确定取消此号吗？</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="293" />
        <source>Number {number} cancelled.</source>
        <translation>已取消 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="311" />
        <source>Consultation recorded.</source>
        <translation>已登记一次答疑。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="162" />
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="171" />
        <source>Issuing desk · log in</source>
        <translation>导办台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="190" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="205" />
        <source>Click a business line (or press its key) to issue a number.</source>
        <translation>点击业务类别（或按对应功能键）即可取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="208" />
        <source>Citizen (optional)</source>
        <translation>群众信息（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="211" />
        <location filename="../../hall_desktop/ui/desk/window.py" line="223" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="213" />
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="216" />
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="226" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="229" />
        <source>ID number</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="234" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="236" />
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="255" />
        <source>Last ticket</source>
        <translation>刚取的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="266" />
        <source>Today's tickets</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="277" />
        <source>Reprint last</source>
        <translation>补打上一张</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="278" />
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="279" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="280" />
        <source>Citizen left: cancel</source>
        <translation>群众离开，取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="295" />
        <source>Questions answered (答疑解惑)</source>
        <translation>答疑解惑（首问负责）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="299" />
        <source>Question (optional)</source>
        <translation>问题（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="302" />
        <source>Answer given (optional)</source>
        <translation>答复（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="304" />
        <source>Answered +1  [F12]</source>
        <translation>答疑 +1  [F12]</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="349" />
        <source>{hall} · issuing desk</source>
        <translation>{hall} · 导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="357" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="386" />
        <source>Today: {count} (mine: {mine})</source>
        <translation>今日 {count} 次（本人 {mine} 次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="407" />
        <source>{line} · {ahead} ahead · about {minutes} min</source>
        <translation>{line} · 前面 {ahead} 人 · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="548" />
        <source>Aged 60 or over: use the green channel (elderly)?</source>
        <translation>年满60周岁：点此走绿色通道（老年人）</translation>
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
    <name>LineButton</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="138" />
        <source>{waiting} waiting · about {minutes} min</source>
        <translation>{waiting} 人等候 · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="143" />
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
        <location filename="../../hall_desktop/ui/clerk/window.py" line="98" />
        <source>Completed (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="99" />
        <source>Accepted (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="100" />
        <source>Materials to supplement (补正告知)</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="103" />
        <source>Not accepted (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/clerk/window.py" line="104" />
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
        <location filename="../../hall_desktop/ui/common/controller.py" line="49" />
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