"""预约服务 on both backends: slots and their capacity (also with processes booking the
last place at once), find / move / cancel, check-in at the window's edges, the
checked-in number called ahead of walk-ins, 爽约 at the end of the slot, a holiday open
for booked citizens only, and the platform import refused whole on one bad row.

Every test pins the clock at a time of the run's own day (tests/dates.py moves that
day) and books relative to it."""

from __future__ import annotations

import asyncio
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from hall_desktop.domain.appointments import BookingState, SlotTimes
from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import PermissionDenied, Refused, ValidationError
from hall_desktop.domain.hours import DayHours, DayKind
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.services.appointments import AppointmentService, rows_of_table
from hall_desktop.services.demo import seed_demo_appointments
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.hours_admin import HoursAdminService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.models import Appointment, AppointmentSlot, Event
from tests.conftest import new_hall
from tests.helpers import read_line, snapshot, start_python
from tests.services.test_bad_input import id_number
from tests.services.test_lock_order import _until_waiting

ZONE = ZoneInfo("Asia/Shanghai")
ID = id_number("19800101")
OTHER = id_number("19800102")


@pytest.fixture
def today(clock) -> date:
    """The run's day, at 10:00 in the hall (mid-morning: nothing below crosses midnight)."""
    day = local_today(clock, ZONE)
    clock.set_local(day, time(10, 0), ZONE)
    return day


@pytest.fixture
def appts(db) -> AppointmentService:
    return AppointmentService(db)


def at(clock, day: date, hh: int, mm: int = 0) -> None:
    clock.set_local(day, time(hh, mm), ZONE)


async def slot_of(appts, ctx, day, starts=time(10, 30), ends=time(11, 0), capacity=3, line="A"):
    slots = await appts.set_slots(
        ctx.a["admin"],
        ctx.lines[line],
        day,
        [SlotTimes(starts, ends, f"{starts:%H:%M}–{ends:%H:%M}")],
        capacity,
    )
    return slots[0]


async def book(appts, ctx, slot, number=ID, mobile="13800138000", **kw):
    return await appts.book(
        ctx.a["daoban"], slot_id=slot.id, citizen_name="张三", mobile=mobile, id_number=number, **kw
    )


async def test_a_kiosk_checks_a_booking_in(ctx, appts, today, clock):
    """自助取号机: the kiosk's device account checks a booking in by its code (under the
    role drill, as the kiosk's own database account)."""
    slot = await slot_of(appts, ctx, today)
    booking = await book(appts, ctx, slot)
    at(clock, today, 10, 45)
    done = await appts.check_in(ctx.a["kiosk1"], code=booking.code)
    assert done.booking_code == booking.code and not done.late
    waiting = await ctx.q.tickets_of_day(ctx.hall.hall_id)
    assert [t.number for t in waiting] == [done.issued.ticket.number]


async def test_a_booking_holds_a_place_and_a_full_slot_refuses(ctx, appts, today):
    slot = await slot_of(appts, ctx, today, capacity=2)
    first = await book(appts, ctx, slot)
    assert first.state is BookingState.BOOKED and len(first.code) == 6
    assert first.id_number_masked != ID and first.id_number_masked.startswith("110101")
    await book(appts, ctx, slot, number=OTHER, mobile="13900139000")
    with pytest.raises(Refused) as e:
        await book(appts, ctx, slot, number=id_number("19800103"), mobile="13700137000")
    assert e.value.code == "slot_full" and "约满" in e.value.message
    (left,) = await appts.slots(ctx.hall.hall_id, ctx.lines["A"], today)
    assert (left.booked, left.remaining) == (2, 0)
    # Nothing of the ID number is stored whole.
    async with ctx.q.db.read() as session:
        stored = list(await session.execute(select(Appointment.__table__)))
    assert all(ID not in str(tuple(r)) for r in stored)


