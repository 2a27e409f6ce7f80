"""预约服务 (节假日不打烊): slots, bookings, check-in and 爽约.

Slots. A line's day has slots (:class:`~hall_desktop.store.models.AppointmentSlot`),
set by an administrator or derived from the hall's hours of that day (上午/下午 sessions
or fixed slots of N minutes), each with a capacity. A holiday may be opened for booked
citizens only (``calendar_day.appointments_only``, set by the hours editor): that day
issuing an ordinary number is refused and check-in works.

Capacity under concurrency. A booking takes its place with one guarded update,
``booked = booked + 1 WHERE booked < capacity``; a move takes the new place the same way
before it gives back the old one. On PostgreSQL the update locks the slot row and a
second booking of the last place waits, re-reads the row after the first commits and
updates nothing; SQLite has one writer at a time. Either way 0 rows is "full".

Lock order (PostgreSQL). A booking takes the citizen's advisory lock (as 一人一号
does, ``claims.lock_citizen``) before its slot row; a move locks its booking row, then
the new slot's row, then the old one's; a check-in locks its booking row and then
issues (the day's number counter), holding nothing of the queue before it.

Finding a booking by ID number. The booking keeps the number masked (as the ticket
does) and an HMAC-SHA256 of the normalised number under a random key of the hall
(``appointment_key``). A keyed hash rather than the normalised number: a citizen is
found by typing their number again, nothing ever needs to read it back, and without
the key the digest cannot be tied to a person (a plain hash could be, by trying the
few ID numbers of a region and birth year). Unlike 一人一号's daily keys, this key is
kept: a booking is found days after it was made, and 爽约 are counted over months.

Check-in (签到): by code, ID number or mobile, for a booking of today; several for one
ID number or mobile: the open one whose slot starts nearest to now. From the hall's
``checkin_before_minutes`` before the slot's start to ``checkin_after_minutes`` after
its end the citizen gets a number of :attr:`Priority.APPOINTMENT` (called ahead of walk-ins
under the hall's queue policy); earlier is refused with the time check-in opens; later
gives an ordinary number (``late``), also on a day open for booked citizens only (they
did book). The booking and its number are one transaction.

爽约: :meth:`AppointmentService.mark_no_shows` marks the bookings still 待到达 when their
slot has ended; the desk and admin screens run it periodically and at the day's close.
A hall may refuse bookings to a citizen with ``no_show_limit`` 爽约 in the last
``no_show_days`` days.

Notices. Each booking, move and cancellation calls :attr:`AppointmentService.notify`
(a :class:`NoticeHook`; by default ``services.notices.appointment_notice``, the outbox)
inside its transaction, and :meth:`AppointmentService.queue_reminders` queues the
day-before reminders (预约提醒) once per booking (``reminded_at``).
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from hall_desktop.domain.appointments import (
    Arrival,
    BookingState,
    CheckInWindow,
    SlotTimes,
    check_capacity,
    fixed_slots,
    new_booking_code,
    normalize_code,
    session_slots,
)
from hall_desktop.domain.citizen_limits import citizen_digest, new_day_secret
from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.masking import mask_id_number, mask_phone
from hall_desktop.domain.text import TextRule
from hall_desktop.domain.tickets import Priority, TicketStatus
from hall_desktop.domain.validators import normalize_mobile, parse_id_number
from hall_desktop.services import rules
from hall_desktop.services.actor import (
    ISSUERS,
    MANAGERS,
    NUMBER_TAKERS,
    Actor,
    Role,
    recheck,
    record_action,
    require,
)
from hall_desktop.services.catalogue_file import _cell_text, _decode, _normalize_header
from hall_desktop.services.dto import IssuedTicket
from hall_desktop.services.notices import appointment_notice
from hall_desktop.services.queue.citizen_limits import citizen_lock_key
from hall_desktop.services.queue.context import QueueContext, QueueSettings
from hall_desktop.services.queue.issuing import TicketRequest, issue_in, slip_of
from hall_desktop.services.schedule import hall_zone, load_schedule
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.models import (
    Appointment,
    AppointmentKey,
    AppointmentSlot,
    BusinessLine,
    Hall,
    ServiceItem,
    Ticket,
)

#: Who books, finds, moves and cancels (the hotline: guides and supervisors).
BOOKERS = ISSUERS
#: Who may mark 爽约 (any screen of the hall that runs the sweep).
SWEEPERS = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
NOTE = TextRule("note", "备注", 200)
SLOT_LABEL = rules.column_rule(AppointmentSlot.label, "slots", "时段名称")
CITIZEN_NAME = TextRule("citizen_name", "姓名", 40)
MAX_IMPORT_ROWS = 5_000

#: What a notice needs: the transaction, the hall, the kind (booked / changed /
#: cancelled), the citizen's mobile, the template's values and the moment.
NoticeHook = Callable[[AsyncConnection, int, str, str, Mapping[str, str], datetime], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class SlotInfo:
    id: int
    line_id: int
    day: date
    label: str
    starts: time  # the hall's wall clock
    ends: time
    capacity: int
    booked: int

    @property
    def remaining(self) -> int:
        return max(self.capacity - self.booked, 0)


@dataclass(frozen=True, slots=True)
class Booking:
    id: int
    code: str
    line_id: int
    line_name: str
    slot_id: int
    day: date
    slot_label: str
    starts: time
    ends: time
    state: BookingState
    citizen_name: str
    mobile: str
    id_number_masked: str
    item_ids: tuple[int, ...]
    note: str | None
    source: str
    ticket_number: str | None
    late: bool


@dataclass(frozen=True, slots=True)
class CheckIn:
    """签到: the number the citizen got, their booking, and what to tell them."""

    issued: IssuedTicket
    booking_code: str
    late: bool
    message: str


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One checked row of a platform export, as the preview shows it."""

    line: int
    platform_ref: str
    citizen_name: str
    id_number_masked: str
    mobile: str
    line_name: str
    day: date
    slot_label: str


