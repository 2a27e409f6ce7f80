"""每日作业 on both backends: the daily backup of a single-PC hall (SQLite) into the hall's
folder, keeping the newest files, once a day; none on PostgreSQL; 立即备份; the backup
status the admin screen shows and when it warns; refusals in Chinese that leave no claim
behind; and a screen that follows its hall runs the day's jobs by itself."""

from __future__ import annotations

import sqlite3
from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.services.daily import DailyJobs, Job, prune_backups
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.store.models import BackupRecord, DailyJob, Event, Hall

ZONE = ZoneInfo("Asia/Shanghai")


async def _folder(db, actors, folder: Path, keep: int = 7) -> None:
    await HallSettingsService(db).update(
        actors["admin"], backup_folder=str(folder), backup_keep=keep
    )


async def _made(db, hall_id: int) -> list[tuple[str, str]]:
    async with db.read() as session:
        return [
            (r.how, r.path)
            for r in await session.scalars(
                select(BackupRecord)
                .where(BackupRecord.hall_id == hall_id)
                .order_by(BackupRecord.id)
            )
        ]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_a_single_pc_hall_backs_up_once_a_day_and_keeps_the_newest(
    db, hall, actors, clock, tmp_path
):
    folder = tmp_path / "备份"
    await _folder(db, actors, folder, keep=2)
    jobs = DailyJobs(db)
    today = local_today(clock, ZONE)
    first = await jobs.backup(hall.hall_id, today)
    assert first.ran and not (await jobs.backup(hall.hall_id, today)).ran  # once a day
    copy = Path(first.counts["backup_file"])
    assert copy.parent == folder and copy.name.startswith(f"hall-{hall.hall_code}-")
    with sqlite3.connect(copy) as conn:  # a whole database, checked
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM hall").fetchone()[0] >= 1
    for n in (1, 2, 3):
        clock.set_local(today + timedelta(days=n), time(7, 30), ZONE)
        last = await jobs.backup(hall.hall_id, today + timedelta(days=n))
        assert last.ran
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 2 and kept[-1] == Path(last.counts["backup_file"]).name
    assert kept[-1].startswith(f"hall-{hall.hall_code}-{today + timedelta(days=3):%Y%m%d}-0730")
    assert [how for how, _ in await _made(db, hall.hall_id)] == ["daily"] * 4
    async with db.read() as session:
        logged = await session.scalar(
            select(func.count()).where(
                Event.hall_id == hall.hall_id, Event.kind == EventKind.BACKUP_MADE
            )
        )
    assert logged == 4


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
async def test_a_shared_database_has_no_daily_backup_from_a_pc(db, hall, actors, clock, tmp_path):
    await _folder(db, actors, tmp_path)
    run = await DailyJobs(db).backup(hall.hall_id, local_today(clock, ZONE))
    assert not run.ran and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_a_folder_that_cannot_be_written_is_said_and_tried_again(
    db, hall, actors, clock, tmp_path
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    await _folder(db, actors, blocker / "backups")
    jobs = DailyJobs(db)
    today = local_today(clock, ZONE)
    with pytest.raises(Refused) as e:
        await jobs.backup(hall.hall_id, today)
    assert "无法写入备份文件夹" in e.value.message
    assert Job.BACKUP not in await jobs.done_today(hall.hall_id, today)  # claim given back
    runs = await jobs.run_due(hall.hall_id)  # the day's jobs go on without it
    assert [r.job for r in runs] == [Job.PURGE, Job.ARCHIVE] and await _made(db, hall.hall_id) == []
    await _folder(db, actors, tmp_path / "ok")
    assert (await jobs.backup(hall.hall_id, today)).ran  # tried again: done


async def test_the_status_warns_when_the_last_backup_is_old(db, hall, actors, clock, tmp_path):
    jobs = DailyJobs(db)
    boss = actors["zhuren"]
    fresh = await jobs.backup_status(boss)
    assert fresh.made_at is None and not fresh.overdue  # a new hall: not yet due
    async with db.write() as session:
        await session.execute(
            update(Hall)
            .where(Hall.id == hall.hall_id)
            .values(created_at=clock.now() - timedelta(days=30))
        )
    never = await jobs.backup_status(boss)
    assert never.overdue and never.warn_days == 3
    with pytest.raises(Refused, match="备份文件夹"):
        await jobs.backup_now(boss)  # no folder yet
    await _folder(db, actors, tmp_path)
    made = await jobs.backup_now(boss)
    assert Path(made["backup_file"]).exists()
    now = await jobs.backup_status(boss)
    assert not now.overdue and now.how == "manual" and now.size_bytes > 0
    clock.set(clock.now() + timedelta(days=4))
    assert (await jobs.backup_status(boss)).overdue
    await HallSettingsService(db).update(actors["admin"], backup_warn_days=0)
    assert not (await jobs.backup_status(boss)).overdue  # 0: never warns
    with pytest.raises(PermissionDenied):
        await jobs.backup_now(actors["clerk1"])


def test_pruning_touches_only_this_halls_backups(tmp_path):
    names = [f"hall-A-2026120{d}-080000.sqlite3" for d in range(1, 6)]
    for name in [*names, "hall-B-20261201-080000.sqlite3", "notes.txt"]:
        (tmp_path / name).write_text("x")
    gone = prune_backups(tmp_path, "A", 2)
    assert [p.name for p in gone] == names[:3]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*names[3:], "hall-B-20261201-080000.sqlite3", "notes.txt"]
    )


