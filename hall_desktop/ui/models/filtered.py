"""Some of a table model's rows, in an order of their own, without a call per row.

A :class:`QSortFilterProxyModel` asks Python's ``filterAcceptsRow`` once per source row
at every change of its filter, and announces each run of rows that appears or goes as
its own insertion or removal: typing into the search box of a catalogue of 4,000 items
cost 4,000 callbacks and hundreds of signals a keystroke, and every cell it painted went
through the proxy's mapping and the source's ``index`` (two Python calls more). Here a
subclass says which source rows to show, in which order (:meth:`FilteredRowsModel.
shown_rows`, one Python computation); a change is announced as one layout change whose
persistent indexes (the view's selection and current row) follow their source rows, or
become invalid when their row is no longer shown. Cells are read from the source's
``row_data`` by source row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast, runtime_checkable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

Index = QModelIndex | QPersistentModelIndex

#: Only rows change (columns never do): a horizontal header keeps its sections as they
#: are instead of remapping them through rows that may be gone.
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
#: The overload of the layout signals that carries the hint (PySide's default has none).
_PARENTS, _HINT = "QList<QPersistentModelIndex>", QAbstractItemModel.LayoutChangeHint


class RowSource(Protocol):
    """What a source model offers besides Qt's interface: a cell by source row."""

    def row_data(self, row: int, column: int, role: int) -> Any: ...


@runtime_checkable
class PaintedRows(Protocol):
    """A source whose cells :class:`~hall_desktop.ui.models.plain_table.
    PlainTableView` paints: text, colour, centred, by source row."""

    def row_painted(self, row: int, column: int) -> tuple[str, QBrush | None, bool]: ...


