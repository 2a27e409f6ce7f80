"""办不成事登记: the intake form of a matter a citizen could not get done, one widget for
the clerk at the 办不成事反映窗口 (in the workstation) and the guides at the desk (in a
window of its own).

The form checks nothing itself: the service refuses, in Chinese, and the refusal shows
under the field it names (or on the form's message line). After a save the form is
cleared and the message line gives the case's number (TZ000123).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.cases import HARD_CASE_CATEGORIES, HARD_CASE_LEVELS
from hall_desktop.services.actor import Actor
from hall_desktop.services.cases import CaseDetail, CaseService, HardCaseForm
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    error_label,
    set_style_property,
)

#: The service's field names → the field whose error line shows the refusal.
_FIELD_ALIASES = {"citizen_phone": "phone", "问题类别": "category", "协调层级": "level"}


class HardCaseIntake(QFrame, FormFeedback):
    """The form; ``save_requested`` carries a :class:`HardCaseForm` as typed."""

    save_requested = Signal(object)  # HardCaseForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setWindowTitle(self.tr("Matters that could not be done (办不成事) · intake"))
        self._suggested_ticket = ""
        heading = QLabel(self.tr("Record a matter that could not be done (办不成事登记)"))
        heading.setObjectName("panelTitle")
        self.request_edit = QLineEdit()
        self.request_edit.setPlaceholderText(self.tr("What the citizen wanted to get done"))
        self.category_combo = QComboBox()
        self.category_combo.addItems(HARD_CASE_CATEGORIES)
        self.level_combo = QComboBox()
        self.level_combo.addItems(HARD_CASE_LEVELS)
        self.ticket_edit = QLineEdit()
        self.ticket_edit.setPlaceholderText(self.tr("e.g. X003 (optional)"))
        self.ticket_edit.setMaxLength(20)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Optional"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Mobile, for the answer"))
        self.phone_edit.setMaxLength(20)
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setPlaceholderText(
            self.tr("What happened: where it got stuck, what the citizen was told")
        )
        self.detail_edit.setMinimumHeight(48)
        self.detail_edit.setMaximumHeight(90)
        self.errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(8)
        # Three rows of fields, each with its error line under it (one refusal at a
        # time: the service stops at the first wrong field).
        rows: list[list[tuple[str, str, QWidget, int]]] = [
            [("request", self.tr("Request"), self.request_edit, 5)],
            [
                ("category", self.tr("Category"), self.category_combo, 1),
                ("level", self.tr("Level"), self.level_combo, 1),
                ("ticket_number", self.tr("Ticket held"), self.ticket_edit, 1),
            ],
            [
                ("citizen_name", self.tr("Citizen"), self.name_edit, 1),
                ("phone", self.tr("Phone"), self.phone_edit, 3),
            ],
            [("detail", self.tr("Details"), self.detail_edit, 5)],
        ]
        for i, fields in enumerate(rows):
            error = error_label()
            column = 0
            for field, label, widget, span in fields:
                caption = QLabel(label)
                caption.setObjectName("fieldLabel")
                grid.addWidget(caption, 2 * i, column)
                grid.addWidget(widget, 2 * i, column + 1, 1, span)
                self.errors[field] = error
                self._fields[field] = widget
                column += 1 + span
            grid.addWidget(error, 2 * i + 1, 1, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Record the matter"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        self.request_edit.returnPressed.connect(self._on_save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addStretch(1)  # a taller window leaves the room here, not between fields
        layout.addLayout(bottom)

    # -- what the controller calls ---------------------------------------------------

    def form(self) -> HardCaseForm:
        return HardCaseForm(
            request=self.request_edit.text(),
            category=self.category_combo.currentText(),
            level=self.level_combo.currentText(),
            citizen_name=self.name_edit.text(),
            citizen_phone=self.phone_edit.text(),
            ticket_number=self.ticket_edit.text(),
            detail=self.detail_edit.toPlainText(),
        )

    def clear(self) -> None:
        for edit in (self.request_edit, self.ticket_edit, self.name_edit, self.phone_edit):
            edit.clear()
        self.detail_edit.clear()
        self.category_combo.setCurrentIndex(0)
        self.level_combo.setCurrentIndex(0)
        self._suggested_ticket = ""
        self.clear_errors()

    def suggest_ticket(self, number: str | None) -> None:
        """The number the citizen in front holds (the ticket in hand at the window),
        unless the clerk typed another."""
        current = self.ticket_edit.text().strip()
        if current in ("", self._suggested_ticket):
            self._suggested_ticket = number or ""
            self.ticket_edit.setText(self._suggested_ticket)

    def show_field_error(self, field: str, message: str) -> bool:
        """The refusal under the field's row, the field itself outlined in red."""
        field = _FIELD_ALIASES.get(field, field)
        if not super().show_field_error(field, message):
            return False
        set_style_property(self._fields[field], "invalid", "true")
        self._fields[field].setFocus()
        return True

    def clear_errors(self) -> None:
        super().clear_errors()
        for widget in self._fields.values():
            set_style_property(widget, "invalid", "false")

    def saved(self, detail: CaseDetail) -> None:
        self.clear()
        self.show_message(
            self.tr("Recorded as {code}: {request}").format(
                code=detail.row.code, request=detail.row.title
            ),
            MessageLevel.SUCCESS,
        )

    def _on_save(self) -> None:
        self.clear_errors()
        self.save_requested.emit(self.form())


class HardCaseIntakeController(RoleController):
    """Saves the intake through :class:`CaseService` for whoever is logged in
    (``actor()``: None when nobody is)."""

    saved = Signal(object)  # CaseDetail

    def __init__(
        self,
        form: HardCaseIntake,
        service: CaseService,
        actor: Callable[[], Actor | None],
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(form, parent)
        self.form = form
        self.service = service
        self._actor = actor
        self._busy = False
        form.save_requested.connect(self._on_save)

    def start(self) -> None:
        """Nothing to read before the first save."""

    @property
    def busy(self) -> bool:
        return self._busy

    def _on_save(self, f: HardCaseForm) -> None:
        actor = self._actor()
        if actor is None or self._busy:
            return
        self._busy = True
        self.form.save_button.setEnabled(False)
        self._spawn(self._save(actor, f), "hard-case-save")

    async def _save(self, actor: Actor, f: HardCaseForm) -> CaseDetail | None:
        try:
            detail: CaseDetail | None = await self._guarded(
                lambda: self.service.open_hard_case(actor, f)
            )
        finally:
            self._busy = False
            self.form.save_button.setEnabled(True)
        if detail is not None:
            self.form.saved(detail)
            self.saved.emit(detail)
        return detail
