"""The period picker of the figures' tabs (统计, 区县): a named period (本日 … 本年) or
自定义 from–to, the 统计 button and a busy sign (:class:`PeriodBar`, passive), and the
base of those tabs' controllers, which set the dates of a named period and read the
figures of the dates shown (:class:`PeriodController`)."""

from __future__ import annotations

import asyncio
from abc import abstractmethod
from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from hall_desktop.domain.clock import Clock, local_today
from hall_desktop.domain.periods import PeriodKind, period_of
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.forms import MessageLevel, picked_date, qdate

FiguresT = TypeVar("FiguresT")

#: The named periods in the picker's order; the last entry (None) is 自定义 (from–to).
PERIODS: tuple[PeriodKind | None, ...] = (*PeriodKind, None)


class PeriodBar(QWidget):
    """统计周期 [本月 ▾] 从 [date] 至 [date] [统计] (busy)."""

    period_picked = Signal(object)  # PeriodKind, or None for 自定义
    compute_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for kind in PERIODS:  # Qt would keep a PeriodKind as a plain str: index PERIODS
            self.combo.addItem(kind.label if kind is not None else self.tr("Custom"))
        self.combo.activated.connect(lambda _i: self.period_picked.emit(self.period_kind()))
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_dates_edited)
        self.show_button = QPushButton(self.tr("Compute"))
        self.show_button.setObjectName("primary")
        self.show_button.clicked.connect(self.compute_requested)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a busy indicator, no percentage
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Computing…"))
        self.busy_label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            QLabel(self.tr("Period")),
            self.combo,
            QLabel(self.tr("from")),
            self.start_edit,
            QLabel(self.tr("to")),
            self.end_edit,
            self.show_button,
            self.busy,
            self.busy_label,
        ):
            layout.addWidget(widget)

    def period_kind(self) -> PeriodKind | None:
        """The named period picked; None for 自定义."""
        return PERIODS[self.combo.currentIndex()]

    def set_period_kind(self, kind: PeriodKind | None) -> None:
        self.combo.setCurrentIndex(PERIODS.index(kind))

    def show_period(self, kind: PeriodKind, today: date) -> None:
        """The named period ``kind`` around ``today`` in the date fields."""
        period = period_of(kind, today)
        for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.set_period_kind(kind)

    def dates(self) -> tuple[date, date]:
        return picked_date(self.start_edit), picked_date(self.end_edit)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.show_button.setEnabled(not busy)

    def _on_dates_edited(self) -> None:
        """A date typed by hand makes the period 自定义 (:meth:`show_period` sets dates
        with signals blocked)."""
        self.combo.setCurrentIndex(len(PERIODS) - 1)


def export_menu(
    text: str, choices: Sequence[tuple[str, str]], chosen: Callable[[str], object]
) -> tuple[QToolButton, dict[str, QAction]]:
    """A button ``text`` (disabled until there are figures) opening a menu of the
    exports ``choices`` ((key, label) pairs): ``chosen(key)`` when one is picked; the
    button and each choice's action by its key."""
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setEnabled(False)
    menu = QMenu(button)
    actions: dict[str, QAction] = {}
    for key, label in choices:
        action = menu.addAction(label)
        action.triggered.connect(lambda _=False, key=key: chosen(key))
        actions[key] = action
    button.setMenu(menu)
    return button, actions


class PeriodView(Protocol):
    """What a figures tab shows its period and its reading with."""

    period_bar: PeriodBar

    def clear_errors(self) -> None: ...

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None: ...

    def show_field_error(self, field: str, message: str) -> bool: ...

    def set_online(self, online: bool) -> None: ...


class PeriodController(RoleController, Generic[FiguresT]):
    """A figures tab's controller: the period picked in its :class:`PeriodBar`, the
    figures read in a task (a newer click replaces a read still running; the bar shows
    it is busy meanwhile). A subclass says how to read (:meth:`read`) and show
    (:meth:`show`) its figures."""

    #: The period the tab opens with.
    FIRST_PERIOD = PeriodKind.MONTH
    TASK = "figures"

    def __init__(self, view: PeriodView, clock: Clock, zone: tzinfo) -> None:
        super().__init__(view)
        self._period_view = view
        self._clock = clock
        self.zone = zone
        self.figures: FiguresT | None = None
        view.period_bar.period_picked.connect(self._on_period_picked)
        view.period_bar.compute_requested.connect(self.compute)
        self.pick(self.FIRST_PERIOD)

    def today(self) -> date:
        return local_today(self._clock, self.zone)

    def pick(self, kind: PeriodKind) -> None:
        """Show the named period ``kind`` around today in the date fields."""
        self._period_view.period_bar.show_period(kind, self.today())

    def _on_period_picked(self, kind: PeriodKind | None) -> None:
        if kind is not None:
            self.pick(kind)
            self.compute()

    def compute(self) -> None:
        """Read the figures of the dates shown (a newer click replaces a read running)."""
        start, end = self._period_view.period_bar.dates()
        self._period_view.clear_errors()
        self._period_view.period_bar.set_busy(True)
        self._spawn(self._read(start, end), self.TASK, replace=True)

    async def _read(self, start: date, end: date) -> None:
        try:
            figures = await self._guarded(lambda: self.read(start, end))
            if figures is None:
                return
            self.figures = figures
            self.show(figures)
        finally:
            if self._named.get(self.TASK) in (None, asyncio.current_task()):  # not replaced
                self._period_view.period_bar.set_busy(False)

    @abstractmethod
    async def read(self, start: date, end: date) -> FiguresT:
        """The figures from ``start`` to ``end``."""

    @abstractmethod
    def show(self, figures: FiguresT) -> None:
        """Hand ``figures`` to the view."""
