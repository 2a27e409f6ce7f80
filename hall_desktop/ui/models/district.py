"""The 区县 tab's models: the halls' figures side by side (the total last, in bold), and
the centre's items with a check for those a township serves."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from hall_desktop.services.district import HallFigures, TownshipItem
from hall_desktop.ui.models.rows import Index, RowsTableModel
from hall_desktop.ui.models.statistics import duration, percent

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class HallColumn(IntEnum):
    HALL = 0
    ISSUED = 1
    SERVED = 2
    NO_SHOW = 3
    CANCELLED = 4
    WAIT_MEDIAN = 5
    WAIT_P90 = 6
    PROMISE_RATE = 7
    GOOD_RATE = 8
    RATED_RATE = 9
    BAD = 10
    EXTENDED = 11
    COURIER = 12
    ON_TIME = 13


class HallFiguresModel(RowsTableModel[HallFigures]):
    """One row per hall (the centre first), then the district's total in bold."""

    CONTEXT = "HallFiguresModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        HallColumn.HALL: QT_TRANSLATE_NOOP("HallFiguresModel", "Hall"),
        HallColumn.ISSUED: QT_TRANSLATE_NOOP("HallFiguresModel", "Issued"),
        HallColumn.SERVED: QT_TRANSLATE_NOOP("HallFiguresModel", "Served"),
        HallColumn.NO_SHOW: QT_TRANSLATE_NOOP("HallFiguresModel", "No-show"),
        HallColumn.CANCELLED: QT_TRANSLATE_NOOP("HallFiguresModel", "Cancelled"),
        HallColumn.WAIT_MEDIAN: QT_TRANSLATE_NOOP("HallFiguresModel", "Wait median"),
        HallColumn.WAIT_P90: QT_TRANSLATE_NOOP("HallFiguresModel", "Wait p90"),
        HallColumn.PROMISE_RATE: QT_TRANSLATE_NOOP("HallFiguresModel", "Called in time"),
        HallColumn.GOOD_RATE: QT_TRANSLATE_NOOP("HallFiguresModel", "Good ratings"),
        HallColumn.RATED_RATE: QT_TRANSLATE_NOOP("HallFiguresModel", "Rated"),
        HallColumn.BAD: QT_TRANSLATE_NOOP("HallFiguresModel", "Bad ratings"),
        HallColumn.EXTENDED: QT_TRANSLATE_NOOP("HallFiguresModel", "Extended hours"),
        HallColumn.COURIER: QT_TRANSLATE_NOOP("HallFiguresModel", "Free courier"),
        HallColumn.ON_TIME: QT_TRANSLATE_NOOP("HallFiguresModel", "On time"),
    }

    def set_figures(self, halls: Sequence[HallFigures], total: HallFigures) -> None:
        self.set_rows([*halls, total])

    def text(self, r: HallFigures, column: HallColumn) -> str:
        if column is HallColumn.HALL:
            if r.hall is None:
                return self.tr("District total")
            return r.hall.name + (self.tr(" (centre)") if r.hall.centre else "")
        return {
            HallColumn.ISSUED: str(r.volume.issued),
            HallColumn.SERVED: str(r.volume.served),
            HallColumn.NO_SHOW: str(r.volume.no_show),
            HallColumn.CANCELLED: str(r.volume.cancelled),
            HallColumn.WAIT_MEDIAN: duration(r.waiting.median),
            HallColumn.WAIT_P90: duration(r.waiting.p90),
            HallColumn.PROMISE_RATE: percent(r.promise_rate),
            HallColumn.GOOD_RATE: percent(r.ratings.good_rate),
            HallColumn.RATED_RATE: percent(r.ratings.rated_rate),
            HallColumn.BAD: str(r.ratings.bad),
            HallColumn.EXTENDED: str(r.extended_services),
            HallColumn.COURIER: str(r.courier_dispatches),
            HallColumn.ON_TIME: percent(r.on_time.rate),
        }[column]

    def cell(self, r: HallFigures, column: int, role: int) -> Any:
        col = HallColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, col)
        if role == Qt.ItemDataRole.FontRole and r.hall is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col is not HallColumn.HALL:
            return _RIGHT
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and r.hall is None
            and col
            in (
                HallColumn.WAIT_MEDIAN,
                HallColumn.WAIT_P90,
            )
        ):
            return self.tr("Medians are not added up: see each hall's.")
        return None


