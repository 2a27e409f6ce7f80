"""What the printed documents share: user text as Paragraph markup, the faux-bold title
and one way to build a PDF that is the same bytes for the same data (``invariant=1``)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, SimpleDocTemplate

from hall_desktop.printing.slip import wrap_balanced

INK = colors.black


@dataclass(frozen=True, slots=True)
class PageSetup:
    """A document's paper and the margins of its text frame."""

    size: tuple[float, float]
    margin_x: float
    margin_top: float
    margin_bottom: float


def check_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def cell_style(cjk: str, size: float, leading: float) -> ParagraphStyle:
    """A table cell's text: the CJK font, black, left, wrapped between any characters."""
    return ParagraphStyle(
        "cell",
        fontName=cjk,
        fontSize=size,
        leading=leading,
        wordWrap="CJK",
        alignment=TA_LEFT,
        textColor=INK,
    )


def markup(text: str | None) -> str:
    """User text made safe for Paragraph markup; line breaks are kept."""
    lines = [escape(line.strip()) for line in (text or "").strip().splitlines()]
    return "<br/>".join(line for line in lines if line)


class StrokedText(Flowable):  # type: ignore[misc]
    """Text in faux bold (fill and stroke: the CJK font has no bold face), balanced lines."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        align: Literal["center", "left"] = "center",
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.align = align
        self.lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = wrap_balanced(self.text, self.font, self.size, avail_width)
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        c.setLineWidth(self.size * 0.03)
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        top = self.height
        for line in self.lines:
            baseline = top - (self.leading + self.size * 0.7) / 2
            if self.align == "center":
                c.drawCentredString(self.width / 2, baseline, line, mode=2)
            else:
                c.drawString(0, baseline, line, mode=2)
            top -= self.leading


def render_pdf(
    story: list[Flowable],
    page: PageSetup,
    *,
    title: str,
    author: str,
    canvasmaker: Callable[..., Any],
    on_page: Callable[[Any, SimpleDocTemplate], None] | None = None,
) -> bytes:
    """``story`` laid out on ``page``, as PDF bytes."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=page.size,
        leftMargin=page.margin_x,
        rightMargin=page.margin_x,
        topMargin=page.margin_top,
        bottomMargin=page.margin_bottom,
        title=title,
        author=author,
        creator="hall_desktop",
        invariant=1,
        pageCompression=1,
    )
    pages = {} if on_page is None else {"onFirstPage": on_page, "onLaterPages": on_page}
    doc.build(story, canvasmaker=canvasmaker, **pages)
    return out.getvalue()
