"""The supervisor's 统计 tab (统计分析): a period, the hall's figures as tables and
charts. Passive: :class:`StatisticsController` reads the figures and hands them over."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.periods import PeriodKind
from hall_desktop.services.statistics import (
    DayVolume,
    HallStatistics,
    VolumeCounts,
    VolumeRow,
)
from hall_desktop.ui.admin.estimate_accuracy import AccuracyPage
from hall_desktop.ui.admin.period_bar import PeriodBar, export_menu
from hall_desktop.ui.admin.staffing import StaffingPage
from hall_desktop.ui.admin.tables import table
from hall_desktop.ui.models.applications import OnTimeModel
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.models.statistics import (
    CatalogueModel,
    Figure,
    FigureModel,
    LoadModel,
    RankingModel,
    RatingLine,
    RatingModel,
    TimeModel,
    VolumeModel,
    duration,
    percent,
)
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel, Panel, error_label

_BAR_COLOURS = ("#2563eb", "#16a34a")  # issued, served


def split(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """``parts`` side by side (or one above the other), each with its starting size."""
    splitter = QSplitter(orientation)
    for widget, _size in parts:
        splitter.addWidget(widget)
    splitter.setSizes([size for _widget, size in parts])
    return splitter


class SummaryCard(QFrame):
    """One headline figure: the value large, what it is under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(0)
        self.value = QLabel("—")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: #4b5563;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Breakdown(Panel):
    """One table of figures and a choice of what its rows are (by line, window, …)."""

    def __init__(
        self, title: str, model: RowsTableModel[Any], choices: Sequence[tuple[str, str]]
    ) -> None:
        self.choice = QComboBox()
        super().__init__(title, self.choice)
        for key, label in choices:
            self.choice.addItem(label, key)
        self.model = model
        self.view = table(model)
        self.body.addWidget(self.view, 1)
        self._rows: dict[str, Sequence[Any]] = {}
        self.choice.currentIndexChanged.connect(lambda _i: self._show())

    def set_rows(self, **rows: Sequence[Any]) -> None:
        """The rows of each choice (by its key); the choice made is shown."""
        self._rows = rows
        self._show()

    def pick(self, key: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(key))

    def _show(self) -> None:
        self.model.set_rows(self._rows.get(str(self.choice.currentData()), ()))


