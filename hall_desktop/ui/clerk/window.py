"""The clerk workstation (窗口工作台): the ticket in hand at the centre, one large button
per action with its function key, enabled only when the action is legal.

Forms that need a few words (finish, hold, transfer, pause) open in place of the action
buttons, never as modal dialogs. A passive widget: the controller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.clock import HallTime, system_hall_time
from hall_desktop.domain.tickets import Priority, TicketStatus, WindowStatus
from hall_desktop.domain.windows_lines import WindowKind
from hall_desktop.services.catalogue import ItemUsage, ServiceItemInfo
from hall_desktop.services.dto import ClerkDay, LineStatus, TicketInfo, WindowState
from hall_desktop.services.extended import ExtendedRecord
from hall_desktop.services.rating import RatingFigures
from hall_desktop.ui.clerk.cases import MyCasesPage
from hall_desktop.ui.clerk.extended_prompt import ExtendedPrompt
from hall_desktop.ui.clerk.forms import (
    CallTicketForm,
    CallTicketPanel,
    ClerkForm,
    FinishForm,
    FinishPanel,
    HoldForm,
    HoldPanel,
    PausePanel,
    TransferForm,
    TransferPanel,
)
from hall_desktop.ui.clerk.messages import SupervisorMessages
from hall_desktop.ui.common.applications import ApplicationsPage
from hall_desktop.ui.common.calendar_banner import CalendarBanner
from hall_desktop.ui.common.hard_case import HardCaseIntake
from hall_desktop.ui.common.login import LoginForm
from hall_desktop.ui.models.tickets import status_text
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.badge import BadgeButton
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import (
    HeaderBar,
    MessageLevel,
    centre,
    error_label,
    fit_to_current,
    page_layout,
    panel,
    repolish,
    set_style_property,
)


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


class ClerkWindow(QWidget):
    login_requested = Signal(str, str)
    window_chosen = Signal(int)  # window id
    call_next_requested = Signal()
    call_ticket_opened = Signal()  # the 指定叫号 panel needs the waiting numbers
    call_ticket_requested = Signal(CallTicketForm)
    recall_requested = Signal()
    no_show_requested = Signal()
    start_requested = Signal()
    finish_requested = Signal(FinishForm)
    hold_requested = Signal(HoldForm)
    call_back_requested = Signal(int)  # ticket id
    reactivate_requested = Signal(int)  # a 过号 of this window waits again (ticket id)
    transfer_requested = Signal(TransferForm)
    pause_requested = Signal(str)  # the reason
    resume_requested = Signal()
    sign_out_requested = Signal()
    extended_reason_given = Signal(int, str, str)  # record id, reason, note
    courier_requested = Signal()  # free courier delivery for the last finished ticket

    PAGE_ACTIONS, PAGE_FINISH, PAGE_HOLD, PAGE_TRANSFER, PAGE_PAUSE, PAGE_CALL = range(6)
    #: The workstation's body: the queue, 我的台账 or 我的办件.
    BODY_QUEUE, BODY_CASES, BODY_APPLICATIONS = range(3)

    def __init__(self, parent: QWidget | None = None, *, recall_limit: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName("clerk")
        self.setWindowTitle(self.tr("Clerk workstation"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("clerk"))
        self.recall_limit = recall_limit
        self.ticket: TicketInfo | None = None
        self.paused = False
        self._held: list[TicketInfo] = []
        self._lines: list[LineStatus] = []
        self._windows: list[WindowState] = []
        self._courier_offer_for: int | None = None  # the ticket the courier button is for
        self._time = system_hall_time()

        self.stack = QStackedWidget()
        self.login = LoginForm(self.tr("Clerk workstation · log in"))
        self.login.submitted.connect(self.login_requested)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self._build_choice())
        self.stack.addWidget(self._build_workstation())
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.stack)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._on_tick)
        self._clock.start(1000)

    # -- building ---------------------------------------------------------------------

    def _build_choice(self) -> QWidget:
        page = QWidget()
        page.setObjectName("windowChoice")
        box, layout = panel(self.tr("Which window are you at today?"))
        self.window_combo = QComboBox()
        self.choose_button = QPushButton(self.tr("Start work at this window"))
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.clicked.connect(self._on_choose)
        self.choice_error = error_label()
        layout.addWidget(self.window_combo)
        layout.addWidget(self.choice_error)
        layout.addWidget(self.choose_button)
        centre(page, box, 420)
        return page

    def _build_workstation(self) -> QWidget:
        page = QWidget()
        self.window_state = QLabel()
        self.window_state.setObjectName("windowState")
        self.user_label = QLabel()
        self.sign_out_button = QPushButton(self.tr("Leave window"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        # 我的台账: the clerk's open cases, counted on the button.
        self.cases_button = BadgeButton(self.tr("My cases (我的台账)"))
        self.cases_button.setObjectName("casesButton")
        self.cases_button.setToolTip(
            self.tr("Your bad ratings, the matters sent to your window, your rectification items")
        )
        self.cases_button.clicked.connect(self._on_cases_button)
        # 我的办件 (限时办结): the window's open applications, due soon and overdue counted.
        self.applications_button = BadgeButton(self.tr("My applications (我的办件)"))
        self.applications_button.setObjectName("applicationsButton")
        self.applications_button.setToolTip(
            self.tr("Applications accepted at this window (受理) whose result is not yet issued")
        )
        self.applications_button.clicked.connect(self._on_applications_button)
        header = HeaderBar(
            self.window_state,
            12,
            self.applications_button,
            8,
            self.cases_button,
            12,
            self.user_label,
            self.sign_out_button,
        )
        self.hall_name = header.title
        self.banner = StatusBanner()
        self.calendar_banner = CalendarBanner()  # supervisors: next year's holidays
        self.messages = SupervisorMessages()  # from the floor monitor (大厅监控)

        # The ticket in hand.
        card = QFrame()
        card.setObjectName("ticketCard")
        self.ticket_number = QLabel("—")
        self.ticket_number.setObjectName("ticketNumber")
        self.ticket_status = QLabel(self.tr("No ticket in hand"))
        self.ticket_status.setObjectName("ticketStatus")
        self.priority_label = QLabel()
        self.priority_label.setObjectName("priority")
        self.priority_label.hide()
        self.step_label = QLabel()  # 一件事: 第2步/共3步
        self.step_label.setObjectName("bundleStep")
        self.step_label.hide()
        self.ticket_detail = QLabel()
        self.ticket_detail.setObjectName("ticketDetail")
        self.ticket_detail.setWordWrap(True)
        self.service_clock = QLabel()
        self.service_clock.setObjectName("serviceClock")
        card_grid = QGridLayout(card)
        card_grid.addWidget(self.ticket_number, 0, 0, 2, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.ticket_status)
        status_row.addWidget(self.priority_label)
        status_row.addWidget(self.step_label)
        status_row.addStretch(1)
        card_grid.addLayout(status_row, 0, 1)
        card_grid.addWidget(self.ticket_detail, 1, 1)
        card_grid.addWidget(self.service_clock, 0, 2, 2, 1, Qt.AlignmentFlag.AlignRight)
        card_grid.setColumnStretch(1, 1)

        # Actions, and the forms that replace them for a moment.
        self.action_stack = QStackedWidget()
        self.finish_form = FinishPanel()
        self.finish_form.submitted.connect(self.finish_requested)
        self.hold_form = HoldPanel()
        self.hold_form.submitted.connect(self.hold_requested)
        self.transfer_form = TransferPanel()
        self.transfer_form.submitted.connect(self.transfer_requested)
        self.pause_form = PausePanel()
        self.pause_form.submitted.connect(self.pause_requested)
        self.call_form = CallTicketPanel()
        self.call_form.submitted.connect(self.call_ticket_requested)
        self._forms: tuple[ClerkForm, ...] = (
            self.finish_form,
            self.hold_form,
            self.transfer_form,
            self.pause_form,
            self.call_form,
        )
        self.action_stack.addWidget(self._build_actions())
        for form in self._forms:  # in the order of the PAGE_ numbers
            form.back.connect(self.show_actions)
            self.action_stack.addWidget(form)
        # The finish form's height counts only while it is open: at the 办不成事反映窗口
        # the intake form takes that room beside the buttons.
        fit_to_current(self.action_stack)

        self.message = QLabel(self.tr("Press F1 to call the next citizen."))
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", MessageLevel.INFO.value)

        # 办不成事反映窗口: taking matters in is the window's main job beside calling.
        # It steps aside while a form (finish, hold …) needs the room, keeping its text.
        self.hard_case_form = HardCaseIntake()
        self.hard_case_form.hide()
        self._hard_case_window = False
        self.action_stack.currentChanged.connect(self._show_intake)

        left = QVBoxLayout()
        left.addWidget(card)
        left.addWidget(self.action_stack, 1)
        left.addWidget(self.hard_case_form)
        left.addWidget(self.message)
        # Forms one click away (extended hours now, courier later) join the left column.
        self.extra_forms = QVBoxLayout()
        self.extended_prompt = ExtendedPrompt()
        self.extended_prompt.reason_given.connect(self.extended_reason_given)
        self.extra_forms.addWidget(self.extended_prompt)
        self.courier_button = QPushButton()
        self.courier_button.setObjectName("primaryButton")
        self.courier_button.clicked.connect(self.courier_requested)
        self.courier_button.hide()
        self.extra_forms.addWidget(self.courier_button)
        left.addLayout(self.extra_forms)

        lines, lines_layout = panel(self.tr("My lines"))
        self.lines_label = QLabel()
        self.lines_label.setObjectName("figures")
        self.lines_label.setWordWrap(True)
        self.upcoming_label = QLabel()
        self.upcoming_label.setObjectName("figures")
        self.upcoming_label.setWordWrap(True)
        self.call_chosen_button = QPushButton(self.tr("Call a chosen number…") + "  [F9]")
        self.call_chosen_button.setToolTip(
            self.tr("Call one waiting number ahead of the order, with a reason (指定叫号)")
        )
        self.call_chosen_button.clicked.connect(self._open_call_ticket)
        call_chosen_key = QShortcut(QKeySequence("F9"), self)
        call_chosen_key.activated.connect(
            lambda: (
                self.call_chosen_button.click()
                if self._actions_live(self.call_chosen_button)
                else None
            )
        )
        lines_layout.addWidget(self.lines_label)
        lines_layout.addWidget(self.upcoming_label)
        lines_layout.addWidget(self.call_chosen_button)

        held, held_layout = panel(self.tr("On hold"))
        self.held_list = QListWidget()
        self.held_list.setMaximumHeight(110)
        self.held_list.setMinimumHeight(44)  # the side column must fit a 768 px screen
        self.call_back_button = QPushButton(self.tr("Call back"))
        self.call_back_button.clicked.connect(self._on_call_back)
        self.held_list.currentRowChanged.connect(self._update_actions)
        held_layout.addWidget(self.held_list)
        held_layout.addWidget(self.call_back_button)

        no_shows, no_shows_layout = panel(self.tr("No-shows (过号)"))
        self.no_shows_panel = no_shows  # shown only while there is one to bring back
        self.no_show_list = QListWidget()
        self.no_show_list.setMaximumHeight(72)
        self.no_show_list.setMinimumHeight(44)
        self.reactivate_button = QPushButton(self.tr("Back in the queue"))
        self.reactivate_button.setToolTip(
            self.tr("The citizen came back: the number waits again (within the hall's limit)")
        )
        self.reactivate_button.clicked.connect(self._on_reactivate)
        self.no_show_list.currentRowChanged.connect(self._update_actions)
        no_shows_layout.addWidget(self.no_show_list)
        no_shows_layout.addWidget(self.reactivate_button)
        self._no_shows: list[TicketInfo] = []
        no_shows.hide()

        figures, figures_layout = panel(self.tr("My day"))
        self.figures_label = QLabel()
        self.figures_label.setObjectName("figures")
        self.figures_label.setWordWrap(True)
        figures_layout.addWidget(self.figures_label)

        right = QVBoxLayout()
        right.addWidget(lines)
        right.addWidget(held)
        right.addWidget(no_shows)
        right.addWidget(figures)
        right.addStretch(1)

        body = QHBoxLayout()
        body.setContentsMargins(12, 12, 12, 12)
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addLayout(right, 1)
        self._body = body
        work = QWidget()
        work.setLayout(body)
        self.cases_page = MyCasesPage()
        self.cases_page.back.connect(self.show_queue_page)
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(work)
        self.body_stack.addWidget(self.cases_page)
        self.applications_page = ApplicationsPage(
            self.tr("My applications (我的办件)"), with_back=True
        )
        self.applications_page.back.connect(self.show_queue_page)
        self.body_stack.addWidget(self.applications_page)
        page_layout(page, header, self.banner, self.calendar_banner, self.messages, self.body_stack)
        return page

    def _action(self, text: str, key: str, slot: object) -> QPushButton:
        button = QPushButton(f"{text}\n[{key}]")
        button.setObjectName("action")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(slot)
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(lambda b=button: b.click() if self._actions_live(b) else None)
        return button

    def _actions_live(self, button: QPushButton) -> bool:
        return (
            self.stack.currentIndex() == 2
            and self.body_stack.currentIndex() == self.BODY_QUEUE
            and self.action_stack.currentIndex() == self.PAGE_ACTIONS
            and button.isEnabled()
        )

    def _build_actions(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        self.call_button = self._action(self.tr("Call next"), "F1", self.call_next_requested)
        self.recall_button = self._action(self.tr("Recall"), "F2", self.recall_requested)
        self.no_show_button = self._action(self.tr("No-show"), "F3", self.no_show_requested)
        self.start_button = self._action(self.tr("Start service"), "F4", self.start_requested)
        self.finish_button = self._action(self.tr("Finish…"), "F5", self._open_finish)
        self.hold_button = self._action(self.tr("Hold…"), "F6", self._open_hold)
        self.transfer_button = self._action(self.tr("Transfer…"), "F7", self._open_transfer)
        self.pause_button = self._action(self.tr("Pause…"), "F8", self._on_pause_button)
        buttons = [
            self.call_button,
            self.recall_button,
            self.no_show_button,
            self.start_button,
            self.finish_button,
            self.hold_button,
            self.transfer_button,
            self.pause_button,
        ]
        self._action_grid, self._action_buttons = grid, buttons
        self._place_actions(4)
        return page

    def _place_actions(self, columns: int) -> None:
        for button in self._action_buttons:
            self._action_grid.removeWidget(button)
        for i, button in enumerate(self._action_buttons):
            self._action_grid.addWidget(button, i // columns, i % columns)
        self._action_columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow window (the demo's tiles) the actions go two by two and the side
        column gets a larger share, so nothing is cut."""
        super().resizeEvent(event)
        narrow = self.width() < 1000
        columns = 2 if narrow else 4
        if columns != self._action_columns:
            self._place_actions(columns)
            self._body.setStretch(0, 3 if not narrow else 2)
            self._body.setStretch(1, 1)

    def show_extended_prompt(self, record: ExtendedRecord | None, pending: int = 0) -> None:
        """Ask for the reason of the first record still without one (None: hide)."""
        self.extended_prompt.show_record(record, pending, self._time.zone)

    def set_case_count(self, open_cases: int, overdue: int) -> None:
        """我的台账's badge: the open cases, red when one is overdue."""
        self.cases_button.set_count(open_cases, alert=overdue > 0)
        tip = self.tr("Your bad ratings, the matters sent to your window, your rectification items")
        if open_cases:
            tip += "\n" + self.tr("{n} open, {late} overdue").format(n=open_cases, late=overdue)
        self.cases_button.setToolTip(tip)

    def set_application_count(self, due_soon: int, overdue: int) -> None:
        """我的办件's badge: due soon and overdue, red when one is overdue."""
        self.applications_button.set_count(due_soon + overdue, alert=overdue > 0)
        tip = self.tr("Applications accepted at this window (受理) whose result is not yet issued")
        if due_soon or overdue:
            tip += "\n" + self.tr("{soon} due soon, {late} overdue").format(
                soon=due_soon, late=overdue
            )
        self.applications_button.setToolTip(tip)

    def show_applications_page(self) -> None:
        self.body_stack.setCurrentIndex(self.BODY_APPLICATIONS)
        self.applications_page.table.setFocus()

    def applications_open(self) -> bool:
        return self.body_stack.currentIndex() == self.BODY_APPLICATIONS

    def show_cases_page(self) -> None:
        self.body_stack.setCurrentIndex(self.BODY_CASES)
        self.cases_page.table.setFocus()

    def show_queue_page(self) -> None:
        self.body_stack.setCurrentIndex(self.BODY_QUEUE)

    def cases_open(self) -> bool:
        return self.body_stack.currentIndex() == self.BODY_CASES

    def offer_courier(self, ticket: TicketInfo | None) -> None:
        """After a finish: one click to mail the result free of charge (免费邮寄)."""
        self._courier_offer_for = ticket.id if ticket is not None else None
        if ticket is None:
            self.courier_button.hide()
            return
        self.courier_button.setText(
            self.tr("Mail the result of {number} free of charge (免费邮寄)…").format(
                number=ticket.number
            )
        )
        self.courier_button.show()

    # -- what the controller calls ---------------------------------------------------

    def show_login(self, hall_name: str = "") -> None:
        if hall_name:
            self.login.set_hall_name(hall_name)
        self.login.reset()
        self.messages.clear_all()  # they were for the clerk who signed out
        self.stack.setCurrentIndex(0)

    def show_window_choice(self, windows: list[WindowState], preferred: int | None) -> None:
        self.window_combo.clear()
        for w in windows:
            self.window_combo.addItem(
                self.tr("Window {n} · {name}").format(n=w.number, name=w.name), w.window_id
            )
            if preferred is not None and w.number == preferred:
                self.window_combo.setCurrentIndex(self.window_combo.count() - 1)
        self.choice_error.hide()
        self.choose_button.setEnabled(True)
        self.stack.setCurrentIndex(1)

    def show_choice_error(self, message: str) -> None:
        self.choice_error.setText(message)
        self.choice_error.show()
        self.choose_button.setEnabled(True)

    def show_workstation(self, hall_name: str, user: str) -> None:
        self.user_label.setText(user)
        self._hall_name = hall_name
        self.stack.setCurrentIndex(2)
        self.show_queue_page()
        self.show_actions()

    def set_online(self, online: bool) -> None:
        offline = None if online else self.tr("Connection lost, reconnecting…")
        self.banner.set_condition("offline", offline)

    def set_window(self, state: WindowState) -> None:
        self.paused = state.state == "paused"
        self.hall_name.setText(
            self.tr("{hall} · window {n} {name}").format(
                hall=getattr(self, "_hall_name", ""), n=state.number, name=state.name
            )
        )
        label = {
            WindowStatus.CLOSED: self.tr("Idle"),  # not signed in yet: nothing to show
            WindowStatus.IDLE: self.tr("Idle"),
            WindowStatus.CALLED: self.tr("Called"),
            WindowStatus.SERVING: self.tr("Serving"),
            WindowStatus.PAUSED: self.tr("Paused: {reason}").format(
                reason=state.pause_reason or ""
            ),
        }[state.state]
        self.window_state.setText(label)
        self.window_state.setProperty("state", state.state)
        repolish(self.window_state)
        self.pause_button.setText(
            (self.tr("Resume") if self.paused else self.tr("Pause…")) + "\n[F8]"
        )
        self._hard_case_window = state.kind == WindowKind.HARD_CASE.value
        self._show_intake()
        self._update_actions()

    def set_ticket(self, ticket: TicketInfo | None) -> None:
        self.ticket = ticket
        if ticket is None:
            self.ticket_number.setText("—")
            self.ticket_status.setText(self.tr("No ticket in hand"))
            self.priority_label.hide()
            self.step_label.hide()
            self.ticket_detail.clear()
            self.service_clock.clear()
            # Nothing in hand: the forms about a ticket close; pausing and picking a
            # number to call stay open.
            if self.action_stack.currentIndex() not in (self.PAGE_PAUSE, self.PAGE_CALL):
                self.show_actions()
        else:
            self.hard_case_form.suggest_ticket(ticket.number)  # the citizen in front
            if self._courier_offer_for not in (None, ticket.id):
                self.offer_courier(None)  # the offer belongs to the ticket finished before
            self.finish_form.rank_for(ticket.line_id)
            self.ticket_number.setText(ticket.number)
            self.ticket_status.setText(status_text(ticket.status))
            self.step_label.setText(
                self.tr("Bundle (一件事) {step}").format(step=ticket.step_text)
                if ticket.step_text
                else ""
            )
            self.step_label.setVisible(bool(ticket.step_text))
            if ticket.priority_reason and (
                not ticket.step_text or ticket.priority is Priority.GREEN
            ):
                self.priority_label.setText(
                    self.tr("Green channel: {reason}").format(reason=ticket.priority_reason)
                )
                self.priority_label.show()
            else:
                self.priority_label.hide()
        self._on_tick()
        self._update_actions()

    def set_hall_time(self, hall_time: HallTime) -> None:
        """The hall's clock (the server's) and zone, so live times match the database's."""
        self._time = hall_time

    def show_lines(self, lines: list[LineStatus], upcoming: list[str]) -> None:
        self.lines_label.setText(
            "\n".join(
                self.tr("{prefix} {name}: {n} waiting").format(
                    prefix=line.prefix, name=line.name, n=line.waiting
                )
                for line in lines
            )
            or self.tr("This window serves no business line.")
        )
        self.upcoming_label.setText(
            self.tr("Next: {numbers}").format(numbers="、".join(upcoming))
            if upcoming
            else self.tr("Nobody is waiting.")
        )

    def show_waiting(self, waiting: list[TicketInfo]) -> None:
        """The numbers this window may call out of order (指定叫号)."""
        self.call_form.set_waiting(waiting, self._time.zone)

    def call_form_open(self) -> bool:
        return self.action_stack.currentIndex() == self.PAGE_CALL

    def set_transfer_targets(self, lines: list[LineStatus], windows: list[WindowState]) -> None:
        self.transfer_form.set_targets(lines, windows)

    def show_held(self, held: list[TicketInfo]) -> None:
        zone = self._time.zone
        row = self.held_list.currentRow()
        picked = self._held[row].id if 0 <= row < len(self._held) else None
        self._held = held
        self.held_list.clear()
        for t in held:
            due = t.hold_due_at.astimezone(zone).strftime("%H:%M") if t.hold_due_at else ""
            item = QListWidgetItem(
                self.tr("{number} · {reason} · due {due}").format(
                    number=t.number, reason=t.hold_reason or "", due=due
                )
            )
            self.held_list.addItem(item)
        if held:  # 回呼 is one click away: the ticket picked before, else the first due
            ids = [t.id for t in held]
            self.held_list.setCurrentRow(ids.index(picked) if picked in ids else 0)
        self._update_actions()

    def show_no_shows(self, no_shows: list[TicketInfo]) -> None:
        """This window's 过号 that may still come back (the hall's time limit)."""
        zone = self._time.zone
        row = self.no_show_list.currentRow()
        picked = self._no_shows[row].id if 0 <= row < len(self._no_shows) else None
        self._no_shows = no_shows
        self.no_show_list.clear()
        for t in no_shows:
            at = t.finished_at or t.last_called_at or t.issued_at
            when = at.astimezone(zone).strftime("%H:%M") if at else ""
            self.no_show_list.addItem(
                self.tr("{number} · no-show at {time}").format(number=t.number, time=when)
            )
        ids = [t.id for t in no_shows]
        if picked in ids:
            self.no_show_list.setCurrentRow(ids.index(picked))
        self.no_shows_panel.setVisible(bool(no_shows))
        self._update_actions()

    def show_figures(
        self, day: ClerkDay, ratings: RatingFigures | None = None, assisted: int = 0
    ) -> None:
        text = self.tr(
            "Served {served} · no-shows {no_shows} · average wait {wait} min · "
            "average service {service} min"
        ).format(
            served=day.served,
            no_shows=day.no_shows,
            wait=_minutes(day.average_wait_seconds),
            service=_minutes(day.average_service_seconds),
        )
        if assisted:
            text += " · " + self.tr("served with help (帮代办) {n}").format(n=assisted)
        if ratings is not None:
            text += "\n" + self.tr(
                "Ratings {rated}: very satisfied {best}, satisfied {good}, bad {bad}; "
                "not rated {none}"
            ).format(
                rated=ratings.rated,
                best=ratings.count(5),
                good=ratings.count(4),
                bad=ratings.bad,
                none=ratings.not_rated,
            )
        self.figures_label.setText(text)

    def set_items(self, items: list[ServiceItemInfo]) -> None:
        self.finish_form.set_items(items)

    def set_item_usage(self, usage: dict[int, ItemUsage]) -> None:
        self.finish_form.set_usage(usage)

    def items_model_items(self) -> list[ServiceItemInfo]:
        return self.finish_form.items_model.items()

    def show_actions(self) -> None:
        self.action_stack.setCurrentIndex(self.PAGE_ACTIONS)
        for form in self._forms:
            form.clear_error()

    def finished(self) -> None:
        """The finish went through: clear the form for the next citizen."""
        self.finish_form.reset()
        self.show_actions()

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.message.setText(text)
        set_style_property(self.message, "level", str(level))

    def show_field_error(self, field: str, message: str) -> bool:
        for form in self._forms:
            if field in form.FIELDS:
                form.show_error(message)
                return True
        if field == "reason":
            self.extended_prompt.error.setText(message)
            self.extended_prompt.error.show()
            return True
        return False

    # -- inside -------------------------------------------------------------------------

    def _update_actions(self, *_: object) -> None:
        t = self.ticket
        status = t.status if t is not None else None
        called = status is TicketStatus.CALLED
        in_hand = status in (TicketStatus.CALLED, TicketStatus.SERVING)
        self.call_button.setEnabled(t is None and not self.paused)
        self.call_chosen_button.setEnabled(t is None and not self.paused)
        if t is not None and self.call_form_open():
            self.show_actions()  # a ticket is in hand (called elsewhere): nothing to call
        self.recall_button.setEnabled(called and t is not None and t.call_count < self.recall_limit)
        self.no_show_button.setEnabled(called)
        self.start_button.setEnabled(called)
        self.finish_button.setEnabled(status is TicketStatus.SERVING)
        self.hold_button.setEnabled(in_hand)
        self.transfer_button.setEnabled(in_hand)
        self.pause_button.setEnabled(self.paused or t is None)
        self.call_back_button.setEnabled(
            t is None and not self.paused and self.held_list.currentRow() >= 0
        )
        self.reactivate_button.setEnabled(self.no_show_list.currentRow() >= 0)

    def _on_tick(self) -> None:
        t = self.ticket
        if t is None:
            return
        now = self._time.clock.now().timestamp()
        tz_issued = t.issued_at.astimezone(self._time.zone)
        parts = [
            f"{t.line_prefix} {t.line_name}",
            self.tr("issued {time}").format(time=tz_issued.strftime("%H:%M")),
        ]
        if t.first_called_at is not None:
            waited = (t.first_called_at - t.issued_at).total_seconds()
            parts.append(self.tr("waited {m} min").format(m=int(waited // 60)))
        parts.append(self.tr("called {n} times").format(n=t.call_count))
        self.ticket_detail.setText(" · ".join(parts))
        since = t.started_at or t.last_called_at or t.first_called_at
        if since is not None:
            seconds = max(0, int(now - since.timestamp()))
            self.service_clock.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def _show_intake(self) -> None:
        self.hard_case_form.setVisible(
            self._hard_case_window and self.action_stack.currentIndex() == self.PAGE_ACTIONS
        )

    def _on_applications_button(self) -> None:
        if self.applications_open():
            self.show_queue_page()
        else:
            self.show_applications_page()

    def _on_cases_button(self) -> None:
        if self.cases_open():
            self.show_queue_page()
        else:
            self.show_cases_page()

    def _on_choose(self) -> None:
        window_id = self.window_combo.currentData()
        if window_id is not None:
            self.choose_button.setEnabled(False)
            self.window_chosen.emit(int(window_id))

    def _open_finish(self) -> None:
        self.action_stack.setCurrentIndex(self.PAGE_FINISH)
        self.finish_form.opened()

    def _open_call_ticket(self) -> None:
        self.action_stack.setCurrentIndex(self.PAGE_CALL)
        self.call_form.opened()
        self.call_ticket_opened.emit()

    def _open_hold(self) -> None:
        self.action_stack.setCurrentIndex(self.PAGE_HOLD)

    def _open_transfer(self) -> None:
        self.action_stack.setCurrentIndex(self.PAGE_TRANSFER)

    def _on_pause_button(self) -> None:
        if self.paused:
            self.resume_requested.emit()
        else:
            self.action_stack.setCurrentIndex(self.PAGE_PAUSE)

    def _on_reactivate(self) -> None:
        row = self.no_show_list.currentRow()
        if 0 <= row < len(self._no_shows):
            self.reactivate_requested.emit(self._no_shows[row].id)

    def _on_call_back(self) -> None:
        row = self.held_list.currentRow()
        if 0 <= row < len(self._held):
            self.call_back_requested.emit(self._held[row].id)
