"""The self-service kiosk (自助取号机): a full-screen touch screen at the hall's entrance.

A passive widget, like every role's window: it says what the citizen asked for in
signals and shows what the controller hands it. What it guarantees on its own:

- touch-sized: every button a finger's width, the text readable from a step back, in a
  portrait 1080×1920 cabinet as on a 1920×1080 screen (the line grid takes 2 or 3
  columns by width);
- nobody sees another citizen's data: :meth:`KioskWindow.return_home` (after
  ``idle_seconds`` without a touch, and after each number) clears every field, the ID
  number read and the last number shown;
- it cannot be left: Escape, Alt+F4 and the window manager's close are refused; a long
  press on the top left corner asks for a supervisor's or administrator's password
  (:class:`ExitDialog`), and only :meth:`KioskWindow.allow_close` lets it close;
- an ID card swiped on a keyboard-wedge reader (:class:`CardReader`) is taken on the
  start, ID and check-in screens.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.appointments import CODE_ALPHABET, CODE_LENGTH
from hall_desktop.domain.clock import HallTime, system_hall_time
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.masking import mask_id_number
from hall_desktop.domain.validators import parse_id_number
from hall_desktop.services.dto import IssuedTicket, LineStatus
from hall_desktop.ui.common.screen import CitizenScreen, screen_label
from hall_desktop.ui.common.wait_text import wait_phrase
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.card_reader import CardReader, IdleWatch
from hall_desktop.ui.widgets.forms import MessageLevel, error_label, qdate, set_style_property

IDLE_S = 30  # the default of the setting kiosk_idle_seconds
EXIT_HOLD_MS = 3000  # how long the hidden corner must be held to ask for the password
CORNER_PX = 120
WIDE_PX = 1400  # from this width the line grid has three columns, else two


class Page(IntEnum):
    HOME = 0
    KEYPAD = 1
    ISSUED = 2
    CHECK_IN = 3
    OUT_OF_SERVICE = 4


class Entry(StrEnum):
    """What the keypad is asked for."""

    WALK_IN_ID = "walk_in_id"  # the ID number for a walk-in number of a line
    BOOKING_CODE = "booking_code"  # 预约码
    BOOKING_ID = "booking_id"  # the ID number a booking was made with
    BOOKING_MOBILE = "booking_mobile"  # the mobile number a booking was made with


_MAX_LENGTH = {
    Entry.WALK_IN_ID: 18,
    Entry.BOOKING_ID: 18,
    Entry.BOOKING_MOBILE: 11,
    Entry.BOOKING_CODE: CODE_LENGTH,
}


def show_only(stack: QStackedWidget, shown: QWidget) -> None:
    """Show ``shown``, the only one of the stack's widgets that counts for its size (a
    stack otherwise takes its largest widget's, and pushes a landscape screen taller)."""
    for i in range(stack.count()):
        widget = stack.widget(i)
        if widget is not None:
            policy = QSizePolicy.Policy.Ignored
            if widget is shown:
                policy = QSizePolicy.Policy.Preferred
            widget.setSizePolicy(policy, policy)
    stack.setCurrentWidget(shown)


