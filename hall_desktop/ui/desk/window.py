"""The issuing desk (导办台): one large button per line, the citizen's details, today's
tickets, the consultation tally. A passive widget: the controller does the work."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.calls import Assist
from hall_desktop.domain.clock import HallTime, system_hall_time
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.reasons import GREEN_REASONS
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.domain.validators import is_senior, normalize_mobile, parse_id_number
from hall_desktop.services.bundle_admin import BundleInfo
from hall_desktop.services.desk import ConsultationTally
from hall_desktop.services.dto import IssuedTicket, LineStatus, TicketInfo
from hall_desktop.ui.common.assist import AssistChoice
from hall_desktop.ui.common.calendar_banner import CalendarBanner
from hall_desktop.ui.common.login import LoginForm
from hall_desktop.ui.common.wait_text import wait_phrase
from hall_desktop.ui.desk.appointments import CheckInPanel
from hall_desktop.ui.models.tickets import TicketTableModel
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import (
    HeaderBar,
    MessageLevel,
    Panel,
    error_label,
    page_layout,
    panel,
    set_style_property,
)

LINE_KEYS = [f"F{i}" for i in range(1, 11)]  # F11/F12 stay free for the window manager


@dataclass(frozen=True)
class CitizenDetails:
    """What the guide typed for the next ticket (all optional)."""

    name: str
    phone: str
    id_number: str
    green: bool
    green_reason: str


class LineButton(QPushButton):
    """One business line: name, prefix, waiting count, estimated wait, its key."""

    def __init__(self, line: LineStatus, key: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineButton")
        self.line_id = line.line_id
        self.key = key
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = QLabel()
        self.detail = QLabel()
        self.set_compact(False)
        for label in (self.title, self.detail):
            label.setMinimumWidth(1)  # cut on a narrow button, never widen the window
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.update_status(line)

    def set_compact(self, compact: bool) -> None:
        """Smaller text on a small window (the demo's tiles), so buttons never overlap."""
        title, detail, height = (17, 13, 60) if compact else (22, 15, 92)
        self.setMinimumHeight(height)
        self.title.setStyleSheet(
            f"font-size: {title}px; font-weight: bold; background: transparent;"
        )
        self.detail.setStyleSheet(f"font-size: {detail}px; background: transparent;")
        self.detail.setWordWrap(not compact)  # two wrapped lines would overlap the title

    def update_status(self, line: LineStatus) -> None:
        key = f"  [{self.key}]" if self.key else ""
        self.title.setText(f"{line.prefix}  {line.name}{key}")
        if line.is_open:
            self.detail.setText(
                self.tr("{waiting} waiting · {wait}").format(
                    waiting=line.waiting, wait=wait_phrase(line.wait)
                )
            )
        else:
            self.detail.setText(self.tr("Closed: {reason}").format(reason=line.closed_reason))
        self.setEnabled(line.is_open)
        self.setToolTip(line.closed_reason or "")


class DeskWindow(QWidget):
    """The desk. Signals say what the guide asked for; slots show what happened."""

    check_in_requested = Signal(str)  # 预约签到: a booking code, an ID number or a mobile

    login_requested = Signal(str, str)
    issue_requested = Signal(int)  # line id
    bundle_issue_requested = Signal(int)  # 一件事: bundle id
    reprint_requested = Signal(int)  # ticket id
    preview_requested = Signal(int)
    cancel_requested = Signal(int)
    reactivate_requested = Signal(int)  # a 过号 or cancelled number waits again
    override_requested = Signal(int)  # line id: 主管授权 past the ID limits (一人一号)
    assist_requested = Signal(int, Assist)  # ticket id, the 帮代办 given with it
    consultation_requested = Signal(str, str)  # question, answer (both may be empty)
    hard_case_requested = Signal()  # 办不成事登记: open the intake form
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.setWindowTitle(self.tr("Issuing desk"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("desk"))
        self._buttons: dict[int, LineButton] = {}
        self._bundle_buttons: dict[int, QPushButton] = {}
        self._shortcuts: list[QShortcut] = []
        self._time = system_hall_time()
        self.last_ticket_id: int | None = None

        self.stack = QStackedWidget()
        self.login = LoginForm(self.tr("Issuing desk · log in"))
        self.login.submitted.connect(self.login_requested)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self._build_desk())
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.stack)

    # -- building ---------------------------------------------------------------------

    def _build_desk(self) -> QWidget:
        page = QWidget()
        self.user_label = QLabel()
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout_requested)
        header = HeaderBar(self.user_label, self.logout_button)
        self.hall_name = header.title
        self.banner = StatusBanner()
        self.calendar_banner = CalendarBanner()  # supervisors: next year's holidays

        # Left: the line buttons and the message line.
        self.lines_host = QWidget()
        self.lines_grid = QGridLayout(self.lines_host)
        self.lines_grid.setSpacing(10)
        # 一件事一次办: one number for a whole route of lines (hidden when the hall has none).
        self.bundles_panel, bundles_layout = panel(self.tr("One-visit bundles (一件事一次办)"))
        self.bundles_row = QGridLayout()
        self.bundles_row.setSpacing(10)
        bundles_layout.addLayout(self.bundles_row)
        self.bundles_panel.hide()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", MessageLevel.INFO.value)
        self.message.setText(self.tr("Click a business line (or press its key) to issue a number."))
        # 一人一号: offered when the ID limits refuse a number (offer_override).
        self.override_button = QPushButton(self.tr("Supervisor authorisation (主管授权)"))
        self.override_button.hide()
        self.override_button.clicked.connect(self._on_override)
        self._override_line: int | None = None

        # Right: citizen, last ticket, today's tickets, consultations.
        citizen, citizen_layout = panel(self.tr("Citizen (optional)"))
        grid = QGridLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Mobile number"))
        self.phone_edit.setMaxLength(16)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("ID card number"))
        self.id_edit.setMaxLength(20)
        self.name_error, self.phone_error, self.id_error = (
            error_label(),
            error_label(),
            error_label(),
        )
        grid.addWidget(QLabel(self.tr("Name")), 0, 0)
        grid.addWidget(self.name_edit, 0, 1)
        grid.addWidget(self.name_error, 1, 1)
        grid.addWidget(QLabel(self.tr("Mobile")), 2, 0)
        grid.addWidget(self.phone_edit, 2, 1)
        grid.addWidget(self.phone_error, 3, 1)
        grid.addWidget(QLabel(self.tr("ID number")), 4, 0)
        grid.addWidget(self.id_edit, 4, 1)
        grid.addWidget(self.id_error, 5, 1)
        citizen_layout.addLayout(grid)
        green_row = QHBoxLayout()
        self.green_check = QCheckBox(self.tr("Green channel"))
        self.green_reason = QComboBox()
        self.green_reason.addItem(self.tr("Choose a reason"), "")
        for reason in GREEN_REASONS:
            self.green_reason.addItem(reason, reason)
        self.green_reason.setEnabled(False)
        green_row.addWidget(self.green_check)
        green_row.addWidget(self.green_reason, 1)
        citizen_layout.addLayout(green_row)
        self.green_error = error_label()
        citizen_layout.addWidget(self.green_error)
        self.senior_hint = QPushButton()
        self.senior_hint.setObjectName("hint")
        self.senior_hint.setFlat(True)
        self.senior_hint.hide()
        citizen_layout.addWidget(self.senior_hint)
        self.green_check.toggled.connect(self._on_green_toggled)
        self.senior_hint.clicked.connect(self._on_accept_senior_hint)
        self.phone_edit.textChanged.connect(self._on_phone_changed)
        self.id_edit.textChanged.connect(self._on_id_changed)

        last, last_layout = panel(self.tr("Last ticket"))
        self.last_number = QLabel("—")
        self.last_number.setObjectName("lastTicket")
        self.last_detail = QLabel()
        self.last_detail.setObjectName("lastDetail")
        self.last_detail.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.last_number)
        row.addWidget(self.last_detail, 1)
        last_layout.addLayout(row)

        tickets, tickets_layout = panel(self.tr("Today's tickets"))
        self.tickets_model = TicketTableModel(parent=self)
        self.tickets_view = QTableView()
        self.tickets_view.setModel(self.tickets_model)
        self.tickets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tickets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tickets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tickets_view.verticalHeader().hide()
        self.tickets_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tickets_view.selectionModel().selectionChanged.connect(self._update_actions)
        buttons = QHBoxLayout()
        self.reprint_last_button = QPushButton(self.tr("Reprint last"))
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.cancel_button = QPushButton(self.tr("Citizen left: cancel"))
        self.reactivate_button = QPushButton(self.tr("Back in the queue"))
        self.reactivate_button.setToolTip(
            self.tr("A no-show (过号) or cancelled number of today waits again, keeping its number")
        )
        for b in (
            self.reprint_last_button,
            self.reprint_button,
            self.preview_button,
            self.cancel_button,
            self.reactivate_button,
        ):
            buttons.addWidget(b)
        self.reprint_last_button.clicked.connect(self._on_reprint_last)
        self.reprint_button.clicked.connect(lambda: self._emit_selected(self.reprint_requested))
        self.preview_button.clicked.connect(lambda: self._emit_selected(self.preview_requested))
        self.cancel_button.clicked.connect(lambda: self._emit_selected(self.cancel_requested))
        self.reactivate_button.clicked.connect(
            lambda: self._emit_selected(self.reactivate_requested)
        )
        # 帮代办 for the selected number: how, for whom; helped by this guide.
        self.assist_choice = AssistChoice()
        self.assist_button = QPushButton(self.tr("Record help (帮代办)"))
        self.assist_button.setToolTip(
            self.tr("The selected number was served with help: how, and for whom")
        )
        self.assist_button.clicked.connect(self._on_assist)
        self.assist_count = QLabel()
        self.helper_combo = QComboBox()  # who helped: this guide unless another is named
        self.helper_combo.setToolTip(self.tr("Who helped"))
        assist_row = QHBoxLayout()
        assist_row.addWidget(self.assist_choice, 2)
        assist_row.addWidget(self.helper_combo, 2)
        assist_row.addWidget(self.assist_button)
        assist_row.addWidget(self.assist_count)
        tickets_layout.addWidget(self.tickets_view, 1)
        tickets_layout.addLayout(buttons)
        tickets_layout.addLayout(assist_row)

        # 办不成事: a citizen's matter that could not be done, taken in here too.
        self.hard_case_button = QPushButton(self.tr("Matter not done (办不成事)…"))
        self.hard_case_button.setToolTip(
            self.tr("A matter the citizen could not get done: record it for the hall to solve")
        )
        self.hard_case_button.clicked.connect(self.hard_case_requested)
        tally = Panel(self.tr("Questions answered (答疑解惑)"), self.hard_case_button)
        tally_layout = tally.body
        self.tally_label = QLabel()
        self.tally_label.setObjectName("tally")
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(self.tr("Question (optional)"))
        self.question_edit.setMaxLength(200)
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self.tr("Answer given (optional)"))
        self.answer_edit.setMaxLength(500)
        self.tally_button = QPushButton(self.tr("Answered +1  [F12]"))
        self.tally_button.setObjectName("primaryButton")
        self.tally_button.clicked.connect(self._on_tally)
        tally_row = QHBoxLayout()
        tally_row.addWidget(self.tally_label)
        tally_row.addWidget(self.question_edit, 2)
        tally_row.addWidget(self.answer_edit, 3)
        tally_row.addWidget(self.tally_button)
        tally_layout.addLayout(tally_row)

        # Left: what the guide does all day (lines, the last number, the tally).
        left = QVBoxLayout()
        left.addWidget(self.lines_host, 1)
        left.addWidget(self.bundles_panel)
        left.addWidget(last)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.override_button)
        left.addLayout(message_row)
        left.addWidget(tally)
        # Right: the citizen in front of the desk, and today's numbers.
        # Today's numbers, and today's bookings with their check-in (预约签到).
        self.appointments = CheckInPanel()
        self.appointments.check_in_requested.connect(self.check_in_requested)
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(tickets, self.tr("Today's tickets"))
        self.right_tabs.addTab(self.appointments, self.tr("Appointments (预约签到)"))
        right = QVBoxLayout()
        right.addWidget(citizen)
        right.addWidget(self.right_tabs, 1)

        body = QHBoxLayout()
        body.setContentsMargins(12, 12, 12, 12)
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        page_layout(page, header, self.banner, self.calendar_banner, body)
        self._update_actions()
        return page

    # -- what the controller calls ---------------------------------------------------

    def show_login(self, hall_name: str = "") -> None:
        if hall_name:
            self.login.set_hall_name(hall_name)
        self.login.reset()
        self.stack.setCurrentIndex(0)

    def show_desk(self, hall_name: str, user: str) -> None:
        self.hall_name.setText(self.tr("{hall} · issuing desk").format(hall=hall_name))
        self.user_label.setText(user)
        self.stack.setCurrentIndex(1)

    def set_online(self, online: bool) -> None:
        offline = None if online else self.tr("Connection lost, reconnecting…")
        self.banner.set_condition("offline", offline)

    def set_hall_time(self, hall_time: HallTime) -> None:
        """The hall's clock and zone: today's date decides ages from ID numbers."""
        self._time = hall_time
        self.tickets_model.set_timezone(str(hall_time.zone))

    def show_lines(self, lines: list[LineStatus]) -> None:
        ids = [line.line_id for line in lines]
        if ids != list(self._buttons):
            self._rebuild_buttons(lines)
        for line in lines:
            self._buttons[line.line_id].update_status(line)

    def line_button(self, line_id: int) -> LineButton:
        return self._buttons[line_id]

    def show_bundles(self, bundles: list[BundleInfo]) -> None:
        """The active 一件事: one button each, its route as the tooltip."""
        if [(b.id, b.name, b.route) for b in bundles] == [
            (i, b.property("bundleName"), b.toolTip()) for i, b in self._bundle_buttons.items()
        ]:
            return
        for button in self._bundle_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self._bundle_buttons = {}
        for i, bundle in enumerate(bundles):
            # The route on the button too: the guide checks it with the citizen.
            button = QPushButton(f"{bundle.name}　{bundle.route}")
            button.setProperty("bundleName", bundle.name)
            button.setObjectName("bundleButton")
            button.setToolTip(bundle.route)
            button.setMinimumHeight(44)
            # Two to a row, cut rather than widen the window; the tooltip has it all.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("font-size: 17px; font-weight: bold;")
            button.clicked.connect(lambda _=False, bid=bundle.id: self._on_bundle(bid))
            self.bundles_row.addWidget(button, i // 2, i % 2)
            self._bundle_buttons[bundle.id] = button
        self.bundles_panel.setVisible(bool(bundles))

    def bundle_button(self, bundle_id: int) -> QPushButton:
        return self._bundle_buttons[bundle_id]

    def show_tickets(self, tickets: list[TicketInfo]) -> None:
        selected = self.selected_ticket()
        self.tickets_model.set_tickets(tickets)
        if selected is not None:
            row = self.tickets_model.row_of(selected.id)
            if row >= 0:
                self.tickets_view.selectRow(row)
        self._update_actions()

    def show_tally(self, tally: ConsultationTally) -> None:
        self.tally_label.setText(
            self.tr("Today: {count} (mine: {mine})").format(count=tally.count, mine=tally.mine)
        )

    def set_helpers(self, helpers: list[tuple[int, str]], me: int) -> None:
        """The staff who may be named as having helped; this guide first, picked."""
        self.helper_combo.clear()
        for staff_id, label in sorted(helpers, key=lambda h: h[0] != me):
            self.helper_combo.addItem(label, staff_id)
        self.helper_combo.setCurrentIndex(0)

    def show_assisted(self, count: int) -> None:
        """How many numbers this guide helped today (帮代办)."""
        self.assist_count.setText(self.tr("Helped today: {n}").format(n=count))

    def consultation_recorded(self) -> None:
        self.question_edit.clear()
        self.answer_edit.clear()

    def citizen(self) -> CitizenDetails:
        return CitizenDetails(
            name=self.name_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            id_number=self.id_edit.text().strip(),
            green=self.green_check.isChecked(),
            green_reason=str(self.green_reason.currentData() or ""),
        )

    def show_issued(self, issued: IssuedTicket) -> None:
        ticket = issued.ticket
        self.last_ticket_id = ticket.id
        self.last_number.setText(ticket.number)
        detail = self.tr("{line} · {ahead} ahead · {wait}").format(
            line=ticket.line_name, ahead=issued.ahead, wait=wait_phrase(issued.wait)
        )
        if issued.bundle_name and ticket.step_text:
            detail = f"{issued.bundle_name} {ticket.step_text} · {detail}"
        self.last_detail.setText(detail)
        self.clear_citizen()
        self._update_actions()

    def clear_citizen(self) -> None:
        for edit in (self.name_edit, self.phone_edit, self.id_edit):
            edit.clear()
        self.green_check.setChecked(False)
        self.green_reason.setCurrentIndex(0)
        self.clear_field_errors()
        self.senior_hint.hide()

    def clear_field_errors(self) -> None:
        for label in (self.name_error, self.phone_error, self.id_error, self.green_error):
            label.hide()

    def show_field_error(self, field: str, message: str) -> bool:
        """Show ``message`` next to the field the service named; False if none matches."""
        label = {
            "citizen_name": self.name_error,
            "citizen_phone": self.phone_error,
            "phone": self.phone_error,  # the validators name the field this way
            "citizen_id_number": self.id_error,
            "id_number": self.id_error,
            "priority_reason": self.green_error,
            "priority": self.green_error,
        }.get(field)
        if label is None:
            return False
        label.setText(message)
        label.show()
        return True

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.message.setText(text)
        set_style_property(self.message, "level", str(level))
        self.withdraw_override()

    def offer_override(self, line_id: int) -> None:
        """The ID limits refused a number of ``line_id``: offer 主管授权 for it (until
        the next message or a change of the ID number)."""
        self._override_line = line_id
        self.override_button.show()

    def withdraw_override(self) -> None:
        self._override_line = None
        self.override_button.hide()

    def refusal_text(self) -> str:
        return self.message.text()

    def selected_ticket(self) -> TicketInfo | None:
        rows = self.tickets_view.selectionModel().selectedRows()
        return self.tickets_model.ticket(rows[0].row()) if rows else None

    # -- inside -------------------------------------------------------------------------

    def _rebuild_buttons(self, lines: list[LineStatus]) -> None:
        for button in self._buttons.values():
            button.setParent(None)
            button.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._buttons, self._shortcuts = {}, []
        columns = self._columns(len(lines))
        for i, line in enumerate(lines):
            key = LINE_KEYS[i] if i < len(LINE_KEYS) else None
            button = LineButton(line, key)
            button.set_compact(self._compact())
            button.clicked.connect(lambda _=False, lid=line.line_id: self._on_line(lid))
            self.lines_grid.addWidget(button, i // columns, i % columns)
            self._buttons[line.line_id] = button
            if key:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(lambda lid=line.line_id: self._on_line(lid))
                self._shortcuts.append(shortcut)
        tally_key = QShortcut(QKeySequence("F12"), self)
        tally_key.activated.connect(self._on_tally)
        self._shortcuts.append(tally_key)

    def _compact(self) -> bool:
        return self.width() < 1000 or self.height() < 720

    def _columns(self, count: int) -> int:
        """Two columns of line buttons (three for many lines)."""
        return 2 if count <= 8 else 3

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self._compact()
        for button in self._buttons.values():
            button.set_compact(compact)

    def _on_line(self, line_id: int) -> None:
        button = self._buttons.get(line_id)
        if button is None or not button.isEnabled() or self.stack.currentIndex() != 1:
            return
        self.issue_requested.emit(line_id)

    def _on_override(self) -> None:
        if self._override_line is not None:
            self.override_requested.emit(self._override_line)

    def _on_bundle(self, bundle_id: int) -> None:
        if self.stack.currentIndex() == 1:
            self.bundle_issue_requested.emit(bundle_id)

    def _on_tally(self) -> None:
        if self.stack.currentIndex() == 1:
            self.consultation_requested.emit(self.question_edit.text(), self.answer_edit.text())

    def _on_reprint_last(self) -> None:
        if self.last_ticket_id is not None:
            self.reprint_requested.emit(self.last_ticket_id)

    def _emit_selected(self, signal: SignalInstance) -> None:
        ticket = self.selected_ticket()
        if ticket is not None:
            signal.emit(ticket.id)

    def _on_assist(self) -> None:
        ticket = self.selected_ticket()
        if ticket is not None:
            helper = self.helper_combo.currentData()
            assist = replace(self.assist_choice.assist(), helper_id=helper)
            self.assist_requested.emit(ticket.id, assist)

    def _update_actions(self, *_: object) -> None:
        ticket = self.selected_ticket()
        self.assist_button.setEnabled(
            ticket is not None
            and ticket.status not in (TicketStatus.CANCELLED, TicketStatus.EXPIRED)
        )
        self.reprint_button.setEnabled(ticket is not None)
        self.preview_button.setEnabled(ticket is not None)
        self.cancel_button.setEnabled(ticket is not None and ticket.status is TicketStatus.WAITING)
        self.reactivate_button.setEnabled(
            ticket is not None and ticket.status in (TicketStatus.NO_SHOW, TicketStatus.CANCELLED)
        )
        self.reprint_last_button.setEnabled(self.last_ticket_id is not None)

    def _on_green_toggled(self, checked: bool) -> None:
        self.green_reason.setEnabled(checked)
        if not checked:
            self.green_reason.setCurrentIndex(0)
            self.green_error.hide()

    def _on_phone_changed(self, text: str) -> None:
        """Validated as typed: complain only once the number could be complete."""
        digits = "".join(ch for ch in text if ch.isdigit())
        if not text.strip() or len(digits) < 11:
            self.phone_error.hide()
            return
        try:
            normalize_mobile(text)
        except ValidationError as e:
            self.show_field_error("citizen_phone", e.message)
        else:
            self.phone_error.hide()

    def _on_id_changed(self, text: str) -> None:
        self.withdraw_override()  # another citizen: the refusal was not theirs
        compact = text.strip().replace(" ", "")
        self.senior_hint.hide()
        if len(compact) < 18:
            self.id_error.hide()
            return
        try:
            today = self._time.today()
            info = parse_id_number(compact, today=today)
        except ValidationError as e:
            self.show_field_error("citizen_id_number", e.message)
            return
        self.id_error.hide()
        if is_senior(info, today) and not self.green_check.isChecked():
            self.senior_hint.setText(self.tr("Aged 60 or over: use the green channel (elderly)?"))
            self.senior_hint.show()

    def _on_accept_senior_hint(self) -> None:
        self.green_check.setChecked(True)
        index = self.green_reason.findData(GREEN_REASONS[0])
        self.green_reason.setCurrentIndex(max(index, 0))
        self.senior_hint.hide()
