"""The window terminal's controller: follows its window, asks for ratings, saves them.

It owns every task (widgets never await): start-up, the coalesced refresh, the feed and
each save. What the citizen chose is never lost to a short outage: a rating that cannot
be written is kept and written when the database is back (the same service day).

When the countdown runs out (60 s by default):

- nothing chosen → recorded as "not rated" (never as a good rating);
- 不满意/非常不满意 chosen but no reason → that level is recorded with reason 其他
  (the citizen did say they were dissatisfied; dropping it would hide a 差评);
- a bad level with a reason (and a note typed so far) → recorded as if submitted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from hall_desktop.domain.errors import DatabaseUnavailable, HallError, NotFound
from hall_desktop.domain.events import EventKind
from hall_desktop.live.pause import retry_pause
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord, WindowState
from hall_desktop.services.rating import DEFAULT_REASON, RatingRecord, is_bad
from hall_desktop.ui.common.controller import HallController
from hall_desktop.ui.terminal.window import RATING_TIMEOUT_S, THANKS_S, TerminalWindow

log = logging.getLogger(__name__)

RETRY_S = 3.0


@dataclass(frozen=True)
class _Answer:
    """What the citizen chose for one ticket (level None: not rated)."""

    ticket_id: int
    level: int | None
    reason: str | None
    note: str | None


class TerminalController(HallController):
    """Connects one :class:`TerminalWindow` to the hall's window ``window_number``."""

    SHOWS_FAILURES: ClassVar[bool] = False  # a citizen's screen: the log has the details

    hall_loaded = Signal(object)  # HallInfo
    state_shown = Signal(object)  # WindowState
    rating_asked = Signal(int)  # ticket id
    rating_saved = Signal(object)  # RatingRecord

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window_number: int,
        window: TerminalWindow,
        *,
        rating_timeout: float = RATING_TIMEOUT_S,
        thanks_seconds: float = THANKS_S,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window_number = window_number
        self.window = window
        self.rating_timeout = rating_timeout
        self.thanks_seconds = thanks_seconds
        self.ratings = services.rating
        self.window_id: int | None = None
        self.state: WindowState | None = None
        self._outbox: list[_Answer] = []  # answers not written yet (database away)
        self._flush_task: asyncio.Task[None] | None = None
        window.rating_submitted.connect(self._on_submitted)
        window.rating_expired.connect(self._on_expired)
        window.set_window(window_number)

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        self._spawn(self._boot(), "terminal-boot", replace=True)

    async def stop(self) -> None:
        await super().stop()
        if self._outbox:
            log.warning("terminal closing with %d rating(s) not written", len(self._outbox))

    # -- start-up -------------------------------------------------------------------------

    async def _boot(self) -> None:
        """Find the hall and the window, show them, ask about an unrated ticket, follow."""
        while True:
            try:
                hall = await self.queue.hall(self.hall_code)
                after = await self.queue.feed_position(hall.id)
                state = await self._read_state(hall.id)
                pending = await self.ratings.pending_for_window(hall.id, state.window_id)
            except DatabaseUnavailable:
                self.window.set_online(False)
            except HallError as e:  # no such hall or window: say so, look again later
                self.window.set_problem(e.message)
            else:
                break
            await retry_pause(RETRY_S)
        self.hall = hall
        self.window_id = state.window_id
        self.window.set_online(True)
        self._show_state(state)
        self.hall_loaded.emit(hall)
        if pending is not None:  # e.g. the terminal restarted just after a finish
            self._ask(pending.ticket_id, pending.number)
        self._start_feed(self.db, hall.id, after)

    async def _read_state(self, hall_id: int) -> WindowState:
        for state in await self.queue.window_states(hall_id):
            if state.number == self.window_number:
                return state
        raise NotFound(
            self.tr("This hall has no active window {n}: check the terminal's settings.").format(
                n=self.window_number
            ),
            code="no_window",
        )

    def _show_state(self, state: WindowState) -> None:
        self.state = state
        self.window.show_state(state)
        self.state_shown.emit(state)

    # -- following the hall -----------------------------------------------------------------

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        mine = [e for e in batch if e.window_id is not None and e.window_id == self.window_id]
        # Any window event: a clerk signing in elsewhere leaves this window without one.
        if any(e.kind.startswith("window_") for e in batch) or any(
            e.kind.startswith("ticket_") for e in mine
        ):
            self.schedule_refresh()
        finished = [
            e for e in mine if e.kind == EventKind.TICKET_FINISHED and e.ticket_id is not None
        ]
        if not finished:
            return
        if catching_up:  # finished while offline: ask only if it is still recent
            self._spawn(self._ask_pending(), "terminal-pending")
            return
        latest = finished[-1]
        assert latest.ticket_id is not None
        self._ask(latest.ticket_id, str(latest.payload.get("number", "")))

    def _ask(self, ticket_id: int, number: str) -> None:
        if self.window.rating_ticket_id == ticket_id:
            return
        self.window.expire_now()  # an earlier ticket still on the page is settled first
        self.window.show_rating(ticket_id, number, self.rating_timeout)
        self.rating_asked.emit(ticket_id)

    async def _ask_pending(self) -> None:
        if self.hall is None or self.window_id is None:
            return
        with contextlib.suppress(DatabaseUnavailable):
            pending = await self.ratings.pending_for_window(self.hall.id, self.window_id)
            if pending is not None:
                self._ask(pending.ticket_id, pending.number)

    def _on_connection_changed(self, online: bool, message: str) -> None:
        super()._on_connection_changed(online, message)
        if online:
            self._flush()

    async def _refresh_now(self) -> None:
        """Re-read the window (:meth:`schedule_refresh` folds events into one read)."""
        if self.hall is None:
            return
        try:
            state = await self._read_state(self.hall.id)
        except HallError as e:
            if isinstance(e, DatabaseUnavailable):
                raise  # the feed reports the outage and asks again when it is back
            self.window.set_problem(e.message)  # the window was deactivated
            return
        self._show_state(state)

    # -- ratings ------------------------------------------------------------------------------

    def _on_submitted(self, ticket_id: int, level: int, reason: str, note: str) -> None:
        self._save(_Answer(ticket_id, level, reason or None, note or None))

    def _on_expired(self, ticket_id: int, level: int, reason: str, note: str) -> None:
        if level == 0:
            self._save(_Answer(ticket_id, None, None, None))
        elif is_bad(level):
            self._save(_Answer(ticket_id, level, reason or DEFAULT_REASON, note or None))
        else:  # a good level is saved on the touch itself; kept for completeness
            self._save(_Answer(ticket_id, level, None, None))

    def _save(self, answer: _Answer) -> None:
        self._spawn(self._write(answer), "terminal-rating")

    async def _write(self, answer: _Answer) -> None:
        try:
            record = await self._store(answer)
        except DatabaseUnavailable:
            self._outbox.append(answer)
            self.window.set_online(False)
            self._flush()
            self._close_page(answer, None)  # the citizen is thanked all the same
            return
        except HallError as e:  # refused (rated already, not today, …): say so briefly
            log.warning("rating of ticket %s not taken: %s", answer.ticket_id, e.message)
            self._close_page(answer, e.message)
            return
        self.rating_saved.emit(record)
        self._close_page(answer, None)

    async def _store(self, answer: _Answer) -> RatingRecord:
        assert self.hall is not None and self.window_id is not None
        if answer.level is None:
            return await self.ratings.record_not_rated(
                self.hall.id, self.window_id, answer.ticket_id
            )
        return await self.ratings.rate(
            self.hall.id,
            self.window_id,
            answer.ticket_id,
            answer.level,
            reason=answer.reason,
            note=answer.note,
        )

    def _close_page(self, answer: _Answer, problem: str | None) -> None:
        if self.window.rating_ticket_id != answer.ticket_id:
            return  # the page already asks about a newer ticket
        if answer.level is None:
            self.window.show_normal()  # nobody rated: nobody to thank
        else:
            self.window.show_thanks(problem, self.thanks_seconds)

    def _flush(self) -> None:
        if self._outbox and (self._flush_task is None or self._flush_task.done()):
            self._flush_task = self._spawn(self._flush_outbox(), "terminal-outbox")

    async def _flush_outbox(self) -> None:
        """Write the answers kept during an outage, oldest first, until all are written."""
        while self._outbox:
            answer = self._outbox[0]
            try:
                record = await self._store(answer)
            except DatabaseUnavailable:
                await retry_pause(RETRY_S)
                continue
            except HallError as e:
                log.warning("kept rating of ticket %s not taken: %s", answer.ticket_id, e.message)
            else:
                self.rating_saved.emit(record)
            self._outbox.pop(0)
