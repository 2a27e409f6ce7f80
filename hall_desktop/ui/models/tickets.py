"""Today's tickets as a table (the desk's reprint and cancel list)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.dto import TicketInfo

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    LINE = 1
    STATUS = 2
    ISSUED = 3
    WINDOW = 4


def status_text(status: TicketStatus) -> str:
    # Spelled out in full (no alias): lupdate only finds QCoreApplication.translate.
    labels = {
        TicketStatus.WAITING: QCoreApplication.translate("TicketStatus", "Waiting"),
        TicketStatus.CALLED: QCoreApplication.translate("TicketStatus", "Called"),
        TicketStatus.SERVING: QCoreApplication.translate("TicketStatus", "Serving"),
        TicketStatus.HELD: QCoreApplication.translate("TicketStatus", "On hold"),
        TicketStatus.DONE: QCoreApplication.translate("TicketStatus", "Done"),
        TicketStatus.NO_SHOW: QCoreApplication.translate("TicketStatus", "No-show"),
        TicketStatus.CANCELLED: QCoreApplication.translate("TicketStatus", "Cancelled"),
        TicketStatus.TRANSFERRED: QCoreApplication.translate("TicketStatus", "Transferred"),
        TicketStatus.EXPIRED: QCoreApplication.translate("TicketStatus", "Expired"),
    }
    return labels[status]


class TicketTableModel(QAbstractTableModel):
    """Rows are :class:`TicketInfo`; numbers, never citizens' names or phones."""

    TicketRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, timezone: str = "Asia/Shanghai", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketInfo] = []
        self._zone = ZoneInfo(timezone)

    def set_timezone(self, timezone: str) -> None:
        self._zone = ZoneInfo(timezone)

    def set_tickets(self, tickets: list[TicketInfo]) -> None:
        self.beginResetModel()
        self._rows = list(tickets)
        self.endResetModel()

    def ticket(self, row: int) -> TicketInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == ticket_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.NUMBER: QCoreApplication.translate("TicketTableModel", "Number"),
            Column.LINE: QCoreApplication.translate("TicketTableModel", "Business"),
            Column.STATUS: QCoreApplication.translate("TicketTableModel", "Status"),
            Column.ISSUED: QCoreApplication.translate("TicketTableModel", "Issued"),
            Column.WINDOW: QCoreApplication.translate("TicketTableModel", "Window"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        if role == self.TicketRole:
            return ticket
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.NUMBER:
            return ticket.number
        if column is Column.LINE:
            return ticket.line_name
        if column is Column.STATUS:
            text = status_text(ticket.status)
            return f"{text}（{ticket.priority_reason}）" if ticket.priority_reason else text
        if column is Column.ISSUED:
            return ticket.issued_at.astimezone(self._zone).strftime("%H:%M")
        return (
            QCoreApplication.translate("TicketTableModel", "Window {n}").format(
                n=ticket.window_number
            )
            if ticket.window_number
            else ""
        )
