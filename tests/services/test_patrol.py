"""清廉大厅 patrols on both backends: the checklist from the hall's settings, a patrol's
"not met" checks becoming 督查 findings in the ledger, the event, the refusals (nothing
half-saved) and a day's patrols for the monitor."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from hall_desktop.domain.cases import CaseKind, CaseStatus
from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.services.cases import CaseFilter, CaseService
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.patrol import PatrolCheckForm, PatrolService
from hall_desktop.store.database import Database
from hall_desktop.store.models import Event, LedgerCase, Patrol, PatrolCheck, ServiceWindow
from tests.conftest import load_actors, new_hall
from tests.dates import HALL_ZONE
from tests.helpers import window_ids

DEFAULT_ITEMS = ("在岗", "着装规范", "亮牌服务", "文明用语", "桌面整洁")


async def counts(db: Database) -> tuple[int, ...]:
    """Patrols, checks, cases and events in the whole database: nothing half-saved."""
    async with db.read() as session:
        return tuple(
            [
                await session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Patrol, PatrolCheck, LedgerCase, Event)
            ]
        )


def all_met(window_id: int, items: tuple[str, ...] = DEFAULT_ITEMS) -> list[PatrolCheckForm]:
    return [PatrolCheckForm(window_id, item, True) for item in items]


async def test_the_checklist_is_the_halls(db, hall, actors):
    service = PatrolService(db)
    assert await service.checklist(hall.hall_id) == DEFAULT_ITEMS
    await HallSettingsService(db).update(actors["zhuren"], patrol_checklist="在岗\n着装规范；亮牌")
    assert await service.checklist(hall.hall_id) == ("在岗", "着装规范", "亮牌")


async def test_two_not_met_become_two_findings_in_the_ledger(db, hall, actors, clock):
    service = PatrolService(db)
    windows = await window_ids(db, hall.hall_id)
    boss = actors["zhuren"]
    checks = [
        *all_met(windows[1]),
        PatrolCheckForm(windows[3], "在岗", False, "  离开窗口十分钟 "),
        PatrolCheckForm(windows[3], "着装规范", True),
        PatrolCheckForm(windows[5], "着装规范", False, "未穿工装"),
        PatrolCheckForm(windows[5], "桌面整洁", True, "良好"),
    ]
    record = await service.record(boss, checks, "上午定时巡查")
    assert record.by_name == boss.name and record.note == "上午定时巡查"
    assert record.window_numbers == (1, 3, 5) and len(record.checks) == 9
    assert [(c.window_number, c.item) for c in record.not_met] == [(3, "在岗"), (5, "着装规范")]
    assert record.not_met[0].note == "离开窗口十分钟"
    assert record.not_met[0].clerk_name == actors["clerk3"].name
    assert record.not_met[1].clerk_name == actors["clerk5"].name
    assert all(c.case_id is None for c in record.checks if c.met)
    assert len(record.case_codes) == 2 and all(code.startswith("TZ") for code in record.case_codes)

    # The ledger lists them as 督查 findings about the window and its clerk.
    cases = CaseService(db)
    found = await cases.cases(boss, CaseFilter(kind=CaseKind.FINDING))
    by_id = {row.id: row for row in found}
    absent = by_id[record.not_met[0].case_id]
    dress = by_id[record.not_met[1].case_id]
    assert len(found) == 2
    assert (absent.window_number, absent.clerk_name, absent.category) == (
        3,
        actors["clerk3"].name,
        "离岗",
    )
    assert absent.title == "3号窗口：在岗 不达标（离开窗口十分钟）"
    assert (dress.window_number, dress.clerk_name, dress.category) == (
        5,
        actors["clerk5"].name,
        "服务规范",
    )
    assert dress.status is CaseStatus.TO_RECTIFY and dress.code == record.not_met[1].case_code
    detail = await cases.case(boss, dress.id)
    assert detail.person == boss.name  # the supervisor is the inspector
    assert detail.happened_on == service_day(clock.now(), HALL_ZONE)
    # The clerk concerned sees theirs among their own open cases.
    mine = await cases.my_open_cases(actors["clerk5"])
    assert [row.id for row in mine] == [dress.id]

    async with db.read() as session:
        events = list(
            await session.scalars(
                select(Event).where(
                    Event.hall_id == hall.hall_id, Event.kind == EventKind.PATROL_RECORDED.value
                )
            )
        )
        opened = await session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.hall_id == hall.hall_id, Event.kind == EventKind.CASE_OPENED.value)
        )
    assert len(events) == 1 and events[0].actor_id == boss.staff_id
    payload = events[0].payload
    assert (payload["windows_checked"], payload["checks"], payload["not_met"]) == (3, 9, 2)
    assert sorted(payload["case_ids"]) == sorted(c.case_id for c in record.not_met)
    assert opened == 2


async def test_all_met_opens_no_case(db, hall, actors):
    windows = await window_ids(db, hall.hall_id)
    before = await counts(db)
    record = await PatrolService(db).record(actors["admin"], all_met(windows[2]), None)
    assert not record.not_met and record.note is None
    after = await counts(db)
    assert after[0] == before[0] + 1 and after[1] == before[1] + 5
    assert after[2] == before[2]  # no case
    assert after[3] == before[3] + 1  # the one event


async def test_a_days_patrols_for_the_monitor(db, hall, actors, clock):
    service = PatrolService(db)
    windows = await window_ids(db, hall.hall_id)
    boss = actors["zhuren"]
    first = await service.record(boss, [PatrolCheckForm(windows[4], "亮牌服务", False)], "一")
    clock.advance(timedelta(minutes=1))
    second = await service.record(boss, all_met(windows[6]), "二")
    today = service_day(clock.now(), HALL_ZONE)
    day = await service.patrols_of_day(boss, today)
    assert [p.id for p in day] == [first.id, second.id]
    assert day[0] == first and day[0].case_codes == first.case_codes
    assert day[0].checks[0].window_number == 4 and not day[0].checks[0].met
    assert await service.patrols_of_day(boss, today - timedelta(days=1)) == []
    with pytest.raises(PermissionDenied):
        await service.patrols_of_day(actors["clerk1"], today)


async def test_another_halls_patrols_are_not_seen(db, hall, actors, clock):
    windows = await window_ids(db, hall.hall_id)
    await PatrolService(db).record(actors["zhuren"], all_met(windows[1]))
    other = await new_hall(db, staffed=False)
    boss = (await load_actors(db, other.hall_id))["zhuren"]
    today = service_day(clock.now(), HALL_ZONE)
    assert await PatrolService(db).patrols_of_day(boss, today) == []


async def _inactive_window(db: Database, window_id: int) -> None:
    async with db.write() as session:
        await session.execute(
            update(ServiceWindow).where(ServiceWindow.id == window_id).values(active=False)
        )


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("none", "没有任何检查项"),
        ("other_hall", "不属于本大厅"),
        ("inactive", "12号窗口未启用"),
        ("not_on_list", "“微笑服务”不在本大厅的巡查项目中"),
        ("twice", "3号窗口的“着装规范”检查了两次"),
        ("long_note", "检查备注过长"),
    ],
)
async def test_refusals_save_nothing(db, hall, actors, case, words):
    windows = await window_ids(db, hall.hall_id)
    checks: list[PatrolCheckForm] = [
        PatrolCheckForm(windows[3], "着装规范", False, "未穿工装"),  # would open a case
    ]
    if case == "none":
        checks = []
    elif case == "other_hall":
        other = await new_hall(db, staffed=False)
        checks.append(PatrolCheckForm((await window_ids(db, other.hall_id))[1], "在岗", True))
    elif case == "inactive":
        await _inactive_window(db, windows[12])
        checks.append(PatrolCheckForm(windows[12], "在岗", False))
    elif case == "not_on_list":
        checks.append(PatrolCheckForm(windows[4], "微笑服务", True))
    elif case == "twice":
        checks.append(PatrolCheckForm(windows[3], "着装规范", True))
    elif case == "long_note":
        checks.append(PatrolCheckForm(windows[4], "在岗", False, "长" * 201))
    before = await counts(db)
    with pytest.raises(ValidationError) as e:
        await PatrolService(db).record(actors["zhuren"], checks, "巡查")
    assert words in e.value.message
    assert await counts(db) == before


async def test_only_supervisors_and_administrators_patrol(db, hall, actors):
    windows = await window_ids(db, hall.hall_id)
    before = await counts(db)
    for login in ("clerk1", "daoban"):
        with pytest.raises(PermissionDenied) as e:
            await PatrolService(db).record(actors[login], all_met(windows[1]))
        assert "登记巡查" in e.value.message
    assert await counts(db) == before


async def test_a_changed_checklist_refuses_an_old_item(db, hall, actors):
    windows = await window_ids(db, hall.hall_id)
    await HallSettingsService(db).update(actors["admin"], patrol_checklist="在岗;仪容仪表")
    checks: list[Any] = [PatrolCheckForm(windows[1], "仪容仪表", False)]
    record = await PatrolService(db).record(actors["zhuren"], checks)
    assert record.not_met[0].item == "仪容仪表"
    with pytest.raises(ValidationError):
        await PatrolService(db).record(actors["zhuren"], all_met(windows[1]))
