"""Arbitrary text in every text parameter of every public service method, on both
backends.

What a service accepts is stored exactly as the field's rule cleans it (read back from
the database with a fresh transaction) and is clean: no control character, no lone
surrogate, no whitespace at either end or twice in a row, not longer than its column.
What it does not accept is refused with a :class:`ValidationError` (an import, by
design, with :class:`Refused` naming the rows) and nothing is written. Never another
exception: no ``DataError``, no ``UnicodeEncodeError``, no ``ValueError``.

The examples of a backend share one event loop and one hall set up once (and a second
hall for its settings), so that the whole file stays within a minute or so.
``test_every_text_parameter_has_a_case`` keeps the list complete: a new text parameter of
a service fails it until a case feeds it here.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import inspect
import itertools
import pkgutil
import typing
import unicodedata
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

import hall_desktop.services
from hall_desktop.domain.appointments import SlotTimes
from hall_desktop.domain.bundles import StepPlan, clean_name
from hall_desktop.domain.calls import Assist, AssistGroup, AssistKind, CallReason
from hall_desktop.domain.catalogue import RawRow
from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.courier import DEFAULT_CARRIERS, carrier_named, check_return_reason
from hall_desktop.domain.errors import (
    AuthenticationFailed,
    HallError,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationError,
)
from hall_desktop.domain.floor import AlertCondition, AlertKind
from hall_desktop.domain.hours import DayKind, service_day
from hall_desktop.domain.masking import mask_id_number
from hall_desktop.domain.passwords import check_password_strength
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.domain.validators import normalize_mobile, normalize_postal_code, parse_id_number
from hall_desktop.domain.windows_lines import LineFields, WindowFields
from hall_desktop.services import rules
from hall_desktop.services.actor import Actor, Role, new_staff, parse_roles
from hall_desktop.services.admin import AdminService
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.services.audit import AuditFilter, AuditService
from hall_desktop.services.auth import AuthService
from hall_desktop.services.bootstrap import BootstrapService
from hall_desktop.services.bundle_admin import BundleAdminService
from hall_desktop.services.cases import (
    CaseService,
    FindingForm,
    HardCaseForm,
    ProblemForm,
    WalkthroughForm,
)
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.services.courier import CourierService, DispatchItem, cents
from hall_desktop.services.db_accounts import DbAccountService
from hall_desktop.services.desk import ConsultationService
from hall_desktop.services.dispatch import DispatchService
from hall_desktop.services.district import DistrictService
from hall_desktop.services.extended import ExtendedHoursService, RecordFilter
from hall_desktop.services.floor import ACTION, FloorService
from hall_desktop.services.hall_settings import HallSettingsService, check_settings
from hall_desktop.services.hours_admin import HoursAdminService
from hall_desktop.services.patrol import PatrolCheckForm, PatrolService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.queue.citizen_limits import LimitOverride
from hall_desktop.services.rating import RatingService
from hall_desktop.services.schedule import load_schedule
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    Appointment,
    Bundle,
    BusinessLine,
    CalendarDay,
    Consultation,
    CourierDispatch,
    District,
    Event,
    ExtendedService,
    FloorAlert,
    Hall,
    LedgerCase,
    OutOfOrderCall,
    Patrol,
    PatrolCheck,
    Rating,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketAssist,
)
from tests.conftest import BACKENDS, load_actors, new_hall, require_backend
from tests.dates import HALL_ZONE, suite_now
from tests.helpers import line_ids, window_ids
from tests.services.test_bad_input import id_number
from tests.services.test_courier import FORM

T = TypeVar("T")

# -- the text ----------------------------------------------------------------------------

ANY_CHARACTER = st.characters(codec=None, exclude_categories=())  # surrogates, controls too
FULL_WIDTH = st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E) | st.sampled_from(
    "\u3000 张王（），。：１２"
)
TEXTS = st.one_of(
    st.text(ANY_CHARACTER),
    st.text(FULL_WIDTH, min_size=1),
    st.builds(
        lambda s, n: s * n, st.text(ANY_CHARACTER, min_size=1, max_size=4), st.integers(1, 3000)
    ),
    st.sampled_from(["\x00", "王\x00", "\ud800", "\u202e王", " \t\n ", "EMS", "浙江省", "其他"]),
)
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def assert_clean(value: str, max_length: int) -> None:
    assert value == value.strip() and "  " not in value, repr(value)
    assert len(value) <= max_length, len(value)
    for ch in value:
        assert unicodedata.category(ch) not in ("Cc", "Cs") and ch not in BIDI, repr(value)


# -- one hall per backend, one event loop -------------------------------------------------


@dataclass
class World:
    loop: asyncio.AbstractEventLoop
    db: Database
    hall_id: int
    hall_code: str
    actors: dict[str, Actor]
    lines: dict[str, int]
    windows: dict[int, int]
    other_hall: Actor  # the hall settings are changed in a hall of their own
    record_id: int = 0  # a 延时服务 record to complete and edit
    line_id: int = 0  # a line, a window, an item and a member of staff to edit
    window_id: int = 0
    item_id: int = 0
    staff_id: int = 0
    slot_id: int = 0  # a 预约 slot with room for every example
    past_workday: date = date(2000, 1, 1)
    closing: datetime = datetime(2000, 1, 1)  # 40 minutes after it closed that day
    half_saved: bool = False
    district: tuple[Actor, int] | None = None  # a district administrator, a township
    numbers: Iterator[int] = dataclasses.field(default_factory=lambda: itertools.count(1))

    def run(self, work: Awaitable[Any]) -> Any:
        return self.loop.run_until_complete(work)

    @property
    def boss(self) -> Actor:  # a supervisor: issues, calls, and manages the hall
        return self.actors["zhuren"]

    def unique(self, prefix: str) -> str:
        return f"{prefix}{next(self.numbers)}{uuid.uuid4().hex[:6]}"

    async def stored(self, column: Any, key: Any) -> Any:
        """One column of the row with id ``key``, read back in a transaction of its own."""
        async with self.db.read() as session:
            return await session.scalar(select(column).where(column.class_.id == key))

    async def events(self) -> int:
        async with self.db.read() as session:
            return await session.scalar(select(func.count()).select_from(Event)) or 0

    async def call(self, work: Awaitable[T]) -> T:
        """The call under test: a refusal must leave the database as it was."""
        before = await self.events()
        try:
            return await work
        except HallError:
            self.half_saved = await self.events() != before
            raise

    async def serving(self) -> int:
        """A ticket being served at window 11 (line X, nobody else's)."""
        q = QueueService(self.db)
        await q.issue_ticket(self.boss, self.lines["X"])
        ticket = await q.call_next(self.boss, self.windows[11])
        assert ticket is not None
        await q.start(self.boss, ticket.id)
        return ticket.id

    async def free_window(self) -> None:
        q = QueueService(self.db)
        ticket = await q.ticket_in_hand(self.hall_id, self.windows[11])
        if ticket is not None:
            await q.finish(self.boss, ticket.id, outcome=Outcome.COMPLETED)

    async def dispatch(self, *, handed_over: bool = False) -> int:
        courier = CourierService(self.db)
        d = await courier.create(self.boss, **FORM)
        if handed_over:
            await courier.hand_over(self.boss, d.id, "1234567890123")
        return d.id


async def _build(db: Database) -> World:
    report = await new_hall(db)
    actors = await load_actors(db, report.hall_id)
    other = await new_hall(db)
    world = World(
        loop=asyncio.get_running_loop(),
        db=db,
        hall_id=report.hall_id,
        hall_code=report.hall_code,
        actors=actors,
        lines=await line_ids(db, report.hall_id),
        windows=await window_ids(db, report.hall_id),
        other_hall=(await load_actors(db, other.hall_id))["admin"],
    )
    boss = world.boss
    await QueueService(db).sign_in(boss, world.windows[11])
    setup = WindowsLinesService(db)
    world.line_id = (await setup.create_line(boss, LineFields("ZZ", "待改业务"))).id
    world.window_id = (
        await setup.create_window(boss, WindowFields(900, "待改窗口", active=False))
    ).id
    world.item_id = (
        await CatalogueAdminService(db).create_item(
            boss, code="PT-EDIT", name="待改事项", category="公共服务类", department="某局"
        )
    ).id
    world.staff_id = (
        await AdminService(db).create_staff(
            actors["admin"],
            login="pt_edit",
            name="待改人员",
            staff_number="9999",
            roles={Role.CLERK},
            password="abc12345",
        )
    ).id
    async with db.read() as session:
        schedule = await load_schedule(session, report.hall_id)
    day = service_day(db.clock.now(), HALL_ZONE) - timedelta(days=1)
    while schedule.hours_on(day) is None:
        day -= timedelta(days=1)
    world.past_workday = day
    world.closing = datetime.combine(day, schedule.hours_on(day).closes) + timedelta(minutes=40)
    world.record_id = (
        await ExtendedHoursService(db).create_manual(
            boss, day=day, finished_local=world.closing, reason="业务未办结", items="办理"
        )
    ).id
    return world


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, database_urls) -> Iterator[World]:
    url = require_backend(database_urls, request.param)
    loop = asyncio.new_event_loop()
    db = Database(url, clock=FixedClock(suite_now()))
    try:
        yield loop.run_until_complete(_build(db))
    finally:
        loop.run_until_complete(db.dispose())
        loop.close()


