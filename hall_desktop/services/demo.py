"""The demo hall's database: created, upgraded and seeded when it is not there yet."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, time, timedelta

from sqlalchemy import create_engine, select

from hall_desktop.config import Settings
from hall_desktop.domain.clock import Clock
from hall_desktop.domain.errors import HallError, Refused
from hall_desktop.domain.hours import DayHours, DayKind, HallSchedule, service_day
from hall_desktop.services.actor import Actor, parse_roles
from hall_desktop.services.appointments import AppointmentService, SlotInfo
from hall_desktop.services.cases import (
    CaseService,
    FindingForm,
    HardCaseForm,
    ProblemForm,
    WalkthroughForm,
)
from hall_desktop.services.hours_admin import HoursAdminService
from hall_desktop.services.schedule import hall_zone, load_schedule
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.store.models import BusinessLine, ServiceWindow, Staff
from hall_desktop.store.privacy import ENGINE_OPTIONS
from hall_desktop.store.seed import DEMO_STAFF, seed_demo
from hall_desktop.store.synthetic import write_history

log = logging.getLogger(__name__)

#: The demo staff's passwords, by login (the demo logs its screens in with them).
DEMO_PASSWORDS = {login: password for login, _n, _s, _r, password in DEMO_STAFF}


async def prepare_demo_database(
    settings: Settings, clock: Clock | None = None, *, history: bool = False
) -> None:
    """Create or upgrade the database and seed the demo hall if it is not there yet;
    with ``history``, a new demo hall gets its past months too (:func:`seed_demo_history`)."""
    url = parse_db_url(settings.db_url)
    await asyncio.to_thread(schema.upgrade, url)
    db = Database(url, clock=clock)
    try:
        report = await seed_demo(db, hall_code=settings.hall_code)
        log.info("demo hall %s created", report.hall_code)
        await seed_demo_appointments(db, report.hall_id)
        await seed_demo_cases(db, report.hall_id)
        if history:
            written = await seed_demo_history(db, report.hall_id)
            log.info("demo hall history written: %s", written)
    except Refused as e:
        if e.code != "exists":
            raise
    finally:
        await db.dispose()


#: Numbers a day in the demo hall's made-up past.
DEMO_HISTORY_PER_DAY = 100


def history_days(schedule: HallSchedule, today: date) -> list[date]:
    """The demo history's days: the hall's working days from the start of the last
    whole half-year (1 January from July on, else 1 July of the year before) up to
    yesterday, so that 上半年 (or 下半年), 本年, 上月 … have figures."""
    first = date(today.year, 1, 1) if today.month > 6 else date(today.year - 1, 7, 1)
    return [
        first + timedelta(days=n)
        for n in range((today - first).days)
        if schedule.is_working_day(first + timedelta(days=n))
    ]


async def seed_demo_history(
    db: Database, hall_id: int, *, per_day: int = DEMO_HISTORY_PER_DAY
) -> dict[str, int]:
    """The demo hall's past months, written in bulk (:mod:`hall_desktop.store.synthetic`);
    the rows written per table."""
    async with db.read() as session:
        schedule = await load_schedule(session, hall_id)
        today = service_day(await db.now(session), await hall_zone(session, hall_id))
    days = history_days(schedule, today)
    if not days:
        return {}

    def write() -> dict[str, int]:
        engine = create_engine(sync_url(db.url), **ENGINE_OPTIONS)
        try:
            with engine.begin() as conn:
                return write_history(conn, hall_id, days, per_day, seed=today.toordinal())[1]
        finally:
            engine.dispose()

    return await asyncio.to_thread(write)


#: The demo's bookings: name, mobile, ID number (well-formed, made up).
_DEMO_CITIZENS = (
    ("陈明", "13800138001", "110101195503071231"),
    ("刘芳", "13800138002", "110101198206152346"),
    ("杨伟", "13800138003", "110101199001011237"),
    ("周静", "13800138004", "110101197712120019"),
    ("吴磊", "13800138005", "11010119880808001X"),
    ("郑丽", "13800138006", "110101196402290026"),
)


async def _demo_staff(db: Database, hall_id: int) -> dict[str, Actor]:
    async with db.read() as session:
        return {
            s.login: Actor(s.id, hall_id, s.login, s.name, s.staff_number, parse_roles(s.roles))
            for s in await session.scalars(select(Staff).where(Staff.hall_id == hall_id))
        }


async def seed_demo_cases(db: Database, hall_id: int) -> None:
    """台账 in the demo hall: a 走流程 with two problems (one put right, waiting for
    approval), a 督查 finding to put right, and a 办不成事 sent to window 3."""
    staff = await _demo_staff(db, hall_id)
    boss, clerk = staff["zhuren"], staff["clerk3"]
    async with db.read() as session:
        today = service_day(await db.now(session), await hall_zone(session, hall_id))
        window3 = await session.scalar(
            select(ServiceWindow.id).where(
                ServiceWindow.hall_id == hall_id, ServiceWindow.number == 3
            )
        )
    cases = CaseService(db)
    try:
        walk = await cases.record_walkthrough(
            boss,
            WalkthroughForm(
                person="区政府办 刘主任",
                person_role="申请人",
                walked_on=today,
                summary="以申请人身份体验企业开办全流程",
                problems=(
                    ProblemForm("网上材料清单与窗口要求不一致", owner_id=clerk.staff_id),
                    ProblemForm("等候区叫号屏字小，老年人看不清", department="中心办公室"),
                ),
            ),
        )
        await cases.rectify(clerk, walk.children[0].id, text="已统一线上线下材料清单")
        await cases.record_finding(
            boss,
            FindingForm(
                category="服务规范",
                text="窗口工作人员未佩戴工作牌",
                inspector="督查室 陈科长",
                found_on=today,
                window_id=window3,
                clerk_id=clerk.staff_id,
                owner_id=clerk.staff_id,
            ),
        )
        hard = await cases.open_hard_case(
            staff["daoban"],
            HardCaseForm(
                request="外省社保转入需原参保地证明，群众多次往返未办成",
                category="跨部门",
                level="部门",
                citizen_name="孙强",
                citizen_phone="13800138009",
            ),
        )
        await cases.assign(boss, hard.row.id, window_id=window3, department="人社局社保科")
    except HallError as e:  # a demo without cases still runs
        log.warning("demo cases not seeded: %s", e)


async def seed_demo_appointments(db: Database, hall_id: int) -> None:
    """预约 in the demo hall: 上午/下午 sessions on the next working days for 综合受理
    and 不动产登记, the next holiday opened for booked citizens only (节假日预约服务)
    with half-hour slots, and a few bookings, some of them today's."""
    staff = await _demo_staff(db, hall_id)
    async with db.read() as session:
        lines = {
            prefix: line_id
            for prefix, line_id in await session.execute(
                select(BusinessLine.prefix, BusinessLine.id).where(BusinessLine.hall_id == hall_id)
            )
        }
        today = service_day(await db.now(session), await hall_zone(session, hall_id))
        schedule = await load_schedule(session, hall_id)
    admin, guide = staff["admin"], staff["daoban"]
    appts = AppointmentService(db)
    working = [
        d
        for d in (today + timedelta(days=n) for n in range(10))
        if schedule.hours_on(d) is not None and not schedule.appointments_only(d)
    ][:5]
    holiday = next(
        (
            d
            for d in (today + timedelta(days=n) for n in range(1, 120))
            if (entry := schedule.entry_on(d)) is not None and entry.kind is DayKind.HOLIDAY
        ),
        None,
    ) or next(d for d in (today + timedelta(days=n) for n in range(1, 8)) if d.weekday() == 6)
    citizens = iter(_DEMO_CITIZENS)
    try:
        await HoursAdminService(db).set_day(
            admin,
            holiday,
            DayKind.OPEN_HOLIDAY,
            "节假日预约服务",
            DayHours(time(9, 0), time(12, 0)),
            appointments_only=True,
        )
        held = await appts.derive_slots(admin, lines["A"], holiday, minutes=30, capacity=4)
        for day in working:
            for prefix in ("A", "B"):
                await appts.derive_slots(admin, lines[prefix], day, minutes=None, capacity=10)
        now = await appts.slots(hall_id, lines["A"], today)
        wanted: list[SlotInfo] = [*held[:2], *held[:1]]
        if working:
            wanted += (await appts.slots(hall_id, lines["B"], working[-1]))[:1]
        if working and working[0] == today:
            wanted += now[-1:] * 2  # this afternoon's: the desk can check them in
        for slot in wanted:
            name, mobile, number = next(citizens)
            await appts.book(
                guide, slot_id=slot.id, citizen_name=name, mobile=mobile, id_number=number
            )
    except HallError as e:  # a demo without appointments still runs
        log.warning("demo appointments not seeded: %s", e)


#: The kinds of PC the demo opens a screen of (store.pg_roles).
DEMO_KINDS = ("display", "desk", "clerk", "terminal")


async def open_role_databases(
    settings: Settings, clock: Clock | None, terminal_window: int
) -> dict[str, Database]:
    """``demo --pg-roles``: the demo hall's database accounts, made (or given new
    passwords) now, and a database on each kind's account; the terminal's is that of
    ``terminal_window``."""
    from hall_desktop.store import pg_roles

    url = parse_db_url(settings.db_url)
    made = await asyncio.to_thread(
        pg_roles.set_up_hall, url, settings.hall_code, new_passwords=True
    )
    accounts = {
        role.kind if role.window_number is None else f"terminal{role.window_number}": (
            role.name,
            password,
        )
        for role, password in made
    }
    databases: dict[str, Database] = {}
    for kind in DEMO_KINDS:
        name, password = accounts[f"terminal{terminal_window}" if kind == "terminal" else kind]
        databases[kind] = Database(
            url.set(username=name, password=password),
            application_name=f"hall-desktop-demo-{kind}",
            clock=clock,
        )
    return databases
