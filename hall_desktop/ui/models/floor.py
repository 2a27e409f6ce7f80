"""The monitor's tables (大厅监控): the windows, the lines and the alerts.

The floor changes many times a minute: :meth:`LiveRows.show` keeps the rows in place
(``dataChanged``) when the same records come back in the same order, so a selected
window stays selected while the supervisor decides what to do with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from hall_desktop.domain.floor import LineFact, LineView, WindowView
from hall_desktop.domain.tickets import WindowStatus
from hall_desktop.services.floor import AlertRecord
from hall_desktop.services.patrol import PatrolRecord
from hall_desktop.ui.models.rows import RowsTableModel

RecordT = TypeVar("RecordT")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

#: How a window's state reads at a glance (background, text).
STATUS_COLORS = {
    WindowStatus.CLOSED: ("#e5e7eb", "#4b5563"),
    WindowStatus.IDLE: ("#dcfce7", "#14532d"),
    WindowStatus.CALLED: ("#dbeafe", "#1e3a8a"),
    WindowStatus.SERVING: ("#fef9c3", "#713f12"),
    WindowStatus.PAUSED: ("#fde2e1", "#7f1d1d"),
}


def span_text(span: timedelta | None) -> str:
    """'12:05' (minutes:seconds) under an hour, '1:02:05' over; '' for nothing."""
    if span is None:
        return ""
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class LiveRows(RowsTableModel[RecordT]):
    """Rows shown at an instant (``now``: durations run from it)."""

    def __init__(self, parent: Any = None, timezone: str = "Asia/Shanghai") -> None:
        super().__init__(parent, timezone)
        self.now: datetime | None = None

    def show(self, rows: Sequence[RecordT], now: datetime) -> None:
        """New rows; in place when they are the same records in the same order.

        In place, only the rows whose record changed are repainted, unless the clock
        moved on to another second since the last whole repaint (the durations shown
        run from ``now`` and read in seconds): a busy hall's monitor draws a picture per
        batch of events, many a second, and repainting all sixty windows for each
        one call kept the monitor's loop busy enough to delay the next batch.
        """
        old = [self._key(r) for r in self._rows]
        if not old or old != [self._key(r) for r in rows]:
            self.now = now
            self.set_rows(rows)
            return
        before, self._rows = self._rows, list(rows)
        last = self.columnCount() - 1
        if self.now is None or int(now.timestamp()) != int(self.now.timestamp()):
            self.now = now
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
            return
        for first, end in _changed_runs(before, self._rows):
            self.dataChanged.emit(self.index(first, 0), self.index(end - 1, last))

    def _key(self, record: RecordT) -> object:
        return getattr(record, "id", record)

    def _since(self, moment: datetime | None) -> str:
        return "" if moment is None or self.now is None else span_text(self.now - moment)


def _changed_runs(before: Sequence[object], after: Sequence[object]) -> list[tuple[int, int]]:
    """The runs ``[first, end)`` of rows whose record differs (same length)."""
    runs: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        if a == b:
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


class WindowColumn(IntEnum):
    WINDOW = 0
    CLERK = 1
    STATUS = 2
    TICKET = 3
    FOR = 4
    SERVED = 5
    LINES = 6


_WINDOW_HEADERS = {
    WindowColumn.WINDOW: QT_TRANSLATE_NOOP("WindowFloorModel", "Window"),
    WindowColumn.CLERK: QT_TRANSLATE_NOOP("WindowFloorModel", "Clerk"),
    WindowColumn.STATUS: QT_TRANSLATE_NOOP("WindowFloorModel", "State"),
    WindowColumn.TICKET: QT_TRANSLATE_NOOP("WindowFloorModel", "Number in hand"),
    WindowColumn.FOR: QT_TRANSLATE_NOOP("WindowFloorModel", "For"),
    WindowColumn.SERVED: QT_TRANSLATE_NOOP("WindowFloorModel", "Served today"),
    WindowColumn.LINES: QT_TRANSLATE_NOOP("WindowFloorModel", "Lines"),
}


class WindowFloorModel(LiveRows[WindowView]):
    CONTEXT = "WindowFloorModel"
    HEADERS = _WINDOW_HEADERS

    def __init__(self, parent: Any = None, timezone: str = "Asia/Shanghai") -> None:
        super().__init__(parent, timezone)
        self.lines: dict[int, LineFact] = {}

    def _key(self, record: WindowView) -> object:
        return record.window.id

    def cell(self, v: WindowView, column: int, role: int) -> Any:
        w = v.window
        if role == Qt.ItemDataRole.BackgroundRole and column == WindowColumn.STATUS:
            return QBrush(QColor(STATUS_COLORS[v.status][0]))
        if role == Qt.ItemDataRole.ForegroundRole and column == WindowColumn.STATUS:
            return QBrush(QColor(STATUS_COLORS[v.status][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (WindowColumn.FOR, WindowColumn.SERVED):
                return _RIGHT
            return _CENTER if column in (WindowColumn.WINDOW, WindowColumn.STATUS) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == WindowColumn.LINES:
            return "、".join(self.lines[i].label for i in w.line_ids if i in self.lines)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = WindowColumn(column)
        if column == WindowColumn.WINDOW:
            return w.label
        if column == WindowColumn.CLERK:
            return f"{w.clerk_name}（{w.clerk_number}）" if w.clerk_name else ""
        if column == WindowColumn.STATUS:
            state = v.status.label
            if v.status is WindowStatus.PAUSED and w.pause_reason:
                state = f"{state}：{w.pause_reason}"
            return state
        if column == WindowColumn.TICKET:
            return v.ticket.number if v.ticket else ""
        if column == WindowColumn.FOR:
            return self._since(v.since)
        if column == WindowColumn.SERVED:
            return v.served_today
        prefixes = []
        for line_id in w.line_ids:
            line = self.lines.get(line_id)
            if line is not None:
                helping = "＋" if line_id in w.help_line_ids else ""
                prefixes.append(f"{helping}{line.prefix}")
        return " ".join(prefixes)


class LineColumn(IntEnum):
    LINE = 0
    WAITING = 1
    LONGEST = 2
    ESTIMATE = 3
    WINDOWS = 4


_LINE_HEADERS = {
    LineColumn.LINE: QT_TRANSLATE_NOOP("LineFloorModel", "Line"),
    LineColumn.WAITING: QT_TRANSLATE_NOOP("LineFloorModel", "Waiting"),
    LineColumn.LONGEST: QT_TRANSLATE_NOOP("LineFloorModel", "Longest wait"),
    LineColumn.ESTIMATE: QT_TRANSLATE_NOOP("LineFloorModel", "Newcomer waits (min)"),
    LineColumn.WINDOWS: QT_TRANSLATE_NOOP("LineFloorModel", "Open / serving windows"),
}


class LineFloorModel(LiveRows[LineView]):
    CONTEXT = "LineFloorModel"
    HEADERS = _LINE_HEADERS

    def _key(self, record: LineView) -> object:
        return record.line.id

    def cell(self, v: LineView, column: int, role: int) -> Any:
        line = v.line
        over = v.too_many() or (self.now is not None and v.too_long(self.now))
        if role == Qt.ItemDataRole.ForegroundRole and over and column != LineColumn.WINDOWS:
            return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != LineColumn.LINE:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == LineColumn.WINDOWS:
            return "、".join(f"{n}号" for n in v.windows)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = LineColumn(column)
        if column == LineColumn.LINE:
            return line.label
        if column == LineColumn.WAITING:
            return v.waiting
        if column == LineColumn.LONGEST:
            return self._since(v.oldest_issued_at)
        if column == LineColumn.ESTIMATE:
            return v.estimate_minutes if v.waiting else 0
        return f"{v.open_windows} / {len(v.windows)}"


class AlertColumn(IntEnum):
    RAISED = 0
    KIND = 1
    DETAIL = 2
    HANDLED = 3


_ALERT_HEADERS = {
    AlertColumn.RAISED: QT_TRANSLATE_NOOP("AlertModel", "Raised"),
    AlertColumn.KIND: QT_TRANSLATE_NOOP("AlertModel", "Alert"),
    AlertColumn.DETAIL: QT_TRANSLATE_NOOP("AlertModel", "What"),
    AlertColumn.HANDLED: QT_TRANSLATE_NOOP("AlertModel", "Handled"),
}


class AlertModel(LiveRows[AlertRecord]):
    """Alerts, the newest first: open ones with whether and how they were handled."""

    CONTEXT = "AlertModel"
    HEADERS = _ALERT_HEADERS

    def cell(self, a: AlertRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and a.acknowledged_at is None:
            return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and column == AlertColumn.DETAIL:
            return a.detail
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = AlertColumn(column)
        if column == AlertColumn.RAISED:
            return a.raised_at.astimezone(self.zone).strftime("%H:%M")
        if column == AlertColumn.KIND:
            return a.kind.label
        if column == AlertColumn.DETAIL:
            return a.detail
        if a.acknowledged_at is None:
            return self.tr("Not yet")
        at = a.acknowledged_at.astimezone(self.zone).strftime("%H:%M")
        handled = f"{a.acknowledged_by or ''} {at}：{a.action or ''}"
        if a.cleared_at is not None:
            handled += self.tr(" (cleared %1)").replace(
                "%1", a.cleared_at.astimezone(self.zone).strftime("%H:%M")
            )
        return handled


class PatrolColumn(IntEnum):
    AT = 0
    BY = 1
    WINDOWS = 2
    NOT_MET = 3
    CASES = 4


_PATROL_HEADERS = {
    PatrolColumn.AT: QT_TRANSLATE_NOOP("PatrolModel", "Time"),
    PatrolColumn.BY: QT_TRANSLATE_NOOP("PatrolModel", "By"),
    PatrolColumn.WINDOWS: QT_TRANSLATE_NOOP("PatrolModel", "Windows checked"),
    PatrolColumn.NOT_MET: QT_TRANSLATE_NOOP("PatrolModel", "Not met"),
    PatrolColumn.CASES: QT_TRANSLATE_NOOP("PatrolModel", "督查 cases"),
}


class PatrolModel(RowsTableModel[PatrolRecord]):
    """The day's patrols (清廉大厅), the latest first."""

    CONTEXT = "PatrolModel"
    HEADERS = _PATROL_HEADERS

    def cell(self, p: PatrolRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == PatrolColumn.NOT_MET:
            return "\n".join(
                f"{c.window_number}号窗口 {c.item}{'：' + c.note if c.note else ''}"
                for c in p.not_met
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = PatrolColumn(column)
        if column == PatrolColumn.AT:
            return p.at.astimezone(self.zone).strftime("%H:%M")
        if column == PatrolColumn.BY:
            return p.by_name
        if column == PatrolColumn.WINDOWS:
            return "、".join(f"{n}号" for n in p.window_numbers)
        if column == PatrolColumn.NOT_MET:
            return "；".join(f"{c.window_number}号 {c.item}" for c in p.not_met)
        return "、".join(p.case_codes)
