"""一件事一次办 in the queue: one number for a whole bundle, carried from step to step.

Issuing a bundle (:func:`plan`, then ``issuing.issue_ticket(bundle=…)``) issues step 1's
line's next number and opens the run (:func:`start_run`) in the same transaction.
Finishing step k (:func:`after_finish`, inside the finish's transaction) carries the
number on to step k+1's line ahead of ordinary tickets, as a transfer does; a window
that serves that line too (综窗) gets it for itself: the citizen is sitting in front of
its clerk, who calls it next instead of sending them back to wait. The last step's
finish ends the run with its whole time; a step that ends without being done stops it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.bundles import ADVANCING, RunStatus
from hall_desktop.domain.errors import NotFound, Refused
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.actor import Actor
from hall_desktop.services.queue.carry import carry_number
from hall_desktop.services.queue.events import write_event
from hall_desktop.services.queue.rows import MoveRow, TicketRow
from hall_desktop.store.models import (
    Bundle,
    BundleRun,
    BundleStep,
    BusinessLine,
    ServiceWindow,
    Ticket,
    WindowLine,
)


@dataclass(frozen=True, slots=True)
class BundlePlan:
    """A bundle as it can be issued now: its route of lines, every one served."""

    id: int
    hall_id: int
    name: str
    line_ids: tuple[int, ...]

    @property
    def steps(self) -> int:
        return len(self.line_ids)


async def plan(
    conn: AsyncSession | AsyncConnection, hall_id: int, bundle_id: int, day: date
) -> BundlePlan:
    """The bundle, refused in plain words when a citizen cannot be taken through it now
    (on service day ``day``): stopped, or a step's line stopped or served by no window."""
    bundle = (
        await conn.execute(
            select(Bundle.name, Bundle.active).where(
                Bundle.id == bundle_id, Bundle.hall_id == hall_id
            )
        )
    ).first()
    if bundle is None:
        raise NotFound(f"找不到该一件事（编号 {bundle_id}）")
    if not bundle.active:
        raise Refused(f"“{bundle.name}”已停用，请按业务分别取号", code="bundle_inactive")
    windows = (
        select(func.count())
        .select_from(WindowLine)
        .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
        .where(
            WindowLine.line_id == BundleStep.line_id,
            WindowLine.serving_on(day),
            ServiceWindow.active.is_(True),
        )
        .scalar_subquery()
    )
    steps = (
        await conn.execute(
            select(BundleStep.position, BusinessLine.id, BusinessLine.name, BusinessLine.active)
            .add_columns(windows.label("windows"))
            .join(BusinessLine, BusinessLine.id == BundleStep.line_id)
            .where(BundleStep.bundle_id == bundle_id)
            .order_by(BundleStep.position)
        )
    ).all()
    if len(steps) < 2:
        raise Refused(
            f"“{bundle.name}”的步骤不完整，请管理员先在“一件事”中设置", code="bundle_incomplete"
        )
    for position, _line_id, line_name, active, windows_serving in steps:
        if not active:
            raise Refused(
                f"“{bundle.name}”第{position}步的业务“{line_name}”已停止取号，"
                "暂不能按一件事取号，请按业务分别取号",
                code="bundle_line_inactive",
            )
        if not windows_serving:
            raise Refused(
                f"“{bundle.name}”第{position}步的业务“{line_name}”没有窗口办理，"
                "暂不能按一件事取号，请联系管理员设置窗口",
                code="bundle_no_window",
            )
    return BundlePlan(bundle_id, hall_id, bundle.name, tuple(s[1] for s in steps))


