"""The 排班建议 page of the 统计 tab: a day, the hall's waiting promise, a table of the
half-hours (windows needed / staffed per line and for the hall, short ones marked) and
a chart of needed against staffed over the day for one line or the hall. Passive: the
statistics controller reads the plan and hands it over."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.staffing import MAX_WINDOWS, StaffedFrom, StaffingPlan
from hall_desktop.ui.admin.period_bar import export_menu
from hall_desktop.ui.widgets.forms import Panel, picked_date, qdate

Index = QModelIndex | QPersistentModelIndex
_SHORT = QColor("#fde2e2")  # a half-hour with fewer windows than the promise needs
_NEEDED, _STAFFED = "#dc2626", "#2563eb"
HALL = None  # the line picker's entry for the whole hall


def _needed_text(needed: int | None) -> str:
    return f">{MAX_WINDOWS}" if needed is None else str(needed)


class StaffingModel(QAbstractTableModel):
    """Rows: the half-hours; columns: the time, each line, the hall. A cell reads
    "needed / staffed"; a short one is shaded and bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: StaffingPlan | None = None

    def set_plan(self, plan: StaffingPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.plan.slot_starts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.plan.lines) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.plan is None:
            return None
        line = self.plan.lines[section - 1] if 0 < section <= len(self.plan.lines) else None
        if role == Qt.ItemDataRole.ToolTipRole and line is not None:
            return line.label
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Half-hour")
        if line is not None:  # the prefix over the name: a narrow column reads both
            return f"{line.prefix}\n{line.name}"
        return self.tr("Whole hall")

    def cell(self, row: int, column: int) -> tuple[int | None, int, float] | None:
        """Needed, staffed and arrivals of a line's (or the hall's) half-hour."""
        plan = self.plan
        if plan is None or column == 0:
            return None
        if column <= len(plan.lines):
            s = plan.lines[column - 1].slots[row]
            return s.needed, s.staffed, s.arrivals
        arrivals = sum(line.slots[row].arrivals for line in plan.lines)
        return plan.needed_total(row), plan.staffed_total(row), arrivals

    def is_short(self, row: int, column: int) -> bool:
        found = self.cell(row, column)
        return found is not None and (found[0] is None or found[1] < found[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.plan
        if plan is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{plan.slot_starts[row]:%H:%M}"
            found = self.cell(row, column)
            assert found is not None
            return f"{_needed_text(found[0])} / {found[1]}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and self.is_short(row, column):
            return QBrush(_SHORT)
        if role == Qt.ItemDataRole.FontRole and self.is_short(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column:
            found = self.cell(row, column)
            assert found is not None
            return (
                self.tr("%1 arrivals on average; %2 windows needed, %3 staffed")
                .replace("%1", f"{found[2]:.1f}")
                .replace("%2", _needed_text(found[0]))
                .replace("%3", str(found[1]))
            )
        return None


class StaffingPage(QWidget):
    """排班建议: the day picker and its button, the line picker for the chart, the
    exports; the promise and where the figures come from; the table and the chart."""

    plan_requested = Signal(object)  # the day (a date)
    export_requested = Signal(str)  # "xlsx" or "csv"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: StaffingPlan | None = None
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setObjectName("primary")
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(self.day()))
        self.line_combo = QComboBox()
        self.line_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.line_combo.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.export_button, self.export_actions = export_menu(
            self.tr("Export…"),
            (("xlsx", self.tr("Plan as Excel (XLSX)")), ("csv", self.tr("Plan as CSV"))),
            self.export_requested.emit,
        )
        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Day")))
        toolbar.addWidget(self.day_edit)
        toolbar.addWidget(self.plan_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_button)
        self.promise_label = QLabel()
        self.promise_label.setObjectName("panelTitle")
        self.promise_label.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: #4b5563;")
        self.model = StaffingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table_panel = Panel(self.tr("Windows needed / staffed per half-hour (short ones shaded)"))
        table_panel.body.addWidget(self.table, 1)
        self.chart = QChartView()
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(160)
        chart_panel = Panel(self.tr("Needed and staffed over the day"), self.line_combo)
        chart_panel.body.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_panel)
        splitter.addWidget(chart_panel)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.promise_label)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)

    def day(self) -> date:
        return picked_date(self.day_edit)

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(qdate(day))

    def set_busy(self, busy: bool) -> None:
        self.plan_button.setEnabled(not busy)

    def show_plan(self, plan: StaffingPlan) -> None:
        self.plan = plan
        self.export_button.setEnabled(True)
        self.promise_label.setText(
            self.tr("%1 on %2: keep %3 % of citizens called within %4 minutes")
            .replace("%1", plan.hall_name)
            .replace("%2", plan.day.isoformat())
            .replace("%3", str(plan.promise.percent))
            .replace("%4", str(plan.promise.minutes))
        )
        self.source_label.setText(self._source_text(plan))
        self.model.set_plan(plan)
        picked = self.line_combo.currentData()
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        self.line_combo.addItem(self.tr("Whole hall"), HALL)
        for line in plan.lines:
            self.line_combo.addItem(line.label, line.line_id)
        found = self.line_combo.findData(picked)
        self.line_combo.setCurrentIndex(max(found, 0))
        self.line_combo.blockSignals(False)
        self._show_chart()

    def _source_text(self, plan: StaffingPlan) -> str:
        if not plan.open:
            return self.tr("The hall is closed on this day: nothing to plan.")
        if plan.history_days:
            history = (
                self.tr("Arrivals and service times from %1 earlier days, same weekday: %2.")
                .replace("%1", str(len(plan.history_days)))
                .replace("%2", ", ".join(f"{d:%m-%d}" for d in plan.history_days))
            )
        else:
            history = self.tr("No history on the same weekday in the last 8 weeks: no arrivals.")
        if plan.staffed_from is StaffedFrom.CONFIGURED:
            staffed = self.tr("Staffed: the windows configured for each line.")
        elif plan.configured_from < len(plan.slot_starts):
            staffed = self.tr(
                "Staffed: the windows that served each line in the half-hour; from %1 on "
                "(not begun yet), the windows configured."
            ).replace("%1", f"{plan.slot_starts[plan.configured_from]:%H:%M}")
        else:
            staffed = self.tr("Staffed: the windows that served each line in the half-hour.")
        shared = self.tr("A window serving several lines counts once for each.")
        return f"{history} {staffed} {shared}"

    def _show_chart(self) -> None:
        """Needed against staffed per half-hour, for the line picked or the hall."""
        chart = QChart()  # a new one: the old one goes with its series and axes
        self.chart.setChart(chart)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        plan = self.plan
        if plan is None or not plan.open:
            return
        line_id = self.line_combo.currentData()
        slots = range(len(plan.slot_starts))
        if line_id is None:
            needed = [plan.needed_total(i) for i in slots]
            staffed = [plan.staffed_total(i) for i in slots]
        else:
            line = plan.line(int(line_id))
            needed = [s.needed for s in line.slots]
            staffed = [s.staffed for s in line.slots]
        hours = [t.hour + t.minute / 60 for t in plan.slot_starts]
        first, last = hours[0], hours[-1] + 0.5
        axis_x = QValueAxis()
        axis_x.setRange(math.floor(first), math.ceil(last))
        axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_x.setTickAnchor(0)
        axis_x.setTickInterval(1)
        axis_x.setLabelFormat("%d:00")
        axis_y = QValueAxis()
        highest = max([1, *(n or 0 for n in needed), *staffed])
        axis_y.setRange(0, highest * 1.15)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, values, colour in (
            (self.tr("Needed"), needed, _NEEDED),
            (self.tr("Staffed"), staffed, _STAFFED),
        ):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(colour))
            pen.setWidth(3)
            series.setPen(pen)
            for x, value in _steps(hours, values):
                series.append(x, value)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)


def _steps(hours: list[float], values: Sequence[int | None]) -> list[tuple[float, float]]:
    """A step line through the half-hours: flat over each, down to 0 over a gap (the
    lunch break); a need that cannot be met is drawn at 0 (the table says so)."""
    points: list[tuple[float, float]] = []
    for i, (hour, value) in enumerate(zip(hours, values, strict=True)):
        y = float(value or 0)
        if i and hour > hours[i - 1] + 0.5:  # closed in between
            points += [(hours[i - 1] + 0.5, 0.0), (hour, 0.0)]
        points += [(hour, y), (hour + 0.5, y)]
    return points
