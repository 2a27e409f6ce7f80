"""The reasons a person picks from a list, each list in one place.

The screens offer them; where a service insists on one of them it checks against the
same tuple. Users see them as they are written here (Simplified Chinese)."""

from __future__ import annotations

#: Why a guide gives a citizen the green channel (绿色通道) at the desk.
GREEN_REASONS = ("老年人", "残疾人", "孕产妇", "军人", "其他")

#: Why a clerk puts a ticket on hold (挂起) at the window.
HOLD_REASONS = ("等待补充材料", "群众暂时离开", "需要请示", "系统故障", "其他")

#: Why a clerk pauses the window (暂停服务).
PAUSE_REASONS = ("休息", "会议", "培训", "系统故障", "其他")

#: Why a citizen was not satisfied (差评), asked on the window's terminal.
BAD_REASONS = ("态度", "效率", "材料要求", "其他")

#: What a citizen may add to a 差评 with one tap: a terminal's touch screen has no
#: keyboard (free text only where one is attached: the ``terminal_keyboard`` setting).
RATING_NOTES = ("等候时间太长", "指引不清楚", "多次往返", "设备故障")
