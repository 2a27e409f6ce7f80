"""统计分析: the hall's figures over any period, for supervisors and administrators.

:meth:`StatisticsService.figures` answers for the hall's dates ``start`` … ``end`` (both
included; :func:`~hall_desktop.domain.periods.period_of` names 本日 … 本年) with one
:class:`HallStatistics`: frozen dataclasses of plain values, nothing tied to the
database. The database computes every figure (``GROUP BY`` aggregations; medians and
p90 with ``percentile_disc`` on PostgreSQL, a running count over seconds on SQLite);
Python only adds up aggregated rows (the tickets and their ratings counted per day,
line, window and clerk) into each breakdown, so the tickets are read once per kind of
figure, not once per table of the report. The statements are spread over four
connections that share one snapshot and run at the same time (see
:func:`_same_snapshot`): the waiting times, the service times, the items, load and
promises, and the tickets' own counts.

What is counted where:

- A ticket belongs to its ``service_day`` (营业日). A number carried to another line (a
  transfer, a 一件事's next step) is a new ticket of that line with the same number: it
  is not *issued* again, and it is served, no-showed … where it ends.
- Ratings are those of the tickets finished in the period (their ticket's day).
- 延时服务 by its service day, appointments by their day, 帮代办 by its service day,
  courier dispatches by the hall's date they were entered; the ledger's figures
  (:meth:`CaseService.figures <hall_desktop.services.cases.CaseService.figures>`) by the
  date each case was opened; 限时办结 (:meth:`ApplicationService.on_time
  <hall_desktop.services.applications.ApplicationService.on_time>`) by each 办件's due
  date, an open one past it counted as overdue as of today.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    distinct,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable

from hall_desktop.domain.appointments import BookingState
from hall_desktop.domain.calls import AssistGroup, AssistKind
from hall_desktop.domain.catalogue import CATEGORIES
from hall_desktop.domain.courier import Direction, DispatchStatus
from hall_desktop.domain.errors import NotFound
from hall_desktop.domain.hours import DayKind, HallSchedule, local_midnight
from hall_desktop.domain.periods import Period, checked_period, months_of
from hall_desktop.domain.tickets import Priority, TicketStatus
from hall_desktop.services.actor import MANAGERS, Actor, recheck
from hall_desktop.services.applications import ApplicationService, OnTimeFigures
from hall_desktop.services.cases import CaseFigures, CaseService
from hall_desktop.services.estimate_accuracy import EstimateAccuracy, read_accuracy
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import SQLITE_MMAP_BYTES, Database
from hall_desktop.store.models import (
    Appointment,
    BusinessLine,
    CourierDispatch,
    ExtendedService,
    Hall,
    Rating,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketAssist,
    TicketItem,
)
from hall_desktop.store.sql_time import (
    local_hour_weekday,
    utc_hour,
    utc_hour_of,
    whole_seconds_between,
)

__all__ = [
    "Catalogue",
    "CategoryRow",
    "DayVolume",
    "Durations",
    "HallStatistics",
    "HolidayDay",
    "MonthRatings",
    "Promises",
    "RatingCounts",
    "RatingRow",
    "Ratings",
    "StatisticsService",
    "Subject",
    "TimeFigures",
    "TimeRow",
    "Times",
    "Volume",
    "VolumeCounts",
    "VolumeRow",
    "WindowRank",
    "rank_windows",
    "share",
]

#: The percentiles the time figures give, as the nearest rank (see :class:`Durations`).
MEDIAN, P90 = 50, 90
_WAITING, _SERVICE = 0, 1  # the measures of :meth:`_Queries._durations`
_SORT_MEMORY = "32MB"  # PostgreSQL's work_mem while the figures are counted
_DONE = TicketStatus.DONE.value
_SNAPSHOT_ID = re.compile(r"[0-9A-F]+(-[0-9A-F]+)+")


# -- what the figures are made of ---------------------------------------------------------


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` (0.0 … 1.0); None when there is no whole to share."""
    return part / whole if whole else None


@dataclass(frozen=True, slots=True)
class Subject:
    """What a row of a breakdown is about: a line, a window, a member of staff or an
    item. ``id`` is None for the tickets no window (or clerk) ever took: cancelled or
    expired while waiting."""

    id: int | None
    code: str  # line prefix, window number, staff number (工号), item code
    name: str
    label: str  # as a table shows it: "A 综合业务", "3号窗口", "张敏（2001）", the item's name


@dataclass(frozen=True, slots=True)
class VolumeCounts:
    """Tickets by what became of them.

    ``issued``: numbers issued (a number carried to another line is not issued again);
    ``served``: done (办结); ``no_show``: 过号; ``cancelled``; ``transferred``: sent on to
    another line (转移); ``expired``: still open when their day ended.
    """

    issued: int = 0
    served: int = 0
    no_show: int = 0
    cancelled: int = 0
    transferred: int = 0
    expired: int = 0

    def __add__(self, other: VolumeCounts) -> VolumeCounts:
        return VolumeCounts(
            self.issued + other.issued,
            self.served + other.served,
            self.no_show + other.no_show,
            self.cancelled + other.cancelled,
            self.transferred + other.transferred,
            self.expired + other.expired,
        )


@dataclass(frozen=True, slots=True)
class VolumeRow:
    subject: Subject
    counts: VolumeCounts


@dataclass(frozen=True, slots=True)
class DayVolume:
    day: date
    counts: VolumeCounts


