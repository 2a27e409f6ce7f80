"""The hall's daily jobs (每日作业): run once per hall and service day by whichever PC
of the hall is up first, whatever its role (with a database account per kind of PC,
whichever PC's account may: the admin's).

- ``purge``: 个人信息保护, blank the personal data past the hall's retention periods
  (:mod:`hall_desktop.services.retention`);
- ``archive``: move events older than ``hall.archive_after_days`` to the archive
  (:mod:`hall_desktop.services.archive`), the audit log still finds them;
- ``backup``: a single-PC hall (SQLite) with a backup folder copies its database there,
  keeping the newest ``hall.backup_keep`` files.

Once means once: a job's ``daily_job`` row (hall, job, day) is its claim, inserted with
``ON CONFLICT DO NOTHING``. The purge claims and purges in one transaction, so two PCs
starting together purge once, and a PC that fails midway leaves no claim for the next to
respect. The archive and the backup take longer than a transaction should: their claim is
committed first, and a backup that fails gives its claim back so a later start tries
again (the archive needs no second try the same day: the next day's run carries on).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import HallError, NotFound, Refused
from hall_desktop.domain.events import EventKind
from hall_desktop.services.actor import MANAGERS, Actor, record_action, require
from hall_desktop.services.archive import ArchiveService
from hall_desktop.services.retention import purge_personal_data
from hall_desktop.store.calendar import insert_ignoring_duplicates
from hall_desktop.store.database import Database
from hall_desktop.store.events import record_event
from hall_desktop.store.models import BackupRecord, DailyJob, Hall

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"


class Job(StrEnum):
    PURGE = "purge"
    ARCHIVE = "archive"
    BACKUP = "backup"


@dataclass(frozen=True, slots=True)
class JobRun:
    job: Job
    day: date
    ran: bool  # False: done already today (by this PC or another), or not due
    counts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """What the admin screen says about backups (数据备份)."""

    made_at: datetime | None  # the last one, None: never
    path: str
    size_bytes: int
    how: str  # manual / daily
    warn_days: int  # 0: no warning
    overdue: bool  # the last one (or the hall's start, if none) is older than warn_days
    folder: str  # the daily backup's folder ("" none)
    keep: int


def backup_name(hall_code: str, at: datetime) -> str:
    """``hall-A-20261205-083000.sqlite3``: sorts by time, names the hall."""
    return f"hall-{hall_code}-{at:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def prune_backups(folder: Path, hall_code: str, keep: int) -> list[Path]:
    """Delete this hall's backup files in ``folder`` beyond the newest ``keep``; only files
    named as :func:`backup_name` names them are touched."""
    mine = sorted(folder.glob(f"hall-{hall_code}-*{BACKUP_SUFFIX}"))
    gone = mine[: max(0, len(mine) - keep)]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


async def _claim(session: AsyncSession, hall_id: int, job: Job, day: date, now: datetime) -> bool:
    """Insert the job's row for the day; False when it is there already (on PostgreSQL a
    second PC waits for the first's transaction, then finds it)."""
    done = await session.execute(
        insert_ignoring_duplicates(session, DailyJob)
        .values(hall_id=hall_id, job=job.value, day=day, started_at=now, counts={})
        .returning(DailyJob.day)
    )
    return done.first() is not None


async def _finish(
    session: AsyncSession, hall_id: int, job: Job, day: date, now: datetime, counts: dict[str, Any]
) -> None:
    await session.execute(
        update(DailyJob)
        .where(DailyJob.hall_id == hall_id, DailyJob.job == job.value, DailyJob.day == day)
        .values(finished_at=now, counts=counts)
    )


