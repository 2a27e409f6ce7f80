"""预约 as tables: a day's bookings (the desk's list, the hotline's finds) and a line's
slots with their places (the hotline's choice, the admin's editor)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desktop.domain.appointments import BookingState
from hall_desktop.domain.masking import mask_phone
from hall_desktop.services.appointments import Booking, ImportRow, SlotInfo
from hall_desktop.ui.models.rows import RowsTableModel


class BookingColumn(IntEnum):
    SLOT = 0
    CODE = 1
    NAME = 2
    MOBILE = 3
    LINE = 4
    STATE = 5
    NUMBER = 6


_BOOKING_HEADERS = {
    BookingColumn.SLOT: QT_TRANSLATE_NOOP("BookingTableModel", "Slot"),
    BookingColumn.CODE: QT_TRANSLATE_NOOP("BookingTableModel", "Code"),
    BookingColumn.NAME: QT_TRANSLATE_NOOP("BookingTableModel", "Name"),
    BookingColumn.MOBILE: QT_TRANSLATE_NOOP("BookingTableModel", "Mobile"),
    BookingColumn.LINE: QT_TRANSLATE_NOOP("BookingTableModel", "Business line"),
    BookingColumn.STATE: QT_TRANSLATE_NOOP("BookingTableModel", "State"),
    BookingColumn.NUMBER: QT_TRANSLATE_NOOP("BookingTableModel", "Number"),
}

_STATE_COLOURS = {
    BookingState.CHECKED_IN: QBrush(QColor("#dbeafe")),
    BookingState.DONE: QBrush(QColor("#dcfce7")),
    BookingState.NO_SHOW: QBrush(QColor("#fee2e2")),
    BookingState.CANCELLED: QBrush(QColor("#e5e7eb")),
}


def _late() -> str:
    return QCoreApplication.translate("BookingTableModel", " (late)")


class BookingTableModel(RowsTableModel[Booking]):
    """Rows are :class:`Booking`; the mobile is masked (the list is seen across a desk)."""

    CONTEXT = "BookingTableModel"
    HEADERS = _BOOKING_HEADERS

    def booking(self, row: int) -> Booking | None:
        return self.row_record(row)

    def cell(self, b: Booking, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return _STATE_COLOURS.get(b.state)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            BookingColumn.SLOT: f"{b.day:%m-%d} {b.slot_label}",
            BookingColumn.CODE: b.code,
            BookingColumn.NAME: b.citizen_name,
            BookingColumn.MOBILE: mask_phone(b.mobile),
            BookingColumn.LINE: b.line_name,
            BookingColumn.STATE: b.state.label + (_late() if b.late else ""),
            BookingColumn.NUMBER: b.ticket_number or "",
        }[BookingColumn(column)]


class SlotColumn(IntEnum):
    LABEL = 0
    TIME = 1
    CAPACITY = 2
    BOOKED = 3
    REMAINING = 4


_SLOT_HEADERS = {
    SlotColumn.LABEL: QT_TRANSLATE_NOOP("SlotTableModel", "Slot"),
    SlotColumn.TIME: QT_TRANSLATE_NOOP("SlotTableModel", "Time"),
    SlotColumn.CAPACITY: QT_TRANSLATE_NOOP("SlotTableModel", "Capacity"),
    SlotColumn.BOOKED: QT_TRANSLATE_NOOP("SlotTableModel", "Booked"),
    SlotColumn.REMAINING: QT_TRANSLATE_NOOP("SlotTableModel", "Places left"),
}


class SlotTableModel(RowsTableModel[SlotInfo]):
    """Rows are :class:`SlotInfo`; a full slot in grey."""

    CONTEXT = "SlotTableModel"
    HEADERS = _SLOT_HEADERS

    def slot(self, row: int) -> SlotInfo | None:
        return self.row_record(row)

    def cell(self, s: SlotInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#9ca3af")) if s.remaining == 0 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SlotColumn.LABEL: s.label,
            SlotColumn.TIME: f"{s.starts:%H:%M}–{s.ends:%H:%M}",
            SlotColumn.CAPACITY: s.capacity,
            SlotColumn.BOOKED: s.booked,
            SlotColumn.REMAINING: s.remaining,
        }[SlotColumn(column)]


class PreviewColumn(IntEnum):
    LINE = 0
    REF = 1
    NAME = 2
    ID_NUMBER = 3
    MOBILE = 4
    BUSINESS = 5
    SLOT = 6


_PREVIEW_HEADERS = {
    PreviewColumn.LINE: QT_TRANSLATE_NOOP("BookingPreviewModel", "Row"),
    PreviewColumn.REF: QT_TRANSLATE_NOOP("BookingPreviewModel", "Platform number"),
    PreviewColumn.NAME: QT_TRANSLATE_NOOP("BookingPreviewModel", "Name"),
    PreviewColumn.ID_NUMBER: QT_TRANSLATE_NOOP("BookingPreviewModel", "ID number"),
    PreviewColumn.MOBILE: QT_TRANSLATE_NOOP("BookingPreviewModel", "Mobile"),
    PreviewColumn.BUSINESS: QT_TRANSLATE_NOOP("BookingPreviewModel", "Business line"),
    PreviewColumn.SLOT: QT_TRANSLATE_NOOP("BookingPreviewModel", "Slot"),
}


class BookingPreviewModel(RowsTableModel[ImportRow]):
    """Rows are the checked rows of a platform export (ID number and mobile masked)."""

    CONTEXT = "BookingPreviewModel"
    HEADERS = _PREVIEW_HEADERS

    def cell(self, r: ImportRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PreviewColumn.LINE: r.line,
            PreviewColumn.REF: r.platform_ref,
            PreviewColumn.NAME: r.citizen_name,
            PreviewColumn.ID_NUMBER: r.id_number_masked,
            PreviewColumn.MOBILE: r.mobile,
            PreviewColumn.BUSINESS: r.line_name,
            PreviewColumn.SLOT: f"{r.day:%Y-%m-%d} {r.slot_label}",
        }[PreviewColumn(column)]