class StatisticsView(QWidget, FormFeedback):
    """The period picker, the summary strip, then the figures in sub-tabs."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Statistics")
    ORDER = 62

    line_picked = Signal(object)  # the line's id (None: none picked)
    export_requested = Signal(str)  # one of EXPORTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: HallStatistics | None = None
        # -- the toolbar: period, dates, 统计, busy, then the export buttons' place
        self.period_bar = PeriodBar()
        self.period_combo = self.period_bar.combo
        self.start_edit, self.end_edit = self.period_bar.start_edit, self.period_bar.end_edit
        self.show_button = self.period_bar.show_button
        self.busy, self.busy_label = self.period_bar.busy, self.period_bar.busy_label
        #: The exports of the figures shown, in one menu (the toolbar is full at 1366).
        self.export_bar = QHBoxLayout()
        self.export_button, self.export_actions = export_menu(
            self.tr("Export…"),
            (
                ("xlsx", self.tr("Tables as Excel (XLSX)")),
                ("csv", self.tr("Tables as CSV (zip)")),
                ("pdf", self.tr("Printed report (PDF)")),
                ("docx", self.tr("Work report figures (Word)")),
                ("report-pdf", self.tr("Work report figures (PDF)")),
            ),
            self.export_requested.emit,
        )
        self.export_bar.addWidget(self.export_button)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.period_bar)
        toolbar.addStretch(1)
        toolbar.addLayout(self.export_bar)
        self.date_error = error_label()
        self.errors = {"start": self.date_error, "end": self.date_error}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        # -- the summary strip
        self.cards = {key: SummaryCard(caption) for key, caption in self._card_captions()}
        strip = QGridLayout()
        strip.setSpacing(6)
        for i, card in enumerate(self.cards.values()):
            strip.addWidget(card, i // 6, i % 6)
        # -- the sub-tabs
        self.sections = QTabWidget()
        self.sections.addTab(self._volume_page(), self.tr("Volume"))
        self.sections.addTab(self._people_page(), self.tr("Windows, staff, items"))
        self.sections.addTab(self._days_page(), self.tr("Days and hours"))
        self.sections.addTab(self._times_page(), self.tr("Waiting and service times"))
        self.sections.addTab(self._ratings_page(), self.tr("Ratings"))
        self.sections.addTab(self._promises_page(), self.tr("Promises"))
        self.sections.addTab(self._catalogue_page(), self.tr("Catalogue"))
        self.sections.addTab(self._on_time_page(), self.tr("On-time completion"))
        self.staffing = StaffingPage()
        self.sections.addTab(self.staffing, self.tr("Staffing plan (排班建议)"))
        self.accuracy = AccuracyPage()
        self.sections.addTab(self.accuracy, self.tr("Wait estimate accuracy"))
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.date_error)
        layout.addWidget(self.message)
        layout.addWidget(self.heading)
        layout.addLayout(strip)
        layout.addWidget(self.sections, 1)

    def _card_captions(self) -> list[tuple[str, str]]:
        return [
            ("issued", self.tr("Issued")),
            ("served", self.tr("Served")),
            ("no_show", self.tr("No-show (过号)")),
            ("wait", self.tr("Median wait")),
            ("service", self.tr("Median service")),
            ("good_rate", self.tr("Good rate (好评率)")),
            ("rated_rate", self.tr("Rated rate (主动评价率)")),
            ("solved", self.tr("Hard cases solved (办成)")),
            ("consultations", self.tr("Questions answered (答疑)")),
            ("extended", self.tr("Extended hours (延时服务)")),
            ("courier", self.tr("Free courier (免费邮寄)")),
            ("appointments", self.tr("Appointments (预约)")),
        ]

    # -- the pages ----------------------------------------------------------------------

    def _volume_page(self) -> QWidget:
        """业务量 by line and its bar chart; picking a line shows its drill-down."""
        self.line_model = VolumeModel(self)
        self.line_view = table(self.line_model)
        self.line_view.selectionModel().currentRowChanged.connect(self._on_line_row)
        lines = Panel(self.tr("By business line (pick one for its windows)"))
        lines.body.addWidget(self.line_view)
        self.line_chart = _chart_view()
        charts = Panel(self.tr("Issued and served by line"))
        charts.body.addWidget(self.line_chart)
        drill = Panel(self.tr("The line picked"))
        self.drill_title = drill.title
        self.drill_times_model = TimeModel(self)
        self.drill_times_view = table(self.drill_times_model)
        self.drill_times_view.setMaximumHeight(58)  # the header and one row
        self.drill_windows_model = VolumeModel(self)
        self.drill_windows_view = table(self.drill_windows_model)
        self.drill_clerks_model = VolumeModel(self)
        self.drill_clerks_view = table(self.drill_clerks_model)
        self.drill_note = QLabel(
            self.tr("The line's own numbers at each window (left) and with each clerk (right).")
        )
        self.drill_note.setWordWrap(True)
        self.drill_note.setStyleSheet("color: #4b5563;")
        drill.body.addWidget(self.drill_times_view)
        drill.body.addWidget(self.drill_note)
        drill.body.addWidget(
            split(
                Qt.Orientation.Horizontal,
                (self.drill_windows_view, 500),
                (self.drill_clerks_view, 500),
            ),
            1,
        )
        top = split(Qt.Orientation.Horizontal, (lines, 500), (charts, 500))
        return split(Qt.Orientation.Vertical, (top, 320), (drill, 180))

    def _people_page(self) -> QWidget:
        self.volume_by = Breakdown(
            self.tr("Volume"),
            VolumeModel(self),
            [("window", self.tr("By window")), ("clerk", self.tr("By clerk")),
             ("item", self.tr("By item"))],
        )  # fmt: skip
        self.window_chart = _chart_view()
        frame = Panel(self.tr("Issued and served by window"))
        frame.body.addWidget(self.window_chart)
        return split(Qt.Orientation.Horizontal, (self.volume_by, 550), (frame, 450))

    def _days_page(self) -> QWidget:
        self.day_chart = _chart_view()
        days = Panel(self.tr("Issued and served per day"))
        self.day_chart_title = days.title
        days.body.addWidget(self.day_chart)
        self.load_model = LoadModel(self)
        self.load_view = QTableView()
        self.load_view.setModel(self.load_model)
        self.load_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.load_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.load_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.load_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        load = Panel(self.tr("Numbers issued by weekday and hour (the hall's load)"))
        load.body.addWidget(self.load_view)
        return split(Qt.Orientation.Horizontal, (days, 500), (load, 500))

    def _times_page(self) -> QWidget:
        self.times_by = Breakdown(
            self.tr("Waiting (issue → first call), service (start → finish)"),
            TimeModel(self),
            [("line", self.tr("By business line")), ("window", self.tr("By window")),
             ("clerk", self.tr("By clerk"))],
        )  # fmt: skip
        self.times_total = QLabel()
        self.times_total.setWordWrap(True)
        self.times_by.body.insertWidget(1, self.times_total)
        return self.times_by

    def _ratings_page(self) -> QWidget:
        self.ratings_by = Breakdown(
            self.tr("Ratings (好差评)"),
            RatingModel(self),
            [("window", self.tr("By window")), ("clerk", self.tr("By clerk")),
             ("month", self.tr("By month"))],
        )  # fmt: skip
        self.ratings_note = QLabel()
        self.ratings_note.setWordWrap(True)
        self.ratings_by.body.addWidget(self.ratings_note)
        self.ranking_model = RankingModel(self)
        self.ranking_month = QComboBox()
        self.ranking_month.currentIndexChanged.connect(lambda _i: self._show_ranking())
        ranking = Panel(self.tr("Monthly ranking of windows (窗口月度排名)"), self.ranking_month)
        self.ranking_view = table(self.ranking_model, fit_columns=0)
        ranking.body.addWidget(self.ranking_view, 1)
        return split(Qt.Orientation.Horizontal, (self.ratings_by, 650), (ranking, 350))

    def _promises_page(self) -> QWidget:
        self.promise_model = FigureModel(self)
        self.ledger_model = FigureModel(self)
        promises = Panel(self.tr("The hall's promises"))
        promises.body.addWidget(table(self.promise_model, fit_columns=0))
        ledger = Panel(self.tr("The case ledger"))
        ledger.body.addWidget(table(self.ledger_model, fit_columns=0))
        return split(Qt.Orientation.Horizontal, (promises, 500), (ledger, 500))

    def _catalogue_page(self) -> QWidget:
        self.catalogue_model = CatalogueModel(self)
        categories = Panel(self.tr("Items by category"))
        self.catalogue_sentence = QLabel()
        self.catalogue_sentence.setWordWrap(True)
        categories.body.addWidget(self.catalogue_sentence)
        categories.body.addWidget(table(self.catalogue_model, fit_columns=0))
        self.served_items = VolumeModel(self)
        items = Panel(self.tr("Items handled, most served first"))
        items.body.addWidget(table(self.served_items))
        return split(Qt.Orientation.Vertical, (categories, 160), (items, 340))

    def _on_time_page(self) -> QWidget:
        """限时办结: the 办件 due in the period, by department and by item."""
        self.on_time_total = QLabel()
        self.on_time_total.setWordWrap(True)
        self.on_time_departments = OnTimeModel(self)
        self.on_time_items = OnTimeModel(self)
        departments = Panel(self.tr("By department, lowest on-time rate first"))
        departments.body.addWidget(self.on_time_total)
        departments.body.addWidget(table(self.on_time_departments), 1)
        items = Panel(self.tr("By item, lowest on-time rate first"))
        items.body.addWidget(table(self.on_time_items), 1)
        return split(Qt.Orientation.Horizontal, (departments, 480), (items, 520))

    # -- what the controller calls --------------------------------------------------------

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        super().show_message(text, level)
        self.message.setVisible(bool(text))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.message.hide()

    def set_busy(self, busy: bool) -> None:
        self.period_bar.set_busy(busy)

    def period_kind(self) -> PeriodKind | None:
        """The named period picked; None for 自定义."""
        return self.period_bar.period_kind()

    def set_period_kind(self, kind: PeriodKind | None) -> None:
        self.period_bar.set_period_kind(kind)

    def show_figures(self, f: HallStatistics) -> None:
        self.figures = f
        self.export_button.setEnabled(True)
        self.clear_errors()
        self.heading.setText(
            self.tr("%1: %2 to %3, %4 days, %5 open")
            .replace("%1", f.hall_name)
            .replace("%2", f.start.isoformat())
            .replace("%3", f.end.isoformat())
            .replace("%4", str(f.days))
            .replace("%5", str(f.open_days))
        )
        self._show_summary(f)
        v = f.volume
        self.line_model.set_rows(v.by_line)
        self.volume_by.set_rows(window=v.by_window, clerk=v.by_clerk, item=v.by_item)
        self.load_model.set_load(v.load)
        _bars(self.line_chart, v.by_line, self.tr("Issued"), self.tr("Served"))
        windows = [r for r in v.by_window if r.subject.id is not None]
        _bars(self.window_chart, windows, self.tr("Issued"), self.tr("Served"))
        weekly = _days(self.day_chart, f, self.tr("Issued"), self.tr("Served"))
        self.day_chart_title.setText(
            self.tr("Issued and served per week")
            if weekly
            else self.tr("Issued and served per day")
        )
        t = f.times
        self.times_by.set_rows(line=t.by_line, window=t.by_window, clerk=t.by_clerk)
        self.times_total.setText(
            self.tr(
                "Whole hall: median wait %1, median service %2; called within the promised "
                "%3 minutes: %4"
            )
            .replace("%1", duration(t.total.waiting.median))
            .replace("%2", duration(t.total.service.median))
            .replace("%3", str(f.promised_wait_minutes))
            .replace("%4", percent(t.total.promise_rate))
        )
        r = f.ratings
        self.ratings_by.set_rows(
            window=[RatingLine(x.subject.label, x.ratings) for x in r.by_window],
            clerk=[RatingLine(x.subject.label, x.ratings) for x in r.by_clerk],
            month=[RatingLine(f"{m.year}-{m.month:02d}", m.ratings) for m in r.by_month],
        )
        months = sorted({(w.year, w.month) for w in r.ranking}, reverse=True)
        self.ranking_month.blockSignals(True)
        self.ranking_month.clear()
        for year, month in months:
            self.ranking_month.addItem(f"{year}-{month:02d}", (year, month))
        self.ranking_month.blockSignals(False)
        self._show_ranking()
        self.ratings_note.setText(
            self.tr(
                "%1 ratings left out of the windows' and clerks' figures (appeal upheld)."
            ).replace("%1", str(r.excluded))
            if r.excluded
            else ""
        )
        self.promise_model.set_rows(self._promise_figures(f))
        self.ledger_model.set_rows(self._ledger_figures(f))
        c = f.catalogue
        self.catalogue_model.set_rows(c.by_category)
        self.catalogue_sentence.setText(
            self.tr("The catalogue holds %1 items (%2); %3 of them were handled in the period.")
            .replace("%1", str(c.items))
            .replace("%2", ", ".join(f"{r.category} {r.items}" for r in c.by_category))
            .replace("%3", str(c.served))
        )
        self.served_items.set_rows(sorted(v.by_item, key=lambda r: -r.counts.served))
        self._show_on_time(f)
        self.line_view.clearSelection()
        self._clear_line()
        if v.by_line:
            self.line_view.selectRow(0)

    def _show_summary(self, f: HallStatistics) -> None:
        t, p, led = f.volume.total, f.promises, f.ledger
        values = {
            "issued": str(t.issued),
            "served": str(t.served),
            "no_show": str(t.no_show),
            "wait": duration(f.times.total.waiting.median),
            "service": duration(f.times.total.service.median),
            "good_rate": percent(f.ratings.total.good_rate),
            "rated_rate": percent(f.ratings.total.rated_rate),
            "solved": str(led.hard_cases_solved),
            "consultations": str(led.consultations),
            "extended": str(p.extended_services),
            "courier": str(p.courier_dispatches),
            "appointments": str(p.appointments_booked),
        }
        for key, value in values.items():
            self.cards[key].value.setText(value)

    def _promise_figures(self, f: HallStatistics) -> list[Figure]:
        p = f.promises
        figures = [
            (self.tr("Extended hours (延时服务), times"), p.extended_services),
            (self.tr("Extended hours, minutes"), p.extended_minutes),
            (self.tr("Free courier dispatches (免费邮寄)"), p.courier_dispatches),
            (self.tr("of which collected from the citizen"), p.courier_collections),
            (self.tr("Courier cost borne by the hall, yuan"), f"{p.courier_cost_cents / 100:.2f}"),
            (self.tr("Appointments booked (预约)"), p.appointments_booked),
            (self.tr("Appointments checked in"), p.appointments_checked_in),
            (self.tr("Appointments served"), p.appointments_served),
            (self.tr("Appointments missed (爽约)"), p.appointments_no_show),
            (self.tr("Appointments cancelled"), p.appointments_cancelled),
            (self.tr("Holidays opened"), p.holiday_days),
            (self.tr("Citizens served on holidays"), p.holiday_citizens),
            (self.tr("Green channel (绿色通道)"), p.green_channel),
            *((f"  {reason}", n) for reason, n in sorted(p.green_by_reason.items())),
            (self.tr("Served with help (帮代办)"), p.assists),
        ]
        return [Figure(name, str(value)) for name, value in figures]

    def _ledger_figures(self, f: HallStatistics) -> list[Figure]:
        c = f.ledger
        figures = [
            (self.tr("Hard cases (办不成事)"), str(c.hard_cases)),
            (self.tr("of which solved (办成)"), str(c.hard_cases_solved)),
            (self.tr("Questions answered (答疑)"), str(c.consultations)),
            (self.tr("Bad ratings (差评)"), str(c.bad_ratings)),
            (self.tr("Bad ratings rectified on time"), str(c.rectified_on_time)),
            (self.tr("Named bad ratings called back"), percent(c.callback_rate)),
            (self.tr("Walkthroughs (走流程)"), str(c.walkthroughs)),
            (self.tr("Problems found by walkthroughs"), str(c.problems)),
            (self.tr("Inspection findings (督查)"), str(c.findings)),
            (self.tr("Open cases past their deadline"), str(c.overdue_open)),
        ]
        return [Figure(name, value) for name, value in figures]

    def _show_on_time(self, f: HallStatistics) -> None:
        o = f.on_time
        t = o.total
        self.on_time_departments.set_rows(o.by_department)
        self.on_time_items.set_rows(o.by_item)
        if not t.counted:
            self.on_time_total.setText(
                self.tr("No accepted application (办件) fell due in the period.")
            )
            return
        self.on_time_total.setText(
            self.tr(
                "%1 applications (办件) fell due in the period: %2 closed on time (%3), "
                "%4 closed late, %5 still open past their due date."
            )
            .replace("%1", str(t.counted))
            .replace("%2", str(t.on_time))
            .replace("%3", percent(t.rate))
            .replace("%4", str(t.late))
            .replace("%5", str(t.overdue_open))
        )

    def _show_ranking(self) -> None:
        if self.figures is None or self.ranking_month.currentIndex() < 0:
            self.ranking_model.set_rows([])
            return
        year, month = self.ranking_month.currentData()
        self.ranking_model.set_rows(self.figures.ratings.ranking_of(year, month))

    def _on_line_row(self, current: Any, _previous: Any) -> None:
        row = self.line_model.row_record(current.row()) if current.isValid() else None
        self.line_picked.emit(row.subject.id if row is not None else None)

    def _clear_line(self) -> None:
        self.drill_times_model.set_rows([])
        self.drill_windows_model.set_rows([])
        self.drill_clerks_model.set_rows([])
        self.drill_title.setText(self.tr("Pick a line above"))

    def show_line(self, line_id: int | None) -> None:
        """The line ``line_id``'s times, and its own numbers by window and by clerk."""
        f = self.figures
        line = next((r for r in (f.volume.by_line if f else ()) if r.subject.id == line_id), None)
        if f is None or line is None or line_id is None:
            self._clear_line()
            return
        self.drill_title.setText(line.subject.label)
        self.drill_times_model.set_rows([r for r in f.times.by_line if r.subject.id == line_id])
        self.drill_windows_model.set_rows(list(f.volume.windows_of_line.get(line_id, ())))
        self.drill_clerks_model.set_rows(list(f.volume.clerks_of_line.get(line_id, ())))


