"""The demo hall's made-up past (``hall-desktop demo``): months of history written in
bulk, so that a supervisor trying the demo finds 上半年 in 统计分析 with figures; and the
hall goes on working after it (PostgreSQL's id sequences moved past the ids written)."""

from __future__ import annotations

import re
from datetime import date, time
from zoneinfo import ZoneInfo

from hall_desktop.domain.appointments import BookingState
from hall_desktop.domain.cases import CaseAction, CaseKind, CaseStatus
from hall_desktop.domain.hours import DayHours, HallSchedule
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.services.cases import (
    CaseFilter,
    CaseService,
    FindingForm,
    HardCaseForm,
    ProblemForm,
    WalkthroughForm,
)
from hall_desktop.services.demo import history_days, seed_demo_history
from hall_desktop.services.desk import ConsultationService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.schedule import load_schedule
from hall_desktop.services.statistics import StatisticsService
from hall_desktop.services.work_report import work_report
from tests.conftest import load_actors, new_hall
from tests.helpers import line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")


def test_the_history_covers_the_last_whole_half_year_up_to_yesterday():
    week = HallSchedule({d: DayHours(time(9), time(17)) for d in range(5)})  # Mon–Fri
    days = history_days(week, date(2026, 12, 5))
    assert days[0] == date(2026, 1, 1) and days[-1] == date(2026, 12, 4)
    assert all(d.weekday() < 5 for d in days)
    # Before July: from the previous July (the last whole half-year is 下半年).
    spring = history_days(week, date(2026, 3, 10))
    assert spring[0] == date(2025, 7, 1) and spring[-1] == date(2026, 3, 9)
    assert history_days(week, date(2026, 1, 1))[-1] == date(2025, 12, 31)


async def test_the_demo_history_gives_the_figures_and_the_hall_goes_on(db, clock):
    clock.set_local(date(2026, 12, 7), time(10), ZONE)  # a Monday, 上半年 behind it
    hall = await new_hall(db)
    written = await seed_demo_history(db, hall.hall_id, per_day=6)
    async with db.read() as session:
        schedule = await load_schedule(session, hall.hall_id)
    days = history_days(schedule, date(2026, 12, 7))
    assert days[0] >= date(2026, 1, 1) and days[-1] < date(2026, 12, 7)
    assert written["ticket"] >= len(days) and written["event"] > written["ticket"]
    assert written["rating"] > 0 and written["application"] > 0
    actors = await load_actors(db, hall.hall_id)
    stats = StatisticsService(db)
    half = await stats.figures(actors["zhuren"], date(2026, 1, 1), date(2026, 6, 30))
    first_half = [d for d in days if d <= date(2026, 6, 30)]
    by_day = {d.day: d.counts.issued for d in half.volume.by_day}
    # Every working day of the half-year has numbers; no other day has any.
    assert {d for d, n in by_day.items() if n} == set(first_half)
    assert half.volume.total.served > 0 and half.ratings.total.rated > 0
    assert half.times.total.waiting.count > 0 and half.on_time.total.counted > 0
    assert half.promises.green_channel > 0  # 绿色通道 numbers, as the desk issues them
    # The events read as the program's own: the display's recent calls at its start.
    q = QueueService(db)
    calls = await q.recent_calls(hall.hall_id, 8)
    assert len(calls) == 8 and all(c.window_number > 0 and c.number for c in calls)
    # Today the hall works on: a number issued, called and finished by the services.
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    issued = await q.issue_ticket(actors["daoban"], lines["A"])
    clerk = actors["clerk1"]
    called = await q.call_next(clerk, windows[1])
    assert called is not None and called.id == issued.ticket.id
    await q.start(clerk, called.id)
    await q.finish(clerk, called.id, outcome=Outcome.COMPLETED)
    today = await stats.figures(actors["zhuren"], date(2026, 12, 7), date(2026, 12, 7))
    assert (today.volume.total.issued, today.volume.total.served) == (1, 1)
    assert sum(d.counts.issued for d in half.volume.by_day) == half.volume.total.issued


HALF = (date(2026, 1, 1), date(2026, 6, 30))
#: The report's sentences on what the history now holds besides the tickets.
REPORTED = (
    r"协调解决办成难事(\d+)件",
    r"答疑解惑(\d+)次",
    r"体验办理事项(\d+)项",
    r"发现问题(\d+)个，已整改(\d+)个",
    r"督查发现问题(\d+)个，已整改(\d+)个",
    r"受理预约(\d+)个，预约群众到厅取号(\d+)个、办结(\d+)件，爽约(\d+)个",
)


