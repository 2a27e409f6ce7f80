"""清廉大厅 patrols (定时巡查和不定时检查): the hall's checklist and what a "not met" becomes.

The checklist lives in the hall's settings as one text, items separated by ";" (a
person may type "；" or one item per line); :func:`checklist_items` reads it and
:func:`check_checklist` checks and normalises what a supervisor typed. Each item not met
at a window becomes a 督查 finding in the case ledger, worded by :func:`finding_text`.
"""

from __future__ import annotations

import re

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.text import TextRule

CHECKLIST_ITEMS_MAX = 12
ITEM_LENGTH_MAX = 12
#: The item that says whether the clerk is at the window: not met is 离岗.
ON_DUTY_ITEM = "在岗"
#: The 督查 categories (``domain.cases.FINDING_CATEGORIES``) a "not met" is filed under.
ABSENT_CATEGORY = "离岗"
SERVICE_CATEGORY = "服务规范"

_SEPARATORS = re.compile("[;；\r\n]")
#: Cleans an item; its length is checked after, naming the item.
_ITEM = TextRule("patrol_checklist", "巡查项目", 300)


def checklist_items(text: str) -> tuple[str, ...]:
    """The items of a checklist text, in order, blanks dropped (no checks made)."""
    return tuple(part for part in (p.strip() for p in _SEPARATORS.split(text)) if part)


def check_checklist(text: str) -> str:
    """The checklist as stored ("在岗;着装规范;…"), or a Chinese refusal: 1 to 12 items,
    each 1 to 12 characters, none twice."""
    if not isinstance(text, str):
        raise ValidationError("patrol_checklist", "巡查项目应为文字")
    items = [_ITEM.clean(part) for part in _SEPARATORS.split(text)]
    items = [item for item in items if item]
    if not items:
        raise ValidationError("patrol_checklist", "请至少填写一项巡查项目")
    if len(items) > CHECKLIST_ITEMS_MAX:
        raise ValidationError(
            "patrol_checklist",
            f"巡查项目最多 {CHECKLIST_ITEMS_MAX} 项（现有 {len(items)} 项）",
        )
    for item in items:
        if len(item) > ITEM_LENGTH_MAX:
            raise ValidationError(
                "patrol_checklist",
                f"巡查项目“{item[:ITEM_LENGTH_MAX]}…”过长（每项最多 {ITEM_LENGTH_MAX} 个字）",
            )
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise ValidationError("patrol_checklist", f"巡查项目“{item}”重复了")
        seen.add(item)
    return ";".join(items)


def finding_category(item: str) -> str:
    """The 督查 category of a "not met": 离岗 for 在岗, else 服务规范."""
    return ABSENT_CATEGORY if item == ON_DUTY_ITEM else SERVICE_CATEGORY


def finding_text(window_number: int, item: str, note: str | None, max_length: int) -> str:
    """ "3号窗口：着装规范 不达标（未穿工装）", the note shortened to fit ``max_length``."""
    head = f"{window_number}号窗口：{item} 不达标"
    if not note:
        return head[:max_length]
    room = max_length - len(head) - 2
    if room <= 0:
        return head[:max_length]
    shown = note if len(note) <= room else note[: room - 1] + "…"
    return f"{head}（{shown}）"