@dataclass(frozen=True, slots=True)
class ImportPreview:
    file_name: str
    rows: tuple[ImportRow, ...]


@dataclass(frozen=True, slots=True)
class _Citizen:
    name: str
    mobile: str
    id_masked: str
    id_number: str


def _citizen(name: str, mobile: str, id_number: str) -> _Citizen:
    info = parse_id_number(id_number)
    return _Citizen(
        CITIZEN_NAME.clean(name, required=True),
        normalize_mobile(mobile),
        mask_id_number(info.number),
        info.number,
    )


@retry_conflicts
class AppointmentService:
    """预约: slots and bookings of the hall's lines, check-in at the desk, 爽约."""

    def __init__(
        self,
        db: Database,
        settings: QueueSettings | None = None,
        *,
        notify: NoticeHook | None = appointment_notice,
    ) -> None:
        self.db = db
        self._ctx = QueueContext(db, settings or QueueSettings())
        #: Called inside each booking's, move's and cancellation's transaction (the
        #: outbox by default; None: no notice is queued).
        self.notify = notify

    # ---------------------------------------------------------------- slots

    async def slots(self, hall_id: int, line_id: int, day: date) -> list[SlotInfo]:
        """The line's slots of ``day`` with their places, in time order."""
        async with self.db.read() as session:
            zone = await hall_zone(session, hall_id)
            rows = await session.execute(
                select(AppointmentSlot)
                .where(
                    AppointmentSlot.hall_id == hall_id,
                    AppointmentSlot.line_id == line_id,
                    AppointmentSlot.day == day,
                )
                .order_by(AppointmentSlot.starts_at)
            )
            return [_slot_info(s, zone) for s in rows.scalars()]

    async def set_slots(
        self, actor: Actor, line_id: int, day: date, slots: Sequence[SlotTimes], capacity: int
    ) -> list[SlotInfo]:
        """Replace the line's slots of ``day``; a slot that has bookings stays (its
        capacity follows, never below what is booked) and may not be dropped."""
        require(actor, *MANAGERS, action="设置预约时段")
        check_capacity(capacity)
        slots = [replace(s, label=SLOT_LABEL.clean(s.label, required=True)) for s in slots]
        starts = [s.starts for s in slots]
        if len(set(starts)) != len(starts):
            raise ValidationError("slots", "预约时段有重复的开始时间")
        for s in slots:
            if s.starts >= s.ends:
                raise ValidationError("slots", f"时段 {s.label} 的开始时间必须早于结束时间")
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *MANAGERS, action="设置预约时段")
            now = await self.db.now(conn)
            await _line(conn, actor.hall_id, line_id)
            zone = await hall_zone(conn, actor.hall_id)
            existing = {
                row.starts_at: row
                for row in await conn.execute(
                    select(AppointmentSlot).where(
                        AppointmentSlot.line_id == line_id, AppointmentSlot.day == day
                    )
                )
            }
            wanted = {_at(day, s.starts, zone): s for s in slots}
            for starts_at, row in existing.items():
                if starts_at in wanted:
                    s = wanted[starts_at]
                    if capacity < row.booked:
                        raise Refused(
                            f"时段 {row.label} 已有 {row.booked} 人预约，可预约人数不能少于此数",
                            code="capacity_below_booked",
                        )
                    await conn.execute(
                        update(AppointmentSlot)
                        .where(AppointmentSlot.id == row.id)
                        .values(ends_at=_at(day, s.ends, zone), label=s.label, capacity=capacity)
                    )
                elif row.booked:
                    raise Refused(
                        f"时段 {row.label} 已有 {row.booked} 人预约，不能删除："
                        "请先改约或取消这些预约",
                        code="slot_has_bookings",
                    )
                else:
                    await conn.execute(delete(AppointmentSlot).where(AppointmentSlot.id == row.id))
            for starts_at, s in wanted.items():
                if starts_at not in existing:
                    await conn.execute(
                        insert(AppointmentSlot).values(
                            hall_id=actor.hall_id,
                            line_id=line_id,
                            day=day,
                            starts_at=starts_at,
                            ends_at=_at(day, s.ends, zone),
                            label=s.label,
                            capacity=capacity,
                            booked=0,
                        )
                    )
            await record_action(
                conn,
                actor,
                EventKind.APPOINTMENT_SLOTS_SET,
                at=now,
                payload={
                    "line_id": line_id,
                    "day": day.isoformat(),
                    "slots": [s.label for s in slots],
                    "capacity": capacity,
                },
            )
        return await self.slots(actor.hall_id, line_id, day)

    async def derive_slots(
        self, actor: Actor, line_id: int, day: date, *, minutes: int | None, capacity: int
    ) -> list[SlotInfo]:
        """The line's slots of ``day`` from the hall's hours that day: 上午/下午 sessions
        (``minutes`` None) or fixed slots of ``minutes``."""
        async with self.db.read() as session:
            schedule = await load_schedule(session, actor.hall_id)
        hours = schedule.hours_on(day)
        if hours is None:
            raise Refused(
                f"{day:%Y-%m-%d} 大厅不营业：请先在“营业时间与日历”中把这一天设为开放日",
                code="no_hours",
            )
        times = session_slots(hours) if minutes is None else fixed_slots(hours, minutes)
        return await self.set_slots(actor, line_id, day, times, capacity)

    # ---------------------------------------------------------------- bookings

    async def book(
        self,
        actor: Actor,
        *,
        slot_id: int,
        citizen_name: str,
        mobile: str,
        id_number: str,
        item_ids: Sequence[int] = (),
        note: str | None = None,
    ) -> Booking:
        """预约: hold one place of the slot for a citizen; returns the booking and its code."""
        require(actor, *BOOKERS, action="预约")
        citizen = _citizen(citizen_name, mobile, id_number)
        clean_note = NOTE.optional(note)
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *BOOKERS, action="预约")
            now = await self.db.now(conn)
            booking_id = await self._book_in(
                conn, actor, now, slot_id, citizen, tuple(item_ids), clean_note, "hotline", None
            )
            booking = await _booking(conn, actor.hall_id, booking_id)
            await self._notice(conn, actor.hall_id, "booked", booking, now)
        return booking

    async def find(
        self,
        hall_id: int,
        *,
        code: str | None = None,
        id_number: str | None = None,
        mobile: str | None = None,
    ) -> list[Booking]:
        """Bookings by code, ID number or mobile (the newest day first)."""
        async with self.db.read() as session:
            conn = await session.connection()
            condition = await _match(conn, hall_id, code, id_number, mobile)
            if condition is None:
                return []
            return await _bookings(
                conn,
                hall_id,
                condition,
                order=(Appointment.day.desc(), Appointment.id.desc()),
                limit=50,
            )

    async def day_list(self, hall_id: int, day: date | None = None) -> list[Booking]:
        """The bookings of ``day`` (today by default) by slot, cancelled ones left out."""
        async with self.db.read() as session:
            conn = await session.connection()
            if day is None:
                day = service_day(await self.db.now(conn), await hall_zone(conn, hall_id))
            return await _bookings(
                conn,
                hall_id,
                Appointment.day == day,
                Appointment.state != BookingState.CANCELLED.value,
                order=(AppointmentSlot.starts_at, Appointment.id),
            )

    async def move(self, actor: Actor, code: str, slot_id: int) -> Booking:
        """改约: the booking takes a place of another slot (of its line) and frees its own."""
        require(actor, *BOOKERS, action="改约")
        code = normalize_code(code)
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *BOOKERS, action="改约")
            now = await self.db.now(conn)
            row = await _open_booking(conn, actor.hall_id, code)
            if row.slot_id == slot_id:
                raise Refused("新时段与原时段相同，无需改约", code="same_slot")
            slot = await _take_place(conn, actor.hall_id, slot_id, row.line_id, now)
            await _give_back(conn, row.slot_id)
            await conn.execute(
                update(Appointment)
                .where(Appointment.id == row.id)
                .values(slot_id=slot.id, day=slot.day)
            )
            await record_action(
                conn,
                actor,
                EventKind.APPOINTMENT_MOVED,
                at=now,
                payload={"code": code, "from_slot_id": row.slot_id, "to_slot_id": slot.id},
            )
            booking = await _booking(conn, actor.hall_id, row.id)
            await self._notice(conn, actor.hall_id, "changed", booking, now)
        return booking

    async def cancel(self, actor: Actor, code: str) -> Booking:
        """取消预约: the place goes back to the slot."""
        require(actor, *BOOKERS, action="取消预约")
        code = normalize_code(code)
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *BOOKERS, action="取消预约")
            now = await self.db.now(conn)
            row = await _open_booking(conn, actor.hall_id, code)
            done = await conn.execute(
                update(Appointment)
                .where(Appointment.id == row.id, Appointment.state == BookingState.BOOKED.value)
                .values(state=BookingState.CANCELLED.value, closed_at=now)
            )
            if not done.rowcount:
                raise Refused("该预约刚刚已被处理，请刷新后再试", code="booking_changed")
            await _give_back(conn, row.slot_id)
            await record_action(
                conn, actor, EventKind.APPOINTMENT_CANCELLED, at=now, payload={"code": code}
            )
            booking = await _booking(conn, actor.hall_id, row.id)
            await self._notice(conn, actor.hall_id, "cancelled", booking, now)
        return booking

    # ---------------------------------------------------------------- check-in, 爽约

    async def check_in(
        self,
        actor: Actor,
        *,
        code: str | None = None,
        id_number: str | None = None,
        mobile: str | None = None,
    ) -> CheckIn:
        """签到: a booking of today gets its number (see the module docstring); at the
        desk or at a kiosk (its device account, :data:`NUMBER_TAKERS`)."""
        require(actor, *NUMBER_TAKERS, action="预约签到")
        if code is not None and code.strip():
            code = normalize_code(code)
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *NUMBER_TAKERS, action="预约签到")
            now = await self.db.now(conn)
            zone = await hall_zone(conn, actor.hall_id)
            today = service_day(now, zone)
            condition = await _match(conn, actor.hall_id, code, id_number, mobile)
            found = (
                []
                if condition is None
                else list(
                    await conn.execute(
                        select(
                            Appointment.id,
                            Appointment.code,
                            Appointment.state,
                            Appointment.line_id,
                            Appointment.citizen_name,
                            Appointment.mobile,
                            Appointment.id_number_masked,
                            Appointment.ticket_id,
                            AppointmentSlot.starts_at,
                            AppointmentSlot.ends_at,
                            AppointmentSlot.label,
                        )
                        .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
                        .where(
                            Appointment.hall_id == actor.hall_id,
                            Appointment.day == today,
                            condition,
                        )
                    )
                )
            )
            open_states = (BookingState.BOOKED.value, BookingState.NO_SHOW.value)
            candidates = [r for r in found if r.state in open_states]
            if not candidates:
                raise Refused(_nothing_to_check_in(found), code="no_booking")
            row = min(candidates, key=lambda r: abs(r.starts_at - now))
            hall = (
                await conn.execute(
                    select(Hall.checkin_before_minutes, Hall.checkin_after_minutes).where(
                        Hall.id == actor.hall_id
                    )
                )
            ).one()
            window = CheckInWindow.around(
                row.starts_at, row.ends_at, hall.checkin_before_minutes, hall.checkin_after_minutes
            )
            arrival = window.arrival(now)
            if arrival is Arrival.EARLY:
                raise Refused(
                    f"还没到签到时间：您预约的是今天 {row.label}，"
                    f"请于 {window.opens.astimezone(zone):%H:%M} 以后再签到",
                    code="too_early",
                )
            late = arrival is Arrival.LATE
            taken = await conn.execute(
                update(Appointment)
                .where(Appointment.id == row.id, Appointment.state.in_(open_states))
                .values(state=BookingState.CHECKED_IN.value, checked_in_at=now, late=late)
            )
            if not taken.rowcount:
                raise Refused("该预约刚刚已签到，请勿重复签到", code="no_booking")
            new = await issue_in(
                self._ctx,
                conn,
                actor,
                row.line_id,
                now,
                TicketRequest(
                    priority=Priority.NORMAL if late else Priority.APPOINTMENT,
                    name=row.citizen_name,
                    phone=row.mobile,
                    masked_id=row.id_number_masked,
                    walk_in=False,
                    payload={"booking_code": row.code, "late": late},
                ),
            )
            await conn.execute(
                update(Appointment).where(Appointment.id == row.id).values(ticket_id=new.row.id)
            )
            await record_action(
                conn,
                actor,
                EventKind.APPOINTMENT_CHECKED_IN,
                at=now,
                ticket_id=new.row.id,
                payload={"code": row.code, "number": new.row.number, "late": late},
            )
        issued = await slip_of(self._ctx, new)
        message = (
            f"已超过预约时段，按现场取号排队：您的号码是 {issued.ticket.number}"
            if late
            else f"预约已签到：您的号码是 {issued.ticket.number}，请留意叫号"
        )
        return CheckIn(issued=issued, booking_code=row.code, late=late, message=message)

    async def mark_no_shows(self, actor: Actor) -> int:
        """爽约: bookings still 待到达 when their check-in window has closed (the hall's
        ``checkin_after_minutes`` after the slot's end); how many were marked."""
        require(actor, *SWEEPERS, action="标记爽约")
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *SWEEPERS, action="标记爽约")
            now = await self.db.now(conn)
            grace = await conn.scalar(
                select(Hall.checkin_after_minutes).where(Hall.id == actor.hall_id)
            )
            ended = select(AppointmentSlot.id).where(
                AppointmentSlot.hall_id == actor.hall_id,
                AppointmentSlot.ends_at <= now - timedelta(minutes=grace or 0),
            )
            codes = list(
                (
                    await conn.execute(
                        update(Appointment)
                        .where(
                            Appointment.hall_id == actor.hall_id,
                            Appointment.state == BookingState.BOOKED.value,
                            Appointment.slot_id.in_(ended),
                        )
                        .values(state=BookingState.NO_SHOW.value, closed_at=now)
                        .returning(Appointment.code)
                    )
                ).scalars()
            )
            if codes:
                await record_action(
                    conn,
                    actor,
                    EventKind.APPOINTMENT_NO_SHOWS,
                    at=now,
                    payload={"count": len(codes), "codes": sorted(codes)},
                )
        return len(codes)

    async def queue_reminders(self, actor: Actor) -> int:
        """预约提醒: a notice for each of tomorrow's bookings still 待到达 that has had
        none; how many were queued. Safe to run often: the desk runs it with its 爽约
        sweep."""
        require(actor, *SWEEPERS, action="发送预约提醒")
        if self.notify is None:
            return 0
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *SWEEPERS, action="发送预约提醒")
            now = await self.db.now(conn)
            tomorrow = service_day(now, await hall_zone(conn, actor.hall_id)) + timedelta(days=1)
            due = await _bookings(
                conn,
                actor.hall_id,
                Appointment.day == tomorrow,
                Appointment.state == BookingState.BOOKED.value,
                Appointment.reminded_at.is_(None),
            )
            for booking in due:
                await self._notice(conn, actor.hall_id, "reminder", booking, now)
            if due:
                await conn.execute(
                    update(Appointment)
                    .where(Appointment.id.in_([b.id for b in due]))
                    .values(reminded_at=now)
                )
        return len(due)

    # ---------------------------------------------------------------- import

    async def read_import(self, path: str | os.PathLike[str]) -> list[dict[str, str]]:
        """The rows of a platform export (CSV or XLSX), not yet checked."""
        return await asyncio.to_thread(read_booking_file, path)

    async def preview_import(
        self, actor: Actor, file_name: str, rows: Sequence[Mapping[str, str]]
    ) -> ImportPreview:
        """What :meth:`import_rows` would book, checked without writing anything; the
        first bad row refuses the whole file, naming its row number and why."""
        require(actor, *BOOKERS, action="导入网上预约")
        async with self.db.read() as session:
            conn = await session.connection()
            checked = await _checked_rows(conn, actor.hall_id, rows)
        return ImportPreview(
            file_name,
            tuple(
                ImportRow(
                    r.line,
                    r.ref,
                    r.citizen.name,
                    r.citizen.id_masked,
                    mask_phone(r.citizen.mobile),
                    r.line_name,
                    r.slot.day,
                    r.slot.label,
                )
                for r in checked
            ),
        )

    async def import_rows(
        self, actor: Actor, file_name: str, rows: Sequence[Mapping[str, str]]
    ) -> int:
        """Book every row of a platform export, all or nothing; how many were booked."""
        require(actor, *BOOKERS, action="导入网上预约")
        async with self.db.write_core() as conn:
            actor = await recheck(conn, actor, *BOOKERS, action="导入网上预约")
            now = await self.db.now(conn)
            checked = await _checked_rows(conn, actor.hall_id, rows)
            for r in checked:
                try:
                    booking_id = await self._book_in(
                        conn, actor, now, r.slot.id, r.citizen, r.item_ids, r.note, "import", r.ref
                    )
                except Refused as e:
                    raise Refused(
                        f"第 {r.line} 行：{e.message}；整个文件未导入", code=e.code
                    ) from e
                booking = await _booking(conn, actor.hall_id, booking_id)
                await self._notice(conn, actor.hall_id, "booked", booking, now)
            await record_action(
                conn,
                actor,
                EventKind.APPOINTMENTS_IMPORTED,
                at=now,
                payload={"file": rules.FILE_NAME.clean(file_name), "count": len(checked)},
            )
        return len(checked)

    # ---------------------------------------------------------------- inside

    async def _book_in(
        self,
        conn: AsyncConnection,
        actor: Actor,
        now: datetime,
        slot_id: int,
        citizen: _Citizen,
        item_ids: tuple[int, ...],
        note: str | None,
        source: str,
        platform_ref: str | None,
    ) -> int:
        slot_line = (
            await conn.execute(
                select(AppointmentSlot.line_id).where(
                    AppointmentSlot.id == slot_id, AppointmentSlot.hall_id == actor.hall_id
                )
            )
        ).scalar()
        if slot_line is None:
            raise NotFound("找不到该预约时段，请刷新后重新选择")
        await _check_items(conn, actor.hall_id, item_ids)
        digest = citizen_digest(await self._key(conn, actor.hall_id), citizen.id_number)
        # Two PCs booking for one citizen at once: the second waits here until the
        # first commits, then sees its booking (PostgreSQL; SQLite has one writer).
        await self._ctx.claims.lock_citizen(conn, citizen_lock_key(actor.hall_id, digest))
        await _check_citizen(conn, actor.hall_id, digest, slot_line, now)
        slot = await _take_place(conn, actor.hall_id, slot_id, slot_line, now)
        code = await _free_code(conn, actor.hall_id)
        booking_id: int = (
            await conn.execute(
                insert(Appointment)
                .values(
                    hall_id=actor.hall_id,
                    code=code,
                    line_id=slot.line_id,
                    slot_id=slot.id,
                    day=slot.day,
                    state=BookingState.BOOKED.value,
                    citizen_name=citizen.name,
                    mobile=citizen.mobile,
                    id_number_masked=citizen.id_masked,
                    id_digest=digest,
                    item_ids=list(item_ids),
                    note=note,
                    source=source,
                    platform_ref=platform_ref,
                    late=False,
                    created_by_id=actor.staff_id,
                    created_at=now,
                )
                .returning(Appointment.id)
            )
        ).scalar_one()
        await record_action(
            conn,
            actor,
            EventKind.APPOINTMENT_BOOKED,
            at=now,
            payload={
                "code": code,
                "slot_id": slot.id,
                "line_id": slot.line_id,
                "day": slot.day.isoformat(),
                "source": source,
                "mobile": mask_phone(citizen.mobile),
            },
        )
        return booking_id

    async def _key(self, conn: AsyncConnection, hall_id: int) -> str:
        """The hall's key for ID digests, created on first use."""
        values = {"hall_id": hall_id, "secret": new_day_secret()}
        statement = (
            pg_insert(AppointmentKey).values(values).on_conflict_do_nothing()
            if self.db.is_postgresql
            else sqlite_insert(AppointmentKey).values(values).on_conflict_do_nothing()
        )
        await conn.execute(statement)
        return await _existing_key(conn, hall_id) or ""

    async def _notice(
        self, conn: AsyncConnection, hall_id: int, kind: str, booking: Booking, at: datetime
    ) -> None:
        """Queue the citizen's notice of a booking, move or cancellation (outbox)."""
        if self.notify is None:
            return
        values = {  # the placeholders of the hall's templates (domain.notices)
            "name": booking.citizen_name,
            "code": booking.code,
            "line": booking.line_name,
            "date": f"{booking.day.month}月{booking.day.day}日",
            "time": f"{booking.slot_label} {booking.starts:%H:%M}-{booking.ends:%H:%M}",
        }
        await self.notify(conn, hall_id, kind, booking.mobile, values, at)


