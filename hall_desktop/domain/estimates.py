"""预计等候: how long a ticket will wait, from what will really happen before it.

The estimate plays the queue forward (:func:`simulate`): the windows that serve the
ticket's line, each free again when the ticket in its hand is done or its pause
(暂停) ends, call their next ticket by the hall's own call order
(:func:`hall_desktop.domain.queue.next_for_window`, the one definition) among the
tickets waiting now, held tickets of theirs coming back when due, tickets transferred
to one window, and the tickets expected to arrive (appointments due, every line's
usual walk-ins). Each call takes the line's expected service time at that hour; no
window calls in the hall's breaks (before opening, 午休). The estimate is the moment
the ticket is called.

So a window shared with other lines spends its time on them as its ranks say (their
walk-ins still to come included), a priority ticket arriving later goes ahead as the
interleave lets it, and a held ticket returning takes its turn first.

The result is a point (``seconds``, recorded with the ticket so the program measures
its own accuracy) and the range shown to the citizen (:class:`WaitEstimate`): a single
number when the uncertainty is small, else "约 15–25 分钟", never a precise number the
hall cannot keep.

**Speed.** Waiting tickets are kept in buckets of one line and one priority class
(ordinary ones split by whether they have a waiting bound), each in issue order: the
first of a bucket is the one of it that the call order puts first, whatever the
window and the instant, as long as a line's waiting bound (最长等候) did not change
during the day. A pick compares only the buckets' first tickets and the few tickets
meant for one window, so a queue of n tickets is played in about n small steps
(``tests/unit/test_estimates.py`` checks the picks against ``next_for_window`` over
every ticket).
"""

from __future__ import annotations

import heapq
import math
from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from hall_desktop.domain.queue import (
    PY,
    QueueEntry,
    WindowView,
    call_class,
    next_for_window,
    next_run,
)

#: How far ahead the queue is played: past it a ticket is "not today".
HORIZON = timedelta(hours=14)
#: The usual length of a pause (暂停) when nothing better is known.
PAUSE_TYPICAL_S = 600.0
#: What is left, at least, of a pause or a service that has already run past its usual
#: length: it ends soon, but not this instant.
OVERRUN_LEFT_S = 120.0
#: What is left, at least, of a service already past its usual length, as a share of
#: that length: a long service tends to go on (its remaining time grows with its scale).
OVERRUN_SHARE = 0.4
#: Coefficient of variation of one service time when the history has none.
SERVICE_CV = 0.7
#: Model error beyond the service times (arrivals, pauses, no-shows), as a share.
MODEL_SHARE = 0.15
#: A floor on the uncertainty: a citizen's walk to the window, a clerk's pause.
BASE_SD_S = 60.0
#: The range shown covers about 80 % of outcomes (normal quantile 0.9).
Z80 = 1.2816
#: A range narrower than this many minutes is shown as one number.
NARROW_MINUTES = 5
#: Range ends are rounded to this many minutes.
ROUND_MINUTES = 5


class ServiceTimes(Protocol):
    """Expected service seconds of a line's ticket called at a moment."""

    def seconds(self, line_id: int, at: datetime) -> float: ...


@dataclass(frozen=True, slots=True)
class FlatServiceTimes:
    """The same service time all day, per line (hand-made queues, a line with no
    history)."""

    by_line: Mapping[int, float]
    default: float = 600.0

    def seconds(self, line_id: int, at: datetime) -> float:
        return self.by_line.get(line_id, self.default)


@dataclass(frozen=True, slots=True)
class WindowPlan:
    """One window as the estimate sees it: the lines it serves (with its ranks), when
    it can call next and its interleave state."""

    window_id: int
    line_rank: Mapping[int, int]
    free_at: datetime
    run: int = 0
    every: Mapping[int, int] = field(default_factory=dict)


def free_at(
    now: datetime,
    *,
    in_hand_since: datetime | None = None,
    in_hand_seconds: float = 0.0,
    paused_since: datetime | None = None,
    pause_seconds: float = PAUSE_TYPICAL_S,
) -> datetime:
    """When a window can call its next ticket.

    A ticket in hand since ``in_hand_since`` (called or serving) is done after its
    line's expected ``in_hand_seconds``; a pause since ``paused_since`` ends after its
    usual length. A service already past its usual end still takes
    :data:`OVERRUN_SHARE` of that length, a pause :data:`OVERRUN_LEFT_S`. A paused
    window with a ticket in hand finishes the ticket after the pause.
    """
    at = now
    if paused_since is not None:
        at = max(at, paused_since + timedelta(seconds=pause_seconds))
        at = max(at, now + timedelta(seconds=OVERRUN_LEFT_S))
    if in_hand_since is not None:
        end = in_hand_since + timedelta(seconds=in_hand_seconds)
        left = max((end - now).total_seconds(), OVERRUN_SHARE * in_hand_seconds)
        at = at + timedelta(seconds=left)
    return at


