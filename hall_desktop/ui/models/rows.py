"""A read-only table of frozen records: the part every list screen's model shares."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RecordT = TypeVar("RecordT")


class RowsTableModel(QAbstractTableModel, Generic[RecordT]):
    """Rows are records of one type (dataclasses, most with an ``id``); subclasses say
    how cells look: ``class StaffModel(RowsTableModel[StaffInfo])``.

    ``HEADERS`` maps each column to its English header, marked with QT_TRANSLATE_NOOP
    in ``CONTEXT``; times are shown in the hall's time zone. :meth:`data` checks the
    index and answers ``RecordRole`` with the row's record; :meth:`cell` (each
    subclass's) answers every other role for one record and column.
    """

    RecordRole = Qt.ItemDataRole.UserRole + 1

    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[Mapping[Any, object]]  # column (an IntEnum) → QT_TRANSLATE_NOOP(CONTEXT, …)

    def __init__(self, parent: Any = None, timezone: str = "Asia/Shanghai") -> None:
        super().__init__(parent)
        self._rows: list[RecordT] = []
        self._zone = ZoneInfo(timezone)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def set_timezone(self, timezone: str) -> None:
        self._zone = ZoneInfo(timezone)

    def set_rows(self, rows: Sequence[RecordT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_record(self, row: int) -> RecordT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        return next(
            (i for i, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), -1
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.row_record(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == self.RecordRole:
            return record
        return self.cell(record, index.column(), role)

    def cell(self, record: RecordT, column: int, role: int) -> Any:
        """What ``record`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section not in self.HEADERS:
            return None
        return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
