"""清廉大厅 patrols (定时巡查和不定时检查): the duty supervisor walks the floor and checks
each window against the hall's checklist (大厅设置 → 巡查项目).

One patrol is one transaction: a :class:`~hall_desktop.store.models.Patrol` row, a
:class:`~hall_desktop.store.models.PatrolCheck` per window and item, and for each item
not met a 督查 finding in the case ledger (:func:`~hall_desktop.services.cases.open_finding`,
the same path as :meth:`CaseService.record_finding`) naming the window, the clerk
signed in there and the supervisor as inspector; then one ``patrol_recorded`` event
with the counts. A refusal leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.cases import CaseKind
from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import local_midnight, service_day
from hall_desktop.domain.patrol import checklist_items, finding_category, finding_text
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.cases import (
    FindingForm,
    clean_finding,
    due_after,
    hall_case_days,
    open_finding,
)
from hall_desktop.services.schedule import HallZones
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.models import (
    Hall,
    LedgerCase,
    Patrol,
    PatrolCheck,
    ServiceWindow,
    Staff,
)

__all__ = ["PatrolCheckForm", "PatrolCheckRow", "PatrolRecord", "PatrolService"]


@dataclass(frozen=True, slots=True)
class PatrolCheckForm:
    """One checklist item at one window: met (达标) or not, with a note."""

    window_id: int
    item: str
    met: bool = True
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PatrolCheckRow:
    """A check as recorded; a "not met" names its 督查 case and the clerk concerned."""

    window_id: int
    window_number: int
    item: str
    met: bool
    note: str | None
    case_id: int | None
    clerk_name: str | None  # the clerk the finding concerns (None when met)

    @property
    def case_code(self) -> str | None:
        """The finding's number as the ledger prints it (TZ000123)."""
        return None if self.case_id is None else f"TZ{self.case_id:06d}"


@dataclass(frozen=True, slots=True)
class PatrolRecord:
    """A patrol: when, by whom, its note and its checks (by window number, then the
    checklist's order as recorded)."""

    id: int
    at: datetime
    by_name: str
    note: str | None
    checks: tuple[PatrolCheckRow, ...]

    @property
    def window_numbers(self) -> tuple[int, ...]:
        return tuple(sorted({c.window_number for c in self.checks}))

    @property
    def not_met(self) -> tuple[PatrolCheckRow, ...]:
        return tuple(c for c in self.checks if not c.met)

    @property
    def case_codes(self) -> tuple[str, ...]:
        return tuple(c.case_code for c in self.checks if c.case_code is not None)


def _cleaned(check: PatrolCheckForm) -> PatrolCheckForm:
    return PatrolCheckForm(
        window_id=check.window_id,
        item=rules.PATROL_ITEM.clean(check.item, required=True),
        met=bool(check.met),
        note=rules.PATROL_CHECK_NOTE.optional(check.note),
    )


