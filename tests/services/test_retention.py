"""个人信息保护 on both backends: the daily purge blanks citizens' personal data past the
hall's periods and nothing else — no planted name, mobile or ID number is left in any
table, the statistics and the ledger's figures are what they were, open cases keep the
caller's phone — it is recorded with its counts, and it runs once per hall and day, also
when two processes start the day together."""

from __future__ import annotations

import asyncio
import random
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import JSON, String, Text, create_engine, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.notices import NoticeState
from hall_desktop.services.cases import CaseService
from hall_desktop.services.daily import DailyJobs, Job
from hall_desktop.services.statistics import StatisticsService
from hall_desktop.store.database import sync_url
from hall_desktop.store.models import (
    Application,
    Appointment,
    AppointmentSlot,
    Base,
    CourierDispatch,
    DailyJob,
    Event,
    Hall,
    LedgerCase,
    NoticeOutbox,
    Rating,
    Ticket,
)
from hall_desktop.store.privacy import ENGINE_OPTIONS
from hall_desktop.store.synthetic import write_history
from tests.helpers import read_line, start_python

ZONE = ZoneInfo("Asia/Shanghai")
NAME, MOBILE, ID_TAIL, ADDRESS = "隐私甲", "13912345678", "110101********123X", "幸福路1号隐私楼"
PLANTED = (NAME, MOBILE, ID_TAIL, ADDRESS)


def _weekdays(first: date, last: date) -> list[date]:
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [d for d in days if d.weekday() < 5]


def _plant(conn: Connection, hall_id: int, today: date, far: bool) -> None:
    """Personal data on every row that can hold some, and bookings, notices of both ages."""
    conn.execute(
        update(Ticket)
        .where(Ticket.hall_id == hall_id)
        .values(citizen_name=NAME, citizen_phone=MOBILE, citizen_id_number=ID_TAIL)
    )
    conn.execute(update(Rating).where(Rating.hall_id == hall_id).values(note=f"请回电 {MOBILE}"))
    conn.execute(
        update(LedgerCase)
        .where(LedgerCase.hall_id == hall_id)
        .values(citizen_name=NAME, citizen_phone=MOBILE, note=f"{NAME}的留言")
    )
    conn.execute(
        update(Application).where(Application.hall_id == hall_id).values(citizen_name=NAME)
    )
    conn.execute(
        update(CourierDispatch)
        .where(CourierDispatch.hall_id == hall_id)
        .values(recipient_name=NAME, recipient_phone=MOBILE, address=ADDRESS)
    )
    if far:  # everything is past every period: every case and 办件 is closed
        closed = datetime.combine(today - timedelta(days=1200), time(12), ZONE)
        conn.execute(
            update(LedgerCase)
            .where(LedgerCase.hall_id == hall_id, LedgerCase.closed_at.is_(None))
            .values(closed_at=closed, status="closed")
        )
        conn.execute(
            update(Application)
            .where(Application.hall_id == hall_id, Application.closed_at.is_(None))
            .values(closed_at=closed, closed_on=closed.date(), closed_how="window")
        )
    line_id, staff_id = conn.execute(
        text(
            "SELECT l.id, s.id FROM business_line l JOIN staff s ON s.hall_id = l.hall_id "
            "WHERE l.hall_id = :h ORDER BY l.id, s.id LIMIT 1"
        ),
        {"h": hall_id},
    ).one()
    for age in (1250, 1200) if far else (300, 20):
        day = today - timedelta(days=age)
        # At noon: the history has the day's morning and afternoon slots.
        starts = datetime.combine(day, time(12), ZONE)
        slot_id = conn.execute(
            insert(AppointmentSlot)
            .values(
                hall_id=hall_id,
                line_id=line_id,
                day=day,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=30),
                label="午间",
                capacity=5,
                booked=1,
            )
            .returning(AppointmentSlot.id)
        ).scalar_one()
        conn.execute(
            insert(Appointment).values(
                hall_id=hall_id,
                code=f"R{age:05d}",
                line_id=line_id,
                slot_id=slot_id,
                day=day,
                state="checked_in",
                citizen_name=NAME,
                mobile=MOBILE,
                id_number_masked=ID_TAIL,
                id_digest="d" * 64,
                item_ids=[],
                note=f"{NAME}坐轮椅",
                source="hotline",
                created_by_id=staff_id,
                created_at=starts - timedelta(days=3),
            )
        )
        for state in (NoticeState.SENT, NoticeState.UNCONFIGURED):
            conn.execute(
                insert(NoticeOutbox).values(
                    hall_id=hall_id,
                    kind="booked",
                    mobile=MOBILE,
                    text=f"{NAME}您好，您已预约",
                    state=state.value,
                    attempts=0,
                    last_error="",
                    created_at=starts - timedelta(days=3),
                    next_attempt_at=starts - timedelta(days=3),
                )
            )


