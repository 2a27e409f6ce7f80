"""The kiosk's controller: logs the device account in, keeps the lines current, issues
numbers, prints their slips, and lets a supervisor close the kiosk.

Who issues. A kiosk stands in the hall with nobody at it, so it cannot ask a person to
log in, and a member of staff's password must not sit in a file on a public machine. It
logs in at start with a device account of its own (``kiosk_login`` /
``kiosk_password`` in this PC's settings file): a staff row with the one role 自助取号机
(:attr:`~hall_desktop.services.actor.Role.KIOSK`). The services let that role take
normal numbers (and check appointments in) and nothing else: no green channel (a person
must see the citizen), no cancelling, no log-in on a desk or a window. Every number is
recorded as issued by that account, so the reports tell kiosk numbers from the desk's;
deactivating the account stops the kiosk at once (each issue re-reads it).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import ClassVar, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from hall_desktop.domain.citizen_limits import LIMIT_CODES
from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.errors import (
    DatabaseUnavailable,
    HallError,
    Refused,
    ValidationError,
)
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Priority
from hall_desktop.live.pause import retry_pause
from hall_desktop.printing.printer import PrintError
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord, IssuedTicket
from hall_desktop.ui.common.controller import Gate, HallController, deactivated
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.kiosk.window import Entry, ExitDialog, KioskWindow
from hall_desktop.ui.widgets.forms import MessageLevel

log = logging.getLogger(__name__)

RETRY_S = 3.0
REFRESH_MS = 60_000  # lines open and close with the hours even when nothing happens


class CheckedIn(Protocol):
    """What a check-in (预约签到) gives: the number, and a sentence for the citizen."""

    @property
    def issued(self) -> IssuedTicket: ...
    @property
    def message(self) -> str: ...


class CheckInDesk(Protocol):
    """Finds today's booking by one of its keys and issues its number
    (``AppointmentService.check_in``)."""

    async def check_in(
        self,
        actor: Actor,
        *,
        code: str | None = None,
        id_number: str | None = None,
        mobile: str | None = None,
    ) -> CheckedIn: ...


#: The keypad's entries and the check-in's keyword for each.
_CHECK_IN_KEYS = {
    Entry.BOOKING_CODE: "code",
    Entry.BOOKING_ID: "id_number",
    Entry.BOOKING_MOBILE: "mobile",
}


class KioskController(HallController):
    """Connects one :class:`KioskWindow` to the hall, as its device account."""

    SHOWS_FAILURES: ClassVar[bool] = False  # citizens: the log has the details

    issued = Signal(object)  # IssuedTicket
    printed = Signal(bool)  # whether the slip came out
    refreshed = Signal()
    exit_allowed = Signal()

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: KioskWindow,
        printer: SlipPrinter,
        *,
        login: str,
        password: str,
        check_ins: CheckInDesk | None = None,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window = window
        self.printer = printer
        self.login = login.strip()
        self.password = password
        self.actor: Actor | None = None
        self.check_ins = check_ins
        self._issuing = Gate()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.schedule_refresh)
        window.issue_requested.connect(self._on_issue)
        window.check_in_requested.connect(self._on_check_in)
        window.exit_requested.connect(self._on_exit_requested)

    def start(self) -> None:
        self._follow_write_waits(self.db, self.window.banner.set_database_busy)
        self._spawn(self._start(), "kiosk-start")

    @property
    def busy(self) -> bool:
        """A number is being issued (and printed): another touch now is ignored."""
        return self._issuing.busy

    # -- start-up: the hall, the device account ------------------------------------------

    async def _start(self) -> None:
        while True:
            try:
                self.hall = await self.queue.hall(self.hall_code)
                break
            except DatabaseUnavailable:
                self.window.set_online(False)
            except HallError as e:  # no such hall: staff must fix the settings
                self.window.out_of_service(e.message)
                return
            await retry_pause(RETRY_S)
        self.window.set_online(True)
        hall = self.hall
        self.printer.timezone = hall.timezone
        self.window.set_hall(hall.name, HallTime(self.db.clock, ZoneInfo(hall.timezone)))
        self.actor = await self._log_in()
        if self.actor is None:
            return
        await self._read_settings()
        self.window.set_check_in_available(self.check_ins is not None)
        try:
            after = await self.queue.feed_position(hall.id)
            await self._refresh_now()
        except DatabaseUnavailable:
            after = None
            self.window.set_online(False)
        self._start_feed(self.db, hall.id, after)
        self._timer.start(REFRESH_MS)

    async def _log_in(self) -> Actor | None:
        """The device account, or None with the kiosk out of service and the reason."""
        if not self.login:
            self.window.out_of_service(
                self.tr("No device account is set (kiosk_login in the settings file).")
            )
            return None
        while True:
            try:
                actor = await self.services.auth.login(self.hall_code, self.login, self.password)
                break
            except DatabaseUnavailable:
                self.window.set_online(False)
            except HallError as e:  # never retried: a wrong password would lock the account
                log.error("the kiosk's device account %s cannot log in: %s", self.login, e)
                self.window.out_of_service(
                    self.tr("The device account {login} cannot log in: {reason}").format(
                        login=self.login, reason=e.message
                    )
                )
                return None
            await retry_pause(RETRY_S)
        if actor.roles != frozenset({Role.KIOSK}):
            # A person's account would put their password in a file on a public machine
            # and give the kiosk rights it must not have (cancel, green channel).
            self.window.out_of_service(
                self.tr("{login} is not a kiosk device account (role: kiosk only).").format(
                    login=self.login
                )
            )
            return None
        self.window.set_online(True)
        return actor

    async def _read_settings(self) -> None:
        """What the hall's settings decide here: the slip printer when this PC names
        none, and whether a number needs the ID number (一人一号 on)."""
        assert self.hall is not None
        try:
            found = await self.services.hall_settings.get(self.hall.id)
        except DatabaseUnavailable:
            return
        if not self.printer.configured:
            self.printer.printer = found.slip_printer.strip()
        self.window.id_required = found.id_open_per_line > 0 or found.id_per_day > 0

    # -- live refresh ---------------------------------------------------------------------

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if self.actor is not None and deactivated(batch, self.actor.staff_id):
            self.actor = None
            self.window.out_of_service(self.tr("The kiosk's device account was deactivated."))
            return
        if any(e.kind == EventKind.STAFF_ACTIVATED for e in batch) and self.actor is None:
            self._spawn(self._log_back_in(), "kiosk-login", replace=True)
        if any(e.kind == EventKind.HALL_SETTINGS_CHANGED for e in batch):
            self._spawn(self._read_settings(), "kiosk-settings", replace=True)
        kinds = ("ticket_", "line_", "lines_", "window_", "calendar_", "hours_", "day_")
        if any(e.kind.startswith(kinds) for e in batch):
            self.schedule_refresh()

    async def _log_back_in(self) -> None:
        self.actor = await self._log_in()
        if self.actor is not None:
            self.window.back_in_service()
            self.schedule_refresh()

    async def _refresh_now(self) -> None:
        if self.hall is None or self.actor is None:
            return
        self.window.show_lines(await self.queue.line_statuses(self.hall.id))
        self.refreshed.emit()

    # -- issuing --------------------------------------------------------------------------

    def _on_issue(self, line_id: int, id_number: str) -> None:
        self._take(
            lambda actor: self.queue.issue_ticket(
                actor,
                line_id,
                priority=Priority.NORMAL,
                priority_reason=None,
                citizen_name=None,
                citizen_phone=None,
                citizen_id_number=id_number or None,
            ),
            "kiosk-issue",
        )

    def _on_check_in(self, entry: str, text: str) -> None:
        desk = self.check_ins
        if desk is None:
            return
        keyword = _CHECK_IN_KEYS[Entry(entry)]

        async def check_in(actor: Actor) -> tuple[IssuedTicket, str]:
            done = await desk.check_in(actor, **{keyword: text})
            return done.issued, done.message

        self._take(check_in, "kiosk-check-in")

    def _take(
        self, work: Callable[[Actor], Awaitable[IssuedTicket | tuple[IssuedTicket, str]]], name: str
    ) -> None:
        """Run ``work`` (a walk-in number or a check-in) as the device account, one at a
        time: a second touch while the first is issued takes nothing."""
        actor = self.actor
        if actor is None:
            return
        self._spawn_once(self._issuing, lambda: self._issue(actor, work), name)

    async def _issue(
        self,
        actor: Actor,
        work: Callable[[Actor], Awaitable[IssuedTicket | tuple[IssuedTicket, str]]],
    ) -> None:
        try:
            outcome = await work(actor)
        except ValidationError as e:
            if not self.window.show_field_error(e.field, e.message):
                self.window.show_message(e.message, MessageLevel.ERROR)
            return
        except Refused as e:
            text = e.message
            if e.code in LIMIT_CODES:
                text += self.tr(" For special circumstances please ask at the guidance desk.")
            self.window.show_message(text, MessageLevel.ERROR)
            self.schedule_refresh()
            return
        except HallError as e:  # the database away, a permission gone
            log.warning("the kiosk could not issue a number: %s", e)
            self.window.show_message(
                self.tr("No number can be taken here right now: {reason}").format(reason=e.message),
                MessageLevel.ERROR,
            )
            return
        issued, extra = outcome if isinstance(outcome, tuple) else (outcome, "")
        self.deliver(issued, extra)
        self.schedule_refresh()

    def deliver(self, issued: IssuedTicket, extra: str = "") -> None:
        """Show ``issued`` large and print its slip; a printer that fails leaves the
        number on the screen with a notice (it is valid without the slip)."""
        self.window.show_issued(issued, extra)
        self.issued.emit(issued)
        ok = self._print(issued)
        self.window.show_printed(ok)
        self.printed.emit(ok)

    def _print(self, issued: IssuedTicket) -> bool:
        number = issued.ticket.number
        if not self.printer.configured:
            log.error("the kiosk has no slip printer: %s issued without a slip", number)
            return False
        try:
            self.printer.print_slip(issued)
        except PrintError as e:
            log.error("the slip of %s was not printed: %s", number, e.message)
            return False
        except Exception:  # a printer driver's failure must not lose the number
            log.exception("printing the slip of %s failed", number)
            return False
        return True

    # -- leaving the kiosk: a supervisor's or administrator's password ------------------

    def _on_exit_requested(self) -> None:
        if self.window.exit_dialog is not None:
            return
        dialog = ExitDialog(self.window)
        dialog.submitted.connect(
            lambda login, password: self._spawn(
                self._confirm_exit(dialog, login, password), "kiosk-exit", replace=True
            )
        )
        dialog.finished.connect(lambda _r: setattr(self.window, "exit_dialog", None))
        self.window.exit_dialog = dialog
        dialog.open()  # never exec() inside the asyncio loop

    async def _confirm_exit(self, dialog: ExitDialog, login: str, password: str) -> None:
        if self.hall is None:
            dialog.show_error(self.tr("The kiosk is not connected to its hall yet."))
            return
        try:
            staff = await self.services.auth.confirm_supervisor(self.hall.id, login, password)
        except HallError as e:  # wrong password, not a supervisor, the database away
            dialog.show_error(e.message)
            return
        log.info("the kiosk was closed by %s (%s)", staff.login, staff.name)
        dialog.accept()
        self.exit_allowed.emit()
        self.window.allow_close()