async def test_find_move_and_cancel(ctx, appts, today):
    slot = await slot_of(appts, ctx, today)
    later = await slot_of(appts, ctx, today + timedelta(days=1))
    booking = await book(appts, ctx, slot, note="带齐材料")
    for found in (
        await appts.find(ctx.hall.hall_id, code=booking.code.lower()),
        await appts.find(ctx.hall.hall_id, id_number=ID.lower()),
        await appts.find(ctx.hall.hall_id, mobile="138 0013 8000"),
    ):
        assert [b.code for b in found] == [booking.code]
    assert await appts.find(ctx.hall.hall_id, id_number=OTHER) == []
    moved = await appts.move(ctx.a["daoban"], booking.code, later.id)
    assert (moved.slot_id, moved.day) == (later.id, today + timedelta(days=1))
    places = {s.id: s.booked for s in await appts.slots(ctx.hall.hall_id, ctx.lines["A"], today)}
    assert places[slot.id] == 0
    cancelled = await appts.cancel(ctx.a["daoban"], booking.code)
    assert cancelled.state is BookingState.CANCELLED
    (after,) = await appts.slots(ctx.hall.hall_id, ctx.lines["A"], today + timedelta(days=1))
    assert after.booked == 0
    with pytest.raises(Refused):
        await appts.cancel(ctx.a["daoban"], booking.code)
    # A clerk does not book.
    with pytest.raises(PermissionDenied):
        await appts.book(
            ctx.a["clerk1"],
            slot_id=slot.id,
            citizen_name="李四",
            mobile="13600136000",
            id_number=id_number("19800104"),
        )


async def test_a_slot_with_bookings_cannot_be_dropped(ctx, appts, today):
    slot = await slot_of(appts, ctx, today, capacity=2)
    await book(appts, ctx, slot)
    with pytest.raises(Refused) as e:
        await appts.set_slots(ctx.a["admin"], ctx.lines["A"], today, [], 2)
    assert e.value.code == "slot_has_bookings"
    await book(appts, ctx, slot, number=OTHER, mobile="13900139000")
    with pytest.raises(Refused) as below:
        await slot_of(appts, ctx, today, capacity=1)
    assert below.value.code == "capacity_below_booked"
    assert (await slot_of(appts, ctx, today, capacity=4)).remaining == 2


@pytest.mark.parametrize(
    ("hh", "mm", "outcome"),
    [
        (10, 0, "too_early"),  # 30 min before 10:30 is 10:00: one second before it below
        (10, 0, "on_time"),  # the window's start
        (10, 45, "on_time"),  # in the slot
        (11, 15, "on_time"),  # the window's end: 15 minutes after the slot's end
        (11, 16, "late"),
    ],
)
async def test_check_in_window_edges(ctx, appts, today, clock, hh, mm, outcome):
    slot = await slot_of(appts, ctx, today)
    booking = await book(appts, ctx, slot)
    at(clock, today, hh, mm)
    if outcome == "too_early":
        clock.advance(timedelta(seconds=-1))
    clock._ticking = False  # the edges are exact: the clock must not move on
    if outcome == "too_early":
        before = await snapshot(ctx.q.db, ctx.hall.hall_id)
        with pytest.raises(Refused) as e:
            await appts.check_in(ctx.a["daoban"], code=booking.code)
        assert e.value.code == "too_early" and "10:00" in e.value.message
        assert await snapshot(ctx.q.db, ctx.hall.hall_id) == before
        return
    done = await appts.check_in(ctx.a["daoban"], code=booking.code)
    late = outcome == "late"
    assert done.late is late and done.booking_code == booking.code
    expected = Priority.NORMAL if late else Priority.APPOINTMENT
    assert done.issued.ticket.priority is expected
    assert ("超过预约时段" in done.message) is late
    (listed,) = await appts.day_list(ctx.hall.hall_id)
    assert listed.state is BookingState.CHECKED_IN
    assert listed.ticket_number == done.issued.ticket.number
    with pytest.raises(Refused) as again:
        await appts.check_in(ctx.a["daoban"], code=booking.code)
    assert again.value.code == "no_booking" and "已签到" in again.value.message


