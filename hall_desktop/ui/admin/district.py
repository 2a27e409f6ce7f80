"""The district administrator's 区县 tab: every hall's figures side by side with the
district's total, and which of the centre's items each township serves. Passive:
:class:`~hall_desktop.ui.admin.district_controller.DistrictController` reads and saves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.district import (
    DistrictHall,
    DistrictInfo,
    DistrictStatistics,
    TownshipItem,
)
from hall_desktop.ui.admin.period_bar import PeriodBar, export_menu
from hall_desktop.ui.admin.tables import table
from hall_desktop.ui.models.district import (
    HallFiguresModel,
    ItemColumn,
    TownshipItemsFilter,
    TownshipItemsModel,
)
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel, error_label


class DistrictView(QWidget, FormFeedback):
    """区县: the halls' figures (a period, a table, exports) and the townships' items."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "District")
    ORDER = 63

    export_requested = Signal(str)  # "xlsx" or "csv"
    township_picked = Signal(int)  # the township hall's id
    save_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.errors = {"start": error_label(), "item_codes": error_label()}
        self.errors["end"] = self.errors["start"]
        self.sections = QTabWidget()
        self.sections.addTab(self._figures_page(), self.tr("Halls side by side"))
        self.sections.addTab(self._items_page(), self.tr("Township items"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.sections, 1)

    # -- building ------------------------------------------------------------------------

    def _figures_page(self) -> QWidget:
        self.period_bar = PeriodBar()
        self.export_button, self.export_actions = export_menu(
            self.tr("Export…"),
            (("xlsx", self.tr("Table as Excel (XLSX)")), ("csv", self.tr("Table as CSV"))),
            self.export_requested.emit,
        )
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.period_bar)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_button)
        self.halls_model = HallFiguresModel(self)
        self.halls_view = table(self.halls_model)
        header = self.halls_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.period_label = QLabel()
        note = QLabel(
            self.tr(
                "The total adds up each hall's counts; its rates are the shares of those "
                "sums, not averages of the halls' rates. Waiting medians cannot be added up."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(toolbar)
        layout.addWidget(self.errors["start"])
        layout.addWidget(self.period_label)
        layout.addWidget(self.halls_view, 1)
        layout.addWidget(note)
        return page

    def _items_page(self) -> QWidget:
        self.township_combo = QComboBox()
        self.township_combo.setMinimumContentsLength(12)
        self.township_combo.activated.connect(self._on_township)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, code or department"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.department_combo = QComboBox()
        self.department_combo.setMinimumContentsLength(10)
        self.department_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.search_edit.textChanged.connect(self._on_filter)
        self.category_combo.currentIndexChanged.connect(self._on_filter)
        self.department_combo.currentIndexChanged.connect(self._on_filter)
        self.all_button = QPushButton(self.tr("Select all shown"))
        self.none_button = QPushButton(self.tr("Clear all shown"))
        self.all_button.clicked.connect(lambda: self._choose_shown(True))
        self.none_button.clicked.connect(lambda: self._choose_shown(False))
        self.summary = QLabel()
        self.sync_button = QPushButton(self.tr("Carry the centre's edits over"))
        self.sync_button.setToolTip(
            self.tr(
                "Names, departments and promised days of the centre's items, and the items "
                "it stopped, are copied to every township's items of the same code."
            )
        )
        self.sync_button.clicked.connect(self.sync_requested)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Township")))
        pick.addWidget(self.township_combo)
        pick.addWidget(self.search_edit, 1)
        pick.addWidget(self.category_combo)
        pick.addWidget(self.department_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.all_button)
        actions.addWidget(self.none_button)
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.sync_button)
        actions.addWidget(self.save_button)
        self.items_model = TownshipItemsModel(self)
        self.items_proxy = TownshipItemsFilter(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_proxy)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.verticalHeader().hide()
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for signal in (self.items_model.dataChanged, self.items_model.modelReset):
            signal.connect(self._show_summary)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(pick)
        layout.addLayout(actions)
        layout.addWidget(self.errors["item_codes"])
        layout.addWidget(self.items_view, 1)
        return page

    # -- what the controller calls ------------------------------------------------------------

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        super().show_message(text, level)
        self.message.setVisible(bool(text))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.message.hide()

    def show_district(self, info: DistrictInfo) -> None:
        self.heading.setText(
            self.tr("District %1: the centre and %2 township halls")
            .replace("%1", info.name)
            .replace("%2", str(len(info.townships)))
        )
        self.township_combo.clear()
        for hall in info.townships:
            self.township_combo.addItem(hall.name, hall.id)
        self.sync_button.setEnabled(bool(info.townships))

    def show_statistics(self, stats: DistrictStatistics) -> None:
        self.halls_model.set_figures(stats.halls, stats.total)
        self.period_label.setText(
            self.tr("%1 to %2").replace("%1", f"{stats.start}").replace("%2", f"{stats.end}")
        )
        self.export_button.setEnabled(True)

    def township(self) -> DistrictHall | None:
        hall_id = self.township_combo.currentData()
        if hall_id is None:
            return None
        return DistrictHall(int(hall_id), "", self.township_combo.currentText(), False)

    def show_items(self, items: Sequence[TownshipItem]) -> None:
        """The centre's items with the township's choice; the filters keep their pick."""
        for combo, values, everything in (
            (self.category_combo, {i.category for i in items}, self.tr("All categories")),
            (self.department_combo, {i.department for i in items}, self.tr("All departments")),
        ):
            picked = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in sorted(values):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(picked)))
            combo.blockSignals(False)
        self.items_model.set_items(items)
        self._on_filter()

    # -- its own ------------------------------------------------------------------------------

    def _on_township(self, _index: int) -> None:
        hall = self.township()
        if hall is not None:
            self.township_picked.emit(hall.id)

    def _on_filter(self) -> None:
        self.items_proxy.set_filter(
            self.search_edit.text(),
            str(self.category_combo.currentData() or ""),
            str(self.department_combo.currentData() or ""),
        )

    def _choose_shown(self, chosen: bool) -> None:
        self.items_model.set_chosen(self.items_proxy.shown_codes(), chosen)

    def _show_summary(self) -> None:
        model = self.items_model
        added, removed = len(model.added()), len(model.removed())
        self.summary.setText(
            self.tr("%1 of %2 items chosen (%3 to add, %4 to remove)")
            .replace("%1", str(len(model.chosen)))
            .replace("%2", str(model.rowCount()))
            .replace("%3", str(added))
            .replace("%4", str(removed))
        )
        self.save_button.setEnabled(bool(added or removed))
