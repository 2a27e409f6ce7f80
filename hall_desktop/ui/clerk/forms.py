"""The short forms of the clerk workstation (finish, hold, transfer, pause, and calling
a chosen number out of order).

Each form is one widget class that opens in place of the action buttons and emits one
typed signal: ``submitted`` with a frozen record of what the clerk entered, or
``back`` when the clerk returns to the actions. The forms check only what they can see
(a supplement needs its missing materials); the services check the rest and their
refusals come back through :meth:`ClerkForm.show_error`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.calls import Assist, CallReason
from hall_desktop.domain.reasons import HOLD_REASONS, PAUSE_REASONS
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.services.catalogue import ItemUsage, ServiceItemInfo
from hall_desktop.services.dto import LineStatus, TicketInfo, WindowState
from hall_desktop.ui.common.assist import AssistChoice
from hall_desktop.ui.models.items import ItemColumn, ItemFilterModel, ServiceItemModel
from hall_desktop.ui.widgets.forms import error_label

#: A held ticket comes back after this long unless the clerk says otherwise.
DEFAULT_HOLD_MINUTES = 10


@dataclass(frozen=True)
class FinishForm:
    """What the clerk says about a finished service (办结 and its kin)."""

    outcome: Outcome
    item_ids: tuple[int, ...]
    note: str
    missing_materials: tuple[str, ...]
    assist: Assist | None = None  # 帮代办 given with the service, if any


@dataclass(frozen=True)
class CallTicketForm:
    """指定叫号: which waiting ticket, why, and a note (其他 needs one)."""

    ticket_id: int
    number: str
    reason: CallReason
    note: str


@dataclass(frozen=True)
class HoldForm:
    """挂起: why, and in how many minutes the ticket is due for call-back."""

    reason: str
    due_in_minutes: int


@dataclass(frozen=True)
class TransferForm:
    """转办: to which line, to which window of it (None: any), with a note."""

    line_id: int
    window_id: int | None
    note: str


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.COMPLETED: QCoreApplication.translate("Outcome", "Completed (办结)"),
        Outcome.ACCEPTED: QCoreApplication.translate("Outcome", "Accepted (受理)"),
        Outcome.SUPPLEMENT: QCoreApplication.translate(
            "Outcome", "Materials to supplement (补正告知)"
        ),
        Outcome.REJECTED: QCoreApplication.translate("Outcome", "Not accepted (不予受理)"),
        Outcome.CONSULTATION: QCoreApplication.translate("Outcome", "Consultation (咨询)"),
    }[outcome]


def call_reason_label(reason: CallReason) -> str:
    return {
        CallReason.APPOINTMENT: QCoreApplication.translate(
            "CallReason", "Appointment due (预约到号)"
        ),
        CallReason.SPECIAL: QCoreApplication.translate("CallReason", "Special case (特殊情况)"),
        CallReason.VULNERABLE: QCoreApplication.translate(
            "CallReason", "Elderly, sick, disabled or pregnant (老弱病残孕)"
        ),
        CallReason.OTHER: QCoreApplication.translate("CallReason", "Other (其他)"),
    }[reason]


class ClerkForm(QFrame):
    """A titled panel with an error line and Back / confirm buttons at the bottom.

    Subclasses add their fields to :attr:`body` and connect :attr:`confirm`."""

    back = Signal()

    #: The service's field names whose refusals this form shows under itself.
    FIELDS: frozenset[str] = frozenset()

    def __init__(self, title: str, confirm_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        layout.addWidget(heading)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.confirm = QPushButton(confirm_text)
        self.confirm.setObjectName("primaryButton")
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(self.confirm)
        layout.addLayout(row)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()


def _grid(rows: list[tuple[str, QWidget]]) -> QGridLayout:
    grid = QGridLayout()
    for i, (label, widget) in enumerate(rows):
        grid.addWidget(QLabel(label), i, 0)
        grid.addWidget(widget, i, 1)
    grid.setColumnStretch(1, 1)  # the labels keep their width, the fields take the rest
    return grid


class FinishPanel(ClerkForm):
    """办结: the service items handled (checked in the catalogue), the outcome, a note,
    and for 补正告知 the missing materials printed on the letter."""

    submitted = Signal(FinishForm)
    FIELDS = frozenset({"outcome", "item_ids", "note", "missing_materials"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Finish: what was handled"), self.tr("Confirm finish"), parent)
        self._items: list[ServiceItemInfo] = []
        self._usage: dict[int, ItemUsage] = {}
        self._line_id: int | None = None
        self._warned_no_item = False
        self.item_filter = QLineEdit()
        self.item_filter.setPlaceholderText(self.tr("Type a name or code to find service items"))
        self.items_model = ServiceItemModel(self)
        self.items_proxy = ItemFilterModel(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_proxy)
        self.items_view.verticalHeader().hide()
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.horizontalHeader().setSectionResizeMode(
            ItemColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.items_view.setWordWrap(False)  # a code on one line; a long one is elided
        code_width = self.fontMetrics().horizontalAdvance("XK-SCJG-0000-000") + 40  # + tick
        self.items_view.setColumnWidth(ItemColumn.CODE, code_width)
        self.items_view.clicked.connect(self._on_item_clicked)
        self.item_filter.textChanged.connect(self.items_proxy.set_text)
        self.outcome_combo = QComboBox()
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome_label(outcome), outcome)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_changed)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.missing_edit = QPlainTextEdit()
        self.missing_edit.setPlaceholderText(
            self.tr("Missing materials, one per line (printed on the notification letter)")
        )
        self.missing_edit.setMaximumHeight(80)
        self.missing_edit.hide()
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Outcome")))
        outcome_row.addWidget(self.outcome_combo, 1)
        outcome_row.addWidget(self.note, 1)
        self.assist_check = QCheckBox(self.tr("Served with help (帮代办)"))
        self.assist_choice = AssistChoice()
        self.assist_choice.setEnabled(False)
        self.assist_check.toggled.connect(self.assist_choice.setEnabled)
        assist_row = QHBoxLayout()
        assist_row.addWidget(self.assist_check)
        assist_row.addWidget(self.assist_choice, 1)
        self.body.addWidget(self.item_filter)
        self.body.addWidget(self.items_view, 1)
        self.body.addLayout(outcome_row)
        self.body.addLayout(assist_row)
        self.body.addWidget(self.missing_edit)
        self.confirm.clicked.connect(self._on_confirm)

    def set_items(self, items: list[ServiceItemInfo]) -> None:
        self._items = list(items)
        self._rank()

    def set_usage(self, usage: dict[int, ItemUsage]) -> None:
        """How often each item was handled lately by this clerk, window and lines."""
        self._usage = dict(usage)
        self._rank()

    def rank_for(self, line_id: int) -> None:
        """The ticket in hand is of ``line_id``: its line's items come first."""
        if line_id != self._line_id:
            self._line_id = line_id
            self._rank()

    def _rank(self) -> None:
        """Items handled on this line or at this window first, the clerk's most used on
        top; then the rest by code."""
        line = self._line_id

        def key(item: ServiceItemInfo) -> tuple[int, int, int, int, str]:
            usage = self._usage.get(item.id)
            if usage is None:
                return 1, 0, 0, 0, item.code
            on_line = usage.by_line.get(line, 0) if line is not None else 0
            here = on_line > 0 or usage.at_window > 0
            return 0 if here else 1, -usage.by_clerk, -on_line, -usage.at_window, item.code

        self.items_model.set_items(sorted(self._items, key=key))

    def suggest(self, item_ids: Sequence[int]) -> None:
        """Tick the items the ticket is known to cover (一件事: its step's), unless the
        clerk has ticked some already."""
        if not self.items_model.checked_ids():
            for item_id in item_ids:
                self.items_model.set_checked(item_id, True)

    def opened(self) -> None:
        self.clear_error()
        self._warned_no_item = False
        self.item_filter.setFocus()

    def reset(self) -> None:
        """The finish went through: count its items as used, clear the form."""
        if self._line_id is not None:
            for item_id in self.items_model.checked_ids():
                self._usage[item_id] = self._usage.get(item_id, ItemUsage()).added(self._line_id)
            self._rank()
        self._warned_no_item = False
        self.items_model.clear_checks()
        self.item_filter.clear()
        self.note.clear()
        self.missing_edit.clear()
        self.outcome_combo.setCurrentIndex(0)
        self.assist_check.setChecked(False)
        self.assist_choice.reset()

    def _on_item_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """A click anywhere on a row ticks or unticks it (the tick box itself toggles
        on its own)."""
        source = self.items_proxy.mapToSource(index)
        if source.column() != ItemColumn.CODE:
            code = self.items_model.index(source.row(), ItemColumn.CODE)
            checked = self.items_model.data(code, Qt.ItemDataRole.CheckStateRole)
            self.items_model.setData(
                code,
                Qt.CheckState.Unchecked.value
                if checked == Qt.CheckState.Checked.value
                else Qt.CheckState.Checked.value,
                Qt.ItemDataRole.CheckStateRole,
            )

    def _outcome(self) -> Outcome:
        return Outcome(self.outcome_combo.currentData())

    def _on_outcome_changed(self) -> None:
        self.missing_edit.setVisible(self._outcome() is Outcome.SUPPLEMENT)

    def _on_confirm(self) -> None:
        outcome = self._outcome()
        missing = tuple(
            line.strip() for line in self.missing_edit.toPlainText().splitlines() if line.strip()
        )
        if outcome is Outcome.SUPPLEMENT and not missing:
            self.show_error(self.tr("List the missing materials: they are printed on the letter."))
            return
        item_ids = tuple(self.items_model.checked_ids())
        if not item_ids and outcome is not Outcome.CONSULTATION and not self._warned_no_item:
            self._warned_no_item = True  # a second press finishes without one
            self.show_error(
                self.tr(
                    "No service item is ticked. Tick what was handled, or press "
                    "“Confirm finish” again to finish without one."
                )
            )
            return
        self.submitted.emit(
            FinishForm(
                outcome=outcome,
                item_ids=item_ids,
                note=self.note.text().strip(),
                missing_materials=missing,
                assist=self.assist_choice.assist() if self.assist_check.isChecked() else None,
            )
        )


