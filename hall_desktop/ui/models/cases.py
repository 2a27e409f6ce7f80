"""Cases of the ledger (台账) as a table, for the supervisor's 台账 tab and the clerk's
我的台账 (which shows fewer of the columns): the phone masked, overdue cases in red."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desktop.domain.cases import CaseStatus
from hall_desktop.services.cases import CaseRow
from hall_desktop.ui.models.rows import RowsTableModel

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fde2e1")


class CaseColumn(IntEnum):
    CODE = 0
    KIND = 1
    STATUS = 2
    TITLE = 3
    WINDOW = 4
    PEOPLE = 5
    OWNER = 6
    OPENED = 7
    DUE = 8
    PHONE = 9  # last: masked here, in full on the case's page for who calls back


_HEADERS = {
    CaseColumn.CODE: QT_TRANSLATE_NOOP("CaseModel", "No."),
    CaseColumn.KIND: QT_TRANSLATE_NOOP("CaseModel", "Kind"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseModel", "State"),
    CaseColumn.TITLE: QT_TRANSLATE_NOOP("CaseModel", "Matter"),
    CaseColumn.WINDOW: QT_TRANSLATE_NOOP("CaseModel", "Window"),
    CaseColumn.PEOPLE: QT_TRANSLATE_NOOP("CaseModel", "Staff concerned"),
    CaseColumn.OWNER: QT_TRANSLATE_NOOP("CaseModel", "Owner / sent to"),
    CaseColumn.OPENED: QT_TRANSLATE_NOOP("CaseModel", "Opened"),
    CaseColumn.DUE: QT_TRANSLATE_NOOP("CaseModel", "Due"),
    CaseColumn.PHONE: QT_TRANSLATE_NOOP("CaseModel", "Phone"),
}
_OVERDUE_TIP = QT_TRANSLATE_NOOP("CaseModel", "Overdue: due {due}")


def owner_text(row: CaseRow) -> str:
    return "、".join(t for t in (row.owner_name, row.assigned_to) if t)


class CaseModel(RowsTableModel[CaseRow]):
    """The ledger's rows (the phone masked); overdue ones in red."""

    CONTEXT = "CaseModel"
    HEADERS = _HEADERS

    def cell(self, r: CaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT) if r.overdue else None
        if role == Qt.ItemDataRole.BackgroundRole:
            open_overdue = r.overdue and r.status is not CaseStatus.CLOSED
            return QBrush(OVERDUE_BACKGROUND) if open_overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.overdue:
                tip = QCoreApplication.translate(self.CONTEXT, str(_OVERDUE_TIP))
                return tip.format(due=r.due_date.isoformat())
            return r.title if column == CaseColumn.TITLE else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = CaseColumn(column)
        if column == CaseColumn.CODE:
            return r.code
        if column == CaseColumn.KIND:
            return r.kind_label
        if column == CaseColumn.STATUS:
            return r.status_label
        if column == CaseColumn.TITLE:
            return r.title
        if column == CaseColumn.WINDOW:
            return f"{r.window_number}号" if r.window_number is not None else ""
        if column == CaseColumn.PEOPLE:
            return r.clerk_name or ""
        if column == CaseColumn.OWNER:
            return owner_text(r)
        if column == CaseColumn.OPENED:
            return f"{r.opened_at.astimezone(self.zone):%Y-%m-%d %H:%M}"
        if column == CaseColumn.DUE:
            return r.due_date.isoformat()
        return r.phone_masked

    def overdue_count(self) -> int:
        """Open cases past their deadline."""
        return sum(1 for r in self._rows if r.overdue and r.status is not CaseStatus.CLOSED)
