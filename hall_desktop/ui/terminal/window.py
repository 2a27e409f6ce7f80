"""The window terminal (窗口屏/评价器): the screen that faces the citizen at a window.

Normally it shows the window, the clerk's name and staff number (亮牌服务) and the number
being served, or 暂停服务 with its reason. After the clerk finishes a ticket it asks for a
rating (好差评): five large buttons and a visible countdown; 不满意/非常不满意 also ask
for a reason and take an optional note; then a thank-you page for a few seconds.

A passive touch screen: the
:class:`~hall_desktop.ui.terminal.controller.TerminalController` feeds it plain data and
saves what the citizen chose. Sizes are fractions of the window's height, so the same
picture fits a 1024x600 tablet and a 1920x1080 monitor.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.reasons import BAD_REASONS, RATING_NOTES
from hall_desktop.services.dto import WindowState
from hall_desktop.services.rating import BAD_LEVELS, NOTE_MAX, RATING_LEVELS
from hall_desktop.ui.common.screen import CitizenScreen, screen_label
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import repolish

MIN_TOUCH_PX = 48  # a finger's width (about 9 mm) even on a small window screen
DESIGN_HEIGHT = 800.0  # font sizes below are pixels at 1280x800
DESIGN_WIDTH = 1280.0
RATING_TIMEOUT_S = 60.0
THANKS_S = 3.0
TICK_MS = 200


def _centred_text(name: str, text: str = "") -> QLabel:
    """A centred label that wraps (the terminal's texts can be long)."""
    label = screen_label(name, text, Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _middle(page: QWidget, *rows: tuple[QWidget, int]) -> QVBoxLayout:
    """``rows`` (widget, stretch) in the vertical middle of ``page``."""
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    for widget, stretch in rows:
        layout.addWidget(widget, stretch)
    layout.addStretch(1)
    return layout


class TouchButton(QPushButton):
    """A large button whose caption wraps (a long English caption must not widen the
    screen); the caption is a label the touch passes through."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.caption = QLabel(text)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)

    def text(self) -> str:
        return self.caption.text()


class TerminalWindow(CitizenScreen):
    """The terminal's one screen; three pages: ``normal``, ``rating``, ``thanks``.

    ``rating_submitted(ticket_id, level, reason, note)``: the citizen chose (reason and
    note are "" when not given). ``rating_expired(ticket_id, level, reason, note)``: the
    countdown ran out (level 0: nothing chosen). The controller decides what to store.
    """

    rating_submitted = Signal(int, int, str, str)
    rating_expired = Signal(int, int, str, str)
    PAGES = ("normal", "rating", "thanks")

    def __init__(self, parent: QWidget | None = None, *, keyboard: bool = False) -> None:
        super().__init__(parent)
        self._keyboard = keyboard  # a keyboard is attached: free text besides the taps
        self.setObjectName("terminal")
        self.setWindowTitle(self.tr("Window terminal"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("terminal"))
        self._fonts: list[tuple[QWidget, float, bool]] = []
        self._heights: list[tuple[QWidget, float]] = []
        self._ticket_id: int | None = None  # the ticket the rating page asks about
        self._answered = False  # submitted or expired: waiting for the controller
        self._deadline = 0.0
        self._timeout_s = RATING_TIMEOUT_S

        # Header: the window and who serves at it (亮牌服务), on every page.
        self.window_number = screen_label("windowNumber")
        self.window_name = screen_label("windowName")
        self.staff_caption = screen_label(
            "staffCaption", self.tr("Serving you"), Qt.AlignmentFlag.AlignRight
        )
        self.staff_label = screen_label(
            "staffLabel", self.tr("No staff on duty"), Qt.AlignmentFlag.AlignRight
        )
        self.staff_label.setProperty("present", False)
        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.window_number)
        left.addWidget(self.window_name)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.staff_caption)
        right.addWidget(self.staff_label)
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        self._header_layout = top

        self.banner = StatusBanner()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_normal_page())
        self.stack.addWidget(self._build_rating_page())
        self.stack.addWidget(self._build_thanks_page())

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addWidget(self.banner)
        root.addWidget(self.stack, 1)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._expire = QTimer(self)
        self._expire.setSingleShot(True)
        self._expire.timeout.connect(self._on_expired)
        self._back = QTimer(self)
        self._back.setSingleShot(True)
        self._back.timeout.connect(self.show_normal)

        self._register_fonts()
        self._apply_sizes()

    # -- pages ------------------------------------------------------------------------

    def _build_normal_page(self) -> QWidget:
        page = QWidget()
        self.state_title = screen_label("stateTitle", "", Qt.AlignmentFlag.AlignCenter)
        self.serving_number = _centred_text("servingNumber", "—")
        self.state_hint = _centred_text("stateHint")
        self._normal_layout = _middle(
            page, (self.state_title, 0), (self.serving_number, 3), (self.state_hint, 0)
        )
        self._show_idle()
        return page

    def _build_rating_page(self) -> QWidget:
        page = QWidget()
        self.rating_title = screen_label(
            "ratingTitle", self.tr("Please rate our service"), Qt.AlignmentFlag.AlignCenter
        )
        self.rating_title.setWordWrap(True)
        self.rating_number = screen_label("ratingNumber", "", Qt.AlignmentFlag.AlignCenter)
        self.countdown = screen_label("countdown", "", Qt.AlignmentFlag.AlignRight)
        title_row = QHBoxLayout()
        title_row.addWidget(self.rating_number)
        title_row.addWidget(self.rating_title, 1)
        title_row.addWidget(self.countdown)

        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        self.level_buttons: dict[int, TouchButton] = {}
        levels = QHBoxLayout()
        for level in RATING_LEVELS:  # best first, left to right
            button = TouchButton(f"{'★' * level}\n{self._level_text(level)}", "levelButton")
            button.setProperty("level", str(level))
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumSize(MIN_TOUCH_PX * 2, MIN_TOUCH_PX * 2)
            button.clicked.connect(lambda _checked=False, lv=level: self._on_level(lv))
            self.level_group.addButton(button, level)
            self.level_buttons[level] = button
            levels.addWidget(button)
        self._levels_layout = levels

        # 差评: why, an optional note, and submit.
        self.reason_panel = QFrame()
        self.reason_panel.setObjectName("reasonPanel")
        self.reason_title = screen_label(
            "reasonTitle", self.tr("Sorry! Please tell us what was wrong:")
        )
        self.reason_title.setWordWrap(True)
        self.reason_group = QButtonGroup(self)
        self.reason_group.setExclusive(True)
        self.reason_buttons: dict[str, TouchButton] = {}
        reasons = QHBoxLayout()
        for reason in BAD_REASONS:
            button = TouchButton(self._reason_text(reason), "reasonButton")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(self._on_reason)
            self.reason_group.addButton(button)
            self.reason_buttons[reason] = button
            reasons.addWidget(button)
        self.note_buttons: dict[str, TouchButton] = {}
        notes = QHBoxLayout()
        for text in RATING_NOTES:  # tapped, not typed: a touch screen has no keyboard
            button = TouchButton(text, "noteButton")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.note_buttons[text] = button
            notes.addWidget(button)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("Anything else? (optional)"))
        self.note_edit.setVisible(self._keyboard)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(self._on_submit)
        self.reason_hint = screen_label("reasonHint", self.tr("Please choose a reason first"))
        self.reason_hint.setWordWrap(True)
        self.reason_hint.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.submit_button)
        panel = QVBoxLayout(self.reason_panel)
        panel.addWidget(self.reason_title)
        panel.addLayout(reasons)
        panel.addWidget(self.reason_hint)
        panel.addLayout(notes)
        panel.addLayout(note_row)
        self._panel_layout = panel
        self.reason_panel.hide()

        layout = QVBoxLayout(page)
        layout.addLayout(title_row)
        layout.addLayout(levels, 3)
        layout.addWidget(self.reason_panel, 2)
        self._rating_layout = layout
        return page

    def _build_thanks_page(self) -> QWidget:
        page = QWidget()
        self.thanks_title = _centred_text("thanksTitle")
        self.thanks_detail = _centred_text("thanksDetail")
        _middle(page, (self.thanks_title, 0), (self.thanks_detail, 0))
        return page

    def _level_text(self, level: int) -> str:
        texts = {
            5: self.tr("Very satisfied"),
            4: self.tr("Satisfied"),
            3: self.tr("Basically satisfied"),
            2: self.tr("Dissatisfied"),
            1: self.tr("Very dissatisfied"),
        }
        return texts.get(level, RATING_LEVELS.get(level, ""))

    def _reason_text(self, reason: str) -> str:
        texts = {
            "态度": self.tr("Attitude"),
            "效率": self.tr("Efficiency"),
            "材料要求": self.tr("Paperwork"),
            "其他": self.tr("Other"),
        }
        return texts.get(reason, reason)

    # -- what the controller calls -------------------------------------------------------

    @property
    def page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    @property
    def rating_ticket_id(self) -> int | None:
        """The ticket the rating page asks (or asked) about, until it is closed."""
        return self._ticket_id

    @property
    def chosen_level(self) -> int:
        return max(self.level_group.checkedId(), 0)

    @property
    def chosen_note(self) -> str:
        """The tapped notes, then what was typed (with a keyboard), within NOTE_MAX."""
        tapped = [text for text, button in self.note_buttons.items() if button.isChecked()]
        typed = self.note_edit.text().strip() if self._keyboard else ""
        parts = (["、".join(tapped)] if tapped else []) + ([typed] if typed else [])
        return "；".join(parts)[:NOTE_MAX]

    @property
    def chosen_reason(self) -> str:
        for reason, button in self.reason_buttons.items():
            if button.isChecked():
                return reason
        return ""

    def set_window(self, number: int, name: str = "") -> None:
        self.window_number.setText(self.tr("Window {n}").format(n=number))
        self.window_name.setText(name)
        self.setWindowTitle(self.tr("Window {n} - terminal").format(n=number))

    def show_state(self, state: WindowState) -> None:
        """The window as it is now: who serves here, and what (or why paused)."""
        self.set_window(state.number, state.name)
        if state.clerk_name:
            self.staff_label.setText(
                self.tr("Staff no. {number} {name}").format(
                    number=state.clerk_staff_number or "", name=state.clerk_name
                )
            )
            present = True
        else:
            self.staff_label.setText(self.tr("No staff on duty"))
            present = False
        if self.staff_label.property("present") != present:
            self.staff_label.setProperty("present", present)
            repolish(self.staff_label)
        if state.state == "paused":
            reason = self.tr("Reason: {reason}").format(reason=state.pause_reason or "")
            hint = self.tr("Please wait a moment or go to another window")
            self._set_normal(
                "paused",
                "",
                self.tr("Service paused"),
                f"{reason}\n{hint}" if state.pause_reason else hint,
            )
        elif state.state in ("called", "serving") and state.current_number:
            self._set_normal(
                "serving",
                self.tr("Now serving"),
                state.current_number,
                self.tr("Please have your documents ready"),
            )
        else:
            self._show_idle()

    def show_rating(self, ticket_id: int, number: str, timeout_s: float = RATING_TIMEOUT_S) -> None:
        """Ask the citizen to rate ``number``; the countdown starts now."""
        self._back.stop()
        self._ticket_id = ticket_id
        self._answered = False
        self._timeout_s = timeout_s
        self.rating_number.setText(self.tr("No. {number}").format(number=number))
        for group in (self.level_group, self.reason_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
                button.setEnabled(True)
            group.setExclusive(True)
        self.note_edit.clear()
        self.note_edit.setEnabled(True)
        for button in self.note_buttons.values():
            button.setChecked(False)
            button.setEnabled(True)
        self.submit_button.setEnabled(True)
        self.reason_hint.hide()
        self.reason_panel.hide()
        self._deadline = time.monotonic() + timeout_s
        self._expire.start(max(0, round(timeout_s * 1000)))
        self._tick.start()
        self._on_tick()
        self.stack.setCurrentIndex(self.PAGES.index("rating"))

    def expire_now(self) -> None:
        """End the countdown at once (a newer ticket needs the page)."""
        if self._ticket_id is not None and not self._answered:
            self._on_expired()

    def show_thanks(self, message: str | None = None, seconds: float = THANKS_S) -> None:
        """Thank the citizen (or say why the rating was not taken), then the normal page."""
        self._stop_countdown()
        self._ticket_id = None
        if message:
            self.thanks_title.setText(self.tr("Thank you!"))
            self.thanks_detail.setText(message)
        else:
            self.thanks_title.setText(self.tr("Thank you for your rating!"))
            self.thanks_detail.setText(self.tr("Your opinion helps us serve you better."))
        self.stack.setCurrentIndex(self.PAGES.index("thanks"))
        self._back.start(max(0, round(seconds * 1000)))

    def show_normal(self) -> None:
        self._stop_countdown()
        self._back.stop()
        self._ticket_id = None
        self.stack.setCurrentIndex(self.PAGES.index("normal"))

    def normal_texts(self) -> tuple[str, str, str]:
        """(title, the large text: number / 暂停服务 / 欢迎光临, hint), as on the normal page."""
        return self.state_title.text(), self.serving_number.text(), self.state_hint.text()

    # -- the citizen's touches -------------------------------------------------------------

    def _on_level(self, level: int) -> None:
        if self._ticket_id is None or self._answered:
            return
        if level in BAD_LEVELS:
            self.reason_panel.show()  # the reason is needed before submitting
            return
        self.reason_panel.hide()
        self._answer(self.rating_submitted, level)

    def _on_reason(self) -> None:
        self.reason_hint.hide()

    def _on_submit(self) -> None:
        if self._ticket_id is None or self._answered or self.chosen_level not in BAD_LEVELS:
            return
        if not self.chosen_reason:
            self.reason_hint.show()
            return
        self._answer(self.rating_submitted, self.chosen_level)

    def _on_expired(self) -> None:
        if self._ticket_id is None or self._answered:
            return
        self._answer(self.rating_expired, self.chosen_level)

    def _answer(self, signal: SignalInstance, level: int) -> None:
        """Hand the choice over once; the page stays until the controller moves on."""
        assert self._ticket_id is not None
        self._answered = True
        self._stop_countdown()
        for button in (
            *self.level_group.buttons(),
            *self.reason_group.buttons(),
            *self.note_buttons.values(),
            self.submit_button,
        ):
            button.setEnabled(False)
        self.note_edit.setEnabled(False)
        reason = self.chosen_reason if level in BAD_LEVELS else ""
        note = self.chosen_note if level in BAD_LEVELS else ""
        signal.emit(self._ticket_id, level, reason, note)

    # -- drawing ---------------------------------------------------------------------------

    def _show_idle(self) -> None:
        self._set_normal("idle", "", self.tr("Welcome"), self.tr("Please wait for your number"))

    def _set_normal(self, state: str, title: str, number: str, hint: str) -> None:
        self.state_title.setText(title)
        self.serving_number.setText(number)
        self.state_hint.setText(hint)
        for widget in (self.state_title, self.serving_number):
            if widget.property("state") != state:
                widget.setProperty("state", state)
                repolish(widget)
        self.state_title.setVisible(bool(title))
        # Words (暂停服务, 欢迎光临) are smaller than a number, still the largest text.
        self._set_font(self.serving_number, 220 if state == "serving" else 130, True)

    def _on_tick(self) -> None:
        left = max(0.0, self._deadline - time.monotonic())
        self.countdown.setText(self.tr("{seconds} s").format(seconds=math.ceil(left)))

    def _stop_countdown(self) -> None:
        self._tick.stop()
        self._expire.stop()

    def _register_fonts(self) -> None:
        self._fonts = [
            (self.window_number, 44, True),
            (self.window_name, 20, False),
            (self.staff_caption, 20, False),
            (self.staff_label, 40, True),
            (self.banner, 26, True),
            (self.state_title, 44, True),
            (self.serving_number, 220, True),
            (self.state_hint, 28, False),
            (self.rating_title, 40, True),
            (self.rating_number, 30, True),
            (self.countdown, 34, True),
            (self.reason_title, 28, True),
            (self.reason_hint, 26, True),
            (self.note_edit, 26, False),
            (self.submit_button, 30, True),
            (self.thanks_title, 64, True),
            (self.thanks_detail, 30, False),
        ]
        self._fonts += [(b.caption, 40, True) for b in self.level_buttons.values()]
        self._fonts += [(b.caption, 28, True) for b in self.reason_buttons.values()]
        self._fonts += [(b.caption, 24, False) for b in self.note_buttons.values()]
        self._heights = [(b, 64) for b in self.reason_buttons.values()]
        self._heights += [(b, 56) for b in self.note_buttons.values()]
        self._heights += [(self.note_edit, 60), (self.submit_button, 64)]

    def _set_font(self, widget: QWidget, size: float, bold: bool) -> None:
        self._fonts = [f for f in self._fonts if f[0] is not widget]
        self._fonts.append((widget, size, bold))
        self._apply_font(widget, size, bold, self._scale())

    def _scale(self) -> float:
        return max(0.4, min(self.height() / DESIGN_HEIGHT, self.width() / DESIGN_WIDTH))

    @staticmethod
    def _apply_font(widget: QWidget, size: float, bold: bool, scale: float) -> None:
        font = QFont(widget.font())
        font.setPixelSize(max(10, round(size * scale)))
        font.setBold(bold)
        widget.setFont(font)

    def _apply_sizes(self) -> None:
        scale = self._scale()
        for widget, size, bold in self._fonts:
            self._apply_font(widget, size, bold, scale)
        for widget, height in self._heights:
            touch = MIN_TOUCH_PX if isinstance(widget, (QAbstractButton, QLineEdit)) else 0
            widget.setFixedHeight(max(touch, round(height * scale)))
        margin = round(24 * scale)
        self._header_layout.setContentsMargins(margin, round(10 * scale), margin, round(10 * scale))
        for layout in (self._normal_layout, self._rating_layout):
            layout.setContentsMargins(margin, margin, margin, margin)
            layout.setSpacing(round(16 * scale))
        self._levels_layout.setSpacing(round(16 * scale))
        self._panel_layout.setContentsMargins(margin, round(14 * scale), margin, margin)
        self._panel_layout.setSpacing(round(12 * scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()
