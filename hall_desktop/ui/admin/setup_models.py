"""The item models of the windows-and-lines tab: the two tables and the rank lists.

:class:`LineListModel` holds the lines a window serves (in rank order) or the lines it
could serve; it moves rows (arrows, and drag and drop inside one list) and takes rows
dropped from the other list, so a line can be dragged in or out as well as added with a
button.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hall_desktop.domain.windows_lines import LineSetup, WindowSetup
from hall_desktop.ui.models.rows import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
LINE_MIME = "application/x-hall-line-ids"
_GREY = QBrush(QColor("#94a3b8"))
_RED = QBrush(QColor("#b3261e"))


def number_ranges(numbers: Sequence[int]) -> str:
    """``(1, 2, 3, 5, 8, 9)`` → ``"1–3、5、8–9"``: window numbers in little room."""
    parts: list[str] = []
    ordered = sorted(set(numbers))
    start = previous = None
    for n in [*ordered, None]:
        if start is not None and previous is not None and n == previous + 1:
            previous = n
            continue
        if start is not None and previous is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = n
    return "、".join(parts)


class LineColumn(IntEnum):
    PREFIX = 0
    NAME = 1
    DAILY_LIMIT = 2
    FIRST_NUMBER = 3
    MINUTES = 4
    WINDOWS = 5
    TODAY = 6
    STATUS = 7


_LINE_HEADERS = {
    LineColumn.PREFIX: QT_TRANSLATE_NOOP("LineTableModel", "Prefix"),
    LineColumn.NAME: QT_TRANSLATE_NOOP("LineTableModel", "Name"),
    LineColumn.DAILY_LIMIT: QT_TRANSLATE_NOOP("LineTableModel", "Daily limit"),
    LineColumn.FIRST_NUMBER: QT_TRANSLATE_NOOP("LineTableModel", "First no."),
    LineColumn.MINUTES: QT_TRANSLATE_NOOP("LineTableModel", "Minutes"),
    LineColumn.WINDOWS: QT_TRANSLATE_NOOP("LineTableModel", "Windows"),
    LineColumn.TODAY: QT_TRANSLATE_NOOP("LineTableModel", "Today out/waiting"),
    LineColumn.STATUS: QT_TRANSLATE_NOOP("LineTableModel", "Status"),
}


class LineTableModel(RowsTableModel[LineSetup]):
    """Every business line of the hall, in the desk's and the display's order."""

    CONTEXT = "LineTableModel"
    HEADERS = _LINE_HEADERS

    def cell(self, line: LineSetup, column: int, role: int) -> Any:
        column = LineColumn(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not line.active:
                return _GREY
            if column is LineColumn.WINDOWS and not line.window_numbers:
                return _RED
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column is LineColumn.NAME:
            return line.name  # a long name is cut in the column
        if role == Qt.ItemDataRole.ToolTipRole and column is LineColumn.WINDOWS:
            if line.active and not line.window_numbers:
                return QCoreApplication.translate(
                    "LineTableModel",
                    "No active window serves this line: its numbers would never be called.",
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            LineColumn.NAME,
            LineColumn.WINDOWS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is LineColumn.PREFIX:
            return line.prefix
        if column is LineColumn.NAME:
            return line.name
        if column is LineColumn.DAILY_LIMIT:
            return str(line.daily_limit) if line.daily_limit else "—"
        if column is LineColumn.FIRST_NUMBER:
            return str(line.first_number)
        if column is LineColumn.MINUTES:
            return str(line.default_service_minutes)
        if column is LineColumn.WINDOWS:
            if not line.window_numbers:
                return QCoreApplication.translate("LineTableModel", "none")
            return number_ranges(line.window_numbers)
        if column is LineColumn.TODAY:
            return f"{line.issued_today} / {line.waiting_today}"
        return (
            QCoreApplication.translate("LineTableModel", "Active")
            if line.active
            else QCoreApplication.translate("LineTableModel", "Off")
        )


class WindowColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    KIND = 2
    LINES = 3
    STATUS = 4


_WINDOW_HEADERS = {
    WindowColumn.NUMBER: QT_TRANSLATE_NOOP("WindowTableModel", "No."),
    WindowColumn.NAME: QT_TRANSLATE_NOOP("WindowTableModel", "Name"),
    WindowColumn.KIND: QT_TRANSLATE_NOOP("WindowTableModel", "Kind"),
    WindowColumn.LINES: QT_TRANSLATE_NOOP("WindowTableModel", "Lines (rank order)"),
    WindowColumn.STATUS: QT_TRANSLATE_NOOP("WindowTableModel", "Status"),
}


class WindowTableModel(RowsTableModel[WindowSetup]):
    """Every window of the hall, by number, with the lines it serves in rank order."""

    CONTEXT = "WindowTableModel"
    HEADERS = _WINDOW_HEADERS

    def cell(self, w: WindowSetup, column: int, role: int) -> Any:
        column = WindowColumn(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if w.active else _GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column is WindowColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is WindowColumn.NUMBER:
            return str(w.number)
        if column is WindowColumn.NAME:
            return w.name
        if column is WindowColumn.KIND:
            return w.kind.label
        if column is WindowColumn.LINES:
            return " › ".join(line.prefix for line in w.lines) or "—"
        if not w.active:
            return QCoreApplication.translate("WindowTableModel", "Off")
        if w.clerk_name:
            return QCoreApplication.translate("WindowTableModel", "{name} signed in").format(
                name=w.clerk_name
            )
        if w.paused:
            return QCoreApplication.translate("WindowTableModel", "Paused")
        return QCoreApplication.translate("WindowTableModel", "Active")


@dataclass(frozen=True, slots=True)
class LineChoice:
    """A line as the rank lists show it."""

    id: int
    prefix: str
    name: str
    active: bool

    @classmethod
    def of(cls, line: LineSetup) -> LineChoice:
        return cls(line.id, line.prefix, line.name, line.active)


class LineListModel(QAbstractListModel):
    """Lines in a list: ranked (a window's lines, rank = row + 1) or not (the others).

    Rows move with :meth:`moveRows` (the arrows, and Qt 6's list view for a drag inside
    the list) and come and go with :meth:`dropMimeData`/:meth:`removeRows`: Qt moves by
    dropping a copy and then removing the dragged rows, so a line may be listed twice for
    the moment in between. An unranked list keeps the hall's order (``order``) whatever
    is dropped, and does not move rows itself.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, *, ranked: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.ranked = ranked
        self._lines: list[LineChoice] = []
        self._order: dict[int, int] = {}  # line id → the hall's order (unranked lists)

    # -- contents -----------------------------------------------------------------------

    def set_lines(self, lines: Iterable[LineChoice], order: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self._order = {line_id: i for i, line_id in enumerate(order)}
        self._lines = list(lines)
        if not self.ranked:
            self._lines.sort(key=self._sort_key)
        self.endResetModel()

    def lines(self) -> list[LineChoice]:
        return list(self._lines)

    def line_ids(self) -> list[int]:
        return [line.id for line in self._lines]

    def line(self, row: int) -> LineChoice | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, line_id: int) -> int:
        return next((i for i, line in enumerate(self._lines) if line.id == line_id), -1)

    def add(self, lines: Sequence[LineChoice], row: int = -1) -> None:
        """Insert the lines not yet here: at ``row`` (ranked; -1: at the end) or in order."""
        self._insert([line for line in lines if self.row_of(line.id) < 0], row)

    def _insert(self, lines: Sequence[LineChoice], row: int) -> None:
        at = len(self._lines) if row < 0 or row > len(self._lines) else row
        for line in lines:
            if self.ranked:
                position, at = at, at + 1
            else:
                key = self._sort_key(line)
                position = sum(1 for x in self._lines if self._sort_key(x) <= key)
            self.beginInsertRows(QModelIndex(), position, position)
            self._lines.insert(position, line)
            self.endInsertRows()
        self._ranks_changed()

    def take(self, rows: Iterable[int]) -> list[LineChoice]:
        """Remove these rows and return their lines (in list order)."""
        taken = []
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._lines):
                taken.append(self._lines[row])
                self.removeRows(row, 1)
        return list(reversed(taken))

    def _sort_key(self, line: LineChoice) -> tuple[int, str]:
        return (self._order.get(line.id, len(self._order)), line.prefix)

    def _ranks_changed(self) -> None:
        if self.ranked and self._lines:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._lines) - 1, 0),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == self.IdRole:
            return line.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if line.active else _GREY
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{line.prefix}  {line.name}"
            if not line.active:
                text += QCoreApplication.translate("LineListModel", " (off)")
            return f"{index.row() + 1}.  {text}" if self.ranked else text
        if role == Qt.ItemDataRole.ToolTipRole and self.ranked:
            return QCoreApplication.translate(
                "LineListModel", "Rank {rank}: called after the lines above it"
            ).format(rank=index.row() + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [LINE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = [
            {"id": line.id, "prefix": line.prefix, "name": line.name, "active": line.active}
            for line in (self._lines[r] for r in rows if 0 <= r < len(self._lines))
        ]
        data = QMimeData()
        data.setData(LINE_MIME, QByteArray(json.dumps(payload).encode()))
        return data

    @staticmethod
    def _decode(data: QMimeData) -> list[LineChoice] | None:
        if data is None or not data.hasFormat(LINE_MIME):
            return None
        try:
            raw = json.loads(bytes(data.data(LINE_MIME).data()).decode())
            return [
                LineChoice(int(x["id"]), str(x["prefix"]), str(x["name"]), bool(x["active"]))
                for x in raw
            ]
        except (ValueError, KeyError, TypeError):
            return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._decode(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Insert the dragged lines at ``row`` (Qt's way of moving: the view then removes
        the rows it dragged, from this list or the other one)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        lines = self._decode(data)
        if lines is None or action != Qt.DropAction.MoveAction:
            return False
        if parent.isValid():  # dropped onto a row: before it
            row = parent.row()
        self._insert(lines, row)
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._lines):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._lines[row : row + count]
        self.endRemoveRows()
        self._ranks_changed()
        return True

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move ``count`` rows before ``destination_child`` (Qt's convention)."""
        if (
            not self.ranked
            or source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or source_row < 0
            or source_row + count > len(self._lines)
            or not 0 <= destination_child <= len(self._lines)
            or source_row <= destination_child <= source_row + count
        ):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._lines[source_row : source_row + count]
        del self._lines[source_row : source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        self._lines[at:at] = moving
        self.endMoveRows()
        self._ranks_changed()
        return True
