"""统计分析: every figure of :class:`StatisticsService` against values worked out by hand
on a small fixed history, on both backends.

The history (one hall of its own, written row by row with fixed times, Asia/Shanghai)
runs from Tuesday 2026-12-29 to Tuesday 2027-01-05 and crosses the year. Its calendar:
2027-01-01 (Friday) is 元旦, opened for booked citizens only; Saturday 2027-01-02 is a
make-up workday (调休上班); Monday 2027-01-04 is a closed holiday. The period mostly
asked about is 2026-12-30 … 2027-01-02 ("P"); the days around it hold rows that must
not count. Another hall's ticket on 2026-12-30 must not count either.

Tickets of P (local times; waiting = first call − issue, service = finish − start, in s):

    t1   12-30 A001 line A  window 1 clerk c1 done         09:00 wait  300 serve  600 rated 5
    t2   12-30 A002 line A  window 1 clerk c1 done         09:10 wait 2400 serve 1800 rated 2,
                                                            excluded by an upheld appeal
    t3   12-30 B001 line B  window 2 clerk c2 done         10:00 wait  480 serve  300 not rated
    t4   12-30 B002 line B  window 2 clerk c2 no_show      10:05 wait  900
    t5   12-30 A003 line A  –                 cancelled    11:00  green channel 老年人
    t6   12-31 A001 line A  window 2 clerk c2 transferred  14:00 wait  120  green 孕产妇
    t7   12-31 A001 line B  window 1 clerk c1 done         14:10 wait  120 serve  480 rated 4
                                                            (t6 carried to line B)
    t8   12-31 B001 line B  window 1 clerk c3 done         15:00 wait   60 serve 1800 rated 3,
                                                            green 残疾人
    t9   12-31 A002 line A  –                 expired      16:50
    t10  01-01 B001 line B  window 2 clerk c2 done         09:30 wait   60 serve 1200 rated 5
    t11  01-01 B002 line B  window 2 clerk c2 done         10:00 wait 1200 serve  300 no rating
    t12  01-02 A001 line A  window 1 clerk c1 done         16:00 wait  600 serve 5400 rated 1
    t13  01-02 A002 line A  window 1 clerk c1 done         16:30 wait 4200 serve  540 rated 4

Line A promises 30 minutes (the hall's bound), line B its own 10 minutes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, literal, select

from hall_desktop.domain.calls import AssistGroup, AssistKind
from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.domain.periods import PeriodKind, checked_period, months_of, period_of
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.statistics import (
    Durations,
    HallStatistics,
    RatingCounts,
    StatisticsService,
    Subject,
    VolumeCounts,
    _same_snapshot,
    rank_windows,
)
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    Application,
    Appointment,
    AppointmentSlot,
    BusinessLine,
    CalendarDay,
    CalendarYear,
    Consultation,
    CourierDispatch,
    ExtendedService,
    Hall,
    LedgerCase,
    OpeningHours,
    Rating,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketAssist,
    TicketItem,
    UTCDateTime,
)
from hall_desktop.store.sql_time import local_hour_weekday, offset_changes

ZONE = ZoneInfo("Asia/Shanghai")
P = (date(2026, 12, 30), date(2027, 1, 2))
D30, D31, J1, J2 = date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)


D29, J4, J5 = date(2026, 12, 29), date(2027, 1, 4), date(2027, 1, 5)

# fmt: off
#: key, day, number, line, status, issued, first called, started, finished, window,
#: clerk, priority, its reason, carried from (X: the other hall's line).
TICKETS = [
    ("t0", D29, "A001", "A", "done", "09:00", "09:30", "09:30", "09:40", "w1", "c1", 0, None, None),
    ("x1", D30, "A001", "X", "done", "09:00", "09:01", "09:01", "09:02", None, None, 0, None, None),
    ("t1", D30, "A001", "A", "done", "09:00", "09:05", "09:06", "09:16", "w1", "c1", 0, None, None),
    ("t2", D30, "A002", "A", "done", "09:10", "09:50", "09:51", "10:21", "w1", "c1", 0, None, None),
    ("t3", D30, "B001", "B", "done", "10:00", "10:08", "10:10", "10:15", "w2", "c2", 0, None, None),
    ("t4", D30, "B002", "B", "no_show", "10:05", "10:20", None, None, "w2", "c2", 0, None, None),
    ("t5", D30, "A003", "A", "cancelled", "11:00", None, None, None, None, None, 3, "老年人", None),
    ("t6", D31, "A001", "A", "transferred", "14:00", "14:02", "14:03", None, "w2", "c2",
     3, "孕产妇", None),
    ("t7", D31, "A001", "B", "done", "14:10", "14:12", "14:12", "14:20", "w1", "c1",
     3, "孕产妇", "t6"),
    ("t8", D31, "B001", "B", "done", "15:00", "15:01", "15:02", "15:32", "w1", "c3",
     3, "残疾人", None),
    ("t9", D31, "A002", "A", "expired", "16:50", None, None, None, None, None, 0, None, None),
    ("t10", J1, "B001", "B", "done", "09:30", "09:31", "09:32", "09:52", "w2", "c2",
     2, "预约", None),
    ("t11", J1, "B002", "B", "done", "10:00", "10:20", "10:21", "10:26", "w2", "c2",
     2, "预约", None),
    ("t12", J2, "A001", "A", "done", "16:00", "16:10", "16:10", "17:40", "w1", "c1", 0, None, None),
    ("t13", J2, "A002", "A", "done", "16:30", "17:40", "17:41", "17:50", "w1", "c1", 0, None, None),
    ("t14", J5, "A001", "A", "done", "09:00", "09:01", "09:01", "09:02", "w1", "c1",
     3, "军人", None),
]
#: key, code, name, category, active
ITEMS = [
    ("i1", "XK-001", "企业设立登记", "行政权力类", True),
    ("i2", "XK-002", "食品经营许可", "行政权力类", True),
    ("i3", "GG-001", "社保卡申领", "公共服务类", True),
    ("i4", "GG-002", "医保转移", "公共服务类", False),
    ("i5", "GG-003", "就业登记", "公共服务类", True),
]
TICKET_ITEMS = [("t0", "i5"), ("t1", "i1"), ("t1", "i2"), ("t2", "i1"), ("t3", "i3"),
                ("t7", "i3"), ("t8", "i4"), ("t10", "i1"), ("t14", "i5")]
#: ticket, level (None: left without rating), excluded by an upheld appeal
RATINGS = [("t0", 1, False), ("t1", 5, False), ("t2", 2, True), ("t3", None, False),
           ("t7", 4, False), ("t8", 3, False), ("t10", 5, False), ("t12", 1, False),
           ("t13", 4, False)]
#: 办件 (限时办结): ticket, item, due date, closed on (None: open)
APPLICATIONS = [("t1", "i1", D31, D30), ("t1", "i2", J2, J5), ("t3", "i3", D31, None),
                ("t7", "i3", J2, J2), ("t10", "i1", J5, None)]
# fmt: on


def at(day: date, hhmm: str) -> datetime:
    return local(day, hhmm).astimezone(UTC)


def local(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), tzinfo=ZONE)


@dataclass
class History:
    hall_id: int
    boss: Actor
    admin: Actor
    clerk: Actor
    ids: dict[str, int]  # lines A/B, windows w1/w2, staff by login, items i1…i5


_built: dict[str, History] = {}


async def history(db: Database) -> History:
    """The fixed history, written once per database of the test session."""
    key = str(db.url)
    if key not in _built:
        _built[key] = await _write_history(db)
    return _built[key]


async def _write_history(db: Database) -> History:
    code = f"st_{uuid.uuid4().hex[:8]}"
    created = at(date(2026, 12, 1), "08:00")
    async with db.write() as s:
        hall = Hall(code=code, name="统计测试中心", timezone="Asia/Shanghai", created_at=created)
        other = Hall(code=f"{code}x", name="别的中心", timezone="Asia/Shanghai", created_at=created)
        s.add_all([hall, other])
        await s.flush()
        h = hall.id
        rows: dict[str, Any] = {
            "A": BusinessLine(hall_id=h, prefix="A", name="综合业务", sort_order=0),
            "B": BusinessLine(hall_id=h, prefix="B", name="社保医保", sort_order=1),
            "X": BusinessLine(hall_id=other.id, prefix="A", name="综合业务"),
            "w1": ServiceWindow(hall_id=h, number=1, name="综合窗口"),
            "w2": ServiceWindow(hall_id=h, number=2, name="社保窗口"),
        }
        rows["B"].max_wait_minutes = 10  # line A keeps the hall's 30
        for login, name, number, roles in [
            ("boss", "王主任", "0002", "supervisor"),
            ("admin", "系统管理员", "0001", "admin"),
            ("c1", "张敏", "2001", "clerk"),
            ("c2", "陈静", "2002", "clerk"),
            ("c3", "刘洋", "2003", "clerk"),
        ]:
            rows[login] = Staff(
                hall_id=h,
                login=login,
                name=name,
                staff_number=number,
                roles=roles,
                password_hash="-",
            )
        for key, item_code, name, category, active in ITEMS:
            rows[key] = ServiceItem(
                hall_id=h, code=item_code, name=name, category=category,
                department="人社局" if category == "公共服务类" else "市场监管局",
                active=active,
            )  # fmt: skip
        s.add_all(rows.values())
        s.add_all(
            OpeningHours(hall_id=h, weekday=d, opens=time(9), closes=time(17)) for d in range(5)
        )
        s.add_all(CalendarYear(hall_id=h, year=y, source="manual") for y in (2026, 2027))
        s.add_all(
            [
                CalendarDay(
                    hall_id=h, day=J1, kind="open_holiday", name="元旦", opens=time(9),
                    closes=time(12), appointments_only=True,
                ),
                CalendarDay(hall_id=h, day=J2, kind="makeup_workday", name="元旦调休"),
                CalendarDay(hall_id=h, day=J4, kind="holiday", name="元旦"),
            ]
        )  # fmt: skip
        await s.flush()
        ids = {key: row.id for key, row in rows.items()}
        tickets: dict[str, Ticket] = {}
        for (key, day, number, line, status, issued, called, started, finished, window, clerk,
             priority, reason, carried_from) in TICKETS:  # fmt: skip
            if carried_from:
                await s.flush()
            tickets[key] = Ticket(
                hall_id=rows[line].hall_id,
                line_id=ids[line],
                service_day=day,
                seq=int(number[1:]),
                number=number,
                priority=priority,
                priority_reason=reason,
                status=status,
                window_id=ids[window] if window else None,
                clerk_id=ids[clerk] if clerk else None,
                issued_at=at(day, issued),
                first_called_at=at(day, called) if called else None,
                call_count=1 if called else 0,
                started_at=at(day, started) if started else None,
                finished_at=at(day, finished) if finished else None,
                transferred_from_id=tickets[carried_from].id if carried_from else None,
            )
            s.add(tickets[key])
        await s.flush()
        t = {key: row.id for key, row in tickets.items()}
        s.add_all(TicketItem(ticket_id=t[k], service_item_id=ids[i]) for k, i in TICKET_ITEMS)
        s.add_all(
            Rating(
                hall_id=h,
                ticket_id=t[key],
                window_id=tickets[key].window_id,
                clerk_id=tickets[key].clerk_id,
                level=level,
                rated=level is not None,
                item_ids=[],
                at=tickets[key].finished_at,
                excluded=excluded,
            )
            for key, level, excluded in RATINGS
        )
        s.add_all(
            Application(
                hall_id=h,
                ticket_id=t[key],
                item_id=ids[item],
                window_id=tickets[key].window_id,
                clerk_id=tickets[key].clerk_id,
                service_day=tickets[key].service_day,
                opened_at=tickets[key].finished_at,
                promised_days=1,
                due_date=due,
                closed_at=at(closed, "10:00") if closed else None,
                closed_on=closed,
                closed_how="window" if closed else None,
            )
            for key, item, due, closed in APPLICATIONS
        )
        s.add_all(
            ExtendedService(
                hall_id=h,
                service_day=day,
                window_id=ids["w1"],
                clerk_id=ids["c1"],
                ticket_id=t[key] if key else None,
                item_ids=[],
                closing_at=at(day, "17:00"),
                finished_at=at(day, finished),
                minutes=minutes,
                manual=key is None,
                created_at=at(day, finished),
            )
            for day, minutes, finished, key in [
                (J2, 40, "17:40", "t12"),
                (J2, 50, "17:50", "t13"),
                (D29, 15, "17:15", None),
            ]
        )
        s.add_all(
            CourierDispatch(
                hall_id=h,
                created_by_id=ids["c1"],
                direction=direction,
                recipient_name="李四",
                recipient_phone="13900000000",
                province="浙江省",
                city="杭州市",
                district="西湖区",
                address="文三路1号",
                postal_code="310000",
                items=[],
                carrier="EMS",
                cost_cents=cost,
                status=status,
                created_at=moment.astimezone(UTC),
            )
            for moment, cost, direction, status in [
                (local(D30, "10:20"), 1500, "to_citizen", "pending"),
                (local(D30, "10:30"), 1000, "to_citizen", "cancelled"),
                (local(D31, "23:30"), 2000, "from_citizen", "delivered"),
                (local(J2, "23:59"), 500, "to_citizen", "handed_over"),
                (local(D29, "23:30"), 700, "to_citizen", "delivered"),
                # 00:10 on 01-03 in the hall is still 01-02 in UTC: not in the period.
                (local(date(2027, 1, 3), "00:10"), 900, "to_citizen", "pending"),
            ]
        )
        slot = AppointmentSlot(
            hall_id=h, line_id=ids["B"], day=J1, starts_at=at(J1, "09:00"),
            ends_at=at(J1, "12:00"), label="上午", capacity=20, booked=6,
        )  # fmt: skip
        s.add(slot)
        await s.flush()
        s.add_all(
            Appointment(
                hall_id=h,
                code=f"C{n:05d}",
                line_id=ids["B"],
                slot_id=slot.id,
                day=day,
                state=state,
                citizen_name="市民",
                mobile="13900000000",
                id_number_masked="3301**********0000",
                id_digest="0" * 64,
                item_ids=[],
                source="hotline",
                ticket_id=t[key] if key else None,
                created_by_id=ids["boss"],
                created_at=created,
            )
            for n, (day, state, key) in enumerate(
                [
                    (J1, "checked_in", "t10"),
                    (J1, "checked_in", "t11"),
                    (J1, "no_show", None),
                    (J2, "cancelled", None),
                    (J2, "booked", None),
                    (D31, "checked_in", "t9"),  # its ticket expired: checked in, not served
                    (J5, "booked", None),
                ]
            )
        )
        s.add_all(
            TicketAssist(
                ticket_id=t[key],
                hall_id=h,
                service_day=day,
                kind=kind,
                for_group=group,
                helper_id=ids["c1"],
                recorded_by_id=ids["c1"],
                recorded_at=at(day, "12:00"),
            )
            for key, day, kind, group in [
                ("t1", D30, "help", "elderly"),
                ("t8", D31, "proxy", "disabled"),
                ("t12", J2, "escort", "elderly"),
                ("t0", D29, "help", "other"),
            ]
        )
        s.add_all(
            Consultation(hall_id=h, service_day=day, at=at(day, "10:00"), staff_id=ids["boss"])
            for day in (D30, J2, D29)
        )
        s.add_all(
            LedgerCase(
                hall_id=h,
                kind="hard_case",
                status=status,
                outcome=outcome,
                opened_at=at(day, "11:00"),
                due_date=day + timedelta(days=5),
            )
            for day, status, outcome in [
                (D31, "closed", "已办成"),
                (J2, "coordinating", None),
                (D29, "closed", "已办成"),
            ]
        )

    def actor(login: str, role: Role) -> Actor:
        row = rows[login]
        return Actor(row.id, h, login, row.name, row.staff_number, frozenset({role}))

    return History(
        h, actor("boss", Role.SUPERVISOR), actor("admin", Role.ADMIN), actor("c1", Role.CLERK), ids
    )


async def figures_of(db: Database) -> tuple[History, HallStatistics]:
    """The figures of P, asked by the supervisor."""
    hist = await history(db)
    return hist, await StatisticsService(db).figures(hist.boss, *P)


def by_code(rows: Any) -> dict[str, Any]:
    return {row.subject.code: row for row in rows}


# -- volume -------------------------------------------------------------------------------


async def test_volume_by_line_window_clerk_item_day_and_hour(db):
    hist, f = await figures_of(db)
    v = f.volume
    assert (f.hall_name, f.start, f.end, f.days) == ("统计测试中心", *P, 4)
    assert v.total == VolumeCounts(
        issued=12, served=9, no_show=1, cancelled=1, transferred=1, expired=1
    )
    assert [(r.subject.label, r.counts) for r in v.by_line] == [
        ("A 综合业务", VolumeCounts(7, 4, 0, 1, 1, 1)),
        ("B 社保医保", VolumeCounts(5, 5, 1, 0, 0, 0)),  # t7 was carried in, not issued
    ]
    assert [(r.subject.label, r.counts) for r in v.by_window] == [
        ("1号窗口", VolumeCounts(5, 6, 0, 0, 0, 0)),
        ("2号窗口", VolumeCounts(5, 3, 1, 0, 1, 0)),
        ("（未到窗口）", VolumeCounts(2, 0, 0, 1, 0, 1)),
    ]
    assert v.by_window[0].subject == Subject(hist.ids["w1"], "1", "综合窗口", "1号窗口")
    assert v.by_window[-1].subject.id is None
    assert [(r.subject.label, r.counts) for r in v.by_clerk] == [
        ("张敏（2001）", VolumeCounts(4, 5, 0, 0, 0, 0)),
        ("陈静（2002）", VolumeCounts(5, 3, 1, 0, 1, 0)),
        ("刘洋（2003）", VolumeCounts(1, 1, 0, 0, 0, 0)),
        ("（无经办人）", VolumeCounts(2, 0, 0, 1, 0, 1)),
    ]
    # The drill-down: each line's own tickets by window and by clerk.
    line_a, line_b = (r.subject.id for r in v.by_line)
    assert [(r.subject.label, r.counts) for r in v.windows_of_line[line_a]] == [
        ("1号窗口", VolumeCounts(4, 4, 0, 0, 0, 0)),
        ("2号窗口", VolumeCounts(1, 0, 0, 0, 1, 0)),
        ("（未到窗口）", VolumeCounts(2, 0, 0, 1, 0, 1)),
    ]
    assert [(r.subject.label, r.counts) for r in v.clerks_of_line[line_b]] == [
        ("张敏（2001）", VolumeCounts(0, 1, 0, 0, 0, 0)),  # t7, carried in from A
        ("陈静（2002）", VolumeCounts(4, 3, 1, 0, 0, 0)),
        ("刘洋（2003）", VolumeCounts(1, 1, 0, 0, 0, 0)),
    ]
    assert [(r.subject.code, r.subject.label, r.counts) for r in v.by_item] == [
        ("GG-001", "社保卡申领", VolumeCounts(1, 2, 0, 0, 0, 0)),
        ("GG-002", "医保转移", VolumeCounts(1, 1, 0, 0, 0, 0)),
        ("XK-001", "企业设立登记", VolumeCounts(3, 3, 0, 0, 0, 0)),
        ("XK-002", "食品经营许可", VolumeCounts(1, 1, 0, 0, 0, 0)),
    ]
    assert [(d.day, d.counts) for d in v.by_day] == [
        (D30, VolumeCounts(5, 3, 1, 1, 0, 0)),
        (D31, VolumeCounts(3, 2, 0, 0, 1, 1)),
        (J1, VolumeCounts(2, 2, 0, 0, 0, 0)),
        (J2, VolumeCounts(2, 2, 0, 0, 0, 0)),
    ]
    # The heat map: weekday (0 Monday) × the hall's hour, numbers issued (t7 not again).
    expected = {(2, 9): 2, (2, 10): 2, (2, 11): 1, (3, 14): 1, (3, 15): 1, (3, 16): 1,
                (4, 9): 1, (4, 10): 1, (5, 16): 2}  # fmt: skip
    assert len(v.load) == 7 and all(len(row) == 24 for row in v.load)
    assert {(d, h): n for d, row in enumerate(v.load) for h, n in enumerate(row) if n} == expected


# -- times ----------------------------------------------------------------------------------


async def test_waiting_and_service_times_with_the_promise(db):
    _, f = await figures_of(db)
    t = f.times
    assert f.promised_wait_minutes == 30
    # Waiting, sorted: 60 60 120 120 300 480 600 900 1200 2400 4200: the 6th, the 10th.
    assert t.total.waiting == Durations(11, 480, 2400, 4200)
    # Service, sorted: 300 300 480 540 600 1200 1800 1800 5400: the 5th, the 9th.
    assert t.total.service == Durations(9, 600, 5400, 5400)
    # Within 30 minutes on A (t1, t6, t12 of five), 10 on B (t3, t7, t8, t10 of six).
    assert (t.total.within_promise, t.total.promised) == (7, 11)
    assert t.total.promise_rate == pytest.approx(7 / 11)
    line = by_code(t.by_line)
    assert line["A"].figures.waiting == Durations(5, 600, 4200, 4200)
    assert line["A"].figures.service == Durations(4, 600, 5400, 5400)
    assert (line["A"].figures.within_promise, line["A"].figures.promised) == (3, 5)
    assert line["B"].figures.waiting == Durations(6, 120, 1200, 1200)
    assert line["B"].figures.service == Durations(5, 480, 1800, 1800)
    assert (line["B"].figures.within_promise, line["B"].figures.promised) == (4, 6)
    window = by_code(t.by_window)
    assert list(window) == ["1", "2"]
    assert window["1"].figures.waiting == Durations(6, 300, 4200, 4200)
    assert window["1"].figures.service == Durations(6, 600, 5400, 5400)
    assert window["2"].figures.waiting == Durations(5, 480, 1200, 1200)
    assert window["2"].figures.service == Durations(3, 300, 1200, 1200)
    assert (window["2"].figures.within_promise, window["2"].figures.promised) == (3, 5)
    clerk = by_code(t.by_clerk)
    assert list(clerk) == ["2001", "2002", "2003"]
    assert clerk["2001"].figures.waiting == Durations(5, 600, 4200, 4200)
    assert clerk["2001"].figures.service == Durations(5, 600, 5400, 5400)
    assert clerk["2003"].figures.waiting == Durations(1, 60, 60, 60)
    assert clerk["2003"].figures.promise_rate == 1.0
    # t6 was called and started but transferred: timed waiting, never service.
    assert clerk["2002"].figures.waiting.count == 5 and clerk["2002"].figures.service.count == 3


# -- 好差评 ---------------------------------------------------------------------------------


def levels(**by: int) -> dict[int, int]:
    return {k: by.get(f"l{k}", 0) for k in range(1, 6)}


async def test_ratings_by_window_clerk_month_and_the_monthly_ranking(db):
    _, f = await figures_of(db)
    r = f.ratings
    assert r.total == RatingCounts(9, 7, levels(l5=2, l4=2, l3=1, l2=1, l1=1))
    assert (r.total.good, r.total.bad, r.excluded) == (4, 2, 1)
    assert r.total.good_rate == pytest.approx(4 / 7)
    assert r.total.rated_rate == pytest.approx(7 / 9)
    # The upheld appeal (t2) is out of the window's and the clerk's figures, finish and all.
    window = by_code(r.by_window)
    assert window["1"].ratings == RatingCounts(5, 5, levels(l5=1, l4=2, l3=1, l1=1))
    assert window["2"].ratings == RatingCounts(3, 1, levels(l5=1))
    assert window["2"].ratings.rated_rate == pytest.approx(1 / 3)
    clerk = by_code(r.by_clerk)
    assert clerk["2001"].ratings == RatingCounts(4, 4, levels(l5=1, l4=2, l1=1))
    assert clerk["2001"].ratings.good_rate == 0.75
    assert clerk["2003"].ratings.good_rate == 0.0
    assert [(m.year, m.month, m.ratings) for m in r.by_month] == [
        (2026, 12, RatingCounts(5, 4, levels(l5=1, l4=1, l3=1, l2=1))),
        (2027, 1, RatingCounts(4, 3, levels(l5=1, l4=1, l1=1))),
    ]
    # December: window 1 has 2 good of 3; window 2 was never rated. January: window 2
    # 1 of 1, window 1 1 of 2.
    assert [(w.year, w.month, w.rank, w.subject.label) for w in r.ranking] == [
        (2026, 12, 1, "1号窗口"),
        (2026, 12, 2, "2号窗口"),
        (2027, 1, 1, "2号窗口"),
        (2027, 1, 2, "1号窗口"),
    ]
    assert r.ranking_of(2027, 1)[1].ratings == RatingCounts(2, 2, levels(l4=1, l1=1))


def test_the_ranking_rule_rate_then_volume_and_shared_ranks():
    numbers = [(1, 1), (2, 2), (3, 3), (4, 10), (5, 5)]
    windows = {i: Subject(i, str(n), "", f"{n}号窗口") for i, n in numbers}

    def rated(finished: int, good: int, rated: int) -> RatingCounts:
        return RatingCounts(finished, rated, levels(l5=good, l3=rated - good))

    ranks = rank_windows(
        {
            (202612, 1): rated(10, 1, 2),  # 50 %, 10 finished
            (202612, 2): rated(30, 2, 4),  # 50 %, 30 finished: ahead on volume
            (202612, 3): rated(40, 0, 0),  # nobody rated: last whatever its volume
            (202612, 4): rated(10, 2, 4),  # 50 %, 10 finished: shares 1's rank
            (202612, 5): rated(5, 3, 3),  # 100 %
            (202701, 3): rated(1, 1, 1),
        },
        windows,
    )
    assert [(w.month, w.rank, w.subject.code) for w in ranks] == [
        (12, 1, "5"),
        (12, 2, "2"),
        (12, 3, "1"),
        (12, 3, "10"),
        (12, 5, "3"),
        (1, 1, "3"),
    ]


# -- promises, catalogue, ledger -----------------------------------------------------------


async def test_promises_catalogue_and_the_ledger(db):
    _, f = await figures_of(db)
    p = f.promises
    assert (p.extended_services, p.extended_minutes) == (2, 90)
    assert (p.courier_dispatches, p.courier_collections, p.courier_cost_cents) == (3, 1, 4000)
    assert (
        p.appointments_booked,
        p.appointments_checked_in,
        p.appointments_served,
        p.appointments_no_show,
        p.appointments_cancelled,
    ) == (5, 3, 2, 1, 1)
    assert [(h.day, h.name, h.appointments_only, h.citizens) for h in p.holidays] == [
        (J1, "元旦", True, 2)
    ]
    assert (p.holiday_days, p.holiday_citizens) == (1, 2)
    # Issued through the green channel: t5, t6 (its carried t7 not again), t8.
    assert p.green_channel == 3
    assert p.green_by_reason == {"老年人": 1, "孕产妇": 1, "残疾人": 1}
    assert p.assists == 3
    assert p.assists_by_kind == {AssistKind.HELP: 1, AssistKind.PROXY: 1, AssistKind.ESCORT: 1}
    assert p.assists_by_group == {
        AssistGroup.ELDERLY: 2,
        AssistGroup.DISABLED: 1,
        AssistGroup.KEY_PROJECT: 0,
        AssistGroup.OTHER: 0,
    }
    # The catalogue: active items per category; items handled in the period (GG-002
    # is inactive now and was handled; GG-003 was handled only outside the period).
    assert [(c.category, c.items, c.served) for c in f.catalogue.by_category] == [
        ("行政权力类", 2, 2),
        ("公共服务类", 2, 2),
    ]
    assert (f.catalogue.items, f.catalogue.served) == (4, 4)
    assert (f.ledger.hard_cases, f.ledger.hard_cases_solved, f.ledger.consultations) == (2, 1, 2)
    # Open: 12-30, 12-31, 元旦 (opened for appointments) and Saturday's 调休.
    assert f.open_days == 4


async def test_other_periods_a_closed_holiday_an_empty_day_and_an_administrator(db):
    hist = await history(db)
    service = StatisticsService(db)
    # Sunday 01-03 and the 01-04 holiday are closed; Tuesday 01-05 is open.
    week = await service.figures(hist.admin, date(2026, 12, 30), date(2027, 1, 5))
    assert (week.open_days, week.days) == (5, 7)
    assert week.volume.total.issued == 13 and week.promises.green_channel == 4
    assert [d.counts.issued for d in week.volume.by_day] == [5, 3, 2, 2, 0, 0, 1]
    assert [(m.year, m.month) for m in week.ratings.by_month] == [(2026, 12), (2027, 1)]
    empty = await service.figures(hist.boss, date(2027, 1, 3), date(2027, 1, 4))
    assert empty.volume.total == VolumeCounts()
    assert empty.volume.by_line == ()
    assert [d.counts for d in empty.volume.by_day] == [VolumeCounts()] * 2
    assert empty.times.total.waiting == Durations() and empty.times.total.promise_rate is None
    assert empty.ratings.total.good_rate is None and empty.ratings.ranking == ()
    assert empty.open_days == 0 and empty.promises.holidays == ()
    assert sum(map(sum, empty.volume.load)) == 0
    # A day of its own: 12-29 (t0 and its 差评, the manual 延时服务). t0 waited exactly
    # line A's 30 minutes: within the promise (SQLite's arithmetic makes it 1800.00001 s).
    day = await service.figures(hist.boss, date(2026, 12, 29), date(2026, 12, 29))
    assert day.times.total.waiting == Durations(1, 1800, 1800, 1800)
    assert (day.times.total.within_promise, day.times.total.promised) == (1, 1)
    assert day.volume.total.served == 1 and day.ratings.total.bad == 1
    assert day.promises.extended_minutes == 15
    assert [(c.category, c.served) for c in day.catalogue.by_category] == [
        ("行政权力类", 0),
        ("公共服务类", 1),
    ]


async def test_refusals_in_chinese(db):
    hist = await history(db)
    service = StatisticsService(db)
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        await service.figures(hist.boss, date(2027, 1, 2), date(2026, 12, 30))
    with pytest.raises(ValidationError, match="最长 366 天"):
        await service.figures(hist.boss, date(2026, 1, 1), date(2027, 1, 2))
    with pytest.raises(PermissionDenied, match="没有“查看统计分析”的权限"):
        await service.figures(hist.clerk, *P)
    # A log-in whose roles changed since: the database's word counts, not the PC's.
    stale = Actor(hist.clerk.staff_id, hist.hall_id, "c1", "张敏", "2001", frozenset({Role.ADMIN}))
    with pytest.raises(PermissionDenied):
        await service.figures(stale, *P)
    leap = await service.figures(hist.boss, date(2027, 1, 1), date(2028, 1, 1))  # 366 days
    assert leap.days == 366 and len(leap.volume.by_day) == 366


# -- periods and the wall clock ---------------------------------------------------------------


def test_named_periods():
    def of(kind: PeriodKind, today: date) -> tuple[date, date]:
        p = period_of(kind, today)
        return p.start, p.end

    today = date(2026, 12, 31)  # a Thursday
    assert of(PeriodKind.DAY, today) == (today, today)
    assert of(PeriodKind.WEEK, today) == (date(2026, 12, 28), date(2027, 1, 3))
    assert of(PeriodKind.MONTH, today) == (date(2026, 12, 1), date(2026, 12, 31))
    assert of(PeriodKind.QUARTER, today) == (date(2026, 10, 1), date(2026, 12, 31))
    assert of(PeriodKind.FIRST_HALF, today) == (date(2026, 1, 1), date(2026, 6, 30))
    assert of(PeriodKind.SECOND_HALF, today) == (date(2026, 7, 1), date(2026, 12, 31))
    assert of(PeriodKind.YEAR, today) == (date(2026, 1, 1), date(2026, 12, 31))
    assert of(PeriodKind.MONTH, date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert of(PeriodKind.QUARTER, date(2027, 5, 20)) == (date(2027, 4, 1), date(2027, 6, 30))
    assert of(PeriodKind.WEEK, date(2027, 1, 4)) == (date(2027, 1, 4), date(2027, 1, 10))
    assert PeriodKind.FIRST_HALF.label == "上半年"
    assert checked_period(date(2028, 1, 1), date(2028, 12, 31)).days == 366
    assert months_of(checked_period(date(2026, 11, 30), date(2027, 2, 1))) == [
        (2026, 11), (2026, 12), (2027, 1), (2027, 2),
    ]  # fmt: skip


async def test_the_wall_clock_hour_across_a_summer_time_change(db):
    """SQLite knows no zones: the hour comes from the zone's offsets over the period."""
    berlin = ZoneInfo("Europe/Berlin")
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    assert [m for _, m in offset_changes(berlin, start, end)] == [60, 120]
    assert offset_changes(berlin, start, end)[1][0] == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    moments = {
        datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC): (1, 6),  # 01:59:59 CET, a Sunday
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC): (3, 6),  # 03:00 CEST
        datetime(2026, 3, 2, 23, 30, tzinfo=UTC): (0, 1),  # 00:30 on Tuesday
    }
    async with db.read() as session:
        for moment, expected in moments.items():
            hour, weekday = local_hour_weekday(
                literal(moment, UTCDateTime()), berlin, start, end, db.backend
            )
            assert tuple((await session.execute(select(hour, weekday))).one()) == expected