@dataclass(frozen=True, slots=True)
class Pick:
    """When a probe (a ticket asked about) is called, in the played queue."""

    at: datetime | None  # None: no window calls it within the horizon
    same_line_before: int  # tickets of its line called before it (people ahead)
    calls_before: int  # calls the windows make before it, all lines
    windows: int  # windows that could call it

    def wait_seconds(self, since: datetime) -> float | None:
        return None if self.at is None else max(0.0, (self.at - since).total_seconds())


def _waiting_key(
    entry: QueueEntry, window: WindowPlan, at: datetime, run: int
) -> tuple[int, int, datetime, int]:
    """:func:`~hall_desktop.domain.queue.call_order_key` among tickets none of which is
    held: its first two terms are then the same for all, the rest are these."""
    klass: int = call_class(
        PY,
        priority=entry.priority,
        run=run,
        every=window.every.get(entry.line_id, 0),
        overdue_at=entry.overdue_at,
        now=at,
    )
    return (-klass, window.line_rank[entry.line_id], entry.issued_at, entry.ticket_id)


def _bucket(entry: QueueEntry) -> tuple[int, int, bool]:
    return (entry.line_id, entry.priority, entry.overdue_at is not None)


def _order(entry: QueueEntry) -> tuple[datetime, int]:
    return (entry.issued_at, entry.ticket_id)


class _Pool:
    """The tickets not called yet, in buckets (see the module's docstring)."""

    def __init__(self, entries: Iterable[QueueEntry]) -> None:
        self.buckets: dict[
            tuple[int, int, bool], list[tuple[tuple[datetime, int], QueueEntry]]
        ] = {}
        self.first: dict[tuple[int, int, bool], int] = {}
        self.by_line: dict[int, list[tuple[int, int, bool]]] = {}
        self.targeted: list[QueueEntry] = []
        for entry in entries:
            if entry.target_window_id is not None:
                self.targeted.append(entry)
                continue
            key = _bucket(entry)
            bucket = self.buckets.get(key)
            if bucket is None:
                bucket = self.buckets[key] = []
                self.first[key] = 0
                self.by_line.setdefault(entry.line_id, []).append(key)
            insort(bucket, (_order(entry), entry), key=lambda item: item[0])

    def _head(self, key: tuple[int, int, bool]) -> QueueEntry | None:
        index = self.first[key]
        bucket = self.buckets[key]
        return bucket[index][1] if index < len(bucket) else None

    def candidates(
        self, window: WindowPlan, at: datetime
    ) -> tuple[list[QueueEntry], datetime | None]:
        """The tickets the window may call at ``at`` (each bucket's first, the due ones
        meant for it) and, when there is none, the next moment one may be."""
        found: list[QueueEntry] = []
        later: datetime | None = None
        for line_id in window.line_rank:
            for key in self.by_line.get(line_id, ()):
                head = self._head(key)
                if head is None:
                    continue
                if head.issued_at <= at:
                    found.append(head)
                elif later is None or head.issued_at < later:
                    later = head.issued_at
        for entry in self.targeted:
            if entry.target_window_id != window.window_id or entry.line_id not in window.line_rank:
                continue
            ready = max(entry.issued_at, entry.held_due_at or entry.issued_at)
            if ready <= at:
                found.append(entry)
            elif later is None or ready < later:
                later = ready
        return found, later

    def remove(self, entry: QueueEntry) -> None:
        if entry.target_window_id is not None:
            self.targeted.remove(entry)
        else:
            self.first[_bucket(entry)] += 1


def simulate(
    entries: Iterable[QueueEntry],
    windows: Sequence[WindowPlan],
    service: ServiceTimes,
    now: datetime,
    probes: Sequence[QueueEntry],
    *,
    breaks: Sequence[tuple[datetime, datetime]] = (),
    horizon: timedelta = HORIZON,
) -> dict[int, Pick]:
    """Play the queue forward from ``now`` until every probe is called.

    ``entries``: the tickets waiting now, the held ones (``target_window_id``: the
    window holding them, ``held_due_at``) and those expected to arrive (``issued_at``
    after ``now``, ``ticket_id`` <= 0: they take window time but are not counted as
    people ahead). ``probes``: the tickets asked about (a new number, or a line's next
    one), ``ticket_id`` above every real one; a probe takes no window time, so probes
    do not delay each other. ``breaks``: the hall's closed spans of the day (before
    opening, the lunch break, 午休): no window calls in one, a ticket in hand is
    finished. Returns each probe's :class:`Pick` by ``ticket_id``.
    """
    probe_ids = {p.ticket_id for p in probes}
    pool = _Pool([*entries, *probes])
    end = now + horizon
    run = [w.run for w in windows]
    heap = [(w.free_at, i) for i, w in enumerate(windows)]
    heapq.heapify(heap)
    picks: dict[int, Pick] = {}
    calls = 0
    same_line: dict[int, int] = {}
    serving = {p.ticket_id: sum(1 for w in windows if p.line_id in w.line_rank) for p in probes}
    while heap and len(picks) < len(probe_ids):
        at, i = heapq.heappop(heap)
        if at > end:
            break
        closed = next((stop for start, stop in breaks if start <= at < stop), None)
        if closed is not None:
            heapq.heappush(heap, (closed, i))
            continue
        window = windows[i]
        found, later = pool.candidates(window, at)
        if len(found) == 1:
            chosen: QueueEntry | None = found[0]
        elif any(e.held_due_at is not None for e in found):
            view = WindowView(window.window_id, window.line_rank, at, run[i], window.every)
            chosen = next_for_window(found, view)
        elif found:
            chosen = min(found, key=lambda e: _waiting_key(e, window, at, run[i]))
        else:
            chosen = None
        if chosen is None:
            if later is not None:
                heapq.heappush(heap, (later, i))
            continue
        pool.remove(chosen)
        if chosen.ticket_id in probe_ids:
            picks[chosen.ticket_id] = Pick(
                at=at,
                same_line_before=same_line.get(chosen.line_id, 0),
                calls_before=calls,
                windows=serving[chosen.ticket_id],
            )
            heapq.heappush(heap, (at, i))
            continue
        calls += 1
        if chosen.ticket_id > 0:  # expected arrivals (ids <= 0) are nobody yet
            same_line[chosen.line_id] = same_line.get(chosen.line_id, 0) + 1
        run[i] = next_run(
            PY, run=run[i], priority=chosen.priority, called_back=chosen.held_due_at is not None
        )
        took = timedelta(seconds=service.seconds(chosen.line_id, at))
        heapq.heappush(heap, (at + took, i))
    for probe in probes:
        if probe.ticket_id not in picks:
            picks[probe.ticket_id] = Pick(
                at=None,
                same_line_before=same_line.get(probe.line_id, 0),
                calls_before=calls,
                windows=serving[probe.ticket_id],
            )
    return picks


