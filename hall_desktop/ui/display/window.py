"""The hall display (大厅综合屏): what everyone in the hall reads from ten metres.

A passive widget: the :class:`~hall_desktop.ui.display.controller.DisplayController`
feeds it plain dataclasses. Numbers only: citizen names and phones never reach it.
Every size is a fraction of the window's height, so the layout is the same picture on a
1366x768 monitor and a 3840x2160 television.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.clock import HallTime, system_hall_time
from hall_desktop.domain.tickets import WindowStatus
from hall_desktop.services.dto import CallRecord, LineStatus, WindowState
from hall_desktop.ui.common.screen import CitizenScreen, screen_label
from hall_desktop.ui.display.last_picture import LastPicture
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.ticker import NoticeTicker

HIGHLIGHT_MS = 8000  # how long a new or recalled call stays highlighted
RECENT_ROWS = 3  # the last three calls, large enough to read from ten metres
DESIGN_HEIGHT = 1080.0  # font sizes below are pixels at this height
#: The called number and its window, equally large: the window is what a citizen needs.
CALL_NUMBER_PX = 150
CALL_WINDOW_PX = 150
#: 一件事: the step of a bundle's number ("第2步/共3步"), a small line under the number.
CALL_STEP_PX = 56
LINES_PER_ROW = 8


@dataclass(frozen=True)
class DisplaySnapshot:
    """Everything the display shows besides the clock: one consistent read."""

    windows: list[WindowState] = field(default_factory=list)
    recent: list[CallRecord] = field(default_factory=list)
    lines: list[LineStatus] = field(default_factory=list)


class _WindowTile(QFrame):
    """One window: its number, the number it serves, and its state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.window_label = screen_label("tileWindow", align=Qt.AlignmentFlag.AlignCenter)
        self.number_label = screen_label("tileNumber", align=Qt.AlignmentFlag.AlignCenter)
        self.state_label = screen_label("tileState", align=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        for w in (self.window_label, self.number_label, self.state_label):
            w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            layout.addWidget(w, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


class _RowsFrame(QFrame):
    """A frame that tells its owner when its height changed (to fit its rows' text)."""

    def __init__(self, resized: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resized = resized

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()


class DisplayWindow(CitizenScreen):
    """The display's one screen. Public slots take plain data; nothing here awaits."""

    def __init__(self, parent: QWidget | None = None, *, timezone: str = "Asia/Shanghai") -> None:
        super().__init__(parent)
        self.setObjectName("display")
        self.setWindowTitle(self.tr("Hall display"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("display"))
        self._time = system_hall_time(timezone)
        self._fonts: list[tuple[QWidget, float, bool]] = []
        self._tiles: dict[int, _WindowTile] = {}
        self._snapshot = DisplaySnapshot()
        self._shown_call_id = 0  # event id of the newest call shown in the big panel
        self._shown: tuple[str, int] = ("", 0)  # (number, window) in the big panel
        self._fresh_window: int | None = None
        self._hall_notice = ""  # the hall's ticker text (大厅设置)
        self._dispatched: tuple[str, datetime] | None = None  # 大屏通知 and its end
        self.first_paint_done = False

        self.hall_name = screen_label("hallName")
        self.date_label = screen_label("dateLabel", align=Qt.AlignmentFlag.AlignRight)
        self.clock_label = screen_label("clockLabel", align=Qt.AlignmentFlag.AlignRight)
        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        top.addWidget(self.hall_name, 1)
        top.addWidget(self.date_label)
        top.addSpacing(24)
        top.addWidget(self.clock_label)

        # The latest call, large.
        self.call_panel = QFrame()
        self.call_panel.setObjectName("callPanel")
        self.call_title = screen_label(
            "callTitle", self.tr("Now calling"), Qt.AlignmentFlag.AlignCenter
        )
        self.call_number = screen_label("callNumber", "", Qt.AlignmentFlag.AlignCenter)
        self.call_step = screen_label("callStep", "", Qt.AlignmentFlag.AlignCenter)
        self.call_step.hide()
        self.call_window = screen_label("callWindow", "", Qt.AlignmentFlag.AlignCenter)
        call_layout = QVBoxLayout(self.call_panel)
        call_layout.addWidget(self.call_title)
        call_layout.addWidget(self.call_number, 1)
        call_layout.addWidget(self.call_step)
        call_layout.addWidget(self.call_window)
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.timeout.connect(self._on_highlight_over)

        # Recent calls.
        self.recent_title = screen_label("panelTitle", self.tr("Recent calls"))
        recent = _RowsFrame(self._fit_recent_rows)
        recent.setObjectName("recentList")
        self._recent_frame = recent
        self._recent_grid = QGridLayout(recent)
        self._recent_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(RECENT_ROWS):
            middle = Qt.AlignmentFlag.AlignVCenter
            cells = (
                screen_label("recentNumber", align=Qt.AlignmentFlag.AlignLeft | middle),
                screen_label("recentWindow", align=Qt.AlignmentFlag.AlignLeft | middle),
                screen_label("recentTime", align=Qt.AlignmentFlag.AlignRight | middle),
            )
            for col, cell in enumerate(cells):
                cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
                self._recent_grid.addWidget(cell, row, col)
            self._recent_rows.append(cells)
        self.recent_empty = screen_label(
            "recentEmpty", self.tr("No calls yet today"), Qt.AlignmentFlag.AlignCenter
        )
        self._recent_grid.addWidget(self.recent_empty, 0, 0, RECENT_ROWS, 3)
        left = QVBoxLayout()
        left.addWidget(self.call_panel, 4)
        left.addWidget(self.recent_title)
        left.addWidget(recent, 3)

        # Every active window.
        self.windows_title = screen_label("panelTitle", self.tr("Windows"))
        self._tile_host = QWidget()
        self._tile_grid = QGridLayout(self._tile_host)
        self._tile_grid.setContentsMargins(0, 0, 0, 0)
        right = QVBoxLayout()
        right.addWidget(self.windows_title)
        right.addWidget(self._tile_host, 1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)

        # Waiting per line.
        self.lines_panel = QFrame()
        self.lines_panel.setObjectName("linesPanel")
        self._lines_grid = QGridLayout(self.lines_panel)
        self.lines_title = screen_label("panelTitle", self.tr("Waiting"))
        self._lines_grid.addWidget(self.lines_title, 0, 0, 2, 1)
        self._line_labels: list[tuple[QLabel, QLabel]] = []

        self.ticker = NoticeTicker()
        self.ticker.setObjectName("ticker")
        self.ticker.setAutoFillBackground(True)
        self.ticker.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        self.banner = StatusBanner()
        root.addWidget(self.banner)
        content = QVBoxLayout()
        content.addLayout(body, 1)
        content.addWidget(self.lines_panel)
        self._content = content
        root.addLayout(content, 1)
        root.addWidget(self.ticker)

        self._register_fonts()
        self._show_no_call()
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._on_tick)
        self._clock.start(1000)
        self._on_tick()

    # -- what the controller calls ---------------------------------------------------

    def set_hall_name(self, name: str) -> None:
        self.hall_name.setText(name)
        self.setWindowTitle(self.tr("{hall} - hall display").format(hall=name))

    def set_hall_time(self, hall_time: HallTime) -> None:
        """The hall's clock and time zone (the PC's own may be wrong or elsewhere)."""
        self._time = hall_time
        self._on_tick()

    def set_notice(self, text: str) -> None:
        """The hall's own ticker text (大厅设置), shown unless a supervisor's notice is."""
        self._hall_notice = text
        self._show_ticker()

    def show_dispatched_notice(self, text: str, until: datetime | None) -> None:
        """A supervisor's notice (大屏通知) in the ticker until ``until``; then the hall's
        own text again. ``until`` None (or past): no notice, the hall's text."""
        self._dispatched = (text, until) if until is not None and text.strip() else None
        self._show_ticker()

    @property
    def dispatched_notice(self) -> str | None:
        """The supervisor's notice the ticker shows, None while it shows the hall's text."""
        return self._dispatched[0] if self._dispatched is not None else None

    def _show_ticker(self) -> None:
        if self._dispatched is not None and self._time.now() >= self._dispatched[1]:
            self._dispatched = None  # over: back to the hall's own text
        text = self._dispatched[0] if self._dispatched is not None else self._hall_notice
        if self.ticker.text() != " ".join(text.split()):
            self.ticker.setText(text)
        self.ticker.setVisible(bool(text.strip()))  # no empty coloured bar
        dispatched = self._dispatched is not None
        if self.ticker.property("dispatched") != dispatched:
            self.ticker.setProperty("dispatched", dispatched)
            self._restyle(self.ticker)

    # -- the last picture (最后画面) -----------------------------------------------------

    def picture(self, hall_code: str) -> LastPicture | None:
        """What the screen shows now, to show at its next start (None before the hall's
        name is known: nothing worth keeping yet)."""
        name = self.hall_name.text()
        zone = getattr(self._time.zone, "key", None)
        if not name or not isinstance(zone, str):
            return None
        snapshot = self._snapshot
        return LastPicture(
            hall_code=hall_code,
            saved_at=self._time.now(),
            zone=zone,
            name=name,
            notice=self._hall_notice,
            dispatched=self._dispatched,
            windows=tuple(snapshot.windows),
            recent=tuple(snapshot.recent),
            lines=tuple(snapshot.lines),
        )

    def show_picture(self, picture: LastPicture) -> None:
        """Show a picture kept at the last run until the hall is read. Its big number is
        shown without a flash, and does not hold back a live call: event ids are not
        compared with a picture's (the database may have been restored since)."""
        self.set_hall_time(system_hall_time(picture.zone))
        self.set_hall_name(picture.name)
        self.set_notice(picture.notice)
        if picture.dispatched is not None:
            self.show_dispatched_notice(*picture.dispatched)
        if picture.has_floor:
            self.show_snapshot(
                DisplaySnapshot(
                    windows=list(picture.windows),
                    recent=list(picture.recent),
                    lines=list(picture.lines),
                )
            )
        self._shown_call_id = 0

    @property
    def shown_call_id(self) -> int:
        """The event id of the newest call the big panel has shown (0: none yet)."""
        return self._shown_call_id

    def show_snapshot(self, snapshot: DisplaySnapshot, *, judge_call: bool = True) -> None:
        """Show a re-read of the hall. ``judge_call=False``: a call came live while it was
        being read, so it cannot tell whether the call shown still stands (it would blank
        the big number until the next read): the panel keeps it."""
        self._snapshot = snapshot
        self._show_windows(snapshot.windows)
        self._show_recent(snapshot.recent)
        self._show_lines(snapshot.lines)
        if not judge_call:
            return
        standing = [c for c in snapshot.recent if self._stands(c.number, c.window_number)]
        newest = snapshot.recent[0] if snapshot.recent else None
        if newest is not None and newest.event_id > self._shown_call_id and standing:
            # A call this screen did not see live (start-up, catch-up): show, no flash.
            latest = standing[0]
            self._set_call(
                latest.event_id, latest.number, latest.window_number, latest.kind, latest.step_text
            )
        elif not self._stands(*self._shown):
            # Held, transferred, finished or paused since: the call no longer stands.
            if standing:
                latest = standing[0]
                self._set_call(
                    latest.event_id,
                    latest.number,
                    latest.window_number,
                    latest.kind,
                    latest.step_text,
                )
            else:
                self._show_no_call()

    def _stands(self, number: str, window_number: int) -> bool:
        """Whether ``number`` is still in hand at that window (called or being served)."""
        state = next((w for w in self._snapshot.windows if w.number == window_number), None)
        return state is not None and bool(number) and state.current_number == number

    def show_call(
        self, event_id: int, number: str, window_number: int, kind: str, step: str | None = None
    ) -> None:
        """A live call (叫号) or recall (重呼): large, highlighted for a few seconds;
        ``step`` ("第2步/共3步") for a bundle's number."""
        if event_id < self._shown_call_id:
            return  # an older call arriving late must not replace a newer one
        self._set_call(event_id, number, window_number, kind, step)
        self.call_panel.setProperty("highlight", True)
        self._restyle(self.call_panel)
        self._fresh_window = window_number
        tile = self._tile_for_number(window_number)
        if tile is not None:
            tile.setProperty("fresh", True)
            self._restyle(tile)
        self._unhighlight.start(HIGHLIGHT_MS)

    @property
    def highlighted(self) -> bool:
        return bool(self.call_panel.property("highlight"))

    def shown_step(self) -> str:
        """The step line under the big number ("" for an ordinary number)."""
        return self.call_step.text() if self.call_step.isVisibleTo(self) else ""

    def shown_call(self) -> tuple[str, str]:
        """(number, "→ window") of the big panel; ("", "") when no call stands."""
        if not self._shown[0]:
            return "", ""
        return self.call_number.text(), self.call_window.text()

    def window_texts(self) -> dict[int, tuple[str, str]]:
        """Window number → (number served, state text), as shown."""
        return {
            n: (tile.number_label.text(), tile.state_label.text())
            for n, tile in sorted(self._tiles.items())
        }

    def named_labels(self) -> dict[str, QLabel]:
        """One label of each kind citizens read (for checks of their size)."""
        labels = {
            "call_number": self.call_number,
            "call_window": self.call_window,
            "call_step": self.call_step,
            "recent_number": self._recent_rows[0][0],
            "recent_window": self._recent_rows[0][1],
        }
        if self._tiles:
            labels["tile_number"] = next(iter(self._tiles.values())).number_label
        if self._line_labels:
            labels["line_waiting"] = self._line_labels[0][1]
        return labels

    def recent_texts(self) -> list[str]:
        return [n.text() for n, _, _ in self._recent_rows if n.text()]

    # -- drawing ----------------------------------------------------------------------

    def _set_call(
        self, event_id: int, number: str, window_number: int, kind: str, step: str | None = None
    ) -> None:
        self._shown_call_id = max(self._shown_call_id, event_id)
        self._shown = (number, window_number)
        self.call_number.setText(number)
        self.call_number.show()
        self.call_step.setText(step or "")
        self.call_step.setVisible(bool(step))
        self.call_window.setText(self.tr("→ Window {n}").format(n=window_number))
        self.call_window.setProperty("calm", False)
        self._restyle(self.call_window)
        self._font_for(self.call_window, CALL_WINDOW_PX)
        self.call_title.setText(
            self.tr("Recalling") if kind == "recalled" else self.tr("Now calling")
        )

    def _show_no_call(self) -> None:
        """No call stands: a calm panel, not a big dash that looks like a fault."""
        self._shown = ("", 0)
        self.call_title.setText(self.tr("Welcome"))
        self.call_number.clear()
        self.call_number.hide()
        self.call_step.clear()
        self.call_step.hide()
        self.call_window.setText(self.tr("Please listen for your number"))
        self.call_window.setProperty("calm", True)
        self._restyle(self.call_window)
        self._font_for(self.call_window, 56)

    def _on_highlight_over(self) -> None:
        self.call_panel.setProperty("highlight", False)
        self._restyle(self.call_panel)
        for tile in self._tiles.values():
            if tile.property("fresh"):
                tile.setProperty("fresh", False)
                self._restyle(tile)
        self._fresh_window = None

    def _tile_for_number(self, window_number: int) -> _WindowTile | None:
        return self._tiles.get(window_number)

    def _state_text(self, state: WindowStatus) -> str:
        return {
            WindowStatus.CLOSED: self.tr("Not open"),
            WindowStatus.IDLE: self.tr("Idle"),
            WindowStatus.CALLED: self.tr("Called"),
            WindowStatus.SERVING: self.tr("Serving"),
            WindowStatus.PAUSED: self.tr("Paused"),
        }.get(state, str(state))

    def _show_windows(self, windows: list[WindowState]) -> None:
        numbers = [w.number for w in windows]
        if numbers != sorted(self._tiles):
            self._rebuild_tiles(numbers)
        for w in windows:
            tile = self._tiles[w.number]
            tile.window_label.setText(self.tr("Window {n}").format(n=w.number))
            closed = w.state in (WindowStatus.CLOSED, WindowStatus.PAUSED)
            tile.number_label.setText(w.current_number or ("" if closed else "—"))
            tile.state_label.setText(self._state_text(w.state))
            if tile.property("state") != w.state:
                tile.setProperty("state", w.state)
                self._restyle(tile)

    def _rebuild_tiles(self, numbers: list[int]) -> None:
        for tile in self._tiles.values():
            self._fonts = [f for f in self._fonts if f[0].parent() is not tile and f[0] is not tile]
            tile.setParent(None)
            tile.deleteLater()
        self._tiles = {}
        columns = 4 if len(numbers) <= 16 else 6
        number_px = 80 if columns == 4 else 56  # a tile's number fits its width
        for i, number in enumerate(numbers):
            tile = _WindowTile(self._tile_host)
            self._tile_grid.addWidget(tile, i // columns, i % columns)
            self._tiles[number] = tile
            self._fonts += [
                (tile.window_label, 36, True),
                (tile.number_label, number_px, True),
                (tile.state_label, 34, False),
            ]
        self._apply_fonts()

    def _show_recent(self, recent: list[CallRecord]) -> None:
        self.recent_empty.setVisible(not recent)
        for i, (number, window, at) in enumerate(self._recent_rows):
            if i < len(recent):
                call = recent[i]
                number.setText(call.number)
                window.setText(self.tr("Window {n}").format(n=call.window_number))
                at.setText(call.at.astimezone(self._time.zone).strftime("%H:%M"))
            else:
                number.clear()
                window.clear()
                at.clear()

    def _show_lines(self, lines: list[LineStatus]) -> None:
        if len(self._line_labels) != len(lines):
            self._rebuild_lines(len(lines))
        for (name, waiting), line in zip(self._line_labels, lines, strict=True):
            name.setText(f"{line.prefix} {line.name}")
            waiting.setText(self.tr("{n} people").format(n=line.waiting))

    def _rebuild_lines(self, count: int) -> None:
        """One cell per line, in one row (up to four lines) or two."""
        for name, waiting in self._line_labels:
            for w in (name, waiting):
                self._fonts = [f for f in self._fonts if f[0] is not w]
                cell = w.parentWidget()
                if cell is not None:
                    cell.deleteLater()
        self._line_labels = []
        rows = 1 if count <= LINES_PER_ROW else 2
        columns = max(1, -(-count // rows))
        for i in range(count):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)  # the name above, the count large below it
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(0)
            name = screen_label("lineName", align=Qt.AlignmentFlag.AlignCenter)
            waiting = screen_label("lineWaiting", align=Qt.AlignmentFlag.AlignCenter)
            for w in (name, waiting):  # cut if need be, never widen the screen
                w.setMinimumWidth(1)
                w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            cell_layout.addWidget(name)
            cell_layout.addWidget(waiting)
            self._lines_grid.addWidget(cell, i // columns, 1 + i % columns)
            self._lines_grid.setColumnStretch(1 + i % columns, 1)
            self._line_labels.append((name, waiting))
            self._fonts += [(name, 26, False), (waiting, 72, True)]
        self._apply_fonts()

    # -- clock, scaling, banner --------------------------------------------------------

    def _on_tick(self) -> None:
        now = self._time.now()
        day = QDate(now.year, now.month, now.day)  # the hall's day, not this PC's zone's
        locale = QLocale()
        # The format is translated: "2026年11月29日 星期日" in Chinese.
        self.date_label.setText(locale.toString(day, self.tr("dddd, d MMMM yyyy")))
        self.clock_label.setText(now.strftime("%H:%M:%S"))
        if self._dispatched is not None and now >= self._dispatched[1]:
            self._show_ticker()

    def _register_fonts(self) -> None:
        self._fonts = [
            (self.hall_name, 40, True),
            (self.date_label, 28, False),
            (self.clock_label, 40, True),
            (self.call_title, 40, True),
            (self.call_number, CALL_NUMBER_PX, True),
            (self.call_step, CALL_STEP_PX, True),
            (self.call_window, CALL_WINDOW_PX, True),
            (self.recent_title, 30, True),
            (self.recent_empty, 40, False),
            (self.windows_title, 30, True),
            (self.lines_title, 30, True),
            (self.ticker, 30, False),
            (self.banner, 26, True),
        ]
        for row in self._recent_rows:
            self._fonts += [(row[0], 72, True), (row[1], 64, True), (row[2], 36, False)]

    def _fit_recent_rows(self) -> None:
        """The recent calls as large as designed, but never taller than their rows: in a
        short window (the demo's tiles) large rows would overlap."""
        row_px = self._recent_frame.height() / RECENT_ROWS
        for row in self._recent_rows:
            for label in row:
                font = QFont(label.font())
                designed = next((s for w, s, _ in self._fonts if w is label), 0) * self._scale()
                font.setPixelSize(max(9, round(min(designed, row_px * 0.7))))
                label.setFont(font)

    def _font_for(self, widget: QWidget, size: float) -> None:
        """Change one registered widget's design size (and apply it)."""
        self._fonts = [(w, size if w is widget else s, b) for w, s, b in self._fonts]
        self._apply_fonts()

    def _scale(self) -> float:
        return max(0.4, min(self.height() / DESIGN_HEIGHT, self.width() / 1920.0 * 1.15))

    def _apply_fonts(self) -> None:
        scale = self._scale()
        for widget, size, bold in self._fonts:
            font = QFont(widget.font())
            font.setPixelSize(max(9, round(size * scale)))
            font.setBold(bold)
            widget.setFont(font)
        margin = round(16 * scale)
        self._content.setContentsMargins(margin, margin, margin, margin)
        self._content.setSpacing(margin)
        self._tile_grid.setSpacing(round(12 * scale))
        self._lines_grid.setHorizontalSpacing(round(36 * scale))
        self._fit_recent_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.first_paint_done = True

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        """Re-evaluate the style sheet after a dynamic property changed."""
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        for child in widget.findChildren(QWidget):
            child.style().unpolish(child)
            child.style().polish(child)