def _chart_view() -> QChartView:
    view = QChartView(QChart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(160)
    return view


def _fresh_chart(view: QChartView) -> QChart:
    """A new chart for ``view`` (the old one is dropped with its series and axes)."""
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view.setChart(chart)
    return chart


def _bars(view: QChartView, rows: Sequence[VolumeRow], issued: str, served: str) -> None:
    """Issued and served side by side, one group per line (window), lying down so the
    names read in full; the first row on top."""
    chart = _fresh_chart(view)
    series = QHorizontalBarSeries()
    shown = list(reversed(rows))  # a category axis draws its first category at the bottom
    for name, counted, colour in (
        (served, "served", _BAR_COLOURS[1]),
        (issued, "issued", _BAR_COLOURS[0]),
    ):
        bar = QBarSet(name)
        bar.append([float(getattr(r.counts, counted)) for r in shown])
        bar.setColor(QColor(colour))
        bar.setLabelColor(QColor("#1f2937"))
        series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.setTruncateLabels(False)  # a line's name in full, never "…"
    categories.append([r.subject.label for r in shown])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    counts = QValueAxis()
    highest = max([1, *(max(r.counts.issued, r.counts.served) for r in rows)])
    counts.setRange(0, highest * 1.2)  # room for the labels past the longest bar
    counts.applyNiceNumbers()
    counts.setLabelFormat("%d")
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(counts)
    chart.legend().setReverseMarkers(True)  # issued first, as in the tables


#: Longer periods are drawn week by week: 180 daily points, weekends at zero, are a saw.
WEEKLY_AFTER_DAYS = 62


def chart_points(by_day: Sequence[DayVolume]) -> tuple[list[tuple[date, VolumeCounts]], bool]:
    """The points of the line chart: each day, or (for a long period) each week's sum
    at its first day in the period; and whether they are weeks."""
    if len(by_day) <= WEEKLY_AFTER_DAYS:
        return [(d.day, d.counts) for d in by_day], False
    weeks: dict[date, tuple[date, VolumeCounts]] = {}
    for d in by_day:
        monday = d.day - timedelta(days=d.day.weekday())
        first, counts = weeks.get(monday, (d.day, VolumeCounts()))
        weeks[monday] = (first, counts + d.counts)
    return list(weeks.values()), True


def _days(view: QChartView, f: HallStatistics, issued: str, served: str) -> bool:
    """Issued and served per day (per week for a long period: True), a line each."""
    chart = _fresh_chart(view)
    points, weekly = chart_points(f.volume.by_day)
    highest = 1
    axis_x = QDateTimeAxis()
    axis_x.setFormat("MM-dd")
    axis_x.setTickCount(min(max(len(points), 2), 8))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for name, counted, colour in (
        (issued, "issued", _BAR_COLOURS[0]),
        (served, "served", _BAR_COLOURS[1]),
    ):
        series = QLineSeries()
        series.setName(name)
        series.setColor(QColor(colour))
        for day, counts in points:
            value = int(getattr(counts, counted))
            highest = max(highest, value)
            series.append(float(_msecs(day)), float(value))
        series.setPointsVisible(True)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    axis_x.setRange(
        QDateTime.fromMSecsSinceEpoch(_msecs(points[0][0] if points else f.start)),
        QDateTime.fromMSecsSinceEpoch(_msecs(max(f.end, f.start))),
    )
    axis_y.setRange(0, highest * 1.15)
    axis_y.applyNiceNumbers()
    return weekly


def _msecs(day: date) -> int:
    """Noon of ``day`` (local), as the chart's axis counts time."""
    return int(datetime.combine(day, time(12)).timestamp() * 1000)