async def _history(db: Any, hall_id: int, today: date, *, far: bool) -> list[date]:
    """A working history with personal data planted; ``far``: all of it older than every
    period (3 years and more), else a part before and a part within 180 days."""
    if far:
        days = _weekdays(today - timedelta(days=1300), today - timedelta(days=1150))
    else:
        days = _weekdays(today - timedelta(days=320), today - timedelta(days=200))
        days += _weekdays(today - timedelta(days=90), today - timedelta(days=10))

    def write() -> None:
        engine = create_engine(sync_url(db.url), **ENGINE_OPTIONS)
        try:
            with engine.begin() as conn:
                write_history(conn, hall_id, days, 8, seed=7)
                _plant(conn, hall_id, today, far)
        finally:
            engine.dispose()

    await asyncio.to_thread(write)
    return days


async def _leftovers(db: Any, hall_id: int) -> dict[str, int]:
    """Rows per table and column still holding a planted value (every text and JSON
    column of every table: events, steps, the outbox … included), in the hall's rows
    where a table has a hall (the test database holds other tests' halls too)."""
    found: dict[str, int] = {}
    async with db.read() as session:
        for table in Base.metadata.sorted_tables:
            mine = [table.c.hall_id == hall_id] if "hall_id" in table.c else []
            for column in table.columns:
                if not isinstance(column.type, String | Text | JSON):
                    continue
                as_text = func.cast(column, Text) if isinstance(column.type, JSON) else column
                hits = await session.scalar(
                    select(func.count())
                    .select_from(table)
                    .where(*mine, or_(*(as_text.contains(v, autoescape=True) for v in PLANTED)))
                )
                if hits:
                    found[f"{table.name}.{column.name}"] = int(hits)
    return found


async def _figures(db: Any, actors: dict[str, Any], first: date, last: date) -> tuple[Any, Any]:
    boss = actors["zhuren"]
    stats = await StatisticsService(db).figures(boss, first, last)
    ledger = await CaseService(db).figures(boss, first, last)
    return stats, ledger


async def test_after_the_purge_no_personal_data_is_left_and_the_figures_stay(
    db, hall, actors, clock
):
    today = local_today(clock, ZONE)
    days = await _history(db, hall.hall_id, today, far=True)
    before = await _figures(db, actors, days[0], days[-1])
    planted = await _leftovers(db, hall.hall_id)
    assert {"ticket.citizen_name", "appointment.mobile", "courier_dispatch.address"} <= set(planted)
    async with db.read() as session:  # the history's and the two planted: all long past
        bookings = await session.scalar(
            select(func.count()).where(Appointment.hall_id == hall.hall_id)
        )
    assert bookings and bookings > 2

    run = await DailyJobs(db).purge(hall.hall_id, today)

    assert run.ran and run.counts["tickets"] == planted["ticket.citizen_name"]
    assert run.counts["bookings"] == bookings and run.counts["notices"] == 4
    assert run.counts["dispatches"] == planted["courier_dispatch.address"]
    assert await _leftovers(db, hall.hall_id) == {}  # not a name, a mobile or an ID number anywhere
    assert await _figures(db, actors, days[0], days[-1]) == before
    async with db.read() as session:
        notices = list(
            await session.execute(
                select(NoticeOutbox.state, NoticeOutbox.last_error).where(
                    NoticeOutbox.hall_id == hall.hall_id
                )
            )
        )
        (payload,) = await session.scalars(
            select(Event.payload).where(
                Event.hall_id == hall.hall_id, Event.kind == EventKind.PERSONAL_DATA_PURGED
            )
        )
    # The one never sent is given up on, said why; none is left to go to nobody.
    assert sorted(s for s, _ in notices) == ["failed", "failed", "sent", "sent"]
    assert all("保存期限" in e for s, e in notices if s == "failed")
    assert payload["purged_tickets"] == run.counts["tickets"]
    assert payload["purged_before"] == (today - timedelta(days=180)).isoformat()


