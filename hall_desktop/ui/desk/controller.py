"""The desk's controller: log-in, issuing (with 主管授权 past the ID limits), printing,
reprint, cancel, consultations.

Each user action is one task the controller keeps a reference to; the widget only emits
signals and shows results. Live counts come through the change feed.
"""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hall_desktop.domain.appointments import lookup_key
from hall_desktop.domain.calls import Assist
from hall_desktop.domain.citizen_limits import LIMIT_CODES
from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.errors import DatabaseUnavailable, HallError, Refused
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.tickets import Priority
from hall_desktop.printing.printer import PrintError
from hall_desktop.services.actor import ISSUERS, Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord, IssuedTicket
from hall_desktop.services.queue.citizen_limits import LimitOverride
from hall_desktop.ui.common.assist import assist_group_label, assist_kind_label
from hall_desktop.ui.common.calendar_banner import CalendarReminder
from hall_desktop.ui.common.controller import Gate, HallController, deactivated
from hall_desktop.ui.common.hard_case import HardCaseIntake, HardCaseIntakeController
from hall_desktop.ui.common.wait_text import wait_phrase
from hall_desktop.ui.desk.override import OverrideDialog
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.desk.window import CitizenDetails, DeskWindow
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.forms import MessageLevel, ask_yes_no

log = logging.getLogger(__name__)

NO_SHOW_SWEEP_MS = 60_000


