"""The hours and calendar editor (营业时间与节假日日历): weekly hours, a month of days,
a side form for one day, and a banner while this or the coming year is not confirmed
(its holidays computed, 待确认, or not imported yet).

A passive widget: it emits what the supervisor asked for and shows what the controller
(:mod:`hall_desktop.ui.admin.hours_controller`) hands back.
"""

from __future__ import annotations

import calendar
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.hours import DayKind, YearSource
from hall_desktop.services.hours_admin import (
    NAME_MAX,
    MonthDay,
    MonthView,
    WeekdayHours,
    YearStatus,
)
from hall_desktop.ui.admin.hours_widgets import (
    DEFAULT_HOURS,
    DayCell,
    DayForm,
    WeekdayRow,
    hours_text,
    time_edit,
)
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import (
    MessageLevel,
    Panel,
    error_label,
    picked_time,
    qtime,
    repolish,
    set_style_property,
)

if TYPE_CHECKING:
    from hall_desktop.services.actor import Actor
    from hall_desktop.services.dto import HallInfo
    from hall_desktop.store.database import Database
    from hall_desktop.ui.common.controller import RoleController

GRID_ROWS = 6  # weeks a month can touch
LEFT_WIDTH = 560  # the weekly table and the day form; the month takes the rest


class HoursEditor(QWidget):
    """Weekly hours, the month grid and the day form. Signals carry what was asked for."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Hours and calendar")
    ORDER = 20

    week_save_requested = Signal(object)  # list[WeekdayForm]
    month_requested = Signal(int, int)  # year, month
    day_save_requested = Signal(object)  # DayForm
    day_clear_requested = Signal(object)  # date
    import_requested = Signal(int)  # year
    confirm_requested = Signal(int)  # year
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursEditor")
        self.setWindowTitle(self.tr("Opening hours and calendar"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("hours"))
        self.view: MonthView | None = None
        self.selected_day: date | None = None
        self.coming_year: int | None = None
        self._today: date | None = None  # the hall's today, from the controller
        self._month_package_knows = False
        self._kind_labels = {
            DayKind.HOLIDAY.value: self.tr("Holiday"),
            DayKind.MAKEUP_WORKDAY.value: self.tr("Make-up workday"),
            DayKind.OPEN_HOLIDAY.value: self.tr("Open on holiday"),
            DayKind.CLOSED.value: self.tr("Closed"),
            "weekend": self.tr("Rest day"),
        }
        # Short words for the month's badges (a cell is about 100 px wide).
        self._badges = {
            DayKind.HOLIDAY.value: self.tr("Holiday"),
            DayKind.MAKEUP_WORKDAY.value: self.tr("Make-up"),
            DayKind.OPEN_HOLIDAY.value: self.tr("Holiday open"),
            DayKind.CLOSED.value: self.tr("Closed"),
            "weekend": self.tr("Rest day"),
        }
        self._pending_badge = self.tr("To confirm")

        self.header = QFrame()
        self.header.setObjectName("hoursHeader")
        top = QHBoxLayout(self.header)
        top.setContentsMargins(12, 6, 12, 6)
        title = QLabel(self.tr("Opening hours and holiday calendar"))
        title.setObjectName("hoursTitle")
        self.user_label = QLabel()
        top.addWidget(title, 1)
        top.addWidget(self.user_label)
        self.banner = StatusBanner()

        self.coming_frame = QFrame()
        self.coming_frame.setObjectName("comingYear")
        coming = QHBoxLayout(self.coming_frame)
        coming.setContentsMargins(12, 6, 12, 6)
        self.coming_label = QLabel()
        self.coming_label.setObjectName("comingYearText")
        self.coming_label.setWordWrap(True)
        self.coming_import_button = QPushButton()
        self.coming_import_button.setObjectName("primaryButton")
        self.coming_import_button.clicked.connect(self._on_import_coming)
        self.coming_goto_button = QPushButton()
        self.coming_goto_button.clicked.connect(self._on_goto_coming)
        coming.addWidget(self.coming_label, 1)
        coming.addWidget(self.coming_import_button)
        coming.addWidget(self.coming_goto_button)
        self.coming_frame.hide()

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", MessageLevel.INFO.value)
        self.message.hide()  # shown with the first thing worth saying

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self._build_week())
        left.addWidget(self._build_day_form(), 1)
        left_host = QWidget()
        left_host.setObjectName("leftColumn")
        left_host.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        # On a short screen (the admin window's tab) the column scrolls instead of
        # forcing the window taller.
        left_scroll = QScrollArea()
        left_scroll.setObjectName("leftScroll")
        left_scroll.setWidget(left_host)
        left_scroll.setWidgetResizable(True)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setFixedWidth(LEFT_WIDTH)

        body = QHBoxLayout()
        body.setContentsMargins(12, 8, 12, 12)
        body.setSpacing(12)
        body.addWidget(left_scroll)
        body.addWidget(self._build_month(), 1)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addWidget(self.banner)
        notices = QVBoxLayout()
        notices.setContentsMargins(12, 8, 12, 0)
        notices.setSpacing(6)
        notices.addWidget(self.coming_frame)
        notices.addWidget(self.message)
        root.addLayout(notices)
        root.addLayout(body, 1)

    # -- building --------------------------------------------------------------------

    def _build_week(self) -> QFrame:
        self.week_save_button = QPushButton(self.tr("Save weekly hours"))
        self.week_save_button.setObjectName("primaryButton")
        self.week_save_button.setToolTip(self.tr("Other PCs follow new hours within a minute."))
        self.week_save_button.clicked.connect(self._on_save_week)
        frame = Panel(self.tr("Weekly opening hours"), self.week_save_button, compact=True)
        layout = frame.body
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        heads = ["", self.tr("Open"), self.tr("Opens"), self.tr("Closes"), self.tr("Lunch")]
        heads += [self.tr("Lunch from"), self.tr("Lunch until")]
        for column, text in enumerate(heads):
            head = QLabel(text)
            head.setObjectName("columnHead")
            grid.addWidget(head, 0, column)
        locale = QLocale()
        self.week_rows: list[WeekdayRow] = []
        for weekday in range(7):
            row = WeekdayRow(
                weekday,
                locale.dayName(weekday + 1, QLocale.FormatType.LongFormat),
                self.tr("Open"),
                self.tr("Lunch break"),
            )
            line = 1 + 2 * weekday
            for column, widget in enumerate(
                (
                    row.label,
                    row.open_check,
                    row.opens,
                    row.closes,
                    row.lunch_check,
                    row.lunch_start,
                    row.lunch_end,
                )
            ):
                grid.addWidget(widget, line, column)
            grid.addWidget(row.error, line + 1, 1, 1, 6)
            self.week_rows.append(row)
        grid.setColumnStretch(7, 1)
        layout.addLayout(grid)
        return frame

    def _build_day_form(self) -> QFrame:
        frame = Panel(self.tr("A single day"), compact=True)
        layout, self.day_title = frame.body, frame.title
        self.day_hint = QLabel(
            self.tr(
                "Click a day in the month to mark a holiday, a make-up workday (调休) or a "
                "holiday opening with its own hours."
            )
        )
        self.day_hint.setObjectName("hint")
        self.day_hint.setWordWrap(True)
        layout.addWidget(self.day_hint)

        self.day_form = QWidget()
        grid = QGridLayout(self.day_form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.day_now = QLabel()
        self.day_now.setObjectName("hint")
        self.day_now.setWordWrap(True)
        grid.addWidget(self.day_now, 0, 0, 1, 5)

        self.kind_combo = QComboBox()
        for kind in (
            DayKind.HOLIDAY,
            DayKind.MAKEUP_WORKDAY,
            DayKind.OPEN_HOLIDAY,
            DayKind.CLOSED,
        ):
            self.kind_combo.addItem(self._kind_labels[kind.value], kind.value)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("e.g. National Day"))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addSpacing(8)
        kind_row.addWidget(QLabel(self.tr("Name")))
        kind_row.addWidget(self.name_edit, 1)
        grid.addWidget(QLabel(self.tr("Kind")), 1, 0)
        grid.addLayout(kind_row, 1, 1, 1, 5)
        self.name_error = error_label()
        grid.addWidget(self.name_error, 2, 1, 1, 5)

        self.own_hours_check = QCheckBox(self.tr("Own hours"))
        self.day_opens = time_edit(DEFAULT_HOURS.opens)
        self.day_closes = time_edit(DEFAULT_HOURS.closes)
        dash = QLabel("–")
        grid.addWidget(self.own_hours_check, 4, 0)
        grid.addWidget(QLabel(self.tr("Opens")), 4, 1)
        grid.addWidget(self.day_opens, 4, 2)
        grid.addWidget(dash, 4, 3)
        grid.addWidget(self.day_closes, 4, 4)
        self.hours_error = error_label()
        grid.addWidget(self.hours_error, 5, 1, 1, 4)
        self.day_lunch_check = QCheckBox(self.tr("Lunch break"))
        self.day_lunch_start = time_edit(time(12))
        self.day_lunch_end = time_edit(time(13, 30))
        grid.addWidget(self.day_lunch_check, 6, 1)
        grid.addWidget(self.day_lunch_start, 6, 2)
        grid.addWidget(QLabel("–"), 6, 3)
        grid.addWidget(self.day_lunch_end, 6, 4)
        self.lunch_error = error_label()
        grid.addWidget(self.lunch_error, 7, 1, 1, 4)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("hint")
        self.kind_hint.setWordWrap(True)
        grid.addWidget(self.kind_hint, 8, 0, 1, 6)
        grid.setColumnStretch(5, 1)
        self.own_hours_check.toggled.connect(self._update_day_enabled)
        self.day_lunch_check.toggled.connect(self._update_day_enabled)

        buttons = QHBoxLayout()
        self.day_clear_button = QPushButton(self.tr("Back to weekly hours"))
        self.day_clear_button.clicked.connect(self._on_clear_day)
        self.day_save_button = QPushButton(self.tr("Save day"))
        self.day_save_button.setObjectName("primaryButton")
        self.day_save_button.clicked.connect(self._on_save_day)
        buttons.addStretch(1)
        buttons.addWidget(self.day_clear_button)
        buttons.addWidget(self.day_save_button)
        grid.addLayout(buttons, 9, 0, 1, 6)
        self.day_form.hide()
        layout.addWidget(self.day_form)
        layout.addStretch(1)
        return frame

    def _build_month(self) -> QFrame:
        frame = Panel(compact=True)
        layout = frame.body
        nav = QHBoxLayout()
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.today_button = QPushButton(self.tr("This month"))
        self.month_title = QLabel()
        self.month_title.setObjectName("monthTitle")
        self.month_title.setMinimumWidth(140)
        self.month_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.year_status = QLabel()
        self.year_status.setObjectName("yearStatus")
        self.year_status.setProperty("known", "true")
        self.year_status.setWordWrap(True)
        self.year_status.setMinimumWidth(1)
        self.import_button = QPushButton()
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primaryButton")
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(40)
        self.prev_button.clicked.connect(lambda: self._on_step_month(-1))
        self.next_button.clicked.connect(lambda: self._on_step_month(1))
        self.today_button.clicked.connect(self._on_this_month)
        self.import_button.clicked.connect(self._on_import_month_year)
        self.confirm_button.clicked.connect(self._on_confirm_month_year)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month_title)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        nav.addSpacing(12)
        nav.addWidget(self.year_status, 1)
        nav.addWidget(self.import_button)
        nav.addWidget(self.confirm_button)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload_requested)
        nav.addWidget(self.reload_button)
        self.import_button.hide()
        self.confirm_button.hide()
        layout.addLayout(nav)

        grid = QGridLayout()
        grid.setSpacing(4)
        locale = QLocale()
        for weekday in range(7):
            head = QLabel(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            head.setObjectName("weekdayHead")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, weekday)
            grid.setColumnStretch(weekday, 1)
        self.cells: list[DayCell] = []
        for n in range(GRID_ROWS * 7):
            cell = DayCell()
            cell.clicked.connect(self._on_day_clicked)
            grid.addWidget(cell, 1 + n // 7, n % 7)
            self.cells.append(cell)
        for week in range(GRID_ROWS):
            grid.setRowStretch(1 + week, 1)
        self.month_grid = grid
        layout.addLayout(grid, 1)

        self.years_label = QLabel()
        self.years_label.setObjectName("legend")
        self.years_label.setWordWrap(True)
        layout.addWidget(self.years_label)
        return frame

    # -- what the controller calls ---------------------------------------------------

    def set_user(self, text: str) -> None:
        self.user_label.setText(text)

    def set_embedded(self, embedded: bool) -> None:
        """Inside the admin window's tab: its header already names the screen and user."""
        self.header.setVisible(not embedded)

    def set_today(self, today: date) -> None:
        self._today = today

    def set_online(self, online: bool) -> None:
        if online:
            self.banner.clear_message()
        else:
            self.banner.show_message(
                self.tr("Connection lost: changes cannot be saved. Click Reload to try again.")
            )

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.message.setText(text)
        self.message.setProperty("level", str(level))
        repolish(self.message)
        self.message.show()

    def show_week(self, week: list[WeekdayHours]) -> None:
        for row, hours in zip(self.week_rows, week, strict=True):
            row.show_hours(hours.hours)
        self.clear_week_errors()

    def show_week_error(self, weekday: int, field: str, message: str) -> None:
        self.week_rows[weekday].show_error(field, message)

    def clear_week_errors(self) -> None:
        for row in self.week_rows:
            row.clear_error()

    def show_month(self, view: MonthView, package_knows: bool) -> None:
        """Show ``view``; ``package_knows``: chinesecalendar has the month's year."""
        self.view = view
        self._month_package_knows = package_knows
        first = QDate(view.year, view.month, 1)
        self.month_title.setText(QLocale().toString(first, self.tr("MMMM yyyy")))
        offset = calendar.monthrange(view.year, view.month)[0]  # Monday = 0
        for n, cell in enumerate(self.cells):
            index = n - offset
            if 0 <= index < len(view.days):
                info = view.days[index]
                kind = self._cell_kind(info)
                badge = self._pending_badge if info.pending else self._badges.get(kind, "")
                cell.show_day(info, kind, badge, self._today)
                cell.show()
            else:
                cell.show_day(None, "blank", "", self._today)
            cell.set_selected(cell.day is not None and cell.day == self.selected_day)
        # The last row is needed only by months that touch six weeks.
        six_weeks = offset + len(view.days) > 35
        for cell in self.cells[35:]:
            cell.setVisible(six_weeks)
        self.month_grid.setRowStretch(GRID_ROWS, 1 if six_weeks else 0)
        year = view.year
        confirmed = view.confirmed
        self.year_status.setText(self._year_state(year, view.year_source, package_knows, long=True))
        set_style_property(self.year_status, "known", "true" if confirmed else "false")
        self.import_button.setText(self.tr("Import {year}").format(year=year))
        self.import_button.setToolTip(
            self.tr("Take the holidays and make-up workdays of {year} from chinesecalendar").format(
                year=year
            )
        )
        self.import_button.setVisible(not confirmed and package_knows)
        self.confirm_button.setText(self.tr("Confirm {year}").format(year=year))
        self.confirm_button.setToolTip(
            self.tr(
                "The holidays of {year} are checked against the State Council's notice and "
                "its make-up workdays (调休) are entered"
            ).format(year=year)
        )
        self.confirm_button.setVisible(not confirmed and not package_knows)
        if self.selected_day is not None:
            selected = self.day_info(self.selected_day)
            if selected is None:
                self._close_day_form()
            else:
                self.open_day(selected)

    def show_years(self, years: list[YearStatus]) -> None:
        parts = [
            self._year_state(status.year, status.source, status.package_knows, long=False)
            for status in years
        ]
        self.years_label.setText(self.tr("Calendar years: ") + " · ".join(parts))

    def _year_state(
        self, year: int, source: YearSource | None, package_knows: bool, *, long: bool
    ) -> str:
        """Where a year's holidays come from, for the month's bar (``long``) or the list."""
        if source is YearSource.PACKAGE:
            text = (
                self.tr("Holidays of {year}: imported from chinesecalendar")
                if long
                else self.tr("{year}: chinesecalendar")
            )
        elif source is YearSource.MANUAL:
            text = (
                self.tr("Holidays of {year}: confirmed") if long else self.tr("{year}: confirmed")
            )
        elif source is None and package_knows:
            text = (
                self.tr("Holidays of {year}: chinesecalendar's, not imported yet")
                if long
                else self.tr("{year}: not imported yet")
            )
        else:
            text = (
                self.tr("Holidays of {year}: computed, to be confirmed")
                if long
                else self.tr("{year}: computed, to be confirmed")
            )
        return text.format(year=year)

    def show_coming_year(self, year: int | None, package_knows: bool) -> None:
        """The banner for a year not confirmed yet; hidden when ``year`` is None."""
        self.coming_year = year
        if year is None:
            self.coming_frame.hide()
            return
        if package_knows:
            text = self.tr(
                "The holidays and make-up workdays of {year} are not confirmed yet. "
                "chinesecalendar knows them: import them now."
            )
        else:
            text = self.tr(
                "The statutory holidays of {year} are computed and still to be confirmed; "
                "the hall is already closed on them. When the State Council publishes the "
                "arrangement for {year}, check them, enter the make-up workdays and "
                "confirm {year}."
            )
        self.coming_label.setText(text.format(year=year))
        self.coming_import_button.setText(self.tr("Import {year}").format(year=year))
        self.coming_import_button.setVisible(package_knows)
        self.coming_goto_button.setText(self.tr("Go to January {year}").format(year=year))
        self.coming_goto_button.setVisible(not package_knows)
        self.coming_frame.show()

    def show_field_error(self, field: str, message: str) -> bool:
        """A service's complaint about the day form, next to its field."""
        label = {
            "name": self.name_error,
            "opens": self.hours_error,
            "closes": self.hours_error,
            "hours": self.hours_error,
            "kind": self.hours_error,
            "lunch_start": self.lunch_error,
            "lunch_end": self.lunch_error,
        }.get(field)
        if label is None or self.selected_day is None:
            return False
        label.setText(message)
        label.show()
        edit = {
            "opens": self.day_opens,
            "closes": self.day_closes,
            "lunch_start": self.day_lunch_start,
            "lunch_end": self.day_lunch_end,
        }.get(field)
        if edit is not None:
            set_style_property(edit, "invalid", "true")
        return True

    def clear_day_errors(self) -> None:
        for label in (self.name_error, self.hours_error, self.lunch_error):
            label.hide()
        for edit in (self.day_opens, self.day_closes, self.day_lunch_start, self.day_lunch_end):
            set_style_property(edit, "invalid", "false")

    def cell_of(self, day: date) -> DayCell | None:
        return next((cell for cell in self.cells if cell.day == day), None)

    def day_info(self, day: date) -> MonthDay | None:
        view = self.view
        if view is None or (day.year, day.month) != (view.year, view.month):
            return None
        return view.on(day)

    def open_day(self, info: MonthDay) -> None:
        """Fill the side form with ``info`` and show it."""
        self.selected_day = info.day
        for cell in self.cells:
            cell.set_selected(cell.day == info.day)
        self.clear_day_errors()
        when = QDate(info.day.year, info.day.month, info.day.day)
        self.day_title.setText(QLocale().toString(when, self.tr("dddd, d MMMM yyyy")))
        kind = self._cell_kind(info)
        label = self._kind_labels.get(kind, self.tr("Workday"))
        hours = hours_text(info.hours) if info.hours is not None else self.tr("closed")
        named = f"（{info.name}）" if info.name else ""
        if info.kind is None:
            now = self.tr("Now: {kind}, {hours}, by the weekly hours.")
        elif info.pending:
            now = self.tr("Now: {kind}{name}, {hours}; computed, to be confirmed.")
        else:
            now = self.tr("Now: {kind}{name}, {hours}.")
        self.day_now.setText(now.format(kind=label, name=named, hours=hours))
        index = self.kind_combo.findData(
            info.kind.value if info.kind is not None else self._suggested_kind(info)
        )
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.kind_combo.blockSignals(False)
        self.name_edit.setText(info.name)
        shown = info.hours or DEFAULT_HOURS
        self.day_opens.setTime(qtime(shown.opens))
        self.day_closes.setTime(qtime(shown.closes))
        lunch = shown.lunch_start is not None and shown.lunch_end is not None
        self.day_lunch_check.setChecked(lunch)
        if shown.lunch_start is not None and shown.lunch_end is not None:
            self.day_lunch_start.setTime(qtime(shown.lunch_start))
            self.day_lunch_end.setTime(qtime(shown.lunch_end))
        self.own_hours_check.setChecked(info.own_hours)
        self.day_clear_button.setEnabled(info.kind is not None)
        self._on_kind_changed()
        self.day_hint.hide()
        self.day_form.show()

    def day_form_values(self) -> DayForm | None:
        if self.selected_day is None:
            return None
        return DayForm(
            day=self.selected_day,
            kind=DayKind(self.kind_combo.currentData()),
            name=self.name_edit.text(),
            own_hours=self.own_hours_check.isChecked() and self.own_hours_check.isEnabled(),
            opens=picked_time(self.day_opens),
            closes=picked_time(self.day_closes),
            lunch=self.day_lunch_check.isChecked(),
            lunch_start=picked_time(self.day_lunch_start),
            lunch_end=picked_time(self.day_lunch_end),
        )

    # -- inside ----------------------------------------------------------------------

    @staticmethod
    def _cell_kind(info: MonthDay) -> str:
        if info.kind is not None:
            return info.kind.value
        return "" if info.is_open else "weekend"

    @staticmethod
    def _suggested_kind(info: MonthDay) -> str:
        """What a click on a plain day most likely means: a rest day becomes a make-up
        workday, a workday a holiday."""
        return (DayKind.HOLIDAY if info.is_open else DayKind.MAKEUP_WORKDAY).value

    def _close_day_form(self) -> None:
        self.selected_day = None
        self.day_form.hide()
        self.day_hint.show()
        self.day_title.setText(self.tr("A single day"))

    def _on_kind_changed(self, *_: object) -> None:
        kind = DayKind(self.kind_combo.currentData())
        self.own_hours_check.blockSignals(True)
        if kind in (DayKind.HOLIDAY, DayKind.CLOSED):
            self.own_hours_check.setChecked(False)
            self.own_hours_check.setEnabled(False)
            hint = self.tr("The hall does not open on this day.")
        elif kind is DayKind.OPEN_HOLIDAY:
            self.own_hours_check.setEnabled(True)
            self.own_hours_check.setChecked(True)
            hint = self.tr("A holiday opening (appointments, 不打烊) needs its own hours.")
        else:
            self.own_hours_check.setEnabled(True)
            hint = self.tr("Without own hours a make-up workday keeps the weekday hours.")
        self.own_hours_check.blockSignals(False)
        self.kind_hint.setText(hint)
        self._update_day_enabled()

    def _update_day_enabled(self, *_: object) -> None:
        own = self.own_hours_check.isChecked() and self.own_hours_check.isEnabled()
        for widget in (self.day_opens, self.day_closes, self.day_lunch_check):
            widget.setEnabled(own)
        lunch = own and self.day_lunch_check.isChecked()
        self.day_lunch_start.setEnabled(lunch)
        self.day_lunch_end.setEnabled(lunch)

    def _on_save_week(self) -> None:
        self.clear_week_errors()
        self.week_save_requested.emit([row.form() for row in self.week_rows])

    def _on_day_clicked(self, day: date) -> None:
        info = self.day_info(day)
        if info is not None:
            self.open_day(info)

    def _on_save_day(self) -> None:
        form = self.day_form_values()
        if form is not None:
            self.clear_day_errors()
            self.day_save_requested.emit(form)

    def _on_clear_day(self) -> None:
        if self.selected_day is not None:
            self.day_clear_requested.emit(self.selected_day)

    def _on_step_month(self, step: int) -> None:
        if self.view is None:
            return
        index = self.view.year * 12 + self.view.month - 1 + step
        self.month_requested.emit(index // 12, index % 12 + 1)

    def _on_this_month(self) -> None:
        if self._today is None:
            return
        self.month_requested.emit(self._today.year, self._today.month)

    def _on_import_month_year(self) -> None:
        if self.view is not None:
            self.import_requested.emit(self.view.year)

    def _on_confirm_month_year(self) -> None:
        if self.view is not None:
            self.confirm_requested.emit(self.view.year)

    def _on_import_coming(self) -> None:
        if self.coming_year is not None:
            self.import_requested.emit(self.coming_year)

    def _on_goto_coming(self) -> None:
        if self.coming_year is not None:
            self.month_requested.emit(self.coming_year, 1)


def build_hours_tab(db: Database, actor: Actor, hall: HallInfo) -> tuple[QWidget, RoleController]:
    """The editor and its controller, for the admin window's "hours and calendar" tab."""
    from hall_desktop.ui.admin.hours_controller import HoursController

    editor = HoursEditor()
    editor.set_embedded(True)
    return editor, HoursController(db, actor, hall.timezone, editor)
