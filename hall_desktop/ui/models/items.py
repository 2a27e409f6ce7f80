"""The service-item catalogue as a checkable table, with a type-to-search filter.

The model keeps a search key per item (code, name and their pinyin: ``yyzz`` finds
营业执照), computed when it is filled; the filter judges the keys once per change of the
words (:class:`hall_desktop.domain.search.KeySearch`), ranks the matches in one Python
sort and shows them as one list (:class:`hall_desktop.ui.models.filtered.
FilteredRowsModel`: no Python call per row from Qt).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hall_desktop.domain.search import KeySearch, fold, query_words, search_key
from hall_desktop.services.catalogue import ServiceItemInfo
from hall_desktop.ui.models.filtered import FilteredRowsModel

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
        # Per row: the search key, and the code and name folded (for the ranking).
        self._keys: list[str] = []
        self._folded: list[tuple[str, str]] = []
        self._key_of: dict[tuple[str, str], str] = {}  # the form re-ranks the same items

    def set_items(self, items: list[ServiceItemInfo]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._checked &= {i.id for i in items}
        self._keys = [self._key(i) for i in self._rows]
        self._folded = [(fold(i.code), fold(i.name)) for i in self._rows]
        self.endResetModel()

    def _key(self, item: ServiceItemInfo) -> str:
        fields = (item.code, item.name)
        key = self._key_of.get(fields)
        if key is None:
            key = self._key_of[fields] = search_key(fields)
        return key

    def keys(self) -> list[str]:
        """Every row's search key (code, name and their pinyin), in row order."""
        return self._keys

    def key(self, row: int) -> str:
        return self._keys[row]

    def folded(self, row: int) -> tuple[str, str]:
        """A row's code and name as searches compare them."""
        return self._folded[row]

    def is_checked(self, row: int) -> bool:
        return self._rows[row].id in self._checked

    def checked_rows(self) -> list[int]:
        """The rows ticked, in row order."""
        if not self._checked:
            return []
        return [r for r, i in enumerate(self._rows) if i.id in self._checked]

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
        return self.row_data(index.row(), index.column(), role) if index.isValid() else None

    def row_data(self, row: int, column: int, role: int) -> Any:
        """What a cell shows, by row (what :class:`ItemFilterModel` reads)."""
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        column = ItemColumn(column)
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


class ItemFilterModel(FilteredRowsModel):
    """Rows whose code, name or their pinyin contain every word typed (checked rows
    always stay).

    While something is typed, an exact code or name comes first, then codes and names
    that start with it, each group in the source's order (the workstation's ranking)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = KeySearch()
        self._text = ""
        self._items: ServiceItemModel | None = None

    def setSourceModel(self, model: Any) -> None:
        self._items = model if isinstance(model, ServiceItemModel) else None
        super().setSourceModel(model)

    def set_text(self, text: str) -> None:
        """Filter and rank for ``text``; nothing happens when it did not change."""
        folded = fold(text.strip())
        if folded == self._text:
            return
        self._text = folded
        self._search.search(query_words(folded), self._items.keys() if self._items else [])
        self.refresh()

    def shown_rows(self) -> list[int]:
        items = self._items
        if items is None:
            return super().shown_rows()
        rows = self._search.positions(items.keys())
        checked = items.checked_rows()
        if checked:
            rows = sorted({*rows, *checked})
        if self._search.words:
            rows.sort(key=self._rank)
        return rows

    def _rank(self, row: int) -> tuple[int, int]:
        """(0 exact, 1 starts with, 2 contains; the source row)."""
        assert self._items is not None
        code, name = self._items.folded(row)
        if self._text in (code, name):
            return 0, row
        if code.startswith(self._text) or name.startswith(self._text):
            return 1, row
        return 2, row

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """The source's (the code column's tick box)."""
        return self.source_flags(index)
