"""The events' archive on both databases: old events move whole, the audit log reads
them unchanged, the live feed never misses them, and two archivers or a stopped run
lose or repeat nothing."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from hall_desktop.cli import main
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.archive import (
    KEEP_LIVE,
    ArchiveService,
    archive_consistent,
    audit_trail_ids,
    check_archive,
)
from hall_desktop.services.audit import AuditEntry, AuditFilter, AuditService, render_audit_csv
from hall_desktop.services.dto import FeedPosition
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.events import record_events
from hall_desktop.store.models import Event, EventArchive, Hall
from tests.helpers import item_ids, line_ids, read_line, start_python, window_ids

# The cut-off's day arithmetic is swept through tests/dates.py's awkward instants; the
# feed, chunk and two-process tests do not depend on the date and run once.
DATES = pytest.mark.dates

LATER = timedelta(days=800)  # past the default two years (730 days)


async def busy_day(db: Database, hall_id: int, actors) -> None:
    """A morning of ordinary work: a number issued, called, served and finished (with
    items, so the details name things), a notice changed."""
    q = QueueService(db)
    lines, windows = await line_ids(db, hall_id), await window_ids(db, hall_id)
    clerk = actors["clerk1"]
    await q.issue_ticket(actors["daoban"], lines["A"])
    called = await q.call_next(clerk, windows[1])
    assert called is not None
    await q.start(clerk, called.id)
    items = (await item_ids(db, hall_id))[:2]
    await q.finish(clerk, called.id, outcome=Outcome.COMPLETED, item_ids=items)
    await HallSettingsService(db).update(actors["zhuren"], notice="两年前的公告")


async def later_work(db: Database, hall_id: int, actors) -> None:
    await QueueService(db).issue_ticket(actors["daoban"], (await line_ids(db, hall_id))["B"])
    await HallSettingsService(db).update(actors["zhuren"], notice="今天的公告")


async def log(db: Database, actors, where: AuditFilter | None = None, **kw) -> list[AuditEntry]:
    entries, _cut = await AuditService(db).entries(actors["zhuren"], where or AuditFilter(), **kw)
    return entries


async def ids_of(db: Database, model: type[Event] | type[EventArchive], hall_id: int) -> set[int]:
    async with db.read() as session:
        return set(await session.scalars(select(model.id).where(model.hall_id == hall_id)))


async def set_archive_days(db: Database, hall_id: int, days: int) -> None:
    async with db.write() as session:
        await session.execute(
            update(Hall).where(Hall.id == hall_id).values(archive_after_days=days)
        )


async def archive_events(db: Database, hall_id: int) -> list[AuditEntry]:
    return [e for e in await log_all(db, hall_id) if e.kind == EventKind.EVENTS_ARCHIVED]


async def log_all(db: Database, hall_id: int) -> list[AuditEntry]:
    from tests.conftest import load_actors

    return await log(db, await load_actors(db, hall_id), limit=1_000_000)


@DATES
async def test_old_events_move_and_the_audit_log_reads_them_unchanged(db, hall, actors, clock):
    h = hall.hall_id
    await busy_day(db, h, actors)
    clock.advance(LATER)
    await later_work(db, h, actors)
    old_day = (await log_all(db, h))[-1].at.astimezone(ZoneInfo("Asia/Shanghai")).date()
    filters = {
        "all": AuditFilter(),
        "queue": AuditFilter(group="queue"),
        "clerk": AuditFilter(actor_id=actors["clerk1"].staff_id),
        "text": AuditFilter(text="两年前"),
        "old day": AuditFilter(start=old_day, end=old_day),
        "window": AuditFilter(window_id=(await window_ids(db, h))[1]),
    }
    before = {name: await log(db, actors, where) for name, where in filters.items()}
    trail = await audit_trail_ids(db, h)
    cutoff = clock.now() - timedelta(days=730)
    old = {e.id for e in before["all"] if e.at < cutoff}
    assert old and len(old) < len(before["all"])  # today's work stays

    moved = await ArchiveService(db).archive(h)

    assert moved == len(old)
    assert await ids_of(db, EventArchive, h) == old
    assert not (await ids_of(db, Event, h)) & old
    assert await archive_consistent(db, h)
    (record,) = await archive_events(db, h)
    assert await audit_trail_ids(db, h) == trail | {record.id}  # the trail lost nothing
    assert record.kind_label == "操作日志归档" and record.actor_name == ""
    assert f"数量：{moved}" in record.details and "首条日志编号" in record.details
    after = {name: await log(db, actors, where) for name, where in filters.items()}
    assert after["all"] == [record, *before["all"]]  # each old entry exactly as it was
    for name in ("queue", "clerk", "text", "old day", "window"):
        assert after[name] == before[name], name
    assert {e.kind for e in after["text"]} == {"hall_settings_changed"}
    assert {e.id in old for e in after["text"]} == {True, False}  # the old one and today's
    finished = next(e for e in after["queue"] if e.kind == "ticket_finished")
    assert finished.id in old and finished.ticket_number == "A001"
    assert finished.window_number == 1 and finished.actor_login == "clerk1"
    # The limit counts archived entries as it counted live ones.
    for limit in (1, len(before["queue"]) - 1, len(before["queue"])):
        assert await AuditService(db).entries(
            actors["zhuren"], AuditFilter(group="queue"), limit=limit
        ) == (before["queue"][:limit], limit < len(before["queue"]))
    csv = render_audit_csv(after["all"], "Asia/Shanghai").decode("utf-8")
    assert csv.count("\r\n") == len(after["all"]) + 1 and "两年前的公告" in csv
    assert csv == render_audit_csv([record, *before["all"]], "Asia/Shanghai").decode("utf-8")


@DATES
async def test_running_again_moves_nothing_and_records_nothing(db, hall, actors, clock):
    h = hall.hall_id
    await busy_day(db, h, actors)
    clock.advance(LATER)
    archive = ArchiveService(db)
    assert await archive.run_for_day(h) > 0
    live, archived = await ids_of(db, Event, h), await ids_of(db, EventArchive, h)
    assert await archive.run_for_day(h) == 0
    assert await archive.archive(h, chunk=1) == 0
    assert (await ids_of(db, Event, h), await ids_of(db, EventArchive, h)) == (live, archived)
    assert len(await archive_events(db, h)) == 1


@DATES
async def test_zero_days_means_never_unless_a_date_is_given(db, hall, actors, clock):
    h = hall.hall_id
    await busy_day(db, h, actors)
    await set_archive_days(db, h, 0)
    clock.advance(LATER * 3)
    archive = ArchiveService(db)
    assert await archive.cutoff(h) is None
    assert await archive.run_for_day(h) == 0
    assert await ids_of(db, EventArchive, h) == set()
    assert await archive.archive(h, before=clock.now() - timedelta(days=30)) > 0


@DATES
async def test_the_last_two_days_and_the_newest_event_always_stay(db, hall, actors, clock):
    h = hall.hall_id
    await busy_day(db, h, actors)
    clock.advance(timedelta(days=1))
    await later_work(db, h, actors)
    yesterday = await ids_of(db, Event, h)
    archive = ArchiveService(db)
    # A cutoff in the future is held back to two days ago: nothing of yesterday moves.
    assert await archive.cutoff(h, clock.now() + timedelta(days=9)) <= clock.now() - KEEP_LIVE
    assert await archive.archive(h, before=clock.now() + timedelta(days=9)) == 0
    assert await ids_of(db, Event, h) == yesterday
    # Ten quiet days later every event is old, but the hall's newest one stays: a new
    # screen's position starts there, and SQLite counts its next id from the largest.
    clock.advance(timedelta(days=10))
    newest = max(yesterday)
    assert await archive.archive(h, before=clock.now()) == len(yesterday) - 1
    assert await ids_of(db, Event, h) - {e.id for e in await archive_events(db, h)} == {newest}
    await later_work(db, h, actors)
    assert min(await ids_of(db, Event, h) - {newest}) > max(await ids_of(db, EventArchive, h))
    assert await archive_consistent(db, h)


async def test_the_feed_reads_on_after_archiving(db, hall, actors, clock):
    """Positions taken before the archive (now, and at the very start) read on: the feed
    never looks an archived id up, and it delivers the archive's own record."""
    h = hall.hall_id
    q = QueueService(db)
    await busy_day(db, h, actors)
    clock.advance(LATER)
    position = await q.feed_position(h)
    assert await ArchiveService(db).archive(h) > 0
    archived = await ids_of(db, EventArchive, h)
    await q.issue_ticket(actors["daoban"], (await line_ids(db, h))["A"])
    fresh, after = await q.read_feed(h, position)
    assert [e.kind for e in fresh] == [EventKind.EVENTS_ARCHIVED, EventKind.TICKET_ISSUED]
    again, _ = await q.read_feed(h, after)
    assert again == []
    from_start, _ = await q.read_feed(h, FeedPosition())
    assert from_start and not {e.id for e in from_start} & archived
    assert {e.id for e in from_start} == await ids_of(db, Event, h)
    now = await q.feed_position(h)
    assert now.last_id == max(await ids_of(db, Event, h))
    assert await q.latest_event_id(h) == now.last_id


