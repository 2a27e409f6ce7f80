"""Qt item models of the catalogue administration: the items and an import's preview.

Thousands of items are filtered as one types. The model keeps a search key per item
(code, name, department and their pinyin, :func:`hall_desktop.domain.search.search_key`),
computed when it is filled. A changed search scans the keys once in Python, only among
the previous matches when the new words extend the old ones, and the filter model shows
the matching rows as one list (:class:`hall_desktop.ui.models.filtered.FilteredRowsModel`:
no Python call per row, one layout change). Header clicks sort the items in the source
model (one Python sort); the filter keeps the source's order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hall_desktop.domain.catalogue import (
    CatalogueItem,
    FieldChange,
    PreviewRow,
    RowAction,
)
from hall_desktop.domain.search import KeySearch, query_words, search_key
from hall_desktop.ui.models.filtered import FilteredRowsModel
from hall_desktop.ui.models.rows import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex


class CatalogueColumn(IntEnum):
    CODE = 0
    NAME = 1
    CATEGORY = 2
    DEPARTMENT = 3
    PROMISED = 4
    STATUS = 5


_ITEM_HEADERS = {
    CatalogueColumn.CODE: QT_TRANSLATE_NOOP("CatalogueItemModel", "Code"),
    CatalogueColumn.NAME: QT_TRANSLATE_NOOP("CatalogueItemModel", "Service item"),
    CatalogueColumn.CATEGORY: QT_TRANSLATE_NOOP("CatalogueItemModel", "Category"),
    CatalogueColumn.DEPARTMENT: QT_TRANSLATE_NOOP("CatalogueItemModel", "Department"),
    CatalogueColumn.PROMISED: QT_TRANSLATE_NOOP("CatalogueItemModel", "Promised days"),
    CatalogueColumn.STATUS: QT_TRANSLATE_NOOP("CatalogueItemModel", "Status"),
}

_INACTIVE = QBrush(QColor("#94a3b8"))
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
#: The roles CatalogueItemModel.cell answers besides those a repaint asks for (Display,
#: Foreground, TextAlignment: answered at once); a view asks for more.
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.ToolTipRole.value,
        Qt.ItemDataRole.UserRole.value + 1,  # the item itself (ItemRole, RecordRole)
    }
)

_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def _haystack(item: CatalogueItem) -> str:
    return search_key((item.code, item.name, item.department))


def _sort_key(column: CatalogueColumn) -> Callable[[CatalogueItem], Any]:
    return {
        CatalogueColumn.CODE: lambda i: i.code,
        CatalogueColumn.NAME: lambda i: (i.name, i.code),
        CatalogueColumn.CATEGORY: lambda i: (i.category, i.code),
        CatalogueColumn.DEPARTMENT: lambda i: (i.department, i.code),
        CatalogueColumn.PROMISED: lambda i: (
            -1 if i.promised_days is None else i.promised_days,
            i.code,
        ),
        CatalogueColumn.STATUS: lambda i: (not i.active, i.code),
    }[column]


class CatalogueItemModel(RowsTableModel[CatalogueItem]):
    """Rows are :class:`CatalogueItem` (inactive ones in grey)."""

    ItemRole = Qt.ItemDataRole.UserRole + 1
    CONTEXT = "CatalogueItemModel"
    HEADERS = _ITEM_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Next to each row: its search key and the texts of its cells (a repaint asks
        # for every visible cell in several roles; Display is answered from these).
        self._keys: list[str] = []
        self._cells: list[tuple[str, ...]] = []
        self._where: dict[int, int] = {}  # item id → row (the tab looks one up a keystroke)

    # -- what the screen calls ---------------------------------------------------------

    def set_items(self, items: list[CatalogueItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._keys = [_haystack(i) for i in self._rows]
        self._cells = [self._texts(i) for i in self._rows]
        self._where = {item.id: row for row, item in enumerate(self._rows)}
        self.endResetModel()

    def items(self) -> list[CatalogueItem]:
        return list(self._rows)

    def item(self, row: int) -> CatalogueItem | None:
        return self.row_record(row)

    def put_item(self, item: CatalogueItem) -> int:
        """Show a saved item: replace the row with its id, or add it at the end."""
        row = self.row_of(item.id)
        if row >= 0:
            self._rows[row] = item
            self._keys[row] = _haystack(item)
            self._cells[row] = self._texts(item)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(CatalogueColumn) - 1))
            return row
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self._where[item.id] = row
        self._keys.append(_haystack(item))
        self._cells.append(self._texts(item))
        self.endInsertRows()
        return row

    def row_of(self, record_id: int) -> int:
        return self._where.get(record_id, -1)

    def haystack(self, row: int) -> str:
        """The search key of a row: code, name, department and their pinyin."""
        return self._keys[row]

    def keys(self) -> list[str]:
        """Every row's search key, in row order."""
        return self._keys

    def records(self) -> Sequence[CatalogueItem]:
        """Every row's item, in row order (not a copy: read it, do not keep it)."""
        return self._rows

    # -- the model -------------------------------------------------------------------

    def _texts(self, item: CatalogueItem) -> tuple[str, ...]:
        display = Qt.ItemDataRole.DisplayRole
        return tuple(self.cell(item, column, display) for column in CatalogueColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.row_data(index.row(), index.column(), role) if index.isValid() else None

    def row_data(self, row: int, column: int, role: int) -> Any:
        """Display texts from the row's cells, the roles no cell answers at once, the
        rest through :meth:`cell` (what :class:`CatalogueFilterModel` reads)."""
        if not 0 <= row < len(self._cells):
            return None
        if role == _DISPLAY:
            return self._cells[row][column]
        if role == _FOREGROUND:
            return None if self._rows[row].active else _INACTIVE
        if role == _ALIGNMENT:
            return _CENTRED if column >= CatalogueColumn.PROMISED else None
        if role not in _ANSWERED:
            return None
        if role == self.RecordRole:
            return self._rows[row]
        return self.cell(self._rows[row], column, role)

    def row_painted(self, row: int, column: int) -> tuple[str, QBrush | None, bool]:
        """A cell as the table paints it (text, grey when inactive, centred): what
        :class:`~hall_desktop.ui.models.plain_table.PlainTableView` reads."""
        return (
            self._cells[row][column],
            None if self._rows[row].active else _INACTIVE,
            column >= CatalogueColumn.PROMISED,
        )

    def cell(self, item: CatalogueItem, column: int, role: int) -> Any:
        column = CatalogueColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is CatalogueColumn.CODE:
                return item.code
            if column is CatalogueColumn.NAME:
                return item.name
            if column is CatalogueColumn.CATEGORY:
                return item.category
            if column is CatalogueColumn.DEPARTMENT:
                return item.department
            if column is CatalogueColumn.PROMISED:
                return "" if item.promised_days is None else str(item.promised_days)
            return (
                QCoreApplication.translate("CatalogueItemModel", "Active")
                if item.active
                else QCoreApplication.translate("CatalogueItemModel", "Inactive")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column is CatalogueColumn.NAME:
            return item.name
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return _INACTIVE
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CatalogueColumn.PROMISED,
            CatalogueColumn.STATUS,
        ):
            return _CENTRED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One Python sort (persistent indexes, e.g. the selection, follow their rows)."""
        if not 0 <= column < len(CatalogueColumn):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        key = _sort_key(CatalogueColumn(column))
        order_ = sorted(
            range(len(self._rows)),
            key=lambda r: key(self._rows[r]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[r] for r in order_]
        self._keys = [self._keys[r] for r in order_]
        self._cells = [self._cells[r] for r in order_]
        where = self._where = {item.id: row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[i], p.column()) for i, p in zip(ids, before, strict=True)]
        )
        self.layoutChanged.emit()


class CatalogueFilterModel(FilteredRowsModel):
    """Rows whose search key contains every word typed, of one category, active only
    unless inactive ones are asked for. Sorting is the source's. A view is given 256
    rows at a time (as Qt's SQL models fetch them)."""

    PAGE_ROWS = 256

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = KeySearch()
        self._category: str | None = None
        self._inactive = False
        self._items: CatalogueItemModel | None = None

    def setSourceModel(self, model: Any) -> None:
        self._items = model if isinstance(model, CatalogueItemModel) else None
        super().setSourceModel(model)

    def set_filter(self, text: str, category: str | None, include_inactive: bool) -> None:
        """Show the rows matching every word of ``text``, of ``category`` (None: both),
        inactive ones too if asked; nothing happens when nothing changed."""
        words = query_words(text)
        wanted = (words, category, include_inactive)
        if wanted == (self._search.words, self._category, self._inactive):
            return
        self._search.search(words, self._items.keys() if self._items is not None else [])
        self._category, self._inactive = category, include_inactive
        self.refresh()

    @property
    def words(self) -> tuple[str, ...]:
        return self._search.words

    def shown_rows(self) -> list[int]:
        items = self._items
        if items is None:
            return super().shown_rows()
        rows = self._search.positions(items.keys())
        if self._category is None and self._inactive:
            return rows
        category, inactive = self._category, self._inactive
        records = items.records()
        return [
            r
            for r in rows
            if (inactive or records[r].active)
            and (category is None or records[r].category == category)
        ]

    def item(self, row: int) -> CatalogueItem | None:
        """The item on a row of this (filtered) model."""
        if self._items is None:
            return None
        return self._items.item(self.source_row(row)) if 0 <= row < self.rowCount() else None

    def row_of(self, item_id: int) -> int:
        """The row of an item the filter shows (given to the view if it was further
        down than the rows it has: it is to be selected); -1 if the filter hides it."""
        if self._items is None:
            return -1
        source = self._items.row_of(item_id)
        return -1 if source < 0 else self.reveal(source)

    def matched_items(self) -> list[CatalogueItem]:
        """Every item the filter shows, in order (a view is given them a page at a time)."""
        if self._items is None:
            return []
        records = self._items.records()
        return [records[row] for row in self.matched_source_rows()]


# -- the import preview ---------------------------------------------------------------


class PreviewColumn(IntEnum):
    LINE = 0
    ACTION = 1
    CODE = 2
    NAME = 3
    CATEGORY = 4
    DEPARTMENT = 5
    PROMISED = 6
    DETAIL = 7


_PREVIEW_HEADERS = {
    PreviewColumn.LINE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
    PreviewColumn.ACTION: QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
    PreviewColumn.CODE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Code"),
    PreviewColumn.NAME: QT_TRANSLATE_NOOP("ImportPreviewModel", "Service item"),
    PreviewColumn.CATEGORY: QT_TRANSLATE_NOOP("ImportPreviewModel", "Category"),
    PreviewColumn.DEPARTMENT: QT_TRANSLATE_NOOP("ImportPreviewModel", "Department"),
    PreviewColumn.PROMISED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Days"),
    PreviewColumn.DETAIL: QT_TRANSLATE_NOOP("ImportPreviewModel", "Changes or reason"),
}

_ACTION_COLOURS = {
    RowAction.ADDED: QBrush(QColor("#dcfce7")),
    RowAction.CHANGED: QBrush(QColor("#fef3c7")),
    RowAction.REFUSED: QBrush(QColor("#fde2e1")),
}
_REFUSED_TEXT = QBrush(QColor("#7f1d1d"))


def action_label(action: RowAction) -> str:
    return {
        RowAction.ADDED: QCoreApplication.translate("ImportPreviewModel", "Add"),
        RowAction.CHANGED: QCoreApplication.translate("ImportPreviewModel", "Change"),
        RowAction.UNCHANGED: QCoreApplication.translate("ImportPreviewModel", "Unchanged"),
        RowAction.REFUSED: QCoreApplication.translate("ImportPreviewModel", "Refused"),
    }[action]


def _field_label(field: str) -> str:
    return {
        "code": QCoreApplication.translate("ImportPreviewModel", "code"),
        "name": QCoreApplication.translate("ImportPreviewModel", "name"),
        "category": QCoreApplication.translate("ImportPreviewModel", "category"),
        "department": QCoreApplication.translate("ImportPreviewModel", "department"),
        "promised_days": QCoreApplication.translate("ImportPreviewModel", "promised days"),
        "active": QCoreApplication.translate("ImportPreviewModel", "status"),
    }[field]


def _value_text(value: str | int | bool | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("CatalogueItemModel", "Active")
            if value
            else QCoreApplication.translate("CatalogueItemModel", "Inactive")
        )
    return str(value)


def change_text(change: FieldChange) -> str:
    return f"{_field_label(change.field)}：{_value_text(change.old)} → {_value_text(change.new)}"


class ImportPreviewModel(RowsTableModel[PreviewRow]):
    """Rows are :class:`PreviewRow`, coloured by what the import would do with them."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    CONTEXT = "ImportPreviewModel"
    HEADERS = _PREVIEW_HEADERS

    def set_preview_rows(self, rows: list[PreviewRow] | tuple[PreviewRow, ...]) -> None:
        self.set_rows(list(rows))

    def preview_row(self, row: int) -> PreviewRow | None:
        return self.row_record(row)

    def cell(self, r: PreviewRow, column: int, role: int) -> Any:
        column = PreviewColumn(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _ACTION_COLOURS.get(r.action)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _REFUSED_TEXT if r.action is RowAction.REFUSED else None
        if role == Qt.ItemDataRole.ToolTipRole and column is PreviewColumn.DETAIL:
            return self._detail(r) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PreviewColumn.LINE: str(r.line),
            PreviewColumn.ACTION: action_label(r.action),
            PreviewColumn.CODE: r.code,
            PreviewColumn.NAME: r.name,
            PreviewColumn.CATEGORY: r.category,
            PreviewColumn.DEPARTMENT: r.department,
            PreviewColumn.PROMISED: r.promised_days,
            PreviewColumn.DETAIL: self._detail(r),
        }[column]

    @staticmethod
    def _detail(r: PreviewRow) -> str:
        if r.action is RowAction.REFUSED:
            return r.reason
        return "；".join(change_text(c) for c in r.changes)


class PreviewFilterModel(QSortFilterProxyModel):
    """The preview's rows of one action (all of them when ``action`` is None)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._action: RowAction | None = None

    @property
    def action(self) -> RowAction | None:
        return self._action

    def set_action(self, action: RowAction | str | None) -> None:
        # A combo box hands back a StrEnum as its plain string.
        action = None if action is None else RowAction(action)
        if action == self._action:
            return
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._action is None:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ImportPreviewModel.RowRole)
        return row is not None and row.action is self._action