# -- reads and checks shared by the use cases ------------------------------------------


def _at(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, zone)


def _slot_info(s: Any, zone: ZoneInfo) -> SlotInfo:
    return SlotInfo(
        s.id,
        s.line_id,
        s.day,
        s.label,
        s.starts_at.astimezone(zone).time(),
        s.ends_at.astimezone(zone).time(),
        s.capacity,
        s.booked,
    )


async def _line(conn: AsyncConnection, hall_id: int, line_id: int) -> str:
    name = (
        await conn.execute(
            select(BusinessLine.name).where(
                BusinessLine.id == line_id, BusinessLine.hall_id == hall_id
            )
        )
    ).scalar()
    if name is None:
        raise NotFound(f"找不到业务类别（编号 {line_id}）")
    return str(name)


async def _existing_key(conn: AsyncConnection, hall_id: int) -> str | None:
    secret: str | None = (
        await conn.execute(select(AppointmentKey.secret).where(AppointmentKey.hall_id == hall_id))
    ).scalar()
    return secret


async def _match(
    conn: AsyncConnection,
    hall_id: int,
    code: str | None,
    id_number: str | None,
    mobile: str | None,
) -> Any:
    """The condition on :class:`Appointment` for what was typed; None: nothing can match."""
    if code is not None and code.strip():
        return Appointment.code == normalize_code(code)
    if id_number is not None and id_number.strip():
        number = parse_id_number(id_number).number
        secret = await _existing_key(conn, hall_id)
        if secret is None:
            return None
        return Appointment.id_digest == citizen_digest(secret, number)
    if mobile is not None and mobile.strip():
        return Appointment.mobile == normalize_mobile(mobile)
    raise ValidationError("code", "请输入预约码、身份证号或手机号")


