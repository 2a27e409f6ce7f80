"""排班建议: :meth:`StaffingService.plan` on a fixed history, on both backends.

The hall (its own, Asia/Shanghai) opens Monday–Friday 09:00–11:00: four half-hours.
The plan's day D is Wednesday 2027-03-17; the clock stands at D 10:15 (today).
History of D (the same weekday, 8 weeks back): D−7 and D−21 have tickets; D−14 is a
holiday in the hall's calendar (its planted tickets must not count); the other
Wednesdays have no ticket (the hall not yet using the program): 2 history days.

Line A's history tickets (local issue time; called → finished in minutes):

    D−7   08:50 (before opening: the 09:00 half-hour)  called 09:00 → 09:10  (10)
    D−7   09:05                                         called 09:10 → 09:30  (20)
    D−7   09:05 green channel                           called 09:06 → 09:21  (15)
    D−7   09:40                                         no-show (not timed)
    D−7   11:30 (after closing: not counted)            called 11:31 → 11:36   (5)
    D−21  09:10, 09:10, 10:10, 10:10                    each 09:x/10:x → +10   (10)
    D−14  09:00 ×3 (holiday: ignored)

Arrivals per half-hour, averaged over 2 days: 09:00 (3 + 2)/2 = 2.5, 09:30 1/2 = 0.5,
10:00 2/2 = 1, 10:30 0. Service time: (10 + 20 + 15 + 5 + 4×10)/8 = 11.25 min = 675 s;
priority share 1/9. Line B has no history: no arrivals, needs no window, and its
service time is its default (10 min).

Line A needs, for 80 % within 20 min: at 2.5 arrivals per half-hour the traffic is
2.5 × 675/1800 = 0.9375 Erlang: one window leaves it stable, and its service level is
1 − 0.9375·(1/9·e^(−1·(1−p·0.9375)·1200/675) + 8/9·e^(−(1−p·0.9375)(1−0.9375)·1200/675))
≈ 0.14 < 0.8, so two windows; the other half-hours one window (0.5 and 1 arrival).

Windows staffed on D (today), from its tickets: A by window 1 09:05–09:20, window 2
09:25–09:45, window 1 from 10:05 still serving (to now, 10:15); B by window 2 09:50–09:55
(window 2 counted for both lines). The 10:30 half-hour has not begun: the windows
configured for D (below; window 4's help is still in force on D). A: 2, 1, 1, 2;
B: 0, 1, 0, 3.

D + 7 is a day to come: the windows configured: window 1 → A; window 2 → A and B;
window 3 (inactive) → A; window 4 → B as 综窗 help until D (over); window 5 → B as help
until D + 7. A: 2, B: 2 in every half-hour.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.domain.staffing import windows_needed
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.staffing import Promise, StaffedFrom, StaffingService
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    BusinessLine,
    CalendarDay,
    CalendarYear,
    Hall,
    OpeningHours,
    ServiceWindow,
    Staff,
    Ticket,
    WindowLine,
)

ZONE = ZoneInfo("Asia/Shanghai")
D = date(2027, 3, 17)
NOW = datetime(2027, 3, 17, 10, 15, tzinfo=ZONE)


def at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), tzinfo=ZONE).astimezone(UTC)


W = timedelta(weeks=1)
# fmt: off
#: day, line, issued, called, finished (None: not finished), status, window, priority
TICKETS = [
    (D - W, "A", "08:50", "09:00", "09:10", "done", "w1", 0),
    (D - W, "A", "09:05", "09:10", "09:30", "done", "w1", 0),
    (D - W, "A", "09:05", "09:06", "09:21", "done", "w2", 3),
    (D - W, "A", "09:40", "09:45", None, "no_show", "w2", 0),
    (D - W, "A", "11:30", "11:31", "11:36", "done", "w1", 0),
    (D - 3 * W, "A", "09:10", "09:11", "09:21", "done", "w1", 0),
    (D - 3 * W, "A", "09:10", "09:12", "09:22", "done", "w2", 0),
    (D - 3 * W, "A", "10:10", "10:11", "10:21", "done", "w1", 0),
    (D - 3 * W, "A", "10:10", "10:12", "10:22", "done", "w2", 0),
    (D - 2 * W, "A", "09:00", "09:01", "09:11", "done", "w1", 0),
    (D - 2 * W, "A", "09:00", "09:02", "09:12", "done", "w1", 0),
    (D - 2 * W, "A", "09:00", "09:03", "09:13", "done", "w1", 0),
    # the day itself
    (D, "A", "09:00", "09:05", "09:20", "done", "w1", 0),
    (D, "A", "09:10", "09:25", "09:45", "done", "w2", 0),
    (D, "A", "09:50", "10:05", None, "serving", "w1", 0),
    (D, "A", "10:10", None, None, "waiting", None, 0),
    (D, "B", "09:40", "09:50", "09:55", "done", "w2", 0),
]
# fmt: on


@dataclass
class Planted:
    hall_id: int
    boss: Actor
    clerk: Actor
    lines: dict[str, int]


async def plant(db: Database) -> Planted:
    code = f"sf_{uuid.uuid4().hex[:8]}"
    async with db.write() as s:
        hall = Hall(
            code=code, name="排班测试中心", timezone="Asia/Shanghai", created_at=at(D, "08:00")
        )
        s.add(hall)
        await s.flush()
        h = hall.id
        a = BusinessLine(hall_id=h, prefix="A", name="综合业务", sort_order=0)
        b = BusinessLine(
            hall_id=h, prefix="B", name="社保医保", sort_order=1, default_service_minutes=10
        )
        windows = {
            f"w{n}": ServiceWindow(hall_id=h, number=n, name=f"{n}号", active=n != 3)
            for n in range(1, 6)
        }
        boss = Staff(hall_id=h, login="boss", name="王主任", staff_number="0002",
                     roles="supervisor", password_hash="-")  # fmt: skip
        clerk = Staff(hall_id=h, login="c1", name="张敏", staff_number="2001",
                      roles="clerk", password_hash="-")  # fmt: skip
        s.add_all([a, b, boss, clerk, *windows.values()])
        s.add_all(
            OpeningHours(hall_id=h, weekday=d, opens=time(9), closes=time(11)) for d in range(5)
        )
        s.add(CalendarYear(hall_id=h, year=2027, source="manual"))
        s.add(CalendarDay(hall_id=h, day=D - 2 * W, kind="holiday", name="测试假日"))
        await s.flush()
        lines = {"A": a.id, "B": b.id}
        wid = {key: w.id for key, w in windows.items()}
        s.add_all(
            [
                WindowLine(window_id=wid["w1"], line_id=a.id),
                WindowLine(window_id=wid["w2"], line_id=a.id),
                WindowLine(window_id=wid["w2"], line_id=b.id),
                WindowLine(window_id=wid["w3"], line_id=a.id),
                WindowLine(window_id=wid["w4"], line_id=b.id, until_day=D),
                WindowLine(window_id=wid["w5"], line_id=b.id, until_day=D + W),
            ]
        )
        for seq, (day, line, issued, called, finished, status, window, priority) in enumerate(
            TICKETS, start=1
        ):
            s.add(
                Ticket(
                    hall_id=h,
                    line_id=lines[line],
                    service_day=day,
                    seq=seq,
                    number=f"{line}{seq:03d}",
                    priority=priority,
                    status=status,
                    window_id=wid[window] if window else None,
                    issued_at=at(day, issued),
                    first_called_at=at(day, called) if called else None,
                    last_called_at=at(day, called) if called else None,
                    call_count=1 if called else 0,
                    finished_at=at(day, finished) if finished else None,
                    closed_at=at(day, called) if status == "no_show" and called else None,
                )
            )
        await s.flush()
        return Planted(
            h,
            Actor(boss.id, h, "boss", "王主任", "0002", frozenset({Role.SUPERVISOR})),
            Actor(clerk.id, h, "c1", "张敏", "2001", frozenset({Role.CLERK})),
            lines,
        )


@pytest.fixture
async def planted(db: Database, clock) -> Planted:
    clock.set(NOW.astimezone(UTC))
    return await plant(db)


async def test_the_history_gives_hand_computed_arrivals_and_needs(db, planted):
    plan = await StaffingService(db).plan(planted.boss, D)
    assert plan.open and plan.hall_name == "排班测试中心"
    assert plan.slot_starts == (time(9), time(9, 30), time(10), time(10, 30))
    assert plan.history_days == (D - 3 * W, D - W)
    assert plan.promise == Promise(80, 20)
    assert plan.staffed_from is StaffedFrom.TICKETS
    a, b = plan.lines
    assert (a.prefix, b.prefix) == ("A", "B")
    assert [s.arrivals for s in a.slots] == [2.5, 0.5, 1.0, 0.0]
    assert a.mean_service_seconds == pytest.approx(675.0)
    assert a.services_measured == 8
    assert a.priority_share == pytest.approx(1 / 9)
    # 09:00: one window's level by hand (see the module's docstring): short of 80 %.
    p, traffic = 1 / 9, 2.5 * 675 / 1800
    first = (1 - p * traffic) / 675
    ordinary = first * (1 - traffic)
    one = 1 - traffic * (p * math.exp(-first * 1200) + (1 - p) * math.exp(-ordinary * 1200))
    assert one < 0.8
    assert [s.needed for s in a.slots] == [2, 1, 1, 0]
    assert a.slots[0].needed == windows_needed(2.5 / 1800, 675, 1200, 0.8, 200, priority_share=p)
    assert plan.configured_from == 3
    assert [s.staffed for s in a.slots] == [2, 1, 1, 2]
    assert [s.short for s in a.slots] == [False, False, False, False]
    # Line B: nothing in the history; its default service time.
    assert [s.arrivals for s in b.slots] == [0.0] * 4
    assert [s.needed for s in b.slots] == [0] * 4
    assert b.mean_service_seconds == 600 and b.services_measured == 0
    assert [s.staffed for s in b.slots] == [0, 1, 0, 3]
    # The hall: the lines added up, window 2 once for each line.
    assert [plan.needed_total(i) for i in range(4)] == [2, 1, 1, 0]
    assert [plan.staffed_total(i) for i in range(4)] == [2, 2, 1, 5]


async def test_a_stricter_promise_needs_more_and_shows_short_slots(db, planted):
    plan = await StaffingService(db).plan(planted.boss, D, Promise(95, 5))
    a = plan.line(planted.lines["A"])
    needed = a.slots[0].needed
    assert needed is not None and needed > 2
    assert a.slots[0].short
    assert plan.promise.label == "95% 的办事群众 5 分钟内叫号"


async def test_the_promise_is_the_halls_setting(db, planted):
    await HallSettingsService(db).update(planted.boss, promise_percent=90, promise_minutes=15)
    plan = await Services(db).staffing.plan(planted.boss, D)
    assert plan.promise == Promise(90, 15)
    with pytest.raises(ValidationError) as e:
        await HallSettingsService(db).update(planted.boss, promise_percent=100)
    assert "等候承诺比例" in e.value.message


async def test_a_day_to_come_reads_the_configured_windows(db, planted):
    plan = await StaffingService(db).plan(planted.boss, D + W)
    assert plan.staffed_from is StaffedFrom.CONFIGURED and plan.configured_from == 0
    # Its history: D (today's own tickets), D − 7, D − 21; D − 14 the holiday.
    assert plan.history_days == (D - 3 * W, D - W, D)
    a, b = plan.lines
    assert [s.staffed for s in a.slots] == [2] * 4
    assert [s.staffed for s in b.slots] == [2] * 4


async def test_a_past_day_reads_only_its_tickets(db, planted):
    plan = await StaffingService(db).plan(planted.boss, D - W)
    assert plan.staffed_from is StaffedFrom.TICKETS and plan.configured_from == 4
    a, _b = plan.lines
    # D − 7: window 1 09:00–09:10 and 09:10–09:30, window 2 09:06–09:21 and the
    # no-show called 09:45 (closed at its call).
    assert [s.staffed for s in a.slots] == [2, 1, 0, 0]


async def test_a_closed_day_has_no_half_hours(db, planted):
    plan = await StaffingService(db).plan(planted.boss, D - 2 * W)  # the holiday
    assert not plan.open
    assert all(line.slots == () for line in plan.lines)


async def test_only_managers_may_see_the_plan(db, planted):
    with pytest.raises(PermissionDenied) as e:
        await StaffingService(db).plan(planted.clerk, D)
    assert "查看排班建议" in e.value.message


def test_a_promise_out_of_range_is_refused():
    with pytest.raises(ValidationError) as e:
        Promise(100, 20)
    assert e.value.field == "promise_percent" and "等候承诺比例" in e.value.message
    with pytest.raises(ValidationError) as e:
        Promise(80, 0)
    assert e.value.field == "promise_minutes"
