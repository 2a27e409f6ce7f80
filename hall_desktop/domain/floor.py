"""大厅监控: the floor as the duty supervisor (值班主任) sees it, and the alerts it raises.

Pure: :class:`Floor` holds today's facts (the day's tickets, the windows, the lines, the
day's ratings) as the services read them; the monitor keeps it up to date from the
live feed by reading again only the tickets and windows the events name, and asks
:meth:`Floor.picture` for what to show. :func:`alert_conditions` says which alerts hold
now; the service records them (raised once, acknowledged, cleared).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from hall_desktop.domain.tickets import TicketStatus, WindowStatus

_V = TypeVar("_V")

#: Finished services of a line that the estimate for a newcomer averages.
RECENT_SERVICES = 20
#: 差评: levels 1 and 2.
BAD_LEVELS = frozenset({1, 2})


class AlertKind(StrEnum):
    """What an alert is about (the value is stored)."""

    LINE_WAITING = "line_waiting"  # a line's waiting count over its limit
    LINE_WAIT = "line_wait"  # a line's longest wait over its limit
    SERVICE_LONG = "service_long"  # a service running long
    PAUSE_LONG = "pause_long"  # a window paused long
    UNSTAFFED = "unstaffed"  # people waiting, none of the line's windows open
    NO_SHOW_BURST = "no_show_burst"  # 过号 in a row at one window
    BAD_RATING = "bad_rating"  # a 差评 just given
    DUE_TODAY = "due_today"  # 办件 or 台账 cases due today and still open

    @property
    def label(self) -> str:
        return _ALERT_LABELS[self]


_ALERT_LABELS = {
    AlertKind.LINE_WAITING: "排队人数过多",
    AlertKind.LINE_WAIT: "等候时间过长",
    AlertKind.SERVICE_LONG: "办理时间过长",
    AlertKind.PAUSE_LONG: "暂停时间过长",
    AlertKind.UNSTAFFED: "有人等候无人办理",
    AlertKind.NO_SHOW_BURST: "连续过号",
    AlertKind.BAD_RATING: "差评",
    AlertKind.DUE_TODAY: "今日到期",
}


@dataclass(frozen=True, slots=True)
class TicketFact:
    """One of today's tickets, as far as the floor needs it."""

    id: int
    number: str
    line_id: int
    status: TicketStatus
    priority: int
    window_id: int | None
    clerk_id: int | None
    issued_at: datetime
    called_at: datetime | None  # the latest call
    started_at: datetime | None
    closed_at: datetime | None  # finished, 过号, cancelled …
    transferred_from_id: int | None = None


@dataclass(frozen=True, slots=True)
class WindowFact:
    """A window now: who is signed in, whether it is paused, the lines it serves today
    (``help_line_ids`` of them only today: 综窗 help sent from the monitor)."""

    id: int
    number: int
    name: str
    active: bool
    clerk_id: int | None
    clerk_name: str | None
    clerk_number: str | None
    paused: bool
    pause_reason: str | None
    paused_at: datetime | None
    line_ids: tuple[int, ...]
    help_line_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.number}号窗口"


@dataclass(frozen=True, slots=True)
class LineFact:
    """A business line with its alert limits in force (its own, else the hall's) and
    the service minutes an estimate starts from before the day has its own."""

    id: int
    prefix: str
    name: str
    sort_order: int
    default_service_minutes: int
    alert_waiting_count: int  # 0: no alert
    alert_wait_minutes: int  # 0: no alert

    @property
    def label(self) -> str:
        return f"{self.prefix} {self.name}"


