"""Ticket states and transitions (排队号的状态).

``waiting → called → serving → done``; ``called → no_show``; ``called|serving → held``
(挂起) ``→ called`` (回呼); ``waiting|called|serving → transferred`` (the target line gets
a new waiting ticket with the same number); ``waiting → cancelled``; at the end of the
service day every open ticket → ``expired``. Staff may reactivate ``no_show`` and
``cancelled`` tickets to ``waiting``.

Each transition is a function that takes a :class:`TicketTimes` snapshot and "now" and
returns the new snapshot, or raises :class:`IllegalTransition` with a Chinese message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from hall_desktop.domain.errors import IllegalTransition, ValidationError


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    HELD = "held"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TRANSFERRED = "transferred"
    EXPIRED = "expired"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[TicketStatus, str] = {
    TicketStatus.WAITING: "等候中",
    TicketStatus.CALLED: "已叫号",
    TicketStatus.SERVING: "办理中",
    TicketStatus.HELD: "已挂起",
    TicketStatus.DONE: "已办结",
    TicketStatus.NO_SHOW: "过号",
    TicketStatus.CANCELLED: "已取消",
    TicketStatus.TRANSFERRED: "已转移",
    TicketStatus.EXPIRED: "已过期",
}

#: States in which a ticket still needs the hall's attention.
OPEN_STATUSES = frozenset(
    {TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.HELD}
)
#: States a window holds a ticket in ("in hand").
IN_HAND_STATUSES = frozenset({TicketStatus.CALLED, TicketStatus.SERVING})


class Priority(IntEnum):
    """Priority class; higher is called first."""

    NORMAL = 0
    TRANSFERRED = 1  # 转入
    APPOINTMENT = 2  # 预约签到
    GREEN = 3  # 绿色通道

    @property
    def label(self) -> str:
        return {
            Priority.NORMAL: "普通",
            Priority.TRANSFERRED: "转入",
            Priority.APPOINTMENT: "预约",
            Priority.GREEN: "绿色通道",
        }[self]


class Outcome(StrEnum):
    """What came of a finished ticket (办理结果)."""

    COMPLETED = "completed"  # 办结
    ACCEPTED = "accepted"  # 受理
    SUPPLEMENT = "supplement"  # 补正告知
    REJECTED = "rejected"  # 不予受理
    CONSULTATION = "consultation"  # 咨询

    @property
    def label(self) -> str:
        return {
            Outcome.COMPLETED: "办结",
            Outcome.ACCEPTED: "受理",
            Outcome.SUPPLEMENT: "补正告知",
            Outcome.REJECTED: "不予受理",
            Outcome.CONSULTATION: "咨询",
        }[self]


@dataclass(frozen=True, slots=True)
class TicketTimes:
    """The part of a ticket the state machine reads and writes."""

    number: str
    status: TicketStatus
    issued_at: datetime
    first_called_at: datetime | None = None
    last_called_at: datetime | None = None
    call_count: int = 0
    started_at: datetime | None = None
    finished_at: datetime | None = None
    held_at: datetime | None = None
    hold_due_at: datetime | None = None
    closed_at: datetime | None = None

    @property
    def waiting_time(self) -> timedelta | None:
        """First call − issue."""
        return None if self.first_called_at is None else self.first_called_at - self.issued_at

    @property
    def walk_time(self) -> timedelta | None:
        """Start − first call."""
        if self.started_at is None or self.first_called_at is None:
            return None
        return self.started_at - self.first_called_at

    @property
    def service_time(self) -> timedelta | None:
        """Finish − start."""
        if self.finished_at is None or self.started_at is None:
            return None
        return self.finished_at - self.started_at


def _refuse(t: TicketTimes, action: str) -> IllegalTransition:
    return IllegalTransition(
        f"{t.number} 号当前状态为“{t.status.label}”，不能{action}",
        code=f"illegal_{action}",
    )


def _require(t: TicketTimes, action: str, *allowed: TicketStatus) -> None:
    if t.status not in allowed:
        raise _refuse(t, action)


def call(t: TicketTimes, now: datetime) -> TicketTimes:
    """叫号: a waiting ticket is called to a window."""
    _require(t, "叫号", TicketStatus.WAITING)
    return replace(
        t,
        status=TicketStatus.CALLED,
        first_called_at=t.first_called_at or now,
        last_called_at=now,
        call_count=t.call_count + 1,
    )


def recall(t: TicketTimes, now: datetime, *, limit: int) -> TicketTimes:
    """重呼: call the same ticket again, at most ``limit`` calls in all."""
    _require(t, "重呼", TicketStatus.CALLED)
    if t.call_count >= limit:
        raise IllegalTransition(
            f"{t.number} 号已呼叫 {t.call_count} 次，达到上限，请按过号处理",
            code="recall_limit",
        )
    return replace(t, last_called_at=now, call_count=t.call_count + 1)


def mark_no_show(t: TicketTimes, now: datetime) -> TicketTimes:
    """过号: the citizen did not come."""
    _require(t, "过号", TicketStatus.CALLED)
    return replace(t, status=TicketStatus.NO_SHOW, closed_at=now)


def start(t: TicketTimes, now: datetime) -> TicketTimes:
    """开始办理."""
    _require(t, "开始办理", TicketStatus.CALLED)
    return replace(t, status=TicketStatus.SERVING, started_at=t.started_at or now)


def finish(t: TicketTimes, now: datetime) -> TicketTimes:
    """办结: the service at the window is over."""
    _require(t, "办结", TicketStatus.SERVING)
    return replace(t, status=TicketStatus.DONE, finished_at=now, closed_at=now)


def hold(t: TicketTimes, now: datetime, *, due_in: timedelta = timedelta(0)) -> TicketTimes:
    """挂起: set aside (e.g. the citizen fetches a missing document); due for call-back later."""
    _require(t, "挂起", TicketStatus.CALLED, TicketStatus.SERVING)
    if due_in < timedelta(0):
        raise ValidationError("due_in", "挂起时长不能为负数")
    return replace(t, status=TicketStatus.HELD, held_at=now, hold_due_at=now + due_in)


def call_back(t: TicketTimes, now: datetime) -> TicketTimes:
    """回呼: call a held ticket again."""
    _require(t, "回呼", TicketStatus.HELD)
    return replace(
        t,
        status=TicketStatus.CALLED,
        last_called_at=now,
        call_count=t.call_count + 1,
        held_at=None,
        hold_due_at=None,
    )


def transfer(t: TicketTimes, now: datetime) -> TicketTimes:
    """转移: the ticket leaves this line; the caller creates the target line's ticket."""
    _require(t, "转移", TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING)
    return replace(t, status=TicketStatus.TRANSFERRED, closed_at=now)