def _nothing_to_check_in(found: Sequence[Any]) -> str:
    states = {r.state for r in found}
    if BookingState.CHECKED_IN.value in states:
        numbers = "、".join(sorted(r.code for r in found))
        return f"今天的预约（{numbers}）已签到取号，请勿重复签到"
    if BookingState.CANCELLED.value in states:
        return "今天的预约已取消；如需办理请现场取号"
    return "没有找到今天的预约：请核对预约码、身份证号或手机号，或现场取号"


async def _open_booking(conn: AsyncConnection, hall_id: int, code: str) -> Any:
    row = (
        await conn.execute(
            select(Appointment.id, Appointment.state, Appointment.slot_id, Appointment.line_id)
            .where(Appointment.hall_id == hall_id, Appointment.code == code)
            .with_for_update()
        )
    ).first()
    if row is None:
        raise NotFound(f"找不到预约码为 {code} 的预约")
    if row.state != BookingState.BOOKED.value:
        label = BookingState(row.state).label
        raise Refused(f"该预约已{label}，不能再改约或取消", code="booking_closed")
    return row


async def _take_place(
    conn: AsyncConnection, hall_id: int, slot_id: int, line_id: int, now: datetime
) -> Any:
    """One place of the slot, with one guarded update (never past its capacity)."""
    slot = (
        await conn.execute(
            select(AppointmentSlot).where(
                AppointmentSlot.id == slot_id, AppointmentSlot.hall_id == hall_id
            )
        )
    ).first()
    if slot is None:
        raise NotFound("找不到该预约时段，请刷新后重新选择")
    if slot.line_id != line_id:
        raise Refused("该时段不属于这项业务，请重新选择时段", code="wrong_line")
    if slot.ends_at <= now:
        raise Refused(
            f"时段 {slot.day:%m-%d} {slot.label} 已结束，请选择以后的时段", code="slot_over"
        )
    taken = await conn.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked < AppointmentSlot.capacity)
        .values(booked=AppointmentSlot.booked + 1)
    )
    if not taken.rowcount:
        raise Refused(
            f"时段 {slot.day:%m-%d} {slot.label} 已约满（{slot.capacity} 人），请选择其他时段",
            code="slot_full",
        )
    return slot