@retry_conflicts
class PatrolService:
    """清廉大厅 patrols: the checklist, recording a patrol, a day's patrols."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._zones = HallZones()

    async def checklist(self, hall_id: int) -> tuple[str, ...]:
        """The hall's patrol items, in order (大厅设置 → 巡查项目)."""
        async with self.db.read() as session:
            text = await session.scalar(select(Hall.patrol_checklist).where(Hall.id == hall_id))
            if text is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            return checklist_items(text)

    async def record(
        self, actor: Actor, checks: Sequence[PatrolCheckForm], note: str | None = None
    ) -> PatrolRecord:
        """A patrol with its checks; each item not met opens a 督查 finding (离岗 for
        在岗, else 服务规范) about the window and the clerk signed in there."""
        require(actor, *MANAGERS, action="登记巡查")
        general = rules.PATROL_NOTE.optional(note)
        wanted = [_cleaned(c) for c in checks]
        if not wanted:
            raise ValidationError("checks", "巡查记录中没有任何检查项，请至少检查一个窗口")
        async with self.db.write() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="登记巡查")
            now = await self.db.now(session)
            today = service_day(now, await self._zones.get(session, fresh.hall_id))
            windows = await self._checked_windows(session, fresh.hall_id, wanted)
            patrol = Patrol(hall_id=fresh.hall_id, at=now, by_id=fresh.staff_id, note=general)
            session.add(patrol)
            await session.flush()
            due: date | None = None
            if any(not c.met for c in wanted):
                days = (await hall_case_days(session, fresh.hall_id))[CaseKind.FINDING]
                due = await due_after(session, fresh.hall_id, today, days)
            case_ids: list[int] = []
            for check in wanted:
                case_id = None
                if not check.met:
                    window = windows[check.window_id]
                    form = FindingForm(
                        category=finding_category(check.item),
                        text=finding_text(
                            window.number, check.item, check.note, rules.CASE_TITLE.max_length
                        ),
                        inspector=fresh.name,
                        found_on=today,
                        window_id=window.id,
                        clerk_id=window.clerk_id,
                        due_date=due,
                    )
                    case_id = await open_finding(
                        session, fresh, clean_finding(form), now=now, today=today
                    )
                    case_ids.append(case_id)
                session.add(
                    PatrolCheck(
                        patrol_id=patrol.id,
                        window_id=check.window_id,
                        item=check.item,
                        met=check.met,
                        note=check.note,
                        case_id=case_id,
                    )
                )
            await session.flush()
            await record_action(
                session,
                fresh,
                EventKind.PATROL_RECORDED,
                at=now,
                payload={
                    "patrol_id": patrol.id,
                    "windows_checked": len(windows),
                    "checks": len(wanted),
                    "not_met": len(case_ids),
                    "case_ids": case_ids,
                    "note": general,
                },
            )
            (record,) = await self._records(session, [patrol])
            return record

    async def patrols_of_day(self, actor: Actor, day: date) -> list[PatrolRecord]:
        """The patrols of the hall's ``day``, oldest first, each with its checks."""
        async with self.db.read() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="查看巡查记录")
            zone = await self._zones.get(session, fresh.hall_id)
            patrols = list(
                await session.scalars(
                    select(Patrol)
                    .where(
                        Patrol.hall_id == fresh.hall_id,
                        Patrol.at >= local_midnight(day, zone),
                        Patrol.at < local_midnight(day + timedelta(days=1), zone),
                    )
                    .order_by(Patrol.at, Patrol.id)
                )
            )
            return await self._records(session, patrols)

    # ---------------------------------------------------------------- internals

    async def _checked_windows(
        self, session: AsyncSession, hall_id: int, checks: Sequence[PatrolCheckForm]
    ) -> dict[int, ServiceWindow]:
        """The windows checked, each of this hall and in use, and every item on the
        hall's checklist and checked once per window; else a Chinese refusal."""
        ids = {c.window_id for c in checks}
        windows = {
            w.id: w
            for w in await session.scalars(
                select(ServiceWindow).where(
                    ServiceWindow.id.in_(ids), ServiceWindow.hall_id == hall_id
                )
            )
        }
        items = checklist_items(
            await session.scalar(select(Hall.patrol_checklist).where(Hall.id == hall_id)) or ""
        )
        seen: set[tuple[int, str]] = set()
        for check in checks:
            window = windows.get(check.window_id)
            if window is None:
                raise ValidationError("window_id", "巡查的窗口不属于本大厅，或已被删除")
            if not window.active:
                raise ValidationError("window_id", f"{window.number}号窗口未启用，不能登记巡查")
            if check.item not in items:
                raise ValidationError(
                    "item",
                    f"“{check.item}”不在本大厅的巡查项目中"
                    "（巡查项目可能刚被修改，请重新打开巡查表）",
                )
            if (check.window_id, check.item) in seen:
                raise ValidationError(
                    "checks", f"{window.number}号窗口的“{check.item}”检查了两次，每项只能登记一次"
                )
            seen.add((check.window_id, check.item))
        return windows

    async def _records(
        self, session: AsyncSession, patrols: Sequence[Patrol]
    ) -> list[PatrolRecord]:
        if not patrols:
            return []
        checks = list(
            await session.scalars(
                select(PatrolCheck)
                .where(PatrolCheck.patrol_id.in_([p.id for p in patrols]))
                .order_by(PatrolCheck.id)
            )
        )
        numbers = dict(
            (
                await session.execute(
                    select(ServiceWindow.id, ServiceWindow.number).where(
                        ServiceWindow.id.in_({c.window_id for c in checks})
                    )
                )
            ).all()
        )
        clerks = dict(
            (
                await session.execute(
                    select(LedgerCase.id, Staff.name)
                    .join(Staff, Staff.id == LedgerCase.clerk_id)
                    .where(LedgerCase.id.in_({c.case_id for c in checks if c.case_id}))
                )
            ).all()
        )
        names = dict(
            (
                await session.execute(
                    select(Staff.id, Staff.name).where(Staff.id.in_({p.by_id for p in patrols}))
                )
            ).all()
        )
        by_patrol: dict[int, list[PatrolCheckRow]] = {p.id: [] for p in patrols}
        for c in checks:
            by_patrol[c.patrol_id].append(
                PatrolCheckRow(
                    window_id=c.window_id,
                    window_number=numbers[c.window_id],
                    item=c.item,
                    met=c.met,
                    note=c.note,
                    case_id=c.case_id,
                    clerk_name=clerks.get(c.case_id) if c.case_id else None,
                )
            )
        return [
            PatrolRecord(
                id=p.id,
                at=p.at,
                by_name=names.get(p.by_id, ""),
                note=p.note,
                checks=tuple(
                    sorted(by_patrol[p.id], key=lambda row: row.window_number)  # stable
                ),
            )
            for p in patrols
        ]
