"""The queue policy's two choices (叫号规则): the priority interleave and the ordinary
tickets' waiting bound, for the hall's settings and for one line's own (where "as the
hall" is a third answer). See :mod:`hall_desktop.domain.queue`."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from hall_desktop.domain.queue import MAX_WAIT_MINUTES_MAX, PRIORITY_EVERY_MAX

#: The bounds offered in the list; a value set elsewhere is added when shown.
BOUND_CHOICES = (10, 15, 20, 30, 45, 60, 90, 120, 180)


class QueuePolicyFields(QObject):
    """Two combo boxes; ``own_line``: the line's form, with "as the hall" first."""

    def __init__(self, parent: QWidget, *, own_line: bool = False) -> None:
        super().__init__(parent)
        self.interleave = QComboBox(parent)
        self.bound = QComboBox(parent)
        if own_line:
            self.interleave.addItem(self.tr("As the hall"), None)
            self.bound.addItem(self.tr("As the hall"), None)
        self.interleave.addItem(self.tr("Priority tickets always first"), 0)
        for every in range(1, PRIORITY_EVERY_MAX + 1):
            self.interleave.addItem(
                self.tr("{n}:1 (one ordinary ticket after {n} priority ones)").format(n=every),
                every,
            )
        self.interleave.setToolTip(
            self.tr(
                "Green channel and appointment tickets are called first; with N:1 a window "
                "calls one waiting ordinary ticket after N of them in a row."
            )
        )
        self.bound.addItem(self.tr("No bound"), 0)
        for minutes in BOUND_CHOICES:
            if minutes <= MAX_WAIT_MINUTES_MAX:
                self.bound.addItem(self.tr("{minutes} min").format(minutes=minutes), minutes)
        self.bound.setToolTip(
            self.tr(
                "An ordinary ticket that has waited this long is no longer passed by "
                "priority tickets issued after it."
            )
        )

    def set_values(self, every: int | None, bound: int | None) -> None:
        self._select(self.interleave, every)
        if self.bound.findData(bound) < 0 and bound is not None:  # set outside this list
            self.bound.addItem(self.tr("{minutes} min").format(minutes=bound), bound)
        self._select(self.bound, bound)

    @staticmethod
    def _select(combo: QComboBox, value: int | None) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def every(self) -> int | None:
        value = self.interleave.currentData()
        return None if value is None else int(value)

    def bound_minutes(self) -> int | None:
        value = self.bound.currentData()
        return None if value is None else int(value)