# -- the cases -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One text parameter of one service method, fed ``text``.

    ``run`` returns what the database now holds for the field (read back), or None for a
    read. ``expect`` gives what the field's rule makes of ``text`` (raising
    ValidationError when the rule refuses it); None for a read.
    """

    name: str
    run: Callable[[World, str], Awaitable[Any]]
    expect: Callable[[str], Any] | None
    max_length: int
    allowed: tuple[type[HallError], ...] = ()


CASES: dict[str, Case] = {}


def case(
    name: str,
    expect: Callable[[str], Any] | None = None,
    max_length: int = 10_000,
    allowed: tuple[type[HallError], ...] = (),
) -> Callable[[Callable[[World, str], Awaitable[Any]]], Any]:
    def register(run: Callable[[World, str], Awaitable[Any]]) -> Any:
        assert name not in CASES, name
        CASES[name] = Case(name, run, expect, max_length, allowed)
        return run

    return register


def kept(rule: Any, *, required: bool = False) -> Callable[[str], str]:
    return lambda text: rule.clean(text, required=required)


def kept_or_none(rule: Any) -> Callable[[str], str | None]:
    return rule.optional


# The queue.

OVERRIDE_ID = "11010519491231002X"  # the override's citizen: past the limit from its 2nd


async def issue(w: World, **kw: Any) -> Any:
    ticket = (await w.call(QueueService(w.db).issue_ticket(w.boss, w.lines["A"], **kw))).ticket
    return ticket.id


@case("QueueService.issue_ticket:citizen_name", kept_or_none(rules.CITIZEN_NAME), 40)
async def _(w: World, text: str) -> Any:
    return await w.stored(Ticket.citizen_name, await issue(w, citizen_name=text))


@case(
    "QueueService.issue_ticket:priority_reason",
    kept(rules.PRIORITY_REASON, required=True),
    rules.PRIORITY_REASON.max_length,
)
async def _(w: World, text: str) -> Any:
    key = await issue(w, priority=Priority.GREEN, priority_reason=text)
    return await w.stored(Ticket.priority_reason, key)


@case(
    "QueueService.issue_ticket:citizen_phone",
    lambda text: normalize_mobile(text) if text.strip() else None,
    11,
)
async def _(w: World, text: str) -> Any:
    return await w.stored(Ticket.citizen_phone, await issue(w, citizen_phone=text))


@case(
    "QueueService.issue_ticket:citizen_id_number",  # kept masked (一人一号 keeps a hash)
    lambda text: mask_id_number(parse_id_number(text).number) if text.strip() else None,
    18,
)
async def _(w: World, text: str) -> Any:
    return await w.stored(Ticket.citizen_id_number, await issue(w, citizen_id_number=text))


@case(
    "QueueService.issue_ticket:override",
    kept(rules.OVERRIDE_REASON, required=True),
    rules.OVERRIDE_REASON.max_length,
)
async def _(w: World, text: str) -> Any:
    """主管授权: the reason is kept in the issue event (the second open ticket of one ID
    number in line A is past the hall's limit)."""
    override = LimitOverride(w.boss, text)
    await issue(w, citizen_id_number=OVERRIDE_ID, override=override)
    key = await issue(w, citizen_id_number=OVERRIDE_ID, override=override)
    async with w.db.read() as session:
        payload = await session.scalar(
            select(Event.payload).where(Event.ticket_id == key, Event.kind == "ticket_issued")
        )
    return payload["override_reason"]


@case("QueueService.finish:note", kept_or_none(rules.TICKET_NOTE), rules.TICKET_NOTE.max_length)
async def _(w: World, text: str) -> Any:
    key = await w.serving()
    try:
        await w.call(QueueService(w.db).finish(w.boss, key, outcome=Outcome.COMPLETED, note=text))
    finally:
        await w.free_window()
    return await w.stored(Ticket.note, key)


@case(
    "QueueService.hold:reason",
    kept(rules.HOLD_REASON, required=True),
    rules.HOLD_REASON.max_length,
)
async def _(w: World, text: str) -> Any:
    key = await w.serving()
    try:
        await w.call(QueueService(w.db).hold(w.boss, key, reason=text, due_in_minutes=600))
    finally:
        await w.free_window()
    return await w.stored(Ticket.hold_reason, key)


@case("QueueService.transfer:note", kept_or_none(rules.TICKET_NOTE), rules.TICKET_NOTE.max_length)
async def _(w: World, text: str) -> Any:
    key = await issue(w)
    moved = await w.call(
        QueueService(w.db).transfer(w.boss, key, to_line_id=w.lines["B"], note=text)
    )
    return await w.stored(Ticket.note, moved.id)


@case(
    "QueueService.pause_window:reason",
    kept(rules.PAUSE_REASON, required=True),
    rules.PAUSE_REASON.max_length,
)
async def _(w: World, text: str) -> Any:
    q = QueueService(w.db)
    window = w.windows[11]
    await w.call(q.pause_window(w.boss, window, text))
    stored = await w.stored(ServiceWindow.pause_reason, window)
    await q.resume_window(w.boss, window)
    return stored


# 大厅监控的调度.


async def _event_payload(w: World, event_id: int) -> dict[str, Any]:
    async with w.db.read() as session:
        return (await session.get(Event, event_id)).payload


@case(
    "DispatchService.request_resume:message",
    kept_or_none(rules.RESUME_MESSAGE),
    rules.RESUME_MESSAGE.max_length,
)
async def _(w: World, text: str) -> Any:
    q = QueueService(w.db)
    window = w.windows[11]
    await q.pause_window(w.boss, window, "暂离")
    try:
        event_id = await w.call(DispatchService(w.db).request_resume(w.boss, window, text))
    finally:
        await q.resume_window(w.boss, window)
    return (await _event_payload(w, event_id))["message"]


@case(
    "DispatchService.send_display_notice:text",
    kept(rules.DISPLAY_NOTICE, required=True),
    rules.DISPLAY_NOTICE.max_length,
)
async def _(w: World, text: str) -> Any:
    sent = await w.call(DispatchService(w.db).send_display_notice(w.boss, text, 5))
    return (await _event_payload(w, sent.event_id))["text"]


_alerts = itertools.count()


@case("FloorService.acknowledge:action", kept(ACTION, required=True), ACTION.max_length)
async def _(w: World, text: str) -> Any:
    service = FloorService(w.db)
    subject = f"text:{next(_alerts)}"
    condition = AlertCondition(AlertKind.LINE_WAITING, subject, "测试提醒")
    await service.sync_alerts(w.boss, {condition.key: condition})
    (alert,) = [a for a in await service.open_alerts(w.hall_id) if a.subject == subject]
    await w.call(service.acknowledge(w.boss, alert.id, text))
    return await w.stored(FloorAlert.action, alert.id)


@case(
    "QueueService.call_ticket:note",
    kept_or_none(rules.CALL_NOTE),
    rules.CALL_NOTE.max_length,
)
async def _(w: World, text: str) -> Any:
    q = QueueService(w.db)
    key = (await q.issue_ticket(w.boss, w.lines["X"])).ticket.id
    try:
        await w.call(q.call_ticket(w.boss, w.windows[11], key, CallReason.SPECIAL, text))
    finally:
        in_hand = await q.ticket_in_hand(w.hall_id, w.windows[11])
        if in_hand is not None:
            await q.no_show(w.boss, in_hand.id)
    async with w.db.read() as session:
        return await session.scalar(
            select(OutOfOrderCall.note).where(OutOfOrderCall.ticket_id == key)
        )


@case(
    "QueueService.set_assist:assist.note",
    kept_or_none(rules.ASSIST_NOTE),
    rules.ASSIST_NOTE.max_length,
)
async def _(w: World, text: str) -> Any:
    q = QueueService(w.db)
    key = (await q.issue_ticket(w.boss, w.lines["X"])).ticket.id
    await w.call(q.set_assist(w.boss, key, Assist(AssistKind.HELP, AssistGroup.ELDERLY, note=text)))
    async with w.db.read() as session:
        return await session.scalar(select(TicketAssist.note).where(TicketAssist.ticket_id == key))


@case("QueueService.hall:hall_code", allowed=(NotFound,))
async def _(w: World, text: str) -> Any:
    await QueueService(w.db).hall(text)


# Free courier.

EMS = carrier_named(DEFAULT_CARRIERS, "EMS")
COURIER_FIELDS = {
    "recipient_name": (CourierDispatch.recipient_name, kept(rules.RECIPIENT_NAME, required=True)),
    "phone": (CourierDispatch.recipient_phone, normalize_mobile),
    "province": (CourierDispatch.province, kept(rules.PROVINCE, required=True)),
    "city": (CourierDispatch.city, kept(rules.CITY, required=True)),
    "district": (CourierDispatch.district, kept(rules.DISTRICT)),
    "address": (CourierDispatch.address, kept(rules.ADDRESS, required=True)),
    "postal_code": (CourierDispatch.postal_code, normalize_postal_code),
    "carrier": (CourierDispatch.carrier, lambda text: carrier_named(DEFAULT_CARRIERS, text).name),
    "cost": (CourierDispatch.cost_cents, cents),
}


def _courier_case(param: str, column: Any, expect: Callable[[str], Any]) -> None:
    @case(f"CourierService.create:{param}", expect, getattr(column.type, "length", None) or 99)
    async def _(w: World, text: str) -> Any:
        d = await w.call(CourierService(w.db).create(w.boss, **{**FORM, param: text}))
        return await w.stored(column, d.id)


for _param, (_column, _expect) in COURIER_FIELDS.items():
    _courier_case(_param, _column, _expect)


@case("CourierService.create:items", kept(rules.DISPATCH_ITEM, required=True), 60)
async def _(w: World, text: str) -> Any:
    d = await w.call(CourierService(w.db).create(w.boss, **{**FORM, "items": [DispatchItem(text)]}))
    return (await w.stored(CourierDispatch.items, d.id))[0]["name"]


@case("CourierService.hand_over:waybill", lambda text: EMS.check(rules.WAYBILL.clean(text)), 40)
async def _(w: World, text: str) -> Any:
    key = await w.dispatch()
    await w.call(CourierService(w.db).hand_over(w.boss, key, text))
    return await w.stored(CourierDispatch.waybill, key)


@case(
    "CourierService.mark_returned:reason",
    lambda text: check_return_reason(rules.RETURN_REASON.clean(text)),
    100,
)
async def _(w: World, text: str) -> Any:
    key = await w.dispatch(handed_over=True)
    await w.call(CourierService(w.db).mark_returned(w.boss, key, text))
    return await w.stored(CourierDispatch.return_reason, key)


for _param in ("name", "phone_last4", "waybill"):

    @case(f"CourierService.search:{_param}")
    async def _(w: World, text: str, param: str = _param) -> Any:
        await CourierService(w.db).search(w.boss, **{param: text})


# The hall's promises and the desk.


@case("ConsultationService.record:question", kept_or_none(rules.QUESTION), 200)
async def _(w: World, text: str) -> Any:
    record = await w.call(ConsultationService(w.db).record(w.actors["daoban"], question=text))
    return await w.stored(Consultation.question, record.id)


@case("ConsultationService.record:answer", kept_or_none(rules.ANSWER), 500)
async def _(w: World, text: str) -> Any:
    record = await w.call(ConsultationService(w.db).record(w.actors["daoban"], answer=text))
    return await w.stored(Consultation.answer, record.id)


async def _rate(w: World, **kw: Any) -> int:
    key = await w.serving()
    await QueueService(w.db).finish(w.boss, key, outcome=Outcome.COMPLETED)
    return (await w.call(RatingService(w.db).rate(w.hall_id, w.windows[11], key, **kw))).id


@case("RatingService.rate:note", kept_or_none(rules.RATING_NOTE), 200)
async def _(w: World, text: str) -> Any:
    return await w.stored(Rating.note, await _rate(w, level=5, note=text))


@case("RatingService.rate:reason", lambda text: text, 20)
async def _(w: World, text: str) -> Any:
    return await w.stored(Rating.reason, await _rate(w, level=1, reason=text))


@case("ExtendedHoursService.complete:note", kept_or_none(rules.EXTENDED_NOTE), 200)
async def _(w: World, text: str) -> Any:
    await w.call(ExtendedHoursService(w.db).complete(w.boss, w.record_id, reason="其他", note=text))
    return await w.stored(ExtendedService.note, w.record_id)


@case("ExtendedHoursService.complete:reason", lambda text: text, 20)
async def _(w: World, text: str) -> Any:
    await w.call(ExtendedHoursService(w.db).complete(w.boss, w.record_id, reason=text))
    return await w.stored(ExtendedService.reason, w.record_id)


async def _manual(w: World, **kw: Any) -> int:
    values = {"reason": "业务未办结", "items": "办理", **kw}
    record = await w.call(
        ExtendedHoursService(w.db).create_manual(
            w.boss, day=w.past_workday, finished_local=w.closing, **values
        )
    )
    return record.id


@case("ExtendedHoursService.create_manual:items", kept(rules.EXTENDED_ITEMS, required=True), 500)
async def _(w: World, text: str) -> Any:
    return await w.stored(ExtendedService.items_text, await _manual(w, items=text))


@case("ExtendedHoursService.create_manual:note", kept_or_none(rules.EXTENDED_NOTE), 200)
async def _(w: World, text: str) -> Any:
    return await w.stored(ExtendedService.note, await _manual(w, note=text))


@case("ExtendedHoursService.create_manual:reason", lambda text: text, 20)
async def _(w: World, text: str) -> Any:
    return await w.stored(ExtendedService.reason, await _manual(w, reason=text))


@case("ExtendedHoursService.update:note", kept_or_none(rules.EXTENDED_NOTE), 200)
async def _(w: World, text: str) -> Any:
    await w.call(ExtendedHoursService(w.db).update(w.boss, w.record_id, reason="其他", note=text))
    return await w.stored(ExtendedService.note, w.record_id)


@case("ExtendedHoursService.update:items", kept(rules.EXTENDED_ITEMS, required=True), 500)
async def _(w: World, text: str) -> Any:
    await w.call(ExtendedHoursService(w.db).update(w.boss, w.record_id, items=text))
    return await w.stored(ExtendedService.items_text, w.record_id)


@case("ExtendedHoursService.update:reason", lambda text: text, 20)
async def _(w: World, text: str) -> Any:
    await w.call(ExtendedHoursService(w.db).update(w.boss, w.record_id, reason=text, note=""))
    return await w.stored(ExtendedService.reason, w.record_id)


@case("ExtendedHoursService.records:flt")
async def _(w: World, text: str) -> Any:
    await ExtendedHoursService(w.db).records(w.boss, RecordFilter(reason=text))


@case("AuditService.entries:where")
async def _(w: World, text: str) -> Any:
    audit = AuditService(w.db)
    await audit.entries(w.boss, AuditFilter(text=text))
    await audit.entries(w.boss, AuditFilter(group=text))


# Staff, log-in and new halls.


def _password(text: str) -> bool:
    check_password_strength(text)
    return True


def _verified(hashed: str, password: str) -> bool:
    try:
        return PasswordHasher().verify(hashed, password)
    except VerificationError:
        return False


STAFF_FORM = {
    "name": "新同事",
    "staff_number": "3001",
    "roles": {Role.CLERK},
    "password": "abc12345",
}


async def _new_staff(w: World, **kw: Any) -> int:
    values = {**STAFF_FORM, "login": w.unique("u"), **kw}
    return (await w.call(AdminService(w.db).create_staff(w.actors["admin"], **values))).id


@case("AdminService.create_staff:login", kept(rules.LOGIN), 40, allowed=(Refused,))
async def _(w: World, text: str) -> Any:
    return await w.stored(Staff.login, await _new_staff(w, login=text))


@case("AdminService.create_staff:name", kept(rules.STAFF_NAME, required=True), 40)
async def _(w: World, text: str) -> Any:
    return await w.stored(Staff.name, await _new_staff(w, name=text))


@case("AdminService.create_staff:staff_number", kept(rules.STAFF_NUMBER, required=True), 20)
async def _(w: World, text: str) -> Any:
    return await w.stored(Staff.staff_number, await _new_staff(w, staff_number=text))


@case("AdminService.create_staff:password", _password)
async def _(w: World, text: str) -> Any:
    return _verified(await w.stored(Staff.password_hash, await _new_staff(w, password=text)), text)


@case("AdminService.update_staff:name", kept(rules.STAFF_NAME, required=True), 40)
async def _(w: World, text: str) -> Any:
    await w.call(
        AdminService(w.db).update_staff(
            w.actors["admin"], w.staff_id, name=text, staff_number="9999", roles={Role.CLERK}
        )
    )
    return await w.stored(Staff.name, w.staff_id)


@case("AdminService.update_staff:staff_number", kept(rules.STAFF_NUMBER, required=True), 20)
async def _(w: World, text: str) -> Any:
    await w.call(
        AdminService(w.db).update_staff(
            w.actors["admin"], w.staff_id, name="待改人员", staff_number=text, roles={Role.CLERK}
        )
    )
    return await w.stored(Staff.staff_number, w.staff_id)


@case("AdminService.reset_password:password", _password)
async def _(w: World, text: str) -> Any:
    await w.call(AdminService(w.db).reset_password(w.actors["admin"], w.staff_id, text))
    return _verified(await w.stored(Staff.password_hash, w.staff_id), text)


@case("AuthService.hall_id:hall_code", allowed=(AuthenticationFailed,))
async def _(w: World, text: str) -> Any:
    await AuthService(w.db).hall_id(text)


@case("DbAccountService.new_password:role_name", allowed=(NotFound, Refused))
async def _(w: World, text: str) -> Any:
    await DbAccountService(w.db).new_password(w.actors["admin"], text)


@case("AuthService.login:hall_code", allowed=(AuthenticationFailed,))
async def _(w: World, text: str) -> Any:
    await AuthService(w.db).login(text, "pt_edit", "abc12345")


@case("AuthService.login:login", allowed=(AuthenticationFailed,))
async def _(w: World, text: str) -> Any:
    await AuthService(w.db).login(w.hall_code, text, "abc12345")


@case("AuthService.login:password", allowed=(AuthenticationFailed,))
async def _(w: World, text: str) -> Any:
    await AdminService(w.db).unlock(w.actors["admin"], w.staff_id)  # five failures lock it
    await AuthService(w.db).login(w.hall_code, "pt_edit", text)


@case("AuthService.confirm_supervisor:login", allowed=(AuthenticationFailed, PermissionDenied))
async def _(w: World, text: str) -> Any:
    await AuthService(w.db).confirm_supervisor(w.hall_id, text, "abc12345")


@case("AuthService.confirm_supervisor:password", allowed=(AuthenticationFailed, PermissionDenied))
async def _(w: World, text: str) -> Any:
    await AdminService(w.db).unlock(w.actors["admin"], w.staff_id)  # five failures lock it
    await AuthService(w.db).confirm_supervisor(w.hall_id, "pt_edit", text)


NEW_HALL = {
    "name": "测试大厅",
    "admin_login": "admin",
    "admin_name": "管理员",
    "admin_number": "0001",
    "password": "abc12345",
    "timezone": "Asia/Shanghai",
}
NEW_HALL_FIELDS = {
    "code": (Hall.code, kept(rules.NEW_HALL_CODE)),
    "name": (Hall.name, kept(rules.HALL_NAME, required=True)),
    "timezone": (Hall.timezone, kept(rules.TIMEZONE)),
    "admin_login": (Staff.login, kept(rules.ADMIN_LOGIN)),
    "admin_name": (Staff.name, kept(rules.ADMIN_NAME, required=True)),
    "admin_number": (Staff.staff_number, kept(rules.ADMIN_NUMBER, required=True)),
    "password": (Staff.password_hash, _password),
}


def _new_hall_case(param: str, column: Any, expect: Callable[[str], Any]) -> None:
    @case(f"BootstrapService.create_hall:{param}", expect, 100)
    async def _(w: World, text: str) -> Any:
        values = {**NEW_HALL, "code": w.unique("pt-"), param: text}
        made = await w.call(BootstrapService(w.db).create_hall(**values, today=date(2026, 6, 1)))
        key = made.hall_id if column.class_ is Hall else made.admin.staff_id
        stored = await w.stored(column, key)
        return _verified(stored, text) if param == "password" else stored


for _param, (_column, _expect) in NEW_HALL_FIELDS.items():
    _new_hall_case(_param, _column, _expect)


# 区县: a district set up (the command line), a township's share of the catalogue.


async def free_centre(w: World) -> str:
    """The hall of the settings cases, out of any district: the centre of a new one."""
    async with w.db.write() as session:
        hall = await session.get(Hall, w.other_hall.hall_id)
        assert hall is not None
        hall.district_id = None
        return hall.code


@case("DistrictService.create:code", kept(rules.DISTRICT_CODE, required=True), 32)
async def _(w: World, text: str) -> Any:
    made, _ = await w.call(DistrictService(w.db).create(text, "测试区", await free_centre(w)))
    return await w.stored(District.code, made.id)


@case("DistrictService.create:name", kept(rules.DISTRICT_NAME, required=True), 100)
async def _(w: World, text: str) -> Any:
    code = w.unique("pd")
    made, _ = await w.call(DistrictService(w.db).create(code, text, await free_centre(w)))
    return await w.stored(District.name, made.id)


@case("DistrictService.create:centre_code", allowed=(NotFound,))
async def _(w: World, text: str) -> Any:
    await free_centre(w)
    await w.call(DistrictService(w.db).create(w.unique("pd"), "测试区", text))


@case("DistrictService.add_hall:district_code", allowed=(NotFound,))
async def _(w: World, text: str) -> Any:
    await w.call(DistrictService(w.db).add_hall(text, "no-such-hall"))


@case("DistrictService.add_hall:hall_code", allowed=(NotFound,))
async def _(w: World, text: str) -> Any:
    code = w.unique("pd")
    await DistrictService(w.db).create(code, "测试区", await free_centre(w))
    await w.call(DistrictService(w.db).add_hall(code, text))


async def township(w: World) -> tuple[Actor, int]:
    """A district of two halls of its own, and its centre's district administrator."""
    if w.district is None:
        centre, town = await new_hall(w.db, staffed=False), await new_hall(w.db, staffed=False)
        district = DistrictService(w.db)
        code = w.unique("pd")
        await district.create(code, "测试区", centre.hall_code)
        await district.add_hall(code, town.hall_code)
        async with w.db.write() as session:
            row = new_staff(
                centre.hall_id,
                login="quxian",
                name="区县管理员",
                staff_number="0900",
                roles={Role.DISTRICT_ADMIN},
                password_hash="-",
            )
            session.add(row)
            await session.flush()
            boss = Actor(
                row.id, centre.hall_id, row.login, row.name, "0900", parse_roles(row.roles)
            )
        w.district = (boss, town.hall_id)
    return w.district


@case("DistrictService.set_township_items:item_codes")
async def _(w: World, text: str) -> Any:
    boss, town = await township(w)
    await w.call(DistrictService(w.db).set_township_items(boss, town, [text]))


# The hall's settings (in a hall of their own: the carriers change what a dispatch may use).


def _settings_case(param: str) -> None:
    column = getattr(Hall, param)

    @case(
        f"HallSettingsService.update:values.{param}",
        lambda text: check_settings({param: text})[param],
        getattr(column.type, "length", None) or 99,
    )
    async def _(w: World, text: str) -> Any:
        await w.call(HallSettingsService(w.db).update(w.other_hall, **{param: text}))
        return await w.stored(column, w.other_hall.hall_id)


for _param in (
    "name",
    "address",
    "notice",
    "announce_template",
    "carriers",
    "slip_printer",
    "announce_times",
    "recall_limit",
    "courier_cost_cents",
    "sms_template_booked",
    "sms_template_reminder",
    "sms_url",
    "sms_method",
    "sms_headers",
    "sms_body",
    "sms_success",
    "sms_secret",
    "sms_attempts",
    "patrol_checklist",
):
    _settings_case(_param)


# Windows, lines, the calendar.


def _prefix(w: World) -> str:
    n = next(w.numbers) % 676
    return "ABCDEFGHIJKLMNOPQRSTUVWXY"[n // 26] + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26]


@case(
    "WindowsLinesService.create_line:fields.prefix", lambda t: rules.LINE_PREFIX.clean(t).upper(), 2
)
async def _(w: World, text: str) -> Any:
    made = await w.call(WindowsLinesService(w.db).create_line(w.boss, LineFields(text, "新业务")))
    return await w.stored(BusinessLine.prefix, made.id)


@case("WindowsLinesService.create_line:fields.name", kept(rules.LINE_NAME, required=True), 60)
async def _(w: World, text: str) -> Any:
    made = await w.call(WindowsLinesService(w.db).create_line(w.boss, LineFields(_prefix(w), text)))
    return await w.stored(BusinessLine.name, made.id)


@case(
    "BundleAdminService.save:name",
    lambda t: clean_name(rules.BUNDLE_NAME.clean(t)),
    rules.BUNDLE_NAME.max_length,
)
async def _(w: World, text: str) -> Any:
    """一件事: lines A then B; the name trimmed, its inner spaces made one."""
    steps = [StepPlan(w.lines["A"]), StepPlan(w.lines["B"])]
    saved = await w.call(BundleAdminService(w.db).save(w.boss, None, name=text, steps=steps))
    return await w.stored(Bundle.name, saved.id)


@case("WindowsLinesService.edit_line:fields.name", kept(rules.LINE_NAME, required=True), 60)
async def _(w: World, text: str) -> Any:
    await w.call(WindowsLinesService(w.db).edit_line(w.boss, w.line_id, LineFields("ZZ", text)))
    return await w.stored(BusinessLine.name, w.line_id)


@case(
    "WindowsLinesService.edit_line:fields.prefix", lambda t: rules.LINE_PREFIX.clean(t).upper(), 2
)
async def _(w: World, text: str) -> Any:
    await w.call(
        WindowsLinesService(w.db).edit_line(w.boss, w.line_id, LineFields(text, "待改业务"))
    )
    return await w.stored(BusinessLine.prefix, w.line_id)


@case("WindowsLinesService.create_window:fields.name", kept(rules.WINDOW_NAME, required=True), 60)
async def _(w: World, text: str) -> Any:
    number = 100 + next(w.numbers) % 800
    try:
        made = await w.call(
            WindowsLinesService(w.db).create_window(
                w.boss, WindowFields(number, text, active=False)
            )
        )
    except ValidationError as e:
        if e.code == "number_taken":  # the counter went round: not what is tested here
            return rules.WINDOW_NAME.clean(text, required=True)
        raise
    return await w.stored(ServiceWindow.name, made.id)


@case("WindowsLinesService.edit_window:fields.name", kept(rules.WINDOW_NAME, required=True), 60)
async def _(w: World, text: str) -> Any:
    await w.call(
        WindowsLinesService(w.db).edit_window(
            w.boss, w.window_id, WindowFields(900, text, active=False)
        )
    )
    return await w.stored(ServiceWindow.name, w.window_id)


@case("HoursAdminService.set_day:name", kept(rules.DAY_NAME), 40)
async def _(w: World, text: str) -> Any:
    day = date(2099, 1, 5)
    await w.call(HoursAdminService(w.db).set_day(w.boss, day, DayKind.CLOSED, text, None))
    async with w.db.read() as session:
        return await session.scalar(
            select(CalendarDay.name).where(CalendarDay.hall_id == w.hall_id, CalendarDay.day == day)
        )


# The service-item catalogue.

ITEM = {"name": "某事项", "category": "公共服务类", "department": "某局", "promised_days": "5"}
ITEM_FIELDS = {
    "code": (ServiceItem.code, kept(rules.ITEM_CODE, required=True)),
    "name": (ServiceItem.name, kept(rules.ITEM_NAME, required=True)),
    "category": (ServiceItem.category, kept(rules.ITEM_CATEGORY, required=True)),
    "department": (ServiceItem.department, kept(rules.ITEM_DEPARTMENT, required=True)),
    "promised_days": (ServiceItem.promised_days, None),
}


def _item_cases(param: str, column: Any, expect: Callable[[str], Any] | None) -> None:
    length = getattr(column.type, "length", None) or 99

    @case(f"CatalogueAdminService.create_item:{param}", expect, length)
    async def _(w: World, text: str) -> Any:
        values = {"code": w.unique("PT-"), **ITEM, param: text}
        made = await w.call(CatalogueAdminService(w.db).create_item(w.boss, **values))
        return await w.stored(column, made.id)

    @case(f"CatalogueAdminService.update_item:fields.{param}", expect, length)
    async def _(w: World, text: str) -> Any:
        await w.call(CatalogueAdminService(w.db).update_item(w.boss, w.item_id, **{param: text}))
        return await w.stored(column, w.item_id)

    @case(f"CatalogueAdminService.apply:rows.{param}", expect, length, allowed=(Refused,))
    async def _(w: World, text: str) -> Any:
        code = w.unique("PT-")
        values = {"code": code, **ITEM, param: text}
        await w.call(CatalogueAdminService(w.db).apply(w.boss, [RawRow(2, **values)], "目录.xlsx"))
        key = select(ServiceItem.id).where(ServiceItem.hall_id == w.hall_id)
        key = key.where(
            ServiceItem.code == (rules.ITEM_CODE.clean(text) if param == "code" else code)
        )
        return await w.stored(column, key.scalar_subquery())

    @case(f"CatalogueAdminService.preview:rows.{param}")
    async def _(w: World, text: str) -> Any:
        await CatalogueAdminService(w.db).preview(
            w.boss, [RawRow(2, **{"code": "PT-1", **ITEM, param: text})]
        )


for _param, (_column, _expect) in ITEM_FIELDS.items():
    _item_cases(_param, _column, _expect)


@case("CatalogueAdminService.update_item:fields.active")
async def _(w: World, text: str) -> Any:
    await CatalogueAdminService(w.db).update_item(w.boss, w.item_id, active=text)


@case("CatalogueAdminService.apply:file_name", kept(rules.FILE_NAME), 255, (Refused,))
async def _(w: World, text: str) -> Any:
    service = CatalogueAdminService(w.db)
    result = await w.call(service.apply(w.boss, [RawRow(2, w.unique("PT-"), *ITEM.values())], text))
    async with w.db.read() as session:
        return (await session.get(Event, result.event_id)).payload["file_name"]


@case("CatalogueAdminService.list_items:query")
async def _(w: World, text: str) -> Any:
    await CatalogueAdminService(w.db).list_items(w.boss, query=text)


@case("CatalogueAdminService.list_items:category")
async def _(w: World, text: str) -> Any:
    await CatalogueAdminService(w.db).list_items(w.boss, category=text)


# -- the property ----------------------------------------------------------------------------

REFUSED = object()


# 预约服务: every text a booking, a lookup or an import takes is kept as cleaned or
# refused in plain words, never a raw database error (NUL, lone surrogates, 10,000 长).


async def _slot(w: World) -> int:
    """A slot a week after the suite's day with room for every example."""
    if not w.slot_id:
        day = suite_now().date() + timedelta(days=7)
        times = [SlotTimes(time(9, 0), time(12, 0), "上午")]
        (slot,) = await AppointmentService(w.db).set_slots(w.boss, w.lines["A"], day, times, 999)
        w.slot_id = slot.id
    return w.slot_id


def _citizen_id(w: World) -> str:
    """A valid ID number no earlier example has booked with."""
    born = date(1950, 1, 1) + timedelta(days=next(w.numbers))
    return id_number(f"{born:%Y%m%d}")


async def _book(w: World, **kw: Any) -> Any:
    values = {"citizen_name": "张三", "mobile": "13800138000", "id_number": _citizen_id(w), **kw}
    booking = await w.call(AppointmentService(w.db).book(w.boss, slot_id=await _slot(w), **values))
    return await w.stored(Appointment.citizen_name, booking.id)


for _param in ("citizen_name", "id_number", "mobile", "note"):

    @case(f"AppointmentService.book:{_param}", allowed=(Refused,))
    async def _(w: World, text: str, _param: str = _param) -> Any:
        return await _book(w, **{_param: text})


@case("AppointmentService.move:code", allowed=(Refused, NotFound))
async def _(w: World, text: str) -> Any:
    await w.call(AppointmentService(w.db).move(w.boss, text, await _slot(w)))


@case("AppointmentService.cancel:code", allowed=(Refused, NotFound))
async def _(w: World, text: str) -> Any:
    await w.call(AppointmentService(w.db).cancel(w.boss, text))


for _param in ("code", "id_number", "mobile"):

    @case(f"AppointmentService.find:{_param}", allowed=(Refused, NotFound))
    async def _(w: World, text: str, _param: str = _param) -> Any:
        await AppointmentService(w.db).find(w.hall_id, **{_param: text})

    @case(f"AppointmentService.check_in:{_param}", allowed=(Refused, NotFound))
    async def _(w: World, text: str, _param: str = _param) -> Any:
        await w.call(AppointmentService(w.db).check_in(w.boss, **{_param: text}))


def _import_row(w: World, text: str | None) -> dict[str, str]:
    day = suite_now().date() + timedelta(days=7)
    return {
        "ref": w.unique("WY"),
        "name": "李四" if text is None else text,
        "id_number": _citizen_id(w),
        "mobile": "13900139000",
        "line": "综合受理",
        "day": f"{day:%Y-%m-%d}",
        "slot": "09:00",
    }


for _method in ("preview_import", "import_rows"):

    @case(f"AppointmentService.{_method}:file_name", allowed=(Refused,))
    async def _(w: World, text: str, _method: str = _method) -> Any:
        await _slot(w)
        service = AppointmentService(w.db)
        await w.call(getattr(service, _method)(w.boss, text, [_import_row(w, None)]))

    @case(f"AppointmentService.{_method}:rows", allowed=(Refused,))
    async def _(w: World, text: str, _method: str = _method) -> Any:
        await _slot(w)
        service = AppointmentService(w.db)
        await w.call(getattr(service, _method)(w.boss, "网上预约.csv", [_import_row(w, text)]))


@case("AppointmentService.set_slots:slots", allowed=(Refused,))
async def _(w: World, text: str) -> Any:
    day = suite_now().date() + timedelta(days=8)
    times = [SlotTimes(time(14, 0), time(17, 0), text)]
    await w.call(AppointmentService(w.db).set_slots(w.boss, w.lines["B"], day, times, 5))


# The case ledger (台账).


async def _hard_case(w: World, *, sent: bool = False) -> int:
    cases = CaseService(w.db)
    case = await cases.open_hard_case(w.boss, HardCaseForm("诉求", "其他", "窗口"))
    if sent:
        await cases.assign(w.boss, case.row.id, window_id=w.windows[11])
    return case.row.id


async def _bad_case(w: World, *steps: str) -> int:
    """A 差评 of a ticket clerk1 served at window 1, taken through ``steps``."""
    q, clerk = QueueService(w.db), w.actors["clerk1"]
    await q.issue_ticket(w.boss, w.lines["A"])
    ticket = await q.call_next(clerk, w.windows[1])
    assert ticket is not None
    await q.start(clerk, ticket.id)
    await q.finish(clerk, ticket.id, outcome=Outcome.COMPLETED)
    rated = await RatingService(w.db).rate(w.hall_id, w.windows[1], ticket.id, 1, reason="态度")
    assert rated.case_id is not None
    cases = CaseService(w.db)
    if "verify" in steps:
        await cases.verify(w.boss, rated.case_id, verdict="部分属实", callback="回访")
    if "rectify" in steps:
        await cases.rectify(w.boss, rated.case_id, text="整改")
    if "appeal" in steps:
        await cases.appeal(clerk, rated.case_id, ground="误评", evidence="误按")
    return rated.case_id


async def _finding(w: World, *, rectified: bool = False) -> int:
    cases = CaseService(w.db)
    form = FindingForm("环境", "座椅破损", "督查员", suite_now().date(), place="大厅")
    case = await cases.record_finding(w.boss, form)
    if rectified:
        await cases.rectify(w.boss, case.row.id, text="已更换")
    return case.row.id


async def _walk(w: World, **kw: Any) -> Any:
    values: dict[str, Any] = {
        "person": "刘主任",
        "person_role": "申请人",
        "walked_on": suite_now().date(),
        "summary": "体验",
        "problems": (ProblemForm("问题"),),
        **kw,
    }
    return await w.call(CaseService(w.db).record_walkthrough(w.boss, WalkthroughForm(**values)))


_HARD = {
    "request": ("request", kept(rules.CASE_REQUEST, required=True), LedgerCase.title, 200),
    "detail": ("detail", kept(rules.CASE_DETAIL), LedgerCase.detail, 1000),
    "citizen_name": (
        "citizen_name",
        kept_or_none(rules.CASE_CITIZEN_NAME),
        LedgerCase.citizen_name,
        50,
    ),
}
for _param in (
    "request",
    "category",
    "level",
    "citizen_name",
    "citizen_phone",
    "ticket_number",
    "detail",
):
    _keep = _HARD.get(_param)

    @case(
        f"CaseService.open_hard_case:form.{_param}",
        _keep[1] if _keep else None,
        _keep[3] if _keep else 10_000,
    )
    async def _(w: World, text: str, _param: str = _param, _keep: Any = _keep) -> Any:
        values = {"request": "诉求", "category": "其他", "level": "窗口", _param: text}
        opened = await w.call(CaseService(w.db).open_hard_case(w.boss, HardCaseForm(**values)))
        return await w.stored(_keep[2], opened.row.id) if _keep else None


for _param in ("person", "person_role", "summary"):

    @case(
        f"CaseService.record_walkthrough:form.{_param}",
        kept(rules.CASE_TITLE, required=True) if _param == "summary" else None,
        200,
    )
    async def _(w: World, text: str, _param: str = _param) -> Any:
        walk = await _walk(w, **{_param: text})
        return await w.stored(LedgerCase.title, walk.row.id)


for _param in ("text", "department"):

    @case(f"CaseService.record_walkthrough:form.problems.{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        await _walk(w, problems=(ProblemForm(**{"text": "问题", _param: text}),))

    @case(f"CaseService.add_problem:form.{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        walk = await _walk(w)
        cases = CaseService(w.db)
        await w.call(
            cases.add_problem(w.boss, walk.row.id, ProblemForm(**{"text": "问题", _param: text}))
        )


for _param in ("category", "text", "inspector", "place", "department"):

    @case(
        f"CaseService.record_finding:form.{_param}",
        kept(rules.CASE_TITLE, required=True) if _param == "text" else None,
        200,
    )
    async def _(w: World, text: str, _param: str = _param) -> Any:
        values: dict[str, Any] = {
            "category": "环境",
            "text": "座椅破损",
            "inspector": "督查员",
            "found_on": suite_now().date(),
            "place": "大厅",
            _param: text,
        }
        found = await w.call(CaseService(w.db).record_finding(w.boss, FindingForm(**values)))
        return await w.stored(LedgerCase.title, found.row.id)


for _param in ("verdict", "callback", "phone"):

    @case(f"CaseService.verify:{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        case_id = await _bad_case(w)
        values = {"verdict": "属实", "callback": "回访", _param: text}
        await w.call(CaseService(w.db).verify(w.boss, case_id, **values))


for _param in ("text", "by_whom", "mode"):

    @case(f"CaseService.rectify:{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        case_id = await _finding(w)
        await w.call(CaseService(w.db).rectify(w.boss, case_id, **{"text": "已整改", _param: text}))


for _param in ("channel", "response", "text"):

    @case(f"CaseService.answer:{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        case_id = await _bad_case(w, "verify", "rectify")
        values = {"channel": "电话", "response": "满意", _param: text}
        await w.call(CaseService(w.db).answer(w.boss, case_id, **values))


for _param in ("department", "text"):

    @case(f"CaseService.assign:{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        case_id = await _hard_case(w)
        values = {"department": "户政科", _param: text}
        await w.call(CaseService(w.db).assign(w.boss, case_id, **values))


for _param in ("outcome", "text", "reason", "legal_basis", "served_ticket_number"):

    @case(f"CaseService.resolve:{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        case_id = await _hard_case(w, sent=True)
        values = {"outcome": "已办成", "text": "已协调办结", _param: text}
        await w.call(CaseService(w.db).resolve(w.boss, case_id, **values))


@case("CaseService.approve:text")
async def _(w: World, text: str) -> Any:
    case_id = await _finding(w, rectified=True)
    await w.call(CaseService(w.db).approve(w.boss, case_id, text=text))


@case("CaseService.send_back:text")
async def _(w: World, text: str) -> Any:
    case_id = await _finding(w, rectified=True)
    await w.call(CaseService(w.db).send_back(w.boss, case_id, text=text))


for _param in ("ground", "evidence"):

    @case(f"CaseService.appeal:{_param}")
    async def _(w: World, text: str, _param: str = _param) -> Any:
        case_id = await _bad_case(w)
        values = {"ground": "误评", "evidence": "误按", _param: text}
        await w.call(CaseService(w.db).appeal(w.actors["clerk1"], case_id, **values))


@case("CaseService.decide_appeal:text")
async def _(w: World, text: str) -> Any:
    case_id = await _bad_case(w, "appeal")
    await w.call(CaseService(w.db).decide_appeal(w.boss, case_id, upheld=False, text=text))


# 清廉大厅 patrols: window 11 (the boss's), an item of the hall's default checklist.


@case("PatrolService.record:note", kept_or_none(rules.PATROL_NOTE), 200)
async def _(w: World, text: str) -> Any:
    check = PatrolCheckForm(w.windows[11], "在岗", True)
    made = await w.call(PatrolService(w.db).record(w.boss, [check], text))
    return await w.stored(Patrol.note, made.id)


@case(
    "PatrolService.record:checks.note",
    lambda text: rules.PATROL_CHECK_NOTE.optional(text),
    200,
)
async def _(w: World, text: str) -> Any:
    check = PatrolCheckForm(w.windows[11], "桌面整洁", False, text)
    made = await w.call(PatrolService(w.db).record(w.boss, [check]))
    async with w.db.read() as session:
        return await session.scalar(
            select(PatrolCheck.note).where(PatrolCheck.patrol_id == made.id)
        )


@case("PatrolService.record:checks.item")
async def _(w: World, text: str) -> Any:
    check = PatrolCheckForm(w.windows[11], text, True)
    await w.call(PatrolService(w.db).record(w.boss, [check]))


@pytest.mark.parametrize("name", sorted(CASES))
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS)
@example(text="张\x00三")
@example(text="张\ud800三")
@example(text="长" * 10_000)
@example(text="ＡＢ１２ （全角） ３")
@example(text=" \t\u3000\n ")
def test_text_is_kept_as_cleaned_or_refused(world: World, name: str, text: str) -> None:
    test = CASES[name]
    world.half_saved = False
    try:
        expected = test.expect(text) if test.expect is not None else None
    except ValidationError:
        expected = REFUSED
    try:
        stored = world.run(test.run(world, text))
    except ValidationError as e:
        assert e.message and e.field and not world.half_saved, name
        return
    except test.allowed as e:
        assert e.message and not world.half_saved, name
        return
    if test.expect is None:
        return
    assert expected is not REFUSED, f"{name} kept {text!r}, which its rule refuses"
    assert stored == expected, (name, text, stored, expected)
    if isinstance(stored, str):
        assert_clean(stored, test.max_length)


# -- the list is complete ------------------------------------------------------------------

#: Not text a person types: a path from a file dialog (its name is what is imported).
NOT_TYPED = {
    "CatalogueAdminService.read_file:path",
    "CatalogueAdminService.export_xlsx:path",
    "AppointmentService.read_import:path",
}


#: What the program itself made, never text a person typed: the live feed's events, the
#: floor's facts as read from the database, the alert conditions the domain worked out.
PROGRAM_MADE = {
    "FloorService.follow:events",
    "FloorService.follow:floor",
    "FloorService.sync_alerts:conditions",
}


def _takes_text(annotation: Any) -> bool:
    args = typing.get_args(annotation)
    if args:
        return any(_takes_text(a) for a in args)
    if annotation is str:
        return True
    if dataclasses.is_dataclass(annotation) and annotation is not Actor:
        hints = typing.get_type_hints(annotation)
        return any(_takes_text(hints[f.name]) for f in dataclasses.fields(annotation))
    return False


def text_parameters() -> set[str]:
    found = set()
    for module_info in pkgutil.iter_modules(hall_desktop.services.__path__):
        module = importlib.import_module(f"hall_desktop.services.{module_info.name}")
        for class_name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            if class_name.startswith("_"):
                continue  # a module's own helper (statistics' _Queries), not a service
            for method, function in vars(cls).items():
                if method.startswith("_") or not inspect.iscoroutinefunction(function):
                    continue
                if function.__name__ != method:  # an alias (search = list_items)
                    continue
                hints = typing.get_type_hints(function)
                for p in inspect.signature(function).parameters.values():
                    if p.name == "self":
                        continue
                    if p.name in hints and hints[p.name] is Actor:
                        continue
                    if p.kind is p.VAR_KEYWORD or _takes_text(hints.get(p.name, Any)):
                        found.add(f"{class_name}.{method}:{p.name}")
    return found


def test_every_text_parameter_has_a_case():
    covered = {f"{method}:{param.split('.')[0]}" for method, param in (n.split(":") for n in CASES)}
    missing = text_parameters() - covered - NOT_TYPED - PROGRAM_MADE
    assert not missing, f"text parameters no case feeds: {sorted(missing)}"
