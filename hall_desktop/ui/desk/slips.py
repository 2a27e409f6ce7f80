"""From an issued ticket to paper: the slip PDF, then the printer named in settings.

``printer`` in the settings is a printer's name as the system knows it, or
``pdf:<folder>`` to write every slip as a PDF file into that folder (a PC without a
thermal printer, a demo, the tests). Empty means no printer: tickets are still issued.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from hall_desktop.domain.records import record_from
from hall_desktop.printing.printer import preview_pdf, send_to
from hall_desktop.printing.slip import SlipData, render_slip
from hall_desktop.services.dto import IssuedTicket


class SlipPrinter:
    def __init__(self, printer: str, *, timezone: str = "Asia/Shanghai") -> None:
        self.printer = printer.strip()
        self.timezone = timezone

    @property
    def configured(self) -> bool:
        return bool(self.printer)

    def slip_data(self, issued: IssuedTicket) -> SlipData:
        t = issued.ticket
        return record_from(
            SlipData,
            t,
            hall_name=issued.hall_name,
            ahead=issued.ahead,
            wait=issued.wait,
            timezone=self.timezone,
            ticket_id=t.id,
            bundle_name=issued.bundle_name,
        )

    def pdf(self, issued: IssuedTicket) -> bytes:
        return render_slip(self.slip_data(issued))

    def print_slip(self, issued: IssuedTicket) -> str:
        """Print one slip; where it went (for the message). Raises ``PrintError``."""
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", issued.ticket.number)
        name = f"{issued.ticket.service_day:%Y%m%d}-{safe}-{issued.ticket.id}.pdf"
        return send_to(self.pdf(issued), self.printer, name)

    def preview(self, issued: IssuedTicket, parent: QWidget | None) -> QWidget:
        dialog = preview_pdf(self.pdf(issued), parent)
        dialog.open()  # never exec(): the asyncio loop keeps running
        return dialog
