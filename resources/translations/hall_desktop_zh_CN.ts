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
    <name>DeskController</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="89" />
        <source>Something went wrong; the details are in the log.</source>
        <translation>出现了程序错误，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="145" />
        <source>This account cannot use the issuing desk (guides and supervisors only).</source>
        <translation>此账号不能使用导办台（仅限导办员和值班长）。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="164" />
        <source>No slip printer is set: numbers are issued without a slip.</source>
        <translation>未设置小票打印机：可以取号，但不会打印小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="220" />
        <source>Choose why this citizen takes the green channel</source>
        <translation>请选择绿色通道的原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="247" />
        <source>Number {number} issued, but the slip was not printed: {reason} You can reprint it.</source>
        <translation>已取号 {number}，但小票未打印：{reason} 可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="255" />
        <source>Number {number} issued, but printing failed; see the log. You can reprint it.</source>
        <translation>已取号 {number}，但打印失败（详见日志），可稍后补打。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="262" />
        <source>Slip of {number} reprinted.</source>
        <translation>已补打 {number} 的小票。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="264" />
        <source>Number {number} issued: {ahead} ahead, about {minutes} min.</source>
        <translation>已取号 {number}：前面还有 {ahead} 人，预计等候约 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="300" />
        <source>Cancel a number</source>
        <translation>取消排队号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="301" />
        <source>The citizen with {number} has left: cancel this number?</source>
        <translation>持 {number} 号的群众已离开，确定取消此号吗？</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="326" />
        <source>Number {number} cancelled.</source>
        <translation>已取消 {number} 号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/controller.py" line="344" />
        <source>Consultation recorded.</source>
        <translation>已登记一次答疑。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="156" />
        <source>Issuing desk</source>
        <translation>导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="165" />
        <source>Issuing desk · log in</source>
        <translation>导办台 · 登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="183" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="198" />
        <source>Click a business line (or press its key) to issue a number.</source>
        <translation>点击业务类别（或按对应功能键）即可取号。</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="201" />
        <source>Citizen (optional)</source>
        <translation>群众信息（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="204" />
        <location filename="../../hall_desktop/ui/desk/window.py" line="216" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="206" />
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="209" />
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="219" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="222" />
        <source>ID number</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="227" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="229" />
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="248" />
        <source>Last ticket</source>
        <translation>刚取的号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="259" />
        <source>Today's tickets</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="272" />
        <source>Reprint last</source>
        <translation>补打上一张</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="273" />
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="274" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="275" />
        <source>Citizen left: cancel</source>
        <translation>群众离开，取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="290" />
        <source>Questions answered (答疑解惑)</source>
        <translation>答疑解惑（首问负责）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="294" />
        <source>Question (optional)</source>
        <translation>问题（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="297" />
        <source>Answer given (optional)</source>
        <translation>答复（选填）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="299" />
        <source>Answered +1  [F12]</source>
        <translation>答疑 +1  [F12]</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="344" />
        <source>{hall} · issuing desk</source>
        <translation>{hall} · 导办台</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="352" />
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="381" />
        <source>Today: {count} (mine: {mine})</source>
        <translation>今日 {count} 次（本人 {mine} 次）</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="402" />
        <source>{line} · {ahead} ahead · about {minutes} min</source>
        <translation>{line} · 前面 {ahead} 人 · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="532" />
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
        <location filename="../../hall_desktop/ui/desk/window.py" line="130" />
        <source>{waiting} waiting · about {minutes} min</source>
        <translation>{waiting} 人等候 · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/desk/window.py" line="136" />
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
    <name>TicketStatus</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="28" />
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="29" />
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="30" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="31" />
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="32" />
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="33" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="34" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="35" />
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="36" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="79" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="80" />
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="81" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="82" />
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="83" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/models/tickets.py" line="107" />
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
</context>
</TS>