"""Seed data: a believable demo hall drawn from a district government service centre."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from hall_desktop.domain.errors import Refused
from hall_desktop.domain.hours import UnknownCalendarYear, YearSource, default_calendar
from hall_desktop.paths import db_dir
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    Bundle,
    BundleStep,
    BusinessLine,
    CalendarDay,
    CalendarYear,
    Hall,
    OpeningHours,
    ServiceItem,
    ServiceWindow,
    Staff,
    WindowLine,
)

# prefix, name, daily limit, default service minutes
DEMO_LINES = [
    ("A", "综合受理", None, 8),
    ("G", "工程建设项目审批", 80, 20),
    ("B", "不动产登记", 150, 15),
    ("Q", "企业开办", None, 12),
    ("S", "社保医保", None, 6),
    ("T", "税务", None, 8),
    ("X", "办不成事反映", None, 15),
]
# number, name, kind, line prefixes in rank order
DEMO_WINDOWS = [
    (1, "综合受理窗口", "comprehensive", "AQS"),
    (2, "综合受理窗口", "comprehensive", "AQS"),
    (3, "综合受理窗口", "comprehensive", "ASQ"),
    (4, "工改综合窗口", "dedicated", "GA"),
    (5, "不动产登记窗口", "dedicated", "BA"),
    (6, "不动产登记窗口", "dedicated", "BA"),
    (7, "企业开办专区", "dedicated", "QA"),
    (8, "社保医保窗口", "dedicated", "SA"),
    (9, "社保医保窗口", "dedicated", "SA"),
    (10, "税务窗口", "dedicated", "TA"),
    (11, "办不成事反映窗口", "hard_case", "X"),
    (12, "免费邮政速递窗口", "courier", "A"),
]
# login, name, staff number, roles, password
DEMO_STAFF = [
    ("admin", "系统管理员", "0001", "admin", "admin2026"),
    ("zhuren", "王主任", "0002", "supervisor", "zhuren2026"),
    ("daoban", "李导办", "1001", "guide", "daoban2026"),
    ("daoban2", "赵导办", "1002", "guide", "daoban2026"),
    *[
        (f"clerk{i}", name, f"20{i:02d}", "clerk", "clerk2026")
        for i, name in enumerate(
            ["张敏", "陈静", "刘洋", "杨帆", "黄磊", "周婷", "吴强", "徐丽", "孙浩", "马琳"],
            start=1,
        )
    ],
    # The number machine's device account (自助取号机): it may only take numbers.
    ("kiosk1", "自助取号机1", "9001", "kiosk", "kiosk2026"),
]
# 一件事一次办: name, then (line prefix, item codes) per step. Over three windows in the
# demo: 企业开办 at 7 (or a 综窗 1–3), 税务 at 10, 社保医保 at 8/9 (or a 综窗).
DEMO_BUNDLES = [
    (
        "开办餐饮店",
        [
            ("Q", ("XK-SCJG-004", "XK-SCJG-005")),  # 营业执照, 食品经营许可
            ("T", ("SW-001",)),  # 税务登记与发票
            ("S", ("YB-001",)),  # 员工参保
        ],
    ),
]
WEEKDAY_HOURS = (time(9, 0), time(17, 30), time(12, 0), time(13, 30))


@dataclass
class SeedReport:
    hall_id: int
    hall_code: str
    lines: int
    windows: int
    items: int
    calendar_years: list[int]  # years whose holidays were written
    unconfirmed_calendar_years: list[int]  # of those, computed: 待确认 by an administrator
    missing_calendar_years: list[int]  # years no source knows: to enter by hand
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # login, roles, password


@dataclass(frozen=True)
class SeededCalendar:
    years: list[int]
    unconfirmed: list[int]
    missing: list[int]


def read_service_items() -> list[dict[str, str]]:
    with (db_dir() / "seed" / "service_items.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def add_hours_and_calendar(session: Any, hall_id: int, today: date) -> SeededCalendar:
    """Weekday hours (Mon–Fri, with lunch) and the holiday calendar for this year and
    next: what every new hall starts with.

    A year ``chinesecalendar`` knows is imported from it; a later one is pre-filled with
    the statutory holidays the ``holidays`` package computes, marked computed (待确认)
    until an administrator confirms it and enters the make-up workdays (调休). The hall
    is new in this transaction, so no other PC can be writing its calendar.
    """
    opens, closes, lunch_start, lunch_end = WEEKDAY_HOURS
    session.add_all(
        OpeningHours(
            hall_id=hall_id,
            weekday=d,
            opens=opens,
            closes=closes,
            lunch_start=lunch_start,
            lunch_end=lunch_end,
        )
        for d in range(5)
    )
    seeded = SeededCalendar([], [], [])
    for year in (today.year, today.year + 1):
        try:
            source, entries = default_calendar(year)
        except UnknownCalendarYear:
            seeded.missing.append(year)
            continue
        seeded.years.append(year)
        if source is YearSource.COMPUTED:
            seeded.unconfirmed.append(year)
        session.add(CalendarYear(hall_id=hall_id, year=year, source=source.value))
        session.add_all(
            CalendarDay(hall_id=hall_id, day=e.day, kind=e.kind.value, name=e.name) for e in entries
        )
    return seeded


async def add_bundles(session: Any, hall_id: int, line_ids: dict[str, int]) -> None:
    """The demo's 一件事 (:data:`DEMO_BUNDLES`), after its lines and items."""
    rows = await session.execute(
        select(ServiceItem.code, ServiceItem.id).where(ServiceItem.hall_id == hall_id)
    )
    item_ids = {code: item_id for code, item_id in rows}
    for order, (name, steps) in enumerate(DEMO_BUNDLES):
        bundle = Bundle(hall_id=hall_id, name=name, active=True, sort_order=order)
        session.add(bundle)
        await session.flush()
        session.add_all(
            BundleStep(
                bundle_id=bundle.id,
                position=position,
                line_id=line_ids[prefix],
                item_ids=[item_ids[c] for c in codes],
            )
            for position, (prefix, codes) in enumerate(steps, start=1)
        )


