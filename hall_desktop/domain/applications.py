"""限时办结: an application accepted at a window (受理) is a 办件 with a due date, counted
in the hall's working days from its service day; issuing the result closes it.

Pure rules: the default promise, when a 办件 is due soon or overdue, how it was closed.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

#: Working days promised for an item the catalogue gives no 承诺时限 (or for a 受理 with
#: no item picked): 20 working days, the usual statutory limit for an administrative
#: licence (《行政许可法》第四十二条). A constant, not a hall setting: the catalogue is
#: where a hall states its promises.
DEFAULT_PROMISED_DAYS = 20
#: A 办件 due today or within this many working days after today is listed as due soon.
DUE_SOON_DAYS = 3


class ClosedHow(StrEnum):
    """How the result was issued (出件)."""

    WINDOW = "window"  # 窗口领取
    COURIER = "courier"  # 免费邮寄

    @property
    def label(self) -> str:
        return CLOSED_LABELS[self]


CLOSED_LABELS = {ClosedHow.WINDOW: "窗口领取", ClosedHow.COURIER: "免费邮寄"}


class DueState(StrEnum):
    """Where a 办件 stands against its due date on a given day."""

    OPEN = "open"  # 办理中
    DUE_SOON = "due_soon"  # 即将到期
    OVERDUE = "overdue"  # 已逾期
    ON_TIME = "on_time"  # 按时办结
    LATE = "late"  # 超期办结

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    DueState.OPEN: "办理中",
    DueState.DUE_SOON: "即将到期",
    DueState.OVERDUE: "已逾期",
    DueState.ON_TIME: "按时办结",
    DueState.LATE: "超期办结",
}


def due_state(due_date: date, closed_on: date | None, *, today: date, soon_until: date) -> DueState:
    """The state of a 办件 due on ``due_date`` (closed on ``closed_on``, if closed) as of
    ``today``; ``soon_until`` is the last day of the due-soon window (the
    :data:`DUE_SOON_DAYS`-th working day after today). Due on the due date itself is on
    time: overdue begins the day after."""
    if closed_on is not None:
        return DueState.ON_TIME if closed_on <= due_date else DueState.LATE
    if due_date < today:
        return DueState.OVERDUE
    if due_date <= soon_until:
        return DueState.DUE_SOON
    return DueState.OPEN


def application_code(application_id: int) -> str:
    """What a 办件 is called on screens and in the log: ``BJ000123``."""
    return f"BJ{application_id:06d}"
