"""The one-time notification letter (一次性告知书) of a 补正告知 outcome, on A4.

``document_printer`` in the settings names the A4 printer, or ``pdf:<folder>`` to write
each letter as a PDF file; empty means the system's default printer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from hall_desktop.printing.notice_letter import LetterItem, NoticeLetterData, render_notice_letter
from hall_desktop.printing.printer import send_to
from hall_desktop.services.actor import Actor
from hall_desktop.services.dto import HallInfo, TicketInfo


class LetterPrinter:
    def __init__(self, printer: str) -> None:
        self.printer = printer.strip()

    def letter_pdf(
        self,
        *,
        hall: HallInfo,
        ticket: TicketInfo,
        items: Sequence[LetterItem],
        hall_address: str = "",
        hall_phone: str = "",
        missing: Sequence[str],
        note: str | None,
        clerk: Actor,
        window_number: int,
    ) -> bytes:
        issued = ticket.finished_at or ticket.issued_at
        local = issued.astimezone(ZoneInfo(hall.timezone))
        return render_notice_letter(
            NoticeLetterData(
                hall_name=hall.name,
                hall_address=hall_address or None,
                hall_phone=hall_phone or None,
                ticket_number=ticket.number,
                citizen_name=ticket.citizen_name,
                items=tuple(items),
                missing_materials=tuple(missing),
                note=note,
                clerk_name=clerk.name,
                clerk_staff_number=clerk.staff_number,
                window_number=window_number,
                issued_at=issued,
                timezone=hall.timezone,
                letter_number=f"告知〔{local:%Y}〕{local:%m%d}-{ticket.number}",
            )
        )

    def print_letter(self, **values: object) -> str:
        """Print one letter; where it went. Raises ``PrintError``."""
        pdf = self.letter_pdf(**values)  # type: ignore[arg-type]
        ticket = values["ticket"]
        assert isinstance(ticket, TicketInfo)
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", ticket.number)
        return send_to(
            pdf,
            self.printer,
            f"告知书-{ticket.service_day:%Y%m%d}-{safe}-{ticket.id}.pdf",
            default_printer=True,
            missing="没有可用的 A4 打印机，请在设置中指定 document_printer",
            what="告知书",
        )