def big_button(text: str, name: str = "kioskButton") -> QPushButton:
    """A touch button: no keyboard focus (Enter belongs to the card reader)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setMinimumHeight(110)
    return button


def key_button(text: str) -> QPushButton:
    """A keypad key: taller where the screen has the room (a portrait cabinet)."""
    key = big_button(text, "keyButton")
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    key.setMinimumHeight(64)  # 16 mm on a 21.5" 1920×1080 panel
    return key


class LineTile(QPushButton):
    """One line: its name, waiting and estimated wait; greyed with the reason when closed."""

    def __init__(self, line: LineStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineTile")
        self.line_id = line.line_id
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.title = screen_label("tileTitle")
        self.detail = screen_label("tileDetail")
        for label in (self.title, self.detail):
            label.setWordWrap(True)
            label.setMinimumWidth(1)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.update_status(line)

    def update_status(self, line: LineStatus) -> None:
        self.title.setText(f"{line.prefix}  {line.name}")
        if line.is_open:
            self.detail.setText(
                self.tr("{waiting} waiting · {wait}").format(
                    waiting=line.waiting, wait=wait_phrase(line.wait)
                )
            )
        else:
            self.detail.setText(self.tr("Not now: {reason}").format(reason=line.closed_reason))
        self.setEnabled(line.is_open)
        for label in (self.title, self.detail):  # QSS cannot select on a parent's state
            set_style_property(label, "closed", "false" if line.is_open else "true")


class HoldCorner(QWidget):
    """An invisible corner: held for ``hold_ms`` it says :attr:`held` (the way out for
    staff; a citizen's tap does nothing)."""

    held = Signal()

    def __init__(self, hold_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(CORNER_PX, CORNER_PX)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.held)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.timer.stop()
        event.accept()


class ExitDialog(QDialog):
    """Leaving the kiosk: a supervisor or administrator signs with their password (a
    keyboard is plugged in for it). Passive: the controller checks the password."""

    submitted = Signal(str, str)  # login, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exitDialog")
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.setMinimumWidth(560)
        hint = QLabel(self.tr("Staff only: a supervisor or an administrator signs to close."))
        hint.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.ok_button = QPushButton(self.tr("Close the kiosk"))
        self.ok_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self._on_submit)
        self.password_edit.returnPressed.connect(self._on_submit)
        self.cancel_button.clicked.connect(self.reject)

    def _on_submit(self) -> None:
        self.error.hide()
        self.ok_button.setEnabled(False)
        self.submitted.emit(self.login_edit.text().strip(), self.password_edit.text())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.ok_button.setEnabled(True)
        self.password_edit.clear()
        self.password_edit.setFocus()


