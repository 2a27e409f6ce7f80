"""Page furniture that needs the page count ("第 i 页 共 n 页")."""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas


class PageCountingCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, then lets the document draw each page's
    furniture (footer, running head) knowing how many pages there are."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._draw_page_furniture(number, total)
            super().showPage()
        super().save()

    def _draw_page_furniture(self, number: int, total: int) -> None:
        """Draw what page ``number`` of ``total`` carries (each document says what)."""
        raise NotImplementedError
