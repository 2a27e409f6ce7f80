"""台账: the supervisor's case ledger (差评整改, 办不成事, 走流程 and its problems, 督查).

Passive widgets: the filter bar, the list (overdue cases highlighted and counted), the
period's figures, and the selected case on one page (every field, its whole history,
its items, one button per step: enabled only for the steps the service says this
member of staff may take now). The controller (``ledger_controller.py``) reads and acts.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.cases import CaseAction, CaseKind, CaseStatus
from hall_desktop.services.cases import CaseDetail, CaseFigures, CaseFilter, CaseRow, CaseStepRow
from hall_desktop.ui.models.cases import CaseColumn, CaseModel, owner_text
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    panel,
    pick_table,
    picked_date,
    qdate,
)

#: The steps that have a button here, in the paths' order (申诉 is the clerk's own, on
#: their workstation; 登记 and 问题全部整改 are not steps a person takes on a case).
STEP_BUTTONS = (
    CaseAction.VERIFY,
    CaseAction.RECTIFY,
    CaseAction.ANSWER,
    CaseAction.ASSIGN,
    CaseAction.RESOLVE,
    CaseAction.ADD_PROBLEM,
    CaseAction.APPROVE,
    CaseAction.RETURN,
    CaseAction.DECIDE_APPEAL,
)


class StepColumn(IntEnum):
    AT = 0
    WHO = 1
    ACTION = 2
    AFTER = 3
    TEXT = 4


_STEP_HEADERS = {
    StepColumn.AT: QT_TRANSLATE_NOOP("CaseStepModel", "Time"),
    StepColumn.WHO: QT_TRANSLATE_NOOP("CaseStepModel", "By"),
    StepColumn.ACTION: QT_TRANSLATE_NOOP("CaseStepModel", "Step"),
    StepColumn.AFTER: QT_TRANSLATE_NOOP("CaseStepModel", "State after"),
    StepColumn.TEXT: QT_TRANSLATE_NOOP("CaseStepModel", "What was recorded"),
}


class CaseStepModel(RowsTableModel[CaseStepRow]):
    """A case's history, oldest first."""

    CONTEXT = "CaseStepModel"
    HEADERS = _STEP_HEADERS

    def cell(self, s: CaseStepRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == StepColumn.TEXT:
            return s.text or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = StepColumn(column)
        if column == StepColumn.AT:
            return f"{s.at.astimezone(self.zone):%m-%d %H:%M}"
        if column == StepColumn.WHO:
            return s.actor_name or "系统"
        if column == StepColumn.ACTION:
            return s.label
        if column == StepColumn.AFTER:
            return s.status_after.label
        return s.text


#: What a walkthrough's items need not repeat (all 走流程问题, of its window and day).
CHILD_COLUMNS_HIDDEN = (
    CaseColumn.KIND,
    CaseColumn.WINDOW,
    CaseColumn.PEOPLE,
    CaseColumn.PHONE,
    CaseColumn.OPENED,
)


def _fit_height(view: QTableView, rows_at_least: int = 1) -> None:
    """A table as tall as its rows (the pane scrolls, not the table)."""
    view.resizeRowsToContents()
    height = view.horizontalHeader().height() + 2 * view.frameWidth() + 2
    for row in range(view.model().rowCount()):
        height += view.rowHeight(row)
    if view.model().rowCount() < rows_at_least:
        height += 26 * (rows_at_least - view.model().rowCount())
    if view.horizontalHeader().length() > view.viewport().width():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)