async def test_the_history_holds_the_ledger_the_desk_and_the_bookings_and_they_go_on(db, clock):
    clock.set_local(date(2026, 12, 7), time(10), ZONE)  # a Monday, 上半年 behind it
    hall = await new_hall(db)
    written = await seed_demo_history(db, hall.hall_id, per_day=6)
    assert all(written[t] > 0 for t in ("case_step", "consultation", "appointment"))
    actors = await load_actors(db, hall.hall_id)
    boss, guide = actors["zhuren"], actors["daoban"]
    half = await StatisticsService(db).figures(boss, *HALF)
    g, p = half.ledger, half.promises
    assert 0 < g.hard_cases_solved < g.hard_cases and g.consultations > 0
    assert g.walkthroughs > 0 and 0 < g.problems_rectified <= g.problems
    assert 0 < g.findings_rectified <= g.findings
    assert 0 < g.answered_on_time <= g.bad_ratings  # 差评整改 反馈 too
    assert 0 < p.appointments_served <= p.appointments_checked_in < p.appointments_booked
    assert p.appointments_no_show > 0 and p.appointments_cancelled > 0
    # The 工作报告数据 states them, each number as counted.
    text = "".join(t for part in work_report(half).sections for t in part.paragraphs)
    for pattern in REPORTED:
        found = re.search(pattern, text)
        assert found is not None, pattern
        assert all(int(n) > 0 for n in found.groups()), found.group(0)
    assert f"受理“办不成事”诉求{g.hard_cases}件，协调解决办成难事{g.hard_cases_solved}件" in text
    # The ledger opens each kind, its history leading to where it is.
    cases = CaseService(db)
    opened_before = 0
    for kind in CaseKind:
        rows = await cases.cases(boss, CaseFilter(kind=kind, start=HALF[0], end=HALF[1]))
        assert rows and any(r.status is CaseStatus.CLOSED for r in rows)
        opened_before = max(opened_before, *(r.id for r in rows))
        for row in rows[:3]:
            detail = await cases.case(boss, row.id)
            assert detail.steps[0].action is CaseAction.OPEN
            assert detail.steps[-1].status_after is row.status
            if kind is CaseKind.WALKTHROUGH and detail.children:
                assert all(c.parent_id == row.id for c in detail.children)
                done = all(c.status is CaseStatus.CLOSED for c in detail.children)
                assert (row.status is CaseStatus.CLOSED) == done
    # … and takes new cases today: ids after the history's.
    windows = await window_ids(db, hall.hall_id)
    hard = await cases.open_hard_case(
        guide, HardCaseForm(request="外省社保转入未办成", category="跨部门", level="部门")
    )
    walk = await cases.record_walkthrough(
        boss,
        WalkthroughForm(
            person="区政府办 刘主任",
            person_role="申请人",
            walked_on=date(2026, 12, 7),
            summary="体验企业开办",
            problems=(ProblemForm("材料清单不一致", owner_id=actors["clerk1"].staff_id),),
        ),
    )
    finding = await cases.record_finding(
        boss,
        FindingForm(
            category="服务规范",
            text="未佩戴工作牌",
            inspector="督查室 陈科长",
            found_on=date(2026, 12, 7),
            window_id=windows[3],
        ),
    )
    new = [hard.row.id, walk.row.id, walk.children[0].id, finding.row.id]
    assert min(new) > opened_before and len(set(new)) == 4
    # Bookings of a past day read as the desk's; a booking today is checked in.
    appts = AppointmentService(db)
    past = []
    for day in history_days(await _schedule(db, hall.hall_id), date(2026, 12, 7))[:20]:
        past += await appts.day_list(hall.hall_id, day)
    # 已办结 is read from the ticket the booking was checked in with.
    assert {b.state for b in past} <= {
        BookingState.DONE,
        BookingState.CHECKED_IN,
        BookingState.NO_SHOW,
    }
    assert any(b.state is BookingState.DONE and b.ticket_number for b in past)
    lines = await line_ids(db, hall.hall_id)
    slots = await appts.derive_slots(
        actors["admin"], lines["A"], date(2026, 12, 7), minutes=None, capacity=5
    )
    booked = await appts.book(
        guide,
        slot_id=slots[0].id,
        citizen_name="陈明",
        mobile="13800138001",
        id_number="110101195503071231",
    )
    assert booked.code not in {b.code for b in past}
    checked = await appts.check_in(guide, code=booked.code)
    assert checked.issued.ticket.number.startswith("A") and not checked.late
    await ConsultationService(db).record(guide)
    assert (await ConsultationService(db).today(guide)).count == 1


async def _schedule(db, hall_id):
    async with db.read() as session:
        return await load_schedule(session, hall_id)
