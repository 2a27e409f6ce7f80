"""The "windows and lines" tab (窗口与业务类别): business lines on the left, windows on
the right, and for the selected window the lines it serves in rank order.

A passive widget: it emits what the supervisor asked for and shows what the controller
(:mod:`hall_desktop.ui.admin.setup_controller`) hands back. Field errors appear under
their field; a refusal appears under the form's save button; nothing is saved then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
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
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.windows_lines import (
    ALERT_COUNT_MAX,
    ALERT_MINUTES_MAX,
    DAILY_LIMIT_MAX,
    FIRST_NUMBER_MAX,
    SERVICE_MINUTES_MAX,
    WINDOW_KIND_LABELS,
    WINDOW_NUMBER_MAX,
    HallSetup,
    LineFields,
    LineSetup,
    WindowFields,
    WindowKind,
    WindowSetup,
)
from hall_desktop.services.windows_lines import NAME_MAX
from hall_desktop.ui.admin.policy import QueuePolicyFields
from hall_desktop.ui.admin.setup_models import (
    LineChoice,
    LineColumn,
    LineListModel,
    LineTableModel,
    WindowColumn,
    WindowTableModel,
)
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import MessageLevel, Panel, error_label, repolish

if TYPE_CHECKING:
    from hall_desktop.services.actor import Actor
    from hall_desktop.services.dto import HallInfo
    from hall_desktop.store.database import Database
    from hall_desktop.ui.common.controller import RoleController


@dataclass(frozen=True)
class LineForm:
    """The line form as typed; ``line_id`` None: a new line."""

    line_id: int | None
    fields: LineFields


@dataclass(frozen=True)
class WindowForm:
    """The window form as typed; a new window (``window_id`` None) brings its lines."""

    window_id: int | None
    fields: WindowFields
    line_ids: tuple[int, ...] = ()


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formMessage")
    label.setWordWrap(True)
    label.setMinimumWidth(1)
    label.setProperty("level", MessageLevel.INFO.value)
    label.hide()
    return label


def _threshold_edit(high: int) -> QLineEdit:
    """A 大厅监控 threshold of a line: digits up to ``high``, empty for the hall's."""
    edit = QLineEdit()
    edit.setValidator(QIntValidator(0, high, edit))
    edit.setMaxLength(len(str(high)))
    return edit


def _threshold(edit: QLineEdit) -> int | None:
    text = edit.text().strip()
    return int(text) if text.isdigit() else None