async def test_a_running_live_feed_goes_on_through_an_archive(
    qtbot, db, db_url, hall, actors, clock
):
    from hall_desktop.live.feed import LiveFeed
    from tests.ui.waiting import wait_until

    h = hall.hall_id
    await busy_day(db, h, actors)
    clock.advance(LATER)
    feed_db = Database(db_url, application_name="hall-archive-feed-test")
    feed = LiveFeed(feed_db, h, poll_interval=0.01)
    got: list[str] = []
    feed.events.connect(lambda batch, _catching_up: got.extend(e.kind for e in batch))
    feed.start()
    try:
        await wait_until(lambda: feed.online)
        assert await ArchiveService(db).archive(h) > 0
        await QueueService(db).issue_ticket(actors["daoban"], (await line_ids(db, h))["A"])
        await wait_until(lambda: EventKind.TICKET_ISSUED in got)
        assert got == [EventKind.EVENTS_ARCHIVED, EventKind.TICKET_ISSUED]
    finally:
        await feed.stop()
        await feed_db.dispose()


async def old_events(db: Database, hall_id: int, count: int, age: timedelta) -> set[int]:
    """``count`` events ``age`` old, written straight into the log (and one of now
    after them: the hall's newest event always stays)."""
    async with db.write() as session:
        now = await db.now(session)
        at = now - age
        await record_events(
            session,
            [
                {
                    "hall_id": hall_id,
                    "at": moment,
                    "kind": EventKind.HALL_SETTINGS_CHANGED,
                    "payload": {"changes": {"notice": {"old": f"{i}", "new": f"{i + 1}"}}},
                }
                for i, moment in enumerate(
                    [*(at + timedelta(seconds=i) for i in range(count)), now]
                )
            ],
        )
    async with db.read() as session:
        return set(
            await session.scalars(
                select(Event.id).where(Event.hall_id == hall_id, Event.at < at + timedelta(days=1))
            )
        )


