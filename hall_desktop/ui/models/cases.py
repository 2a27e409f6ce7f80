"""Cases of the ledger (台账) as a table: number, kind, state, matter, deadline; an
overdue case is drawn in red."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hall_desktop.services.cases import CaseRow
from hall_desktop.ui.models.rows import RowsTableModel


class CaseColumn(IntEnum):
    CODE = 0
    KIND = 1
    STATUS = 2
    TITLE = 3
    DUE = 4


_HEADERS = {
    CaseColumn.CODE: QT_TRANSLATE_NOOP("CaseTableModel", "Number"),
    CaseColumn.KIND: QT_TRANSLATE_NOOP("CaseTableModel", "Kind"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "State"),
    CaseColumn.TITLE: QT_TRANSLATE_NOOP("CaseTableModel", "Matter"),
    CaseColumn.DUE: QT_TRANSLATE_NOOP("CaseTableModel", "Deadline"),
}
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#991b1b")


def due_text(row: CaseRow) -> str:
    """The deadline as the ledger shows it, with 已超期 when it has passed."""
    day = row.due_date.strftime("%m-%d")
    if row.overdue and row.closed_at is None:
        return QCoreApplication.translate("CaseTableModel", "{date} overdue").format(date=day)
    return day


class CaseTableModel(RowsTableModel[CaseRow]):
    """Rows are :class:`CaseRow` (the citizen's phone never shows here)."""

    CONTEXT = "CaseTableModel"
    HEADERS = _HEADERS

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue and r.closed_at is None)

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        late = row.overdue and row.closed_at is None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if late else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT) if late else None
        if role == Qt.ItemDataRole.FontRole and late and column == CaseColumn.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.TITLE:
            return row.title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match CaseColumn(column):
            case CaseColumn.CODE:
                return row.code
            case CaseColumn.KIND:
                return row.kind_label
            case CaseColumn.STATUS:
                return row.status_label
            case CaseColumn.TITLE:
                return row.title
            case CaseColumn.DUE:
                return due_text(row)