async def start_run(
    conn: AsyncConnection, bundle: BundlePlan, row: TicketRow, now: datetime
) -> TicketRow:
    """Open the run of a ticket just issued for ``bundle`` (in the issue's transaction,
    the bundle checked again there); the ticket as step 1 of it."""
    fresh = await plan(conn, row.hall_id, bundle.id, row.service_day)
    if fresh.line_ids != bundle.line_ids or fresh.line_ids[0] != row.line_id:
        raise Refused(f"“{bundle.name}”刚被管理员修改，请重新取号", code="bundle_changed")
    run_id: int = (
        await conn.execute(
            insert(BundleRun)
            .values(
                hall_id=row.hall_id,
                bundle_id=bundle.id,
                service_day=row.service_day,
                number=row.number,
                steps=fresh.steps,
                line_ids=list(fresh.line_ids),
                status=RunStatus.OPEN.value,
                started_at=now,
            )
            .returning(BundleRun.id)
        )
    ).scalar_one()
    step: dict[str, Any] = {"bundle_run_id": run_id, "bundle_step": 1, "bundle_steps": fresh.steps}
    await conn.execute(update(Ticket).where(Ticket.id == row.id).values(step))
    return dataclasses.replace(row, **step)


async def after_finish(
    conn: AsyncConnection,
    actor: Actor,
    row: MoveRow,
    moved: TicketRow,
    now: datetime,
    outcome: Outcome,
) -> None:
    """In the finish's transaction, after its event: carry a bundle's number on to the
    next step, or end the run (done after the last step; stopped when the step was not
    done)."""
    if moved.bundle_run_id is None or moved.bundle_step is None:
        return
    run = (
        await conn.execute(
            select(BundleRun.id, BundleRun.status, BundleRun.started_at, BundleRun.line_ids).where(
                BundleRun.id == moved.bundle_run_id
            )
        )
    ).first()
    if run is None or run.status != RunStatus.OPEN.value:
        return
    step, route = moved.bundle_step, list(run.line_ids)
    facts = {"number": moved.number, "line_id": moved.line_id, "window_number": row.window_number}
    if outcome in ADVANCING and step < len(route):
        # Sent on even if the next line has stopped issuing since: this citizen holds a
        # number for it. A window serving the next line too keeps the citizen.
        to_line = route[step]
        here = moved.window_id
        serves = here is not None and bool(
            await conn.scalar(
                select(func.count())
                .select_from(WindowLine)
                .where(
                    WindowLine.window_id == here,
                    WindowLine.line_id == to_line,
                    WindowLine.serving_on(moved.service_day),
                )
            )
        )
        to_window = here if serves else None
        new_id = await carry_number(
            conn,
            moved,
            line_id=to_line,
            window_id=to_window,
            issued_by_id=actor.staff_id,
            now=now,
            note=None,
            bundle_step=step + 1,
        )
        await write_event(
            conn,
            EventKind.BUNDLE_STEP_SENT,
            now,
            actor,
            hall_id=moved.hall_id,
            ticket_id=moved.id,
            window_id=moved.window_id,
            payload={
                **facts,
                "to_ticket_id": new_id,
                "to_line_id": to_line,
                "to_window_id": to_window,
                "to_step": step + 1,
                "bundle_steps": len(route),
            },
        )
        return
    status = RunStatus.DONE if outcome in ADVANCING else RunStatus.STOPPED
    await conn.execute(
        update(BundleRun)
        .where(BundleRun.id == run.id, BundleRun.status == RunStatus.OPEN.value)
        .values(status=status.value, ended_at=now)
    )
    await write_event(
        conn,
        EventKind.BUNDLE_RUN_ENDED,
        now,
        actor,
        hall_id=moved.hall_id,
        ticket_id=moved.id,
        window_id=moved.window_id,
        payload={
            **facts,
            "bundle_step": step,
            "bundle_steps": len(route),
            "run_status": status.value,
            "run_seconds": round((now - run.started_at).total_seconds()),
        },
    )


async def stop_open_runs(conn: AsyncSession, hall_id: int, today: date, now: datetime) -> int:
    """日终: the runs of today and before still open (their number expired) stop; how many."""
    result = await conn.execute(
        update(BundleRun)
        .where(
            BundleRun.hall_id == hall_id,
            BundleRun.service_day <= today,
            BundleRun.status == RunStatus.OPEN.value,
        )
        .values(status=RunStatus.STOPPED.value, ended_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