@dataclass(frozen=True, slots=True)
class Volume:
    """业务量. Breakdowns list the lines (windows, …) that had tickets in the period,
    lines in the hall's order, windows by number, staff by 工号, items by code; the
    row of tickets no window took comes last. ``by_item`` counts the tickets each item
    was handled for (through the items recorded at the finish). ``by_day`` has every
    day of the period, empty days included. ``load[weekday][hour]``: numbers issued by
    the hall's wall-clock hour (0–23) and weekday (0 Monday … 6 Sunday), the heat map
    of the hall's load."""

    total: VolumeCounts
    by_line: tuple[VolumeRow, ...]
    by_window: tuple[VolumeRow, ...]
    by_clerk: tuple[VolumeRow, ...]
    by_item: tuple[VolumeRow, ...]
    by_day: tuple[DayVolume, ...]
    load: tuple[tuple[int, ...], ...]
    #: A line's own tickets at each window and with each clerk (the drill-down from a
    #: line), by the line's id; the rows as in ``by_window`` and ``by_clerk``.
    windows_of_line: Mapping[int, tuple[VolumeRow, ...]] = field(default_factory=dict)
    clerks_of_line: Mapping[int, tuple[VolumeRow, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Durations:
    """Durations in whole seconds: ``count`` measured, the median and p90 as nearest
    ranks (the value at rank ⌈p·count/100⌉ of the values in ascending order: the median
    of four is the second), and the longest; None when nothing was measured."""

    count: int = 0
    median: int | None = None
    p90: int | None = None
    longest: int | None = None


@dataclass(frozen=True, slots=True)
class TimeFigures:
    """Waiting (issue → first call) and service (start → finish).

    ``promised``: tickets called whose line has a waiting bound (the line's own
    最长等候, else the hall's ``max_wait_minutes``; a bound of 0 promises nothing);
    ``within_promise``: of those, called within it (to the second: a wait of exactly
    the bound is within it).
    """

    waiting: Durations = Durations()
    service: Durations = Durations()
    within_promise: int = 0
    promised: int = 0

    @property
    def promise_rate(self) -> float | None:
        """The share called within the promised waiting time."""
        return share(self.within_promise, self.promised)


@dataclass(frozen=True, slots=True)
class TimeRow:
    subject: Subject
    figures: TimeFigures


@dataclass(frozen=True, slots=True)
class Times:
    """办理时长: the whole hall and by line, window and clerk (rows as in :class:`Volume`).
    A ticket is timed on the line, window and clerk it ended with."""

    total: TimeFigures
    by_line: tuple[TimeRow, ...]
    by_window: tuple[TimeRow, ...]
    by_clerk: tuple[TimeRow, ...]


@dataclass(frozen=True, slots=True)
class RatingCounts:
    """好差评 of finished tickets: ``finished`` (done), ``rated`` (a level given),
    ``levels[k]`` the ratings of level k (5 非常满意 … 1 非常不满意)."""

    finished: int = 0
    rated: int = 0
    levels: Mapping[int, int] = field(default_factory=lambda: dict.fromkeys(range(1, 6), 0))

    def __add__(self, other: RatingCounts) -> RatingCounts:
        return RatingCounts(
            self.finished + other.finished,
            self.rated + other.rated,
            {k: self.levels[k] + other.levels[k] for k in range(1, 6)},
        )

    @property
    def good(self) -> int:
        """好评: levels 4 and 5."""
        return self.levels[4] + self.levels[5]

    @property
    def bad(self) -> int:
        """差评: levels 1 and 2."""
        return self.levels[1] + self.levels[2]

    @property
    def good_rate(self) -> float | None:
        """好评率: 好评 among the rated."""
        return share(self.good, self.rated)

    @property
    def rated_rate(self) -> float | None:
        """主动评价率: rated among the finished."""
        return share(self.rated, self.finished)


@dataclass(frozen=True, slots=True)
class RatingRow:
    subject: Subject
    ratings: RatingCounts


@dataclass(frozen=True, slots=True)
class MonthRatings:
    year: int
    month: int
    ratings: RatingCounts


@dataclass(frozen=True, slots=True)
class WindowRank:
    """One window's place in one month (窗口月度排名)."""

    year: int
    month: int
    rank: int
    subject: Subject
    ratings: RatingCounts


@dataclass(frozen=True, slots=True)
class Ratings:
    """好差评 for the period.

    ``total`` and ``by_month`` count every rating; ``by_window``, ``by_clerk`` and the
    ranking leave out the tickets whose rating an upheld appeal excluded (申诉成立:
    ``excluded`` of them), rating and finish both, as the clerk's own figures do.
    ``by_month`` has every month the period touches (a month cut by the period counts
    its days inside it).

    窗口月度排名 (``ranking``), month by month: the windows that finished tickets that
    month, by 好评率 (highest first; a window nobody rated comes after every rated one),
    then by volume (tickets finished, most first). Windows equal in both share a rank
    and the next rank skips (1, 2, 2, 4); equals are listed by window number.
    """

    total: RatingCounts
    excluded: int
    by_window: tuple[RatingRow, ...]
    by_clerk: tuple[RatingRow, ...]
    by_month: tuple[MonthRatings, ...]
    ranking: tuple[WindowRank, ...]

    def ranking_of(self, year: int, month: int) -> tuple[WindowRank, ...]:
        return tuple(r for r in self.ranking if (r.year, r.month) == (year, month))


@dataclass(frozen=True, slots=True)
class HolidayDay:
    """A holiday the hall opened (节假日开放: ``appointments_only`` for booked citizens
    only) and the citizens served on it (numbers with a finished ticket)."""

    day: date
    name: str
    appointments_only: bool
    citizens: int


@dataclass(frozen=True, slots=True)
class Promises:
    """The hall's promises kept (便民服务承诺)."""

    extended_services: int  # 延时服务 records
    extended_minutes: int
    courier_dispatches: int  # 免费邮寄, entered and not cancelled
    courier_collections: int  # of those, 两端寄递: collected from the citizen
    courier_cost_cents: int  # borne by the hall
    appointments_booked: int  # for the period's days, not cancelled
    appointments_checked_in: int  # 已取号 (served or not yet)
    appointments_served: int  # checked in and their ticket done
    appointments_no_show: int  # 爽约
    appointments_cancelled: int
    holidays: tuple[HolidayDay, ...]
    green_channel: int  # numbers issued through the 绿色通道
    green_by_reason: Mapping[str, int]  # 老年人, 残疾人, 孕产妇, 军人, 其他
    assists: int  # 帮代办
    assists_by_kind: Mapping[AssistKind, int]
    assists_by_group: Mapping[AssistGroup, int]

    @property
    def holiday_days(self) -> int:
        return len(self.holidays)

    @property
    def holiday_citizens(self) -> int:
        return sum(h.citizens for h in self.holidays)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One category of the catalogue: its active items, and the items (active or not)
    handled for a finished ticket in the period."""

    category: str
    items: int
    served: int


@dataclass(frozen=True, slots=True)
class Catalogue:
    """事项目录: items by category (行政权力类, 公共服务类 …)."""

    by_category: tuple[CategoryRow, ...]

    @property
    def items(self) -> int:
        return sum(r.items for r in self.by_category)

    @property
    def served(self) -> int:
        return sum(r.served for r in self.by_category)


@dataclass(frozen=True, slots=True)
class HallStatistics:
    """Every figure of the hall over ``start`` … ``end``.

    ``open_days``: days the hall's calendar opened (make-up workdays and opened
    holidays included); ``promised_wait_minutes``: the hall's waiting bound
    (``max_wait_minutes``; a line may set its own, see :class:`TimeFigures`).
    """

    hall_name: str
    start: date
    end: date
    open_days: int
    promised_wait_minutes: int
    volume: Volume
    times: Times
    ratings: Ratings
    promises: Promises
    catalogue: Catalogue
    ledger: CaseFigures  # 办不成事, 答疑, 走流程, 督查, 差评整改
    on_time: OnTimeFigures  # 限时办结: the 办件 due in the period, by department and item

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


# -- the service ----------------------------------------------------------------------------


class StatisticsService:
    """The hall's statistics over any period (统计分析)."""

    def __init__(
        self,
        db: Database,
        cases: CaseService | None = None,
        applications: ApplicationService | None = None,
    ) -> None:
        self.db = db
        self._cases = cases or CaseService(db)
        self._applications = applications or ApplicationService(db)

    async def figures(self, actor: Actor, start: date, end: date) -> HallStatistics:
        """The hall's figures from ``start`` to ``end`` (the hall's dates, both included;
        at most :data:`~hall_desktop.domain.periods.MAX_PERIOD_DAYS` days), for
        supervisors and administrators."""
        return await self._figures(start, end, actor=actor)

    async def estimate_accuracy(self, actor: Actor, start: date, end: date) -> EstimateAccuracy:
        """预计等候准确度 from ``start`` to ``end`` (the hall's dates, both included): the
        estimates given at issue against the waits, for supervisors and administrators
        (:mod:`hall_desktop.services.estimate_accuracy`)."""
        period = checked_period(start, end)
        async with self.db.read() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="查看预计等候准确度")
            hall = await session.get(Hall, fresh.hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {fresh.hall_id} 的大厅")
            return await read_accuracy(session, self.db.backend, hall.id, hall.name, period)

    async def figures_of_hall(self, hall_id: int, start: date, end: date) -> HallStatistics:
        """:meth:`figures` of the hall ``hall_id``, with no permission check of its own:
        for :class:`~hall_desktop.services.district.DistrictService`, which has checked
        that its actor may see that hall (a district's administrator), and nobody else."""
        return await self._figures(start, end, hall_id=hall_id)

    async def _figures(
        self, start: date, end: date, *, actor: Actor | None = None, hall_id: int | None = None
    ) -> HallStatistics:
        period = checked_period(start, end)
        async with (
            self.db.read() as session,
            self.db.read() as waits,
            self.db.read() as services,
            self.db.read() as side,
            _unmapped(session, waits, services, side)
            if self.db.is_sqlite
            else contextlib.nullcontext(),
        ):
            if actor is not None:
                fresh = await recheck(session, actor, *MANAGERS, action="查看统计分析")
                hall_id = fresh.hall_id
            assert hall_id is not None
            hall = await session.get(Hall, hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            await _same_snapshot(session, (waits, services, side), self.db.backend)
            if self.db.is_postgresql:
                # Each breakdown sorts its durations, and the tickets' counts hash the
                # period's tickets and ratings: in memory (these transactions only).
                # With the server's default (4 MB) they spilled to disk, and the
                # planner chose a sort for the counts' few thousand groups.
                for read in (session, waits, services, side):
                    await read.execute(text(f"SET LOCAL work_mem = '{_SORT_MEMORY}'"))
            q = _Queries(session, self.db.backend, hall, period)
            schedule = await load_schedule(session, hall.id)
            names = await _Names.read(session, hall.id)
            # Four reads of one snapshot at once, so that every core works: the two
            # durations, the heaviest statements, one each; the items, the hourly load
            # and the promises on a third; the tickets' own counts here (on SQLite,
            # aiosqlite's threads, which the database lets run together).
            backend = self.db.backend
            async with asyncio.TaskGroup() as tasks:
                waited = tasks.create_task(
                    _Queries(waits, backend, hall, period).durations(_WAITING, names)
                )
                served = tasks.create_task(
                    _Queries(services, backend, hall, period).durations(_SERVICE, names)
                )
                passes = tasks.create_task(
                    _Queries(side, backend, hall, period).other_passes(schedule)
                )
                # The ledger's and 限时办结's few rows: their own reads, meanwhile.
                ledger = tasks.create_task(self._cases.figures_of_hall(hall.id, start, end))
                on_time = tasks.create_task(self._applications.on_time_of_hall(hall.id, start, end))
                counted = await q.counted()
                ratings = await q.ratings(names, counted)
                items, load, promises = await passes
                volume = await q.volume(names, counted, items, load)
                catalogue = await q.catalogue(volume)
            times = _Queries.times(names, waited.result() | served.result())
        return HallStatistics(
            hall_name=hall.name,
            start=start,
            end=end,
            open_days=sum(1 for d in period.dates() if schedule.is_working_day(d)),
            promised_wait_minutes=hall.max_wait_minutes,
            volume=volume,
            times=times,
            ratings=ratings,
            promises=promises,
            catalogue=catalogue,
            ledger=ledger.result(),
            on_time=on_time.result(),
        )


async def _same_snapshot(first: AsyncSession, others: Iterable[AsyncSession], backend: str) -> None:
    """Make the ``others``' reads see what ``first``'s sees.

    PostgreSQL: ``first`` exports its snapshot (its REPEATABLE READ transaction has
    taken it with the statements before) and each of the others imports it before any
    query of its own: they are one snapshot. SQLite has no such thing; each read takes
    its snapshot at its first statement, and they are taken here one after the other,
    an instant apart: a write committed by another PC in that instant (one ticket
    called or finished) can be in one read's figures (say the times) and not in
    another's.
    """
    if backend == "postgresql":
        snapshot = str(await first.scalar(text("SELECT pg_export_snapshot()")))
        if not _SNAPSHOT_ID.fullmatch(snapshot):  # SET takes no parameter: spelled out
            raise ValueError(f"unexpected snapshot id {snapshot!r}")
        for other in others:
            await other.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))
    else:
        for other in others:
            await other.execute(text("SELECT 1 FROM hall LIMIT 1"))