async def _give_back(conn: AsyncConnection, slot_id: int) -> None:
    await conn.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked > 0)
        .values(booked=AppointmentSlot.booked - 1)
    )


async def _free_code(conn: AsyncConnection, hall_id: int) -> str:
    for _ in range(20):
        code = new_booking_code()
        taken = (
            await conn.execute(
                select(Appointment.id).where(
                    Appointment.hall_id == hall_id, Appointment.code == code
                )
            )
        ).first()
        if taken is None:
            return code
    raise Refused("暂时无法生成预约码，请稍后再试", code="no_code")


async def _check_items(conn: AsyncConnection, hall_id: int, item_ids: Iterable[int]) -> None:
    wanted = set(item_ids)
    if not wanted:
        return
    known = set(
        (
            await conn.execute(
                select(ServiceItem.id).where(
                    ServiceItem.hall_id == hall_id,
                    ServiceItem.id.in_(wanted),
                    ServiceItem.active.is_(True),
                )
            )
        ).scalars()
    )
    if wanted - known:
        raise NotFound("所选事项不在本大厅的事项目录中或已停用，请重新选择")


async def _check_citizen(
    conn: AsyncConnection, hall_id: int, digest: str, line_id: int, now: datetime
) -> None:
    """One open booking per citizen and line; the hall's 爽约 limit."""
    zone = await hall_zone(conn, hall_id)
    today = service_day(now, zone)
    open_day = (
        await conn.execute(
            select(Appointment.day, Appointment.code).where(
                Appointment.hall_id == hall_id,
                Appointment.id_digest == digest,
                Appointment.line_id == line_id,
                Appointment.state == BookingState.BOOKED.value,
                Appointment.day >= today,
            )
        )
    ).first()
    if open_day is not None:
        raise Refused(
            f"该身份证号已有这项业务 {open_day.day:%Y-%m-%d} 的预约（预约码 {open_day.code}），"
            "如需换时间请改约",
            code="already_booked",
        )
    limit, days = (
        await conn.execute(select(Hall.no_show_limit, Hall.no_show_days).where(Hall.id == hall_id))
    ).one()
    if not limit:
        return
    missed: int = (
        await conn.execute(
            select(func.count())
            .select_from(Appointment)
            .where(
                Appointment.hall_id == hall_id,
                Appointment.id_digest == digest,
                Appointment.state == BookingState.NO_SHOW.value,
                Appointment.day >= today - timedelta(days=days),
            )
        )
    ).scalar_one()
    if missed >= limit:
        raise Refused(
            f"该身份证号近 {days} 天内已爽约 {missed} 次，暂不能预约，请现场取号办理",
            code="no_show_limit",
        )


