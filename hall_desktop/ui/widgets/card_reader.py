"""An ID-card reader in keyboard-wedge mode (键盘模拟/键盘口输出), and the idle watch of a
touch screen nobody stays at.

A wedge reader "types" what it read into whatever has the focus: the 18 characters of
the ID number within a few tens of milliseconds, then Enter. A person on a keyboard
types far slower, so a burst of characters ending in Enter, each close on the heels of
the last, is a card (:class:`KeyBurst`, plain Python). :class:`CardReader` watches the
key presses meant for one window and says :attr:`CardReader.swiped`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

#: The longest pause between two characters of one swipe (seconds): readers send a
#: character every 1–20 ms; the fastest typists leave 60 ms or more between keys.
MAX_GAP_S = 0.05
#: The fewest characters a swipe has (an ID number has 18, an old one 15).
MIN_LENGTH = 15
_CARD_CHARACTERS = frozenset("0123456789Xx")


class KeyBurst:
    """Characters typed in a burst, then Enter: what a card reader types."""

    def __init__(self, *, max_gap: float = MAX_GAP_S, min_length: int = MIN_LENGTH) -> None:
        self.max_gap = max_gap
        self.min_length = min_length
        self._chars: list[str] = []
        self._last = 0.0

    def key(self, char: str, at: float) -> None:
        """One character typed at ``at`` (seconds); a slow one starts a new burst."""
        if char not in _CARD_CHARACTERS:
            self._chars.clear()
            return
        if self._chars and at - self._last > self.max_gap:
            self._chars.clear()
        self._chars.append(char.upper())
        self._last = at

    def enter(self, at: float) -> str | None:
        """Enter typed at ``at``: the swiped text, or None when it was no swipe."""
        swiped = len(self._chars) >= self.min_length and at - self._last <= self.max_gap
        text = "".join(self._chars)
        self._chars.clear()
        return text if swiped else None


def _inside(root: QWidget, target: QObject) -> bool:
    """Whether ``target`` is ``root`` or one of its widgets in the same window (a
    dialog of its own is not: its fields take typing as usual)."""
    return isinstance(target, QWidget) and (target is root or root.isAncestorOf(target))


class CardReader(QObject):
    """Recognises swipes among the key presses meant for ``root`` while :attr:`active`.

    While active, the characters a card can hold and Enter are taken (a person's keys
    as well): the screens it is active on have no text fields, only touch keypads."""

    swiped = Signal(str)  # what the card typed (upper case), not yet validated

    def __init__(
        self,
        root: QWidget,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        burst: KeyBurst | None = None,
    ) -> None:
        super().__init__(root)
        self.root = root
        self.active = True
        self._now = monotonic
        self._burst = burst or KeyBurst()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        root.destroyed.connect(lambda *_: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.active:
            return False
        if not _inside(self.root, watched) or not isinstance(event, QKeyEvent):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self._burst.enter(self._now())
            if text is not None:
                self.swiped.emit(text)
            return True
        char = event.text()
        if len(char) == 1 and char in _CARD_CHARACTERS:
            self._burst.key(char, self._now())
            return True
        return False


class IdleWatch(QObject):
    """Says :attr:`idle` after ``seconds`` without a touch, click or key in ``root``'s
    window or a dialog of it; every touch starts the count again."""

    idle = Signal()
    _INPUT = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.KeyPress,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, root: QWidget, seconds: float) -> None:
        super().__init__(root)
        self.root = root
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_seconds(seconds)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        root.destroyed.connect(lambda *_: app.removeEventFilter(self))

    def set_seconds(self, seconds: float) -> None:
        self.timer.setInterval(max(1, round(seconds * 1000)))

    def restart(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and isinstance(watched, QWidget):
            top = watched.window()
            owner = top.parentWidget()
            if top is self.root or (owner is not None and _inside(self.root, owner)):
                self.restart()
        return False