def cancel(t: TicketTimes, now: datetime) -> TicketTimes:
    """取消: the citizen left before being called."""
    _require(t, "取消", TicketStatus.WAITING)
    return replace(t, status=TicketStatus.CANCELLED, closed_at=now)


def reactivate(t: TicketTimes, now: datetime) -> TicketTimes:
    """恢复: a no-show or cancelled ticket waits again.

    It keeps its issue and first-call times (the day's figures), but the recall limit
    starts afresh: the earlier calls went unanswered, this is a new round.
    """
    _require(t, "恢复等候", TicketStatus.NO_SHOW, TicketStatus.CANCELLED)
    return replace(t, status=TicketStatus.WAITING, closed_at=None, call_count=0)


def expire(t: TicketTimes, now: datetime) -> TicketTimes:
    """过期: the service day ended with the ticket still open."""
    _require(t, "过期", *OPEN_STATUSES)
    return replace(t, status=TicketStatus.EXPIRED, closed_at=now)


def start_transferred(source: TicketTimes, now: datetime) -> TicketTimes:
    """The waiting ticket a transfer creates in the target line: same number, new issue time."""
    return TicketTimes(number=source.number, status=TicketStatus.WAITING, issued_at=now)


#: Every legal (from, to) move, for invariant checks in tests and the audit.
LEGAL_MOVES: frozenset[tuple[TicketStatus, TicketStatus]] = frozenset(
    {
        (TicketStatus.WAITING, TicketStatus.CALLED),
        (TicketStatus.CALLED, TicketStatus.CALLED),  # recall
        (TicketStatus.CALLED, TicketStatus.SERVING),
        (TicketStatus.SERVING, TicketStatus.DONE),
        (TicketStatus.CALLED, TicketStatus.NO_SHOW),
        (TicketStatus.CALLED, TicketStatus.HELD),
        (TicketStatus.SERVING, TicketStatus.HELD),
        (TicketStatus.HELD, TicketStatus.CALLED),
        (TicketStatus.WAITING, TicketStatus.TRANSFERRED),
        (TicketStatus.CALLED, TicketStatus.TRANSFERRED),
        (TicketStatus.SERVING, TicketStatus.TRANSFERRED),
        (TicketStatus.WAITING, TicketStatus.CANCELLED),
        (TicketStatus.NO_SHOW, TicketStatus.WAITING),
        (TicketStatus.CANCELLED, TicketStatus.WAITING),
    }
    | {(s, TicketStatus.EXPIRED) for s in OPEN_STATUSES}
)


class WindowStatus(StrEnum):
    """What a window is doing, as the display, the terminal and the clerk show it."""

    CLOSED = "closed"  # nobody signed in: 未开放 (citizens must not walk there)
    IDLE = "idle"  # staffed, nothing in hand: 空闲
    CALLED = "called"  # a ticket called, the citizen not yet at the counter: 已叫号
    SERVING = "serving"  # the clerk started the service: 办理中
    PAUSED = "paused"  # 暂停服务

    @property
    def label(self) -> str:
        return {
            WindowStatus.CLOSED: "未开放",
            WindowStatus.IDLE: "空闲",
            WindowStatus.CALLED: "已叫号",
            WindowStatus.SERVING: "办理中",
            WindowStatus.PAUSED: "暂停服务",
        }[self]

    @classmethod
    def of(cls, *, paused: bool, staffed: bool, in_hand: TicketStatus | None) -> WindowStatus:
        """A pause shows first; a ticket in hand shows as called or serving; an empty
        window without a clerk is not open."""
        if paused:
            return cls.PAUSED
        if in_hand is TicketStatus.SERVING:
            return cls.SERVING
        if in_hand is TicketStatus.CALLED:
            return cls.CALLED
        return cls.IDLE if staffed else cls.CLOSED
