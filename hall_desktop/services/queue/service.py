"""The facade the screens use: :class:`QueueService`, one method per use case, each
delegating to the part of the package that holds it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hall_desktop.domain.calls import Assist, CallReason
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.services.actor import ISSUERS, Actor, require
from hall_desktop.services.dto import (
    CallRecord,
    ClerkDay,
    EventRecord,
    HallInfo,
    IssuedTicket,
    LineStatus,
    TicketInfo,
    WindowState,
)
from hall_desktop.services.queue import assist as assists
from hall_desktop.services.queue import bundle_runs, chosen, issuing, moves, reads, windows
from hall_desktop.services.queue.assist import AssistFigures, AssistRecord
from hall_desktop.services.queue.chosen import OutOfOrderFigures
from hall_desktop.services.queue.citizen_limits import LimitOverride
from hall_desktop.services.queue.context import QueueContext, QueueSettings
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import FeedPosition


@retry_conflicts
class QueueService:
    """Tickets from issue to finish, windows pausing and resuming, and the queue's reads.

    Every public method is one unit of work (see the package docstring); a unit of work
    PostgreSQL rolls back to break a deadlock runs again (:func:`retry_conflicts`).
    """

    def __init__(self, db: Database, settings: QueueSettings | None = None) -> None:
        self.db = db
        self.settings = settings or QueueSettings()
        # The claim strategy is chosen here, once, from the database (.claim).
        self._ctx = QueueContext(db, self.settings)

    # ---------------------------------------------------------------- issuing (.issuing)

    async def issue_ticket(
        self,
        actor: Actor,
        line_id: int,
        *,
        priority: Priority = Priority.NORMAL,
        priority_reason: str | None = None,
        citizen_name: str | None = None,
        citizen_phone: str | None = None,
        citizen_id_number: str | None = None,
        override: LimitOverride | None = None,
    ) -> IssuedTicket:
        """取号: issue the line's next number (normal, or green channel with a reason).

        With an ID number, the hall's one-citizen limits apply (一人一号, refused with
        code ``id_open_limit`` / ``id_daily_limit``); ``override``: a supervisor lets
        the ticket past them (主管授权).
        """
        return await issuing.issue_ticket(
            self._ctx,
            actor,
            line_id,
            priority=priority,
            priority_reason=priority_reason,
            citizen_name=citizen_name,
            citizen_phone=citizen_phone,
            citizen_id_number=citizen_id_number,
            override=override,
        )

    async def issue_bundle(
        self,
        actor: Actor,
        bundle_id: int,
        *,
        priority: Priority = Priority.NORMAL,
        priority_reason: str | None = None,
        citizen_name: str | None = None,
        citizen_phone: str | None = None,
        citizen_id_number: str | None = None,
        override: LimitOverride | None = None,
    ) -> IssuedTicket:
        """一件事一次办: one number for the whole bundle, issued on its first step's line
        (that line's numbering); finishing each step sends it on (:mod:`.bundle_runs`)."""
        require(actor, *ISSUERS, action="取号")
        async with self.db.read() as session:
            day = await self._ctx.today(session, actor.hall_id, await self.db.now(session))
            plan = await bundle_runs.plan(session, actor.hall_id, bundle_id, day)
        return await issuing.issue_ticket(
            self._ctx,
            actor,
            plan.line_ids[0],
            priority=priority,
            priority_reason=priority_reason,
            citizen_name=citizen_name,
            citizen_phone=citizen_phone,
            citizen_id_number=citizen_id_number,
            override=override,
            bundle=plan,
        )

    # ---------------------------------------------------------------- moves (.moves)

    async def call_next(self, actor: Actor, window_id: int) -> TicketInfo | None:
        """叫号: claim the window's next ticket; None when nobody is waiting."""
        return await moves.call_next(self._ctx, actor, window_id)

    async def recall(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """重呼: call the ticket in hand again (up to the recall limit)."""
        return await moves.recall(self._ctx, actor, ticket_id)

    async def no_show(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """过号: the called citizen did not come."""
        return await moves.no_show(self._ctx, actor, ticket_id)

    async def start(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """开始办理."""
        return await moves.start(self._ctx, actor, ticket_id)

    async def finish(
        self,
        actor: Actor,
        ticket_id: int,
        *,
        outcome: Outcome,
        item_ids: Sequence[int] = (),
        note: str | None = None,
        assist: Assist | None = None,
    ) -> TicketInfo:
        """办结: record what was handled (事项) and the outcome; ``assist``: the 帮代办
        given with it, recorded in the same transaction."""
        return await moves.finish(
            self._ctx,
            actor,
            ticket_id,
            outcome=outcome,
            item_ids=item_ids,
            note=note,
            assist=assist,
        )

    async def hold(
        self, actor: Actor, ticket_id: int, *, reason: str, due_in_minutes: int | None = None
    ) -> TicketInfo:
        """挂起: set the ticket aside; it is due for call-back after ``due_in_minutes``."""
        return await moves.hold(
            self._ctx, actor, ticket_id, reason=reason, due_in_minutes=due_in_minutes
        )

    async def call_back(self, actor: Actor, ticket_id: int, window_id: int) -> TicketInfo:
        """回呼: call a held ticket back to this window now."""
        return await moves.call_back(self._ctx, actor, ticket_id, window_id)

    async def transfer(
        self,
        actor: Actor,
        ticket_id: int,
        *,
        to_line_id: int,
        to_window_id: int | None = None,
        note: str | None = None,
    ) -> TicketInfo:
        """转移: send the citizen to another line (or one window of it) keeping the number;
        the returned info is the new waiting ticket."""
        return await moves.transfer(
            self._ctx, actor, ticket_id, to_line_id=to_line_id, to_window_id=to_window_id, note=note
        )

    async def cancel(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """取消: the citizen left before being called."""
        return await moves.cancel(self._ctx, actor, ticket_id)

    async def reactivate(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """恢复: a no-show or cancelled ticket of today waits again."""
        return await moves.reactivate(self._ctx, actor, ticket_id)

    async def call_ticket(
        self,
        actor: Actor,
        window_id: int,
        ticket_id: int,
        reason: CallReason,
        note: str | None = None,
    ) -> TicketInfo:
        """指定叫号: call one chosen waiting ticket of the window's lines out of the call
        order, with a reason (其他 needs a note); atomic like :meth:`call_next`."""
        return await chosen.call_ticket(self._ctx, actor, window_id, ticket_id, reason, note)

    async def set_assist(self, actor: Actor, ticket_id: int, assist: Assist) -> AssistRecord:
        """帮代办: record (or change, until the day is over) how a ticket was helped."""
        return await assists.set_assist(self._ctx, actor, ticket_id, assist)

    async def close_day(self, actor: Actor) -> int:
        """日终: every open ticket of today and earlier days expires; returns how many."""
        return await moves.close_day(self._ctx, actor)

    # ---------------------------------------------------------------- windows (.windows)

    async def sign_in(
        self, actor: Actor, window_id: int, *, take_over: bool = False
    ) -> WindowState:
        """A clerk takes a window (亮牌服务); ``take_over`` signs another clerk out."""
        return await windows.sign_in(self._ctx, actor, window_id, take_over=take_over)

    async def sign_out(self, actor: Actor, window_id: int) -> None:
        """The clerk leaves the window."""
        await windows.sign_out(self._ctx, actor, window_id)

    async def pause_window(self, actor: Actor, window_id: int, reason: str) -> WindowState:
        """暂停服务 with a reason (休息 / 会议 / 培训 / 系统故障 / 其他)."""
        return await windows.pause_window(self._ctx, actor, window_id, reason)

    async def resume_window(self, actor: Actor, window_id: int) -> WindowState:
        """恢复服务."""
        return await windows.resume_window(self._ctx, actor, window_id)

    # ---------------------------------------------------------------- reads (.reads)

    async def hall(self, hall_code: str) -> HallInfo:
        """The hall a PC belongs to (public facts only: the display has no login)."""
        return await reads.hall(self._ctx, hall_code)

    async def ticket(self, hall_id: int, ticket_id: int) -> TicketInfo:
        return await reads.ticket(self._ctx, hall_id, ticket_id)

    async def ticket_in_hand(self, hall_id: int, window_id: int) -> TicketInfo | None:
        """The ticket a window is calling or serving (a restarted clerk carries on with it)."""
        return await reads.ticket_in_hand(self._ctx, hall_id, window_id)

    async def bundle_next(self, hall_id: int, ticket_id: int) -> TicketInfo | None:
        """一件事: the waiting ticket of the next step a finish sent on, if any."""
        return await reads.bundle_next(self._ctx, hall_id, ticket_id)

    async def reactivatable(self, hall_id: int, window_id: int) -> list[TicketInfo]:
        """The window's 过号 tickets that may still be reactivated (恢复), newest first."""
        return await reads.reactivatable(self._ctx, hall_id, window_id)

    async def held_tickets(self, hall_id: int, window_id: int) -> list[TicketInfo]:
        return await reads.held_tickets(self._ctx, hall_id, window_id)

    async def tickets_of_day(self, hall_id: int, *, limit: int = 300) -> list[TicketInfo]:
        """Today's tickets of the hall, newest first (the desk's reprint and cancel list)."""
        return await reads.tickets_of_day(self._ctx, hall_id, limit=limit)

    async def upcoming(self, hall_id: int, window_id: int, limit: int = 5) -> list[str]:
        """The numbers this window would call next, in order (for the clerk's screen)."""
        return await reads.upcoming(self._ctx, hall_id, window_id, limit)

    async def waiting_for_window(self, hall_id: int, window_id: int) -> list[TicketInfo]:
        """Today's waiting tickets the window may call out of order, by issue time."""
        return await chosen.waiting_for_window(self._ctx, hall_id, window_id)

    async def out_of_order_counts(
        self, hall_id: int, day_from: date, day_to: date
    ) -> list[OutOfOrderFigures]:
        """Per clerk, the calls out of order (指定叫号) of a period of service days, by
        reason."""
        return await chosen.out_of_order_counts(self._ctx, hall_id, day_from, day_to)

    async def assist_of(self, hall_id: int, ticket_id: int) -> AssistRecord | None:
        """The ticket's 帮代办 record, if any."""
        return await assists.assist_of(self._ctx, hall_id, ticket_id)

    async def assist_helpers(self, hall_id: int) -> list[tuple[int, str]]:
        """Who may be named as having helped (帮代办): the hall's active staff at work."""
        return await assists.helpers(self._ctx, hall_id)

    async def assist_counts(
        self, hall_id: int, day_from: date, day_to: date, *, helper_id: int | None = None
    ) -> AssistFigures:
        """帮代办 of a period of service days by kind and group (``helper_id``: one
        member of staff's)."""
        return await assists.assist_counts(
            self._ctx, hall_id, day_from, day_to, helper_id=helper_id
        )

    async def clerk_day(self, hall_id: int, clerk_id: int) -> ClerkDay:
        """A clerk's own figures of the service day: served, no-shows, average times."""
        return await reads.clerk_day(self._ctx, hall_id, clerk_id)

    async def slip(self, hall_id: int, ticket_id: int) -> IssuedTicket:
        """What a reprinted slip says: people ahead and the wait as they are now."""
        return await reads.slip(self._ctx, hall_id, ticket_id)

    async def line_statuses(self, hall_id: int) -> list[LineStatus]:
        """Waiting count, estimated wait and open/closed state of every active line."""
        return await reads.line_statuses(self._ctx, hall_id)

    async def window_states(self, hall_id: int) -> list[WindowState]:
        """Every active window: who is there, what it is serving, paused or idle."""
        return await reads.window_states(self._ctx, hall_id)

    async def recent_calls(self, hall_id: int, limit: int = 8) -> list[CallRecord]:
        return await reads.recent_calls(self._ctx, hall_id, limit)

    async def latest_event_id(self, hall_id: int) -> int:
        return await reads.latest_event_id(self._ctx, hall_id)

    async def events_after(
        self, hall_id: int, after_id: int, limit: int = 500
    ) -> list[EventRecord]:
        """Events by id, for the audit trail and tests (the feed uses :meth:`read_feed`)."""
        return await reads.events_after(self._ctx, hall_id, after_id, limit)

    async def feed_position(self, hall_id: int) -> FeedPosition:
        """Where a screen starts following the hall: what is committed now is behind it."""
        return await reads.feed_position(self._ctx, hall_id)

    async def read_feed(
        self, hall_id: int, position: FeedPosition
    ) -> tuple[list[EventRecord], FeedPosition]:
        """The hall's events committed since ``position``, and the position after them."""
        return await reads.read_feed(self._ctx, hall_id, position)