class DeskController(HallController):
    issued = Signal(object)  # IssuedTicket
    refreshed = Signal()
    printed = Signal(str)  # where the slip went

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: DeskWindow,
        printer: SlipPrinter,
        *,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window = window
        self.printer = printer
        self.consultations = services.consultations
        self.calendar = CalendarReminder(services.db)
        self.login_flow = self._login_flow(
            ISSUERS,
            self.tr("This account cannot use the issuing desk (guides and supervisors only)."),
            window.login,
        )
        self.actor: Actor | None = None
        self._issuing = Gate()
        #: 一人一号: what the ID limits refused (a line, or a bundle), for 主管授权.
        self._override_target: tuple[int | None, int | None] = (None, None)
        self.hard_case_form: HardCaseIntake | None = None  # made at the first use
        self.hard_case: HardCaseIntakeController | None = None
        window.login_requested.connect(self._on_login)
        window.issue_requested.connect(self._on_issue)
        window.bundle_issue_requested.connect(self._on_issue_bundle)
        window.reprint_requested.connect(self._on_reprint)
        window.preview_requested.connect(self._on_preview)
        window.cancel_requested.connect(self._on_cancel)
        window.reactivate_requested.connect(
            lambda tid: self._spawn(self._reactivate(tid), "desk-reactivate")
        )
        window.override_requested.connect(self._on_override)
        window.assist_requested.connect(
            lambda tid, assist: self._spawn(self._assist(tid, assist), "desk-assist")
        )
        window.consultation_requested.connect(self._on_consultation)
        window.logout_requested.connect(self._on_logout)
        window.check_in_requested.connect(self._on_check_in)
        window.hard_case_requested.connect(self._open_hard_case_form)
        # 爽约: bookings whose slot has ended, marked every minute while someone is in.
        self.no_show_timer = QTimer(self)
        self.no_show_timer.setInterval(NO_SHOW_SWEEP_MS)
        self.no_show_timer.timeout.connect(
            lambda: self._spawn(self._mark_no_shows(), "desk-no-shows", replace=True)
        )

    def start(self) -> None:
        self._follow_write_waits(self.db, self.window.banner.set_database_busy)
        self._spawn(self._load_hall(), "desk-hall")

    async def stop(self) -> None:
        await super().stop()
        if self.hard_case is not None:
            await self.hard_case.stop()
        if self.hard_case_form is not None:
            self.hard_case_form.close()

    @property
    def busy(self) -> bool:
        """A number is being issued (and its slip printed): a click now is ignored."""
        return self._issuing.busy

    # -- start-up and log-in ------------------------------------------------------------

    async def _load_hall(self) -> None:
        self.hall = hall = await self.login_flow.load_hall()
        self.printer.timezone = hall.timezone
        if not self.printer.configured:  # this PC names none: the hall's slip printer
            found = await self._guarded(lambda: self.services.hall_settings.get(hall.id))
            if found is not None:
                self.printer.printer = found.slip_printer.strip()
        self.window.set_hall_time(HallTime(self.db.clock, ZoneInfo(hall.timezone)))
        self.window.show_login(hall.name)

    def _on_login(self, login: str, password: str) -> None:
        self._spawn(self._login(login, password), "desk-login")

    async def _login(self, login: str, password: str) -> None:
        actor = await self.login_flow.log_in(login, password)
        if actor is None:
            return
        self.actor = actor
        assert self.hall is not None
        self.window.show_desk(self.hall.name, f"{actor.name}（{actor.staff_number}）")
        try:
            after = await self.queue.feed_position(self.hall.id)
            self.window.set_helpers(await self.queue.assist_helpers(self.hall.id), actor.staff_id)
            await self._refresh_now()
        except DatabaseUnavailable:
            after = None
            self.window.set_online(False)
        if self.feed is None:
            self._start_feed(self.db, self.hall.id, after)
        self.no_show_timer.start()
        if not self.printer.configured:
            self.window.show_message(
                self.tr("No slip printer is set: numbers are issued without a slip."),
                MessageLevel.ERROR,
            )

    def _on_logout(self) -> None:
        self.no_show_timer.stop()
        self.actor = None
        if self.hard_case_form is not None:
            self.hard_case_form.clear()
            self.hard_case_form.close()
        self.window.show_login()

    def _open_hard_case_form(self) -> None:
        """办不成事登记 in a window of its own, the same form as at the 办不成事反映窗口."""
        if self.actor is None:
            return
        if self.hard_case_form is None:
            form = HardCaseIntake()
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            form.setStyleSheet(stylesheet("desk"))
            form.resize(max(760, form.sizeHint().width()), form.sizeHint().height())
            self.hard_case_form = form
            self.hard_case = HardCaseIntakeController(
                form, self.services.cases, lambda: self.actor, parent=self
            )
        self.hard_case_form.show()
        self.hard_case_form.raise_()
        self.hard_case_form.activateWindow()
        self.hard_case_form.request_edit.setFocus()

    # -- live refresh ---------------------------------------------------------------------

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if self.actor is not None and deactivated(batch, self.actor.staff_id):
            self._on_logout()
            self.window.login.show_error(
                self.tr("Your account was deactivated by an administrator.")
            )
            return
        kinds = (
            "ticket_",
            "line_",
            "lines_",
            "window_",
            "consultation_",
            "calendar_",
            "bundle_",
            "appointment",
        )
        if any(e.kind.startswith(kinds) for e in batch):
            self.schedule_refresh()

    async def _refresh_now(self) -> None:
        # The guide as the read began: logged out meanwhile (a deactivated account is,
        # by the feed), the read is dropped, never continued with nobody.
        hall, actor = self.hall, self.actor
        if hall is None or actor is None:
            return
        lines = await self.queue.line_statuses(hall.id)
        tickets = await self.queue.tickets_of_day(hall.id)
        tally = await self.consultations.today(actor)
        today = service_day(self.db.clock.now(), ZoneInfo(hall.timezone))
        assisted = await self.queue.assist_counts(hall.id, today, today, helper_id=actor.staff_id)
        bundles = await self.services.bundles.bundles(actor, include_inactive=False)
        bookings = await self.services.appointments.day_list(hall.id)
        unconfirmed = await self.calendar.year_for(actor)
        if self.actor is not actor:
            return  # logged out meanwhile
        # Everything read first, then shown at once: no screen half of one refresh.
        self.window.show_lines(lines)
        self.window.show_tickets(tickets)
        self.window.show_tally(tally)
        self.window.show_assisted(assisted.total)
        self.window.show_bundles(bundles)
        self.window.appointments.show_bookings(bookings)
        self.window.calendar_banner.show_year(unconfirmed)
        self.refreshed.emit()

    # -- issuing --------------------------------------------------------------------------

    def _on_issue(self, line_id: int) -> None:
        self._start_issue(line_id, None)

    def _on_issue_bundle(self, bundle_id: int) -> None:
        """一件事: one number for the bundle, on its first step's line."""
        self._start_issue(None, bundle_id)

    def _start_issue(self, line_id: int | None, bundle_id: int | None) -> None:
        if self.actor is None:
            return
        # A double click issues one number, not two.
        self._spawn_once(self._issuing, lambda: self._issue(line_id, bundle_id), "desk-issue")

    async def _issue(self, line_id: int | None, bundle_id: int | None = None) -> None:
        assert self.actor is not None
        actor = self.actor
        citizen = self.window.citizen()
        self.window.clear_field_errors()
        if citizen.green and not citizen.green_reason:
            self.window.show_field_error(
                "priority_reason", self.tr("Choose why this citizen takes the green channel")
            )
            return
        limited = False

        async def attempt() -> IssuedTicket:
            nonlocal limited
            try:
                return await self._issue_for(actor, (line_id, bundle_id), citizen, None)
            except Refused as e:
                limited = e.code in LIMIT_CODES
                raise

        issued: IssuedTicket | None = await self._guarded(attempt)
        if issued is not None:
            self._after_issue(issued)
        elif limited:  # 一人一号: a supervisor may let this one through
            self._override_target = (line_id, bundle_id)
            self.window.offer_override(line_id or 0)

    async def _issue_for(
        self,
        actor: Actor,
        target: tuple[int | None, int | None],
        citizen: CitizenDetails,
        override: LimitOverride | None,
    ) -> IssuedTicket:
        """A line's number, or a bundle's (一件事) when ``target`` names one."""
        line_id, bundle_id = target
        details: dict[str, Any] = {
            "priority": Priority.GREEN if citizen.green else Priority.NORMAL,
            "priority_reason": citizen.green_reason or None,
            "citizen_name": citizen.name or None,
            "citizen_phone": citizen.phone or None,
            "citizen_id_number": citizen.id_number or None,
            "override": override,
        }
        if bundle_id is not None:
            return await self.queue.issue_bundle(actor, bundle_id, **details)
        assert line_id is not None
        return await self.queue.issue_ticket(actor, line_id, **details)

    def _after_issue(self, issued: IssuedTicket) -> None:
        self.window.show_issued(issued)
        self.issued.emit(issued)
        self._print(issued, reprint=False)
        self.schedule_refresh()

    # -- 预约签到 --------------------------------------------------------------------------

    def _on_check_in(self, text: str) -> None:
        actor = self.actor
        if actor is None:
            return
        # One number per check-in, however often the button is clicked.
        self._spawn_once(self._issuing, lambda: self._check_in(actor, text), "desk-check-in")

    async def _check_in(self, actor: Actor, text: str) -> None:
        key = lookup_key(text)
        try:
            done = await self.services.appointments.check_in(actor, **key)
        except HallError as e:  # not found, too early, a malformed code: said as it is
            self.window.show_message(e.message, MessageLevel.ERROR)
            return
        self.window.appointments.checked_in()
        self._after_issue(done.issued)
        self.window.show_message(
            done.message, MessageLevel.INFO if done.late else MessageLevel.SUCCESS
        )

    async def _mark_no_shows(self) -> None:
        actor = self.actor
        if actor is None:
            return
        try:
            await self.services.appointments.mark_no_shows(actor)
            await self.services.appointments.queue_reminders(actor)  # tomorrow's 预约提醒
        except HallError as e:  # the database away: the next sweep tries again
            log.info("no-show sweep skipped: %s", e)

    # -- 主管授权: a supervisor lets a number past the ID limits ------------------------------

    def _on_override(self, _line_id: int) -> None:
        """The window's 主管授权 button: the refused target is the controller's (a line's
        number or a bundle's)."""
        target = self._override_target
        dialog = OverrideDialog(self.window.refusal_text(), self.window)
        dialog.submitted.connect(
            lambda login, password, reason: self._spawn(
                self._override(dialog, target, login, password, reason),
                "desk-override",
                replace=True,
            )
        )
        self.override_dialog = dialog  # kept for tests and so it is not collected
        dialog.open()  # never exec() inside the asyncio loop

    async def _override(
        self,
        dialog: OverrideDialog,
        target: tuple[int | None, int | None],
        login: str,
        password: str,
        reason: str,
    ) -> None:
        actor, hall = self.actor, self.hall
        if actor is None or hall is None:
            dialog.reject()
            return
        citizen = self.window.citizen()
        try:
            supervisor = await self.services.auth.confirm_supervisor(hall.id, login, password)
            issued = await self._issue_for(
                actor, target, citizen, LimitOverride(supervisor, reason)
            )
        except HallError as e:  # a wrong password, no supervisor, the database away
            dialog.show_error(e.message)
            return
        dialog.accept()
        self._after_issue(issued)

    def _print(self, issued: IssuedTicket, *, reprint: bool) -> None:
        number = issued.ticket.number
        try:
            where = self.printer.print_slip(issued)
        except PrintError as e:
            self.window.show_message(
                self.tr(
                    "Number {number} issued, but the slip was not printed: {reason} "
                    "You can reprint it."
                ).format(number=number, reason=e.message),
                MessageLevel.ERROR,
            )
            return
        except Exception:  # a printer driver's failure must not lose the number
            log.exception("printing the slip of %s failed", number)
            self.window.show_message(
                self.tr(
                    "Number {number} issued, but printing failed; see the log. You can reprint it."
                ).format(number=number),
                MessageLevel.ERROR,
            )
            return
        self.printed.emit(where)
        text = (
            self.tr("Slip of {number} reprinted.")
            if reprint
            else self.tr("Number {number} issued: {ahead} ahead, {wait}.")
        )
        self.window.show_message(
            text.format(number=number, ahead=issued.ahead, wait=wait_phrase(issued.wait)),
            MessageLevel.SUCCESS,
        )

    def _on_reprint(self, ticket_id: int) -> None:
        self._spawn(self._reprint(ticket_id), "desk-reprint")

    async def _reprint(self, ticket_id: int) -> None:
        if self.hall is None:
            return
        hall_id = self.hall.id
        issued = await self._guarded(lambda: self.queue.slip(hall_id, ticket_id))
        if issued is not None:
            self._print(issued, reprint=True)

    def _on_preview(self, ticket_id: int) -> None:
        self._spawn(self._preview(ticket_id), "desk-preview")

    async def _preview(self, ticket_id: int) -> None:
        if self.hall is None:
            return
        hall_id = self.hall.id
        issued = await self._guarded(lambda: self.queue.slip(hall_id, ticket_id))
        if issued is not None:
            self.printer.preview(issued, self.window)

    def _on_cancel(self, ticket_id: int) -> None:
        ticket = self.window.selected_ticket()
        number = ticket.number if ticket is not None and ticket.id == ticket_id else ""
        self.cancel_box = ask_yes_no(  # kept for tests
            self.window,
            self.tr("Cancel a number"),
            self.tr("The citizen with {number} has left: cancel this number?").format(
                number=number
            ),
            lambda: self._confirmed_cancel(ticket_id, number),
        )

    def _confirmed_cancel(self, ticket_id: int, number: str) -> None:
        self._spawn(self._cancel(ticket_id, number), "desk-cancel")

    async def _reactivate(self, ticket_id: int) -> None:
        actor = self.actor
        if actor is None:
            return
        back = await self._guarded(lambda: self.queue.reactivate(actor, ticket_id))
        if back is not None:
            self.window.show_message(
                self.tr("Number {number} waits again, keeping its place by issue time.").format(
                    number=back.number
                ),
                MessageLevel.SUCCESS,
            )
            self.schedule_refresh()

    async def _assist(self, ticket_id: int, assist: Assist) -> None:
        """帮代办 for the selected number, helped by this guide (a second time changes it)."""
        actor = self.actor
        if actor is None:
            return
        record = await self._guarded(lambda: self.queue.set_assist(actor, ticket_id, assist))
        if record is not None:
            self.window.show_message(
                self.tr("Help recorded for {number}: {kind}, {group}.").format(
                    number=record.number,
                    kind=assist_kind_label(record.kind),
                    group=assist_group_label(record.for_group),
                ),
                MessageLevel.SUCCESS,
            )
            self.schedule_refresh()

    async def _cancel(self, ticket_id: int, number: str) -> None:
        actor = self.actor
        if actor is None:
            return
        done = await self._guarded(lambda: self.queue.cancel(actor, ticket_id))
        if done is not None:
            self.window.show_message(
                self.tr("Number {number} cancelled.").format(number=done.number),
                MessageLevel.SUCCESS,
            )
            self.schedule_refresh()

    # -- consultations ----------------------------------------------------------------------

    def _on_consultation(self, question: str, answer: str) -> None:
        self._spawn(self._consultation(question, answer), "desk-consultation")

    async def _consultation(self, question: str, answer: str) -> None:
        actor = self.actor
        if actor is None:
            return
        record = await self._guarded(
            lambda: self.consultations.record(actor, question=question, answer=answer)
        )
        if record is not None:
            self.window.consultation_recorded()
            self.window.show_message(self.tr("Consultation recorded."), MessageLevel.SUCCESS)
            self.schedule_refresh()