@contextlib.asynccontextmanager
async def _unmapped(*sessions: AsyncSession) -> AsyncIterator[None]:
    """SQLite: the sessions read the file through the page cache, not memory-mapped.

    Each connection maps the file apart, and a page it touched stays in the process's
    memory as long as the mapping does: the statistics' two connections, scanning the
    same months of tickets, would each keep them (the process's size doubled for as
    long as the connections live in the pool). Mapping is given back after.
    """
    for session in sessions:
        await session.execute(text("PRAGMA mmap_size = 0"))
    try:
        yield
    finally:
        for session in sessions:
            with contextlib.suppress(Exception):  # the read's own error comes first
                await session.execute(text(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}"))


# -- names of what the rows are about -------------------------------------------------------

_K = TypeVar("_K")
_V = TypeVar("_V")
_NO_WINDOW = Subject(None, "", "未到窗口", "（未到窗口）")
_NO_CLERK = Subject(None, "", "无经办人", "（无经办人）")


@dataclass(frozen=True, slots=True)
class _Counted:
    """The tickets of the period counted per (day, line id, window id, clerk id): by
    what became of them; and the finished ones with their ratings, per the same key and
    whether an upheld appeal excluded the rating."""

    volume: Mapping[tuple[Any, ...], VolumeCounts]
    ratings: Mapping[tuple[Any, ...], RatingCounts]


@dataclass(frozen=True, slots=True)
class _Names:
    """The hall's lines, windows and staff as subjects, each with its sort key."""

    lines: Mapping[int, tuple[Any, Subject]]
    windows: Mapping[int, tuple[Any, Subject]]
    staff: Mapping[int, tuple[Any, Subject]]
    #: Each line's own waiting bound in minutes (最长等候; None: the hall's).
    bounds: Mapping[int, int | None]

    @classmethod
    async def read(cls, session: AsyncSession, hall_id: int) -> _Names:
        lines = await session.execute(
            select(
                BusinessLine.id,
                BusinessLine.prefix,
                BusinessLine.name,
                BusinessLine.sort_order,
                BusinessLine.max_wait_minutes,
            ).where(BusinessLine.hall_id == hall_id)
        )
        windows = await session.execute(
            select(ServiceWindow.id, ServiceWindow.number, ServiceWindow.name).where(
                ServiceWindow.hall_id == hall_id
            )
        )
        staff = await session.execute(
            select(Staff.id, Staff.staff_number, Staff.name).where(Staff.hall_id == hall_id)
        )
        lines_found = lines.all()
        return cls(
            lines={
                i: ((order, prefix), Subject(i, prefix, name, f"{prefix} {name}"))
                for i, prefix, name, order, _ in lines_found
            },
            bounds={i: minutes for i, *_, minutes in lines_found},
            windows={
                i: (number, Subject(i, str(number), name, f"{number}号窗口"))
                for i, number, name in windows
            },
            staff={
                i: (number, Subject(i, number, name, f"{name}（{number}）"))
                for i, number, name in staff
            },
        )


def _rows(
    found: Mapping[int | None, _V],
    subjects: Mapping[int, tuple[Any, Subject]],
    none: Subject,
    make: Callable[[Subject, _V], _K],
) -> tuple[_K, ...]:
    """Rows for the ids found, in the subjects' order; the None row last."""
    known = sorted((i for i in found if i is not None), key=lambda i: subjects[i][0])
    rows = [make(subjects[i][1], found[i]) for i in known]
    if None in found:
        rows.append(make(none, found[None]))
    return tuple(rows)


# -- the statements ---------------------------------------------------------------------------


class _Queries:
    """The statements of one period, run in one read transaction (one snapshot).

    They group by a subquery's columns, never by an expression with parameters:
    PostgreSQL binds each parameter apart, so the same expression in the select list
    and in ``GROUP BY`` would not be the same expression to it.
    """

    def __init__(self, session: AsyncSession, backend: str, hall: Hall, period: Period) -> None:
        self.session = session
        self.backend = backend
        self.hall = hall
        self.period = period
        self.zone = ZoneInfo(hall.timezone)
        #: The category of each item handled in the period (read with the volume).
        self.item_categories: dict[int, str] = {}
        #: The hall's own tickets of the period.
        self.tickets: tuple[ColumnElement[bool], ...] = (
            Ticket.hall_id == hall.id,
            Ticket.service_day >= period.start,
            Ticket.service_day <= period.end,
        )

    async def _all(self, statement: Executable) -> list[Any]:
        return list((await self.session.execute(statement)).all())

    # ---------------------------------------------------------------- volume

    async def counted(self) -> _Counted:
        """One pass over the period's tickets and their ratings: the counts per day,
        line, window, clerk and whether an upheld appeal excluded the ticket's rating,
        which the volume and the 好差评 figures fold into each breakdown."""
        done = Ticket.status == _DONE
        inner = (
            select(
                Ticket.service_day.label("day"),
                Ticket.line_id,
                Ticket.window_id,
                Ticket.clerk_id,
                case((and_(done, func.coalesce(Rating.excluded, false())), 1), else_=0).label(
                    "excluded"
                ),
                Ticket.status,
                Ticket.transferred_from_id,
                case((done, Rating.level)).label("level"),
            )
            .select_from(Ticket)
            .outerjoin(Rating, Rating.ticket_id == Ticket.id)
            .where(*self.tickets)
            .subquery("t")
        )
        keys = [inner.c.day, inner.c.line_id, inner.c.window_id, inner.c.clerk_id]
        keys.append(inner.c.excluded)
        found = await self._all(
            select(
                *keys,
                *_fates(inner),
                func.count(inner.c.level),
                *(func.sum(case((inner.c.level == k, 1), else_=0)) for k in range(1, 6)),
            ).group_by(*keys)
        )
        volume: dict[tuple[Any, ...], VolumeCounts] = {}
        ratings: dict[tuple[Any, ...], RatingCounts] = {}
        for day, line, window, clerk, excluded, *n in found:
            counts = VolumeCounts(*(int(v) for v in n[:6]))
            key = (day, line, window, clerk)
            volume[key] = volume[key] + counts if key in volume else counts
            if counts.served:
                levels = {k: int(v) for k, v in zip(range(1, 6), n[7:], strict=True)}
                ratings[(*key, bool(excluded))] = RatingCounts(counts.served, int(n[6]), levels)
        return _Counted(volume, ratings)

    async def other_passes(
        self, schedule: HallSchedule
    ) -> tuple[dict[int | None, VolumeCounts], tuple[tuple[int, ...], ...], Promises]:
        """The passes the tickets' counts do not give, one after the other: the volume
        by item, the hourly load and the promises."""
        return await self._items(), await self._load(), await self.promises(schedule)

    async def volume(
        self,
        names: _Names,
        counted: _Counted,
        items: Mapping[int | None, VolumeCounts],
        load: tuple[tuple[int, ...], ...],
    ) -> Volume:
        """The volume from the tickets' pass, folded into each breakdown; the items
        (a second pass: a ticket may have several) and the load from
        :meth:`other_passes`."""
        found = counted.volume
        item_names = await self._item_names(i for i in items if i is not None)

        def by(place: int) -> dict[Any, VolumeCounts]:
            return _summed((key[place], counts) for key, counts in found.items())

        def of_line(place: int) -> dict[Any, dict[Any, VolumeCounts]]:
            per: dict[Any, list[tuple[Any, VolumeCounts]]] = {}
            for key, counts in found.items():
                per.setdefault(key[1], []).append((key[place], counts))
            return {line: _summed(pairs) for line, pairs in per.items() if line is not None}

        by_day = by(0)
        return Volume(
            windows_of_line={
                line: _rows(found_, names.windows, _NO_WINDOW, VolumeRow)
                for line, found_ in of_line(2).items()
            },
            clerks_of_line={
                line: _rows(found_, names.staff, _NO_CLERK, VolumeRow)
                for line, found_ in of_line(3).items()
            },
            total=_total([VolumeCounts(), *found.values()]),
            by_line=_rows(by(1), names.lines, _NO_WINDOW, VolumeRow),
            by_window=_rows(by(2), names.windows, _NO_WINDOW, VolumeRow),
            by_clerk=_rows(by(3), names.staff, _NO_CLERK, VolumeRow),
            by_item=_rows(items, item_names, _NO_WINDOW, VolumeRow),
            by_day=tuple(
                DayVolume(day, by_day.get(day, VolumeCounts())) for day in self.period.dates()
            ),
            load=load,
        )

    async def _items(self) -> dict[int | None, VolumeCounts]:
        """The tickets each item was handled for, by what became of them."""
        inner = (
            select(
                TicketItem.service_item_id.label("item"), Ticket.status, Ticket.transferred_from_id
            )
            .select_from(Ticket)
            .join(TicketItem, TicketItem.ticket_id == Ticket.id)
            .where(*self.tickets)
            .subquery("t")
        )
        found = await self._all(select(inner.c.item, *_fates(inner)).group_by(inner.c.item))
        return {item: VolumeCounts(*(int(n) for n in counts)) for item, *counts in found}

    async def _load(self) -> tuple[tuple[int, ...], ...]:
        """Numbers issued by weekday and hour of the hall's wall clock."""
        start = datetime.combine(self.period.start, time(0), tzinfo=self.zone)
        end = datetime.combine(self.period.end + timedelta(days=2), time(0), tzinfo=self.zone)
        issued = (*self.tickets, Ticket.transferred_from_id.is_(None))
        grid = [[0] * 24 for _ in range(7)]
        utc_hours = utc_hour(Ticket.issued_at, self.zone, start, end, self.backend)
        if utc_hours is not None:
            # Counted per UTC hour (a few thousand rows at most), each hour put on the
            # wall clock here: no date arithmetic for every ticket.
            inner = select(utc_hours.label("hour")).where(*issued).subquery("t")
            for hour, n in await self._all(
                select(inner.c.hour, func.count()).group_by(inner.c.hour)
            ):
                local = utc_hour_of(hour).astimezone(self.zone)
                grid[local.weekday()][local.hour] += n
            return tuple(tuple(row) for row in grid)
        hour, weekday = local_hour_weekday(Ticket.issued_at, self.zone, start, end, self.backend)
        inner = select(hour.label("hour"), weekday.label("weekday")).where(*issued).subquery("t")
        for h, wd, n in await self._all(
            select(inner.c.hour, inner.c.weekday, func.count()).group_by(
                inner.c.hour, inner.c.weekday
            )
        ):
            grid[int(wd)][int(h)] += n
        return tuple(tuple(row) for row in grid)

    async def _item_names(self, ids: Iterable[int]) -> dict[int, tuple[Any, Subject]]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        found = await self._all(
            select(ServiceItem.id, ServiceItem.code, ServiceItem.name, ServiceItem.category).where(
                ServiceItem.id.in_(wanted)
            )
        )
        self.item_categories.update((i, category) for i, _, _, category in found)
        return {i: (code, Subject(i, code, name, name)) for i, code, name, _ in found}

    # ---------------------------------------------------------------- times

    @staticmethod
    def times(
        names: _Names, found: Mapping[tuple[int, int, Any], tuple[Durations, int, int]]
    ) -> Times:
        """The time figures from :meth:`durations`' rows of both measures."""
        nothing = (Durations(), 0, 0)

        def of(dim: int) -> dict[Any, TimeFigures]:
            groups = {g for _, d, g in found if d == dim}
            return {
                g: TimeFigures(
                    waiting=found.get((_WAITING, dim, g), nothing)[0],
                    service=found.get((_SERVICE, dim, g), nothing)[0],
                    within_promise=found.get((_WAITING, dim, g), nothing)[1],
                    promised=found.get((_WAITING, dim, g), nothing)[2],
                )
                for g in groups
            }

        return Times(
            total=of(0).get(0, TimeFigures()),
            by_line=_rows(of(1), names.lines, _NO_WINDOW, TimeRow),
            by_window=_rows(of(2), names.windows, _NO_WINDOW, TimeRow),
            by_clerk=_rows(of(3), names.staff, _NO_CLERK, TimeRow),
        )

    async def durations(
        self, measure: int, names: _Names
    ) -> dict[tuple[int, int, Any], tuple[Durations, int, int]]:
        """Waiting (``measure`` :data:`_WAITING`: issue → first call, with how many
        were within their line's waiting bound of how many had one) or service
        (:data:`_SERVICE`: start → finish) of the whole hall (keyed (measure, 0, 0)),
        by line (measure, 1, line id), window (…, 2, …) and clerk (…, 3, …), in one
        statement; the two measures are two statements, on two connections at once.

        The period's tickets are read once, each duration rounded to the whole second
        (:func:`~hall_desktop.store.sql_time.whole_seconds_between`: a half up; rounding
        keeps order, so the value at a rank is the rounded value at that rank).
        PostgreSQL then takes the ranks with its ordered-set aggregate
        (:meth:`_durations_ordered`). On SQLite each breakdown counts its durations per
        second, and the running count over the seconds in ascending order finds the
        second that holds the nearest rank of the median and of p90: counting per
        second first leaves far fewer rows to order than ranking every ticket in every
        breakdown.
        """
        later: Any
        earlier: Any
        if measure == _WAITING:
            later, earlier = Ticket.first_called_at, Ticket.issued_at
        else:
            later, earlier = Ticket.finished_at, Ticket.started_at
        columns: list[Any] = [
            Ticket.line_id.label("d1"),
            Ticket.window_id.label("d2"),
            Ticket.clerk_id.label("d3"),
            whole_seconds_between(later, earlier, self.backend).label("v"),
        ]
        if measure == _WAITING:
            columns.append(self._bound(names).label("bound"))
        # Materialized: the databases would otherwise put the seconds' expression back
        # into every use of it, and work each duration out again.
        raw = (
            select(*columns)
            .where(*self.tickets, later.is_not(None), earlier.is_not(None))
            .cte("raw")
            .prefix_with("MATERIALIZED")
        )
        sums: list[Any] = [literal_column("0"), literal_column("0")]
        if measure == _WAITING:
            # Of the waits measured: those with a bound (promised) and within it, to
            # the second: a wait rounded to the bound is within it.
            has_bound = raw.c.bound > 0
            sums = [
                func.sum(case((and_(has_bound, raw.c.v <= raw.c.bound), 1), else_=0)),
                func.sum(case((has_bound, 1), else_=0)),
            ]
        if self.backend == "postgresql":
            return await self._durations_ordered(raw, measure, *sums)
        return await self._durations_counted(raw, measure, *sums)

    def _bound(self, names: _Names) -> ColumnElement[int]:
        """The waiting bound in seconds of a ticket's line: the line's own, else the
        hall's. Spelled out per line (a hall has a handful): a join to the lines for
        every ticket of the period cost more than the rest of reading it."""
        hall = self.hall.max_wait_minutes * 60
        own = {i: minutes * 60 for i, minutes in names.bounds.items() if minutes is not None}
        if not own:
            return literal_column(str(int(hall)))
        return case(own, value=Ticket.line_id, else_=hall)

    async def _durations_counted(
        self, raw: Any, measure: int, within: Any, promised: Any
    ) -> dict[tuple[int, int, Any], tuple[Durations, int, int]]:
        """SQLite: :meth:`durations` counted per second, each breakdown apart."""
        dims = {1: raw.c.d1, 2: raw.c.d2, 3: raw.c.d3}

        def per_second(i: int) -> Select[Any]:
            group = dims[i]
            return select(
                literal_column(str(i)).label("dim"),
                group.label("g"),
                raw.c.v.label("sec"),
                func.count().label("n"),
                within.label("within"),
                promised.label("promised"),
            ).group_by(group, raw.c.v)

        # Every measured ticket has a line: the hall's counts are the lines' added up.
        lines = per_second(1).cte("lines")
        whole_hall = select(
            literal_column("0").label("dim"),
            literal_column("0").label("g"),
            lines.c.sec,
            func.sum(lines.c.n).label("n"),
            func.sum(lines.c.within).label("within"),
            func.sum(lines.c.promised).label("promised"),
        ).group_by(lines.c.sec)
        breakdowns = [whole_hall, select(lines), per_second(2), per_second(3)]

        def holds(p: int, upto: Any, n: Any, total: Any) -> Any:
            # The second holding rank ⌈p·total/100⌉: the count before it is below that
            # rank and the count up to it reaches it.
            return and_(100 * upto >= p * total, 100 * (upto - n) < p * total)

        def ranks(counted: Select[Any], name: str) -> Select[Any]:
            # The running count over one breakdown's seconds, each breakdown apart: a
            # window over all of them at once sorted every breakdown's rows together,
            # most of the statement's time. Only the seconds holding the median's or
            # p90's rank are kept, with their group's totals.
            c = counted.subquery(name)
            running = select(
                c.c.dim,
                c.c.g,
                c.c.sec,
                c.c.n,
                func.sum(c.c.n).over(partition_by=c.c.g, order_by=c.c.sec).label("upto"),
                func.sum(c.c.n).over(partition_by=c.c.g).label("total"),
                func.max(c.c.sec).over(partition_by=c.c.g).label("longest"),
                func.sum(c.c.within).over(partition_by=c.c.g).label("within"),
                func.sum(c.c.promised).over(partition_by=c.c.g).label("promised"),
            ).subquery(f"{name}_r")
            upto, n, total = running.c.upto, running.c.n, running.c.total
            return select(running).where(or_(*(holds(p, upto, n, total) for p in (MEDIAN, P90))))

        found_at = union_all(*(ranks(b, f"b{k}") for k, b in enumerate(breakdowns))).subquery("f")
        upto, n, total, sec = found_at.c.upto, found_at.c.n, found_at.c.total, found_at.c.sec

        def at_rank(p: int) -> Any:
            return func.max(case((holds(p, upto, n, total), sec)))

        found: dict[tuple[int, int, Any], tuple[Durations, int, int]] = {}
        for dim, g, count, median, p90, longest, n_within, n_promised in await self._all(
            select(
                found_at.c.dim,
                found_at.c.g,
                func.max(total),
                at_rank(MEDIAN),
                at_rank(P90),
                func.max(found_at.c.longest),
                func.max(found_at.c.within),
                func.max(found_at.c.promised),
            ).group_by(found_at.c.dim, found_at.c.g)
        ):
            found[measure, int(dim), g] = (
                Durations(int(count), int(median), int(p90), int(longest)),
                int(n_within),
                int(n_promised),
            )
        return found

    async def _durations_ordered(
        self, raw: Any, measure: int, within: Any, promised: Any
    ) -> dict[tuple[int, int, Any], tuple[Durations, int, int]]:
        """PostgreSQL: :meth:`durations` with its ordered-set aggregate. The median
        and p90 are ``percentile_disc``: the first value whose place in the ascending
        order reaches the fraction, the nearest rank; both from one sort (the array
        form), the four breakdowns grouping sets of one statement."""
        d1, d2, d3, value = raw.c.d1, raw.c.d2, raw.c.d3, raw.c.v
        absent = func.grouping(d1, d2, d3)  # a bit for each column left out
        ranks: Any = literal_column(f"ARRAY[{MEDIAN / 100}, {P90 / 100}]")
        rows = await self._all(
            select(
                absent,
                d1,
                d2,
                d3,
                func.count(value),
                func.percentile_disc(ranks).within_group(value),
                func.max(value),
                within,
                promised,
            ).group_by(func.grouping_sets(literal_column("()"), d1, d2, d3))
        )
        dims = {0b111: 0, 0b011: 1, 0b101: 2, 0b110: 3}
        found: dict[tuple[int, int, Any], tuple[Durations, int, int]] = {}
        for bits, g1, g2, g3, n, ranked, longest, n_within, n_promised in rows:
            if not n:  # no value to rank: NULL
                continue
            dim = dims[bits]
            median, p90 = ranked
            durations = Durations(int(n), int(median), int(p90), int(longest))
            found[measure, dim, (0, g1, g2, g3)[dim]] = (durations, int(n_within), int(n_promised))
        return found

    # ---------------------------------------------------------------- ratings

    async def ratings(self, names: _Names, counted: _Counted) -> Ratings:
        """The 好差评 figures from the tickets' pass, by month, window and clerk."""
        found = _summed(
            ((day.year * 100 + day.month, window, clerk, out), counts)
            for (day, _line, window, clerk, out), counts in counted.ratings.items()
        )
        kept = {key: counts for key, counts in found.items() if not key[3]}
        by_month = _summed((key[0], counts) for key, counts in found.items())
        return Ratings(
            total=_total([RatingCounts(), *found.values()]),
            excluded=sum(c.finished for key, c in found.items() if key[3]),
            by_window=_rows(
                _summed((key[1], c) for key, c in kept.items()),
                names.windows,
                _NO_WINDOW,
                RatingRow,
            ),
            by_clerk=_rows(
                _summed((key[2], c) for key, c in kept.items()), names.staff, _NO_CLERK, RatingRow
            ),
            by_month=tuple(
                MonthRatings(y, m, by_month.get(y * 100 + m, RatingCounts()))
                for y, m in months_of(self.period)
            ),
            ranking=rank_windows(
                _summed(((key[0], key[1]), c) for key, c in kept.items() if key[1] is not None),
                {i: subject for i, (_, subject) in names.windows.items()},
            ),
        )

    # ---------------------------------------------------------------- promises

    async def promises(self, schedule: HallSchedule) -> Promises:
        hall_id, start, end = self.hall.id, self.period.start, self.period.end
        extended, minutes = (
            await self._all(
                select(func.count(), func.coalesce(func.sum(ExtendedService.minutes), 0)).where(
                    ExtendedService.hall_id == hall_id,
                    ExtendedService.service_day >= start,
                    ExtendedService.service_day <= end,
                )
            )
        )[0]
        sent = CourierDispatch.status != DispatchStatus.CANCELLED.value
        dispatches, collections, cost = (
            await self._all(
                select(
                    func.count(),
                    func.coalesce(
                        func.sum(
                            case(
                                (CourierDispatch.direction == Direction.FROM_CITIZEN.value, 1),
                                else_=0,
                            )
                        ),
                        0,
                    ),
                    func.coalesce(func.sum(CourierDispatch.cost_cents), 0),
                ).where(
                    CourierDispatch.hall_id == hall_id,
                    CourierDispatch.created_at >= local_midnight(start, self.zone),
                    CourierDispatch.created_at < local_midnight(end + timedelta(days=1), self.zone),
                    sent,
                )
            )
        )[0]
        booking = (
            select(
                Appointment.state.label("state"),
                case((Ticket.status == _DONE, 1), else_=0).label("done"),
            )
            .select_from(Appointment)
            .outerjoin(Ticket, Ticket.id == Appointment.ticket_id)
            .where(Appointment.hall_id == hall_id, Appointment.day >= start, Appointment.day <= end)
            .subquery("a")
        )
        bookings: Counter[tuple[BookingState, bool]] = Counter()
        for state, done, n in await self._all(
            select(booking.c.state, booking.c.done, func.count()).group_by(
                booking.c.state, booking.c.done
            )
        ):
            bookings[BookingState(state), bool(done)] += n

        def booked(state: BookingState, *, done: bool | None = None) -> int:
            return sum(n for (s, d), n in bookings.items() if s is state and done in (None, d))

        green: Counter[str] = Counter()
        for reason, n in await self._all(
            select(Ticket.priority_reason, func.count())
            .where(
                *self.tickets,
                Ticket.transferred_from_id.is_(None),
                Ticket.priority == int(Priority.GREEN),
            )
            .group_by(Ticket.priority_reason)
        ):
            green[reason or "其他"] += n
        assists = await self._all(
            select(TicketAssist.kind, TicketAssist.for_group, func.count())
            .where(
                TicketAssist.hall_id == hall_id,
                TicketAssist.service_day >= start,
                TicketAssist.service_day <= end,
            )
            .group_by(TicketAssist.kind, TicketAssist.for_group)
        )
        by_kind = dict.fromkeys(AssistKind, 0)
        by_group = dict.fromkeys(AssistGroup, 0)
        for kind, group, n in assists:
            by_kind[AssistKind(kind)] += n
            by_group[AssistGroup(group)] += n
        return Promises(
            extended_services=extended,
            extended_minutes=int(minutes),
            courier_dispatches=dispatches,
            courier_collections=int(collections),
            courier_cost_cents=int(cost),
            appointments_booked=sum(bookings.values()) - booked(BookingState.CANCELLED),
            appointments_checked_in=booked(BookingState.CHECKED_IN),
            appointments_served=booked(BookingState.CHECKED_IN, done=True),
            appointments_no_show=booked(BookingState.NO_SHOW),
            appointments_cancelled=booked(BookingState.CANCELLED),
            holidays=await self._holidays(schedule),
            green_channel=sum(green.values()),
            green_by_reason=dict(green),
            assists=sum(by_kind.values()),
            assists_by_kind=by_kind,
            assists_by_group=by_group,
        )

    async def _holidays(self, schedule: HallSchedule) -> tuple[HolidayDay, ...]:
        """The holidays the calendar opened, with the citizens served on each."""
        opened = [
            entry
            for entry in map(schedule.entry_on, self.period.dates())
            if entry is not None and entry.kind is DayKind.OPEN_HOLIDAY
        ]
        if not opened:
            return ()
        served = dict(
            (day, n)
            for day, n in await self._all(
                select(Ticket.service_day, func.count(distinct(Ticket.number)))
                .where(
                    *self.tickets,
                    Ticket.status == _DONE,
                    Ticket.service_day.in_([e.day for e in opened]),
                )
                .group_by(Ticket.service_day)
            )
        )
        return tuple(
            HolidayDay(e.day, e.name, e.appointments_only, served.get(e.day, 0)) for e in opened
        )

    # ---------------------------------------------------------------- catalogue

    async def catalogue(self, volume: Volume) -> Catalogue:
        """The catalogue's active items by category; the items served in the period
        from the volume by item (those handled for a finished ticket)."""
        items = dict(
            (category, n)
            for category, n in await self._all(
                select(ServiceItem.category, func.count())
                .where(ServiceItem.hall_id == self.hall.id, ServiceItem.active.is_(True))
                .group_by(ServiceItem.category)
            )
        )
        served = Counter(
            self.item_categories[row.subject.id]
            for row in volume.by_item
            if row.subject.id is not None and row.counts.served
        )
        return Catalogue(
            tuple(
                CategoryRow(category, items.get(category, 0), served.get(category, 0))
                for category in sorted(items.keys() | served.keys(), key=_category_order)
            )
        )


def _fates(tickets: Any) -> list[Any]:
    """What became of ``tickets`` (a subquery with their ``status`` and
    ``transferred_from_id``), counted in :class:`VolumeCounts`' order."""

    def status(value: TicketStatus) -> Any:
        return func.sum(case((tickets.c.status == value.value, 1), else_=0))

    return [
        func.sum(case((tickets.c.transferred_from_id.is_(None), 1), else_=0)),
        status(TicketStatus.DONE),
        status(TicketStatus.NO_SHOW),
        status(TicketStatus.CANCELLED),
        status(TicketStatus.TRANSFERRED),
        status(TicketStatus.EXPIRED),
    ]


def _category_order(category: str) -> tuple[int, str]:
    """行政权力类, 公共服务类, then any other category by name."""
    known = CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)
    return known, category


