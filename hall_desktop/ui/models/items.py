"""The service-item catalogue as a checkable table, with a type-to-search filter."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hall_desktop.services.catalogue import ServiceItemInfo

_Index = QModelIndex | QPersistentModelIndex


class ItemColumn(IntEnum):
    CODE = 0
    NAME = 1
    CATEGORY = 2


class ServiceItemModel(QAbstractTableModel):
    """Rows are :class:`ServiceItemInfo`; the code column carries a check box."""

    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceItemInfo] = []
        self._checked: set[int] = set()

    def set_items(self, items: list[ServiceItemInfo]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._checked &= {i.id for i in items}
        self.endResetModel()

    def items(self) -> list[ServiceItemInfo]:
        return list(self._rows)

    def checked_ids(self) -> list[int]:
        return [i.id for i in self._rows if i.id in self._checked]

    def clear_checks(self) -> None:
        if self._checked and self._rows:
            self._checked.clear()
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self._checked.clear()

    def set_checked(self, item_id: int, checked: bool) -> None:
        row = next((r for r, i in enumerate(self._rows) if i.id == item_id), -1)
        if row >= 0:
            self.setData(
                self.index(row, 0),
                (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                Qt.ItemDataRole.CheckStateRole,
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ItemColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ItemColumn):
            return None
        return {
            ItemColumn.CODE: QCoreApplication.translate("ServiceItemModel", "Code"),
            ItemColumn.NAME: QCoreApplication.translate("ServiceItemModel", "Service item"),
            ItemColumn.CATEGORY: QCoreApplication.translate("ServiceItemModel", "Category"),
        }[ItemColumn(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ItemColumn.CODE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = ItemColumn(index.column())
        if role == self.ItemRole:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and column is ItemColumn.CODE:
            return (
                Qt.CheckState.Checked if item.id in self._checked else Qt.CheckState.Unchecked
            ).value
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ItemColumn.CODE: item.code,
            ItemColumn.NAME: item.name,
            ItemColumn.CATEGORY: item.category,
        }[column]

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != ItemColumn.CODE
        ):
            return False
        item = self._rows[index.row()]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(item.id)
        else:
            self._checked.discard(item.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class ItemFilterModel(QSortFilterProxyModel):
    """Rows whose code or name contains every word typed (checked rows always stay).

    While something is typed, an exact code or name comes first, then codes and names
    that start with it, each group in the source's order (the workstation's ranking)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt >= 6.9 (the project requires PySide6 >= 6.9)
        self._text = text.strip().lower()
        self._words = self._text.split()
        self.endFilterChange()
        self.sort(0 if self._words else -1)  # -1: the source's order

    def _item(self, index: _Index) -> ServiceItemInfo | None:
        model = self.sourceModel()
        item: ServiceItemInfo | None = model.data(
            model.index(index.row(), 0, index.parent()), ServiceItemModel.ItemRole
        )
        return item

    def _match(self, index: _Index) -> tuple[int, int]:
        """(0 exact, 1 starts with, 2 contains; the source row)."""
        item = self._item(index)
        if item is None:
            return 3, index.row()
        code, name = item.code.lower(), item.name.lower()
        if self._text in (code, name):
            return 0, index.row()
        if code.startswith(self._text) or name.startswith(self._text):
            return 1, index.row()
        return 2, index.row()

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return self._match(left) < self._match(right)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        item: ServiceItemInfo = model.data(index, ServiceItemModel.ItemRole)
        if item is None:
            return False
        if model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value:
            return True
        haystack = f"{item.code} {item.name}".lower()
        return all(word in haystack for word in self._words)
