"""免费邮寄月度统计: a year of courier dispatches by month, with half-year and year totals,
for the supervisor's report; exported as CSV for Excel."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.printing.courier import format_yuan, render_figures_csv
from hall_desktop.services.actor import Actor
from hall_desktop.services.courier import CourierService, MonthFigures
from hall_desktop.ui.courier.window import CourierTabController
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.files import choose_save_path
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel


class FiguresColumn(IntEnum):
    PERIOD = 0
    COUNT = 1
    PIECES = 2
    COST = 3
    DELIVERED = 4
    RETURNED = 5
    OPEN = 6
    CANCELLED = 7
    COLLECTIONS = 8


_HEADERS = {
    FiguresColumn.PERIOD: QT_TRANSLATE_NOOP("FiguresModel", "Month"),
    FiguresColumn.COUNT: QT_TRANSLATE_NOOP("FiguresModel", "Dispatches"),
    FiguresColumn.PIECES: QT_TRANSLATE_NOOP("FiguresModel", "Documents"),
    FiguresColumn.COST: QT_TRANSLATE_NOOP("FiguresModel", "Cost (yuan)"),
    FiguresColumn.DELIVERED: QT_TRANSLATE_NOOP("FiguresModel", "Delivered"),
    FiguresColumn.RETURNED: QT_TRANSLATE_NOOP("FiguresModel", "Returned"),
    FiguresColumn.OPEN: QT_TRANSLATE_NOOP("FiguresModel", "Under way"),
    FiguresColumn.CANCELLED: QT_TRANSLATE_NOOP("FiguresModel", "Cancelled"),
    FiguresColumn.COLLECTIONS: QT_TRANSLATE_NOOP("FiguresModel", "Collections"),
}


@dataclass(frozen=True, slots=True)
class FiguresRow:
    id: int  # 1–12 for the months, 13/14 the half-years, 15 the year
    label: str
    figures: MonthFigures

    @property
    def total(self) -> bool:
        return self.id > 12


def figures_rows(months: list[MonthFigures]) -> list[FiguresRow]:
    """The twelve months, then 上半年, 下半年 and the year's total."""

    def summed(part: list[MonthFigures]) -> MonthFigures:
        total = MonthFigures(0)
        for f in part:
            total = total.plus(f)
        return total

    rows = [
        FiguresRow(
            f.month, QCoreApplication.translate("FiguresModel", "Month {n}").format(n=f.month), f
        )
        for f in sorted(months, key=lambda f: f.month)
    ]
    rows.append(
        FiguresRow(13, QCoreApplication.translate("FiguresModel", "First half"), summed(months[:6]))
    )
    rows.append(
        FiguresRow(
            14, QCoreApplication.translate("FiguresModel", "Second half"), summed(months[6:])
        )
    )
    rows.append(FiguresRow(15, QCoreApplication.translate("FiguresModel", "Year"), summed(months)))
    return rows


class FiguresModel(RowsTableModel[FiguresRow]):
    CONTEXT = "FiguresModel"
    HEADERS = _HEADERS

    def cell(self, row: FiguresRow, column: int, role: int) -> Any:
        column = FiguresColumn(column)
        if role == Qt.ItemDataRole.FontRole and row.total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != FiguresColumn.PERIOD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        f = row.figures
        if column == FiguresColumn.PERIOD:
            return row.label
        if column == FiguresColumn.COST:
            return format_yuan(Decimal(f.cost_cents) / 100)
        return str(
            {
                FiguresColumn.COUNT: f.count,
                FiguresColumn.PIECES: f.pieces,
                FiguresColumn.DELIVERED: f.delivered,
                FiguresColumn.RETURNED: f.returned,
                FiguresColumn.OPEN: f.open,
                FiguresColumn.CANCELLED: f.cancelled,
                FiguresColumn.COLLECTIONS: f.collections,
            }[column]
        )


class CourierFigures(QWidget, FormFeedback):
    """The year picker, the table and the CSV export; passive."""

    year_changed = Signal(int)
    export_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_edit = QSpinBox()
        self.year_edit.setRange(2000, 2100)
        self.year_edit.setSuffix(self.tr(" (year)"))
        self.year_edit.valueChanged.connect(self.year_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(lambda: self.year_changed.emit(self.year()))
        self.export_button = QPushButton(self.tr("Export CSV"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.year()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Free courier dispatches by month of entry")))
        top.addStretch(1)
        for widget in (self.year_edit, self.refresh_button, self.export_button):
            top.addWidget(widget)
        self.model = FiguresModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.errors = {}  # the figures have no fields to complain about
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def year(self) -> int:
        return self.year_edit.value()

    def show_figures(self, months: list[MonthFigures]) -> None:
        self.model.set_rows(figures_rows(months))


class FiguresController(CourierTabController[CourierFigures]):
    exported = Signal(str)

    def __init__(
        self,
        view: CourierFigures,
        service: CourierService,
        actor: Actor,
        *,
        hall_name: str,
        timezone: str,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__(view, service, actor, hall_name=hall_name, timezone=timezone)
        self.export_dir = export_dir
        self._file_dialog: QFileDialog | None = None
        view.year_edit.setValue(self.time.today().year)
        view.year_changed.connect(lambda _y: self.schedule_refresh())
        view.export_requested.connect(self._on_export)

    def start(self) -> None:
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        months = await self._guarded(
            lambda: self.service.monthly_figures(self.actor, self.view.year())
        )
        if months is not None:
            self.view.show_figures(months)

    async def export(self, year: int, target: Path) -> Path | None:
        months = await self._guarded(lambda: self.service.monthly_figures(self.actor, year))
        if months is None:
            return None
        rows = [(r.label, r.figures) for r in figures_rows(months)]
        target.write_bytes(render_figures_csv(self.hall_name, year, rows))
        self.exported.emit(str(target))
        self.view.show_message(self.tr("Saved to {path}").format(path=target), MessageLevel.SUCCESS)
        return target

    def _on_export(self, year: int) -> None:
        self._file_dialog = choose_save_path(
            self.view,
            self.tr("Save the monthly figures"),
            f"免费邮寄-{year}年月度统计.csv",
            lambda path: self._spawn(self.export(year, path), "courier-figures-export"),
            export_dir=self.export_dir,
        )
