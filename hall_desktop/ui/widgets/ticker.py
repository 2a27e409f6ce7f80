"""A notice ticker (滚动公告): one line of text scrolling right to left."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class NoticeTicker(QWidget):
    """Scrolls ``text`` at ``speed`` pixels per second; a text that fits stands still.

    The position is computed from elapsed time, not from the number of timer ticks, so
    a busy machine makes the text jump a little but never slows it down.
    """

    GAP = 0.5  # blank space between repetitions, as a fraction of the widget's width

    def __init__(self, parent: QWidget | None = None, *, speed: float = 120.0) -> None:
        super().__init__(parent)
        self._text = ""
        self.speed = speed
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = " ".join(text.split())
        self._clock.restart()
        self.setVisible(bool(self._text))
        self._update_timer()
        self.update()

    def _scrolls(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self._text) > self.width()

    def _update_timer(self) -> None:
        if self._text and self.isVisible() and self._scrolls():
            self._timer.start()
        else:
            self._timer.stop()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self._timer.stop()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._update_timer()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        self.setFixedHeight(int(self.fontMetrics().height() * 1.6))
        self._update_timer()

    def offset(self) -> float:
        """How far the text has moved left, in pixels (0 when it stands still)."""
        if not self._scrolls():
            return 0.0
        period = self.fontMetrics().horizontalAdvance(self._text) + self.width() * self.GAP
        return (self._clock.elapsed() / 1000 * self.speed) % period

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().windowText().color())
        rect = QRectF(self.rect())
        if not self._scrolls():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
            return
        advance = self.fontMetrics().horizontalAdvance(self._text)
        period = advance + self.width() * self.GAP
        x = -self.offset()
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        while x < self.width():
            painter.drawText(QRectF(x, 0, advance + 4, rect.height()), flags, self._text)
            x += period