async def test_durations_round_a_half_second_up_on_both_databases(db):
    """Waits of 90.5, 90.4 and 29.5 s are 91, 90 and 30 whole seconds (a half up, not
    to the even 90), services of 0.5, 59.5 and 120.49 s are 1, 60 and 120."""
    hist = await history(db)
    day = date(2026, 11, 2)  # a Monday no other test's period covers
    issued = at(day, "10:00")
    spans = [(90.5, 0.5), (90.4, 59.5), (29.5, 120.49)]
    async with db.write() as s:
        for n, (wait, service) in enumerate(spans, start=1):
            called = issued + timedelta(seconds=wait)
            s.add(
                Ticket(
                    hall_id=hist.hall_id,
                    line_id=hist.ids["A"],
                    service_day=day,
                    seq=n,
                    number=f"A{n:03d}",
                    status="done",
                    window_id=hist.ids["w1"],
                    clerk_id=hist.ids["c1"],
                    issued_at=issued,
                    first_called_at=called,
                    call_count=1,
                    started_at=called,
                    finished_at=called + timedelta(seconds=service),
                )
            )
    times = (await StatisticsService(db).figures(hist.boss, day, day)).times
    assert times.total.waiting == Durations(3, 90, 91, 91)
    assert times.total.service == Durations(3, 60, 120, 120)
    assert [r.figures.waiting for r in times.by_clerk] == [Durations(3, 90, 91, 91)]