async def _booking(conn: AsyncConnection, hall_id: int, booking_id: int) -> Booking:
    (booking,) = await _bookings(conn, hall_id, Appointment.id == booking_id)
    return booking


async def _bookings(
    conn: AsyncConnection,
    hall_id: int,
    *conditions: Any,
    order: tuple[Any, ...] = (),
    limit: int | None = None,
) -> list[Booking]:
    """The hall's bookings matching ``conditions``, read in one statement."""
    rows = await conn.execute(
        select(
            Appointment,
            BusinessLine.name.label("line_name"),
            AppointmentSlot.label.label("slot_label"),
            AppointmentSlot.starts_at,
            AppointmentSlot.ends_at,
            Ticket.number.label("ticket_number"),
            Ticket.status.label("ticket_status"),
        )
        .join(BusinessLine, BusinessLine.id == Appointment.line_id)
        .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
        .outerjoin(Ticket, Ticket.id == Appointment.ticket_id)
        .where(Appointment.hall_id == hall_id, *conditions)
        .order_by(*order)
        .limit(limit)
    )
    zone = await hall_zone(conn, hall_id)
    return [_booking_of(row, zone) for row in rows]


def _booking_of(row: Any, zone: ZoneInfo) -> Booking:
    state = BookingState(row.state)
    if state is BookingState.CHECKED_IN and row.ticket_status == TicketStatus.DONE.value:
        state = BookingState.DONE
    return Booking(
        id=row.id,
        code=row.code,
        line_id=row.line_id,
        line_name=row.line_name,
        slot_id=row.slot_id,
        day=row.day,
        slot_label=row.slot_label,
        starts=row.starts_at.astimezone(zone).time(),
        ends=row.ends_at.astimezone(zone).time(),
        state=state,
        citizen_name=row.citizen_name,
        mobile=row.mobile,
        id_number_masked=row.id_number_masked,
        item_ids=tuple(row.item_ids or ()),
        note=row.note,
        source=row.source,
        ticket_number=row.ticket_number,
        late=bool(row.late),
    )


