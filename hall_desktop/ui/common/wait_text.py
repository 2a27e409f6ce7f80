"""预计等候 in a screen's words: one number when the estimate is close, a range when it
is not, never a precise number the hall cannot keep (``hall_desktop.domain.estimates``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hall_desktop.domain.estimates import WaitEstimate


def wait_phrase(wait: WaitEstimate) -> str:
    """ "about 15–25 min", "about 4 min", "within 10 min", "called soon", or that there
    is no estimate (no window serves the line now)."""
    if not wait.known:
        return QCoreApplication.translate("WaitText", "no wait estimate yet")
    if wait.high_minutes <= 0:
        return QCoreApplication.translate("WaitText", "called soon")
    if not wait.is_range:
        return QCoreApplication.translate("WaitText", "about {minutes} min").format(
            minutes=wait.high_minutes
        )
    if wait.low_minutes <= 0:
        return QCoreApplication.translate("WaitText", "within {high} min").format(
            high=wait.high_minutes
        )
    return QCoreApplication.translate("WaitText", "about {low}–{high} min").format(
        low=wait.low_minutes, high=wait.high_minutes
    )
