"""The reminder on the desk and clerk screens that a year's holidays are not confirmed.

Shown only to supervisors and administrators (they can act on it in the admin screen):
the current year whenever it is not confirmed, the next year from 1 November (see
:meth:`HoursAdminService.year_to_confirm`). It follows each refresh of the screen, so
it goes away with the first feed event after the year is confirmed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from hall_desktop.services.actor import MANAGERS, Actor
from hall_desktop.services.hours_admin import HoursAdminService
from hall_desktop.ui.widgets.banner import StatusBanner

if TYPE_CHECKING:
    from hall_desktop.store.database import Database


class CalendarBanner(StatusBanner):
    """One line under the header, hidden while there is nothing to confirm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarBanner")
        self.year: int | None = None

    def show_year(self, year: int | None) -> None:
        """Remind of ``year``; ``None`` hides the banner."""
        self.year = year
        if year is None:
            self.clear_message()
            return
        self.show_message(
            self.tr(
                "The holidays of {year} are not confirmed yet: confirm them and enter the "
                "make-up workdays in the admin screen under “Hours and calendar”."
            ).format(year=year)
        )


class CalendarReminder:
    """What the desk and clerk controllers ask before each refresh."""

    def __init__(self, db: Database) -> None:
        self._service = HoursAdminService(db)

    async def year_for(self, actor: Actor | None) -> int | None:
        """The year to remind ``actor`` of; always ``None`` for clerks and guides."""
        if actor is None or not actor.has(*MANAGERS):
            return None
        return await self._service.year_to_confirm(actor)
