"""区县: a district administrator sees every hall side by side and sets the townships'
share of the centre's catalogue; each hall's staff see only their hall. Both backends."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hall_desktop.cli import main
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.text import natural_key
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.actor import Actor, Role, new_staff
from hall_desktop.services.audit import AuditFilter, AuditService
from hall_desktop.services.cases import CaseService
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.services.demo import seed_demo_cases, seed_demo_history
from hall_desktop.services.district import DistrictService, HallFigures
from hall_desktop.services.queue import QueueService
from hall_desktop.services.statistics import StatisticsService
from hall_desktop.store.database import Database
from hall_desktop.store.models import District, Event, Hall, ServiceItem
from tests.conftest import fast_hash, load_actors, new_hall
from tests.helpers import line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")
MONTH = (date(2026, 11, 1), date(2026, 11, 30))


@dataclass
class Town:
    db: Database
    district: DistrictService
    code: str
    centre: int
    townships: list[int]
    boss: Actor  # the centre's district administrator
    actors: dict[int, dict[str, Actor]]  # each hall's demo staff
    codes: dict[int, str]  # each hall's code


async def add_staff(db: Database, hall_id: int, login: str, *roles: Role) -> Actor:
    async with db.write() as session:
        row = new_staff(
            hall_id,
            login=login,
            name="区县管理员",
            staff_number="0900",
            roles=frozenset(roles),
            password_hash=fast_hash("quxian2026"),
        )
        session.add(row)
        await session.flush()
        return Actor(row.id, hall_id, login, row.name, row.staff_number, frozenset(roles))


async def make_town(db: Database, townships: int = 2, *, history: bool = False) -> Town:
    halls = [await new_hall(db, staffed=False) for _ in range(townships + 1)]
    if history:  # a different volume in each hall
        for n, hall in enumerate(halls):
            await seed_demo_history(db, hall.hall_id, per_day=3 + n)
    service = DistrictService(db)
    code = f"d{uuid.uuid4().hex[:8]}"
    await service.create(code, "示例区", halls[0].hall_code)
    for hall in halls[1:]:
        await service.add_hall(code, hall.hall_code)
    ids = [h.hall_id for h in halls]
    boss = await add_staff(db, ids[0], f"quxian_{code}", Role.DISTRICT_ADMIN)
    actors = {i: await load_actors(db, i) for i in ids}
    codes = {h.hall_id: h.hall_code for h in halls}
    # The district lists its townships by code, as people number them (t9 before t10).
    townships = sorted(ids[1:], key=lambda i: natural_key(codes[i]))
    return Town(db, service, code, ids[0], townships, boss, actors, codes)


@pytest.fixture
async def town(db, clock) -> Town:
    clock.set_local(date(2026, 12, 7), time(10), ZONE)  # a Monday, November behind it
    return await make_town(db)


# -- setting up -------------------------------------------------------------------------


async def test_create_and_add_hall_are_idempotent_and_refuse_a_second_district(db, town):
    info, changed = await town.district.create(
        town.code, "示例区", "  " + await _code(db, town.centre)
    )
    assert not changed and info.centre is not None and info.centre.id == town.centre
    assert [h.id for h in info.townships] == town.townships
    _, changed = await town.district.add_hall(town.code, await _code(db, town.townships[0]))
    assert not changed
    info, changed = await town.district.create(
        town.code, "示例区（新）", await _code(db, town.centre)
    )
    assert changed and info.name == "示例区（新）"
    other = f"x{uuid.uuid4().hex[:8]}"
    with pytest.raises(Refused, match="已属于区县"):
        await town.district.create(other, "别的区", await _code(db, town.townships[0]))
    with pytest.raises(NotFound, match="找不到代码为"):
        await town.district.add_hall(town.code, "no-such-hall")
    with pytest.raises(NotFound, match="找不到区县"):
        await town.district.add_hall("no-such-district", await _code(db, town.centre))
    with pytest.raises(ValidationError):
        await town.district.create("", "空", await _code(db, town.centre))
    async with db.read() as session:
        joined = await session.scalar(
            select(func.count())
            .select_from(Event)
            .where(
                Event.hall_id.in_([town.centre, *town.townships]),
                Event.kind == EventKind.HALL_DISTRICT_SET.value,
            )
        )
        assert joined == 3  # once per hall, not again on the repeated calls
        assert await session.scalar(select(District.id).where(District.code == other)) is None


async def _code(db: Database, hall_id: int) -> str:
    async with db.read() as session:
        return str(await session.scalar(select(Hall.code).where(Hall.id == hall_id)))


# -- statistics -------------------------------------------------------------------------


async def test_the_district_total_is_the_sum_of_its_halls(db, clock):
    clock.set_local(date(2026, 12, 7), time(10), ZONE)
    town = await make_town(db, 2, history=True)
    stats = await town.district.statistics(town.boss, *MONTH)
    assert [r.hall.id for r in stats.halls if r.hall] == [town.centre, *town.townships]
    own = StatisticsService(db)
    for row in stats.halls:
        assert row.hall is not None
        alone = await own.figures(town.actors[row.hall.id]["zhuren"], *MONTH)
        assert row == HallFigures.of(row.hall, alone)
        assert row.volume.issued > 0 and row.ratings.rated > 0
    assert len({r.volume.issued for r in stats.halls}) == 3
    total = stats.total
    assert total.volume.issued == sum(r.volume.issued for r in stats.halls)
    assert total.volume.served == sum(r.volume.served for r in stats.halls)
    assert total.volume.no_show == sum(r.volume.no_show for r in stats.halls)
    assert total.volume.cancelled == sum(r.volume.cancelled for r in stats.halls)
    assert total.ratings.bad == sum(r.ratings.bad for r in stats.halls)
    assert total.ratings.levels == {
        k: sum(r.ratings.levels[k] for r in stats.halls) for k in range(1, 6)
    }
    assert total.extended_services == sum(r.extended_services for r in stats.halls)
    assert total.courier_dispatches == sum(r.courier_dispatches for r in stats.halls)
    assert total.on_time.counted == sum(r.on_time.counted for r in stats.halls)
    assert total.waiting.count == sum(r.waiting.count for r in stats.halls)
    assert total.waiting.median is None  # a median of medians is not the district's
    # A rate of the total is the total's share, not the mean of the halls' rates.
    good = sum(r.ratings.good for r in stats.halls)
    rated = sum(r.ratings.rated for r in stats.halls)
    assert total.ratings.good_rate == good / rated
    assert total.name == "全区县合计"


# -- who may look ---------------------------------------------------------------------------


async def test_only_the_centres_district_administrator_sees_the_district(db, town):
    township = town.townships[0]
    staff = town.actors[township]
    refused = [staff["clerk1"], staff["zhuren"], staff["admin"], staff["daoban"]]
    refused.append(town.actors[town.centre]["admin"])  # the centre's admin, no district role
    # A township's member of staff given the role does not see the district either.
    refused.append(await add_staff(db, township, f"fake_{town.code}", Role.DISTRICT_ADMIN))
    for actor in refused:
        for call in (
            lambda a: town.district.halls(a),
            lambda a: town.district.statistics(a, *MONTH),
            lambda a: town.district.township_items(a, township),
            lambda a: town.district.set_township_items(a, township, []),
            lambda a: town.district.sync_catalogue(a),
        ):
            with pytest.raises(PermissionDenied):
                await call(actor)
    # A district administrator of a hall in no district.
    lone = await new_hall(db, staffed=False)
    alone = await add_staff(db, lone.hall_id, f"lone_{town.code}", Role.DISTRICT_ADMIN)
    with pytest.raises(PermissionDenied, match="不属于任何区县"):
        await town.district.halls(alone)
    # And the district administrator alone has no hall administration.
    with pytest.raises(PermissionDenied):
        await StatisticsService(db).figures(town.boss, *MONTH)
    assert [h.id for h in await town.district.halls(town.boss)] == [
        town.centre,
        *town.townships,
    ]
    with pytest.raises(NotFound):  # the centre is not a township; a stranger hall neither
        await town.district.township_items(town.boss, town.centre)
    with pytest.raises(NotFound):
        await town.district.township_items(town.boss, lone.hall_id)


async def test_a_townships_staff_see_nothing_of_the_centre(db, town):
    centre, township = town.centre, town.townships[0]
    await seed_demo_cases(db, centre)
    q = QueueService(db)
    lines, windows = await line_ids(db, centre), await window_ids(db, centre)
    boss = town.actors[centre]
    await q.sign_in(boss["clerk1"], windows[1])
    issued = await q.issue_ticket(boss["daoban"], lines["A"])
    called = await q.call_next(boss["clerk1"], windows[1])
    assert called is not None
    await q.start(boss["clerk1"], called.id)
    await q.finish(boss["clerk1"], called.id, outcome=Outcome.COMPLETED)
    own = town.actors[township]
    # Tickets: the township's PC reads its own hall's; the centre's ticket is not found.
    assert issued.ticket.id not in {t.id for t in await q.tickets_of_day(township)}
    with pytest.raises(NotFound):
        await q.ticket(township, issued.ticket.id)
    with pytest.raises((NotFound, PermissionDenied)):
        await q.reactivate(own["daoban"], issued.ticket.id)
    # Statistics: the township's own (nothing today), the centre's one ticket counted there.
    today = date(2026, 12, 7)
    stats = StatisticsService(db)
    assert (await stats.figures(own["zhuren"], today, today)).volume.total.issued == 0
    assert (await stats.figures(boss["zhuren"], today, today)).volume.total.issued == 1
    # Audit: the township's log holds none of the centre's events.
    entries, _ = await AuditService(db).entries(own["admin"], AuditFilter())
    async with db.read() as session:
        centre_events = set(await session.scalars(select(Event.id).where(Event.hall_id == centre)))
    assert centre_events and not centre_events & {e.id for e in entries}
    # Cases: the centre's ledger is not the township's.
    cases = CaseService(db)
    centre_cases = await cases.cases(boss["zhuren"])
    assert centre_cases and not await cases.cases(own["zhuren"])
    with pytest.raises(NotFound):
        await cases.case(own["zhuren"], centre_cases[0].id)


# -- the shared catalogue -----------------------------------------------------------------


async def _township_items(db: Database, hall_id: int) -> dict[str, bool]:
    async with db.read() as session:
        rows = await session.execute(
            select(ServiceItem.code, ServiceItem.active).where(ServiceItem.hall_id == hall_id)
        )
        return {code: bool(active) for code, active in rows}


async def _centre_codes(db: Database, hall_id: int) -> list[str]:
    async with db.read() as session:
        return sorted(
            await session.scalars(
                select(ServiceItem.code).where(
                    ServiceItem.hall_id == hall_id, ServiceItem.active.is_(True)
                )
            )
        )


async def test_set_township_items_creates_activates_deactivates_and_is_idempotent(db, town):
    township = town.townships[0]
    codes = await _centre_codes(db, town.centre)
    before = await _township_items(db, township)
    assert set(codes) <= set(before)  # the demo township starts with the whole list
    # The township's own item (not in the centre's list) is never touched.
    own_item = await CatalogueAdminService(db).create_item(
        town.actors[township]["admin"],
        code="LOCAL-1",
        name="本乡镇自办事项",
        category="公共服务类",
        department="乡镇便民服务中心",
    )
    # A centre item the township does not have yet: created from the centre's.
    new = await CatalogueAdminService(db).create_item(
        town.actors[town.centre]["admin"],
        code="NEW-1",
        name="新下沉事项",
        category="公共服务类",
        department="区民政局",
        promised_days=3,
    )
    chosen = [*codes[:3], new.code]
    change = await town.district.set_township_items(town.boss, township, chosen)
    assert change.created == ("NEW-1",) and not change.activated
    assert set(change.deactivated) == set(codes[3:])
    after = await _township_items(db, township)
    assert {c for c, active in after.items() if active} == {*chosen, own_item.code}
    items = await town.district.township_items(town.boss, township)
    assert {i.code for i in items if i.served} == set(chosen)
    assert {i.code for i in items} == {*codes, "NEW-1"}  # the centre's, not LOCAL-1
    async with db.read() as session:
        copy = await session.scalar(
            select(ServiceItem).where(ServiceItem.hall_id == township, ServiceItem.code == "NEW-1")
        )
        assert copy is not None
        assert (copy.name, copy.department, copy.promised_days) == ("新下沉事项", "区民政局", 3)
    # The same choice again changes nothing and writes no event.
    again = await town.district.set_township_items(town.boss, township, chosen[::-1])
    assert not again.changed
    # Back to more: deactivated ones come back, never a second row of a code.
    wider = await town.district.set_township_items(town.boss, township, codes[:5])
    assert set(wider.activated) == set(codes[3:5]) and set(wider.deactivated) == {"NEW-1"}
    async with db.read() as session:
        kinds = list(
            await session.scalars(
                select(Event.kind).where(
                    Event.hall_id == township,
                    Event.kind == EventKind.DISTRICT_CATALOGUE_SET.value,
                )
            )
        )
        assert len(kinds) == 2
        rows = await session.scalar(
            select(func.count()).select_from(ServiceItem).where(ServiceItem.hall_id == township)
        )
        assert rows == len(before) + 2  # LOCAL-1 and NEW-1; nothing deleted
    # The township's own audit log says who in the district changed what, in Chinese.
    entries, _ = await AuditService(db).entries(
        town.actors[township]["admin"], AuditFilter(group="catalogue")
    )
    first = next(e for e in reversed(entries) if e.kind == EventKind.DISTRICT_CATALOGUE_SET)
    assert first.kind_label == "区县设置本厅事项" and first.actor_name == "区县管理员"
    assert "新增事项：NEW-1" in first.details and "恢复办理：（无）" in first.details
    state = await _township_items(db, township)
    with pytest.raises(ValidationError, match="中心事项目录中没有"):
        await town.district.set_township_items(town.boss, township, ["LOCAL-1", codes[0]])
    assert await _township_items(db, township) == state


async def test_sync_carries_the_centres_edits_to_the_townships(db, town):
    township = town.townships[0]
    codes = await _centre_codes(db, town.centre)
    await town.district.set_township_items(town.boss, township, codes[:4])
    catalogue = CatalogueAdminService(db)
    admin = town.actors[town.centre]["admin"]
    centre_items = {i.code: i for i in await catalogue.list_items(admin)}
    await catalogue.update_item(
        admin, centre_items[codes[0]].id, name="改过的名称", promised_days=9
    )
    await catalogue.update_item(admin, centre_items[codes[1]].id, active=False)
    changes = await town.district.sync_catalogue(town.boss)
    by_hall = {c.hall_id: c for c in changes}
    assert set(by_hall) == set(town.townships)
    assert by_hall[township].edited == (codes[0],)
    assert by_hall[township].deactivated == (codes[1],)
    async with db.read() as session:
        row = await session.scalar(
            select(ServiceItem).where(ServiceItem.hall_id == township, ServiceItem.code == codes[0])
        )
        assert row is not None and (row.name, row.promised_days) == ("改过的名称", 9)
    assert not await town.district.sync_catalogue(town.boss)  # nothing left to carry
    # The withdrawn item is no longer offered to the townships.
    assert codes[1] not in {i.code for i in await town.district.township_items(town.boss, township)}


async def test_two_processes_setting_different_subsets_leave_one_of_them(db, town, backend):
    """Two PCs (two engines, as two processes would have) set a township's items at
    once, many times; the township's items are always one of the two choices whole."""
    township = town.townships[0]
    codes = await _centre_codes(db, town.centre)
    first, second = codes[: len(codes) // 2], codes[len(codes) // 2 :]
    other = Database(db.url, clock=db.clock)
    try:
        for _ in range(4):
            await asyncio.gather(
                town.district.set_township_items(town.boss, township, first),
                DistrictService(other).set_township_items(town.boss, township, second),
            )
            served = {c for c, a in (await _township_items(db, township)).items() if a}
            assert served in (set(first), set(second))
    finally:
        await other.dispose()


# -- the command line ------------------------------------------------------------------------


def test_the_district_commands(db_url, clock, command_env, capsys):
    async def setup() -> list[str]:
        db = Database(db_url, clock=clock)
        try:
            return [(await new_hall(db, staffed=False)).hall_code for _ in range(2)]
        finally:
            await db.dispose()

    centre, township = asyncio.run(setup())
    code = f"c{uuid.uuid4().hex[:8]}"
    base = ["--db", db_url.render_as_string(hide_password=False), "district"]
    capsys.readouterr()
    assert main([*base, "create", "--code", code, "--name", "示例区", "--centre", centre]) == 0
    assert f"已设立（或更新）区县“示例区”（{code}）" in capsys.readouterr().out
    assert main([*base, "create", "--code", code, "--name", "示例区", "--centre", centre]) == 0
    assert "已是最新，无需改动" in capsys.readouterr().out
    assert main([*base, "add-hall", "--district", code, "--hall", township]) == 0
    assert "已加入：区县“示例区”现有乡镇大厅 1 个" in capsys.readouterr().out
    assert main([*base, "add-hall", "--district", code, "--hall", township]) == 0
    assert "该大厅已在区县中，无需改动" in capsys.readouterr().out
    assert main([*base, "add-hall", "--district", "nope", "--hall", township]) == 2
    assert "错误：找不到区县“nope”" in capsys.readouterr().err
