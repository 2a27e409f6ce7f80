"""Windows and business lines (窗口与业务类别): what the setup screen shows and edits,
and the rules a form's values must keep. No database here: the use cases are in
:mod:`hall_desktop.services.windows_lines`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.numbering import PREFIX_PATTERN
from hall_desktop.domain.queue import MAX_WAIT_MINUTES_MAX, PRIORITY_EVERY_MAX
from hall_desktop.domain.records import record_from
from hall_desktop.domain.text import TextRule

DAILY_LIMIT_MAX = 9999
#: 大厅监控's thresholds (the hall's settings check the same bounds).
ALERT_COUNT_MAX = 999
ALERT_MINUTES_MAX = 600
FIRST_NUMBER_MAX = 9999
SERVICE_MINUTES_MAX = 240
WINDOW_NUMBER_MAX = 999


class WindowKind(StrEnum):
    COMPREHENSIVE = "comprehensive"  # 综合窗口
    DEDICATED = "dedicated"  # 专窗
    COURIER = "courier"  # 免费邮政速递窗口
    HARD_CASE = "hard_case"  # 办不成事反映窗口

    @property
    def label(self) -> str:
        return WINDOW_KIND_LABELS[self]


#: The hall's own words for the kinds (shown as they are, like the role names).
WINDOW_KIND_LABELS = {
    WindowKind.COMPREHENSIVE: "综合窗口",
    WindowKind.DEDICATED: "专窗",
    WindowKind.COURIER: "邮政速递窗口",
    WindowKind.HARD_CASE: "办不成事反映窗口",
}


# -- what the screens get ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineFields:
    """What a line's form holds: the editable part of a business line."""

    prefix: str
    name: str
    daily_limit: int | None = None  # None: no limit
    first_number: int = 1
    default_service_minutes: int = 10
    active: bool = True
    #: The line's own queue policy (叫号规则); None: the hall's (大厅设置).
    priority_every: int | None = None  # 0 strict, N for N:1
    max_wait_minutes: int | None = None  # 0: no bound
    #: 大厅监控: the line's own alert thresholds; None: the hall's (0: no alert).
    alert_waiting_count: int | None = None
    alert_wait_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class LineSetup:
    """A business line as the setup screen shows it."""

    id: int
    prefix: str
    name: str
    daily_limit: int | None
    first_number: int
    default_service_minutes: int
    active: bool
    sort_order: int
    #: Numbers of the active windows that serve the line, ascending (empty: nobody calls it).
    window_numbers: tuple[int, ...] = ()
    issued_today: int = 0
    waiting_today: int = 0
    priority_every: int | None = None  # the line's own interleave; None: the hall's
    max_wait_minutes: int | None = None  # the line's own waiting bound; None: the hall's
    alert_waiting_count: int | None = None  # 大厅监控's thresholds; None: the hall's
    alert_wait_minutes: int | None = None

    def fields(self) -> LineFields:
        return record_from(LineFields, self)


@dataclass(frozen=True, slots=True)
class WindowFields:
    """What a window's form holds."""

    number: int
    name: str
    kind: WindowKind = WindowKind.COMPREHENSIVE
    active: bool = True


@dataclass(frozen=True, slots=True)
class ServedLine:
    """One line a window serves, with its rank (1 is called first)."""

    line_id: int
    prefix: str
    name: str
    rank: int
    active: bool


@dataclass(frozen=True, slots=True)
class WindowSetup:
    id: int
    number: int
    name: str
    kind: WindowKind
    active: bool
    paused: bool
    clerk_name: str | None  # signed in at the window now
    lines: tuple[ServedLine, ...] = ()

    @property
    def line_ids(self) -> tuple[int, ...]:
        return tuple(line.line_id for line in self.lines)

    @property
    def serves_active_line(self) -> bool:
        return any(line.active for line in self.lines)

    def fields(self) -> WindowFields:
        return WindowFields(number=self.number, name=self.name, kind=self.kind, active=self.active)


@dataclass(frozen=True, slots=True)
class HallSetup:
    lines: tuple[LineSetup, ...]  # in display order (sort order, then prefix)
    windows: tuple[WindowSetup, ...]  # by number

    def line(self, line_id: int) -> LineSetup:
        return next(line for line in self.lines if line.id == line_id)

    def window(self, window_id: int) -> WindowSetup:
        return next(w for w in self.windows if w.id == window_id)


# -- checking the forms -----------------------------------------------------------------