async def test_checked_in_number_is_called_ahead_of_walk_ins(ctx, appts, today, clock):
    slot = await slot_of(appts, ctx, today)
    booking = await book(appts, ctx, slot)
    walk_in = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    at(clock, today, 10, 20)
    done = await appts.check_in(ctx.a["daoban"], id_number=ID)
    called = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert called is not None and called.number == done.issued.ticket.number
    assert called.number != walk_in.number
    await ctx.q.start(ctx.a["clerk1"], called.id)
    await ctx.q.finish(ctx.a["clerk1"], called.id, outcome=Outcome.COMPLETED)
    (listed,) = await appts.find(ctx.hall.hall_id, code=booking.code)
    assert listed.state is BookingState.DONE


async def test_an_interleave_counts_appointment_numbers(ctx, appts, today, clock):
    """With a 1:1 interleave, after one appointment number a waiting walk-in comes."""
    await HallSettingsService(ctx.q.db).update(ctx.a["admin"], priority_every=1)
    slot = await slot_of(appts, ctx, today, capacity=3)
    codes = [
        (await book(appts, ctx, slot, number=n, mobile=m)).code
        for n, m in ((ID, "13800138000"), (OTHER, "13900139000"))
    ]
    walk_in = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    at(clock, today, 10, 20)
    numbers = [(await appts.check_in(ctx.a["daoban"], code=c)).issued.ticket.number for c in codes]
    order = []
    for _ in range(3):
        called = await QueueService(ctx.q.db).call_next(ctx.a["clerk1"], ctx.win[1])
        assert called is not None
        order.append(called.number)
        await ctx.q.no_show(ctx.a["clerk1"], called.id)
    assert order == [numbers[0], walk_in.number, numbers[1]]


async def test_no_show_at_the_end_of_the_slot(ctx, appts, today, clock):
    slot = await slot_of(appts, ctx, today)
    booking = await book(appts, ctx, slot)
    at(clock, today, 11, 14)  # the slot ended at 11:00; check-in stays open until 11:15
    assert await appts.mark_no_shows(ctx.a["daoban"]) == 0
    at(clock, today, 11, 15)
    assert await appts.mark_no_shows(ctx.a["clerk1"]) == 1
    assert await appts.mark_no_shows(ctx.a["clerk1"]) == 0  # counted once
    (listed,) = await appts.day_list(ctx.hall.hall_id)
    assert listed.state is BookingState.NO_SHOW
    async with ctx.q.db.read() as session:
        payloads = list(
            await session.scalars(
                select(Event.payload).where(
                    Event.hall_id == ctx.hall.hall_id, Event.kind == "appointment_no_shows"
                )
            )
        )
    assert payloads == [{"count": 1, "codes": [booking.code]}]
    # Coming after all: an ordinary number.
    done = await appts.check_in(ctx.a["daoban"], mobile="13800138000")
    assert done.late and done.issued.ticket.priority is Priority.NORMAL


async def test_no_show_limit_refuses_a_booking(ctx, appts, today, clock):
    await HallSettingsService(ctx.q.db).update(ctx.a["admin"], no_show_limit=1)
    slot = await slot_of(appts, ctx, today)
    await book(appts, ctx, slot)
    at(clock, today, 11, 15)  # the slot ended at 11:00, its check-in window at 11:15
    assert await appts.mark_no_shows(ctx.a["daoban"]) == 1
    later = await slot_of(appts, ctx, today + timedelta(days=2))
    with pytest.raises(Refused) as e:
        await book(appts, ctx, later)
    assert e.value.code == "no_show_limit" and "爽约 1 次" in e.value.message
    await book(appts, ctx, later, number=OTHER)


