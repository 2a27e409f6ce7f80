"""``hall-desktop monitor``: the duty supervisor's live floor (大厅监控). A passive
widget: the controller fills it and does what its signals ask.

大厅实况: today's figures on top; every window (who, state, the number in hand and for
how long); every line (waiting, the longest wait now, what a newcomer waits, its windows
open); the open alerts with 已处理; and the supervisor's dispatch: a line for a window
today (综窗 help), a paused window asked to resume, a notice on the hall display, a
patrol (巡查). 今日提醒: every alert of the day and how it was handled.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.floor import FloorPicture, LineFact
from hall_desktop.services.floor import AlertRecord
from hall_desktop.ui.admin.statistics import SummaryCard, split
from hall_desktop.ui.admin.tables import table
from hall_desktop.ui.common.login import StaffWindow
from hall_desktop.ui.models.floor import (
    AlertModel,
    LineFloorModel,
    PatrolModel,
    WindowFloorModel,
)
from hall_desktop.ui.models.statistics import percent
from hall_desktop.ui.widgets.forms import MessageLevel, Panel


class FloorPage(QWidget):
    """大厅实况."""

    acknowledge_requested = Signal(int, str)  # alert id, what was done
    help_requested = Signal(int, int)  # window id, line id
    end_help_requested = Signal(int)  # window id: today's help ends
    resume_requested = Signal(int, str)  # window id, message
    notice_requested = Signal(str, int)  # text, minutes
    withdraw_notice_requested = Signal()
    patrol_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {key: SummaryCard(caption) for key, caption in self._captions()}
        strip = QGridLayout()
        strip.setSpacing(6)
        for i, card in enumerate(self.cards.values()):
            strip.addWidget(card, 0, i)
        self.updated = QLabel()
        self.updated.setObjectName("hint")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        # -- windows and the dispatch under them
        self.windows = WindowFloorModel(self)
        self.windows_view = table(self.windows, fit_columns=0)
        self.line_combo = QComboBox()
        self.help_button = QPushButton(self.tr("Serve this line today"))
        self.help_button.clicked.connect(self._on_help)
        self.end_help_button = QPushButton(self.tr("End today's help"))
        self.end_help_button.clicked.connect(self._on_end_help)
        self.resume_edit = QLineEdit()
        self.resume_edit.setMaxLength(40)
        self.resume_edit.setPlaceholderText(self.tr("Message (optional)"))
        self.resume_button = QPushButton(self.tr("Ask to resume"))
        self.resume_button.clicked.connect(self._on_resume)
        self.notice_edit = QLineEdit()
        self.notice_edit.setMaxLength(60)
        self.notice_edit.setPlaceholderText(self.tr("A short notice for the hall display"))
        self.notice_minutes = QSpinBox()
        self.notice_minutes.setRange(1, 240)
        self.notice_minutes.setValue(30)
        self.notice_minutes.setSuffix(self.tr(" min"))
        self.notice_button = QPushButton(self.tr("Show on the display"))
        self.notice_button.clicked.connect(self._on_notice)
        self.withdraw_notice_button = QPushButton(self.tr("Withdraw the notice"))
        self.withdraw_notice_button.setToolTip(
            self.tr("The display goes back to the hall's own ticker text now.")
        )
        self.withdraw_notice_button.clicked.connect(self.withdraw_notice_requested)
        self.patrol_button = QPushButton(self.tr("Patrol…"))
        self.patrol_button.clicked.connect(self.patrol_requested)
        dispatch = QGridLayout()
        dispatch.addWidget(QLabel(self.tr("Selected window:")), 0, 0)
        dispatch.addWidget(self.line_combo, 0, 1)
        dispatch.addWidget(self.help_button, 0, 2)
        dispatch.addWidget(self.end_help_button, 0, 3)
        dispatch.addWidget(self.resume_edit, 1, 1, 1, 2)
        dispatch.addWidget(self.resume_button, 1, 3)
        dispatch.addWidget(QLabel(self.tr("Display:")), 2, 0)
        dispatch.addWidget(self.notice_edit, 2, 1)
        dispatch.addWidget(self.notice_minutes, 2, 2)
        dispatch.addWidget(self.notice_button, 2, 3)
        dispatch.addWidget(self.withdraw_notice_button, 3, 3)
        dispatch.setColumnStretch(1, 3)
        dispatch.setColumnStretch(2, 1)
        windows = Panel(self.tr("Windows"), self.patrol_button)
        windows.body.addWidget(self.windows_view, 1)
        windows.body.addLayout(dispatch)
        # -- lines and alerts
        self.lines = LineFloorModel(self)
        self.lines_view = table(self.lines)
        lines = Panel(self.tr("Lines"))
        lines.body.addWidget(self.lines_view)
        self.alerts = AlertModel(self)
        self.alerts_view = table(self.alerts, fit_columns=0)
        self.alerts_view.horizontalHeader().setStretchLastSection(True)
        self.action_edit = QLineEdit()
        self.action_edit.setMaxLength(200)
        self.action_edit.setPlaceholderText(self.tr("What was done"))
        self.acknowledge_button = QPushButton(self.tr("Handled"))
        self.acknowledge_button.setObjectName("primaryButton")
        self.acknowledge_button.clicked.connect(self._on_acknowledge)
        handle = QHBoxLayout()
        handle.addWidget(self.action_edit, 1)
        handle.addWidget(self.acknowledge_button)
        self.alerts_title = Panel(self.tr("Alerts"))
        self.alerts_title.body.addWidget(self.alerts_view, 1)
        self.alerts_title.body.addLayout(handle)
        right = split(Qt.Orientation.Vertical, (lines, 300), (self.alerts_title, 300))
        body = split(Qt.Orientation.Horizontal, (windows, 760), (right, 600))
        top = QHBoxLayout()
        top.addLayout(strip, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.updated)
        layout.addLayout(status)
        layout.addWidget(body, 1)
        self.windows_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.alerts_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self._update_actions()

    def _captions(self) -> list[tuple[str, str]]:
        return [
            ("issued", self.tr("Issued today")),
            ("served", self.tr("Served")),
            ("no_show", self.tr("No-shows")),
            ("waiting", self.tr("Waiting now")),
            ("good_rate", self.tr("Good ratings")),
            ("bad", self.tr("Bad ratings")),
            ("alerts", self.tr("Open alerts")),
        ]

    # -- what the controller calls --------------------------------------------------------

    def show_picture(self, picture: FloorPicture, lines: dict[int, LineFact]) -> None:
        self.windows.lines = lines
        self.windows.show(picture.windows, picture.at)
        self.lines.show(picture.lines, picture.at)
        t = picture.totals
        for key, value in {
            "issued": str(t.issued),
            "served": str(t.served),
            "no_show": str(t.no_show),
            "waiting": str(t.waiting),
            "good_rate": percent(t.good_rate),
            "bad": str(t.bad),
        }.items():
            self.cards[key].value.setText(value)
        self.updated.setText(
            self.tr("As of %1").replace(
                "%1", picture.at.astimezone(self.windows.zone).strftime("%H:%M:%S")
            )
        )
        self._fill_lines(lines)
        self._update_actions()

    def show_alerts(self, alerts: tuple[AlertRecord, ...], now: datetime) -> None:
        self.alerts.show(alerts, now)
        waiting = sum(1 for a in alerts if a.acknowledged_at is None)
        self.cards["alerts"].value.setText(str(waiting))
        self._update_actions()

    def set_timezone(self, timezone: str) -> None:
        for model in (self.windows, self.lines, self.alerts):
            model.set_timezone(timezone)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.message.setText(text)
        self.message.setProperty("level", level.value)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def selected_alert(self) -> AlertRecord | None:
        index = self.alerts_view.currentIndex()
        return self.alerts.row_record(index.row()) if index.isValid() else None

    def selected_window_id(self) -> int | None:
        index = self.windows_view.currentIndex()
        view = self.windows.row_record(index.row()) if index.isValid() else None
        return view.window.id if view else None

    def clear_action(self) -> None:
        self.action_edit.clear()

    def clear_notice(self) -> None:
        self.notice_edit.clear()

    # -- inside ---------------------------------------------------------------------------

    def _fill_lines(self, lines: dict[int, LineFact]) -> None:
        """The lines the selected window does not serve yet (for 综窗 help)."""
        view = self.windows.row_record(self.windows_view.currentIndex().row())
        served = set(view.window.line_ids) if view else set()
        wanted = [
            (line.label, line.id)
            for line in sorted(lines.values(), key=lambda x: (x.sort_order, x.prefix))
            if line.id not in served
        ]
        current = self.line_combo.currentData()
        if [(self.line_combo.itemText(i), self.line_combo.itemData(i))
                for i in range(self.line_combo.count())] == wanted:  # fmt: skip
            return
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        for label, line_id in wanted:
            self.line_combo.addItem(label, line_id)
        if current is not None and self.line_combo.findData(current) >= 0:
            self.line_combo.setCurrentIndex(self.line_combo.findData(current))
        self.line_combo.blockSignals(False)

    def _update_actions(self) -> None:
        index = self.windows_view.currentIndex()
        view = self.windows.row_record(index.row()) if index.isValid() else None
        self.help_button.setEnabled(view is not None and self.line_combo.count() > 0)
        self.resume_button.setEnabled(view is not None and view.window.paused)
        self.end_help_button.setEnabled(view is not None and bool(view.window.help_line_ids))
        alert = self.selected_alert()
        self.acknowledge_button.setEnabled(alert is not None and alert.acknowledged_at is None)
        if view is not None:
            self._fill_lines(self.windows.lines)

    def _on_help(self) -> None:
        window_id, line_id = self.selected_window_id(), self.line_combo.currentData()
        if window_id is not None and line_id is not None:
            self.help_requested.emit(window_id, int(line_id))

    def _on_end_help(self) -> None:
        window_id = self.selected_window_id()
        if window_id is not None:
            self.end_help_requested.emit(window_id)

    def _on_resume(self) -> None:
        window_id = self.selected_window_id()
        if window_id is not None:
            self.resume_requested.emit(window_id, self.resume_edit.text())

    def _on_notice(self) -> None:
        self.notice_requested.emit(self.notice_edit.text(), self.notice_minutes.value())

    def _on_acknowledge(self) -> None:
        alert = self.selected_alert()
        if alert is not None:
            self.acknowledge_requested.emit(alert.id, self.action_edit.text())


class HistoryPage(QWidget):
    """A list of the day: 今日提醒 (the alerts, handled or not) or 今日巡查 (the patrols
    and the 督查 cases they opened)."""

    def __init__(self, model: AlertModel | PatrolModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.view = table(model, fit_columns=0)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)


class MonitorWindow(StaffWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("monitor", parent)
        self.set_titles(self.tr("Hall monitor"), self.tr("Hall monitor (大厅监控)"))
        self.floor = FloorPage()
        self.alert_history = AlertModel()
        self.patrol_history = PatrolModel()
        self.history = HistoryPage(self.alert_history)
        self.patrols = HistoryPage(self.patrol_history)
        self.tabs.addTab(self.floor, self.tr("The floor"))
        self.tabs.addTab(self.history, self.tr("Today's alerts"))
        self.tabs.addTab(self.patrols, self.tr("Today's patrols"))

    def show_login(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if self.stack.currentIndex() == 1:
            self.floor.show_message(text, level)
        elif level == MessageLevel.ERROR:
            self.login.show_error(text)

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def set_online(self, online: bool) -> None:
        """Offline: said on the floor page until the database is back (then that
        message goes; any other message stays)."""
        offline = self.tr("The database cannot be reached; the floor shown may be old.")
        if not online:
            self.floor.show_message(offline, MessageLevel.ERROR)
        elif self.floor.message.text() == offline:
            self.floor.show_message("")
