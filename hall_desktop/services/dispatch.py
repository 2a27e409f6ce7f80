"""大厅监控的调度: what the supervisor sends from the monitor to a window or the display.

- 综窗协办: a window serves another line for today only (a ``WindowLine`` row whose
  ``until_day`` is today; :meth:`WindowLine.serving_on` makes every query that decides
  what a window serves drop it when the day is over). The admin's editor of the
  window's own lines neither shows nor deletes it.
- 提醒恢复服务: a message to a paused window's clerk, shown on the workstation.
- 大屏通知: a line of text the hall display shows in its ticker for some minutes;
  withdrawn (撤回) before then, the ticker goes back to the hall's own notice.

Each is one transaction with its event, which is also how the workstation and the
display hear of it (the live feed). Only supervisors and administrators send them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.schedule import hall_zone
from hall_desktop.services.windows_lines import hall_line, hall_window
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Event, ServiceWindow, WindowLine

#: How long a display notice may stay, in minutes.
NOTICE_MINUTES = (1, 240)
#: The events that decide the display's notice: the latest one does.
NOTICE_KINDS = (EventKind.DISPLAY_NOTICE_SENT, EventKind.DISPLAY_NOTICE_WITHDRAWN)


@dataclass(frozen=True, slots=True)
class WindowHelp:
    """A window serving another line today (综窗协办)."""

    window_id: int
    window_number: int
    line_id: int
    line_prefix: str
    line_name: str
    until_day: date

    @property
    def label(self) -> str:
        """“B 社保医保”: the line as the hall names it."""
        return f"{self.line_prefix} {self.line_name}"


@dataclass(frozen=True, slots=True)
class DisplayNotice:
    """A notice the hall display shows in its ticker until ``until`` (UTC)."""

    text: str
    until: datetime
    event_id: int


def notice_of_event(kind: str, payload: dict[str, object]) -> tuple[str, datetime | None]:
    """What a notice event leaves on the display: the text and until when; a withdrawal
    leaves nothing."""
    if kind == EventKind.DISPLAY_NOTICE_WITHDRAWN:
        return "", None
    return str(payload.get("text") or ""), notice_until(payload)


def notice_until(payload: dict[str, object]) -> datetime | None:
    """The end of a DISPLAY_NOTICE_SENT event's notice, None when the payload has none."""
    value = payload.get("until")
    if not isinstance(value, str):
        return None
    try:
        until = datetime.fromisoformat(value)
    except ValueError:
        return None
    return until if until.tzinfo is not None else until.replace(tzinfo=UTC)