@dataclass(frozen=True, slots=True)
class WaitEstimate:
    """预计等候 as recorded and shown: the point estimate in seconds and the range of
    whole minutes shown (equal ends: one number). ``seconds`` None: no window will
    call the ticket today, so no number is promised."""

    seconds: int | None
    low_minutes: int = 0
    high_minutes: int = 0

    @property
    def known(self) -> bool:
        return self.seconds is not None

    @property
    def is_range(self) -> bool:
        return self.high_minutes > self.low_minutes

    @property
    def minutes(self) -> int:
        """The point estimate in whole minutes (0 when unknown)."""
        return 0 if self.seconds is None else round(self.seconds / 60)


UNKNOWN = WaitEstimate(None)


def spread_seconds(wait_s: float, pick: Pick, cv: float = SERVICE_CV) -> float:
    """The standard deviation of a wait of ``wait_s`` ending with ``pick``.

    Each window that could call the ticket finishes about ``calls / windows`` services
    first; their sum varies by ``cv`` × mean × √k, i.e. ``cv × wait / √k`` of the wait;
    the model's own error (:data:`MODEL_SHARE`) and :data:`BASE_SD_S` add to it.
    """
    per_window = max(pick.calls_before / max(pick.windows, 1), 1.0)
    service = cv * wait_s / math.sqrt(per_window)
    return math.sqrt(service**2 + (MODEL_SHARE * wait_s) ** 2 + BASE_SD_S**2)


def wait_estimate(pick: Pick, since: datetime, cv: float = SERVICE_CV) -> WaitEstimate:
    """The wait of a ticket issued at ``since`` whose call is ``pick``, with the range
    shown: about 80 % of waits fall in it; narrower than :data:`NARROW_MINUTES`, one
    number (whole minutes under 10, else a multiple of 5); wider, its ends rounded out
    to multiples of :data:`ROUND_MINUTES`."""
    wait = pick.wait_seconds(since)
    if wait is None:
        return UNKNOWN
    sd = spread_seconds(wait, pick, cv)
    low = max(0.0, wait - Z80 * sd) / 60
    high = (wait + Z80 * sd) / 60
    point = wait / 60
    if high - low < NARROW_MINUTES:
        shown = round(point) if point < 10 else ROUND_MINUTES * round(point / ROUND_MINUTES)
        return WaitEstimate(round(wait), shown, shown)
    low_shown = ROUND_MINUTES * math.floor(low / ROUND_MINUTES)
    high_shown = ROUND_MINUTES * math.ceil(high / ROUND_MINUTES)
    return WaitEstimate(round(wait), low_shown, max(high_shown, low_shown + ROUND_MINUTES))


def wait_text(estimate: WaitEstimate) -> str:
    """The slip's words for an estimate (the slip is printed in Chinese)."""
    if not estimate.known:
        return "暂无法预计等候时间"
    if estimate.high_minutes <= 0:
        return "预计很快就到您"
    if not estimate.is_range:
        return f"预计等候约 {estimate.high_minutes} 分钟"
    if estimate.low_minutes <= 0:
        return f"预计等候 {estimate.high_minutes} 分钟以内"
    return f"预计等候约 {estimate.low_minutes}–{estimate.high_minutes} 分钟"


def old_formula_seconds(people_ahead: int, average_service_s: float, open_windows: int) -> float:
    """The estimate before issue 24 (people ahead × recent average ÷ open windows),
    kept for ``hall-desktop bench estimates`` to compare against."""
    return people_ahead * average_service_s / max(open_windows, 1)