class FilteredRowsModel(QAbstractTableModel):
    """The source's rows that :meth:`shown_rows` names, in that order; everything else
    (columns, headers, edits, sorting) is the source's. Flags are Qt's defaults unless
    a subclass answers them from :meth:`source_flags`.

    With :attr:`PAGE_ROWS`, a view is given that many rows at first and the next page
    when it scrolls to the end (Qt's ``fetchMore``, as its SQL models do): a view's
    vertical header recomputes every row's position at each change, about 1.3 µs a
    row, which for 4,000 matches cost more than the search. :meth:`matched_count` is
    every match; a row a caller asks for (:meth:`reveal`) or the selection is on is
    always given."""

    #: Rows given to a view at a time (None: all at once).
    PAGE_ROWS: int | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: QAbstractItemModel | None = None
        self._row_data: Callable[[int, int, int], Any] | None = None  # the source's
        self._row_painted: Callable[[int, int], tuple[str, QBrush | None, bool]] | None = None
        self._rows: list[int] = []  # the source row of each row matched
        self._shown = 0  # how many of them a view is given (PAGE_ROWS)
        self._columns = 0  # the source's (they never change while it is the source)
        # While a change is announced: each persistent index, and where its source is.
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex]] = []
        self._changing = False
        self._connections: list[QMetaObject.Connection] = []

    # -- what subclasses say ---------------------------------------------------------

    def shown_rows(self) -> list[int]:
        """The source rows to show, in the order to show them (the source's own order
        unless a subclass ranks them)."""
        source = self._source
        return [] if source is None else list(range(source.rowCount()))

    def refresh(self) -> None:
        """Show :meth:`shown_rows` anew (a subclass's filter changed)."""
        self._begin_change()
        self._end_change()

    def matched_count(self) -> int:
        """Every row matched, given to a view yet or not."""
        return len(self._rows)

    def matched_source_rows(self) -> list[int]:
        """The source row of every row matched, in order."""
        return list(self._rows)

    def _given(self, needed: int = 0) -> int:
        """How many of the matched rows to give a view: a page, or more if ``needed``."""
        page = self.PAGE_ROWS
        total = len(self._rows)
        return total if page is None else min(total, max(page, needed))

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._give(self._shown + (self.PAGE_ROWS or len(self._rows)))

    def _give(self, count: int) -> None:
        """Give a view the first ``count`` matched rows (if it has fewer)."""
        count = min(count, len(self._rows))
        if count <= self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, count - 1)
        self._shown = count
        self.endInsertRows()

    def reveal(self, source_row: int) -> int:
        """Where source row ``source_row`` is shown, given to the view first if it was
        not yet (-1: it is not matched)."""
        try:
            position = self._rows.index(source_row)
        except ValueError:
            return -1
        self._give(position + 1)
        return position

    # -- the source ------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        self.beginResetModel()
        for connection in self._connections:
            QObject.disconnect(connection)
        self._source = model
        self._row_data = None if model is None else cast(RowSource, model).row_data
        self._row_painted = model.row_painted if isinstance(model, PaintedRows) else None
        if model is not None:
            self._connections = [
                model.modelAboutToBeReset.connect(self._on_source_about_to_be_reset),
                model.modelReset.connect(self._on_source_reset),
                model.layoutAboutToBeChanged.connect(self._begin_change),
                model.layoutChanged.connect(self._end_change),
                model.rowsAboutToBeInserted.connect(self._begin_change),
                model.rowsInserted.connect(self._end_change),
                model.rowsAboutToBeRemoved.connect(self._begin_change),
                model.rowsRemoved.connect(self._end_change),
                model.dataChanged.connect(self._on_source_data_changed),
                model.headerDataChanged.connect(self.headerDataChanged),
            ]
        self._columns = 0 if model is None else model.columnCount()
        self._rows = self.shown_rows()
        self._shown = self._given()
        self.endResetModel()

    def sourceModel(self) -> QAbstractItemModel | None:
        return self._source

    def source_row(self, row: int) -> int:
        """The source row shown on ``row`` (-1: none)."""
        return self._rows[row] if 0 <= row < self._shown else -1

    def row_from_source(self, source_row: int) -> int:
        """Where source row ``source_row`` is shown (-1: it is not, or not given to the
        view yet: :meth:`reveal` gives it)."""
        try:
            position = self._rows.index(source_row)
        except ValueError:
            return -1
        return position if position < self._shown else -1

    def mapToSource(self, index: Index) -> QModelIndex:
        source = self._source
        row = self.source_row(index.row()) if index.isValid() else -1
        if source is None or row < 0:
            return QModelIndex()
        return source.index(row, index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        row = self.row_from_source(source_index.row()) if source_index.isValid() else -1
        return QModelIndex() if row < 0 else self.index(row, source_index.column())

    # -- the model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self._source
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One Python call a cell (Qt's own asks ``rowCount`` and ``columnCount``, and the
        latter the source's: three calls for each cell a view paints)."""
        if parent.isValid() or not 0 <= row < self._shown or not 0 <= column < self._columns:
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if self._row_data is None or not 0 <= row < self._shown:
            return None
        return self._row_data(self._rows[row], index.column(), role)

    def painted(self, row: int, column: int) -> tuple[str, QBrush | None, bool]:
        """A cell as :class:`~hall_desktop.ui.models.plain_table.PlainTableView`
        paints it, from a source that offers it (:class:`PaintedRows`), else its display
        text."""
        if not 0 <= row < self._shown:
            return "", None, False
        if self._row_painted is not None:
            return self._row_painted(self._rows[row], column)
        text = self.data(self.index(row, column))
        return ("" if text is None else str(text)), None, False

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        source = self._source
        mapped = self.mapToSource(index)
        return source is not None and mapped.isValid() and source.setData(mapped, value, role)

    def source_flags(self, index: Index) -> Qt.ItemFlag:
        """The source's flags for ``index``: for a subclass whose source has more than
        Qt's defaults (enabled, selectable), which :meth:`flags` answers without asking
        Python (a repaint asks once per cell)."""
        source = self._source
        mapped = self.mapToSource(index)
        if source is None or not mapped.isValid():
            return Qt.ItemFlag.NoItemFlags
        return source.flags(mapped)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self._source
        if source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            section = self.source_row(section)
            if section < 0:
                return None
        return source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts (its rows are then shown in their new order)."""
        if self._source is not None:
            self._source.sort(column, order)

    # -- following the source --------------------------------------------------------

    def _begin_change(self, *_: object) -> None:
        if self._changing:
            return
        self._changing = True
        cast(Any, self.layoutAboutToBeChanged)[_PARENTS, _HINT].emit([], _ROWS_ONLY)
        source = self._source
        saved: list[tuple[QModelIndex, QPersistentModelIndex]] = []
        for index in self.persistentIndexList():
            row = self.source_row(index.row())
            where = QModelIndex() if source is None or row < 0 else source.index(row, 0)
            saved.append((index, QPersistentModelIndex(where)))
        self._saved = saved

    def _end_change(self, *_: object) -> None:
        if not self._changing:
            return
        self._rows = self.shown_rows()
        saved, self._saved = self._saved, []
        positions: list[int] = []
        if saved:
            rows = self._rows
            at = {row: n for n, row in enumerate(rows)} if len(saved) > 8 else None
            for _kept, source in saved:
                row = -1
                if source.isValid():
                    if at is not None:
                        row = at.get(source.row(), -1)
                    elif source.row() in rows:
                        row = rows.index(source.row())
                positions.append(row)
        # A page, or as far as the selection (or any index kept) has gone.
        self._shown = self._given(max(positions, default=-1) + 1)
        if saved:
            moved = [
                QModelIndex() if row < 0 else self.index(row, index.column())
                for (index, _where), row in zip(saved, positions, strict=True)
            ]
            self.changePersistentIndexList([index for index, _ in saved], moved)
        self._changing = False
        cast(Any, self.layoutChanged)[_PARENTS, _HINT].emit([], _ROWS_ONLY)

    def _on_source_about_to_be_reset(self) -> None:
        self.beginResetModel()

    def _on_source_reset(self) -> None:
        source = self._source
        self._columns = 0 if source is None else source.columnCount()
        self._rows = self.shown_rows()
        self._shown = self._given()
        self.endResetModel()

    def _on_source_data_changed(
        self,
        top_left: QModelIndex,
        bottom_right: QModelIndex,
        roles: list[int] = [],  # noqa: B006
    ) -> None:
        """An edit may show or hide its row; otherwise the cells shown are told."""
        if self.shown_rows() != self._rows:
            self.refresh()
            return
        first, last = top_left.row(), bottom_right.row()
        shown = [n for n, row in enumerate(self._rows[: self._shown]) if first <= row <= last]
        if shown:
            self.dataChanged.emit(
                self.index(shown[0], top_left.column()),
                self.index(shown[-1], bottom_right.column()),
                roles,
            )
