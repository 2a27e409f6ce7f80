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
    <name>DisplayWindow</name>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="107" />
        <source>Hall display</source>
        <translation>大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="132" />
        <location filename="../../hall_desktop/ui/display/window.py" line="282" />
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="144" />
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="164" />
        <source>Windows</source>
        <translation>窗口状态</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="180" />
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="212" />
        <source>{hall} - hall display</source>
        <translation>{hall} - 大厅综合屏</translation>
    </message>
    <message>
        <location filename="../../hall_desktop/ui/display/window.py" line="226" />
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
        <location filename="../../hall_desktop/ui/display/window.py" line="383" />
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
</TS>