class DispatchService:
    """大厅监控的调度: 综窗协办, 提醒恢复服务, 大屏通知."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- 综窗协办 -------------------------------------------------------------------------

    async def help_today(self, actor: Actor, window_id: int, line_id: int) -> WindowHelp:
        """The window serves ``line_id`` today too (综窗协办), ahead of its own lines: the
        supervisor sends it to help that queue, so it calls that line's numbers first and
        its own when the line has nobody waiting.

        Refused for a window or line that is stopped, and when the window already serves
        the line (as its own or as today's help)."""
        require(actor, *MANAGERS, action="安排综窗协办")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="安排综窗协办")
            now = await self.db.now(session)
            today = await self._today(session, actor.hall_id, now)
            window = await hall_window(session, actor.hall_id, window_id, lock=True)
            line = await hall_line(session, actor.hall_id, line_id)
            if not window.active:
                raise Refused(f"{window.number}号窗口已停用，不能安排协办", code="window_inactive")
            if not line.active:
                raise Refused(
                    f"“{line.prefix} {line.name}”已停用，不能安排协办", code="line_inactive"
                )
            found = await session.get(WindowLine, (window.id, line.id))
            if found is not None and found.until_day is None:
                raise Refused(
                    f"{window.number}号窗口已办理{line.prefix} {line.name}", code="already_served"
                )
            if found is not None and found.until_day is not None and found.until_day >= today:
                raise Refused(
                    f"{window.number}号窗口今天已在协办{line.prefix} {line.name}",
                    code="already_helping",
                )
            if found is not None:  # help of an earlier day, over: today's replaces it
                await session.delete(found)
                await session.flush()
            first = await session.scalar(
                select(func.min(WindowLine.rank)).where(
                    WindowLine.window_id == window.id, WindowLine.serving_on(today)
                )
            )
            session.add(
                WindowLine(
                    window_id=window.id,
                    line_id=line.id,
                    rank=(first if first is not None else 1) - 1,
                    until_day=today,
                )
            )
            help_ = WindowHelp(window.id, window.number, line.id, line.prefix, line.name, today)
            await record_action(
                session,
                actor,
                EventKind.WINDOW_LINE_HELP_ADDED,
                at=now,
                window_id=window.id,
                payload=_help_payload(help_),
            )
            await session.flush()
            return help_

    async def end_help(self, actor: Actor, window_id: int, line_id: int) -> WindowHelp:
        """Today's help of the window for ``line_id`` ends now; refused when there is none."""
        require(actor, *MANAGERS, action="结束综窗协办")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="结束综窗协办")
            now = await self.db.now(session)
            today = await self._today(session, actor.hall_id, now)
            window = await hall_window(session, actor.hall_id, window_id, lock=True)
            line = await hall_line(session, actor.hall_id, line_id)
            found = await session.get(WindowLine, (window.id, line.id))
            if found is None or found.until_day is None or found.until_day < today:
                raise Refused(
                    f"{window.number}号窗口今天没有协办{line.prefix} {line.name}",
                    code="not_helping",
                )
            help_ = WindowHelp(
                window.id, window.number, line.id, line.prefix, line.name, found.until_day
            )
            await session.execute(
                delete(WindowLine).where(
                    WindowLine.window_id == window.id, WindowLine.line_id == line.id
                )
            )
            await record_action(
                session,
                actor,
                EventKind.WINDOW_LINE_HELP_ENDED,
                at=now,
                window_id=window.id,
                payload=_help_payload(help_),
            )
            return help_

    async def helps_today(self, hall_id: int) -> list[WindowHelp]:
        """Today's 综窗协办 of the hall, by window number and rank (for the monitor)."""
        async with self.db.read() as session:
            today = await self._today(session, hall_id, await self.db.now(session))
            rows = await session.execute(
                select(ServiceWindow.id, ServiceWindow.number, BusinessLine, WindowLine.until_day)
                .join(WindowLine, WindowLine.window_id == ServiceWindow.id)
                .join(BusinessLine, BusinessLine.id == WindowLine.line_id)
                .where(
                    ServiceWindow.hall_id == hall_id,
                    WindowLine.until_day.is_not(None),
                    WindowLine.serving_on(today),
                )
                .order_by(ServiceWindow.number, WindowLine.rank)
            )
            return [
                WindowHelp(window_id, number, line.id, line.prefix, line.name, until or today)
                for window_id, number, line, until in rows
            ]

    # -- 提醒恢复服务 ---------------------------------------------------------------------

    async def request_resume(self, actor: Actor, window_id: int, message: str | None = None) -> int:
        """Ask a paused window's clerk to resume service, with an optional message (at
        most 40 characters). The event's id; refused when the window is not paused."""
        require(actor, *MANAGERS, action="提醒恢复服务")
        text = rules.RESUME_MESSAGE.optional(message)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="提醒恢复服务")
            now = await self.db.now(session)
            window = await hall_window(session, actor.hall_id, window_id)
            if not window.active:
                raise Refused(f"{window.number}号窗口已停用", code="window_inactive")
            if not window.paused:
                raise Refused(f"{window.number}号窗口没有暂停服务", code="not_paused")
            return await record_action(
                session,
                actor,
                EventKind.WINDOW_RESUME_REQUESTED,
                at=now,
                window_id=window.id,
                payload={
                    "window_number": window.number,
                    "message": text,
                    "supervisor_name": actor.name,
                },
            )

    # -- 大屏通知 -------------------------------------------------------------------------

    async def send_display_notice(self, actor: Actor, text: str, minutes: int) -> DisplayNotice:
        """Show ``text`` (1–60 characters) in the hall display's ticker for ``minutes``
        (1–240); a newer notice replaces the one showing."""
        require(actor, *MANAGERS, action="发送大屏通知")
        cleaned = rules.DISPLAY_NOTICE.clean(text, required=True)
        low, high = NOTICE_MINUTES
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
            raise ValidationError("minutes", f"显示时长应为 {low}–{high} 分钟")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="发送大屏通知")
            now = await self.db.now(session)
            until = (now + timedelta(minutes=minutes)).astimezone(UTC)
            event_id = await record_action(
                session,
                actor,
                EventKind.DISPLAY_NOTICE_SENT,
                at=now,
                payload={"text": cleaned, "until": until.isoformat(), "minutes": minutes},
            )
            return DisplayNotice(cleaned, until, event_id)

    async def withdraw_display_notice(self, actor: Actor) -> DisplayNotice:
        """撤回: the notice showing leaves the display's ticker now; the one withdrawn.
        Refused when no notice is showing."""
        require(actor, *MANAGERS, action="撤回大屏通知")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="撤回大屏通知")
            now = await self.db.now(session)
            showing = await self._showing(session, actor.hall_id, now)
            if showing is None:
                raise Refused("大屏当前没有临时通知，无需撤回", code="no_notice")
            await record_action(
                session,
                actor,
                EventKind.DISPLAY_NOTICE_WITHDRAWN,
                at=now,
                payload={"text": showing.text, "notice_event_id": showing.event_id},
            )
            return showing

    async def active_display_notice(self, hall_id: int) -> DisplayNotice | None:
        """The notice the display should show now: the latest one sent, unless it has
        expired or been withdrawn (for a display that starts, or reconnects, while one
        is showing)."""
        async with self.db.read() as session:
            return await self._showing(session, hall_id, await self.db.now(session))

    async def _showing(
        self, session: AsyncSession, hall_id: int, now: datetime
    ) -> DisplayNotice | None:
        found = (
            await session.execute(
                select(Event.id, Event.kind, Event.payload)
                .where(
                    Event.hall_id == hall_id,
                    Event.at >= now - timedelta(minutes=NOTICE_MINUTES[1]),
                    Event.kind.in_(NOTICE_KINDS),
                )
                .order_by(Event.id.desc())
                .limit(1)
            )
        ).first()
        if found is None:
            return None
        text, until = notice_of_event(found.kind, found.payload)
        if until is None or not text or until <= now:
            return None
        return DisplayNotice(text, until, found.id)

    # -- helpers --------------------------------------------------------------------------

    async def _today(self, session: AsyncSession, hall_id: int, now: datetime) -> date:
        return service_day(now, await hall_zone(session, hall_id))


def _help_payload(help_: WindowHelp) -> dict[str, object]:
    return {
        "window_number": help_.window_number,
        "line_id": help_.line_id,
        "line_prefix": help_.line_prefix,
        "line_name": help_.line_name,
        "until_day": help_.until_day.isoformat(),
    }