_Summable = TypeVar("_Summable", VolumeCounts, RatingCounts)


def _summed(pairs: Iterable[tuple[Any, _Summable]]) -> dict[Any, _Summable]:
    """The counts of each key added up.

    Gathered per key first and added up field by field: adding the counts pairwise made
    a new object for each of the tickets' thousands of rows in each breakdown, the
    figures' slowest Python, and it runs after the database has answered.
    """
    gathered: dict[Any, list[_Summable]] = {}
    for key, counts in pairs:
        if key in gathered:
            gathered[key].append(counts)
        else:
            gathered[key] = [counts]
    return {key: _total(parts) for key, parts in gathered.items()}


def _total(parts: list[_Summable]) -> _Summable:
    """``parts`` added up (at least one)."""
    first = parts[0]
    if len(parts) == 1:
        return first
    if isinstance(first, VolumeCounts):
        volumes: list[VolumeCounts] = parts
        return VolumeCounts(
            sum(p.issued for p in volumes),
            sum(p.served for p in volumes),
            sum(p.no_show for p in volumes),
            sum(p.cancelled for p in volumes),
            sum(p.transferred for p in volumes),
            sum(p.expired for p in volumes),
        )
    ratings: list[RatingCounts] = parts
    return RatingCounts(
        sum(p.finished for p in ratings),
        sum(p.rated for p in ratings),
        {k: sum(p.levels[k] for p in ratings) for k in range(1, 6)},
    )


