"""办件 (限时办结) as a table, for the clerk's 我的办件 and the supervisor's list: the
citizen masked, overdue ones in red, due-soon ones in amber."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desktop.domain.applications import DueState
from hall_desktop.services.applications import ApplicationRow, OnTimeRow
from hall_desktop.ui.models.cases import OVERDUE_BACKGROUND, OVERDUE_TEXT
from hall_desktop.ui.models.rows import RowsTableModel

DUE_SOON_BACKGROUND = QColor("#fff4d6")


class ApplicationColumn(IntEnum):
    CODE = 0
    NUMBER = 1
    ITEM = 2
    CITIZEN = 3
    WINDOW = 4
    ACCEPTED = 5
    DUE = 6
    STATE = 7


_HEADERS = {
    ApplicationColumn.CODE: QT_TRANSLATE_NOOP("ApplicationModel", "No."),
    ApplicationColumn.NUMBER: QT_TRANSLATE_NOOP("ApplicationModel", "Ticket"),
    ApplicationColumn.ITEM: QT_TRANSLATE_NOOP("ApplicationModel", "Item"),
    ApplicationColumn.CITIZEN: QT_TRANSLATE_NOOP("ApplicationModel", "Applicant"),
    ApplicationColumn.WINDOW: QT_TRANSLATE_NOOP("ApplicationModel", "Window"),
    ApplicationColumn.ACCEPTED: QT_TRANSLATE_NOOP("ApplicationModel", "Accepted"),
    ApplicationColumn.DUE: QT_TRANSLATE_NOOP("ApplicationModel", "Due"),
    ApplicationColumn.STATE: QT_TRANSLATE_NOOP("ApplicationModel", "State"),
}


class ApplicationModel(RowsTableModel[ApplicationRow]):
    CONTEXT = "ApplicationModel"
    HEADERS = _HEADERS

    def cell(self, r: ApplicationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT) if r.state is DueState.OVERDUE else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.state is DueState.OVERDUE:
                return QBrush(OVERDUE_BACKGROUND)
            return QBrush(DUE_SOON_BACKGROUND) if r.state is DueState.DUE_SOON else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.item_name if column == ApplicationColumn.ITEM else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = ApplicationColumn(column)
        if column == ApplicationColumn.CODE:
            return r.code
        if column == ApplicationColumn.NUMBER:
            return r.ticket_number
        if column == ApplicationColumn.ITEM:
            return r.item_name
        if column == ApplicationColumn.CITIZEN:
            return r.citizen
        if column == ApplicationColumn.WINDOW:
            return f"{r.window_number}号" if r.window_number is not None else ""
        if column == ApplicationColumn.ACCEPTED:
            return r.service_day.isoformat()
        if column == ApplicationColumn.DUE:
            return r.due_date.isoformat()
        return r.state.label


class OnTimeColumn(IntEnum):
    NAME = 0
    COUNTED = 1
    ON_TIME = 2
    LATE = 3
    OVERDUE = 4
    RATE = 5


_ON_TIME_HEADERS = {
    OnTimeColumn.NAME: QT_TRANSLATE_NOOP("OnTimeModel", "Department / item"),
    OnTimeColumn.COUNTED: QT_TRANSLATE_NOOP("OnTimeModel", "Due"),
    OnTimeColumn.ON_TIME: QT_TRANSLATE_NOOP("OnTimeModel", "On time"),
    OnTimeColumn.LATE: QT_TRANSLATE_NOOP("OnTimeModel", "Closed late"),
    OnTimeColumn.OVERDUE: QT_TRANSLATE_NOOP("OnTimeModel", "Overdue, open"),
    OnTimeColumn.RATE: QT_TRANSLATE_NOOP("OnTimeModel", "On-time rate"),
}


class OnTimeModel(RowsTableModel[OnTimeRow]):
    """按时办结率 by department or by item; the worst first."""

    CONTEXT = "OnTimeModel"
    HEADERS = _ON_TIME_HEADERS

    def cell(self, r: OnTimeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != OnTimeColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == OnTimeColumn.NAME:
            return r.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = OnTimeColumn(column)
        if column == OnTimeColumn.NAME:
            return r.name
        if column == OnTimeColumn.RATE:
            return "—" if r.rate is None else f"{r.rate:.1%}"
        return {
            OnTimeColumn.COUNTED: r.counted,
            OnTimeColumn.ON_TIME: r.on_time,
            OnTimeColumn.LATE: r.late,
            OnTimeColumn.OVERDUE: r.overdue_open,
        }[column]
