"""The 预计等候准确度 page of the 统计 tab: for the tab's period, how close the wait
estimates given at issue came to the waits: the whole hall and each line, then each day
and line (one line or all). Passive: the statistics controller reads the figures and
hands them over."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.estimate_accuracy import Accuracy, EstimateAccuracy
from hall_desktop.ui.admin.period_bar import export_menu
from hall_desktop.ui.admin.tables import table
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.forms import Panel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALL_LINES = None  # the day table's line picker: every line


@dataclass(frozen=True, slots=True)
class AccuracyLine:
    """One row of a table: what it is about (the hall, a line), its day (None: the
    period) and its figures."""

    label: str
    figures: Accuracy
    day: date | None = None
    line_id: int | None = None  # None: the whole hall
    total: bool = False


class AccuracyColumn(IntEnum):
    SUBJECT = 0
    COUNT = 1
    MEDIAN = 2
    P90 = 3
    WITHIN = 4
    IN_RANGE = 5
    BIAS = 6


def _share(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _minutes(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:+.1f}" if signed and value else f"{value:.1f}"


def figure_text(a: Accuracy, column: AccuracyColumn) -> str:
    """A figure's cell text: minutes with one decimal (the bias signed), shares in %."""
    if column == AccuracyColumn.COUNT:
        return str(a.count)
    if column == AccuracyColumn.MEDIAN:
        return _minutes(a.median_minutes)
    if column == AccuracyColumn.P90:
        return _minutes(a.p90_minutes)
    if column == AccuracyColumn.WITHIN:
        return _share(a.within_share)
    if column == AccuracyColumn.IN_RANGE:
        return _share(a.in_range_share)
    return _minutes(a.bias_minutes, signed=True)


class AccuracyModel(RowsTableModel[AccuracyLine]):
    """The hall's total (bold, on top) and each line over the period."""

    CONTEXT = "AccuracyModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        AccuracyColumn.SUBJECT: QT_TRANSLATE_NOOP("AccuracyModel", "Business line"),
        AccuracyColumn.COUNT: QT_TRANSLATE_NOOP("AccuracyModel", "Tickets (with estimate)"),
        AccuracyColumn.MEDIAN: QT_TRANSLATE_NOOP("AccuracyModel", "Median error (min)"),
        AccuracyColumn.P90: QT_TRANSLATE_NOOP("AccuracyModel", "90% error (min)"),
        AccuracyColumn.WITHIN: QT_TRANSLATE_NOOP("AccuracyModel", "Within ±5 min"),
        AccuracyColumn.IN_RANGE: QT_TRANSLATE_NOOP("AccuracyModel", "Inside the range shown"),
        AccuracyColumn.BIAS: QT_TRANSLATE_NOOP("AccuracyModel", "Mean bias (min)"),
    }
    #: Columns before the figures (the day table has the day first).
    LEAD = 0

    def cell(self, row: AccuracyLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.total:
            font = QFont()
            font.setBold(True)
            return font
        if column < self.LEAD:
            return f"{row.day:%Y-%m-%d}" if role == Qt.ItemDataRole.DisplayRole else None
        figure = AccuracyColumn(column - self.LEAD)
        if figure == AccuracyColumn.SUBJECT:
            return row.label if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_text(row.figures, figure)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None


class AccuracyDayModel(AccuracyModel):
    """Each day and line."""

    CONTEXT = "AccuracyModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        0: QT_TRANSLATE_NOOP("AccuracyModel", "Day"),
        **{column + 1: text for column, text in AccuracyModel.HEADERS.items()},
    }
    LEAD = 1


class AccuracyPage(QWidget):
    """预计等候准确度: what the figures mean, the exports, the hall and lines over the
    period, and each day × line (for the line picked, or all)."""

    export_requested = Signal(str)  # "xlsx" or "csv"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: EstimateAccuracy | None = None
        self.heading = QLabel(self.tr("Pick a period and press Compute."))
        self.heading.setObjectName("panelTitle")
        self.busy_label = QLabel(self.tr("Computing…"))
        self.busy_label.hide()
        self.export_button, self.export_actions = export_menu(
            self.tr("Export…"),
            (
                ("xlsx", self.tr("Accuracy as Excel (XLSX)")),
                ("csv", self.tr("Accuracy as CSV")),
            ),
            self.export_requested.emit,
        )
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.heading)
        toolbar.addWidget(self.busy_label)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_button)
        self.note = QLabel(
            self.tr(
                "Each ticket's wait estimate, given when it was issued, against its actual "
                "wait (issue → first call). Error = estimate − actual: a positive bias means "
                "the estimates were too long. Inside the range shown: the wait in whole "
                "minutes within the range printed on the slip. Tickets never called and "
                "tickets issued without an estimate are left out."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4b5563;")
        self.model = AccuracyModel(self)
        self.table = table(self.model, fit_columns=self.model.LEAD + 1)
        self.lines_panel = lines = Panel(self.tr("The whole hall and each line over the period"))
        lines.body.addWidget(self.table, 1)
        self.line_combo = QComboBox()
        self.line_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.line_combo.currentIndexChanged.connect(lambda _i: self._show_days())
        self.day_model = AccuracyDayModel(self)
        self.day_table = table(self.day_model, fit_columns=self.day_model.LEAD + 1)
        days = Panel(self.tr("Each day and line"), self.line_combo)
        days.body.addWidget(self.day_table, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(lines)
        splitter.addWidget(days)
        splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    def show_accuracy(self, found: EstimateAccuracy) -> None:
        self.found = found
        self.export_button.setEnabled(True)
        self.heading.setText(
            self.tr("%1: %2 to %3, %4 tickets with an estimate and a wait")
            .replace("%1", found.hall_name)
            .replace("%2", found.start.isoformat())
            .replace("%3", found.end.isoformat())
            .replace("%4", str(found.total.count))
        )
        hall = AccuracyLine(self.tr("Whole hall"), found.total, total=True)
        self.model.set_rows(
            [hall, *(AccuracyLine(r.line.label, r.figures, None, r.line.id) for r in found.by_line)]
        )
        picked = self.line_combo.currentData()
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        self.line_combo.addItem(self.tr("All lines"), ALL_LINES)
        for row in found.by_line:
            self.line_combo.addItem(row.line.label, row.line.id)
        self.line_combo.setCurrentIndex(max(self.line_combo.findData(picked), 0))
        self.line_combo.blockSignals(False)
        self._show_days()
        self._fit_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        """Room for every row of the lines' table (a hall has a handful of lines), up to
        two thirds of the height; the days' table, which scrolls, takes the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0 or not self.model.rowCount():
            return
        table = self.table
        rows = table.verticalHeader().defaultSectionSize() * self.model.rowCount()
        around = max(self.lines_panel.height() - table.height(), 0)  # the title, margins
        wanted = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        top = min(wanted + around + 2, total * 2 // 3)
        self.splitter.setSizes([top, total - top])

    def _show_days(self) -> None:
        found = self.found
        line_id = self.line_combo.currentData()
        rows = (
            []
            if found is None
            else [
                AccuracyLine(r.line.label, r.figures, r.day, r.line.id)
                for r in found.by_day
                if line_id is None or r.line.id == line_id
            ]
        )
        self.day_model.set_rows(rows)