async def seed_demo(
    db: Database,
    *,
    hall_code: str = "demo",
    hall_name: str = "示范区政务服务中心",
    enforce_hours: bool = False,
    hash_password: Callable[[str], str] | None = None,
    today: date | None = None,
) -> SeedReport:
    """Create the demo hall in one transaction; refuse if the hall code exists.

    ``enforce_hours`` is off by default so the demo works at any hour; a real hall
    keeps it on. The calendar covers this year and next (see
    :func:`add_hours_and_calendar`); the report names the years still to confirm.
    """
    if hash_password is None:
        from hall_desktop.domain.passwords import hash_password as default_hash

        hash_password = default_hash
    hashes = {pw: hash_password(pw) for pw in {s[4] for s in DEMO_STAFF}}
    async with db.write() as session:
        if await session.scalar(select(Hall.id).where(Hall.code == hall_code)) is not None:
            raise Refused(f"大厅“{hall_code}”已经存在，无需重复初始化", code="exists")
        now = await db.now(session)
        today = today or now.astimezone(ZoneInfo("Asia/Shanghai")).date()
        hall = Hall(
            code=hall_code,
            name=hall_name,
            timezone="Asia/Shanghai",
            enforce_hours=enforce_hours,
            created_at=now,
        )
        session.add(hall)
        await session.flush()
        lines = {}
        for order, (prefix, name, limit, minutes) in enumerate(DEMO_LINES):
            line = BusinessLine(
                hall_id=hall.id,
                prefix=prefix,
                name=name,
                daily_limit=limit,
                first_number=1,
                default_service_minutes=minutes,
                active=True,
                sort_order=order,
            )
            session.add(line)
            lines[prefix] = line
        staff = [
            Staff(
                hall_id=hall.id,
                login=login,
                name=name,
                staff_number=number,
                roles=roles,
                password_hash=hashes[pw],
                active=True,
                failed_logins=0,
            )
            for login, name, number, roles, pw in DEMO_STAFF
        ]
        session.add_all(staff)
        windows = [
            ServiceWindow(
                hall_id=hall.id, number=n, name=name, kind=kind, active=True, paused=False
            )
            for n, name, kind, _ in DEMO_WINDOWS
        ]
        session.add_all(windows)
        await session.flush()
        session.add_all(
            WindowLine(window_id=w.id, line_id=lines[p].id, rank=rank)
            for w, (_, _, _, prefixes) in zip(windows, DEMO_WINDOWS, strict=True)
            for rank, p in enumerate(prefixes, start=1)
        )
        items = read_service_items()
        await session.execute(
            insert(ServiceItem),
            [
                {
                    "hall_id": hall.id,
                    "code": r["code"],
                    "name": r["name"],
                    "category": r["category"],
                    "department": r["department"],
                    "promised_days": int(r["promised_days"]),
                    "active": True,
                }
                for r in items
            ],
        )
        await add_bundles(session, hall.id, {p: line.id for p, line in lines.items()})
        calendar = add_hours_and_calendar(session, hall.id, today)
        await session.flush()
        return SeedReport(
            hall_id=hall.id,
            hall_code=hall_code,
            lines=len(lines),
            windows=len(windows),
            items=len(items),
            calendar_years=calendar.years,
            unconfirmed_calendar_years=calendar.unconfirmed,
            missing_calendar_years=calendar.missing,
            logins=[(s[0], s[3], s[4]) for s in DEMO_STAFF],
        )