class HoldPanel(ClerkForm):
    """挂起: the citizen steps away (to copy a document …) and comes back later."""

    submitted = Signal(HoldForm)
    FIELDS = frozenset({"hold_reason", "due_in_minutes"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hold the ticket (挂起)"), self.tr("Confirm hold"), parent)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(HOLD_REASONS)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        # 0 would make the ticket due at once: F1 would call the citizen who just left.
        self.minutes.setValue(DEFAULT_HOLD_MINUTES)
        self.body.addLayout(
            _grid(
                [(self.tr("Reason"), self.reason), (self.tr("Due for call-back in"), self.minutes)]
            )
        )
        self.body.addStretch(1)
        self.confirm.clicked.connect(
            lambda: self.submitted.emit(
                HoldForm(self.reason.currentText().strip(), self.minutes.value())
            )
        )


class TransferPanel(ClerkForm):
    """转办: to another business line, optionally to one window of it."""

    submitted = Signal(TransferForm)
    FIELDS = frozenset({"to_line_id", "to_window_id"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Transfer to another line or window"), self.tr("Confirm transfer"), parent
        )
        self._windows: list[WindowState] = []
        self.line_combo = QComboBox()
        self.window_combo = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the next clerk (optional)"))
        self.line_combo.currentIndexChanged.connect(self._fill_windows)
        self.body.addLayout(
            _grid(
                [
                    (self.tr("Business line"), self.line_combo),
                    (self.tr("Window"), self.window_combo),
                    (self.tr("Note"), self.note),
                ]
            )
        )
        self.body.addStretch(1)
        self.confirm.clicked.connect(self._on_confirm)

    def set_targets(self, lines: list[LineStatus], windows: list[WindowState]) -> None:
        """The lines and windows a ticket can go to; the line picked stays picked."""
        self._windows = windows
        current = self.line_combo.currentData()
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        for line in lines:
            self.line_combo.addItem(f"{line.prefix} {line.name}", line.line_id)
        self.line_combo.setCurrentIndex(max(self.line_combo.findData(current), 0))
        self.line_combo.blockSignals(False)
        self._fill_windows()

    def _fill_windows(self) -> None:
        line_id = self.line_combo.currentData()
        self.window_combo.clear()
        self.window_combo.addItem(self.tr("Any window of the line"), 0)
        for w in self._windows:
            if line_id in w.line_ids:
                self.window_combo.addItem(self.tr("Window {n}").format(n=w.number), w.window_id)

    def _on_confirm(self) -> None:
        line_id = self.line_combo.currentData()
        if line_id is None:
            return
        self.submitted.emit(
            TransferForm(
                line_id=int(line_id),
                window_id=int(self.window_combo.currentData() or 0) or None,
                note=self.note.text().strip(),
            )
        )


class PausePanel(ClerkForm):
    """暂停服务: the window stops calling; the reason shows on the hall display."""

    submitted = Signal(str)  # the reason
    FIELDS = frozenset({"pause_reason"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pause the window (暂停服务)"), self.tr("Pause service"), parent)
        self.reason = QComboBox()
        self.reason.addItems(PAUSE_REASONS)
        self.body.addWidget(self.reason)
        self.body.addStretch(1)
        self.confirm.clicked.connect(lambda: self.submitted.emit(self.reason.currentText()))


class CallTicketPanel(ClerkForm):
    """指定叫号: the waiting numbers of the window's lines; the clerk picks one (or types
    it), gives the reason, and calls it ahead of the order."""

    submitted = Signal(CallTicketForm)
    FIELDS = frozenset({"call_reason", "call_note"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Call a chosen number (指定叫号)"), self.tr("Call this number"), parent
        )
        self._waiting: list[TicketInfo] = []
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Type a number, e.g. A012, or pick one below"))
        self.number_edit.textChanged.connect(self._on_number_typed)
        self.number_edit.returnPressed.connect(self._on_confirm)
        self.waiting_list = QListWidget()
        self.waiting_list.currentRowChanged.connect(self._on_row_changed)
        self.reason = QComboBox()
        for reason in CallReason:
            self.reason.addItem(call_reason_label(reason), reason.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (needed for “Other”)"))
        self.body.addWidget(self.number_edit)
        self.body.addWidget(self.waiting_list, 1)
        self.body.addLayout(_grid([(self.tr("Reason"), self.reason), (self.tr("Note"), self.note)]))
        self.confirm.clicked.connect(self._on_confirm)

    def set_waiting(self, waiting: list[TicketInfo], zone: tzinfo) -> None:
        """The numbers the window may call; the one picked stays picked."""
        picked = self.picked()
        self._waiting = list(waiting)
        self.waiting_list.blockSignals(True)
        self.waiting_list.clear()
        for t in waiting:
            issued = t.issued_at.astimezone(zone).strftime("%H:%M")
            text = self.tr("{number} · {line} · issued {time}").format(
                number=t.number, line=t.line_name, time=issued
            )
            if t.priority is not Priority.NORMAL:
                text += f" · {t.priority_reason or t.priority.label}"
            self.waiting_list.addItem(QListWidgetItem(text))
        ids = [t.id for t in waiting]
        if picked is not None and picked.id in ids:
            self.waiting_list.setCurrentRow(ids.index(picked.id))
        self.waiting_list.blockSignals(False)
        if not waiting:
            self.waiting_list.addItem(self.tr("Nobody is waiting for this window."))
            self.waiting_list.setEnabled(False)
        else:
            self.waiting_list.setEnabled(True)

    def picked(self) -> TicketInfo | None:
        row = self.waiting_list.currentRow()
        return self._waiting[row] if 0 <= row < len(self._waiting) else None

    def opened(self) -> None:
        self.clear_error()
        self.number_edit.clear()
        self.note.clear()
        self.reason.setCurrentIndex(0)
        self.waiting_list.setCurrentRow(-1)
        self.number_edit.setFocus()

    def _on_number_typed(self, text: str) -> None:
        wanted = text.strip().upper()
        for row, t in enumerate(self._waiting):
            if t.number.upper() == wanted:
                self.waiting_list.blockSignals(True)
                self.waiting_list.setCurrentRow(row)
                self.waiting_list.blockSignals(False)
                return

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._waiting):
            self.number_edit.blockSignals(True)
            self.number_edit.setText(self._waiting[row].number)
            self.number_edit.blockSignals(False)
            self.clear_error()

    def _on_confirm(self) -> None:
        typed = self.number_edit.text().strip().upper()
        ticket = self.picked()
        if ticket is None or (typed and ticket.number.upper() != typed):
            if typed:
                self.show_error(
                    self.tr("{number} is not waiting for this window.").format(number=typed)
                )
            else:
                self.show_error(self.tr("Pick a waiting number or type it."))
            return
        reason = CallReason(self.reason.currentData())
        note = self.note.text().strip()
        if reason is CallReason.OTHER and not note:
            self.show_error(self.tr("Say in a few words why (the reason is “Other”)."))
            self.note.setFocus()
            return
        self.submitted.emit(CallTicketForm(ticket.id, ticket.number, reason, note))
