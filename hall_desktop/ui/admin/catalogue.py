"""The service-item catalogue tab (事项目录): search and edit the items, import a CSV or
XLSX after a row-by-row preview, export back to XLSX.

A passive widget: it emits what the administrator asked for and shows what the
controller (:mod:`hall_desktop.ui.admin.catalogue_controller`) hands back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.catalogue import CATEGORIES, CatalogueItem, ImportPreview, RowAction
from hall_desktop.services.catalogue_admin import CODE_MAX, DEPARTMENT_MAX, NAME_MAX
from hall_desktop.ui.admin.catalogue_models import (
    CatalogueColumn,
    CatalogueFilterModel,
    CatalogueItemModel,
    ImportPreviewModel,
    PreviewColumn,
    PreviewFilterModel,
)
from hall_desktop.ui.models.plain_table import PlainTableView
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import MessageLevel, add_field, set_style_property

if TYPE_CHECKING:
    from hall_desktop.services.actor import Actor
    from hall_desktop.services.dto import HallInfo
    from hall_desktop.store.database import Database
    from hall_desktop.ui.admin.catalogue_controller import CatalogueController

FORM_WIDTH = 380


@dataclass(frozen=True)
class ItemForm:
    """The edit panel as typed; ``item_id`` None: a new item."""

    item_id: int | None
    code: str
    name: str
    category: str
    department: str
    promised_days: str
    active: bool


class CatalogueAdmin(QWidget):
    """The catalogue page (filters, table, edit panel) and the import preview page."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Service items")
    ORDER = 40

    reload_requested = Signal()
    save_requested = Signal(object)  # ItemForm
    import_requested = Signal()
    confirm_import_requested = Signal()
    cancel_import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueAdmin")
        self.setWindowTitle(self.tr("Service-item catalogue"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("catalogue"))
        self._editing: CatalogueItem | None = None
        # Set while the table changes under the user (filter, reload, sort): a current
        # row that moves then must not replace what the edit panel holds.
        self._quiet = False
        self.preview: ImportPreview | None = None

        self.banner = StatusBanner()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_catalogue_page())
        self.pages.addWidget(self._build_preview_page())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", MessageLevel.INFO.value)
        self.message.hide()
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        root.addWidget(self.banner)
        root.addWidget(self.pages, 1)
        root.addWidget(self.message)
        self.start_new_item()

    # -- building ------------------------------------------------------------------------

    def _build_catalogue_page(self) -> QWidget:
        page = QWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search code, name or department"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in CATEGORIES:
            self.category_filter.addItem(category, category)
        self.category_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.inactive_check = QCheckBox(self.tr("Show inactive"))
        self.inactive_check.setChecked(True)
        self.inactive_check.toggled.connect(self._on_filter_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.new_button = QPushButton(self.tr("New item"))
        self.new_button.clicked.connect(self.start_new_item)
        self.import_button = QPushButton(self.tr("Import CSV/XLSX…"))
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton(self.tr("Export XLSX…"))
        self.export_button.clicked.connect(self.export_requested)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload_requested)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.inactive_check)
        filters.addWidget(self.count_label, 1)
        for button in (self.new_button, self.import_button, self.export_button, self.reload_button):
            filters.addWidget(button)

        self.model = CatalogueItemModel(self)
        self.proxy = CatalogueFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_filter("", None, True)
        # Painted in one pass, each text laid out once: a keystroke repaints a page.
        self.table = PlainTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CatalogueColumn.CODE, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing columns to their contents would read all 2,000 rows.
        for column, width in (
            (CatalogueColumn.CODE, 130),
            (CatalogueColumn.CATEGORY, 92),
            (CatalogueColumn.DEPARTMENT, 160),
            (CatalogueColumn.PROMISED, 112),
            (CatalogueColumn.STATUS, 76),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CatalogueColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self._build_form())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(body, 1)
        return page

    def _build_form(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("panel")
        frame.setFixedWidth(FORM_WIDTH)
        self.form_title = QLabel()
        self.form_title.setObjectName("panelTitle")
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(CODE_MAX + 10)  # longer than allowed: the check says why
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX + 10)
        self.category_edit = QComboBox()
        for category in CATEGORIES:
            self.category_edit.addItem(category, category)
        self.department_edit = QLineEdit()
        self.department_edit.setMaxLength(DEPARTMENT_MAX + 10)
        self.days_edit = QLineEdit()
        self.days_edit.setPlaceholderText(self.tr("working days, 0 = on the spot"))
        self.active_edit = QCheckBox(self.tr("Active (clerks can choose it)"))
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {
            "code": self.code_edit,
            "name": self.name_edit,
            "category": self.category_edit,
            "department": self.department_edit,
            "promised_days": self.days_edit,
            "active": self.active_edit,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label in (
            ("code", self.tr("Code")),
            ("name", self.tr("Name")),
            ("category", self.tr("Category")),
            ("department", self.tr("Department")),
            ("promised_days", self.tr("Promised days")),
            ("active", self.tr("Status")),
        ):
            add_field(form, self.errors, field, label, self.fields[field])
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        self.form_hint = QLabel(
            self.tr(
                "Select an item in the table to edit it. Items are never deleted: "
                "make an item inactive and clerks no longer see it."
            )
        )
        self.form_hint.setObjectName("hint")
        self.form_hint.setWordWrap(True)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.form_hint)
        layout.addStretch(1)
        return frame

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_title = QLabel()
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("previewVerdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setProperty("level", MessageLevel.INFO.value)
        self.action_filter = QComboBox()
        self.action_filter.addItem(self.tr("All rows"), None)
        for action, text in (
            (RowAction.REFUSED, self.tr("Refused rows")),
            (RowAction.ADDED, self.tr("Rows to add")),
            (RowAction.CHANGED, self.tr("Rows to change")),
            (RowAction.UNCHANGED, self.tr("Unchanged rows")),
        ):
            self.action_filter.addItem(text, action)
        self.action_filter.currentIndexChanged.connect(self._on_action_filter)
        self.preview_model = ImportPreviewModel(self)
        self.preview_proxy = PreviewFilterModel(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_proxy)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().hide()
        self.preview_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_table.verticalHeader().setDefaultSectionSize(26)
        header = self.preview_table.horizontalHeader()
        for column, width in (
            (PreviewColumn.LINE, 52),
            (PreviewColumn.ACTION, 100),
            (PreviewColumn.CODE, 130),
            (PreviewColumn.NAME, 260),
            (PreviewColumn.CATEGORY, 92),
            (PreviewColumn.DEPARTMENT, 150),
            (PreviewColumn.PROMISED, 56),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PreviewColumn.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.confirm_button = QPushButton(self.tr("Import"))
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm_import_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_import_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.action_filter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_title)
        layout.addLayout(top)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.preview_table, 1)
        layout.addLayout(buttons)
        return page

    # -- what the controller calls -------------------------------------------------------

    def show_items(self, items: list[CatalogueItem]) -> None:
        """Show the hall's items (kept in the column order the user chose).

        The item in the edit panel stays there: refreshed from the new list unless the
        panel holds unsaved changes (a reload must neither lose typing nor leave stale
        values that a later save would write back over an import).
        """
        editing = self._editing
        dirty = self.form_dirty()
        header = self.table.horizontalHeader()
        self._quiet = True
        try:
            self.model.set_items(items)
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            if editing is not None:
                fresh = next((i for i in items if i.id == editing.id), None)
                if fresh is None:
                    self.start_new_item()
                elif not dirty:
                    self.edit_item(fresh)
            self._sync_selection()
        finally:
            self._quiet = False
        self._update_count()

    def form_dirty(self) -> bool:
        """The edit panel holds something other than the item it shows."""
        form = self.form_values()
        item = self._editing
        if item is None:
            return any((form.code, form.name, form.department, form.promised_days))
        days = "" if item.promised_days is None else str(item.promised_days)
        return (form.code, form.name, form.category, form.department, form.promised_days) != (
            item.code,
            item.name,
            item.category,
            item.department,
            days,
        ) or form.active != item.active

    def show_saved_item(self, item: CatalogueItem) -> None:
        """A created or edited item: shown in the table, selected, and in the form."""
        self._quiet = True
        try:
            self.model.put_item(item)
        finally:
            self._quiet = False
        self._update_count()
        self.clear_errors()
        if not self.select_item(item.id):
            self.edit_item(item)  # hidden by the filter: keep it in the form

    def select_item(self, item_id: int) -> bool:
        row = self.proxy.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        item = self.proxy.item(row)
        if item is not None:
            self.edit_item(item)
        return True

    def edit_item(self, item: CatalogueItem) -> None:
        self._editing = item
        self.clear_errors()
        self.form_title.setText(self.tr("Edit item"))
        self.code_edit.setText(item.code)
        self.name_edit.setText(item.name)
        self.name_edit.setCursorPosition(0)
        if self.category_edit.findData(item.category) < 0:
            # A category the hall no longer knows: shown as it is (saving it says why).
            self.category_edit.addItem(item.category, item.category)
        self.category_edit.setCurrentIndex(self.category_edit.findData(item.category))
        self.department_edit.setText(item.department)
        self.days_edit.setText("" if item.promised_days is None else str(item.promised_days))
        self.active_edit.setChecked(item.active)

    def start_new_item(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.clear_errors()
        self.form_title.setText(self.tr("New item"))
        for edit in (self.code_edit, self.name_edit, self.department_edit, self.days_edit):
            edit.clear()
        self.category_edit.setCurrentIndex(0)
        self.active_edit.setChecked(True)
        self.code_edit.setFocus()

    def form_values(self) -> ItemForm:
        return ItemForm(
            item_id=None if self._editing is None else self._editing.id,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            category=str(self.category_edit.currentData()),
            department=self.department_edit.text(),
            promised_days=self.days_edit.text(),
            active=self.active_edit.isChecked(),
        )

    @property
    def editing(self) -> CatalogueItem | None:
        return self._editing

    def show_preview(self, file_name: str, preview: ImportPreview) -> None:
        """The import preview page: every row with its action, the counts, the verdict."""
        self.preview = preview
        self.preview_title.setText(self.tr("Import preview: {file}").format(file=file_name))
        self.preview_model.set_preview_rows(preview.rows)
        self.summary_label.setText(
            self.tr(
                "{rows} rows: {added} to add, {changed} to change, {unchanged} unchanged, "
                "{refused} refused. {untouched} items of the catalogue are not in the file "
                "and stay as they are."
            ).format(
                rows=len(preview.rows),
                added=preview.added,
                changed=preview.changed,
                unchanged=preview.unchanged,
                refused=preview.refused,
                untouched=preview.not_in_file,
            )
        )
        if not preview.rows:
            verdict, level = (
                self.tr("The file holds no items: nothing to import."),
                MessageLevel.ERROR,
            )
        elif preview.refused:
            verdict = self.tr(
                "{n} rows are refused (reasons in the last column). The import is all or "
                "nothing: correct these rows in the file and import it again."
            ).format(n=preview.refused)
            level = MessageLevel.ERROR
        elif not preview.added and not preview.changed:
            verdict = self.tr("The catalogue already matches the file: nothing to import.")
            level = MessageLevel.INFO
        else:
            verdict = self.tr(
                "Every row can be imported. Press Import to add and change them all at once."
            )
            level = MessageLevel.SUCCESS
        self.verdict_label.setText(verdict)
        set_style_property(self.verdict_label, "level", str(level))
        self.confirm_button.setEnabled(self.can_confirm)
        # With refused rows, show those first: they are what needs fixing.
        wanted = RowAction.REFUSED if preview.refused else None
        self.action_filter.setCurrentIndex(max(self.action_filter.findData(wanted), 0))
        self.preview_proxy.set_action(wanted)
        self.pages.setCurrentIndex(1)
        self.hide_message()

    def show_catalogue(self) -> None:
        self.preview = None
        self.confirm_button.setEnabled(False)
        self.preview_model.set_preview_rows([])
        self.pages.setCurrentIndex(0)

    @property
    def previewing(self) -> bool:
        return self.pages.currentIndex() == 1

    def set_import_busy(self, busy: bool) -> None:
        """While a file is read or imported: no second import, no double confirm."""
        for button in (self.import_button, self.export_button, self.cancel_button):
            button.setEnabled(not busy)
        self.confirm_button.setEnabled(not busy and self.can_confirm)

    @property
    def can_confirm(self) -> bool:
        """The preview on screen may be imported: no refused row, something to do."""
        p = self.preview
        return p is not None and p.acceptable and bool(p.added + p.changed)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.message.setText(text)
        set_style_property(self.message, "level", str(level))
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()

    def show_field_error(self, field: str, message: str) -> bool:
        """A service's complaint about the edit form, next to its field."""
        label = self.errors.get(field)
        if label is None or self.previewing:
            return False
        label.setText(message)
        label.show()
        set_style_property(self.fields[field], "invalid", "true")
        return True

    def clear_errors(self) -> None:
        for field, label in self.errors.items():
            label.hide()
            set_style_property(self.fields[field], "invalid", "false")

    def set_online(self, online: bool) -> None:
        if online:
            self.banner.clear_message()
        else:
            self.banner.show_message(self.tr("Connection lost, reconnecting…"))

    def visible_items(self) -> list[CatalogueItem]:
        """The items the filter shows, top to bottom (the table is given them a page at
        a time as it scrolls; for tests and the count)."""
        return self.proxy.matched_items()

    # -- inside --------------------------------------------------------------------------

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} items").format(
                shown=self.proxy.matched_count(), total=self.model.rowCount()
            )
        )

    def _on_filter_changed(self, *_: object) -> None:
        self._quiet = True
        try:
            self.proxy.set_filter(
                self.search_edit.text(),
                self.category_filter.currentData(),
                self.inactive_check.isChecked(),
            )
            self._sync_selection()
        finally:
            self._quiet = False
        self._update_count()

    def _sync_selection(self) -> None:
        """Highlight the item in the edit panel, or nothing when the filter hides it
        (Qt would move the current row to a neighbour the panel does not show)."""
        editing = self._editing
        row = -1 if editing is None else self.proxy.row_of(editing.id)
        selection = self.table.selectionModel()
        if row < 0:
            selection.clear()
        elif selection.currentIndex().row() != row:
            selection.setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        item = self.proxy.item(current.row())
        if item is not None and (self._editing is None or item.id != self._editing.id):
            self.edit_item(item)

    def _on_save(self) -> None:
        self.clear_errors()
        self.save_requested.emit(self.form_values())

    def _on_action_filter(self, *_: object) -> None:
        self.preview_proxy.set_action(self.action_filter.currentData())


def build_catalogue_tab(
    db: Database,
    actor: Actor,
    hall: HallInfo,
    *,
    pick_file: Callable[[str], Path | str | None] | None = None,
) -> tuple[QWidget, CatalogueController]:
    """The catalogue tab and its controller, for the admin window (call ``start()``)."""
    from hall_desktop.ui.admin.catalogue_controller import CatalogueController

    widget = CatalogueAdmin()
    return widget, CatalogueController(
        db, actor, widget, hall_name=hall.name, timezone=hall.timezone, pick_file=pick_file
    )