@dataclass(frozen=True, slots=True)
class RatingFact:
    id: int
    ticket_id: int
    window_id: int | None
    level: int | None  # None: asked, not rated
    at: datetime


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The hall's alert settings (0 turns an alert off); a line's own limits are in
    its :class:`LineFact`."""

    service_minutes: int = 40
    pause_minutes: int = 15
    no_show_count: int = 3
    no_show_minutes: int = 15


@dataclass(frozen=True, slots=True)
class DueToday:
    """Open 办件 and 台账 cases whose due date is today."""

    applications: int = 0
    cases: int = 0


@dataclass(frozen=True, slots=True)
class WindowView:
    window: WindowFact
    status: WindowStatus
    ticket: TicketFact | None  # the ticket in hand
    since: datetime | None  # paused since, or the ticket called / started at
    served_today: int


@dataclass(frozen=True, slots=True)
class LineView:
    line: LineFact
    waiting: int
    oldest_issued_at: datetime | None  # the longest waiting ticket's issue
    estimate_minutes: int  # for a newcomer
    windows: tuple[int, ...]  # the numbers of the windows serving it today
    open_windows: int  # of those, staffed and not paused

    def longest_wait(self, now: datetime) -> timedelta | None:
        return None if self.oldest_issued_at is None else now - self.oldest_issued_at

    def too_many(self) -> bool:
        """Its waiting count at its limit (a limit of 0 is none)."""
        limit = self.line.alert_waiting_count
        return bool(limit) and self.waiting >= limit

    def too_long(self, now: datetime) -> bool:
        """Its longest wait at its limit in minutes (a limit of 0 is none)."""
        limit, longest = self.line.alert_wait_minutes, self.longest_wait(now)
        return bool(limit) and longest is not None and longest >= timedelta(minutes=limit)


@dataclass(frozen=True, slots=True)
class DayTotals:
    """Today so far: numbers issued (not counting a number carried to another line),
    served (办结), 过号, cancelled, waiting now; ratings given and 好评 (4–5)."""

    issued: int = 0
    served: int = 0
    no_show: int = 0
    cancelled: int = 0
    waiting: int = 0
    rated: int = 0
    good: int = 0
    bad: int = 0

    @property
    def good_rate(self) -> float | None:
        return self.good / self.rated if self.rated else None


@dataclass(frozen=True, slots=True)
class FloorPicture:
    at: datetime
    windows: tuple[WindowView, ...]  # by number
    lines: tuple[LineView, ...]  # in the hall's order
    totals: DayTotals


@dataclass(frozen=True, slots=True)
class AlertCondition:
    """An alert that holds now: ``subject`` names what it is about ("line:3",
    "window:5", "ticket:88", "rating:17", "due:applications"), one open alert per kind
    and subject."""

    kind: AlertKind
    subject: str
    detail: str  # Chinese, as the supervisor and the clerk read it
    window_id: int | None = None
    line_id: int | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.kind.value, self.subject


class _Tally:
    """What :meth:`Floor.picture` needs of the day's tickets, kept as they come.

    A busy hall's monitor pictures the floor after every batch of events, many a second,
    and a day has a thousand tickets and more: counting them all again for each picture
    kept the monitor's loop busy. Each ticket put adds what it says and takes away what
    its former fact said, so a picture costs the windows and lines, not the tickets.
    """

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("issued", "served", "no_show", "cancelled", "waiting"), 0)
        self.waiting: dict[int, dict[int, datetime]] = {}  # line → ticket → issued at
        self.in_hand: dict[int, dict[int, TicketFact]] = {}  # window → called or serving
        self.served: dict[int, int] = {}  # window → 办结 today
        # line → ticket → (finished at, seconds of service)
        self.services: dict[int, dict[int, tuple[datetime, float]]] = {}

    def add(self, t: TicketFact, sign: int) -> None:
        """Count ``t`` in (``sign`` 1) or out (-1)."""
        counts = self.counts
        counts["issued"] += sign * (t.transferred_from_id is None)
        counts["served"] += sign * (t.status is TicketStatus.DONE)
        counts["no_show"] += sign * (t.status is TicketStatus.NO_SHOW)
        counts["cancelled"] += sign * (t.status is TicketStatus.CANCELLED)
        counts["waiting"] += sign * (t.status is TicketStatus.WAITING)
        if t.status is TicketStatus.WAITING:
            _put(self.waiting, t.line_id, t.id, t.issued_at, sign)
        elif t.status in (TicketStatus.CALLED, TicketStatus.SERVING) and t.window_id:
            _put(self.in_hand, t.window_id, t.id, t, sign)
        if t.status is TicketStatus.DONE:
            if t.window_id is not None:
                self.served[t.window_id] = self.served.get(t.window_id, 0) + sign
            if t.started_at and t.closed_at:
                seconds = (t.closed_at - t.started_at).total_seconds()
                _put(self.services, t.line_id, t.id, (t.closed_at, seconds), sign)

    def in_hand_of(self, window_id: int) -> TicketFact | None:
        """The ticket a window called last, of those it holds (one, but for a slip)."""
        held = self.in_hand.get(window_id)
        if not held:
            return None
        return max(held.values(), key=lambda t: (t.called_at or t.issued_at, t.id))


def _put(groups: dict[int, dict[int, _V]], group: int, key: int, value: _V, sign: int) -> None:
    if sign > 0:
        groups.setdefault(group, {})[key] = value
    else:
        members = groups.get(group)
        if members is not None:
            members.pop(key, None)


@dataclass
class Floor:
    """Today's facts of one hall; updated in place, pictured on demand."""

    tickets: dict[int, TicketFact] = field(default_factory=dict)
    windows: dict[int, WindowFact] = field(default_factory=dict)
    lines: dict[int, LineFact] = field(default_factory=dict)
    ratings: dict[int, RatingFact] = field(default_factory=dict)  # by rating id
    thresholds: Thresholds = field(default_factory=Thresholds)
    due: DueToday = field(default_factory=DueToday)
    _tally: _Tally = field(default_factory=_Tally, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for fact in self.tickets.values():
            self._tally.add(fact, 1)

    def put_tickets(self, facts: Iterable[TicketFact]) -> None:
        for fact in facts:
            former = self.tickets.get(fact.id)
            if former is not None:
                self._tally.add(former, -1)
            self.tickets[fact.id] = fact
            self._tally.add(fact, 1)

    def put_windows(self, facts: Iterable[WindowFact]) -> None:
        for fact in facts:
            self.windows[fact.id] = fact

    def put_ratings(self, facts: Iterable[RatingFact]) -> None:
        for fact in facts:
            self.ratings[fact.id] = fact

    def picture(self, now: datetime) -> FloorPicture:
        tally = self._tally
        counts = dict(tally.counts)
        counts |= dict.fromkeys(("rated", "good", "bad"), 0)
        for r in self.ratings.values():
            if r.level is not None:
                counts["rated"] += 1
                counts["good"] += r.level >= 4
                counts["bad"] += r.level in BAD_LEVELS
        windows = tuple(
            _window_view(w, tally.in_hand_of(w.id), tally.served.get(w.id, 0))
            for w in sorted(self.windows.values(), key=lambda w: w.number)
            if w.active
        )
        lines = tuple(
            _line_view(
                line,
                tally.waiting.get(line.id, {}),
                tally.services.get(line.id, {}),
                windows,
            )
            for line in sorted(self.lines.values(), key=lambda x: (x.sort_order, x.prefix))
        )
        return FloorPicture(now, windows, lines, DayTotals(**counts))


def _window_view(w: WindowFact, ticket: TicketFact | None, served: int) -> WindowView:
    status = WindowStatus.of(
        paused=w.paused,
        staffed=w.clerk_id is not None,
        in_hand=ticket.status if ticket else None,
    )
    since: datetime | None = None
    if status is WindowStatus.PAUSED:
        since = w.paused_at
    elif ticket is not None:
        since = ticket.started_at if status is WindowStatus.SERVING else ticket.called_at
    return WindowView(w, status, ticket, since, served)


def _line_view(
    line: LineFact,
    waiting: Mapping[int, datetime],  # ticket → issued at
    services: Mapping[int, tuple[datetime, float]],  # ticket → (finished at, seconds)
    windows: tuple[WindowView, ...],
) -> LineView:
    recent = [seconds for _, seconds in sorted(services.values())[-RECENT_SERVICES:]]
    average = sum(recent) / len(recent) if recent else line.default_service_minutes * 60.0
    serving = [v for v in windows if line.id in v.window.line_ids]
    open_windows = sum(
        1 for v in serving if v.status not in (WindowStatus.CLOSED, WindowStatus.PAUSED)
    )
    return LineView(
        line=line,
        waiting=len(waiting),
        oldest_issued_at=min(waiting.values(), default=None),
        estimate_minutes=estimated_wait_minutes(len(waiting), average, open_windows),
        windows=tuple(v.window.number for v in serving),
        open_windows=open_windows,
    )


def estimated_wait_minutes(people: int, average_service_seconds: float, open_windows: int) -> int:
    """Rough wait for ``people`` ahead, shared by the open windows of the line."""
    return math.ceil(people * average_service_seconds / max(open_windows, 1) / 60)


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def alert_conditions(
    floor: Floor, picture: FloorPicture, *, open_now: bool
) -> dict[tuple[str, str], AlertCondition]:
    """The alerts that hold at ``picture.at``, by key. ``open_now``: the hall is within
    its opening hours (an unstaffed line only counts then)."""
    now, th = picture.at, floor.thresholds
    found: list[AlertCondition] = []
    for lv in picture.lines:
        line = lv.line
        subject = f"line:{line.id}"
        if lv.too_many():
            found.append(
                AlertCondition(
                    AlertKind.LINE_WAITING,
                    subject,
                    f"{line.label} 等候 {lv.waiting} 人（提醒值 {line.alert_waiting_count} 人）",
                    line_id=line.id,
                )
            )
        longest = lv.longest_wait(now)
        if longest is not None and lv.too_long(now):
            found.append(
                AlertCondition(
                    AlertKind.LINE_WAIT,
                    subject,
                    f"{line.label} 最长已等候 {_minutes(longest)} 分钟"
                    f"（提醒值 {line.alert_wait_minutes} 分钟）",
                    line_id=line.id,
                )
            )
        if open_now and lv.waiting and lv.windows and not lv.open_windows:
            names = "、".join(f"{n}号" for n in lv.windows)
            found.append(
                AlertCondition(
                    AlertKind.UNSTAFFED,
                    subject,
                    f"{line.label} 有 {lv.waiting} 人等候，办理该业务的窗口（{names}）均未开放",
                    line_id=line.id,
                )
            )
    for wv in picture.windows:
        w, ticket = wv.window, wv.ticket
        if (
            th.service_minutes
            and wv.status is WindowStatus.SERVING
            and ticket is not None
            and wv.since is not None
            and now - wv.since >= timedelta(minutes=th.service_minutes)
        ):
            found.append(
                AlertCondition(
                    AlertKind.SERVICE_LONG,
                    f"ticket:{ticket.id}",
                    f"{w.label} {ticket.number} 号已办理 {_minutes(now - wv.since)} 分钟"
                    f"（提醒值 {th.service_minutes} 分钟）",
                    window_id=w.id,
                )
            )
        if (
            th.pause_minutes
            and w.paused
            and w.paused_at is not None
            and now - w.paused_at >= timedelta(minutes=th.pause_minutes)
        ):
            reason = f"（{w.pause_reason}）" if w.pause_reason else ""
            found.append(
                AlertCondition(
                    AlertKind.PAUSE_LONG,
                    f"window:{w.id}",
                    f"{w.label}暂停服务已 {_minutes(now - w.paused_at)} 分钟{reason}",
                    window_id=w.id,
                )
            )
    if th.no_show_count and th.no_show_minutes:
        since = now - timedelta(minutes=th.no_show_minutes)
        bursts: dict[int, int] = {}
        for t in floor.tickets.values():
            if (
                t.status is TicketStatus.NO_SHOW
                and t.window_id is not None
                and t.closed_at is not None
                and t.closed_at >= since
            ):
                bursts[t.window_id] = bursts.get(t.window_id, 0) + 1
        for window_id, n in sorted(bursts.items()):
            burst_at = floor.windows.get(window_id)
            if n >= th.no_show_count and burst_at is not None:
                found.append(
                    AlertCondition(
                        AlertKind.NO_SHOW_BURST,
                        f"window:{window_id}",
                        f"{burst_at.label} {th.no_show_minutes} 分钟内过号 {n} 个",
                        window_id=window_id,
                    )
                )
    for r in sorted(floor.ratings.values(), key=lambda r: r.id):
        if r.level in BAD_LEVELS:
            rated_at = floor.windows.get(r.window_id) if r.window_id else None
            ticket = floor.tickets.get(r.ticket_id)
            where = rated_at.label if rated_at else "窗口"
            number = f" {ticket.number} 号" if ticket else ""
            found.append(
                AlertCondition(
                    AlertKind.BAD_RATING,
                    f"rating:{r.id}",
                    f"{where}{number}收到差评（{r.level} 分）",
                    window_id=r.window_id,
                )
            )
    due = floor.due
    for subject, n, what in (
        ("due:applications", due.applications, "办件"),
        ("due:cases", due.cases, "台账案件"),
    ):
        if n:
            found.append(
                AlertCondition(AlertKind.DUE_TODAY, subject, f"今日到期未办结的{what} {n} 件")
            )
    return {c.key: c for c in found}


def window_lines_label(lines: Mapping[int, LineFact], ids: Iterable[int]) -> str:
    """ "A、B" for the lines a window serves."""
    return "、".join(lines[i].prefix for i in ids if i in lines)


__all__ = [
    "BAD_LEVELS",
    "AlertCondition",
    "AlertKind",
    "DayTotals",
    "DueToday",
    "Floor",
    "FloorPicture",
    "LineFact",
    "LineView",
    "RatingFact",
    "Thresholds",
    "TicketFact",
    "WindowFact",
    "WindowView",
    "alert_conditions",
    "estimated_wait_minutes",
    "window_lines_label",
]
