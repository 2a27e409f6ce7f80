"""The supervisor's messages to this window (大厅监控的调度), under the clerk's header.

One area for what the 值班主任 sends to the window from the floor monitor: a reminder to
resume service, today's 综窗协办 starting or ending, a floor alert about this window.
Each message stays until the clerk dismisses it (知道了) or it is over (the window
resumed, the alert acknowledged or cleared).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hall_desktop.domain.events import EventKind
from hall_desktop.services.dto import EventRecord

RESUME = "resume"


def _help_key(line_id: object) -> str:
    return f"help:{line_id}"


def _alert_key(alert_id: object) -> str:
    return f"alert:{alert_id}"


class SupervisorMessages(QFrame):
    """The messages, newest last, each with its dismiss button; hidden when empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorMessages")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(2)
        self._rows: dict[str, tuple[QWidget, QLabel]] = {}
        self.hide()

    # -- what the controller calls --------------------------------------------------------

    def follow(self, batch: Iterable[EventRecord], window_id: int | None) -> None:
        """Take the feed's events that speak to ``window_id``."""
        if window_id is None:
            return
        for event in batch:
            payload = event.payload or {}
            kind = event.kind
            if kind == EventKind.FLOOR_ALERT_ACKNOWLEDGED or kind == EventKind.FLOOR_ALERT_CLEARED:
                self.remove(_alert_key(payload.get("alert_id")))
                continue
            if event.window_id != window_id:
                continue
            if kind == EventKind.WINDOW_RESUME_REQUESTED:
                message = payload.get("message")
                text = (
                    self.tr("Supervisor: please resume service ({message})").format(message=message)
                    if message
                    else self.tr("Supervisor: please resume service")
                )
                self.put(RESUME, text)
            elif kind == EventKind.WINDOW_RESUMED:
                self.remove(RESUME)
            elif kind == EventKind.WINDOW_LINE_HELP_ADDED:
                line = f"{payload.get('line_prefix', '')} {payload.get('line_name', '')}"
                self.put(
                    _help_key(payload.get("line_id")),
                    self.tr("Helping today: {line}").format(line=line.strip()),
                )
            elif kind == EventKind.WINDOW_LINE_HELP_ENDED:
                line = f"{payload.get('line_prefix', '')} {payload.get('line_name', '')}"
                self.put(
                    _help_key(payload.get("line_id")),
                    self.tr("Help for today ended: {line}").format(line=line.strip()),
                )
            elif kind == EventKind.FLOOR_ALERT_RAISED:
                detail = payload.get("detail")
                if isinstance(detail, str) and detail:
                    self.put(
                        _alert_key(payload.get("alert_id")),
                        self.tr("Floor alert: {detail}").format(detail=detail),
                    )

    def put(self, key: str, text: str) -> None:
        """Show ``text`` as the message ``key`` (replacing an earlier one of that key)."""
        self.remove(key, quiet=True)
        row = QWidget()
        row.setObjectName("supervisorMessage")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setObjectName("supervisorMessageText")
        label.setWordWrap(True)
        dismiss = QPushButton(self.tr("Got it"))
        dismiss.setObjectName("dismissMessage")
        dismiss.setToolTip(self.tr("Dismiss this message"))
        dismiss.clicked.connect(lambda: self.remove(key))
        layout.addWidget(label, 1)
        layout.addWidget(dismiss)
        self._layout.addWidget(row)
        self._rows[key] = (row, label)
        self.show()
        self.changed.emit()

    def remove(self, key: str, *, quiet: bool = False) -> None:
        found = self._rows.pop(key, None)
        if found is not None:
            self._layout.removeWidget(found[0])
            found[0].deleteLater()
        self.setVisible(bool(self._rows))
        if found is not None and not quiet:
            self.changed.emit()

    def clear_all(self) -> None:
        """Sign-out: the messages were for the clerk of that sitting."""
        for key in list(self._rows):
            self.remove(key)

    def texts(self) -> list[str]:
        """The messages shown, oldest first."""
        return [label.text() for _row, label in self._rows.values()]

    def dismiss_button(self, index: int) -> QPushButton:
        row = list(self._rows.values())[index][0]
        button = row.findChild(QPushButton, "dismissMessage")
        assert button is not None
        return button