async def test_a_run_stopped_between_chunks_leaves_whole_chunks(db, hall, clock, monkeypatch):
    h = hall.hall_id
    old = await old_events(db, h, 50, timedelta(days=1000))
    trail = await audit_trail_ids(db, h)
    archive = ArchiveService(db)
    real = archive._move_chunk
    chunks = 0
    second_done = asyncio.Event()

    async def pausing(*args):
        nonlocal chunks
        ids = await real(*args)
        chunks += 1
        if chunks == 2:
            second_done.set()
            await asyncio.sleep(3600)  # between chunks: where the run is stopped
        return ids

    monkeypatch.setattr(archive, "_move_chunk", pausing)
    run = asyncio.create_task(archive.archive(h, chunk=7))
    await second_done.wait()
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    check = await check_archive(db, h)
    assert check.consistent and check.archived == 14
    assert await ids_of(db, EventArchive, h) <= old
    assert await audit_trail_ids(db, h) == trail
    assert await archive_events(db, h) == []  # recorded with the last chunk only
    monkeypatch.undo()
    assert await ArchiveService(db).archive(h, chunk=7) == len(old) - 14
    assert await ids_of(db, EventArchive, h) == old
    (record,) = await archive_events(db, h)
    assert f"数量：{len(old) - 14}" in record.details
    assert await audit_trail_ids(db, h) == trail | {record.id}


