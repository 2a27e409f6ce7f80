"""Clerks at windows: signing in and out (亮牌服务), pausing and resuming service."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.services import rules
from hall_desktop.services.actor import CALLERS, MANAGERS, Actor, recheck, require
from hall_desktop.services.dto import WindowState
from hall_desktop.services.queue.context import QueueContext
from hall_desktop.services.queue.events import write_event
from hall_desktop.store.models import ServiceWindow, Staff


async def _window_event(
    session: AsyncSession,
    kind: EventKind,
    now: datetime,
    actor: Actor,
    window: ServiceWindow,
    **details: Any,
) -> None:
    await write_event(
        session,
        kind,
        now,
        actor,
        hall_id=window.hall_id,
        window_id=window.id,
        payload={**details, "window_number": window.number},
    )


async def sign_in(
    ctx: QueueContext, actor: Actor, window_id: int, *, take_over: bool
) -> WindowState:
    """A clerk takes a window (亮牌服务: the terminal shows their name and number).

    One clerk per window: a window another clerk is signed in to is refused
    (``code="window_taken"``, the message asks whether to take over) unless
    ``take_over``; taking over signs the other clerk out, recorded as
    ``window_taken_over`` (their screen follows the feed and logs out). A supervisor
    takes over a crashed clerk's window, and the ticket in hand, the same way.
    """
    require(actor, *CALLERS, action="登录窗口")
    async with ctx.db.write() as session:
        now = await ctx.db.now(session)
        actor = await recheck(session, actor, *CALLERS, action="登录窗口")
        # The window taken and any the clerk leaves, locked in id order (two clerks
        # swapping windows must not wait for each other in opposite orders).
        involved = list(
            await session.scalars(
                select(ServiceWindow)
                .where(
                    ServiceWindow.hall_id == actor.hall_id,
                    or_(ServiceWindow.id == window_id, ServiceWindow.clerk_id == actor.staff_id),
                )
                .order_by(ServiceWindow.id)
                .with_for_update(key_share=True)
            )
        )
        window = next((w for w in involved if w.id == window_id), None)
        if window is None:
            raise NotFound(f"找不到窗口（编号 {window_id}）")
        if not window.active:
            raise Refused(f"{window.number}号窗口已停用")
        previous = (
            await session.get(Staff, window.clerk_id)
            if window.clerk_id not in (None, actor.staff_id)
            else None
        )
        if previous is not None and not take_over:
            raise Refused(
                f"{window.number}号窗口已由{previous.name}（工号 {previous.staff_number}）"
                "登录，是否接替？",
                code="window_taken",
            )
        # A clerk works at one window at a time: leave any other one.
        for other in involved:
            if other.id == window.id:
                continue
            other.clerk_id = None
            await _window_event(session, EventKind.WINDOW_SIGNED_OUT, now, actor, other)
        window.clerk_id = actor.staff_id
        taken: dict[str, Any] = (
            {"previous_clerk_id": previous.id, "previous_clerk_name": previous.name}
            if previous is not None
            else {}
        )
        await _window_event(
            session,
            EventKind.WINDOW_TAKEN_OVER if previous is not None else EventKind.WINDOW_SIGNED_IN,
            now,
            actor,
            window,
            clerk_name=actor.name,
            staff_number=actor.staff_number,
            **taken,
        )
        await session.flush()
        return await ctx.window_state(session, window)


async def sign_out(ctx: QueueContext, actor: Actor, window_id: int) -> None:
    require(actor, *CALLERS, action="退出窗口")
    async with ctx.db.write() as session:
        now = await ctx.db.now(session)
        window = await ctx.window(session, actor.hall_id, window_id, lock=True)
        if window.clerk_id == actor.staff_id:
            window.clerk_id = None
            await _window_event(session, EventKind.WINDOW_SIGNED_OUT, now, actor, window)


#: A pause or resume: checks the locked window, changes it, returns the event's details.
WindowChange = Callable[[AsyncSession, ServiceWindow, datetime], Awaitable[dict[str, Any]]]


async def _switch(
    ctx: QueueContext,
    actor: Actor,
    window_id: int,
    kind: EventKind,
    action: str,
    change: WindowChange,
) -> WindowState:
    """Pause or resume a window: its clerk's (or a manager's) change, logged."""
    async with ctx.db.write() as session:
        now = await ctx.db.now(session)
        actor = await recheck(session, actor, *CALLERS, action=action)
        window = await ctx.window(session, actor.hall_id, window_id, lock=True)
        if not actor.has(*MANAGERS):
            await ctx.require_signed_in(session, actor, window.number, window.clerk_id, action)
        details = await change(session, window, now)
        await _window_event(session, kind, now, actor, window, **details)
        await session.flush()
        return await ctx.window_state(session, window)


async def pause_window(ctx: QueueContext, actor: Actor, window_id: int, reason: str) -> WindowState:
    """暂停服务 with a reason (休息 / 会议 / 培训 / 系统故障 / 其他)."""
    require(actor, *CALLERS, action="暂停服务")
    reason = rules.PAUSE_REASON.clean(reason)
    if not reason:
        raise ValidationError("pause_reason", "暂停服务需要选择原因")

    async def pause(session: AsyncSession, window: ServiceWindow, now: datetime) -> dict[str, Any]:
        if window.paused:
            raise Refused(f"{window.number}号窗口已经是暂停状态")
        current = await ctx.in_hand(session, window.id)
        if current is not None:
            raise Refused(f"请先处理当前的 {current.number} 号再暂停服务", code="busy")
        window.paused, window.pause_reason, window.paused_at = True, reason, now
        return {"reason": reason}

    return await _switch(ctx, actor, window_id, EventKind.WINDOW_PAUSED, "暂停服务", pause)


async def resume_window(ctx: QueueContext, actor: Actor, window_id: int) -> WindowState:
    require(actor, *CALLERS, action="恢复服务")

    async def resume(session: AsyncSession, window: ServiceWindow, now: datetime) -> dict[str, Any]:
        if not window.paused:
            raise Refused(f"{window.number}号窗口没有暂停")
        paused_minutes = (now - window.paused_at).total_seconds() / 60 if window.paused_at else 0.0
        window.paused, window.pause_reason, window.paused_at = False, None, None
        return {"paused_minutes": round(paused_minutes, 1)}

    return await _switch(ctx, actor, window_id, EventKind.WINDOW_RESUMED, "恢复服务", resume)