# -- the platform's export ---------------------------------------------------------------

_IMPORT_HEADERS: Mapping[str, tuple[str, ...]] = {
    "ref": ("预约号", "预约编号", "预约单号", "流水号"),
    "name": ("姓名", "申请人", "预约人"),
    "id_number": ("身份证号", "身份证号码", "证件号码"),
    "mobile": ("手机号", "手机号码", "联系电话"),
    "line": ("业务类别", "预约业务", "业务"),
    "day": ("预约日期", "日期"),
    "slot": ("预约时段", "时段", "开始时间"),
    "items": ("事项编码", "办理事项编码"),
    "note": ("备注",),
}
_REQUIRED = ("ref", "name", "id_number", "mobile", "line", "day", "slot")
_HEADER_KEYS = {
    _normalize_header(alias): key for key, aliases in _IMPORT_HEADERS.items() for alias in aliases
}


def rows_of_table(table: Iterable[Sequence[Any]]) -> list[dict[str, str]]:
    """The rows of an export as {field: text, "_line": row number}; the first non-blank
    row is the header."""
    columns: dict[str, int] | None = None
    result: list[dict[str, str]] = []
    for line, cells in enumerate(table, start=1):
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
        if columns is None:
            columns = {}
            for i, text in enumerate(texts):
                key = _HEADER_KEYS.get(_normalize_header(text))
                if key is not None and key not in columns:
                    columns[key] = i
            missing = [_IMPORT_HEADERS[k][0] for k in _REQUIRED if k not in columns]
            if missing:
                raise ValidationError(
                    "file", f"表头（第 {line} 行）缺少必需的列：{'、'.join(missing)}"
                )
            continue
        if len(result) >= MAX_IMPORT_ROWS:
            raise ValidationError("file", f"文件超过 {MAX_IMPORT_ROWS} 行，请检查文件")
        row = {k: (texts[i] if i < len(texts) else "") for k, i in columns.items()}
        row["_line"] = str(line)
        result.append(row)
    if columns is None:
        raise ValidationError("file", "文件是空的：没有表头，也没有预约")
    return result