async def test_an_appointments_only_holiday_refuses_walk_ins(ctx, appts, today, clock):
    await HoursAdminService(ctx.q.db).set_day(
        ctx.a["admin"],
        today,
        DayKind.OPEN_HOLIDAY,
        "节假日预约服务",
        DayHours(time(9, 0), time(12, 0)),
        appointments_only=True,
    )
    slots = await appts.derive_slots(ctx.a["admin"], ctx.lines["A"], today, minutes=60, capacity=2)
    assert [s.label for s in slots] == ["09:00–10:00", "10:00–11:00", "11:00–12:00"]
    booking = await book(appts, ctx, slots[1])
    queue = QueueService(ctx.q.db)  # no cached schedule
    before = await snapshot(ctx.q.db, ctx.hall.hall_id)
    with pytest.raises(Refused) as e:
        await queue.issue_ticket(ctx.a["daoban"], ctx.lines["A"])
    assert e.value.code == "appointments_only" and "预约" in e.value.message
    assert await snapshot(ctx.q.db, ctx.hall.hall_id) == before
    # The desk's and the kiosk's line buttons are grey with the same reason.
    statuses = {s.line_id: s for s in await queue.line_statuses(ctx.hall.hall_id)}
    assert statuses[ctx.lines["A"]].closed_reason == e.value.message
    done = await AppointmentService(ctx.q.db).check_in(ctx.a["daoban"], code=booking.code)
    assert done.issued.ticket.priority is Priority.APPOINTMENT


async def test_sessions_follow_the_days_hours(ctx, appts, today):
    await HoursAdminService(ctx.q.db).set_day(
        ctx.a["admin"],
        today,
        DayKind.OPEN_HOLIDAY,
        "",
        DayHours(time(9, 0), time(17, 0), time(12, 0), time(13, 30)),
    )
    slots = await appts.derive_slots(
        ctx.a["admin"], ctx.lines["A"], today, minutes=None, capacity=20
    )
    assert [(s.label, s.starts, s.ends) for s in slots] == [
        ("上午", time(9, 0), time(12, 0)),
        ("下午", time(13, 30), time(17, 0)),
    ]
    # Walk-ins are still welcome on an ordinary holiday-open day.
    await QueueService(ctx.q.db).issue_ticket(ctx.a["daoban"], ctx.lines["A"])


def _export(rows):
    header = ["预约号", "姓名", "身份证号", "手机号", "业务类别", "预约日期", "预约时段", "备注"]
    return rows_of_table([header, *rows])