async def test_the_durations_read_sees_the_same_snapshot_as_the_rest(db):
    """The figures read the durations on a second connection at the same time. On
    PostgreSQL it imports the first read's snapshot: a ticket committed after the first
    read began is in neither; SQLite takes the second snapshot an instant later."""
    hist = await history(db)
    day = date(2026, 11, 3)
    async with db.read() as first, db.read() as second:
        before = await first.scalar(select(func.count()).select_from(Ticket))
        async with db.write() as s:
            s.add(
                Ticket(
                    hall_id=hist.hall_id, line_id=hist.ids["A"], service_day=day, seq=1,
                    number="A001", status="waiting", issued_at=at(day, "09:00"),
                )
            )  # fmt: skip
        await _same_snapshot(first, (second,), db.backend)
        seen = await second.scalar(select(func.count()).select_from(Ticket))
    assert seen == (before if db.is_postgresql else before + 1)


async def test_on_time_completion_by_department_and_item(db, clock):
    """限时办结 of the 办件 due in P, as of 01-06: 01-05's is not due in P; closed by the
    due date is on time, after it late, open past it overdue."""
    hist = await history(db)
    clock.set_local(date(2027, 1, 6), time(10), ZONE)
    o = (await StatisticsService(db).figures(hist.boss, *P)).on_time
    total = o.total
    assert (total.counted, total.on_time, total.late, total.overdue_open) == (4, 2, 1, 1)
    assert total.rate == 0.5
    # The lowest rate first: 人社局 1 of 2 (one overdue), 市场监管局 1 of 2 (one late).
    assert [(r.name, r.counted, r.on_time, r.late, r.overdue_open) for r in o.by_department] == [
        ("人社局", 2, 1, 0, 1),
        ("市场监管局", 2, 1, 1, 0),
    ]
    assert [(r.name, r.counted, r.on_time) for r in o.by_item] == [
        ("食品经营许可", 1, 0),
        ("社保卡申领", 2, 1),
        ("企业设立登记", 1, 1),
    ]
    # On its due date an open 办件 is not overdue yet: not counted (the closed ones are).
    clock.set_local(date(2026, 12, 31), time(10), ZONE)
    early = (await StatisticsService(db).figures(hist.boss, *P)).on_time.total
    assert (early.counted, early.on_time, early.late, early.overdue_open) == (3, 2, 1, 0)
