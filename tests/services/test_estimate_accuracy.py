"""预计等候准确度: :meth:`StatisticsService.estimate_accuracy` on a fixed history, on both
backends.

The hall (its own, Asia/Shanghai) has lines A, B and C (C without a ticket). Every
ticket is issued at 09:00 local; its wait is issue → first call. Error = estimate −
wait; inside the range: the wait in whole minutes (a half up) within [low, high].

    day  line  estimate  wait   error  |error|  range    inside
    D1   A       600      540     +60      60   5–15     yes (9 min)
    D1   A       900     1260    −360     360   10–20    no (21 min)
    D1   A       300      330     −30      30   5        no (5:30 is 6 min)
    D1   A      1200      900    +300     300   15–25    yes (15 min)
    D2   A       480      450     +30      30   8        yes (7:30 is 8 min)
    D2   A        60      800    −740     740   0–5      no
    D1   B      1500      700    +800     800   20–30    no (11:40 is 12 min)
    D1   B       700      760     −60      60   (none)   not counted in the range's share
    D2   B      2000     1000   +1000    1000   10–25    yes (16:40 is 17 min)

Left out: an A ticket of D2 cancelled without a call, an A ticket of D2 called but
issued without an estimate, a B ticket of the day before D1 (outside the period).

The hall's order puts B before A. Nearest ranks (rank ⌈p·n/100⌉ of the absolute errors
in ascending order):

- A on D1: 30, 60, 300, 360: median (rank 2) 60 s = 1.0 min, p90 (rank 4) 360 s = 6.0;
  within ±5 min 3/4; inside 2/4; bias (60 − 360 − 30 + 300)/4 = −7.5 s = −0.1 min.
- A on D2: 30, 740: median 30 s = 0.5, p90 740 s = 12.3; within 1/2; inside 1/2;
  bias −355 s = −5.9.
- B on D1: 60, 800: median 1.0, p90 13.3; within 1/2; inside 0/1; bias 370 s = 6.2.
- B on D2: 1000: 16.7 both; within 0/1; inside 1/1; bias 16.7.
- A: 30, 30, 60, 300, 360, 740: median (rank 3) 1.0, p90 (rank 6) 12.3; within 4/6;
  inside 3/6; bias −740/6 s = −2.1 min.
- B: 60, 800, 1000: median (rank 2) 13.3, p90 (rank 3) 16.7; within 1/3; inside 1/2;
  bias 1740/3 = 580 s = 9.7.
- The hall: 30, 30, 60, 60, 300, 360, 740, 800, 1000: median (rank 5) 300 s = 5.0,
  p90 (rank 9) 16.7; within 5/9; inside 4/8; bias 1000/9 s = 1.9 min.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.domain.periods import Period
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.estimate_accuracy import (
    Accuracy,
    nearest_rank,
    read_accuracy,
    tenths_of_minute,
)
from hall_desktop.services.statistics import StatisticsService
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Hall, Staff, Ticket

ZONE = ZoneInfo("Asia/Shanghai")
D1, D2 = date(2027, 3, 15), date(2027, 3, 16)
NOW = datetime(2027, 3, 17, 10, 0, tzinfo=ZONE)

# fmt: off
#: day, line, estimate (s), wait (s; None: never called), low, high, status
TICKETS = [
    (D1, "A", 600, 540, 5, 15, "done"),
    (D1, "A", 900, 1260, 10, 20, "done"),
    (D1, "A", 300, 330, 5, 5, "done"),
    (D1, "A", 1200, 900, 15, 25, "done"),
    (D2, "A", 480, 450, 8, 8, "done"),
    (D2, "A", 60, 800, 0, 5, "no_show"),
    (D1, "B", 1500, 700, 20, 30, "done"),
    (D1, "B", 700, 760, None, None, "done"),
    (D2, "B", 2000, 1000, 10, 25, "serving"),
    # left out
    (D2, "A", 500, None, 5, 10, "cancelled"),
    (D2, "A", None, 100, None, None, "done"),
    (D1 - timedelta(days=1), "B", 100, 900, 0, 5, "done"),
]
# fmt: on


@dataclass
class Planted:
    hall_id: int
    boss: Actor
    clerk: Actor
    lines: dict[str, int]


async def plant(db: Database) -> Planted:
    async with db.write() as s:
        issued_day = datetime(2027, 3, 1, 8, tzinfo=ZONE).astimezone(UTC)
        hall = Hall(
            code=f"ea_{uuid.uuid4().hex[:8]}",
            name="准确度测试中心",
            timezone="Asia/Shanghai",
            created_at=issued_day,
        )
        s.add(hall)
        await s.flush()
        h = hall.id
        # B before A in the hall's order: the rows follow it, not the prefixes.
        lines = {
            prefix: BusinessLine(hall_id=h, prefix=prefix, name=name, sort_order=order)
            for order, (prefix, name) in enumerate(
                [("B", "社保医保"), ("A", "综合业务"), ("C", "不动产")]
            )
        }
        boss = Staff(hall_id=h, login="boss", name="王主任", staff_number="0002",
                     roles="supervisor", password_hash="-")  # fmt: skip
        clerk = Staff(hall_id=h, login="c1", name="张敏", staff_number="2001",
                      roles="clerk", password_hash="-")  # fmt: skip
        s.add_all([*lines.values(), boss, clerk])
        await s.flush()
        for seq, (day, line, estimate, wait, low, high, status) in enumerate(TICKETS, start=1):
            issued = datetime.combine(day, time(9), tzinfo=ZONE).astimezone(UTC)
            called = None if wait is None else issued + timedelta(seconds=wait)
            s.add(
                Ticket(
                    hall_id=h,
                    line_id=lines[line].id,
                    service_day=day,
                    seq=seq,
                    number=f"{line}{seq:03d}",
                    status=status,
                    issued_at=issued,
                    first_called_at=called,
                    last_called_at=called,
                    call_count=0 if called is None else 1,
                    estimate_s=estimate,
                    estimate_low_min=low,
                    estimate_high_min=high,
                )
            )
        await s.flush()
        return Planted(
            h,
            Actor(boss.id, h, "boss", "王主任", "0002", frozenset({Role.SUPERVISOR})),
            Actor(clerk.id, h, "c1", "张敏", "2001", frozenset({Role.CLERK})),
            {key: line.id for key, line in lines.items()},
        )


@pytest.fixture
async def planted(db: Database, clock) -> Planted:
    clock.set(NOW.astimezone(UTC))
    return await plant(db)


def shown(a: Accuracy) -> tuple[object, ...]:
    """What the page shows of ``a``: count, median, p90 (minutes), within ±5, inside
    the range (count, of), bias (minutes)."""
    return (a.count, a.median_minutes, a.p90_minutes, (a.within, a.count),
            (a.in_range, a.ranged), a.bias_minutes)  # fmt: skip


async def test_hand_computed_accuracy_per_line_day_and_hall(db, planted):
    found = await StatisticsService(db).estimate_accuracy(planted.boss, D1, D2)
    assert (found.hall_name, found.start, found.end) == ("准确度测试中心", D1, D2)
    assert shown(found.total) == (9, 5.0, 16.7, (5, 9), (4, 8), 1.9)
    assert found.total.median_s == 300 and found.total.p90_s == 1000
    assert found.total.bias_s == Fraction(1000, 9)
    assert found.total.within_share == pytest.approx(5 / 9)
    assert found.total.in_range_share == 0.5
    # The lines in the hall's order (B, A); C had no ticket.
    assert [r.line.label for r in found.by_line] == ["B 社保医保", "A 综合业务"]
    b, a = found.by_line
    assert shown(a.figures) == (6, 1.0, 12.3, (4, 6), (3, 6), -2.1)
    assert shown(b.figures) == (3, 13.3, 16.7, (1, 3), (1, 2), 9.7)
    assert a.day is None
    days = [(r.day, r.line.prefix, shown(r.figures)) for r in found.by_day]
    assert days == [
        (D1, "B", (2, 1.0, 13.3, (1, 2), (0, 1), 6.2)),
        (D1, "A", (4, 1.0, 6.0, (3, 4), (2, 4), -0.1)),
        (D2, "B", (1, 16.7, 16.7, (0, 1), (1, 1), 16.7)),
        (D2, "A", (2, 0.5, 12.3, (1, 2), (1, 2), -5.9)),
    ]


async def test_one_day_and_an_empty_period(db, planted):
    service = Services(db).statistics
    one = await service.estimate_accuracy(planted.boss, D2, D2)
    # 30, 740, 1000: median 740 s, p90 1000 s; bias (30 − 740 + 1000)/3 s = 1.6 min.
    assert shown(one.total) == (3, 12.3, 16.7, (1, 3), (2, 3), 1.6)
    empty = await service.estimate_accuracy(planted.boss, D2 + timedelta(days=1), NOW.date())
    assert empty.total == Accuracy()
    assert empty.by_line == () and empty.by_day == ()
    assert shown(empty.total) == (0, None, None, (0, 0), (0, 0), None)
    assert empty.total.within_share is None and empty.total.in_range_share is None


async def test_both_ways_of_ranking_give_the_same_numbers(db, planted):
    """PostgreSQL's ``percentile_disc`` and the counts ranked in Python (SQLite's way)
    agree, on PostgreSQL where both run."""
    ways = [False, True] if db.backend == "postgresql" else [False]
    found = []
    for ranked_in_sql in ways:
        async with db.read() as session:
            found.append(
                await read_accuracy(
                    session,
                    db.backend,
                    planted.hall_id,
                    "准确度测试中心",
                    Period(D1 - timedelta(days=1), D2),
                    ranked_in_sql=ranked_in_sql,
                )
            )
    assert all(f == found[0] for f in found)
    # The day before D1 is in this period: B's ticket with a −800 s error, the ninth
    # of ten absolute errors.
    assert found[0].total.count == 10 and found[0].total.p90_s == 800


async def test_only_managers_may_see_the_accuracy(db, planted):
    with pytest.raises(PermissionDenied) as e:
        await StatisticsService(db).estimate_accuracy(planted.clerk, D1, D2)
    assert "查看预计等候准确度" in e.value.message
    with pytest.raises(ValidationError) as v:
        await StatisticsService(db).estimate_accuracy(planted.boss, D2, D1)
    assert v.value.field == "end"


def test_nearest_rank_and_tenths():
    assert nearest_rank({}, 50) is None
    assert nearest_rank({5: 1}, 90) == 5
    assert nearest_rank({1: 2, 2: 2}, 50) == 1  # the median of four is the second
    assert nearest_rank({v: 1 for v in range(1, 11)}, 90) == 9
    assert nearest_rank({v: 1 for v in range(1, 12)}, 90) == 10
    assert tenths_of_minute(None) is None
    assert tenths_of_minute(90) == 1.5
    assert tenths_of_minute(93) == 1.6  # 1.55 half up
    assert tenths_of_minute(-3) == 0.0
    assert tenths_of_minute(Fraction(-15, 2)) == -0.1