async def test_import_is_all_or_nothing(ctx, appts, today):
    day = today + timedelta(days=1)
    await slot_of(appts, ctx, day, starts=time(9, 0), ends=time(9, 30), capacity=5)
    good = ["W001", "王五", ID, "13800138000", "A", day.isoformat(), "09:00", ""]
    bad = ["W002", "赵六", ID[:-1] + ("0" if ID[-1] != "0" else "1"), "13900139000", "A"]
    bad += [day.isoformat(), "09:00", ""]
    rows = _export([good, bad])
    before = await snapshot(ctx.q.db, ctx.hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await appts.preview_import(ctx.a["daoban"], "export.csv", rows)
    assert "第 3 行" in e.value.message and "整个文件未导入" in e.value.message
    with pytest.raises(ValidationError):
        await appts.import_rows(ctx.a["daoban"], "export.csv", rows)
    assert await snapshot(ctx.q.db, ctx.hall.hall_id) == before
    (slot,) = await appts.slots(ctx.hall.hall_id, ctx.lines["A"], day)
    assert slot.booked == 0
    fixed = _export([good, ["W002", "赵六", OTHER, "13900139000", "A", day.isoformat(), "9:00"]])
    preview = await appts.preview_import(ctx.a["daoban"], "export.csv", fixed)
    assert [r.platform_ref for r in preview.rows] == ["W001", "W002"]
    assert await appts.import_rows(ctx.a["daoban"], "export.csv", fixed) == 2
    (slot,) = await appts.slots(ctx.hall.hall_id, ctx.lines["A"], day)
    assert slot.booked == 2
    with pytest.raises(ValidationError) as again:  # the same file twice
        await appts.import_rows(ctx.a["daoban"], "export.csv", fixed)
    assert "第 2 行" in again.value.message and "已导入" in again.value.message


_BOOKER = """
import asyncio, sys
from datetime import datetime
from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.errors import Refused
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.store.database import Database, parse_db_url

async def main():
    url, hall_id, staff_id, slot_id, number, mobile, now = sys.argv[1:]
    db = Database(parse_db_url(url), clock=FixedClock(datetime.fromisoformat(now)))
    appts = AppointmentService(db)
    guide = Actor(int(staff_id), int(hall_id), "", "", "", frozenset({Role.GUIDE}))
    await appts.slots(int(hall_id), 0, datetime.fromisoformat(now).date())  # connected
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    try:
        booked = await appts.book(
            guide, slot_id=int(slot_id), citizen_name="市民", mobile=mobile, id_number=number
        )
        print("booked", booked.code, flush=True)
    except Refused as e:
        print("refused", e.code, flush=True)
    await db.dispose()

asyncio.run(main())
"""


async def test_processes_booking_the_last_place_at_once(ctx, appts, today, db, db_url, clock):
    """Three processes book the one place left of a slot at the same moment (on
    PostgreSQL while a fourth connection holds the slot's row, so all three are inside
    their booking together): exactly one gets it."""
    slot = await slot_of(appts, ctx, today, capacity=2)
    await book(appts, ctx, slot)
    url = db_url.render_as_string(hide_password=False)
    args = (url, ctx.hall.hall_id, ctx.a["daoban"].staff_id, slot.id)
    citizens = [(id_number(f"1990010{i}"), f"1390000000{i}") for i in range(1, 4)]
    now = clock.now().isoformat()
    bookers = [start_python(_BOOKER, *args, n, m, now) for n, m in citizens]
    try:
        assert [await read_line(b) for b in bookers] == ["ready"] * 3
        async with db.engine.connect() as other:
            if db.is_postgresql:
                await other.execute(
                    text("SELECT id FROM appointment_slot WHERE id = :id FOR UPDATE"),
                    {"id": slot.id},
                )
            for b in bookers:
                assert b.stdin is not None
                b.stdin.write("go\n")
                b.stdin.flush()
            if db.is_postgresql:
                await _until_waiting(other, 3)
            await other.rollback()
        results = sorted([(await read_line(b)).split()[0] for b in bookers])
    finally:
        for b in bookers:
            await asyncio.to_thread(b.wait, 30)
    assert results == ["booked", "refused", "refused"]
    async with db.read() as session:
        booked = await session.scalar(
            select(AppointmentSlot.booked).where(AppointmentSlot.id == slot.id)
        )
        holding = await session.scalar(
            select(func.count()).select_from(Appointment).where(Appointment.slot_id == slot.id)
        )
    assert booked == 2 and holding == 2


async def test_the_demo_hall_has_appointments(db, clock, today):
    hall = await new_hall(db, staffed=False)
    await seed_demo_appointments(db, hall.hall_id)
    async with db.read() as session:
        schedule = await load_schedule(session, hall.hall_id)
        days = set(
            await session.scalars(
                select(AppointmentSlot.day).where(AppointmentSlot.hall_id == hall.hall_id)
            )
        )
        booked = list(
            await session.scalars(
                select(Appointment.day).where(Appointment.hall_id == hall.hall_id)
            )
        )
    only = [d for d in days if schedule.appointments_only(d)]
    assert len(only) == 1 and only[0] > today
    assert len(days) >= 5  # the working days' sessions too
    assert booked.count(only[0]) == 3 and len(booked) >= 4


async def test_an_xlsx_export_is_read_and_imported(ctx, appts, today, tmp_path):
    from openpyxl import Workbook

    day = today + timedelta(days=1)
    await slot_of(appts, ctx, day, starts=time(14, 0), ends=time(14, 30), capacity=2)
    book_ = Workbook()
    sheet = book_.active
    sheet.append(["预约编号", "申请人", "证件号码", "联系电话", "预约业务", "日期", "时段", "备注"])
    sheet.append(["P1", "孙七", ID, 13800138000, "综合受理", day, "14:00-14:30", "轮椅"])
    path = tmp_path / "export.xlsx"
    book_.save(path)
    rows = await appts.read_import(path)
    assert rows[0]["_line"] == "2" and rows[0]["mobile"] == "13800138000"
    assert await appts.import_rows(ctx.a["zhuren"], path.name, rows) == 1
    (found,) = await appts.find(ctx.hall.hall_id, id_number=ID)
    assert (found.source, found.note, found.slot_label) == ("import", "轮椅", "14:00–14:30")
    with pytest.raises(ValidationError) as e:
        await appts.read_import(tmp_path / "export.txt")
    assert "CSV 或 XLSX" in e.value.message


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_two_pcs_booking_for_one_citizen_at_once(ctx, appts, today, db, db_url, clock):
    """Two processes book one citizen into two slots of one line while a third
    connection holds both slot rows, so both are inside their booking together: one
    booking, the other refused as already booked (without the lock on the citizen both
    would pass the check before either commits)."""
    slots = [await slot_of(appts, ctx, today + timedelta(days=d), capacity=2) for d in (1, 2)]
    await book(appts, ctx, slots[0], number=OTHER, mobile="13900139000")  # the hall's key made
    url = db_url.render_as_string(hide_password=False)
    now = clock.now().isoformat()
    bookers = [
        start_python(
            _BOOKER, url, ctx.hall.hall_id, ctx.a["daoban"].staff_id, s.id, ID, "13800138000", now
        )
        for s in slots
    ]
    try:
        assert [await read_line(b) for b in bookers] == ["ready"] * 2
        async with db.engine.connect() as other:
            await other.execute(
                text("SELECT id FROM appointment_slot WHERE id IN (:a, :b) FOR UPDATE"),
                {"a": slots[0].id, "b": slots[1].id},
            )
            for b in bookers:
                assert b.stdin is not None
                b.stdin.write("go\n")
                b.stdin.flush()
            await _until_waiting(other, 2)
            await other.rollback()
        results = sorted([await read_line(b) for b in bookers])
    finally:
        for b in bookers:
            await asyncio.to_thread(b.wait, 30)
    assert results[0].startswith("booked") and results[1] == "refused already_booked"
    assert len(await appts.find(ctx.hall.hall_id, id_number=ID)) == 1


async def outbox(db, hall_id):
    from hall_desktop.store.models import NoticeOutbox

    async with db.read() as s:
        return [
            (kind, mobile, text)
            for kind, mobile, text in await s.execute(
                select(NoticeOutbox.kind, NoticeOutbox.mobile, NoticeOutbox.text)
                .where(NoticeOutbox.hall_id == hall_id)
                .order_by(NoticeOutbox.id)
            )
        ]


async def test_booking_moving_cancelling_and_the_reminder_queue_notices(ctx, appts, db, today):
    """短信通知: each booking, move and cancellation queues its notice in the outbox in
    its own transaction, and the day-before reminder goes once per booking."""
    slot = await slot_of(appts, ctx, today + timedelta(days=1))
    later = await slot_of(appts, ctx, today + timedelta(days=2))
    booking = await book(appts, ctx, slot)
    other = await book(appts, ctx, slot, number=OTHER, mobile="13900139000")
    await appts.move(ctx.a["daoban"], other.code, later.id)
    await appts.cancel(ctx.a["daoban"], other.code)
    kinds = [(kind, mobile) for kind, mobile, _ in await outbox(db, ctx.hall.hall_id)]
    assert kinds == [
        ("booked", "13800138000"),
        ("booked", "13900139000"),
        ("changed", "13900139000"),
        ("cancelled", "13900139000"),
    ]
    booked_text = (await outbox(db, ctx.hall.hall_id))[0][2]
    tomorrow = today + timedelta(days=1)
    assert booking.code in booked_text and "张三" in booked_text
    assert f"{tomorrow.month}月{tomorrow.day}日" in booked_text and "10:30-11:00" in booked_text
    # Tomorrow's booking gets one reminder however often the sweep runs; the moved and
    # cancelled one gets none.
    assert await appts.queue_reminders(ctx.a["daoban"]) == 1
    assert await appts.queue_reminders(ctx.a["daoban"]) == 0
    reminders = [n for n in await outbox(db, ctx.hall.hall_id) if n[0] == "reminder"]
    assert len(reminders) == 1 and reminders[0][1] == "13800138000"
    assert booking.code in reminders[0][2]