class CaseDetailPane(QWidget):
    """One case on one page: what it holds, the step buttons, its history, its items."""

    action_requested = Signal(object)  # the CaseAction
    case_requested = Signal(int)  # an item of a walkthrough (or its walkthrough) opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.title = QLabel(self.tr("Choose a case in the list."))
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.overdue_label.hide()
        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(10)
        self.fields.setVerticalSpacing(4)
        self.fields.setColumnStretch(1, 1)
        self.fields.setColumnStretch(3, 1)
        self.buttons: dict[CaseAction, QPushButton] = {}
        self.button_grid = QGridLayout()
        for action in STEP_BUTTONS:
            button = QPushButton(action.label)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
            self.buttons[action] = button
        self._place_buttons(CaseKind.BAD_RATING)
        self.buttons[CaseAction.ADD_PROBLEM].setToolTip(
            self.tr("One more problem of this walkthrough")
        )
        self.parent_button = QPushButton(self.tr("Open its walkthrough"))
        self.parent_button.clicked.connect(self._on_parent)
        self.parent_button.hide()
        self.steps_model = CaseStepModel(self)
        self.steps_view = pick_table(self.steps_model)
        header = self.steps_view.horizontalHeader()
        for column in StepColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StepColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: _fit_height(self.steps_view))
        self.steps_view.setWordWrap(True)
        self.steps_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.children_title = QLabel(self.tr("Its problems (rectification items)"))
        self.children_title.setObjectName("panelTitle")
        self.children_model = CaseModel(self)
        self.children_view = pick_table(self.children_model)
        self.children_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.children_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.children_view.horizontalHeader().setSectionResizeMode(
            CaseColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        for hidden in CHILD_COLUMNS_HIDDEN:
            self.children_view.setColumnHidden(hidden, True)
        self.children_view.doubleClicked.connect(self._on_child)
        self.children_hint = QLabel(self.tr("Double-click an item to open it."))
        self.children_hint.setObjectName("hint")
        for w in (self.children_title, self.children_view, self.children_hint):
            w.hide()
        content = QWidget()
        layout = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.overdue_label)
        layout.addLayout(top)
        layout.addLayout(self.fields)
        layout.addLayout(self.button_grid)
        layout.addWidget(self.parent_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.steps_title = QLabel(self.tr("History"))
        self.steps_title.setObjectName("panelTitle")
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps_view)
        layout.addWidget(self.children_title)
        layout.addWidget(self.children_view)
        layout.addWidget(self.children_hint)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_timezone(self, timezone: str) -> None:
        self.steps_model.set_timezone(timezone)
        self.children_model.set_timezone(timezone)

    def case_id(self) -> int | None:
        return self.detail.row.id if self.detail is not None else None

    def clear(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Choose a case in the list."))
        self.overdue_label.hide()
        self._set_fields([])
        for button in self.buttons.values():
            button.setEnabled(False)
        self.parent_button.hide()
        self.steps_model.set_rows([])
        for w in (self.children_title, self.children_view, self.children_hint):
            w.hide()

    def show_case(self, d: CaseDetail) -> None:
        self.detail = d
        r = d.row
        self.title.setText(f"{r.code}  {r.kind_label} · {r.status_label}")
        self.overdue_label.setText(
            self.tr("Overdue (due {due})").format(due=r.due_date.isoformat())
        )
        self.overdue_label.setVisible(r.overdue)
        self._set_fields(self._field_pairs(d))
        self._place_buttons(r.kind)
        for action, button in self.buttons.items():
            button.setEnabled(action in d.actions)
        self.parent_button.setVisible(r.parent_id is not None)
        self.steps_model.set_rows(d.steps)
        _fit_height(self.steps_view)
        has_items = r.kind is CaseKind.WALKTHROUGH
        for w in (self.children_title, self.children_view, self.children_hint):
            w.setVisible(has_items)
        self.children_model.set_rows(d.children)
        if has_items:
            _fit_height(self.children_view)

    def _place_buttons(self, kind: CaseKind) -> None:
        """The step buttons in rows of four (新增问题 only for a walkthrough)."""
        while self.button_grid.count():
            self.button_grid.takeAt(0)
        shown = [
            a
            for a in STEP_BUTTONS
            if a is not CaseAction.ADD_PROBLEM or kind is CaseKind.WALKTHROUGH
        ]
        for action, button in self.buttons.items():
            button.setVisible(action in shown)
        for i, action in enumerate(shown):
            self.button_grid.addWidget(self.buttons[action], i // 4, i % 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _fit_height(self.steps_view)
        if self.children_view.isVisibleTo(self):
            _fit_height(self.children_view)

    def _field_pairs(self, d: CaseDetail) -> list[tuple[str, str]]:
        r = d.row
        zone = self.steps_model.zone
        person = d.person or ""
        if d.person_role:
            person = f"{person}（{d.person_role}）"
        pairs = [
            (self.tr("Matter"), r.title),
            (self.tr("Details"), d.detail),
            (self.tr("Category"), r.category or ""),
            (self.tr("Level"), r.level or ""),
            (self.tr("Rating"), f"{r.rating_level} 星" if r.rating_level else ""),
            (self.tr("Reason"), d.reason or ""),
            (self.tr("Citizen's note"), d.note or ""),
            (self.tr("Citizen"), d.citizen_name or ""),
            (self.tr("Phone"), d.phone),
            (self.tr("Person"), person),
            (self.tr("Date"), d.happened_on.isoformat() if d.happened_on else ""),
            (self.tr("Place"), d.place or ""),
            (self.tr("Item"), d.item_name or ""),
            (self.tr("Window"), f"{r.window_number}号窗口" if r.window_number else ""),
            (self.tr("Staff concerned"), r.clerk_name or ""),
            (self.tr("Owner / sent to"), owner_text(r)),
            (self.tr("Ticket"), d.ticket_number or ""),
            (self.tr("Served under"), d.served_ticket_number or ""),
            (self.tr("Verdict"), r.verdict or ""),
            (self.tr("Outcome"), r.outcome or ""),
            (self.tr("Opened"), f"{r.opened_at.astimezone(zone):%Y-%m-%d %H:%M}"),
            (self.tr("Due"), r.due_date.isoformat()),
            (
                self.tr("Closed"),
                f"{r.closed_at.astimezone(zone):%Y-%m-%d %H:%M}" if r.closed_at else "",
            ),
        ]
        if r.kind is CaseKind.BAD_RATING:
            called = self.tr("Yes") if d.called_back else self.tr("Not yet")
            pairs.append((self.tr("Called back"), called))
        return [(k, v) for k, v in pairs if v]

    def _set_fields(self, pairs: list[tuple[str, str]]) -> None:
        while self.fields.count():
            item = self.fields.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.deleteLater()
        long_ones = [(k, v) for k, v in pairs if len(v) > 16]
        short_ones = [(k, v) for k, v in pairs if len(v) <= 16]
        row = 0
        for key, value in long_ones:  # the matter and the details take the whole width
            self._pair(key, value, row, 0, span=3)
            row += 1
        for i, (key, value) in enumerate(short_ones):
            self._pair(key, value, row + i // 2, 2 * (i % 2))

    def _pair(self, key: str, value: str, row: int, column: int, span: int = 1) -> None:
        name = QLabel(key)
        name.setStyleSheet("color: #475569;")
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields.addWidget(name, row, column)
        self.fields.addWidget(text, row, column + 1, 1, span)

    def _on_child(self, index: QModelIndex) -> None:
        child = self.children_model.row_record(index.row())
        if child is not None:
            self.case_requested.emit(child.id)

    def _on_parent(self) -> None:
        if self.detail is not None and self.detail.row.parent_id is not None:
            self.case_requested.emit(self.detail.row.parent_id)


class LedgerView(QWidget, FormFeedback):
    """Passive: the filters, the toolbar, the figures, the list and the open case."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Case ledger")
    ORDER = 15

    refresh_requested = Signal()
    case_selected = Signal(int)  # 0: none
    action_requested = Signal(object)  # a CaseAction on the open case
    walkthrough_requested = Signal()
    finding_requested = Signal()
    case_days_requested = Signal()
    export_requested = Signal(str)  # "ledger" (XLSX), "case" (PDF), "bulletin" (PDF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {}
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in CaseKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All states"), None)
        for status in CaseStatus:
            self.status_combo.addItem(status.label, status.value)
        self.window_combo = QComboBox()
        self.window_combo.addItem(self.tr("All windows"), None)
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("All staff"), None)
        self.staff_combo.setMinimumContentsLength(8)
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.open_check = QCheckBox(self.tr("Open only"))
        self.dates_check = QCheckBox(self.tr("Opened from"))
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.refresh_requested)
        self.dates_check.toggled.connect(self.start_edit.setEnabled)
        self.dates_check.toggled.connect(self.end_edit.setEnabled)
        for combo in (self.kind_combo, self.status_combo, self.window_combo, self.staff_combo):
            combo.currentIndexChanged.connect(self.refresh_requested)
        for check in (self.overdue_check, self.open_check, self.dates_check):
            check.toggled.connect(self.refresh_requested)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Kind"), self.kind_combo),
            (self.tr("State"), self.status_combo),
            (self.tr("Window"), self.window_combo),
            (self.tr("Staff"), self.staff_combo),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addSpacing(8)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.open_check)
        filters.addSpacing(8)
        filters.addWidget(self.dates_check)
        filters.addWidget(self.start_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end_edit)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.walkthrough_button = QPushButton(self.tr("Record a walkthrough"))
        self.walkthrough_button.clicked.connect(self.walkthrough_requested)
        self.finding_button = QPushButton(self.tr("Record an inspection finding"))
        self.finding_button.clicked.connect(self.finding_requested)
        self.days_button = QPushButton(self.tr("Deadlines…"))
        self.days_button.clicked.connect(self.case_days_requested)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.walkthrough_button)
        toolbar.addWidget(self.finding_button)
        toolbar.addWidget(self.days_button)
        toolbar.addStretch(1)
        #: The exports: the list as shown (XLSX), the open case (PDF), the 督查通报 of
        #: the figures' period (PDF).
        self.export_bar = QHBoxLayout()
        self.export_ledger_button = QPushButton(self.tr("Export the list (XLSX)"))
        self.export_case_button = QPushButton(self.tr("This case as PDF"))
        self.export_case_button.setEnabled(False)
        self.bulletin_button = QPushButton(self.tr("Inspection bulletin (PDF)"))
        for button, what in (
            (self.export_ledger_button, "ledger"),
            (self.export_case_button, "case"),
            (self.bulletin_button, "bulletin"),
        ):
            button.clicked.connect(lambda _=False, what=what: self.export_requested.emit(what))
            self.export_bar.addWidget(button)
        toolbar.addLayout(self.export_bar)

        self.figures_label = QLabel()
        self.figures_label.setWordWrap(True)
        self.figures_label.setStyleSheet("color: #0f2d57; font-size: 14px;")
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self._sized = False

        self.model = CaseModel(self)
        self.view = pick_table(self.model)
        header = self.view.horizontalHeader()
        for column in CaseColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CaseColumn.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CaseColumn.TITLE, 140)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.detail = CaseDetailPane()
        self.detail.action_requested.connect(self.action_requested)
        self.detail.case_requested.connect(self.case_selected)
        list_box, list_layout = panel("")
        list_layout.addWidget(self.count_label)
        list_layout.addWidget(self.view, 1)
        detail_box, detail_layout = panel("")
        detail_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._fit_title)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(toolbar)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    # -- what the controller reads -------------------------------------------------------

    def set_timezone(self, timezone: str) -> None:
        self.model.set_timezone(timezone)
        self.detail.set_timezone(timezone)

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def set_choices(
        self, staff: list[tuple[int, str]], windows: list[tuple[int, int, str]]
    ) -> None:
        for combo, entries in (
            (self.window_combo, [(f"{n}号窗口", i) for i, n, _name in windows]),
            (self.staff_combo, [(name, i) for i, name in staff]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def set_may_record(self, may: bool) -> None:
        """Only a supervisor records walkthroughs and findings."""
        for button in (self.walkthrough_button, self.finding_button):
            button.setEnabled(may)
            button.setToolTip("" if may else self.tr("Only a supervisor records these."))

    def current_filter(self) -> CaseFilter:
        kind, status = self.kind_combo.currentData(), self.status_combo.currentData()
        dated = self.dates_check.isChecked()
        return CaseFilter(
            kind=CaseKind(kind) if kind else None,
            status=CaseStatus(status) if status else None,
            open_only=self.open_check.isChecked(),
            window_id=self.window_combo.currentData(),
            clerk_id=self.staff_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
            start=picked_date(self.start_edit) if dated else None,
            end=picked_date(self.end_edit) if dated else None,
        )

    def period(self) -> tuple[date, date]:
        """The figures' period: the dates chosen (whether the list is cut by them or not)."""
        return picked_date(self.start_edit), picked_date(self.end_edit)

    def selected_id(self) -> int | None:
        return self.detail.case_id()

    # -- what the controller shows -------------------------------------------------------

    def show_rows(self, rows: list[CaseRow]) -> None:
        chosen = self.detail.case_id()
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if chosen is not None and (row := self.model.row_of(chosen)) >= 0:
            self.view.selectRow(row)
        self.view.selectionModel().blockSignals(False)
        self.view.resizeColumnsToContents()  # the other columns fit what they now hold
        self._fit_title()
        overdue = sum(1 for r in rows if r.overdue and r.status is not CaseStatus.CLOSED)
        text = self.tr("{n} cases").format(n=len(rows))
        if overdue:
            text += self.tr(", {n} overdue and still open").format(n=overdue)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(
            "font-weight: bold;" + (" color: #b3261e;" if overdue else "")
        )

    def show_case(self, detail: CaseDetail) -> None:
        self.detail.show_case(detail)
        self.export_case_button.setEnabled(True)
        row = self.model.row_of(detail.row.id)
        current = self.view.selectionModel().currentIndex().row()
        if row >= 0 and row != current:
            self.view.selectionModel().blockSignals(True)
            self.view.selectRow(row)
            self.view.selectionModel().blockSignals(False)

    def clear_case(self) -> None:
        self.detail.clear()
        self.export_case_button.setEnabled(False)

    def show_figures(self, f: CaseFigures) -> None:
        rate = "—" if f.callback_rate is None else f"{f.callback_rate:.0%}"
        self.figures_label.setText(
            self.tr(
                "{start} to {end}: bad ratings {bad} (verified {verified}, rectified "
                "{rectified}, answered {answered} on time) · callback rate of named bad "
                "ratings {rate} · hard cases solved {solved} · walkthrough problems "
                "rectified {p_done}/{p_all} · inspection findings rectified {f_done}/{f_all} · "
                "overdue {overdue}"
            ).format(
                start=f.start.isoformat(),
                end=f.end.isoformat(),
                bad=f.bad_ratings,
                verified=f.verified_on_time,
                rectified=f.rectified_on_time,
                answered=f.answered_on_time,
                rate=rate,
                solved=f.hard_cases_solved,
                p_done=f.problems_rectified,
                p_all=f.problems,
                f_done=f.findings_rectified,
                f_all=f.findings,
                overdue=f.overdue_open,
            )
        )

    def set_online(self, online: bool) -> None:
        if online:
            if self.message.property("offline"):
                self.message.clear()
                self.message.hide()
                self.message.setProperty("offline", False)
            return
        FormFeedback.set_online(self, online)
        self.message.setProperty("offline", True)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if level is not MessageLevel.ERROR:  # an error while offline goes when it is back
            self.message.setProperty("offline", False)
        FormFeedback.show_message(self, text, level)
        self.message.setVisible(bool(text))

    def _fit_title(self, *_: object) -> None:
        """The matter takes the room the other columns leave (140 px at least)."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in CaseColumn if c != CaseColumn.TITLE)
        header.resizeSection(CaseColumn.TITLE, max(140, self.view.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the list a little wider than the case, once
            self._sized = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 63 // 100, width * 37 // 100])

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.row_record(current.row())
        self.case_selected.emit(record.id if record is not None else 0)


def this_month(today: date) -> tuple[date, date]:
    return today.replace(day=1), today
