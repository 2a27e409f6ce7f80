"""一件事一次办 administration: the hall's bundles (an ordered route over business lines,
each step with the catalogue items it covers), the desk's list of them, and the runs
with their whole time for the reports.

Supervisors and administrators edit; a bundle is never deleted (runs name it), it is
stopped (停用). Every change writes its event (``bundle_created``, ``bundle_edited``) in
the same transaction. The rules of a route: :mod:`hall_desktop.domain.bundles`; how a
run goes through the queue: :mod:`hall_desktop.services.queue.bundle_runs`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.bundles import RunStatus, StepPlan, check_steps, clean_name
from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.events import EventKind, changes
from hall_desktop.services import rules
from hall_desktop.services.actor import (
    ISSUERS,
    MANAGERS,
    STAFF,
    Actor,
    Role,
    recheck,
    record_action,
    require,
)
from hall_desktop.store.database import Database
from hall_desktop.store.models import Bundle, BundleRun, BundleStep, BusinessLine, ServiceItem


@dataclass(frozen=True, slots=True)
class BundleStepInfo:
    position: int
    line_id: int
    line_name: str
    item_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class BundleInfo:
    id: int
    name: str
    active: bool
    sort_order: int
    steps: tuple[BundleStepInfo, ...]

    @property
    def route(self) -> str:
        """开办企业 → 综合受理 → 税务"""
        return " → ".join(s.line_name for s in self.steps)


@dataclass(frozen=True, slots=True)
class BundleRunInfo:
    """One citizen's way through a bundle; ``seconds`` from the issue of step 1 to the
    finish of the last (None while open, and for a run that stopped midway)."""

    id: int
    bundle_id: int
    bundle_name: str
    number: str
    steps: int
    status: RunStatus
    started_at: datetime
    ended_at: datetime | None

    @property
    def seconds(self) -> float | None:
        if self.status is not RunStatus.DONE or self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds()


class BundleAdminService:
    """一件事的维护 and reads."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def bundles(self, actor: Actor, *, include_inactive: bool = True) -> list[BundleInfo]:
        """The hall's bundles in their order; the desk asks for the active ones."""
        require(actor, *ISSUERS, Role.ADMIN, action="查看一件事")
        async with self.db.read() as session:
            return await self._bundles(session, actor.hall_id, include_inactive=include_inactive)

    async def _bundles(
        self,
        session: AsyncSession,
        hall_id: int,
        *,
        include_inactive: bool = True,
        only: int | None = None,
    ) -> list[BundleInfo]:
        query = select(Bundle).where(Bundle.hall_id == hall_id)
        if not include_inactive:
            query = query.where(Bundle.active.is_(True))
        if only is not None:
            query = query.where(Bundle.id == only)
        bundles = list(await session.scalars(query.order_by(Bundle.sort_order, Bundle.id)))
        steps: dict[int, list[BundleStepInfo]] = {b.id: [] for b in bundles}
        rows = await session.execute(
            select(BundleStep, BusinessLine.name)
            .join(BusinessLine, BusinessLine.id == BundleStep.line_id)
            .where(BundleStep.bundle_id.in_(list(steps)))
            .order_by(BundleStep.bundle_id, BundleStep.position)
        )
        for step, line_name in rows:
            steps[step.bundle_id].append(
                BundleStepInfo(step.position, step.line_id, line_name, tuple(step.item_ids))
            )
        return [
            BundleInfo(b.id, b.name, b.active, b.sort_order, tuple(steps[b.id])) for b in bundles
        ]

    async def save(
        self,
        actor: Actor,
        bundle_id: int | None,
        *,
        name: str,
        steps: Sequence[StepPlan],
        active: bool | None = None,
        sort_order: int = 0,
    ) -> BundleInfo:
        """Create (``bundle_id`` None) or replace a bundle with its steps, all or nothing.

        Refused in plain words: no name, a name taken, fewer than two steps, a line in
        two steps, a line or item not of this hall. Runs already under way keep the
        route they began with. ``active`` None: a new bundle is active, an edited one
        keeps its state (:meth:`set_active` stops and starts it).
        """
        action = "新增一件事" if bundle_id is None else "修改一件事"
        require(actor, *MANAGERS, action=action)
        name = clean_name(rules.BUNDLE_NAME.clean(name))  # its characters, then its words
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action=action)
            rows = await session.execute(
                select(BusinessLine.id, BusinessLine.name).where(
                    BusinessLine.hall_id == actor.hall_id
                )
            )
            lines = {line_id: line_name for line_id, line_name in rows}
            clean = check_steps(steps, lines)
            wanted = {i for s in clean for i in s.item_ids}
            if wanted:
                found = set(
                    await session.scalars(
                        select(ServiceItem.id).where(
                            ServiceItem.hall_id == actor.hall_id, ServiceItem.id.in_(wanted)
                        )
                    )
                )
                if wanted - found:
                    raise ValidationError("steps", "所选事项不在本大厅的事项目录中，请重新选择")
            taken = await session.scalar(
                select(Bundle.id).where(Bundle.hall_id == actor.hall_id, Bundle.name == name)
            )
            if taken is not None and taken != bundle_id:
                raise ValidationError("name", f"已有名为“{name}”的一件事，请换一个名称")
            route = " → ".join(lines[s.line_id] for s in clean)
            if bundle_id is None:
                active = True if active is None else active
                row = Bundle(hall_id=actor.hall_id, name=name, active=active, sort_order=sort_order)
                session.add(row)
                await session.flush()
                before = None
            else:
                found_row = await session.get(Bundle, bundle_id)
                if found_row is None or found_row.hall_id != actor.hall_id:
                    raise NotFound(f"找不到该一件事（编号 {bundle_id}）")
                row = found_row
                active = row.active if active is None else active
                old = (await self._bundles(session, actor.hall_id, only=row.id))[0]
                before = {
                    "name": old.name,
                    "active": old.active,
                    "sort_order": old.sort_order,
                    "route": old.route,
                    "item_ids": sorted({i for s in old.steps for i in s.item_ids}),
                }
                row.name, row.active, row.sort_order = name, active, sort_order
                await session.execute(delete(BundleStep).where(BundleStep.bundle_id == row.id))
            await session.execute(
                insert(BundleStep),
                [
                    {
                        "bundle_id": row.id,
                        "position": position,
                        "line_id": s.line_id,
                        "item_ids": list(s.item_ids),
                    }
                    for position, s in enumerate(clean, start=1)
                ],
            )
            after = {
                "name": name,
                "active": active,
                "sort_order": sort_order,
                "route": route,
                "item_ids": sorted(wanted),
            }
            now = await self.db.now(session)
            if before is None:
                await record_action(
                    session,
                    actor,
                    EventKind.BUNDLE_CREATED,
                    at=now,
                    payload={"bundle_id": row.id, **after},
                )
            elif diff := changes(before, after):
                await record_action(
                    session,
                    actor,
                    EventKind.BUNDLE_EDITED,
                    at=now,
                    payload={"bundle_id": row.id, "bundle_name": name, "changes": diff},
                )
            await session.flush()
            return (await self._bundles(session, actor.hall_id, only=row.id))[0]

    async def set_active(self, actor: Actor, bundle_id: int, active: bool) -> BundleInfo:
        """启用 / 停用: a stopped bundle is not offered at the desk; runs under way go on."""
        require(actor, *MANAGERS, action="停用一件事")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="停用一件事")
            row = await session.get(Bundle, bundle_id)
            if row is None or row.hall_id != actor.hall_id:
                raise NotFound(f"找不到该一件事（编号 {bundle_id}）")
            if row.active != active:
                await record_action(
                    session,
                    actor,
                    EventKind.BUNDLE_EDITED,
                    at=await self.db.now(session),
                    payload={
                        "bundle_id": row.id,
                        "bundle_name": row.name,
                        "changes": {"active": {"old": row.active, "new": active}},
                    },
                )
                row.active = active
                await session.flush()
            return (await self._bundles(session, actor.hall_id, only=row.id))[0]

    async def step_items(self, actor: Actor, run_id: int, step: int, line_id: int) -> list[int]:
        """The catalogue items a run's step covers (the clerk's finish form ticks them);
        none when the bundle was changed since and that step is now another line's."""
        require(actor, *STAFF, action="查看一件事")
        async with self.db.read() as session:
            found = await session.scalar(
                select(BundleStep.item_ids)
                .join(BundleRun, BundleRun.bundle_id == BundleStep.bundle_id)
                .where(
                    BundleRun.id == run_id,
                    BundleRun.hall_id == actor.hall_id,
                    BundleStep.position == step,
                    BundleStep.line_id == line_id,
                )
            )
            return list(found or [])

    async def runs(self, actor: Actor, start: datetime, end: datetime) -> list[BundleRunInfo]:
        """The runs begun in [start, end), oldest first, each with its status and, when
        every step was done, its whole time (:attr:`BundleRunInfo.seconds`)."""
        require(actor, *MANAGERS, action="查看一件事办理记录")
        async with self.db.read() as session:
            rows = await session.execute(
                select(BundleRun, Bundle.name)
                .join(Bundle, Bundle.id == BundleRun.bundle_id)
                .where(
                    BundleRun.hall_id == actor.hall_id,
                    BundleRun.started_at >= start,
                    BundleRun.started_at < end,
                )
                .order_by(BundleRun.started_at, BundleRun.id)
            )
            return [
                BundleRunInfo(
                    r.id,
                    r.bundle_id,
                    name,
                    r.number,
                    r.steps,
                    RunStatus(r.status),
                    r.started_at,
                    r.ended_at,
                )
                for r, name in rows
            ]