def read_booking_file(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """A platform export (``.csv`` or ``.xlsx``) read as rows (blocking)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("file", f"只能导入 CSV 或 XLSX 文件，“{path.name}”不是")
    try:
        if suffix == ".csv":
            return rows_of_table(csv.reader(io.StringIO(_decode(path.read_bytes()), newline="")))
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return rows_of_table(book.worksheets[0].iter_rows(values_only=True))
        finally:
            book.close()
    except OSError as e:
        raise ValidationError("file", f"无法读取文件“{path.name}”：{e.strerror or e}") from e


@dataclass(frozen=True, slots=True)
class _CheckedRow:
    line: int
    ref: str
    citizen: _Citizen
    line_name: str
    slot: Any
    item_ids: tuple[int, ...]
    note: str | None


async def _checked_rows(
    conn: AsyncConnection, hall_id: int, rows: Sequence[Mapping[str, str]]
) -> list[_CheckedRow]:
    if not rows:
        raise ValidationError("file", "文件中没有预约")
    lines = {
        key: (line_id, name)
        for line_id, prefix, name in await conn.execute(
            select(BusinessLine.id, BusinessLine.prefix, BusinessLine.name).where(
                BusinessLine.hall_id == hall_id, BusinessLine.active.is_(True)
            )
        )
        for key in (prefix.upper(), name)
    }
    items = {
        code: item_id
        for code, item_id in await conn.execute(
            select(ServiceItem.code, ServiceItem.id).where(
                ServiceItem.hall_id == hall_id, ServiceItem.active.is_(True)
            )
        )
    }
    zone = await hall_zone(conn, hall_id)
    checked: list[_CheckedRow] = []
    places: dict[int, int] = {}
    refs: set[str] = set()
    for raw in rows:
        number = int(raw.get("_line", "0") or 0)
        try:
            ref = raw.get("ref", "").strip()
            if not ref or len(ref) > 40:
                raise ValidationError("ref", "预约号为空或过长")
            if ref in refs:
                raise ValidationError("ref", f"预约号 {ref} 在文件中重复")
            refs.add(ref)
            seen = (
                await conn.execute(
                    select(Appointment.code).where(
                        Appointment.hall_id == hall_id, Appointment.platform_ref == ref
                    )
                )
            ).scalar()
            if seen is not None:
                raise ValidationError("ref", f"预约号 {ref} 已导入过（预约码 {seen}）")
            citizen = _citizen(raw.get("name", ""), raw.get("mobile", ""), raw.get("id_number", ""))
            line = lines.get(raw.get("line", "").strip()) or lines.get(
                raw.get("line", "").strip().upper()
            )
            if line is None:
                raise ValidationError("line", f"没有业务类别“{raw.get('line', '')}”")
            day = _parse_day(raw.get("day", ""))
            slot = await _slot_named(conn, hall_id, line[0], day, raw.get("slot", ""), zone)
            places[slot.id] = places.get(slot.id, 0) + 1
            if slot.booked + places[slot.id] > slot.capacity:
                raise Refused(f"时段 {day:%m-%d} {slot.label} 已约满（{slot.capacity} 人）")
            codes = [
                c for c in raw.get("items", "").replace("，", ";").replace(",", ";").split(";")
            ]
            codes = [c.strip() for c in codes if c.strip()]
            unknown = [c for c in codes if c not in items]
            if unknown:
                raise ValidationError("items", f"事项编码 {'、'.join(unknown)} 不在事项目录中")
            checked.append(
                _CheckedRow(
                    number,
                    ref,
                    citizen,
                    line[1],
                    slot,
                    tuple(items[c] for c in codes),
                    NOTE.optional(raw.get("note")),
                )
            )
        except (ValidationError, Refused, NotFound) as e:
            raise ValidationError(
                "file", f"第 {number} 行：{e.message}；整个文件未导入，请改正后重新导入"
            ) from e
    return checked


def _parse_day(text: str) -> date:
    cleaned = text.strip().split("T")[0].split(" ")[0].replace("/", "-").replace(".", "-")
    try:
        return date.fromisoformat("-".join(p.zfill(2) for p in cleaned.split("-")))
    except ValueError as e:
        raise ValidationError("day", f"预约日期“{text}”无法识别，应为 2026-12-08 这样的日期") from e


async def _slot_named(
    conn: AsyncConnection, hall_id: int, line_id: int, day: date, text: str, zone: ZoneInfo
) -> Any:
    """The slot a row names: by its label (上午) or its start time (09:00, 09:00-09:30)."""
    wanted = text.strip().replace("—", "-").replace("–", "-")
    start = wanted.split("-")[0].strip()
    slots = list(
        await conn.execute(
            select(AppointmentSlot).where(
                AppointmentSlot.hall_id == hall_id,
                AppointmentSlot.line_id == line_id,
                AppointmentSlot.day == day,
            )
        )
    )
    for slot in slots:
        if slot.label.replace("–", "-") == wanted or (
            f"{slot.starts_at.astimezone(zone):%H:%M}" == start.zfill(5)
        ):
            return slot
    raise ValidationError("slot", f"{day:%Y-%m-%d} 没有“{text}”这个预约时段")


__all__ = [
    "AppointmentService",
    "Booking",
    "CheckIn",
    "ImportPreview",
    "ImportRow",
    "NoticeHook",
    "SlotInfo",
]