async def test_a_chunk_that_fails_half_way_moves_nothing(db, hall, clock, monkeypatch):
    h = hall.hall_id
    old = await old_events(db, h, 20, timedelta(days=1000))
    live = await ids_of(db, Event, h)

    async def broken(_session, _ids):
        raise RuntimeError("the power went out after the copy")

    monkeypatch.setattr(ArchiveService, "_delete", staticmethod(broken))
    with pytest.raises(RuntimeError, match="power"):
        await ArchiveService(db).archive(h, chunk=8)
    assert await ids_of(db, EventArchive, h) == set()
    assert await ids_of(db, Event, h) == live
    monkeypatch.undo()
    assert await ArchiveService(db).archive(h, chunk=8) == len(old)


ARCHIVER = """
import asyncio, sys
from datetime import datetime
from hall_desktop.domain.clock import FixedClock
from hall_desktop.services.archive import ArchiveService
from hall_desktop.store.database import Database

async def main(url, hall_id, now, chunk):
    db = Database(url, clock=FixedClock(datetime.fromisoformat(now)))
    try:
        archive = ArchiveService(db)
        await archive.cutoff(int(hall_id))  # connected before the start signal
        print("ready", flush=True)
        sys.stdin.readline()
        print(await archive.archive(int(hall_id), chunk=int(chunk)), flush=True)
    finally:
        await db.dispose()

asyncio.run(main(*sys.argv[1:]))
"""


async def test_two_processes_archiving_one_hall_move_each_event_once(db, db_url, hall, clock):
    h = hall.hall_id
    old = await old_events(db, h, 1500, timedelta(days=1000))
    trail = await audit_trail_ids(db, h)
    url = db_url.render_as_string(hide_password=False)
    archivers = [start_python(ARCHIVER, url, h, clock.now().isoformat(), 20) for _ in range(2)]
    try:
        for p in archivers:
            assert await read_line(p) == "ready"
        for p in archivers:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        counts = [int(await read_line(p)) for p in archivers]
        for p in archivers:
            assert await asyncio.to_thread(p.wait, 60) == 0
    finally:
        for p in archivers:
            if p.poll() is None:
                p.kill()
    assert sum(counts) == len(old)  # no duplicate key reached either, nothing twice
    assert await ids_of(db, EventArchive, h) == old
    assert await archive_consistent(db, h)
    records = await archive_events(db, h)
    assert sorted(int(r.details.split("数量：")[1].split("；")[0]) for r in records) == sorted(
        c for c in counts if c
    )
    assert await audit_trail_ids(db, h) == trail | {r.id for r in records}


async def test_the_command_archives_and_says_so_in_chinese(
    db, db_url, hall, actors, clock, command_env, capsys
):
    h = hall.hall_id
    await busy_day(db, h, actors)
    clock.advance(LATER)
    url = db_url.render_as_string(hide_password=False)

    def run(*args: str) -> int:
        return main(["--db", url, "db", "archive", "--hall", hall.hall_code, *args])

    assert await asyncio.to_thread(run, "--before", "2000-01-01") == 0
    assert "没有" in capsys.readouterr().out
    assert await asyncio.to_thread(run, "--before", "01/02/2000") == 2
    assert "无法识别" in capsys.readouterr().err
    assert await asyncio.to_thread(run) == 0
    out = capsys.readouterr().out
    moved = (await check_archive(db, h)).archived
    assert moved > 0 and f"{moved} 条移入归档" in out and "操作日志中仍可查询" in out
    global_hall = ["--db", url, "--hall", hall.hall_code, "db", "archive"]
    assert await asyncio.to_thread(main, global_hall) == 0
    assert "没有" in capsys.readouterr().out
    await set_archive_days(db, h, 0)
    assert await asyncio.to_thread(run) == 0
    assert "不归档" in capsys.readouterr().out
    assert (await check_archive(db, h)).archived == moved
