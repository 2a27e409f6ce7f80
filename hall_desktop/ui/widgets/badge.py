"""A button with a count beside its caption (a badge), so what waits is noticed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hall_desktop.ui.widgets.forms import set_style_property


class BadgeButton(QPushButton):
    """``caption`` and a round count (``#badge``, hidden at zero); ``alert`` sets the
    badge's ``alert`` property for the style sheet (red: something is overdue)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption)
        self.caption.setObjectName("badgeCaption")
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.hide()
        for label in (self.caption, self.badge):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 8, 2)
        row.setSpacing(6)
        row.addWidget(self.caption)
        row.addWidget(self.badge)
        self.count = 0

    def set_count(self, count: int, *, alert: bool = False) -> None:
        self.count = count
        self.badge.setText(str(count))
        self.badge.setVisible(count > 0)
        set_style_property(self.badge, "alert", "true" if alert else "false")
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        inner = self._row.sizeHint()
        return QSize(inner.width() + 4, max(inner.height(), super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
