"""The clerk workstation's controller: log-in, window, every ticket action, live refresh.

The ticket in hand lives in the database, not in this program: after a restart (or a
crashed PC) at the same window, signing in finds it and the clerk carries on.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from hall_desktop.domain.bundles import ADVANCING
from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.errors import HallError, IllegalTransition, NotFound, Refused
from hall_desktop.domain.events import EventKind, Topic, touches
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.tickets import Outcome
from hall_desktop.printing.notice_letter import LetterItem
from hall_desktop.services.actor import CALLERS, Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord, TicketInfo, WindowState
from hall_desktop.ui.clerk.cases import MyCasesController
from hall_desktop.ui.clerk.forms import (
    CallTicketForm,
    FinishForm,
    HoldForm,
    TransferForm,
    call_reason_label,
)
from hall_desktop.ui.clerk.letters import LetterPrinter
from hall_desktop.ui.clerk.window import ClerkWindow
from hall_desktop.ui.common.applications import ApplicationsController
from hall_desktop.ui.common.calendar_banner import CalendarReminder
from hall_desktop.ui.common.controller import Gate, HallController, deactivated
from hall_desktop.ui.common.hard_case import HardCaseIntakeController
from hall_desktop.ui.courier.form import CourierForm, CourierFormController
from hall_desktop.ui.widgets.forms import MessageLevel

log = logging.getLogger(__name__)


class ClerkController(HallController):
    """Drives one :class:`ClerkWindow` for one clerk at one window."""

    refreshed = Signal()
    ticket_changed = Signal(object)  # TicketInfo | None
    letter_printed = Signal(str)

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: ClerkWindow,
        *,
        preferred_window: int | None = None,
        letters: LetterPrinter | None = None,
        remember: QSettings | None = None,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window = window
        self.catalogue = services.catalogue
        self.ratings = services.rating
        self.extended = services.extended
        self.calendar = CalendarReminder(services.db)
        self.login_flow = self._login_flow(
            CALLERS,
            self.tr("This account cannot work at a window (clerks and supervisors only)."),
            window.login,
        )
        self.letters = letters or LetterPrinter("")
        self.remember = remember
        self.preferred_window = preferred_window
        self.actor: Actor | None = None
        self.window_id: int | None = None
        self.window_number: int | None = None
        self.take_over_box: QMessageBox | None = None
        self.ticket: TicketInfo | None = None
        self.last_finished: TicketInfo | None = None
        self.courier_form: CourierForm | None = None
        self._courier_controller: CourierFormController | None = None
        self._busy = Gate()
        self._hall_settings_stale = True  # the recall limit is the hall's (大厅设置)
        self._hall_contact = ("", "")  # its address and phone (大厅设置), for letters
        self._catalogue_stale = False
        self._actions = 0  # counts actions' starts and ends: a read overlapping one is stale
        # 我的台账 and, at a 办不成事反映窗口, the intake: each with its own tasks.
        self.cases = MyCasesController(window.cases_page, services.cases, parent=self)
        self.cases.counted.connect(window.set_case_count)
        self.applications = ApplicationsController(
            window.applications_page, services.applications, parent=self
        )
        self.applications.counted.connect(window.set_application_count)
        self.hard_case = HardCaseIntakeController(
            window.hard_case_form, services.cases, lambda: self.actor, parent=self
        )
        # The hold form starts at the hall's setting (hold_minutes), else ten minutes.
        if self.queue.settings.hold_minutes > 0:
            window.hold_form.minutes.setValue(self.queue.settings.hold_minutes)
        w = window
        w.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "clerk-login"))
        w.window_chosen.connect(lambda wid: self._spawn(self._sign_in(wid), "clerk-sign-in"))
        w.call_next_requested.connect(lambda: self._act(self._call_next))
        w.call_ticket_opened.connect(self.schedule_refresh)  # reads the waiting numbers
        w.call_ticket_requested.connect(lambda form: self._act(lambda: self._call_ticket(form)))
        w.recall_requested.connect(lambda: self._act(self._on_ticket(self.queue.recall)))
        w.no_show_requested.connect(lambda: self._act(self._on_ticket(self.queue.no_show)))
        w.start_requested.connect(lambda: self._act(self._on_ticket(self.queue.start)))
        w.finish_requested.connect(lambda form: self._act(lambda: self._finish(form)))
        w.hold_requested.connect(lambda form: self._act(lambda: self._hold(form)))
        w.call_back_requested.connect(lambda tid: self._act(lambda: self._call_back(tid)))
        w.reactivate_requested.connect(lambda tid: self._act(lambda: self._reactivate(tid)))
        w.transfer_requested.connect(lambda form: self._act(lambda: self._transfer(form)))
        w.pause_requested.connect(lambda reason: self._act(lambda: self._pause(reason)))
        w.resume_requested.connect(lambda: self._act(self._resume))
        w.extended_reason_given.connect(
            lambda rid, reason, note: self._act(lambda: self._complete_extended(rid, reason, note))
        )
        w.courier_requested.connect(self._open_courier_form)
        w.sign_out_requested.connect(lambda: self._spawn(self._sign_out(), "clerk-sign-out"))

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        self._follow_write_waits(self.db, self.window.banner.set_database_busy)
        self._spawn(self._load_hall(), "clerk-hall")

    async def stop(self) -> None:
        await super().stop()
        await self.cases.stop()
        await self.applications.stop()
        await self.hard_case.stop()
        if self._courier_controller is not None:
            await self._courier_controller.stop()
        if self.courier_form is not None:
            self.courier_form.close()

    @property
    def busy(self) -> bool:
        return self._busy.busy

    @property
    def settled(self) -> bool:
        """No action running and the screen shows a read taken after the last one."""
        refreshing = self._refresh_task is not None and not self._refresh_task.done()
        return (
            self.window_id is not None
            and not self._busy.busy
            and not refreshing
            and not self._dirty
        )

    async def _load_hall(self) -> None:
        self.hall = hall = await self.login_flow.load_hall()
        self.window.set_hall_time(HallTime(self.db.clock, ZoneInfo(hall.timezone)))
        self.window.show_login(hall.name)

    async def _login(self, login: str, password: str) -> None:
        actor = await self.login_flow.log_in(login, password)
        if actor is None:
            return
        self.actor = actor
        assert self.hall is not None
        try:
            windows = await self.queue.window_states(self.hall.id)
        except HallError as e:
            self.window.login.show_error(e.message)
            return
        preferred = self.preferred_window or self._remembered_window()
        if self.preferred_window is not None:
            match = [w for w in windows if w.number == self.preferred_window]
            if match:  # --window N: straight to work
                await self._sign_in(match[0].window_id)
                return
        self.window.show_window_choice(windows, preferred)

    def _remembered_window(self) -> int | None:
        if self.remember is None:
            return None
        value = self.remember.value(f"window/{self.hall_code}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    async def _sign_in(self, window_id: int, take_over: bool = False) -> None:
        actor, hall = self.actor, self.hall
        if actor is None or hall is None:
            return
        try:
            state = await self.queue.sign_in(actor, window_id, take_over=take_over)
            items = await self.catalogue.active_items(hall.id)
            usage = await self.catalogue.item_usage(
                hall.id, clerk_id=actor.staff_id, window_id=window_id
            )
        except HallError as e:
            if e.code == "window_taken":  # "3号窗口已由…登录，是否接替？"
                self._ask_take_over(window_id, e.message)
                return
            self.window.show_choice_error(e.message)
            return
        self.window_id, self.window_number = state.window_id, state.number
        if self.remember is not None:
            self.remember.setValue(f"window/{self.hall_code}", state.number)
        self.window.show_workstation(hall.name, f"{actor.name}（{actor.staff_number}）")
        self.window.cases_page.set_timezone(ZoneInfo(hall.timezone))
        self.cases.follow(actor)
        self.window.applications_page.set_timezone(hall.timezone)
        self.applications.follow(actor, state.window_id)
        self.window.set_items(items)
        self.window.set_item_usage(usage)
        self.window.set_window(state)
        after = await self.queue.feed_position(hall.id)
        await self._refresh_now()
        if self.ticket is not None:
            self.window.show_message(
                self.tr("{number} is still in hand: carry on.").format(number=self.ticket.number),
                MessageLevel.INFO,
            )
        if self.feed is None:
            self._start_feed(self.db, hall.id, after)

    def _ask_take_over(self, window_id: int, question: str) -> None:
        """One clerk per window: taking over signs the other clerk out (recorded)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Window in use"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Take over"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Choose another window"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: (
                self._spawn(self._sign_in(window_id, take_over=True), "clerk-take-over")
                if result == QMessageBox.StandardButton.Yes.value
                else self.window.show_choice_error(question.removesuffix("是否接替？"))
            )
        )
        self.take_over_box = box  # kept for tests and so it is not collected
        box.open()  # never exec() inside the asyncio loop

    async def _signed_out_elsewhere(self, message: str) -> None:
        """Another clerk took this window over (or this clerk signed in elsewhere): this
        screen no longer acts for the window."""
        self.actor = None
        self.window_id = None
        self.ticket = None
        self.cases.follow(None)
        self.applications.follow(None)
        self.window.set_ticket(None)
        self.window.show_login()
        self.window.login.show_error(message)

    def _window_left(self, batch: list[EventRecord]) -> str | None:
        """Why this screen's clerk is no longer signed in to its window, if they are not."""
        actor, window_id = self.actor, self.window_id
        if actor is None or window_id is None:
            return None
        for e in batch:
            if e.window_id != window_id:
                continue
            number = e.payload.get("window_number", self.window_number)
            if (
                e.kind in (EventKind.WINDOW_TAKEN_OVER, EventKind.WINDOW_SIGNED_IN)
                and e.actor_id != actor.staff_id
            ):
                name = e.payload.get("clerk_name", "")
                return self.tr("Window {n} was taken over by {name}; you are signed out.").format(
                    n=number, name=name
                )
            if e.kind == EventKind.WINDOW_SIGNED_OUT:
                return self.tr("You were signed out of window {n}.").format(n=number)
        return None

    async def _sign_out(self) -> None:
        if self.actor is not None and self.window_id is not None:
            await self._guarded(lambda: self.queue.sign_out(self.actor, self.window_id))  # type: ignore[arg-type]
        self.actor = None
        self.window_id = None
        self.ticket = None
        self.cases.follow(None)
        self.applications.follow(None)
        self.window.set_ticket(None)
        self.window.show_login()

    async def _deactivated(self) -> None:
        """An administrator deactivated the clerk logged in here: sign out of the window."""
        await self._sign_out()
        self.window.login.show_error(self.tr("Your account was deactivated by an administrator."))

    # -- live refresh ---------------------------------------------------------------------

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if self.actor is not None and deactivated(batch, self.actor.staff_id):
            self._spawn(self._deactivated(), "clerk-deactivated")
            return
        left = self._window_left(batch)
        if left is not None:
            self._spawn(self._signed_out_elsewhere(left), "clerk-taken-over")
            return
        self.window.messages.follow(batch, self.window_id)  # the supervisor's, to this window
        if any(e.kind == EventKind.HALL_SETTINGS_CHANGED for e in batch):
            self._hall_settings_stale = True
        if touches((e.kind for e in batch), Topic.CATALOGUE):
            self._catalogue_stale = True  # an import, an edit, the district's choice
        if touches((e.kind for e in batch), Topic.CASES, Topic.RATINGS):
            self.cases.schedule_refresh()  # 我的台账 and its badge
        if touches((e.kind for e in batch), Topic.APPLICATIONS):
            self.applications.schedule_refresh()  # 我的办件 and its badge
        if batch:
            self.schedule_refresh()

    async def _refresh_now(self) -> None:
        hall, actor, window_id = self.hall, self.actor, self.window_id
        if hall is None or actor is None or window_id is None:
            return
        actions_before = self._actions
        states = await self.queue.window_states(hall.id)
        mine = next((s for s in states if s.window_id == window_id), None)
        lines = await self.queue.line_statuses(hall.id)
        in_hand = await self.queue.ticket_in_hand(hall.id, window_id)
        upcoming = await self.queue.upcoming(hall.id, window_id)
        held = await self.queue.held_tickets(hall.id, window_id)
        no_shows = await self.queue.reactivatable(hall.id, window_id)
        day = await self.queue.clerk_day(hall.id, actor.staff_id)
        today = self._today()
        assisted = await self.queue.assist_counts(hall.id, today, today, helper_id=actor.staff_id)
        # The numbers to call out of order, only while the clerk is picking one.
        waiting = (
            await self.queue.waiting_for_window(hall.id, window_id)
            if self.window.call_form_open()
            else None
        )
        ratings = await self.ratings.figures_for_clerk(hall.id, actor.staff_id)
        extended = await self.extended.pending_for_clerk(actor)
        unconfirmed = await self.calendar.year_for(actor)
        if self._catalogue_stale:  # the items a finish offers (ticks are kept)
            self._catalogue_stale = False
            self.window.set_items(await self.catalogue.active_items(hall.id))
        if self._hall_settings_stale:  # at sign-in, and when the admin changed them
            self._hall_settings_stale = False
            found = await self.services.hall_settings.get(hall.id)
            self.window.recall_limit = self.queue.settings.recall_limit or found.recall_limit
            self._hall_contact = (found.address, found.phone)  # printed on letters
        if self.window_id != window_id:
            return  # signed out meanwhile
        if self._busy.busy:
            return  # an action is running: it asks for a fresh read when it is through
        if self._actions != actions_before:
            self._dirty = True  # an action ran meanwhile: this read is stale, read again
            return
        if mine is not None:
            self.window.set_window(mine)
            served = [line for line in lines if line.line_id in mine.line_ids]
            served.sort(key=lambda line: mine.line_ids.index(line.line_id))
            self.window.show_lines(served, upcoming)
        self.window.set_transfer_targets(lines, states)
        self._set_ticket(in_hand)
        self.window.show_held(held)
        self.window.show_no_shows(no_shows)
        self.window.show_figures(day, ratings, assisted.total)
        if waiting is not None:
            self.window.show_waiting(waiting)
        self.window.show_extended_prompt(extended[0] if extended else None, len(extended))
        self.window.calendar_banner.show_year(unconfirmed)
        self.refreshed.emit()

    def _today(self) -> date:
        """The hall's service day by the database's clock."""
        assert self.hall is not None
        return service_day(self.db.clock.now(), ZoneInfo(self.hall.timezone))

    def _set_ticket(self, ticket: TicketInfo | None) -> None:
        changed = (self.ticket is None) != (ticket is None) or (
            ticket is not None and self.ticket is not None and ticket != self.ticket
        )
        self.ticket = ticket
        self.window.set_ticket(ticket)
        if changed:
            self.ticket_changed.emit(ticket)
            if ticket is not None and ticket.bundle_run_id and ticket.bundle_step:
                self._spawn(self._suggest_step_items(ticket), "clerk-step-items")

    async def _suggest_step_items(self, ticket: TicketInfo) -> None:
        """一件事: the finish form ticks the items of the ticket's step."""
        actor = self.actor
        if actor is None or ticket.bundle_run_id is None or ticket.bundle_step is None:
            return
        run, step = ticket.bundle_run_id, ticket.bundle_step
        found = await self._guarded(
            lambda: self.services.bundles.step_items(actor, run, step, ticket.line_id)
        )
        if found and self.ticket is not None and self.ticket.id == ticket.id:
            self.window.finish_form.suggest(found)

    # -- actions --------------------------------------------------------------------------

    def _act(self, work: Callable[[], Awaitable[Any]]) -> None:
        """One action at a time: a double press does it once."""
        if self._busy.busy or self.actor is None or self.window_id is None:
            return
        self._actions += 1
        self._spawn_once(self._busy, lambda: self._run_action(work), "clerk-action")

    async def _run_action(self, work: Callable[[], Awaitable[Any]]) -> None:
        try:
            await self._guarded(work)
        finally:
            # Counted again at the end: a read that began while the action ran (a feed
            # event) may have read before its commit, and must not be shown after it.
            self._actions += 1
            self._busy.busy = False  # before the refresh it asks for, which reads then
            self.schedule_refresh()

    def _on_ticket(
        self, move: Callable[[Actor, int], Awaitable[TicketInfo]]
    ) -> Callable[[], Awaitable[TicketInfo | None]]:
        async def run() -> TicketInfo | None:
            if self.ticket is None or self.actor is None:
                return None
            ticket = await move(self.actor, self.ticket.id)
            in_hand = (
                ticket
                if ticket.window_id == self.window_id
                and ticket.status.value
                in (
                    "called",
                    "serving",
                )
                else None
            )
            self._set_ticket(in_hand)
            self.window.show_message(self._moved_text(ticket), MessageLevel.SUCCESS)
            return ticket

        return run

    def _moved_text(self, ticket: TicketInfo) -> str:
        return {
            "called": self.tr("Calling {number} (call {n}).").format(
                number=ticket.number, n=ticket.call_count
            ),
            "serving": self.tr("Serving {number}.").format(number=ticket.number),
            "no_show": self.tr("{number} marked as no-show.").format(number=ticket.number),
            "done": self._finished_text(ticket),
            "held": self.tr("{number} is on hold.").format(number=ticket.number),
            "waiting": self.tr("{number} transferred: it waits in its new line.").format(
                number=ticket.number
            ),
        }.get(ticket.status.value, ticket.number)

    def _bundle_text(self, ticket: TicketInfo, following: TicketInfo | None) -> str:
        """一件事: where finishing this step sent the citizen."""
        if following is None:
            if ticket.bundle_step == ticket.bundle_steps and ticket.outcome in ADVANCING:
                return self.tr(
                    "{number}: every step of the bundle is done ({steps} steps)."
                ).format(number=ticket.number, steps=ticket.bundle_steps)
            return self._finished_text(ticket) + self.tr(" The bundle stops at this step.")
        if following.target_window_id is not None and following.target_window_id == self.window_id:
            return self.tr(
                "{number}: step {step} done; {next} ({line}) goes on at this window: "
                "press Call next."
            ).format(
                number=ticket.number,
                step=ticket.bundle_step,
                next=following.step_text,
                line=following.line_name,
            )
        return self.tr(
            "{number}: step {step} done; sent on to {next} ({line}), "
            "the citizen waits for the call."
        ).format(
            number=ticket.number,
            step=ticket.bundle_step,
            next=following.step_text,
            line=following.line_name,
        )

    def _finished_text(self, ticket: TicketInfo) -> str:
        """What a finish did, in the citizen's terms: a 补正告知 is not a 办结."""
        outcome = Outcome(ticket.outcome) if ticket.outcome else Outcome.COMPLETED
        return {
            Outcome.COMPLETED: self.tr("{number} finished (办结)."),
            Outcome.ACCEPTED: self.tr("{number} accepted (受理)."),
            Outcome.SUPPLEMENT: self.tr(
                "{number}: the citizen was told at once which materials to supplement (补正告知)."
            ),
            Outcome.REJECTED: self.tr("{number} not accepted (不予受理)."),
            Outcome.CONSULTATION: self.tr("{number}: question answered (咨询)."),
        }[outcome].format(number=ticket.number)

    async def _call_next(self) -> TicketInfo | None:
        assert self.actor is not None and self.window_id is not None
        ticket = await self.queue.call_next(self.actor, self.window_id)
        if ticket is None:
            self.window.show_message(
                self.tr("Nobody is waiting for this window."), MessageLevel.INFO
            )
            return None
        self._set_ticket(ticket)
        self.window.show_message(self._moved_text(ticket), MessageLevel.SUCCESS)
        return ticket

    async def _call_ticket(self, form: CallTicketForm) -> TicketInfo | None:
        """指定叫号: the chosen number, ahead of the order, with the reason."""
        assert self.actor is not None and self.window_id is not None
        try:
            ticket = await self.queue.call_ticket(
                self.actor, self.window_id, form.ticket_id, form.reason, form.note or None
            )
        except (Refused, IllegalTransition, NotFound) as e:
            self.window.call_form.show_error(e.message)  # the panel stays open to pick again
            self.window.show_message(e.message, MessageLevel.ERROR)
            return None
        self._set_ticket(ticket)
        self.window.show_actions()
        self.window.show_message(
            self.tr("Calling {number} out of order: {reason}.").format(
                number=ticket.number, reason=call_reason_label(form.reason)
            ),
            MessageLevel.SUCCESS,
        )
        return ticket

    async def _finish(self, form: FinishForm) -> TicketInfo | None:
        if self.ticket is None or self.actor is None:
            return None
        ticket = await self.queue.finish(
            self.actor,
            self.ticket.id,
            outcome=form.outcome,
            item_ids=form.item_ids,
            note=form.note or None,
            assist=form.assist,
        )
        self.window.finished()
        self._set_ticket(None)
        self.last_finished = ticket
        self.window.offer_courier(ticket)
        text = self._moved_text(ticket)
        if ticket.bundle_step is not None and self.hall is not None:
            text = self._bundle_text(ticket, await self.queue.bundle_next(self.hall.id, ticket.id))
        self.window.show_message(text, MessageLevel.SUCCESS)
        if form.outcome is Outcome.SUPPLEMENT:
            self._print_letter(ticket, form)
        return ticket

    def _print_letter(self, ticket: TicketInfo, form: FinishForm) -> None:
        assert self.hall is not None and self.actor is not None
        try:
            where = self.letters.print_letter(
                hall=self.hall,
                ticket=ticket,
                items=[
                    LetterItem(i.code, i.name, i.department, i.promised_days)
                    for i in self.window.items_model_items()
                    if i.id in set(form.item_ids)
                ],
                hall_address=self._hall_contact[0],
                hall_phone=self._hall_contact[1],
                missing=form.missing_materials,
                note=form.note or None,
                clerk=self.actor,
                window_number=self.window_number or 0,
            )
        except HallError as e:
            self.window.show_message(
                self.tr(
                    "{number}: materials to supplement (补正告知) recorded, but the "
                    "notification letter was not printed: {reason}"
                ).format(number=ticket.number, reason=e.message),
                MessageLevel.ERROR,
            )
            return
        self.letter_printed.emit(where)
        self.window.show_message(
            self.tr(
                "{number}: materials to supplement (补正告知) recorded; the notification "
                "letter (一次性告知书) is printed."
            ).format(number=ticket.number),
            MessageLevel.SUCCESS,
        )

    async def _complete_extended(self, record_id: int, reason: str, note: str) -> object:
        assert self.actor is not None
        record = await self.extended.complete(self.actor, record_id, reason=reason, note=note)
        self.window.show_message(
            self.tr("Extended-hours record saved: {minutes} min, {reason}.").format(
                minutes=record.minutes, reason=reason
            ),
            MessageLevel.SUCCESS,
        )
        return record

    def _open_courier_form(self) -> None:
        """The dispatch form in a window of its own, prefilled with the citizen and the
        handled items of the ticket just finished."""
        ticket = self.last_finished
        if ticket is None or self.actor is None:
            return
        if self.courier_form is None:
            self.courier_form = CourierForm()
            self.courier_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self._courier_controller = CourierFormController(
                self.courier_form,
                self.services.courier,
                self.actor,
                window_id=self.window_id,
                parent=self,
            )
        names = {i.id: i.name for i in self.window.items_model_items()}
        self.courier_form.prefill(ticket, [names[i] for i in ticket.item_ids if i in names])
        self.courier_form.show()
        self.courier_form.raise_()

    async def _hold(self, form: HoldForm) -> TicketInfo | None:
        if self.ticket is None or self.actor is None:
            return None
        ticket = await self.queue.hold(
            self.actor, self.ticket.id, reason=form.reason, due_in_minutes=form.due_in_minutes
        )
        self._set_ticket(None)
        self.window.show_actions()
        self.window.show_message(self._moved_text(ticket), MessageLevel.SUCCESS)
        return ticket

    async def _reactivate(self, ticket_id: int) -> TicketInfo | None:
        """恢复: the citizen who missed the call is back; the number waits again."""
        assert self.actor is not None
        ticket = await self.queue.reactivate(self.actor, ticket_id)
        self.window.show_message(
            self.tr("{number} waits again, ahead of the numbers issued after it.").format(
                number=ticket.number
            ),
            MessageLevel.SUCCESS,
        )
        return ticket

    async def _call_back(self, ticket_id: int) -> TicketInfo | None:
        assert self.actor is not None and self.window_id is not None
        ticket = await self.queue.call_back(self.actor, ticket_id, self.window_id)
        self._set_ticket(ticket)
        self.window.show_message(self._moved_text(ticket), MessageLevel.SUCCESS)
        return ticket

    async def _transfer(self, form: TransferForm) -> TicketInfo | None:
        if self.ticket is None or self.actor is None:
            return None
        ticket = await self.queue.transfer(
            self.actor,
            self.ticket.id,
            to_line_id=form.line_id,
            to_window_id=form.window_id,
            note=form.note or None,
        )
        self._set_ticket(None)
        self.window.show_actions()
        self.window.show_message(self._moved_text(ticket), MessageLevel.SUCCESS)
        return ticket

    async def _pause(self, reason: str) -> WindowState | None:
        assert self.actor is not None and self.window_id is not None
        state = await self.queue.pause_window(self.actor, self.window_id, reason)
        self.window.set_window(state)
        self.window.show_actions()
        self.window.show_message(
            self.tr("Window paused: {reason}").format(reason=reason), MessageLevel.INFO
        )
        return state

    async def _resume(self) -> WindowState | None:
        assert self.actor is not None and self.window_id is not None
        state = await self.queue.resume_window(self.actor, self.window_id)
        self.window.set_window(state)
        self.window.show_message(self.tr("Service resumed."), MessageLevel.SUCCESS)
        return state
