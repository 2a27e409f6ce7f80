"""我的台账 on the clerk workstation: the clerk's open cases (their 差评, the 办不成事
sent to their window, the rectification items they own), one case's history, and the
steps the clerk may take on it now (申诉, 办理结果, 整改).

A page of the workstation, opened from the header's button (which counts the open
cases); a step's form opens in place of the case's buttons, never as a modal dialog.
The controller reads and writes through :class:`CaseService`; the service decides which
steps this clerk may take (``CaseDetail.actions``), and only those get a button.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import tzinfo
from functools import partial
from typing import ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.cases import (
    APPEAL_GROUNDS,
    HARD_CASE_OUTCOMES,
    CaseAction,
    CaseKind,
)
from hall_desktop.domain.errors import HallError, NotFound
from hall_desktop.services.actor import Actor
from hall_desktop.services.cases import CaseDetail, CaseRow, CaseService
from hall_desktop.ui.clerk.forms import ClerkForm
from hall_desktop.ui.common.controller import Gate, RoleController
from hall_desktop.ui.models.cases import CaseColumn, CaseModel
from hall_desktop.ui.widgets.forms import (
    MessageLevel,
    fit_to_current,
    pick_table,
    set_style_property,
)

#: What 我的台账 lists of a case: 编号, 类型, 状态, 事由, 期限.
CLERK_COLUMNS = frozenset(
    {CaseColumn.CODE, CaseColumn.KIND, CaseColumn.STATUS, CaseColumn.TITLE, CaseColumn.DUE}
)

# -- what a step's form gives -----------------------------------------------------------


@dataclass(frozen=True)
class AppealForm:
    """申诉: 误评 or 恶意差评, with the evidence."""

    ground: str
    evidence: str


@dataclass(frozen=True)
class ResolveForm:
    """办理结果 of a 办不成事."""

    outcome: str
    text: str
    reason: str
    legal_basis: str
    served_ticket_number: str


@dataclass(frozen=True)
class RectifyForm:
    """整改: what was changed (by the clerk who owns the item)."""

    text: str


StepForm = AppealForm | ResolveForm | RectifyForm


def _required(panel: ClerkForm, edit: QLineEdit | QPlainTextEdit, message: str) -> str | None:
    """The text of ``edit``, or None after saying ``message`` when it is empty."""
    text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    if not text.strip():
        panel.show_error(message)
        edit.setFocus()
        return None
    return text


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(54)
    box.setMaximumHeight(80)
    return box


class AppealPanel(ClerkForm):
    """申诉: the clerk rated asks for the 差评 to be reviewed by a supervisor."""

    submitted = Signal(object)  # AppealForm
    FIELDS = frozenset({"申诉理由", "text"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appeal this bad rating (申诉)"), self.tr("Send appeal"), parent)
        self.ground = QComboBox()
        self.ground.addItems(APPEAL_GROUNDS)
        self.evidence = _text_box(
            self.tr("Evidence: what happened, what the recording or the record shows")
        )
        form = QFormLayout()
        form.addRow(self.tr("Ground"), self.ground)
        form.addRow(self.tr("Evidence"), self.evidence)
        self.body.addLayout(form)
        self.confirm.clicked.connect(self._on_confirm)

    def opened(self) -> None:
        self.clear_error()
        self.ground.setCurrentIndex(0)
        self.evidence.clear()
        self.evidence.setFocus()

    def _on_confirm(self) -> None:
        evidence = _required(self, self.evidence, self.tr("Give the evidence for the appeal."))
        if evidence is not None:
            self.submitted.emit(AppealForm(self.ground.currentText(), evidence))


class ResolvePanel(ClerkForm):
    """办理结果: 已办成 / 已答复解释 / 无法办理 (with the reason and the legal basis)."""

    submitted = Signal(object)  # ResolveForm
    FIELDS = frozenset({"办理结果", "text", "legal_basis", "ticket_number"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Outcome of the matter (办理结果)"), self.tr("Save outcome"), parent
        )
        self.outcome = QComboBox()
        self.outcome.addItems(HARD_CASE_OUTCOMES)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        self.text = _text_box(self.tr("What was done, what the citizen was told"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it cannot be done"))
        self.legal_basis = QLineEdit()
        self.legal_basis.setPlaceholderText(self.tr("The law or policy it rests on"))
        self.served = QLineEdit()
        self.served.setPlaceholderText(self.tr("The number it was then served under (optional)"))
        self.served.setMaxLength(20)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("What was done"), self.text)
        self.reason_label = QLabel(self.tr("Reason"))
        self.basis_label = QLabel(self.tr("Legal basis"))
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.basis_label, self.legal_basis)
        form.addRow(self.tr("Served as"), self.served)
        self.body.addLayout(form)
        self.confirm.clicked.connect(self._on_confirm)
        self._on_outcome()

    def refused(self) -> bool:
        return self.outcome.currentText() == "无法办理"

    def opened(self) -> None:
        self.clear_error()
        self.outcome.setCurrentIndex(0)
        for edit in (self.reason, self.legal_basis, self.served):
            edit.clear()
        self.text.clear()
        self.text.setFocus()

    def _on_outcome(self) -> None:
        refused = self.refused()
        for widget in (self.reason_label, self.reason, self.basis_label, self.legal_basis):
            widget.setVisible(refused)

    def _on_confirm(self) -> None:
        text = _required(self, self.text, self.tr("Say what was done."))
        if text is None:
            return
        reason, basis = "", ""
        if self.refused():
            found = _required(self, self.reason, self.tr("“Cannot be done” needs the reason."))
            if found is None:
                return
            reason = found
            found = _required(
                self, self.legal_basis, self.tr("“Cannot be done” needs the legal basis.")
            )
            if found is None:
                return
            basis = found
        self.submitted.emit(
            ResolveForm(self.outcome.currentText(), text, reason, basis, self.served.text())
        )


class RectifyPanel(ClerkForm):
    """整改: what was put right, for a rectification item the clerk owns."""

    submitted = Signal(object)  # RectifyForm
    FIELDS = frozenset({"text", "mode"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Rectification done (整改)"), self.tr("Save rectification"), parent
        )
        self.text = _text_box(self.tr("What was changed"))
        self.body.addWidget(self.text)
        self.confirm.clicked.connect(self._on_confirm)

    def opened(self) -> None:
        self.clear_error()
        self.text.clear()
        self.text.setFocus()

    def _on_confirm(self) -> None:
        text = _required(self, self.text, self.tr("Say what was changed."))
        if text is not None:
            self.submitted.emit(RectifyForm(text))


# -- the page ---------------------------------------------------------------------------


class MyCasesPage(QFrame):
    """The list on the left, the case picked on the right."""

    case_selected = Signal(int)  # case id
    step_requested = Signal(int, object)  # case id, AppealForm | ResolveForm | RectifyForm
    back = Signal()

    PAGE_BUTTONS, PAGE_APPEAL, PAGE_RESOLVE, PAGE_RECTIFY = range(4)
    STEP_PAGES: ClassVar[dict[CaseAction, int]] = {
        CaseAction.APPEAL: PAGE_APPEAL,
        CaseAction.RESOLVE: PAGE_RESOLVE,
        CaseAction.RECTIFY: PAGE_RECTIFY,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self.detail: CaseDetail | None = None
        self._zone: tzinfo = ZoneInfo("Asia/Shanghai")

        title = QLabel(self.tr("My cases (我的台账)"))
        title.setObjectName("panelTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.back_button = QPushButton(self.tr("Back to the queue") + "  [ESC]")
        self.back_button.clicked.connect(self.back)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.back_button)

        self.model = CaseModel(self)
        self.table = pick_table(self.model, stretch=CaseColumn.TITLE)
        for column in CaseColumn:
            # The clerk's own cases: who and where are the clerk and their window.
            self.table.setColumnHidden(column, column not in CLERK_COLUMNS)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.empty_label = QLabel(self.tr("No open case: nothing to follow up."))
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty_label)

        right = self._build_detail()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", MessageLevel.INFO.value)
        self.message.hide()

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(left, 5)
        body.addWidget(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.show_detail(None)

    def _build_detail(self) -> QWidget:
        box = QFrame()
        box.setObjectName("panel")
        self.case_title = QLabel()
        self.case_title.setObjectName("caseTitle")
        self.case_title.setWordWrap(True)
        self.case_due = QLabel()
        self.case_due.setObjectName("caseDue")
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history_title = QLabel(self.tr("History (办理经过)"))
        history_title.setObjectName("subTitle")
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(2)
        # As tall as the pane allows, down to a few lines: a step's form below it must
        # fit a 768 px screen without scrolling (Ignored: the scroll area's
        # height-for-width would otherwise count the list's preferred height).
        self.history.setMinimumHeight(90)
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        # The steps this clerk may take now, and their forms in place of the buttons.
        self.step_stack = QStackedWidget()
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.appeal_button = QPushButton(self.tr("Appeal…"))
        self.resolve_button = QPushButton(self.tr("Record the outcome…"))
        self.rectify_button = QPushButton(self.tr("Record the rectification…"))
        self.step_buttons = {
            CaseAction.APPEAL: self.appeal_button,
            CaseAction.RESOLVE: self.resolve_button,
            CaseAction.RECTIFY: self.rectify_button,
        }
        for action, button in self.step_buttons.items():
            button.setObjectName("primaryButton")
            button.clicked.connect(lambda _=False, a=action: self.open_step(a))
            row.addWidget(button)
        self.no_step_label = QLabel()
        self.no_step_label.setObjectName("hint")
        self.no_step_label.setWordWrap(True)
        row.addWidget(self.no_step_label, 1)
        self.appeal_form = AppealPanel()
        self.resolve_form = ResolvePanel()
        self.rectify_form = RectifyPanel()
        self.step_forms: tuple[AppealPanel | ResolvePanel | RectifyPanel, ...] = (
            self.appeal_form,
            self.resolve_form,
            self.rectify_form,
        )
        self.step_stack.addWidget(buttons)
        for form in self.step_forms:
            form.back.connect(self.show_step_buttons)
            form.submitted.connect(self._on_submitted)
            self.step_stack.addWidget(form)
        fit_to_current(self.step_stack)

        content = QWidget()
        content.setObjectName("caseContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.case_title)
        inner.addWidget(self.case_due)
        inner.addWidget(self.facts)
        inner.addWidget(history_title)
        inner.addWidget(self.history, 1)
        inner.addWidget(self.step_stack)
        self.placeholder = QLabel(self.tr("Pick a case on the left to see its history."))
        self.placeholder.setObjectName("hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.placeholder)
        scroll = QScrollArea()
        scroll.setObjectName("caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.detail_stack.addWidget(scroll)
        layout = QVBoxLayout(box)
        layout.addWidget(self.detail_stack)
        return box

    # -- what the controller calls ---------------------------------------------------

    def set_timezone(self, zone: tzinfo) -> None:
        self._zone = zone
        self.model.set_timezone(str(zone))

    def show_cases(self, rows: list[CaseRow]) -> None:
        """The open cases; the case picked stays picked."""
        picked = self.detail.row.id if self.detail is not None else None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        row = self.model.row_of(picked) if picked is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        overdue = self.model.overdue_count()
        text = self.tr("{n} open").format(n=len(rows))
        if overdue:
            text += " · " + self.tr("{n} overdue").format(n=overdue)
        self.count_label.setText(text)
        set_style_property(self.count_label, "overdue", "true" if overdue else "false")
        self.empty_label.setVisible(not rows)

    def show_detail(self, detail: CaseDetail | None) -> None:
        """One case on the page (None: nothing picked); a step's form open on the same
        case stays open (a refresh must not wipe what the clerk is typing)."""
        before = self.detail
        same = detail is not None and before is not None and detail.row.id == before.row.id
        self.detail = detail
        if detail is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        r = detail.row
        self.case_title.setText(f"{r.code} · {r.kind_label} · {r.status_label}")
        due = self.tr("Deadline {date}").format(date=r.due_date.isoformat())
        if r.overdue and r.closed_at is None:
            due = self.tr("Deadline {date}: overdue").format(date=r.due_date.isoformat())
        self.case_due.setText(due)
        set_style_property(
            self.case_due, "overdue", "true" if r.overdue and r.closed_at is None else "false"
        )
        self.facts.setText(self._facts(detail))
        self.history.clear()
        for step in detail.steps:
            when = step.at.astimezone(self._zone).strftime("%m-%d %H:%M")
            who = step.actor_name or self.tr("the system")
            line = f"{when}  {who}  {step.label} → {step.status_after.label}"
            self.history.addItem(f"{line}\n{step.text}" if step.text else line)
        for action, button in self.step_buttons.items():
            button.setVisible(action in detail.actions)
        offered = any(a in detail.actions for a in self.step_buttons)
        self.no_step_label.setText(
            "" if offered else self.tr("Nothing for you to do on this case now.")
        )
        page = self.step_stack.currentIndex()
        open_action = next((a for a, p in self.STEP_PAGES.items() if p == page), None)
        if not same or open_action not in detail.actions:
            self.show_step_buttons()

    def _facts(self, d: CaseDetail) -> str:
        r = d.row
        lines = [self.tr("Matter: {title}").format(title=r.title)]
        if d.detail:
            lines.append(self.tr("Details: {text}").format(text=d.detail))
        if r.kind is CaseKind.BAD_RATING:
            lines.append(
                self.tr("Rating: level {level}, reason {reason}").format(
                    level=r.rating_level or "—", reason=d.reason or "—"
                )
            )
            if d.note:
                lines.append(self.tr("The citizen wrote: {note}").format(note=d.note))
        if r.category:
            text = self.tr("Category: {category}").format(category=r.category)
            if r.level:
                text += " · " + self.tr("level: {level}").format(level=r.level)
            lines.append(text)
        if r.kind is CaseKind.FINDING and d.person:
            lines.append(self.tr("Found by {person}").format(person=d.person))
        if d.place:
            lines.append(self.tr("Place: {place}").format(place=d.place))
        where = []
        if r.window_number is not None:
            where.append(self.tr("window {n}").format(n=r.window_number))
        if d.ticket_number:
            where.append(self.tr("ticket {number}").format(number=d.ticket_number))
        if r.assigned_to:
            where.append(self.tr("sent to {where}").format(where=r.assigned_to))
        if where:
            lines.append(" · ".join(where))
        if d.citizen_name or d.phone:
            lines.append(
                self.tr("Citizen: {name} {phone}")
                .format(name=d.citizen_name or "", phone=d.phone)
                .strip()
            )
        if r.appeal_status is not None:
            lines.append(self.tr("Appeal: {state}").format(state=r.appeal_status.label))
        if r.outcome:
            lines.append(self.tr("Outcome: {outcome}").format(outcome=r.outcome))
        return "\n".join(lines)

    def open_step(self, action: CaseAction) -> None:
        page = self.STEP_PAGES[action]
        self.step_stack.setCurrentIndex(page)
        self.step_forms[page - 1].opened()

    def show_step_buttons(self) -> None:
        self.step_stack.setCurrentIndex(self.PAGE_BUTTONS)
        for form in self.step_forms:
            form.clear_error()

    def step_done(self, detail: CaseDetail, text: str) -> None:
        self.show_step_buttons()
        self.show_detail(detail)
        self.show_message(text, MessageLevel.SUCCESS)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.message.setText(text)
        set_style_property(self.message, "level", str(level))
        self.message.setVisible(bool(text))

    def show_field_error(self, field: str, message: str) -> bool:
        page = self.step_stack.currentIndex()
        if page == self.PAGE_BUTTONS:
            return False
        form = self.step_forms[page - 1]
        form.show_error(message)
        return True

    def set_online(self, online: bool) -> None:
        if not online:
            self.show_message(self.tr("Connection lost, reconnecting…"), MessageLevel.ERROR)

    # -- inside -------------------------------------------------------------------------

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.row_record(rows[0].row()) if rows else None
        if record is not None:
            self.case_selected.emit(record.id)

    def _on_submitted(self, form: StepForm) -> None:
        if self.detail is not None:
            self.step_requested.emit(self.detail.row.id, form)

    def _on_escape(self) -> None:
        if self.step_stack.currentIndex() != self.PAGE_BUTTONS:
            self.show_step_buttons()
        else:
            self.back.emit()


class MyCasesController(RoleController):
    """Reads the clerk's open cases and the case picked; takes the clerk's steps."""

    counted = Signal(int, int)  # open cases, of which overdue

    def __init__(
        self, page: MyCasesPage, service: CaseService, *, parent: QObject | None = None
    ) -> None:
        super().__init__(page, parent)
        self.page = page
        self.service = service
        self.actor: Actor | None = None
        self.rows: list[CaseRow] = []
        self._picked: int | None = None
        self._busy = Gate()
        page.case_selected.connect(self._on_selected)
        page.step_requested.connect(self._on_step)

    def start(self) -> None:
        """Nothing until a clerk signs in (:meth:`follow`)."""

    @property
    def settled(self) -> bool:
        reading = self._refresh_task is not None and not self._refresh_task.done()
        return (
            not self._busy.busy
            and not reading
            and not self._dirty
            and "case-open" not in self._named
        )

    def follow(self, actor: Actor | None) -> None:
        """The clerk signed in (or out: None)."""
        self.actor = actor
        self._picked = None
        self.rows = []
        self.page.show_detail(None)
        self.page.show_message("")
        if actor is None:
            self.page.show_cases([])
            self.counted.emit(0, 0)
            return
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        actor = self.actor
        if actor is None:
            return
        found: list[CaseRow] | None = await self._guarded(lambda: self.service.my_open_cases(actor))
        if found is None:
            return
        rows = found
        detail = None
        picked = self._picked
        if picked is not None:
            try:
                detail = await self.service.case(actor, picked)
            except NotFound:
                self._picked = None
            except HallError as e:
                self.page.show_message(e.message, MessageLevel.ERROR)
                return
        if actor is not self.actor:
            return  # signed out meanwhile
        self.rows = rows
        self.page.show_cases(rows)
        if detail is not None or self._picked is None:
            self.page.show_detail(detail)
        self.counted.emit(len(rows), sum(1 for r in rows if r.overdue))

    def _on_selected(self, case_id: int) -> None:
        if case_id == self._picked and self.page.detail is not None:
            return
        self._picked = case_id
        self._spawn(self._open(case_id), "case-open", replace=True)

    async def _open(self, case_id: int) -> None:
        actor = self.actor
        if actor is None:
            return
        detail: CaseDetail | None = await self._guarded(lambda: self.service.case(actor, case_id))
        if detail is not None and self._picked == case_id:
            self.page.show_detail(detail)

    def _on_step(self, case_id: int, form: StepForm) -> None:
        actor = self.actor
        if actor is None:
            return
        self._spawn_once(self._busy, lambda: self._step(actor, case_id, form), "case-step")

    async def _step(self, actor: Actor, case_id: int, form: StepForm) -> CaseDetail | None:
        s = self.service
        work: Callable[[], Awaitable[CaseDetail]]
        if isinstance(form, AppealForm):
            done = self.tr("Appeal sent: a supervisor reviews it (申诉待复核).")
            work = partial(s.appeal, actor, case_id, ground=form.ground, evidence=form.evidence)
        elif isinstance(form, ResolveForm):
            done = self.tr("Outcome recorded: the case waits for a supervisor's review.")
            work = partial(
                s.resolve,
                actor,
                case_id,
                outcome=form.outcome,
                text=form.text,
                reason=form.reason or None,
                legal_basis=form.legal_basis or None,
                served_ticket_number=form.served_ticket_number or None,
            )
        else:
            done = self.tr("Rectification recorded: the item waits for a supervisor's review.")
            work = partial(s.rectify, actor, case_id, text=form.text)
        try:
            detail: CaseDetail | None = await self._guarded(work)
        finally:
            self._busy.busy = False  # the step is through: the next click is taken
        if detail is not None:
            self.page.step_done(detail, done)
            self.schedule_refresh()
        return detail