class DailyJobs:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def _hall(self, hall_id: int) -> Hall:
        async with self.db.read() as session:
            hall = await session.get(Hall, hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            session.expunge(hall)
            return hall

    async def run_due(self, hall_id: int) -> list[JobRun]:
        """Every job not yet done for the hall's service day today; one failing does not
        stop the others (it is logged; the next start tries again)."""
        hall = await self._hall(hall_id)
        today = local_today(self.db.clock, ZoneInfo(hall.timezone))
        runs: list[JobRun] = []
        keeps_data = await self._may_keep_the_data()  # once for the purge and the archive
        for job in Job:
            if job is not Job.BACKUP and not keeps_data:
                continue
            try:
                runs.append(await self.run(job, hall_id, today))
            except HallError as e:
                log.warning("daily job %s of hall %s not done: %s", job, hall_id, e)
        return runs

    async def _may_keep_the_data(self) -> bool:
        """Whether this PC's database account may purge and archive: on PostgreSQL with
        a role per kind of PC (store.pg_roles) only the admin's (and the owner's) may;
        the admin program runs the jobs then, every PC otherwise."""
        if not self.db.is_postgresql:
            return True
        async with self.db.read() as session:
            return bool(
                await session.scalar(
                    text(
                        "SELECT has_table_privilege('event_archive', 'INSERT') "
                        "AND has_table_privilege('daily_job', 'INSERT')"
                    )
                )
            )

    async def done_today(self, hall_id: int, day: date) -> set[Job]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(DailyJob.job).where(DailyJob.hall_id == hall_id, DailyJob.day == day)
            )
            return {Job(j) for j in rows}

    async def run(self, job: Job, hall_id: int, day: date) -> JobRun:
        if job is Job.PURGE:
            return await self.purge(hall_id, day)
        if job is Job.ARCHIVE:
            return await self.archive(hall_id, day)
        return await self.backup(hall_id, day)

    async def purge(self, hall_id: int, day: date) -> JobRun:
        async with self.db.write() as session:
            now = await self.db.now(session)
            if not await _claim(session, hall_id, Job.PURGE, day, now):
                return JobRun(Job.PURGE, day, ran=False)
            counts = asdict(await purge_personal_data(session, hall_id, day, now))
            await _finish(session, hall_id, Job.PURGE, day, now, counts)
        return JobRun(Job.PURGE, day, ran=True, counts=counts)

    async def archive(self, hall_id: int, day: date) -> JobRun:
        async with self.db.write() as session:
            now = await self.db.now(session)
            if not await _claim(session, hall_id, Job.ARCHIVE, day, now):
                return JobRun(Job.ARCHIVE, day, ran=False)
        moved = await ArchiveService(self.db).run_for_day(hall_id)
        counts = {"events": moved}
        async with self.db.write() as session:
            await _finish(session, hall_id, Job.ARCHIVE, day, await self.db.now(session), counts)
        return JobRun(Job.ARCHIVE, day, ran=True, counts=counts)

    async def backup(self, hall_id: int, day: date) -> JobRun:
        """The daily copy of a single-PC hall's SQLite file (none on PostgreSQL: the
        server's own backups, or ``hall-desktop db backup``, look after a shared one)."""
        hall = await self._hall(hall_id)
        if not self.db.is_sqlite or not hall.backup_folder.strip():
            return JobRun(Job.BACKUP, day, ran=False)
        async with self.db.write() as session:
            now = await self.db.now(session)
            if not await _claim(session, hall_id, Job.BACKUP, day, now):
                return JobRun(Job.BACKUP, day, ran=False)
        try:
            counts = await self._copy(hall, Path(hall.backup_folder), "daily", None)
        except (HallError, OSError) as e:
            async with self.db.write() as session:  # given back: a later start tries again
                await session.execute(
                    delete(DailyJob).where(
                        DailyJob.hall_id == hall_id,
                        DailyJob.job == Job.BACKUP.value,
                        DailyJob.day == day,
                    )
                )
            if isinstance(e, HallError):
                raise
            raise Refused(f"每日备份失败：{e}", code="backup_failed") from e
        async with self.db.write() as session:
            await _finish(session, hall_id, Job.BACKUP, day, await self.db.now(session), counts)
        return JobRun(Job.BACKUP, day, ran=True, counts=counts)

    async def backup_now(self, actor: Actor) -> dict[str, Any]:
        """立即备份 from the admin screen, into the hall's backup folder."""
        require(actor, *MANAGERS, action="备份数据库")
        hall = await self._hall(actor.hall_id)
        if not hall.backup_folder.strip():
            raise Refused("请先在大厅设置中填写备份文件夹", code="no_folder")
        return await self._copy(hall, Path(hall.backup_folder), "manual", actor)

    async def _copy(
        self, hall: Hall, folder: Path, how: str, actor: Actor | None
    ) -> dict[str, Any]:
        if self.db.is_sqlite:
            name = backup_name(hall.code, self.db.clock.now().astimezone(ZoneInfo(hall.timezone)))
        else:
            name = backup_name(hall.code, self.db.clock.now()).replace(BACKUP_SUFFIX, ".dump")
        target = folder.expanduser() / name
        # Imported here: it brings Alembic, which no screen needs to start.
        from hall_desktop.store.backup import backup

        try:
            report = await asyncio.to_thread(backup, self.db.url, target)
        except (OSError, sqlite3.Error) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            raise Refused(f"无法写入备份文件夹 {folder}：{reason}", code="folder") from e
        removed = await asyncio.to_thread(
            prune_backups, folder.expanduser(), hall.code, hall.backup_keep
        )
        counts = {
            "backup_file": str(report.path),
            "backup_bytes": report.bytes,
            "backups_removed": len(removed),
        }
        async with self.db.write() as session:
            now = await self.db.now(session)
            session.add(
                BackupRecord(
                    hall_id=hall.id,
                    made_at=now,
                    path=str(report.path),
                    size_bytes=report.bytes,
                    how=how,
                    by_id=actor.staff_id if actor is not None else None,
                )
            )
            if actor is not None:
                await record_action(session, actor, EventKind.BACKUP_MADE, at=now, payload=counts)
            else:
                await record_event(
                    session, hall_id=hall.id, at=now, kind=EventKind.BACKUP_MADE, payload=counts
                )
        return counts

    async def backup_status(self, actor: Actor) -> BackupStatus:
        """The last backup of the database (made by any PC or the command line)."""
        require(actor, *MANAGERS, action="查看备份情况")
        async with self.db.read() as session:
            hall = await session.get(Hall, actor.hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {actor.hall_id} 的大厅")
            last = await session.scalar(
                select(BackupRecord)
                .where((BackupRecord.hall_id == hall.id) | BackupRecord.hall_id.is_(None))
                .order_by(BackupRecord.made_at.desc())
                .limit(1)
            )
            now = await self.db.now(session)
        since = last.made_at if last is not None else hall.created_at
        warn = hall.backup_warn_days
        return BackupStatus(
            made_at=last.made_at if last is not None else None,
            path=last.path if last is not None else "",
            size_bytes=last.size_bytes if last is not None else 0,
            how=last.how if last is not None else "",
            warn_days=warn,
            overdue=warn > 0 and now - since > timedelta(days=warn),
            folder=hall.backup_folder,
            keep=hall.backup_keep,
        )