class Keypad(QWidget):
    """Touch keys for ``chars`` in ``columns`` columns, then delete and clear."""

    typed = Signal(str)  # one character
    deleted = Signal()
    cleared = Signal()

    def __init__(self, chars: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(16)
        self.keys: dict[str, QPushButton] = {}
        for i, char in enumerate(chars):
            key = key_button(char)
            key.clicked.connect(lambda _=False, c=char: self.typed.emit(c))
            self.keys[char] = key
            grid.addWidget(key, i // columns, i % columns)
        self.delete_key = key_button(self.tr("Delete"))
        self.delete_key.clicked.connect(self.deleted)
        self.clear_key = key_button(self.tr("Clear"))
        self.clear_key.clicked.connect(self.cleared)
        row, free = divmod(len(chars), columns)
        if free:  # delete in the last row's free cells, clear on a row of its own
            grid.addWidget(self.delete_key, row, free, 1, columns - free)
            grid.addWidget(self.clear_key, row + 1, 0, 1, columns)
        else:
            half = columns // 2
            grid.addWidget(self.delete_key, row, 0, 1, half)
            grid.addWidget(self.clear_key, row, half, 1, columns - half)

    def allow(self, char: str, allowed: bool) -> None:
        self.keys[char].setEnabled(allowed)


class KioskWindow(CitizenScreen):
    """The kiosk's screens. Signals say what the citizen asked; nothing here awaits."""

    issue_requested = Signal(int, str)  # line id, ID number ("" when not asked for)
    check_in_requested = Signal(str, str)  # Entry value, what was entered
    exit_requested = Signal()  # the hidden corner was held: ask for the password
    went_home = Signal()  # back on the start screen, everything cleared

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        idle_seconds: float = IDLE_S,
        exit_hold_ms: int = EXIT_HOLD_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Self-service kiosk"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("kiosk"))
        self._time = system_hall_time()
        self._tiles: dict[int, LineTile] = {}
        self._order: list[int] = []  # the lines' order on screen
        self._columns = 2
        self._may_close = False
        self._out_of_service = False
        self.id_required = True  # 一人一号 on: a walk-in number needs the ID number
        self.check_in_available = False
        self.swiped_id = ""  # an ID number read on the start screen, for the next number
        self.entry = Entry.WALK_IN_ID
        self.entry_line_id: int | None = None
        self.typed = ""
        self.exit_dialog: ExitDialog | None = None

        self.hall_name = screen_label("hallName")
        self.clock_label = screen_label("clockLabel", align=Qt.AlignmentFlag.AlignRight)
        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        top.setContentsMargins(32, 16, 32, 16)
        top.addWidget(self.hall_name, 1)
        top.addWidget(self.clock_label)
        self.banner = StatusBanner()
        self.notice = screen_label("notice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()

        self.stack = QStackedWidget()
        self._pages = [  # in the order of Page
            self._build_home(),
            self._build_keypad(),
            self._build_issued(),
            self._build_check_in(),
            self._build_out_of_service(),
        ]
        for built in self._pages:
            self.stack.addWidget(built)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addWidget(self.banner)
        body = QVBoxLayout()
        body.setContentsMargins(40, 24, 40, 32)
        body.setSpacing(20)
        body.addWidget(self.notice)
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

        # Over the header's left end; a child made last is drawn (and touched) on top.
        self.corner = HoldCorner(exit_hold_ms, self)
        self.corner.move(0, 0)
        self.corner.held.connect(self.exit_requested)
        self.card_reader = CardReader(self)
        self.card_reader.swiped.connect(self._on_swiped)
        self.idle_watch = IdleWatch(self, idle_seconds)
        self.idle_watch.idle.connect(self.return_home)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._tick()
        self.show_page(Page.HOME)

    # -- building ---------------------------------------------------------------------

    def _build_home(self) -> QWidget:
        page = QWidget()
        self.home_title = screen_label(
            "pageTitle", self.tr("Touch the service you came for"), Qt.AlignmentFlag.AlignCenter
        )
        self.id_strip = QFrame()
        self.id_strip.setObjectName("idStrip")
        self.id_label = screen_label("idLabel")
        self.id_label.setWordWrap(True)
        self.id_clear = big_button(self.tr("Not me: clear"), "smallButton")
        self.id_clear.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.id_clear.setMinimumHeight(80)
        self.id_clear.clicked.connect(self.forget_id)
        strip = QHBoxLayout(self.id_strip)
        strip.addWidget(self.id_label, 1)
        strip.addWidget(self.id_clear)
        self.id_strip.hide()
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setSpacing(20)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.green_hint = screen_label(
            "hint",
            self.tr(
                "Elderly, disabled, pregnant citizens, servicemen and others entitled to the "
                "green channel: please go to the guidance desk, staff will serve you first."
            ),
        )
        self.green_hint.setWordWrap(True)
        self.swipe_hint = screen_label(
            "hint", self.tr("You may swipe your ID card on the reader below the screen.")
        )
        self.swipe_hint.setWordWrap(True)
        self.check_in_button = big_button(self.tr("Appointment check-in"), "checkInButton")
        self.check_in_button.clicked.connect(lambda: self.show_page(Page.CHECK_IN))
        self.check_in_button.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.home_title)
        layout.addWidget(self.id_strip)
        layout.addWidget(self.grid_box, 1)
        layout.addWidget(self.check_in_button)
        layout.addWidget(self.swipe_hint)
        layout.addWidget(self.green_hint)
        return page

    def _build_keypad(self) -> QWidget:
        page = QWidget()
        self.keypad_title = screen_label("pageTitle", align=Qt.AlignmentFlag.AlignCenter)
        self.keypad_title.setWordWrap(True)
        self.keypad_hint = screen_label("hint", align=Qt.AlignmentFlag.AlignCenter)
        self.keypad_hint.setWordWrap(True)
        self.entry_label = screen_label("entryField", align=Qt.AlignmentFlag.AlignCenter)
        self.entry_label.setMinimumHeight(96)
        self.entry_error = screen_label("entryError", align=Qt.AlignmentFlag.AlignCenter)
        self.entry_error.setWordWrap(True)
        self.keypad = Keypad("123456789X0", 3)  # ID numbers (X: the check character), mobiles
        self.code_pad = Keypad(CODE_ALPHABET, 5)  # booking codes (预约码)
        self.pads = QStackedWidget()
        for pad in (self.keypad, self.code_pad):
            pad.typed.connect(self._on_key)
            pad.deleted.connect(lambda: self._set_typed(self.typed[:-1]))
            pad.cleared.connect(lambda: self._set_typed(""))
            self.pads.addWidget(pad)
        self.back_button = big_button(self.tr("Back"), "secondaryButton")
        self.back_button.clicked.connect(self._on_back)
        self.ok_button = big_button(self.tr("Confirm"), "primaryButton")
        self.ok_button.clicked.connect(self._on_confirm)
        actions = QHBoxLayout()
        actions.setSpacing(20)
        actions.addWidget(self.back_button)
        actions.addWidget(self.ok_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.keypad_title)
        layout.addWidget(self.keypad_hint)
        layout.addWidget(self.entry_label)
        layout.addWidget(self.entry_error)
        layout.addWidget(self.pads, 1)
        layout.addLayout(actions)
        return page

    def _build_issued(self) -> QWidget:
        page = QWidget()
        self.issued_title = screen_label(
            "pageTitle", self.tr("Your number"), Qt.AlignmentFlag.AlignCenter
        )
        self.issued_number = screen_label("issuedNumber", align=Qt.AlignmentFlag.AlignCenter)
        self.issued_line = screen_label("issuedLine", align=Qt.AlignmentFlag.AlignCenter)
        self.issued_line.setWordWrap(True)
        self.issued_wait = screen_label("issuedWait", align=Qt.AlignmentFlag.AlignCenter)
        self.issued_wait.setWordWrap(True)
        self.issued_extra = screen_label("issuedWait", align=Qt.AlignmentFlag.AlignCenter)
        self.issued_extra.setWordWrap(True)
        self.print_state = screen_label("printState", align=Qt.AlignmentFlag.AlignCenter)
        self.print_state.setWordWrap(True)
        self.done_button = big_button(self.tr("Done"), "primaryButton")
        self.done_button.clicked.connect(self.return_home)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.issued_title)
        layout.addWidget(self.issued_number)
        layout.addWidget(self.issued_line)
        layout.addWidget(self.issued_wait)
        layout.addWidget(self.issued_extra)
        layout.addWidget(self.print_state)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        return page

    def _build_check_in(self) -> QWidget:
        page = QWidget()
        title = screen_label(
            "pageTitle", self.tr("Appointment check-in"), Qt.AlignmentFlag.AlignCenter
        )
        hint = screen_label(
            "hint",
            self.tr("Swipe the ID card you booked with, or choose how to find your booking."),
            Qt.AlignmentFlag.AlignCenter,
        )
        hint.setWordWrap(True)
        self.by_code = big_button(self.tr("Booking code"))
        self.by_id = big_button(self.tr("ID number"))
        self.by_mobile = big_button(self.tr("Mobile number"))
        self.by_code.clicked.connect(lambda: self.ask(Entry.BOOKING_CODE))
        self.by_id.clicked.connect(lambda: self.ask(Entry.BOOKING_ID))
        self.by_mobile.clicked.connect(lambda: self.ask(Entry.BOOKING_MOBILE))
        back = big_button(self.tr("Back"), "secondaryButton")
        back.clicked.connect(self.return_home)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addStretch(1)
        for button in (self.by_code, self.by_id, self.by_mobile):
            button.setMinimumHeight(150)
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(back)
        return page

    def _build_out_of_service(self) -> QWidget:
        page = QWidget()
        title = screen_label(
            "outOfService", self.tr("Out of service"), Qt.AlignmentFlag.AlignCenter
        )
        please = screen_label(
            "pageTitle",
            self.tr("Please take a number at the guidance desk."),
            Qt.AlignmentFlag.AlignCenter,
        )
        please.setWordWrap(True)
        self.out_reason = screen_label("hint", align=Qt.AlignmentFlag.AlignCenter)
        self.out_reason.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(please)
        layout.addWidget(self.out_reason)
        layout.addStretch(1)
        return page

    # -- what the controller shows ----------------------------------------------------

    def set_hall(self, name: str, hall_time: HallTime) -> None:
        self.hall_name.setText(name)
        self._time = hall_time
        self._tick()

    def show_lines(self, lines: list[LineStatus]) -> None:
        """The hall's active lines, open ones touchable, closed ones grey with why."""
        seen = {line.line_id for line in lines}
        for line_id in [i for i in self._tiles if i not in seen]:
            self._tiles.pop(line_id).deleteLater()
        for line in lines:
            tile = self._tiles.get(line.line_id)
            if tile is None:
                tile = LineTile(line)
                tile.clicked.connect(lambda _=False, i=line.line_id: self._on_line(i))
                self._tiles[line.line_id] = tile
            else:
                tile.update_status(line)
        self._order = [line.line_id for line in lines]
        self._lay_out_tiles()

    def line_tile(self, line_id: int) -> LineTile:
        return self._tiles[line_id]

    def set_check_in_available(self, available: bool) -> None:
        self.check_in_available = available
        self.check_in_button.setVisible(available)

    def show_issued(self, issued: IssuedTicket, extra: str = "") -> None:
        """The number, large, with the line, the queue ahead and the wait; the slip's
        fate follows (:meth:`show_printed`)."""
        self.issued_number.setText(issued.ticket.number)
        self.issued_line.setText(issued.ticket.line_name)
        self.issued_wait.setText(
            self.tr("{ahead} ahead of you, {wait}").format(
                ahead=issued.ahead, wait=wait_phrase(issued.wait)
            )
        )
        self.issued_extra.setText(extra)
        self.issued_extra.setVisible(bool(extra))
        self.print_state.setText(self.tr("Printing your slip…"))
        set_style_property(self.print_state, "level", MessageLevel.INFO.value)
        set_style_property(self.issued_number, "failed", "false")
        self.swiped_id = ""  # used: the next number is someone else's
        self.show_page(Page.ISSUED)

    def show_printed(self, ok: bool) -> None:
        if ok:
            self.print_state.setText(self.tr("Please take your slip below."))
            set_style_property(self.print_state, "level", MessageLevel.SUCCESS.value)
            return
        self.print_state.setText(
            self.tr(
                "The slip could not be printed. Please photograph or write down your "
                "number: it is valid. Staff at the guidance desk can print the slip."
            )
        )
        set_style_property(self.print_state, "level", MessageLevel.ERROR.value)
        set_style_property(self.issued_number, "failed", "true")

    def out_of_service(self, reason: str) -> None:
        """Nothing can be issued here (no device account, deactivated …): say so."""
        self.out_reason.setText(reason)
        self._out_of_service = True
        self.show_page(Page.OUT_OF_SERVICE)

    def back_in_service(self) -> None:
        if self._out_of_service:
            self._out_of_service = False
            self.return_home()

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        """A refusal or a problem, in large plain words above the current screen."""
        self.notice.setText(text)
        set_style_property(self.notice, "level", level.value)
        self.notice.setVisible(bool(text))

    def show_field_error(self, field: str, message: str) -> bool:
        if self.stack.currentIndex() != Page.KEYPAD:
            return False
        self.entry_error.setText(message)
        return True

    def clear_message(self) -> None:
        self.notice.hide()
        self.notice.clear()
        self.entry_error.clear()

    # -- pages ------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return Page(self.stack.currentIndex())

    def show_page(self, page: Page) -> None:
        if self._out_of_service and page != Page.OUT_OF_SERVICE:
            return  # out of service stays until back in service
        self.clear_message()
        show_only(self.stack, self._pages[page])
        # The card reader is listened to where a swipe means something.
        self.card_reader.active = page in (Page.HOME, Page.KEYPAD, Page.CHECK_IN)

    def return_home(self) -> None:
        """The start screen with nothing of the last citizen: no digits typed, no ID
        number read, no number shown, no message, no dialog."""
        self.forget_id()
        self._set_typed("")
        self.entry_line_id = None
        for label in (self.issued_number, self.issued_line, self.issued_wait, self.issued_extra):
            label.clear()
        self.print_state.clear()
        if self.exit_dialog is not None:
            self.exit_dialog.reject()
        if self._out_of_service:
            self.clear_message()
        else:
            self.show_page(Page.HOME)
        self.went_home.emit()

    def forget_id(self) -> None:
        self.swiped_id = ""
        self.id_label.clear()
        self.id_strip.hide()

    def ask(self, entry: Entry, line_id: int | None = None) -> None:
        """The keypad for ``entry`` (for ``line_id`` when it is a walk-in's ID number)."""
        self.entry = entry
        self.entry_line_id = line_id
        self._set_typed("")
        titles = {
            Entry.WALK_IN_ID: self.tr("Swipe your ID card, or enter your ID number"),
            Entry.BOOKING_ID: self.tr("Swipe your ID card, or enter your ID number"),
            Entry.BOOKING_CODE: self.tr("Enter your booking code"),
            Entry.BOOKING_MOBILE: self.tr("Enter the mobile number you booked with"),
        }
        self.keypad_title.setText(titles[entry])
        if entry is Entry.WALK_IN_ID and line_id in self._tiles:
            hint = self.tr(
                "One number per person for {line}: the hall asks for your ID number."
            ).format(line=self._tiles[line_id].title.text())
        elif entry is Entry.BOOKING_CODE:
            hint = self.tr("The code is in the message you received when you booked.")
        else:
            hint = ""
        self.keypad_hint.setText(hint)
        self.keypad_hint.setVisible(bool(hint))
        self.keypad.allow("X", entry in (Entry.WALK_IN_ID, Entry.BOOKING_ID))
        show_only(self.pads, self.code_pad if entry is Entry.BOOKING_CODE else self.keypad)
        self.show_page(Page.KEYPAD)

    def allow_close(self) -> None:
        """A supervisor signed: the window may close now (and closes)."""
        self._may_close = True
        self.close()

    # -- slots ------------------------------------------------------------------------

    def _on_line(self, line_id: int) -> None:
        if self.swiped_id or not self.id_required:
            self.issue_requested.emit(line_id, self.swiped_id)
        else:
            self.ask(Entry.WALK_IN_ID, line_id)

    def _on_key(self, char: str) -> None:
        if len(self.typed) < _MAX_LENGTH[self.entry]:
            self._set_typed(self.typed + char)

    def _set_typed(self, text: str) -> None:
        self.typed = text
        self.entry_label.setText(text)
        self.entry_error.clear()

    def _on_back(self) -> None:
        back = Page.HOME if self.entry is Entry.WALK_IN_ID else Page.CHECK_IN
        self._set_typed("")
        self.show_page(back)

    def _on_confirm(self) -> None:
        text = self.typed.strip()
        if not text:
            self.entry_error.setText(self.tr("Nothing entered yet."))
            return
        if self.entry in (Entry.WALK_IN_ID, Entry.BOOKING_ID):
            try:
                text = parse_id_number(text).number
            except ValidationError as e:
                self.entry_error.setText(e.message)
                return
        self._submit(text)

    def _submit(self, text: str) -> None:
        if self.entry is Entry.WALK_IN_ID:
            if self.entry_line_id is not None:
                self.issue_requested.emit(self.entry_line_id, text)
        else:
            self.check_in_requested.emit(self.entry.value, text)

    def _on_swiped(self, text: str) -> None:
        """A card on the reader: the ID number for what the screen is asking."""
        try:
            number = parse_id_number(text).number
        except ValidationError:
            self.show_message(
                self.tr("The ID card could not be read. Please swipe it again or enter the number.")
            )
            return
        page = self.page
        if page == Page.CHECK_IN or (page == Page.KEYPAD and self.entry is not Entry.WALK_IN_ID):
            self.entry = Entry.BOOKING_ID
            self.check_in_requested.emit(Entry.BOOKING_ID.value, number)
        elif page == Page.KEYPAD:
            self._submit(number)
        else:  # the start screen: kept for the line the citizen touches next
            self.swiped_id = number
            self.id_label.setText(
                self.tr("ID card read: {number}. Touch your service.").format(
                    number=mask_id_number(number)
                )
            )
            self.id_strip.show()
            self.clear_message()

    def _tick(self) -> None:
        now = self._time.now()  # the hall's day and time, not this PC's zone's
        # The format is translated: "12月7日 星期一" in Chinese.
        day = QLocale().toString(qdate(now.date()), self.tr("dddd, d MMMM"))
        self.clock_label.setText(f"{day}  {now:%H:%M}")

    # -- layout -----------------------------------------------------------------------

    def _lay_out_tiles(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for i, line_id in enumerate(self._order):
            self.grid.addWidget(self._tiles[line_id], i // self._columns, i % self._columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = 3 if event.size().width() >= WIDE_PX else 2
        if columns != self._columns:
            self._columns = columns
            self._lay_out_tiles()
        self.corner.raise_()

    def sizeHint(self) -> QSize:
        return QSize(1080, 1920)

    # -- it cannot be left --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Escape and every other key: nothing happens

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:  # Alt+F4, Ctrl+Q, the window manager
            event.ignore()
            return
        super().closeEvent(event)