def rank_windows(
    counts: Mapping[tuple[int, int], RatingCounts], windows: Mapping[int, Subject]
) -> tuple[WindowRank, ...]:
    """窗口月度排名 from ``counts`` keyed by (month as ``year * 100 + month``, window id),
    month by month, by the rule :class:`Ratings` states: 好评率 (a window nobody rated
    after every rated one), then tickets finished; equals share a rank (1, 2, 2, 4) and
    are listed by window number."""

    def merit(rated: RatingCounts) -> tuple[bool, Fraction, int]:
        rate = Fraction(rated.good, rated.rated) if rated.rated else Fraction(0)
        return rated.rated > 0, rate, rated.finished

    def number(window_id: int) -> tuple[int, str]:
        code = windows[window_id].code
        return (int(code), code) if code.isdigit() else (0, code)

    ranks: list[WindowRank] = []
    for month in sorted({m for m, _ in counts}):
        rows = sorted(
            ((w, c) for (m, w), c in counts.items() if m == month),
            key=lambda wc: number(wc[0]),
        )
        rows.sort(key=lambda wc: merit(wc[1]), reverse=True)  # stable: equals by number
        rank = 0
        for place, (window_id, rated) in enumerate(rows, start=1):
            if place == 1 or merit(rated) != merit(rows[place - 2][1]):
                rank = place
            ranks.append(WindowRank(month // 100, month % 100, rank, windows[window_id], rated))
    return tuple(ranks)
