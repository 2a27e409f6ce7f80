"""The 一件事一次办 tab: the hall's bundles, each an ordered route over business lines
with the catalogue items of every step. Create, edit, stop (停用) and start again; the
desks offer the active ones. The service checks everything and says what is wrong."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.bundles import MAX_STEPS, NAME_MAX, StepPlan
from hall_desktop.domain.windows_lines import LineSetup
from hall_desktop.services.actor import Actor
from hall_desktop.services.bundle_admin import BundleAdminService, BundleInfo
from hall_desktop.services.catalogue import CatalogueService, ServiceItemInfo
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel, error_label, panel


@dataclass
class StepDraft:
    """A step as being edited: its line (None: not chosen yet) and its items."""

    line_id: int | None = None
    item_ids: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class BundleDraft:
    """What the form asks the controller to save."""

    bundle_id: int | None  # None: a new bundle
    name: str
    sort_order: int
    steps: tuple[StepPlan, ...]


class BundleEditor(QWidget, FormFeedback):
    """Passive: shows bundles, lines and items; emits drafts and on/off requests."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "One-visit bundles")
    ORDER = 45

    save_requested = Signal(object)  # BundleDraft
    active_requested = Signal(int, bool)  # bundle id, active

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {"name": error_label(), "steps": error_label()}
        self._bundles: list[BundleInfo] = []
        self._lines: list[LineSetup] = []
        self._items: list[ServiceItemInfo] = []
        self._usage: dict[int, dict[int, int]] = {}
        self._steps: list[StepDraft] = []
        self._current: int | None = None  # the bundle shown; None: a new one
        self._filling = False

        # Left: the bundles.
        self.bundle_list = QListWidget()
        self.bundle_list.currentRowChanged.connect(self._on_bundle_chosen)
        self.new_button = QPushButton(self.tr("New bundle"))
        self.new_button.clicked.connect(self.start_new)
        bundles_box, bundles_layout = panel(self.tr("Bundles (一件事)"))
        bundles_layout.addWidget(self.bundle_list, 1)
        bundles_layout.addWidget(self.new_button)

        # Right: the bundle's name, order and route.
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("e.g. 开办餐饮店"))
        self.order_spin = QSpinBox()
        self.order_spin.setRange(0, 999)
        self.state_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Order at the desk"), self.order_spin)
        form.addRow(self.tr("State"), self.state_label)

        self.steps_table = QTableWidget(0, 3)
        self.steps_table.setHorizontalHeaderLabels(
            [self.tr("Business line"), self.tr("Windows"), self.tr("Items")]
        )
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.steps_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.steps_table.currentCellChanged.connect(lambda *_: self._show_step_items())
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_step_button.clicked.connect(self._on_add_step)
        self.remove_step_button.clicked.connect(self._on_remove_step)
        self.up_button.clicked.connect(lambda: self._move_step(-1))
        self.down_button.clicked.connect(lambda: self._move_step(1))
        step_buttons = QHBoxLayout()
        for b in (self.add_step_button, self.remove_step_button, self.up_button, self.down_button):
            step_buttons.addWidget(b)
        step_buttons.addStretch(1)
        steps_box, steps_layout = panel(self.tr("Steps, in the order the citizen goes"))
        steps_layout.addWidget(self.steps_table, 1)
        steps_layout.addWidget(self.errors["steps"])
        steps_layout.addLayout(step_buttons)

        self.items_title = QLabel()
        self.item_filter = QLineEdit()
        self.item_filter.setPlaceholderText(self.tr("Filter items by code, name or department"))
        self.item_filter.textChanged.connect(self._filter_items)
        self.item_list = QListWidget()
        self.item_list.itemChanged.connect(self._on_item_checked)
        items_box, items_layout = panel(self.tr("Items of the chosen step"))
        items_layout.addWidget(self.items_title)
        items_layout.addWidget(self.item_filter)
        items_layout.addWidget(self.item_list, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self._on_toggle_active)
        self.save_button = QPushButton(self.tr("Save bundle"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.save_button)

        middle = QVBoxLayout()
        middle.addLayout(form)
        middle.addWidget(steps_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(bundles_box, 2)
        columns.addLayout(middle, 4)
        columns.addWidget(items_box, 3)
        root = QVBoxLayout(self)
        root.addLayout(columns, 1)
        root.addLayout(buttons)
        self.start_new()

    # -- what the controller calls -------------------------------------------------------

    def show_choices(
        self,
        lines: list[LineSetup],
        items: list[ServiceItemInfo],
        usage: dict[int, dict[int, int]] | None = None,
    ) -> None:
        """The lines a step may use and the catalogue its items come from; ``usage``
        (item → line → times handled lately) puts a step's line's own items first."""
        self._lines, self._items, self._usage = lines, items, usage or {}
        self._show_steps()

    def show_bundles(self, bundles: list[BundleInfo], select: int | None = None) -> None:
        """The list; ``select`` (or the bundle shown until now) is shown in the form."""
        self._bundles = bundles
        wanted = select if select is not None else self._current
        self.bundle_list.blockSignals(True)
        self.bundle_list.clear()
        for b in bundles:
            text = b.name if b.active else self.tr("{name} (stopped)").format(name=b.name)
            entry = QListWidgetItem(text)
            entry.setToolTip(b.route)
            self.bundle_list.addItem(entry)
        self.bundle_list.blockSignals(False)
        index = next((i for i, b in enumerate(bundles) if b.id == wanted), None)
        if index is None:
            self.start_new()
        else:
            self.bundle_list.setCurrentRow(index)
            self._show_bundle(bundles[index])

    def start_new(self) -> None:
        """An empty form for a new bundle (two empty steps to fill)."""
        self.bundle_list.blockSignals(True)
        self.bundle_list.setCurrentRow(-1)
        self.bundle_list.blockSignals(False)
        self._current = None
        self.name_edit.clear()
        self.order_spin.setValue(len(self._bundles))
        self._steps = [StepDraft(), StepDraft()]
        self.state_label.setText(self.tr("New: active once saved"))
        self.active_button.hide()
        self.clear_errors()
        self._show_steps()

    def step_lines(self) -> list[int | None]:
        return [s.line_id for s in self._steps]

    def line_combo(self, row: int) -> QComboBox:
        combo = self.steps_table.cellWidget(row, 0)
        assert isinstance(combo, QComboBox)
        return combo

    def set_item_checked(self, item_id: int, checked: bool) -> None:
        """Tick an item of the chosen step (as a click on it does)."""
        for i in range(self.item_list.count()):
            entry = self.item_list.item(i)
            if entry.data(Qt.ItemDataRole.UserRole) == item_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return

    def show_field_error(self, field: str, message: str) -> bool:
        if field not in self.errors:
            return False
        super().show_field_error(field, message)
        self.show_message(
            self.tr("Not saved: please correct the marked field."), MessageLevel.ERROR
        )
        return True

    # -- inside ---------------------------------------------------------------------------

    def _show_bundle(self, bundle: BundleInfo) -> None:
        self._current = bundle.id
        self.name_edit.setText(bundle.name)
        self.order_spin.setValue(bundle.sort_order)
        self._steps = [StepDraft(s.line_id, set(s.item_ids)) for s in bundle.steps]
        self.state_label.setText(
            self.tr("Active: the desks offer it")
            if bundle.active
            else self.tr("Stopped: the desks do not offer it")
        )
        self.active_button.setText(
            self.tr("Stop this bundle") if bundle.active else self.tr("Start this bundle again")
        )
        self.active_button.show()
        self.clear_errors()
        self._show_steps()

    def _on_bundle_chosen(self, row: int) -> None:
        if 0 <= row < len(self._bundles):
            self._show_bundle(self._bundles[row])

    def _show_steps(self, current: int = 0) -> None:
        self.steps_table.setRowCount(len(self._steps))
        self.steps_table.setVerticalHeaderLabels(
            [self.tr("Step {n}").format(n=i + 1) for i in range(len(self._steps))]
        )
        for row, step in enumerate(self._steps):
            combo = QComboBox()
            combo.addItem(self.tr("Choose a business line"), None)
            for line in self._lines:
                label = f"{line.prefix} {line.name}"
                if not line.active:
                    label = self.tr("{line} (stopped)").format(line=label)
                combo.addItem(label, line.id)
            combo.setCurrentIndex(max(0, combo.findData(step.line_id)))
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self._on_line_chosen(r, c.currentData())
            )
            self.steps_table.setCellWidget(row, 0, combo)
            self._fill_step_row(row)
        buttons_enabled = len(self._steps) < MAX_STEPS
        self.add_step_button.setEnabled(buttons_enabled)
        if self._steps:
            self.steps_table.setCurrentCell(min(current, len(self._steps) - 1), 0)
        self._show_step_items()

    def _fill_step_row(self, row: int) -> None:
        step = self._steps[row]
        line = next((x for x in self._lines if x.id == step.line_id), None)
        windows = (
            "、".join(str(n) for n in line.window_numbers) if line and line.window_numbers else ""
        )
        windows_text = (
            self.tr("Windows {numbers}").format(numbers=windows)
            if windows
            else (self.tr("No window serves it") if line else "")
        )
        self.steps_table.setItem(row, 1, QTableWidgetItem(windows_text))
        self.steps_table.setItem(
            row, 2, QTableWidgetItem(self.tr("{n} items").format(n=len(step.item_ids)))
        )

    def _on_line_chosen(self, row: int, line_id: int | None) -> None:
        if 0 <= row < len(self._steps):
            self._steps[row].line_id = line_id
            self._fill_step_row(row)
            if row == self._current_step():
                self._show_step_items()  # the new line's items first

    def _current_step(self) -> int | None:
        row = self.steps_table.currentRow()
        return row if 0 <= row < len(self._steps) else None

    def _show_step_items(self) -> None:
        """The catalogue for the chosen step: its ticked items first, then those handled
        on its line lately, then the rest by code."""
        row = self._current_step()
        self.item_list.setEnabled(row is not None)
        self.items_title.setText(
            self.tr("Tick the items step {n} covers.").format(n=row + 1)
            if row is not None
            else self.tr("Choose a step to tick its items.")
        )
        chosen = self._steps[row].item_ids if row is not None else set()
        line = self._steps[row].line_id if row is not None else None

        def key(info: ServiceItemInfo) -> tuple[bool, int, str]:
            on_line = self._usage.get(info.id, {}).get(line, 0) if line is not None else 0
            return info.id not in chosen, -on_line, info.code

        self._filling = True
        self.item_list.clear()
        for info in sorted(self._items, key=key):
            entry = QListWidgetItem(f"{info.code}  {info.name}（{info.department}）")
            entry.setData(Qt.ItemDataRole.UserRole, info.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = info.id in chosen
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.item_list.addItem(entry)
        self._filling = False
        self._filter_items(self.item_filter.text())

    def _on_item_checked(self, entry: QListWidgetItem) -> None:
        row = self._current_step()
        if self._filling or row is None:
            return
        item_id = int(entry.data(Qt.ItemDataRole.UserRole))
        if entry.checkState() == Qt.CheckState.Checked:
            self._steps[row].item_ids.add(item_id)
        else:
            self._steps[row].item_ids.discard(item_id)
        self._fill_step_row(row)

    def _filter_items(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.item_list.count()):
            entry = self.item_list.item(i)
            entry.setHidden(not all(w in entry.text().lower() for w in words))

    def _on_add_step(self) -> None:
        self._steps.append(StepDraft())
        self._show_steps(len(self._steps) - 1)

    def _on_remove_step(self) -> None:
        row = self._current_step()
        if row is not None:
            del self._steps[row]
            self._show_steps(row)

    def _move_step(self, by: int) -> None:
        row = self._current_step()
        if row is None or not 0 <= row + by < len(self._steps):
            return
        self._steps[row], self._steps[row + by] = self._steps[row + by], self._steps[row]
        self._show_steps(row + by)

    def _on_save(self) -> None:
        self.clear_errors()
        missing = [i + 1 for i, s in enumerate(self._steps) if s.line_id is None]
        if missing:
            self.show_field_error(
                "steps",
                self.tr("Step {n} has no business line: choose one or remove the step.").format(
                    n=missing[0]
                ),
            )
            return
        self.save_requested.emit(
            BundleDraft(
                self._current,
                self.name_edit.text(),
                self.order_spin.value(),
                tuple(
                    StepPlan(s.line_id, tuple(sorted(s.item_ids)))
                    for s in self._steps
                    if s.line_id is not None
                ),
            )
        )

    def _on_toggle_active(self) -> None:
        bundle = next((b for b in self._bundles if b.id == self._current), None)
        if bundle is not None:
            self.active_requested.emit(bundle.id, not bundle.active)


class BundleController(RoleController):
    saved = Signal(object)  # BundleInfo

    def __init__(self, db: Database, actor: Actor, editor: BundleEditor) -> None:
        super().__init__(editor)
        self.service = BundleAdminService(db)
        self.lines_service = WindowsLinesService(db)
        self.catalogue = CatalogueService(db)
        self.actor = actor
        self.editor = editor
        editor.save_requested.connect(lambda d: self._spawn(self._save(d), "bundle-save"))
        editor.active_requested.connect(
            lambda bid, on: self._spawn(self._set_active(bid, on), "bundle-active")
        )

    def start(self) -> None:
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        lines = await self._guarded(lambda: self.lines_service.lines(self.actor))
        items = await self._guarded(lambda: self.catalogue.active_items(self.actor.hall_id))
        usage = await self._guarded(
            lambda: self.catalogue.item_usage(self.actor.hall_id, clerk_id=0, window_id=0)
        )
        bundles = await self._guarded(lambda: self.service.bundles(self.actor))
        if lines is None or items is None or bundles is None:
            return
        self.editor.show_choices(
            lines, items, {item: u.by_line for item, u in (usage or {}).items()}
        )
        self.editor.show_bundles(bundles)

    async def _reload(self, shown: BundleInfo) -> None:
        bundles = await self._guarded(lambda: self.service.bundles(self.actor))
        if bundles is not None:
            self.editor.show_bundles(bundles, select=shown.id)

    async def _save(self, draft: BundleDraft) -> BundleInfo | None:
        saved: BundleInfo | None = await self._guarded(
            lambda: self.service.save(
                self.actor,
                draft.bundle_id,
                name=draft.name,
                steps=draft.steps,
                sort_order=draft.sort_order,
            )
        )
        if saved is not None:
            await self._reload(saved)
            self.editor.show_message(
                self.tr("Saved “{name}”: {route}.").format(name=saved.name, route=saved.route),
                MessageLevel.SUCCESS,
            )
            self.saved.emit(saved)
        return saved

    async def _set_active(self, bundle_id: int, active: bool) -> None:
        changed: BundleInfo | None = await self._guarded(
            lambda: self.service.set_active(self.actor, bundle_id, active)
        )
        if changed is not None:
            await self._reload(changed)
            self.editor.show_message(
                self.tr("“{name}” is offered at the desks again.").format(name=changed.name)
                if changed.active
                else self.tr("“{name}” is stopped: the desks no longer offer it.").format(
                    name=changed.name
                ),
                MessageLevel.SUCCESS,
            )


def build_bundles_tab(db: Database, actor: Actor, hall: HallInfo) -> tuple[QWidget, RoleController]:
    editor = BundleEditor()
    return editor, BundleController(db, actor, editor)