class ItemColumn(IntEnum):
    NAME = 0
    CODE = 1
    CATEGORY = 2
    DEPARTMENT = 3
    DAYS = 4


class TownshipItemsModel(RowsTableModel[TownshipItem]):
    """The centre's items; the first column's check: the township serves it (as chosen
    on the screen, not yet saved)."""

    CONTEXT = "TownshipItemsModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        ItemColumn.NAME: QT_TRANSLATE_NOOP("TownshipItemsModel", "Item"),
        ItemColumn.CODE: QT_TRANSLATE_NOOP("TownshipItemsModel", "Code"),
        ItemColumn.CATEGORY: QT_TRANSLATE_NOOP("TownshipItemsModel", "Category"),
        ItemColumn.DEPARTMENT: QT_TRANSLATE_NOOP("TownshipItemsModel", "Department"),
        ItemColumn.DAYS: QT_TRANSLATE_NOOP("TownshipItemsModel", "Promised days"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.chosen: set[str] = set()

    def set_items(self, items: Sequence[TownshipItem]) -> None:
        self.chosen = {i.code for i in items if i.served}
        self.set_rows(items)

    def served(self) -> set[str]:
        """What the township serves now (as saved)."""
        return {i.code for i in self._rows if i.served}

    def added(self) -> set[str]:
        return self.chosen - self.served()

    def removed(self) -> set[str]:
        return self.served() - self.chosen

    def set_chosen(self, codes: Iterable[str], chosen: bool) -> None:
        """Check (or uncheck) the items ``codes``."""
        codes = set(codes)
        if chosen:
            self.chosen |= codes
        else:
            self.chosen -= codes
        rows = [n for n, item in enumerate(self._rows) if item.code in codes]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), ItemColumn.NAME),
                self.index(max(rows), ItemColumn.NAME),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ItemColumn.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, item: TownshipItem, column: int, role: int) -> Any:
        col = ItemColumn(column)
        if role == Qt.ItemDataRole.CheckStateRole and col is ItemColumn.NAME:
            checked = item.code in self.chosen
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ItemColumn.NAME: item.name,
                ItemColumn.CODE: item.code,
                ItemColumn.CATEGORY: item.category,
                ItemColumn.DEPARTMENT: item.department,
                ItemColumn.DAYS: "" if item.promised_days is None else str(item.promised_days),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col is ItemColumn.NAME:
            return item.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col is ItemColumn.DAYS:
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.row_record(index.row()) if index.isValid() else None
        if item is None or index.column() != ItemColumn.NAME:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.set_chosen([item.code], state == Qt.CheckState.Checked)
        return True


class TownshipItemsFilter(QSortFilterProxyModel):
    """Words in the item's name, code or department; one category; one department."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.category = ""
        self.department = ""

    def set_filter(self, text: str, category: str, department: str) -> None:
        self.beginFilterChange()  # Qt >= 6.9 (the project requires PySide6 >= 6.9)
        self.words = text.casefold().split()
        self.category, self.department = category, department
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        item = model.data(model.index(source_row, 0, source_parent), RowsTableModel.RecordRole)
        if not isinstance(item, TownshipItem):
            return False
        if self.category and item.category != self.category:
            return False
        if self.department and item.department != self.department:
            return False
        where = f"{item.name} {item.code} {item.department}".casefold()
        return all(word in where for word in self.words)

    def shown_codes(self) -> list[str]:
        """The codes of the items the filter shows."""
        codes = []
        for row in range(self.rowCount()):
            item = self.data(self.index(row, 0, QModelIndex()), RowsTableModel.RecordRole)
            if isinstance(item, TownshipItem):
                codes.append(item.code)
        return codes
