"""The pieces of the hours and calendar editor (:mod:`hall_desktop.ui.admin.hours`):
what its two forms hold as typed, one weekday row of the weekly table, one day of the
month grid, and the time fields they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.hours import DayHours, DayKind
from hall_desktop.services.hours_admin import MonthDay
from hall_desktop.ui.widgets.forms import error_label, picked_time, qtime, set_style_property

DEFAULT_HOURS = DayHours(time(9), time(17, 30), time(12), time(13, 30))


@dataclass(frozen=True)
class WeekdayForm:
    """One row of the weekly table as typed (checked by the controller)."""

    weekday: int
    is_open: bool
    opens: time
    closes: time
    lunch: bool
    lunch_start: time
    lunch_end: time


@dataclass(frozen=True)
class DayForm:
    """The side form as typed: the day's kind, name and (optional) own hours."""

    day: date
    kind: DayKind
    name: str
    own_hours: bool
    opens: time
    closes: time
    lunch: bool
    lunch_start: time
    lunch_end: time


def time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(qtime(value))
    edit.setDisplayFormat("HH:mm")
    edit.setFixedWidth(80)
    edit.setProperty("invalid", "false")
    return edit


def hours_text(hours: DayHours) -> str:
    return f"{hours.opens:%H:%M}–{hours.closes:%H:%M}"


class WeekdayRow:
    """The widgets of one weekday in the weekly table."""

    def __init__(self, weekday: int, name: str, open_text: str, lunch_text: str) -> None:
        self.weekday = weekday
        self.label = QLabel(name)
        # The column heads name the checkboxes; the accessible names say it to screen readers.
        self.open_check = QCheckBox()
        self.open_check.setAccessibleName(f"{name} {open_text}")
        self.opens = time_edit(DEFAULT_HOURS.opens)
        self.closes = time_edit(DEFAULT_HOURS.closes)
        self.lunch_check = QCheckBox()
        self.lunch_check.setAccessibleName(f"{name} {lunch_text}")
        self.lunch_start = time_edit(time(12))
        self.lunch_end = time_edit(time(13, 30))
        self.error = error_label()
        self.open_check.toggled.connect(self._update_enabled)
        self.lunch_check.toggled.connect(self._update_enabled)

    def fields(self) -> dict[str, QTimeEdit]:
        return {
            "opens": self.opens,
            "closes": self.closes,
            "lunch_start": self.lunch_start,
            "lunch_end": self.lunch_end,
        }

    def show_hours(self, hours: DayHours | None) -> None:
        self.open_check.setChecked(hours is not None)
        if hours is not None:
            self.opens.setTime(qtime(hours.opens))
            self.closes.setTime(qtime(hours.closes))
            self.lunch_check.setChecked(hours.lunch_start is not None)
            if hours.lunch_start is not None and hours.lunch_end is not None:
                self.lunch_start.setTime(qtime(hours.lunch_start))
                self.lunch_end.setTime(qtime(hours.lunch_end))
        self._update_enabled()

    def form(self) -> WeekdayForm:
        return WeekdayForm(
            weekday=self.weekday,
            is_open=self.open_check.isChecked(),
            opens=picked_time(self.opens),
            closes=picked_time(self.closes),
            lunch=self.lunch_check.isChecked(),
            lunch_start=picked_time(self.lunch_start),
            lunch_end=picked_time(self.lunch_end),
        )

    def show_error(self, field: str, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        edit = self.fields().get(field)
        if edit is not None:
            set_style_property(edit, "invalid", "true")

    def clear_error(self) -> None:
        self.error.hide()
        for edit in self.fields().values():
            set_style_property(edit, "invalid", "false")

    def _update_enabled(self, *_: object) -> None:
        is_open = self.open_check.isChecked()
        for edit in (self.opens, self.closes, self.lunch_check):
            edit.setEnabled(is_open)
        lunch = is_open and self.lunch_check.isChecked()
        self.lunch_start.setEnabled(lunch)
        self.lunch_end.setEnabled(lunch)


class DayCell(QFrame):
    """One day of the month grid: number, kind badge, name, hours. Click to edit."""

    clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayCell")
        self.setProperty("kind", "blank")
        self.setProperty("selected", "false")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 58)
        self.info: MonthDay | None = None
        self.number = QLabel()
        self.number.setObjectName("dayNumber")
        self.number.setProperty("today", "false")
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setProperty("kind", "")
        self.badge.setProperty("pending", "false")
        self.name = QLabel()
        self.name.setObjectName("dayName")
        self.hours = QLabel()
        self.hours.setObjectName("dayHours")
        for label in (self.name, self.hours, self.badge):
            label.setMinimumWidth(1)  # cut, never widen the grid
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.number)
        top.addStretch(1)
        top.addWidget(self.badge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.hours)
        layout.addStretch(1)

    @property
    def day(self) -> date | None:
        return None if self.info is None else self.info.day

    @property
    def kind(self) -> str:
        return str(self.property("kind"))

    def show_day(self, info: MonthDay | None, kind: str, badge: str, today: date | None) -> None:
        self.info = info
        set_style_property(self, "kind", kind)
        set_style_property(self.badge, "kind", kind)
        pending = info is not None and info.pending
        set_style_property(self.badge, "pending", "true" if pending else "false")
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        if info is None:
            for label in (self.number, self.name, self.hours):
                label.clear()
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.setToolTip("")
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number.setText(str(info.day.day))
        set_style_property(self.number, "today", "true" if info.day == today else "false")
        self.name.setText(info.name)
        self.name.setToolTip(info.name)
        hours = info.hours
        self.hours.setText(hours_text(hours) if hours is not None else "")
        tip = [info.day.isoformat(), badge, info.name]
        if hours is not None:
            tip.append(hours_text(hours))
            if hours.lunch_start is not None and hours.lunch_end is not None:
                tip.append(
                    self.tr("lunch {start}–{end}").format(
                        start=f"{hours.lunch_start:%H:%M}", end=f"{hours.lunch_end:%H:%M}"
                    )
                )
        self.setToolTip(" · ".join(t for t in tip if t))

    def set_selected(self, selected: bool) -> None:
        set_style_property(self, "selected", "true" if selected else "false")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.info is not None:
            self.clicked.emit(self.info.day)
        super().mousePressEvent(event)