def whole(field: str, value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"{what}应为整数")
    return value


def _optional_within(field: str, value: object, what: str, high: int, refusal: str) -> int | None:
    """None (the hall's setting), or a whole number from 0 to ``high``."""
    if value is None:
        return None
    number = whole(field, value, what)
    if not 0 <= number <= high:
        raise ValidationError(field, refusal)
    return number


def checked_line(fields: LineFields, prefix_rule: TextRule, name_rule: TextRule) -> LineFields:
    """The form's values cleaned (prefix in capitals, names trimmed) or the field to blame.

    The text rules come from the columns that keep the fields (``services/rules.py``).
    """
    try:
        prefix = prefix_rule.clean(fields.prefix).upper()
    except ValidationError:  # too long, a control character …: said in the prefix's words
        prefix = ""
    if not PREFIX_PATTERN.match(prefix) or not prefix.isascii():
        raise ValidationError("prefix", "号码前缀应为 1 到 2 个英文字母（如 A、GC）")
    name = name_rule.clean(fields.name, required=True)
    limit = fields.daily_limit
    if limit is not None:
        limit = whole("daily_limit", limit, "每日限号")
        if not 1 <= limit <= DAILY_LIMIT_MAX:
            raise ValidationError(
                "daily_limit", f"每日限号应在 1 到 {DAILY_LIMIT_MAX} 之间，不限号请留空"
            )
    first = whole("first_number", fields.first_number, "起始号")
    if not 1 <= first <= FIRST_NUMBER_MAX:
        raise ValidationError("first_number", f"起始号应在 1 到 {FIRST_NUMBER_MAX} 之间")
    minutes = whole("default_service_minutes", fields.default_service_minutes, "平均办理时长")
    if not 1 <= minutes <= SERVICE_MINUTES_MAX:
        raise ValidationError(
            "default_service_minutes", f"平均办理时长应在 1 到 {SERVICE_MINUTES_MAX} 分钟之间"
        )
    every = _optional_within(
        "priority_every",
        fields.priority_every,
        "优先号穿插比例",
        PRIORITY_EVERY_MAX,
        f"优先号穿插比例应在 0（优先号始终在前）到 {PRIORITY_EVERY_MAX} 之间",
    )
    bound = _optional_within(
        "max_wait_minutes",
        fields.max_wait_minutes,
        "普通号最长等候",
        MAX_WAIT_MINUTES_MAX,
        f"普通号最长等候应在 0（不限）到 {MAX_WAIT_MINUTES_MAX} 分钟之间",
    )
    waiting = _optional_within(
        "alert_waiting_count",
        fields.alert_waiting_count,
        "排队人数提醒",
        ALERT_COUNT_MAX,
        f"排队人数提醒应在 0（不提醒）到 {ALERT_COUNT_MAX} 之间，留空则使用大厅设置",
    )
    wait = _optional_within(
        "alert_wait_minutes",
        fields.alert_wait_minutes,
        "最长等候提醒",
        ALERT_MINUTES_MAX,
        f"最长等候提醒应在 0（不提醒）到 {ALERT_MINUTES_MAX} 分钟之间，留空则使用大厅设置",
    )
    return LineFields(
        prefix, name, limit, first, minutes, bool(fields.active), every, bound, waiting, wait
    )


def checked_window(fields: WindowFields, name_rule: TextRule) -> WindowFields:
    number = whole("number", fields.number, "窗口号")
    if not 1 <= number <= WINDOW_NUMBER_MAX:
        raise ValidationError("number", f"窗口号应在 1 到 {WINDOW_NUMBER_MAX} 之间")
    name = name_rule.clean(fields.name, required=True)
    try:
        kind = WindowKind(fields.kind)
    except ValueError:
        raise ValidationError("kind", "请选择窗口类型") from None
    return WindowFields(number, name, kind, bool(fields.active))


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The old and new values of the fields that differ."""
    changed = [key for key in after if before[key] != after[key]]
    return {k: before[k] for k in changed}, {k: after[k] for k in changed}


def unique_ids(field: str, ids: Sequence[int], what: str) -> list[int]:
    wanted = [whole(field, i, what) for i in ids]
    if len(set(wanted)) != len(wanted):
        raise ValidationError(field, f"同一{what}不能出现两次")
    return wanted


def window_kind(value: str) -> WindowKind:
    try:
        return WindowKind(value)
    except ValueError:  # a kind this program does not know yet
        return WindowKind.COMPREHENSIVE
