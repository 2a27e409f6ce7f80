"""The demo hall's made-up past (``hall-desktop demo``): months of history written in
bulk, so that a supervisor trying the demo finds 上半年 in 统计分析 with figures; and the
hall goes on working after it (PostgreSQL's id sequences moved past the ids written)."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

from hall_desktop.domain.hours import DayHours, HallSchedule
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.demo import history_days, seed_demo_history
from hall_desktop.services.queue import QueueService
from hall_desktop.services.schedule import load_schedule
from hall_desktop.services.statistics import StatisticsService
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