def _table(model: LineTableModel | WindowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    return view


class SetupEditor(QWidget):
    """The tab's widget. Signals say what was asked; slots show what happened."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Windows and lines")
    ORDER = 30

    line_save_requested = Signal(object)  # LineForm
    line_move_requested = Signal(int, str)  # line id, "up" | "down"
    window_save_requested = Signal(object)  # WindowForm
    window_lines_save_requested = Signal(int, list)  # window id, line ids in rank order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("setup"))
        self.setup: HallSetup | None = None
        self._line_id: int | None = None  # the line in the form (None: a new one)
        self._window_id: int | None = None  # the window in the form (None: a new one)
        self._lines_dirty = False  # the rank list differs from what is saved
        self._loading = False  # the rank lists are being filled, not edited
        self.errors: dict[str, QLabel] = {}
        self.banner = StatusBanner()
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        root.addWidget(self.banner)
        columns = QHBoxLayout()
        columns.setSpacing(8)
        columns.addWidget(self._build_lines(), 5)
        columns.addWidget(self._build_windows(), 6)
        root.addLayout(columns, 1)
        self._new_line()
        self._new_window()

    # -- building -----------------------------------------------------------------------

    def _field(self, key: str, widget: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        label = error_label()
        self.errors[key] = label
        box.addWidget(label)
        return box

    def _build_lines(self) -> QFrame:
        frame = Panel(self.tr("Business lines"), compact=True)
        layout, title_row = frame.body, frame.title_row
        self.up_button = QPushButton(self.tr("▲ Up"))
        self.down_button = QPushButton(self.tr("▼ Down"))
        self.new_line_button = QPushButton(self.tr("+ New line"))
        for button in (self.up_button, self.down_button):
            button.setToolTip(self.tr("The order of the lines on the desk and the display"))
        self.up_button.clicked.connect(lambda: self._on_move("up"))
        self.down_button.clicked.connect(lambda: self._on_move("down"))
        self.new_line_button.clicked.connect(self._new_line)
        for button in (self.up_button, self.down_button, self.new_line_button):
            title_row.addWidget(button)

        self.line_model = LineTableModel(self)
        self.lines_view = _table(self.line_model)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LineColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.lines_view.selectionModel().selectionChanged.connect(self._on_line_selected)
        hint = QLabel(
            self.tr("Top to bottom: the order of the buttons on the desk and of the display.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(hint)

        self.line_form_title = QLabel()
        self.line_form_title.setObjectName("formTitle")
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(2)
        self.prefix_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.prefix_edit)
        )
        self.prefix_edit.textEdited.connect(self._on_prefix_edited)
        self.prefix_edit.setPlaceholderText("A")
        self.prefix_edit.setFixedWidth(70)
        self.line_name_edit = QLineEdit()
        self.line_name_edit.setMaxLength(NAME_MAX)
        self.line_name_edit.setPlaceholderText(self.tr("e.g. 不动产登记"))
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, DAILY_LIMIT_MAX)
        self.limit_spin.setSpecialValueText(self.tr("No limit"))
        self.limit_spin.setToolTip(self.tr("Numbers a day; 0 means no limit"))
        self.first_spin = QSpinBox()
        self.first_spin.setRange(1, FIRST_NUMBER_MAX)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, SERVICE_MINUTES_MAX)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setToolTip(
            self.tr("Used for the wait estimate until the day has service times of its own")
        )
        self.line_active_check = QCheckBox(self.tr("In use (shown at the desk)"))
        self.line_policy = QueuePolicyFields(self, own_line=True)
        self.alert_count_edit = _threshold_edit(ALERT_COUNT_MAX)
        self.alert_count_edit.setToolTip(
            self.tr("大厅监控 alerts when this many wait; empty: as the hall; 0: no alert")
        )
        self.alert_wait_edit = _threshold_edit(ALERT_MINUTES_MAX)
        self.alert_wait_edit.setToolTip(
            self.tr(
                "大厅监控 alerts when someone has waited this many minutes; "
                "empty: as the hall; 0: no alert"
            )
        )
        for edit in (self.alert_count_edit, self.alert_wait_edit):
            edit.setPlaceholderText(self.tr("Empty: as the hall"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for i, (key, text, widget) in enumerate(
            (
                ("line.prefix", self.tr("Prefix"), self.prefix_edit),
                ("line.name", self.tr("Name"), self.line_name_edit),
                ("line.daily_limit", self.tr("Daily limit"), self.limit_spin),
                ("line.first_number", self.tr("First number"), self.first_spin),
                ("line.default_service_minutes", self.tr("Service time"), self.minutes_spin),
                ("line.active", "", self.line_active_check),
                ("line.priority_every", self.tr("Priority tickets"), self.line_policy.interleave),
                (
                    "line.max_wait_minutes",
                    self.tr("Wait at most"),
                    self.line_policy.bound,
                ),
                ("line.alert_waiting_count", self.tr("Alert at waiting"), self.alert_count_edit),
                ("line.alert_wait_minutes", self.tr("Alert at wait (min)"), self.alert_wait_edit),
            )
        ):
            row, column = divmod(i, 2)
            label = QLabel(text)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(self._field(key, widget), row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        self.line_save_button = QPushButton()
        self.line_save_button.setObjectName("primaryButton")
        self.line_save_button.clicked.connect(self._on_save_line)
        self.line_message = _message_label()
        retain = self.line_message.sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.line_message.setSizePolicy(retain)
        self.line_save_button.setMinimumWidth(140)
        bottom = QHBoxLayout()
        bottom.addWidget(self.line_message, 1)
        bottom.addWidget(self.line_save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.line_form_title)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        return frame

    def _build_windows(self) -> QFrame:
        frame = Panel(self.tr("Windows"), compact=True)
        layout, title_row = frame.body, frame.title_row
        self.new_window_button = QPushButton(self.tr("+ New window"))
        self.new_window_button.clicked.connect(self._new_window)
        title_row.addWidget(self.new_window_button)
        self.window_model = WindowTableModel(self)
        self.windows_view = _table(self.window_model)
        header = self.windows_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WindowColumn.LINES, QHeaderView.ResizeMode.Stretch)
        self.windows_view.selectionModel().selectionChanged.connect(self._on_window_selected)
        layout.addWidget(self.windows_view, 1)

        # The form (left) and the lines it serves (right).
        self.window_form_title = QLabel()
        self.window_form_title.setObjectName("formTitle")
        layout.addWidget(self.window_form_title)
        lower = QHBoxLayout()
        lower.setSpacing(10)
        form = QGridLayout()
        form.setVerticalSpacing(2)
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, WINDOW_NUMBER_MAX)
        self.window_name_edit = QLineEdit()
        self.window_name_edit.setMaxLength(NAME_MAX)
        self.window_name_edit.setPlaceholderText(self.tr("e.g. 综合受理窗口"))
        self.kind_combo = QComboBox()
        for kind in WindowKind:
            self.kind_combo.addItem(WINDOW_KIND_LABELS[kind], kind.value)
        self.window_active_check = QCheckBox(self.tr("In use"))
        for row, (key, text, widget) in enumerate(
            (
                ("window.number", self.tr("Number"), self.number_spin),
                ("window.name", self.tr("Name"), self.window_name_edit),
                ("window.kind", self.tr("Kind"), self.kind_combo),
                ("window.active", "", self.window_active_check),
            )
        ):
            form.addWidget(QLabel(text), row, 0, Qt.AlignmentFlag.AlignTop)
            form.addLayout(self._field(key, widget), row, 1)
        self.window_save_button = QPushButton()
        self.window_save_button.setObjectName("primaryButton")
        self.window_save_button.clicked.connect(self._on_save_window)
        form.addWidget(self.window_save_button, 4, 1)
        form.setRowStretch(5, 1)
        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setFixedWidth(235)
        lower.addWidget(form_box)
        lower.addLayout(self._build_rank_editor(), 1)
        layout.addLayout(lower)
        self.window_message = _message_label()
        layout.addWidget(self.window_message)
        return frame

    def _build_rank_editor(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(3)
        served_title = QLabel(self.tr("Serves, in call order"))
        served_title.setObjectName("subTitle")
        other_title = QLabel(self.tr("Other lines"))
        other_title.setObjectName("subTitle")
        for title in (served_title, other_title):
            title.setWordWrap(True)
            title.setMinimumWidth(1)
        self.served_model = LineListModel(ranked=True, parent=self)
        self.available_model = LineListModel(ranked=False, parent=self)
        self.served_view = self._rank_list(self.served_model)
        self.available_view = self._rank_list(self.available_model)
        self.served_view.setToolTip(self.tr("Drag to reorder, or use the arrows"))
        self.available_view.setToolTip(self.tr("Drag a line to the left list, or double-click"))
        self.rank_up_button = QPushButton("▲")
        self.rank_down_button = QPushButton("▼")
        self.add_button = QPushButton(self.tr("◀ Add"))
        self.remove_button = QPushButton(self.tr("Remove ▶"))
        self.rank_up_button.setToolTip(self.tr("Call this line earlier"))
        self.rank_down_button.setToolTip(self.tr("Call this line later"))
        self.rank_up_button.clicked.connect(lambda: self._on_rank_move(-1))
        self.rank_down_button.clicked.connect(lambda: self._on_rank_move(1))
        self.add_button.clicked.connect(self._on_add_line)
        self.remove_button.clicked.connect(self._on_remove_line)
        self.available_view.doubleClicked.connect(lambda _i: self._on_add_line())
        self.served_view.doubleClicked.connect(lambda _i: self._on_remove_line())
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        for button in (self.rank_up_button, self.rank_down_button):
            button.setFixedWidth(96)
            buttons.addWidget(button)
        buttons.addSpacing(10)
        for button in (self.add_button, self.remove_button):
            button.setFixedWidth(96)
            buttons.addWidget(button)
        buttons.addStretch(1)
        lists = QGridLayout()
        lists.setHorizontalSpacing(6)
        lists.setVerticalSpacing(2)
        lists.addWidget(served_title, 0, 0)
        lists.addWidget(other_title, 0, 2)
        lists.addWidget(self.served_view, 1, 0)
        lists.addLayout(buttons, 1, 1)
        lists.addWidget(self.available_view, 1, 2)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(2, 1)
        box.addLayout(lists, 1)
        for model in (self.served_model, self.available_model):
            for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved):
                signal.connect(self._on_ranks_edited)
        self.served_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.available_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lines_error = error_label()
        self.errors["window.lines"] = self.lines_error
        self.lines_save_button = QPushButton(self.tr("Save lines and ranks"))
        self.lines_save_button.setObjectName("primaryButton")
        self.lines_save_button.clicked.connect(self._on_save_lines)
        self.lines_state = QLabel()
        self.lines_state.setObjectName("hint")
        self.lines_state.setWordWrap(True)
        self.lines_state.setMinimumWidth(1)
        row = QHBoxLayout()
        row.addWidget(self.lines_state, 1)
        row.addWidget(self.lines_save_button)
        box.addWidget(self.lines_error)
        box.addLayout(row)
        return box

    def _rank_list(self, model: LineListModel) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(False)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setMinimumHeight(120)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return view

    # -- what the controller calls ---------------------------------------------------

    def set_online(self, online: bool) -> None:
        if online:
            self.banner.clear_message()
        else:
            self.banner.show_message(
                self.tr("Connection lost: changes cannot be saved until it is back.")
            )

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        """A message about the tab as a whole (shown with the windows' form)."""
        self.show_form_message("window", text, level)

    def show_form_message(
        self, form: str, text: str, level: MessageLevel = MessageLevel.INFO
    ) -> None:
        label = self.line_message if form == "line" else self.window_message
        label.setText(text)
        label.setProperty("level", str(level))
        repolish(label)
        label.setVisible(bool(text))

    def show_field_error(self, field: str, message: str) -> bool:
        """``field`` is "line.<name>" or "window.<name>"; False if there is no such field."""
        label = self.errors.get(field)
        if label is None:
            return False
        label.setText(message)
        label.show()
        return True

    def clear_errors(self, form: str) -> None:
        for key, label in self.errors.items():
            if key.startswith(f"{form}."):
                label.hide()
                label.clear()
        self.show_form_message(form, "")

    def show_setup(self, setup: HallSetup) -> None:
        """Fresh lines and windows; the forms keep what is being typed."""
        self.setup = setup
        line_id, window_id = self._line_id, self._window_id
        self.line_model.set_rows(list(setup.lines))
        self.window_model.set_rows(list(setup.windows))
        self._select_row(self.lines_view, self.line_model.row_of(line_id) if line_id else -1)
        self._select_row(
            self.windows_view, self.window_model.row_of(window_id) if window_id else -1
        )
        if self._line_id is not None and self.line_model.row_of(self._line_id) < 0:
            self._new_line()
        if self._window_id is not None and self.window_model.row_of(self._window_id) < 0:
            self._new_window()
        elif not self._lines_dirty:
            self._load_rank_lists()
        self._update_buttons()

    def line_saved(self, line: LineSetup) -> None:
        """The line as saved: selected, and in the form."""
        self._line_id = line.id
        self._select_row(self.lines_view, self.line_model.row_of(line.id))
        self._fill_line(self.line_model.row_record(self.line_model.row_of(line.id)) or line)

    def window_saved(self, window: WindowSetup) -> None:
        self._window_id = window.id
        self._select_row(self.windows_view, self.window_model.row_of(window.id))
        current = self.window_model.row_record(self.window_model.row_of(window.id)) or window
        self._fill_window(current)
        self._lines_dirty = False
        self._load_rank_lists()

    def select_line(self, line_id: int) -> None:
        """As if the line's row were clicked (its values go to the form)."""
        self.lines_view.selectRow(self.line_model.row_of(line_id))

    def select_window(self, window_id: int) -> None:
        self.windows_view.selectRow(self.window_model.row_of(window_id))

    @property
    def editing_line_id(self) -> int | None:
        return self._line_id

    @property
    def editing_window_id(self) -> int | None:
        return self._window_id

    @property
    def lines_dirty(self) -> bool:
        return self._lines_dirty

    def line_form(self) -> LineForm:
        return LineForm(
            self._line_id,
            LineFields(
                prefix=self.prefix_edit.text(),
                name=self.line_name_edit.text(),
                daily_limit=self.limit_spin.value() or None,
                first_number=self.first_spin.value(),
                default_service_minutes=self.minutes_spin.value(),
                active=self.line_active_check.isChecked(),
                priority_every=self.line_policy.every(),
                max_wait_minutes=self.line_policy.bound_minutes(),
                alert_waiting_count=_threshold(self.alert_count_edit),
                alert_wait_minutes=_threshold(self.alert_wait_edit),
            ),
        )

    def window_form(self) -> WindowForm:
        return WindowForm(
            self._window_id,
            WindowFields(
                number=self.number_spin.value(),
                name=self.window_name_edit.text(),
                kind=WindowKind(self.kind_combo.currentData()),
                active=self.window_active_check.isChecked(),
            ),
            tuple(self.served_model.line_ids()) if self._window_id is None else (),
        )

    # -- inside -------------------------------------------------------------------------

    def _select_row(self, view: QTableView, row: int) -> None:
        """Select quietly: a refresh must not overwrite what is being typed."""
        selection = view.selectionModel()
        selection.blockSignals(True)
        try:
            if row < 0:
                selection.clearSelection()
                view.setCurrentIndex(QModelIndex())
            else:
                index = view.model().index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        view.viewport().update()

    def _on_line_selected(self) -> None:
        rows = self.lines_view.selectionModel().selectedRows()
        line = self.line_model.row_record(rows[0].row()) if rows else None
        if line is None:
            return
        self._line_id = line.id
        self._fill_line(line)
        self._update_buttons()

    def _fill_line(self, line: LineSetup) -> None:
        self.clear_errors("line")
        self.line_form_title.setText(
            self.tr("Edit {prefix} {name}").format(prefix=line.prefix, name=line.name)
        )
        self.line_save_button.setText(self.tr("Save line"))
        self.prefix_edit.setText(line.prefix)
        self.line_name_edit.setText(line.name)
        self.limit_spin.setValue(line.daily_limit or 0)
        self.first_spin.setValue(line.first_number)
        self.minutes_spin.setValue(line.default_service_minutes)
        self.line_active_check.setChecked(line.active)
        self.line_policy.set_values(line.priority_every, line.max_wait_minutes)
        for edit, value in (
            (self.alert_count_edit, line.alert_waiting_count),
            (self.alert_wait_edit, line.alert_wait_minutes),
        ):
            edit.setText("" if value is None else str(value))

    def _new_line(self) -> None:
        self._line_id = None
        self._select_row(self.lines_view, -1)
        self.clear_errors("line")
        self.line_form_title.setText(self.tr("New business line"))
        self.line_save_button.setText(self.tr("Create line"))
        self.prefix_edit.clear()
        self.line_name_edit.clear()
        self.limit_spin.setValue(0)
        self.first_spin.setValue(1)
        self.minutes_spin.setValue(10)
        self.line_active_check.setChecked(True)
        self.line_policy.set_values(None, None)
        self.alert_count_edit.clear()
        self.alert_wait_edit.clear()
        self._update_buttons()

    def _on_prefix_edited(self, text: str) -> None:
        if text != text.upper():
            position = self.prefix_edit.cursorPosition()
            self.prefix_edit.setText(text.upper())
            self.prefix_edit.setCursorPosition(position)

    def _on_move(self, direction: str) -> None:
        if self._line_id is not None:
            self.line_move_requested.emit(self._line_id, direction)

    def _on_save_line(self) -> None:
        self.clear_errors("line")
        self.line_save_requested.emit(self.line_form())

    def _on_window_selected(self) -> None:
        rows = self.windows_view.selectionModel().selectedRows()
        window = self.window_model.row_record(rows[0].row()) if rows else None
        if window is None:
            return
        self._window_id = window.id
        self._fill_window(window)
        self._lines_dirty = False
        self._load_rank_lists()
        self._update_buttons()

    def _fill_window(self, window: WindowSetup) -> None:
        self.clear_errors("window")
        self.window_form_title.setText(
            self.tr("Window {number}: {name}").format(number=window.number, name=window.name)
        )
        self.window_save_button.setText(self.tr("Save window"))
        self.number_spin.setValue(window.number)
        self.window_name_edit.setText(window.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(window.kind.value)))
        self.window_active_check.setChecked(window.active)

    def _new_window(self) -> None:
        self._window_id = None
        self._select_row(self.windows_view, -1)
        self.clear_errors("window")
        self.window_form_title.setText(self.tr("New window (choose its lines on the right)"))
        self.window_save_button.setText(self.tr("Create window"))
        used = [w.number for w in self.setup.windows] if self.setup else []
        self.number_spin.setValue(max(used, default=0) + 1)
        self.window_name_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.window_active_check.setChecked(True)
        self._lines_dirty = False
        self._load_rank_lists()
        self._update_buttons()

    def _load_rank_lists(self) -> None:
        """The selected window's lines (saved), and the hall's other lines."""
        lines = list(self.setup.lines) if self.setup else []
        served: list[LineChoice] = []
        if self._window_id is not None and self.setup is not None:
            window = next((w for w in self.setup.windows if w.id == self._window_id), None)
            if window is not None:
                by_id = {line.id: line for line in lines}
                served = [
                    LineChoice.of(by_id[s.line_id])
                    if s.line_id in by_id
                    else LineChoice(s.line_id, s.prefix, s.name, s.active)
                    for s in window.lines
                ]
        taken = {line.id for line in served}
        order = [line.id for line in lines]
        self._loading = True
        try:
            self.served_model.set_lines(served)
            self.available_model.set_lines(
                [LineChoice.of(line) for line in lines if line.id not in taken], order
            )
        finally:
            self._loading = False
        self._lines_dirty = False
        self._show_lines_state()
        self._update_buttons()

    def _on_ranks_edited(self, *_args: object) -> None:
        if self._loading:
            return
        saved: list[int] = []
        if self._window_id is not None and self.setup is not None:
            window = next((w for w in self.setup.windows if w.id == self._window_id), None)
            saved = list(window.line_ids) if window else []
        self._lines_dirty = self.served_model.line_ids() != saved
        self.errors["window.lines"].hide()
        self._show_lines_state()
        self._update_buttons()

    def _show_lines_state(self) -> None:
        if self._window_id is None:
            text = self.tr("The lines are saved with the new window.")
        elif self._lines_dirty:
            text = self.tr("Changed: not saved yet.")
        else:
            text = self.tr("Saved.")
        self.lines_state.setText(text)

    def _selected_row(self, view: QListView) -> int:
        rows = view.selectionModel().selectedIndexes()
        return rows[0].row() if rows else -1

    def _on_rank_move(self, step: int) -> None:
        row = self._selected_row(self.served_view)
        target = row + step
        if row < 0 or not 0 <= target < self.served_model.rowCount():
            return
        # moveRows puts rows before the destination: one further when moving down.
        destination = target + 1 if step > 0 else target
        if self.served_model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination):
            self.served_view.setCurrentIndex(self.served_model.index(target, 0))

    def _on_add_line(self) -> None:
        row = self._selected_row(self.available_view)
        if row < 0:
            return
        lines = self.available_model.take([row])
        self.served_model.add(lines)
        self.served_view.setCurrentIndex(
            self.served_model.index(self.served_model.rowCount() - 1, 0)
        )

    def _on_remove_line(self) -> None:
        row = self._selected_row(self.served_view)
        if row < 0:
            return
        lines = self.served_model.take([row])
        self.available_model.add(lines)

    def _on_save_window(self) -> None:
        self.clear_errors("window")
        self.window_save_requested.emit(self.window_form())

    def _on_save_lines(self) -> None:
        if self._window_id is None:
            return
        self.clear_errors("window")
        self.window_lines_save_requested.emit(self._window_id, self.served_model.line_ids())

    def _update_buttons(self, *_args: object) -> None:
        row = self.line_model.row_of(self._line_id) if self._line_id is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.line_model.rowCount() - 1)
        served = self._selected_row(self.served_view)
        self.rank_up_button.setEnabled(served > 0)
        self.rank_down_button.setEnabled(0 <= served < self.served_model.rowCount() - 1)
        self.remove_button.setEnabled(served >= 0)
        self.add_button.setEnabled(self._selected_row(self.available_view) >= 0)
        self.lines_save_button.setEnabled(self._window_id is not None and self._lines_dirty)


def build_setup_tab(db: Database, actor: Actor, hall: HallInfo) -> tuple[QWidget, RoleController]:
    """The editor and its controller, for the admin window's "windows and lines" tab."""
    from hall_desktop.ui.admin.setup_controller import SetupController

    editor = SetupEditor()
    return editor, SetupController(db, actor, editor)