async def test_what_is_within_the_period_or_still_open_is_kept(db, hall, actors, clock):
    today = local_today(clock, ZONE)
    await _history(db, hall.hall_id, today, far=False)
    cutoff = datetime.combine(today - timedelta(days=180), time(), ZONE)
    async with db.read() as session:
        recent_tickets = await session.scalar(
            select(func.count()).where(
                Ticket.hall_id == hall.hall_id, Ticket.service_day >= cutoff.date()
            )
        )
        open_cases = await session.scalar(
            select(func.count()).where(
                LedgerCase.hall_id == hall.hall_id,
                or_(LedgerCase.closed_at.is_(None), LedgerCase.closed_at >= cutoff),
            )
        )
        dispatches = await session.scalar(
            select(func.count()).where(CourierDispatch.hall_id == hall.hall_id)
        )

    run = await DailyJobs(db).purge(hall.hall_id, today)

    left = await _leftovers(db, hall.hall_id)
    assert run.counts["tickets"] > 0 and left["ticket.citizen_name"] == recent_tickets
    assert left.get("ledger_case.citizen_phone", 0) == open_cases  # the 回访 is not done
    assert left["courier_dispatch.recipient_phone"] == dispatches  # 3 years: all kept
    assert left["appointment.mobile"] == 1 and left["notice_outbox.mobile"] == 2
    async with db.read() as session:
        erased = await session.scalar(
            select(func.count()).where(
                LedgerCase.hall_id == hall.hall_id, LedgerCase.citizen_phone == ""
            )
        )
    assert erased == run.counts["cases"]  # "a phone was given" stays for the figures


async def test_the_purge_runs_once_a_day_and_a_rerun_finds_nothing(db, hall, clock):
    today = local_today(clock, ZONE)
    await _history(db, hall.hall_id, today, far=True)
    jobs = DailyJobs(db)
    first = await jobs.purge(hall.hall_id, today)
    again = await jobs.purge(hall.hall_id, today)
    assert first.ran and first.counts["tickets"] > 0 and not again.ran
    tomorrow = await jobs.purge(hall.hall_id, today + timedelta(days=1))
    assert tomorrow.ran and not any(tomorrow.counts.values())  # nothing new to erase
    assert Job.PURGE in await jobs.done_today(hall.hall_id, today)
    async with db.read() as session:
        kinds = list(
            await session.scalars(
                select(Event.kind).where(
                    Event.hall_id == hall.hall_id, Event.kind == EventKind.PERSONAL_DATA_PURGED
                )
            )
        )
    assert len(kinds) == 2  # each purge in the audit log, with its counts


async def test_a_hall_setting_sets_the_period(db, hall, actors, clock):
    from hall_desktop.services.hall_settings import HallSettingsService

    today = local_today(clock, ZONE)
    await _history(db, hall.hall_id, today, far=False)
    await HallSettingsService(db).update(actors["admin"], personal_days=3650)
    run = await DailyJobs(db).purge(hall.hall_id, today)
    assert run.ran and not any(run.counts.values())  # ten years: nothing is due


_PURGER = """
import asyncio, sys
from datetime import date
from hall_desktop.services.daily import DailyJobs
from hall_desktop.store.database import Database

async def main(url, hall_id, day):
    db = Database(url)
    print("ready", flush=True)
    sys.stdin.readline()
    run = await DailyJobs(db).purge(hall_id, day)
    print("ran" if run.ran else "skipped", run.counts.get("tickets", 0), flush=True)
    await db.dispose()

asyncio.run(main(sys.argv[1], int(sys.argv[2]), date.fromisoformat(sys.argv[3])))
"""


async def test_two_processes_starting_the_day_purge_once(db, db_url, hall, clock):
    today = local_today(clock, ZONE)
    await _history(db, hall.hall_id, today, far=True)
    url = db_url.render_as_string(hide_password=False)
    workers = [start_python(_PURGER, url, hall.hall_id, today.isoformat()) for _ in range(2)]
    try:
        assert [await read_line(w) for w in workers] == ["ready"] * 2
        random.shuffle(workers)
        for w in workers:
            assert w.stdin is not None
            w.stdin.write("go\n")
            w.stdin.flush()
        results = sorted([(await read_line(w)).split() for w in workers])
    finally:
        for w in workers:
            await asyncio.to_thread(w.wait, 60)
    assert [r[0] for r in results] == ["ran", "skipped"]
    assert int(results[0][1]) > 0
    async with db.read() as session:
        claims = await session.scalar(
            select(func.count()).where(DailyJob.hall_id == hall.hall_id, DailyJob.day == today)
        )
        events = await session.scalar(
            select(func.count()).where(
                Event.hall_id == hall.hall_id, Event.kind == EventKind.PERSONAL_DATA_PURGED
            )
        )
        hall_row = await session.get(Hall, hall.hall_id)
    assert claims == 1 and events == 1
    assert hall_row is not None and hall_row.personal_days == 180  # the default


@pytest.mark.parametrize("field", ["personal_days", "courier_personal_days"])
async def test_a_period_too_short_is_refused_in_chinese(db, actors, field):
    from hall_desktop.domain.errors import ValidationError
    from hall_desktop.services.hall_settings import HallSettingsService

    with pytest.raises(ValidationError) as e:
        await HallSettingsService(db).update(actors["admin"], **{field: 7})
    assert e.value.field == field and "30 到 3650" in e.value.message