@pytest.mark.parametrize(
    ("value", "ok"),
    [("", True), ("/srv/hall/backup", True), ("D:\\大厅备份", True), ("backup", False)],
)
async def test_the_backup_folder_is_a_whole_path(db, actors, value, ok):
    service = HallSettingsService(db)
    if ok:
        assert (await service.update(actors["admin"], backup_folder=value)).backup_folder == value
        return
    with pytest.raises(ValidationError) as e:
        await service.update(actors["admin"], backup_folder=value)
    assert e.value.field == "backup_folder" and "完整路径" in e.value.message


async def test_the_archive_setting_is_never_or_at_least_ninety_days(db, actors):
    service = HallSettingsService(db)
    assert (await service.update(actors["admin"], archive_after_days=0)).archive_after_days == 0
    with pytest.raises(ValidationError, match="0（不归档）或 90 到 7300"):
        await service.update(actors["admin"], archive_after_days=30)


async def test_the_daily_claims_are_per_hall_and_day(db, hall, clock):
    jobs = DailyJobs(db)
    day = date(2026, 12, 31)
    assert (await jobs.purge(hall.hall_id, day)).ran
    assert (await jobs.purge(hall.hall_id, day + timedelta(days=1))).ran  # 1 January
    async with db.read() as session:
        days = sorted(
            await session.scalars(select(DailyJob.day).where(DailyJob.hall_id == hall.hall_id))
        )
    assert days == [day, day + timedelta(days=1)]


async def test_the_daily_archive_moves_the_events_past_the_hall_setting(db, hall, clock):
    """The archive job (services.archive) by the hall's archive_after_days, once a day."""
    from hall_desktop.store.events import record_event
    from hall_desktop.store.models import EventArchive

    old = clock.now() - timedelta(days=800)
    async with db.write() as session:
        for _ in range(3):
            await record_event(
                session, hall_id=hall.hall_id, at=old, kind=EventKind.HALL_SETTINGS_CHANGED
            )
        await record_event(  # the newest stays whatever its age: here a fresh one
            session, hall_id=hall.hall_id, at=clock.now(), kind=EventKind.HALL_SETTINGS_CHANGED
        )
    jobs = DailyJobs(db)
    today = local_today(clock, ZONE)
    run = await jobs.run(Job.ARCHIVE, hall.hall_id, today)
    assert run.ran and run.counts == {"events": 3}
    assert not (await jobs.run(Job.ARCHIVE, hall.hall_id, today)).ran
    async with db.read() as session:
        archived = await session.scalar(
            select(func.count()).where(EventArchive.hall_id == hall.hall_id)
        )
    assert archived == 3
