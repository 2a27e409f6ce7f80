"""Setting up windows and business lines (窗口与业务类别设置), on both backends.

The demo hall has lines A G B Q S T X (in that order) and windows 1–12; window 3 serves
A, S, Q in that rank, window 4 serves G then A, window 11 serves X alone.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.windows_lines import LineFields, WindowFields, WindowKind
from hall_desktop.services.queue import QueueService
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Event, ServiceWindow, WindowLine
from hall_desktop.store.seed import SeedReport
from tests.conftest import load_actors, new_hall
from tests.helpers import line_ids, ranks_of, window_ids

pytestmark = pytest.mark.dates

DEMO_ORDER = ["A", "G", "B", "Q", "S", "T", "X"]


@pytest.fixture
async def hall(db: Database) -> SeedReport:
    """A hall being set up: nobody signed in at its windows yet."""
    return await new_hall(db, staffed=False)


@pytest.fixture
def service(db: Database) -> WindowsLinesService:
    return WindowsLinesService(db)


@pytest.fixture
def queue(db: Database) -> QueueService:
    return QueueService(db)


@pytest.fixture
async def lines(db: Database, hall: SeedReport) -> dict[str, int]:
    return await line_ids(db, hall.hall_id)


@pytest.fixture
async def windows(db: Database, hall: SeedReport) -> dict[int, int]:
    return await window_ids(db, hall.hall_id)


async def events_of(db: Database, hall_id: int, kind: str) -> list[dict[str, Any]]:
    async with db.read() as session:
        found = await session.scalars(
            select(Event).where(Event.hall_id == hall_id, Event.kind == kind).order_by(Event.id)
        )
        return [e.payload for e in found]


async def setup_snapshot(db: Database, hall_id: int) -> tuple[Any, ...]:
    """Lines, windows, window lines and the event count: to prove nothing changed."""
    async with db.read() as session:

        def dump(found: Any) -> list[tuple[Any, ...]]:
            return sorted(
                tuple(getattr(r, c.key) for c in type(r).__table__.columns) for r in found
            )

        lines = dump(
            await session.scalars(select(BusinessLine).where(BusinessLine.hall_id == hall_id))
        )
        windows = dump(
            await session.scalars(select(ServiceWindow).where(ServiceWindow.hall_id == hall_id))
        )
        ranks = dump(
            await session.scalars(
                select(WindowLine)
                .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
                .where(ServiceWindow.hall_id == hall_id)
            )
        )
        events = await session.scalar(
            select(func.count()).select_from(Event).where(Event.hall_id == hall_id)
        )
        return lines, windows, ranks, events


# -- reading ----------------------------------------------------------------------------


async def test_the_setup_lists_every_line_and_window_with_ranks(service, actors, queue, lines):
    await queue.issue_ticket(actors["daoban"], lines["B"])
    await queue.issue_ticket(actors["daoban"], lines["B"])
    setup = await service.setup(actors["zhuren"])
    assert [line.prefix for line in setup.lines] == DEMO_ORDER
    assert [w.number for w in setup.windows] == list(range(1, 13))
    three = next(w for w in setup.windows if w.number == 3)
    assert [(s.prefix, s.rank) for s in three.lines] == [("A", 1), ("S", 2), ("Q", 3)]
    assert three.kind is WindowKind.COMPREHENSIVE and three.kind.label == "综合窗口"
    x = next(line for line in setup.lines if line.prefix == "X")
    assert x.window_numbers == (11,)
    b = next(line for line in setup.lines if line.prefix == "B")
    assert (b.window_numbers, b.issued_today, b.waiting_today) == ((5, 6), 2, 2)
    assert b.daily_limit == 150
    # The short forms read the same.
    assert [line.prefix for line in await service.lines(actors["admin"])] == DEMO_ORDER
    assert len(await service.windows(actors["admin"])) == 12


# -- lines ------------------------------------------------------------------------------


async def test_a_new_line_goes_last_with_its_event(db, hall, service, actors):
    line = await service.create_line(
        actors["zhuren"],
        LineFields(prefix=" hk ", name=" 港澳通行证 ", daily_limit=40, first_number=101),
    )
    assert (line.prefix, line.name, line.daily_limit, line.first_number) == (
        "HK",
        "港澳通行证",
        40,
        101,
    )
    assert line.sort_order == 7 and line.active and line.window_numbers == ()
    assert [x.prefix for x in await service.lines(actors["admin"])] == [*DEMO_ORDER, "HK"]
    (event,) = await events_of(db, hall.hall_id, "line_created")
    assert event == {
        "line_id": line.id,
        "prefix": "HK",
        "name": "港澳通行证",
        "daily_limit": 40,
        "first_number": 101,
        "default_service_minutes": 10,
        "active": True,
        "priority_every": None,
        "max_wait_minutes": None,
        "alert_waiting_count": None,
        "alert_wait_minutes": None,
        "sort_order": 7,
    }


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"prefix": ""}, "prefix", "1 到 2 个英文字母"),
        ({"prefix": "ABC"}, "prefix", "1 到 2 个英文字母"),
        ({"prefix": "A1"}, "prefix", "1 到 2 个英文字母"),
        ({"prefix": "业"}, "prefix", "1 到 2 个英文字母"),
        ({"prefix": "É"}, "prefix", "1 到 2 个英文字母"),
        ({"name": "  "}, "name", "请填写业务名称"),
        ({"name": "长" * 61}, "name", "最多 60 个字"),
        ({"daily_limit": 0}, "daily_limit", "不限号请留空"),
        ({"daily_limit": -5}, "daily_limit", "不限号请留空"),
        ({"first_number": 0}, "first_number", "起始号应在 1 到"),
        ({"default_service_minutes": 0}, "default_service_minutes", "平均办理时长"),
        ({"default_service_minutes": 241}, "default_service_minutes", "平均办理时长"),
        ({"alert_waiting_count": 1000}, "alert_waiting_count", "留空则使用大厅设置"),
        ({"alert_waiting_count": -1}, "alert_waiting_count", "0（不提醒）到 999"),
        ({"alert_wait_minutes": 601}, "alert_wait_minutes", "0（不提醒）到 600 分钟"),
        ({"alert_wait_minutes": "30"}, "alert_wait_minutes", "应为整数"),
    ],
)
async def test_bad_line_fields_are_refused_naming_the_field(
    db, hall, service, actors, lines, change, field, words
):
    before = await setup_snapshot(db, hall.hall_id)
    good = LineFields(prefix="H", name="出入境")
    with pytest.raises(ValidationError) as e:
        await service.create_line(actors["zhuren"], dataclasses.replace(good, **change))
    assert (e.value.field, words in e.value.message) == (field, True)
    current = (await service.setup(actors["zhuren"])).line(lines["A"]).fields()
    with pytest.raises(ValidationError) as e:
        await service.edit_line(
            actors["zhuren"], lines["A"], dataclasses.replace(current, **change)
        )
    assert e.value.field == field
    assert await setup_snapshot(db, hall.hall_id) == before


async def test_a_line_has_its_own_alert_thresholds_or_the_halls(db, hall, service, actors, lines):
    """大厅监控: a line's waiting-count and longest-wait alerts; None is the hall's."""
    boss = actors["zhuren"]
    made = await service.create_line(
        boss, LineFields("HK", "港澳通行证", alert_waiting_count=8, alert_wait_minutes=0)
    )
    assert (made.alert_waiting_count, made.alert_wait_minutes) == (8, 0)
    assert (made.fields().alert_waiting_count, made.fields().alert_wait_minutes) == (8, 0)
    current = (await service.setup(boss)).line(lines["A"])
    assert (current.alert_waiting_count, current.alert_wait_minutes) == (None, None)
    edited = await service.edit_line(
        boss, lines["A"], dataclasses.replace(current.fields(), alert_wait_minutes=45)
    )
    assert (edited.alert_waiting_count, edited.alert_wait_minutes) == (None, 45)
    *_, event = await events_of(db, hall.hall_id, "line_edited")
    assert (event["old"], event["new"]) == (
        {"alert_wait_minutes": None},
        {"alert_wait_minutes": 45},
    )
    back = await service.edit_line(
        boss, lines["A"], dataclasses.replace(edited.fields(), alert_wait_minutes=None)
    )
    assert back.alert_wait_minutes is None
    async with db.read() as session:
        row = await session.get(BusinessLine, made.id)
        assert row is not None and (row.alert_waiting_count, row.alert_wait_minutes) == (8, 0)


async def test_a_prefix_is_unique_in_the_hall(db, hall, service, actors, lines):
    before = await setup_snapshot(db, hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await service.create_line(actors["admin"], LineFields(prefix="b", name="又一个"))
    assert (e.value.field, e.value.code) == ("prefix", "prefix_taken")
    assert "不动产登记" in e.value.message
    a = (await service.setup(actors["admin"])).line(lines["A"])
    with pytest.raises(ValidationError) as e:
        await service.edit_line(actors["admin"], a.id, dataclasses.replace(a.fields(), prefix="G"))
    assert e.value.code == "prefix_taken"
    assert await setup_snapshot(db, hall.hall_id) == before
    # Another hall may use the same prefix.
    other = await new_hall(db)
    boss = (await load_actors(db, other.hall_id))["zhuren"]
    made = await service.create_line(boss, LineFields(prefix="HK", name="港澳"))
    assert made.prefix == "HK"
    mine = await service.create_line(actors["admin"], LineFields(prefix="HK", name="港澳"))
    assert mine.id != made.id


async def test_editing_a_line_logs_only_what_changed(db, hall, service, actors, lines):
    a = (await service.setup(actors["zhuren"])).line(lines["G"])
    edited = await service.edit_line(
        actors["zhuren"],
        a.id,
        dataclasses.replace(a.fields(), name="工程建设审批", daily_limit=None, prefix="GC"),
    )
    assert (edited.prefix, edited.name, edited.daily_limit) == ("GC", "工程建设审批", None)
    (event,) = await events_of(db, hall.hall_id, "line_edited")
    assert event == {
        "line_id": a.id,
        "prefix": "GC",
        "old": {"prefix": "G", "name": "工程建设项目审批", "daily_limit": 80},
        "new": {"prefix": "GC", "name": "工程建设审批", "daily_limit": None},
    }
    # Saving the same values again writes nothing.
    before = await setup_snapshot(db, hall.hall_id)
    again = await service.edit_line(actors["zhuren"], a.id, edited.fields())
    assert again == edited
    assert await setup_snapshot(db, hall.hall_id) == before


async def test_prefix_and_first_number_wait_for_tomorrow_once_numbers_are_out(
    db, hall, service, actors, queue, lines
):
    t = await service.setup(actors["zhuren"])
    fields = t.line(lines["T"]).fields()
    # Before any number of the day: both may change.
    changed = await service.edit_line(
        actors["zhuren"], lines["T"], dataclasses.replace(fields, prefix="TX", first_number=5)
    )
    assert (changed.prefix, changed.first_number) == ("TX", 5)
    issued = await queue.issue_ticket(actors["daoban"], lines["T"])
    assert issued.ticket.number == "TX005"
    await queue.issue_ticket(actors["daoban"], lines["T"])
    before = await setup_snapshot(db, hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await service.edit_line(
            actors["zhuren"], lines["T"], dataclasses.replace(changed.fields(), prefix="T")
        )
    assert (e.value.field, e.value.code) == ("prefix", "numbers_issued_today")
    assert "今天已经发出 2 个号" in e.value.message and "明天" in e.value.message
    with pytest.raises(ValidationError) as e:
        await service.edit_line(
            actors["zhuren"], lines["T"], dataclasses.replace(changed.fields(), first_number=1)
        )
    assert e.value.field == "first_number"
    assert await setup_snapshot(db, hall.hall_id) == before
    # The name, the limit and the minutes may change any time.
    renamed = await service.edit_line(
        actors["zhuren"],
        lines["T"],
        dataclasses.replace(changed.fields(), name="税务办理", default_service_minutes=9),
    )
    assert renamed.name == "税务办理" and renamed.issued_today == 2


async def test_a_line_with_people_waiting_cannot_be_deactivated(
    db, hall, service, actors, queue, lines, windows
):
    for _ in range(2):
        await queue.issue_ticket(actors["daoban"], lines["G"])
    g = (await service.setup(actors["zhuren"])).line(lines["G"])
    off = dataclasses.replace(g.fields(), active=False)
    before = await setup_snapshot(db, hall.hall_id)
    with pytest.raises(Refused) as e:
        await service.edit_line(actors["zhuren"], g.id, off)
    assert e.value.code == "line_has_waiting"
    assert "2 人在等候" in e.value.message
    # One called and set aside (挂起): still counted, as on hold.
    clerk = actors["clerk4"]
    await queue.sign_in(clerk, windows[4])
    first = await queue.call_next(clerk, windows[4])
    assert first is not None and first.number.startswith("G")
    await queue.hold(clerk, first.id, reason="回家取材料", due_in_minutes=30)
    with pytest.raises(Refused) as e:
        await service.edit_line(actors["zhuren"], g.id, off)
    assert "1 人在等候" in e.value.message and "1 个号挂起" in e.value.message
    assert (await setup_snapshot(db, hall.hall_id))[0] == before[0]
    # Called back and gone, the rest cancelled: now it may close (window 4 keeps A).
    await queue.call_back(clerk, first.id, windows[4])
    await queue.no_show(clerk, first.id)
    rest = [t for t in await queue.tickets_of_day(hall.hall_id) if t.status.value == "waiting"]
    for t in rest:
        await queue.cancel(actors["daoban"], t.id)
    closed = await service.edit_line(actors["zhuren"], g.id, off)
    assert not closed.active
    statuses = await queue.line_statuses(hall.hall_id)
    assert "G" not in [s.prefix for s in statuses]  # the desk no longer offers it
    (event,) = await events_of(db, hall.hall_id, "line_edited")
    assert (event["old"], event["new"]) == ({"active": True}, {"active": False})


async def test_the_last_active_line_of_an_active_window_cannot_be_deactivated(
    db, hall, service, actors, lines, windows
):
    x = (await service.setup(actors["admin"])).line(lines["X"])
    with pytest.raises(Refused) as e:
        await service.edit_line(
            actors["admin"], x.id, dataclasses.replace(x.fields(), active=False)
        )
    assert e.value.code == "window_without_lines"
    assert "11号窗口只办理" in e.value.message
    # With window 11 out of use first, X may close.
    eleven = (await service.setup(actors["admin"])).window(windows[11])
    await service.edit_window(
        actors["admin"], eleven.id, dataclasses.replace(eleven.fields(), active=False)
    )
    closed = await service.edit_line(
        actors["admin"], x.id, dataclasses.replace(x.fields(), active=False)
    )
    assert not closed.active and closed.window_numbers == ()


async def test_lines_are_reordered_as_a_whole_or_one_step(db, hall, service, actors, lines):
    wanted = ["X", "A", "B", "G", "Q", "S", "T"]
    result = await service.set_line_order(actors["zhuren"], [lines[p] for p in wanted])
    assert [line.prefix for line in result] == wanted
    assert [line.sort_order for line in result] == list(range(7))
    # The desk and the display read the same order.
    statuses = await QueueService(db).line_statuses(hall.hall_id)
    assert [s.prefix for s in statuses] == wanted
    (event,) = await events_of(db, hall.hall_id, "lines_reordered")
    assert (event["old"], event["new"]) == (DEMO_ORDER, wanted)

    moved = await service.move_line(actors["admin"], lines["S"], "up")
    assert [line.prefix for line in moved] == ["X", "A", "B", "G", "S", "Q", "T"]
    moved = await service.move_line(actors["admin"], lines["X"], "down")
    assert [line.prefix for line in moved][:2] == ["A", "X"]
    # At either end nothing moves and nothing is logged.
    before = await setup_snapshot(db, hall.hall_id)
    top = await service.move_line(actors["admin"], lines["A"], "up")
    bottom = await service.move_line(actors["admin"], lines["T"], "down")
    assert (top[0].prefix, bottom[-1].prefix) == ("A", "T")
    assert await setup_snapshot(db, hall.hall_id) == before
    assert len(await events_of(db, hall.hall_id, "lines_reordered")) == 3


async def test_a_partial_or_stale_order_is_refused(db, hall, service, actors, lines):
    before = await setup_snapshot(db, hall.hall_id)
    everything = [lines[p] for p in DEMO_ORDER]
    for bad in (everything[:-1], [*everything, everything[0]], [*everything[:-1], 999_999]):
        with pytest.raises(ValidationError) as e:
            await service.set_line_order(actors["zhuren"], bad)
        assert e.value.field == "order"
    with pytest.raises(NotFound):
        await service.move_line(actors["zhuren"], 999_999, "up")
    with pytest.raises(ValidationError):
        await service.move_line(actors["zhuren"], lines["A"], "left")  # type: ignore[arg-type]
    assert await setup_snapshot(db, hall.hall_id) == before


# -- windows ------------------------------------------------------------------------------


async def test_a_new_window_comes_with_its_lines_in_rank_order(db, hall, service, actors, lines):
    made = await service.create_window(
        actors["zhuren"],
        WindowFields(number=13, name=" 出入境窗口 ", kind=WindowKind.DEDICATED),
        [lines["Q"], lines["A"]],
    )
    assert (made.number, made.name, made.kind, made.active) == (
        13,
        "出入境窗口",
        WindowKind.DEDICATED,
        True,
    )
    assert [(s.prefix, s.rank) for s in made.lines] == [("Q", 1), ("A", 2)]
    assert await ranks_of(db, made.id) == [("Q", 1), ("A", 2)]
    (event,) = await events_of(db, hall.hall_id, "window_created")
    assert event == {
        "number": 13,
        "name": "出入境窗口",
        "kind": "dedicated",
        "active": True,
        "window_number": 13,
        "lines": ["Q", "A"],
        "line_ids": [lines["Q"], lines["A"]],
    }
    # The display and the clerk see it at once.
    states = await QueueService(db).window_states(hall.hall_id)
    assert [s.line_ids for s in states if s.number == 13] == [(lines["Q"], lines["A"])]


async def test_window_creation_refusals(db, hall, service, actors, lines):
    before = await setup_snapshot(db, hall.hall_id)
    boss = actors["zhuren"]
    with pytest.raises(ValidationError) as e:
        await service.create_window(boss, WindowFields(number=3, name="重复"), [lines["A"]])
    assert (e.value.field, e.value.code) == ("number", "number_taken")
    for fields, field in (
        (WindowFields(number=0, name="零"), "number"),
        (WindowFields(number=1000, name="千"), "number"),
        (WindowFields(number=13, name=" "), "name"),
        (WindowFields(number=13, name="x", kind="vip"), "kind"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError) as e:
            await service.create_window(boss, fields, [lines["A"]])
        assert e.value.field == field
    # Active but serving nothing: a clerk could sign in and call nobody.
    with pytest.raises(Refused) as r:
        await service.create_window(boss, WindowFields(number=13, name="新窗口"))
    assert r.value.code == "window_without_lines"
    with pytest.raises(ValidationError):
        await service.create_window(
            boss, WindowFields(number=13, name="新窗口"), [lines["A"], lines["A"]]
        )
    with pytest.raises(NotFound):
        await service.create_window(boss, WindowFields(number=13, name="新窗口"), [999_999])
    assert await setup_snapshot(db, hall.hall_id) == before
    # Not in use yet, it may wait for its lines.
    idle = await service.create_window(boss, WindowFields(number=13, name="备用", active=False))
    assert idle.lines == () and not idle.active


async def test_editing_a_window_logs_old_and_new(db, hall, service, actors, windows):
    five = (await service.setup(actors["admin"])).window(windows[5])
    edited = await service.edit_window(
        actors["admin"],
        five.id,
        WindowFields(number=15, name="不动产综合窗口", kind=WindowKind.COMPREHENSIVE),
    )
    assert (edited.number, edited.name, edited.kind) == (15, "不动产综合窗口", "comprehensive")
    (event,) = await events_of(db, hall.hall_id, "window_edited")
    assert event == {
        "window_number": 15,
        "old": {"number": 5, "name": "不动产登记窗口", "kind": "dedicated"},
        "new": {"number": 15, "name": "不动产综合窗口", "kind": "comprehensive"},
    }
    with pytest.raises(ValidationError) as e:
        await service.edit_window(
            actors["admin"], five.id, dataclasses.replace(edited.fields(), number=6)
        )
    assert e.value.code == "number_taken"
    before = await setup_snapshot(db, hall.hall_id)
    assert await service.edit_window(actors["admin"], five.id, edited.fields()) == edited
    assert await setup_snapshot(db, hall.hall_id) == before


async def test_a_busy_window_cannot_be_deactivated_or_renumbered(
    db, hall, service, actors, queue, lines, windows
):
    clerk = actors["clerk2"]
    two = (await service.setup(actors["zhuren"])).window(windows[2])
    off = dataclasses.replace(two.fields(), active=False)
    await queue.sign_in(clerk, windows[2])
    with pytest.raises(Refused) as e:
        await service.edit_window(actors["zhuren"], two.id, off)
    assert e.value.code == "window_signed_in"
    assert "陈静（2002）正在 2 号窗口登录" in e.value.message
    await queue.issue_ticket(actors["daoban"], lines["A"])
    called = await queue.call_next(clerk, windows[2])
    assert called is not None
    with pytest.raises(ValidationError) as v:
        await service.edit_window(
            actors["zhuren"], two.id, dataclasses.replace(off, active=True, number=20)
        )
    assert (v.value.field, v.value.code) == ("number", "window_busy")
    await queue.sign_out(clerk, windows[2])
    with pytest.raises(Refused) as e:
        await service.edit_window(actors["zhuren"], two.id, off)
    assert e.value.code == "window_busy" and called.number in e.value.message
    await queue.sign_in(clerk, windows[2])  # only the window's clerk moves its tickets
    await queue.hold(clerk, called.id, reason="补材料", due_in_minutes=10)
    await queue.sign_out(clerk, windows[2])
    with pytest.raises(Refused) as e:
        await service.edit_window(actors["zhuren"], two.id, off)
    assert e.value.code == "window_has_held"
    await queue.sign_in(clerk, windows[2])
    await queue.call_back(clerk, called.id, windows[2])
    await queue.no_show(clerk, called.id)
    await queue.sign_out(clerk, windows[2])
    closed = await service.edit_window(actors["zhuren"], two.id, off)
    assert not closed.active
    assert 2 not in [s.number for s in await queue.window_states(hall.hall_id)]


async def test_deactivating_a_window_never_strands_waiting_people(
    db, hall, service, actors, queue, lines, windows
):
    await queue.issue_ticket(actors["daoban"], lines["X"])  # only window 11 serves X
    eleven = (await service.setup(actors["admin"])).window(windows[11])
    with pytest.raises(Refused) as e:
        await service.edit_window(
            actors["admin"], eleven.id, dataclasses.replace(eleven.fields(), active=False)
        )
    assert e.value.code == "line_stranded"
    assert "“X 办不成事反映”还有 1 人在等候" in e.value.message
    # Nor by taking the line away from the window.
    with pytest.raises(Refused) as e:
        await service.set_window_lines(actors["admin"], eleven.id, [lines["A"]])
    assert e.value.code == "line_stranded"
    # Once another window takes X, window 11 may go.
    await service.set_window_lines(actors["admin"], windows[1], [lines["A"], lines["X"]])
    closed = await service.edit_window(
        actors["admin"], eleven.id, dataclasses.replace(eleven.fields(), active=False)
    )
    assert not closed.active


async def test_a_transfer_waiting_for_a_window_keeps_it_open(
    db, hall, service, actors, queue, lines, windows
):
    await queue.issue_ticket(actors["daoban"], lines["A"])
    clerk = actors["clerk1"]
    await queue.sign_in(clerk, windows[1])
    called = await queue.call_next(clerk, windows[1])
    assert called is not None
    await queue.transfer(clerk, called.id, to_line_id=lines["A"], to_window_id=windows[3])
    three = (await service.setup(actors["admin"])).window(windows[3])
    with pytest.raises(Refused) as e:
        await service.edit_window(
            actors["admin"], three.id, dataclasses.replace(three.fields(), active=False)
        )
    assert e.value.code == "window_has_transfers"


async def test_a_window_without_active_lines_is_not_activated(db, hall, service, actors, lines):
    idle = await service.create_window(
        actors["admin"], WindowFields(number=13, name="备用", active=False)
    )
    on = dataclasses.replace(idle.fields(), active=True)
    with pytest.raises(Refused) as e:
        await service.edit_window(actors["admin"], idle.id, on)
    assert e.value.code == "window_without_lines"
    # Lines that are out of use do not count.
    t = (await service.setup(actors["admin"])).line(lines["T"])  # window 10 keeps A
    await service.edit_line(actors["admin"], t.id, dataclasses.replace(t.fields(), active=False))
    await service.set_window_lines(actors["admin"], idle.id, [lines["T"]])
    with pytest.raises(Refused):
        await service.edit_window(actors["admin"], idle.id, on)
    await service.set_window_lines(actors["admin"], idle.id, [lines["T"], lines["B"]])
    assert (await service.edit_window(actors["admin"], idle.id, on)).active


async def test_window_lines_take_their_rank_from_the_list(
    db, hall, service, actors, queue, lines, windows
):
    three = windows[3]
    result = await service.set_window_lines(
        actors["zhuren"], three, [lines["S"], lines["A"], lines["T"]]
    )
    assert [(s.prefix, s.rank) for s in result.lines] == [("S", 1), ("A", 2), ("T", 3)]
    assert await ranks_of(db, three) == [("S", 1), ("A", 2), ("T", 3)]
    (event,) = await events_of(db, hall.hall_id, "window_lines_set")
    assert (event["window_number"], event["old"], event["new"]) == (
        3,
        ["A", "S", "Q"],
        ["S", "A", "T"],
    )
    assert event["new_line_ids"] == [lines["S"], lines["A"], lines["T"]]
    # The queue follows the ranks: S (rank 1) is called before an older A (rank 2).
    a = await queue.issue_ticket(actors["daoban"], lines["A"])
    s = await queue.issue_ticket(actors["daoban"], lines["S"])
    assert await queue.upcoming(hall.hall_id, three) == [s.ticket.number, a.ticket.number]
    await queue.sign_in(actors["clerk3"], three)
    called = await queue.call_next(actors["clerk3"], three)
    assert called is not None and called.number == s.ticket.number
    # The same list again: no event.
    before = await setup_snapshot(db, hall.hall_id)
    await service.set_window_lines(actors["zhuren"], three, [lines["S"], lines["A"], lines["T"]])
    assert await setup_snapshot(db, hall.hall_id) == before


async def test_window_lines_refusals(db, hall, service, actors, lines, windows):
    before = await setup_snapshot(db, hall.hall_id)
    boss = actors["admin"]
    with pytest.raises(Refused) as e:
        await service.set_window_lines(boss, windows[1], [])
    assert e.value.code == "window_without_lines"
    with pytest.raises(ValidationError) as v:
        await service.set_window_lines(boss, windows[1], [lines["A"], lines["A"]])
    assert v.value.field == "lines"
    with pytest.raises(NotFound):
        await service.set_window_lines(boss, windows[1], [lines["A"], 999_999])
    with pytest.raises(NotFound):
        await service.set_window_lines(boss, 999_999, [lines["A"]])
    # Another hall's line or window is not found either.
    other = await new_hall(db)
    theirs_line = (await line_ids(db, other.hall_id))["A"]
    theirs_window = (await window_ids(db, other.hall_id))[1]
    with pytest.raises(NotFound):
        await service.set_window_lines(boss, windows[1], [theirs_line])
    with pytest.raises(NotFound):
        await service.set_window_lines(boss, theirs_window, [lines["A"]])
    with pytest.raises(NotFound):
        await service.edit_window(boss, theirs_window, WindowFields(number=1, name="x"))
    with pytest.raises(NotFound):
        await service.edit_line(boss, theirs_line, LineFields(prefix="A", name="x"))
    assert await setup_snapshot(db, hall.hall_id) == before
    # An inactive window may be emptied.
    twelve = (await service.setup(boss)).window(windows[12])
    await service.edit_window(boss, twelve.id, dataclasses.replace(twelve.fields(), active=False))
    assert (await service.set_window_lines(boss, twelve.id, [])).lines == ()


# -- permissions --------------------------------------------------------------------------


@pytest.mark.parametrize("login", ["daoban", "clerk1"])
async def test_guides_and_clerks_are_refused_every_method(
    db, hall, service, actors, lines, windows, login
):
    who = actors[login]
    before = await setup_snapshot(db, hall.hall_id)
    calls = {
        "setup": service.setup(who),
        "lines": service.lines(who),
        "windows": service.windows(who),
        "create_line": service.create_line(who, LineFields(prefix="H", name="出入境")),
        "edit_line": service.edit_line(who, lines["A"], LineFields(prefix="A", name="改名")),
        "set_line_order": service.set_line_order(who, [lines[p] for p in reversed(DEMO_ORDER)]),
        "move_line": service.move_line(who, lines["G"], "up"),
        "create_window": service.create_window(
            who, WindowFields(number=13, name="新窗口"), [lines["A"]]
        ),
        "edit_window": service.edit_window(who, windows[1], WindowFields(number=1, name="改名")),
        "set_window_lines": service.set_window_lines(who, windows[1], [lines["S"]]),
    }
    public = {
        name
        for name in dir(WindowsLinesService)
        if not name.startswith("_") and callable(getattr(WindowsLinesService, name))
    }
    assert set(calls) == public  # a new method must be added here too
    for name, call in calls.items():
        with pytest.raises(PermissionDenied) as e:
            await call
        assert who.name in e.value.message, name
    assert await setup_snapshot(db, hall.hall_id) == before


async def test_supervisors_and_admins_may(db, service, actors, lines):
    for login in ("zhuren", "admin"):
        made = await service.create_line(
            actors[login],
            LineFields(prefix=f"{login[0].upper()}Z", name=f"试{uuid.uuid4().hex[:4]}"),
        )
        assert made.id
