"""The one-time notification letter (一次性告知书): an A4 PDF for outcome 补正告知.

When the materials a citizen brought are incomplete, the hall tells them once and
completely what is still missing (一次性告知), so nobody makes a second wasted trip. The
letter looks like a Chinese government document: the title large and centred, the letter
number (文书编号) under it on the right, the salutation, the body, a table of the service
items, the numbered list of missing materials, other notes, what to do next, the
signature block on the right and a footer with the hall's address, phone and
"第 1 页 共 2 页".

Text is real PDF text; user text is escaped and the PDF is reproducible (see
:mod:`hall_desktop.printing.layout`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from hall_desktop.printing.fonts import cjk_font
from hall_desktop.printing.layout import (
    INK,
    PageSetup,
    StrokedText,
    check_aware,
    markup,
    render_pdf,
)
from hall_desktop.printing.pages import PageCountingCanvas
from hall_desktop.printing.slip import wrap_balanced

PAGE_SIZE = A4
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 25 * mm
MARGIN_X = 20 * mm
TEXT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

TITLE = "一次性告知书"
BODY_SIZE = 12.0
BODY_LEADING = 21.0  # generous, as in printed official letters
FOOTER_SIZE = 9.0
RULE_GREY = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.92, 0.92, 0.92)


class LetterItem(NamedTuple):
    """One service item the letter names: what, which department, in how long."""

    code: str
    name: str
    department: str = ""
    promised_days: int | None = None  # 承诺时限 in working days; None: not published


@dataclass(frozen=True)
class NoticeLetterData:
    """What one letter says. ``issued_at`` must be timezone-aware; at least one material."""

    hall_name: str
    hall_address: str | None
    hall_phone: str | None
    ticket_number: str
    citizen_name: str | None
    #: The items applied for: :class:`LetterItem`, or (事项编码, 事项名称) pairs.
    items: tuple[LetterItem | tuple[str, str], ...]
    missing_materials: tuple[str, ...]
    note: str | None
    clerk_name: str
    clerk_staff_number: str
    window_number: int
    issued_at: datetime
    timezone: str
    letter_number: str  # 文书编号, e.g. "告知〔2026〕1129-A012"

    def __post_init__(self) -> None:
        check_aware(self.issued_at, "issued_at")
        object.__setattr__(self, "items", tuple(LetterItem(*item) for item in self.items))
        if not self.missing_materials:
            raise ValueError("a notification letter needs at least one missing material")
        if any(not m.strip() for m in self.missing_materials):
            raise ValueError("a missing material must not be blank")


def format_date_cn(issued_at: datetime, timezone: str) -> str:
    """'2026年11月29日' in the hall's timezone."""
    local = issued_at.astimezone(ZoneInfo(timezone))
    return f"{local.year}年{local.month}月{local.day}日"


class _NumberedCanvas(PageCountingCanvas):
    """Holds the pages back until the end to write "第 i 页 共 n 页" on each."""

    def __init__(self, *args: Any, cjk: str, letter_number: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cjk = cjk
        self._letter_number = letter_number

    def _draw_page_furniture(self, number: int, total: int) -> None:
        width, _ = PAGE_SIZE
        self.saveState()
        self.setFillColor(INK)
        self.setFont(self._cjk, 9)
        self.drawCentredString(width / 2, 8 * mm, f"第 {number} 页 共 {total} 页")
        if number > 1:  # a running head on the continuation pages
            y = PAGE_SIZE[1] - 15 * mm
            self.setFillColor(RULE_GREY)
            self.drawString(MARGIN_X, y, f"{TITLE}（续）")
            self.drawRightString(width - MARGIN_X, y, self._letter_number)
            self.setStrokeColor(RULE_GREY)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
        self.restoreState()


class _Styles:
    def __init__(self, cjk: str) -> None:
        base = ParagraphStyle(
            "body",
            fontName=cjk,
            fontSize=BODY_SIZE,
            leading=BODY_LEADING,
            wordWrap="CJK",
            alignment=TA_JUSTIFY,
            textColor=INK,
        )
        self.body = ParagraphStyle(
            "body-indent", parent=base, firstLineIndent=2 * BODY_SIZE, spaceAfter=4
        )
        self.salutation = ParagraphStyle("salutation", parent=base, spaceBefore=6, spaceAfter=2)
        self.letter_number = ParagraphStyle(
            "letter-number", parent=base, fontSize=11, leading=16, alignment=TA_RIGHT
        )
        self.material = ParagraphStyle(
            "material",
            parent=base,
            leftIndent=2.8 * BODY_SIZE,
            bulletIndent=0.6 * BODY_SIZE,
            bulletFontName=cjk,
            bulletFontSize=BODY_SIZE,
            spaceAfter=3,
        )
        self.note = ParagraphStyle("note", parent=self.body, spaceAfter=2)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=11, leading=15, alignment=TA_LEFT)
        self.cell_head = ParagraphStyle("cell-head", parent=self.cell, alignment=TA_CENTER)
        self.cell_center = ParagraphStyle("cell-center", parent=self.cell, alignment=TA_CENTER)
        self.signature = ParagraphStyle(
            "signature", parent=base, alignment=TA_RIGHT, leading=BODY_LEADING
        )
        self.receipt = ParagraphStyle("receipt", parent=base, alignment=TA_LEFT)


def _heading(text: str, cjk: str) -> list[Flowable]:
    heading = StrokedText(text, cjk, 13, 20, "left")
    heading.keepWithNext = True
    return [Spacer(1, 9), heading, Spacer(1, 3)]


def _items_table(items: tuple[LetterItem | tuple[str, str], ...], styles: _Styles) -> Table:
    rows: list[list[Paragraph]] = [
        [
            Paragraph(head, styles.cell_head)
            for head in ("序号", "事项名称（编码）", "承办部门", "承诺时限")
        ]
    ]
    for index, item in enumerate(items, start=1):
        code, name, department, days = LetterItem(*item)
        rows.append(
            [
                Paragraph(str(index), styles.cell_center),
                Paragraph(f"{markup(name)}<br/><font size=9>{markup(code)}</font>", styles.cell),
                Paragraph(markup(department) if department else "—", styles.cell_center),
                Paragraph(f"{days} 个工作日" if days else "—", styles.cell_center),
            ]
        )
    widths = [12 * mm, TEXT_WIDTH - 12 * mm - 40 * mm - 26 * mm, 40 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, INK),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _signature(data: NoticeLetterData, date_cn: str, styles: _Styles) -> KeepTogether:
    clerk = (
        f"经办人：{markup(data.clerk_name)}（工号 {markup(data.clerk_staff_number)}）"
        f" {data.window_number}号窗口"
    )
    blank = "_" * 16
    return KeepTogether(
        [
            Spacer(1, 18),
            Paragraph(f"{markup(data.hall_name)}（盖章）", styles.signature),
            Paragraph(clerk, styles.signature),
            Paragraph(date_cn, styles.signature),
            Spacer(1, 16),
            Paragraph(
                f"申请人签收：{blank}　　签收日期：{blank[:10]}年{blank[:4]}月{blank[:4]}日",
                styles.receipt,
            ),
        ]
    )


def _story(data: NoticeLetterData, cjk: str) -> list[Flowable]:
    styles = _Styles(cjk)
    date_cn = format_date_cn(data.issued_at, data.timezone)
    name = (data.citizen_name or "").strip()
    story: list[Flowable] = [
        StrokedText(TITLE, cjk, 22, 32, "center"),
        Spacer(1, 4),
        Paragraph(markup(data.letter_number), styles.letter_number),
        Spacer(1, 10),
        # No name was taken at the desk: a line for the citizen to write it on.
        Paragraph(f"{markup(name) if name else '申请人 ' + '_' * 14}：", styles.salutation),
    ]
    subject = "下列事项" if data.items else "事项"
    story.append(
        Paragraph(
            f"您于{date_cn}在本中心（排队号：{markup(data.ticket_number)}）申请办理的"
            f"{subject}，经审查，申请材料尚需补正。"
            "现将需补正的全部材料一次性告知如下：",
            styles.body,
        )
    )
    section = iter("一二三四五六")
    if data.items:
        story += _heading(f"{next(section)}、申请事项", cjk)
        story.append(_items_table(data.items, styles))
    story += _heading(f"{next(section)}、需补正的材料", cjk)
    for index, material in enumerate(data.missing_materials, start=1):
        story.append(Paragraph(markup(material), styles.material, bulletText=f"{index}."))
    if data.note and data.note.strip():
        story += _heading(f"{next(section)}、其他说明", cjk)
        story.append(Paragraph(markup(data.note), styles.note))
    story += _heading(f"{next(section)}、办理提示", cjk)
    story.append(
        Paragraph(
            f"请按上述要求补齐材料后，携本告知书到{markup(data.hall_name)}办理。"
            "补齐材料后不再要求提供其他材料。",
            styles.body,
        )
    )
    story.append(_signature(data, date_cn, styles))
    return story


def _footer_text(data: NoticeLetterData) -> str:
    """'地址：…    咨询电话：…' (plain text, drawn on the canvas), or '' when neither is known."""
    parts = []
    if data.hall_address and data.hall_address.strip():
        parts.append(f"地址：{' '.join(data.hall_address.split())}")
    if data.hall_phone and data.hall_phone.strip():
        parts.append(f"咨询电话：{' '.join(data.hall_phone.split())}")
    return "    ".join(parts)


def _footer_lines(text: str, cjk: str) -> tuple[float, list[str]]:
    """The footer in at most two lines (a very long address is set smaller, not cut)."""
    size = FOOTER_SIZE
    lines = wrap_balanced(text, cjk, size, TEXT_WIDTH)
    while len(lines) > 2 and size > 6:
        size -= 0.5
        lines = wrap_balanced(text, cjk, size, TEXT_WIDTH)
    return size, lines


def render_notice_letter(data: NoticeLetterData) -> bytes:
    """The letter as an A4 PDF (one page or more)."""
    cjk = cjk_font()
    footer_size, footer = _footer_lines(_footer_text(data), cjk)

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if not any(footer):
            return
        width, _ = PAGE_SIZE
        canvas.saveState()
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 21 * mm, width - MARGIN_X, 21 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(cjk, footer_size)
        baseline = 21 * mm - 5 * mm
        for line in footer:
            canvas.drawCentredString(width / 2, baseline, line)
            baseline -= footer_size * 1.35
        canvas.restoreState()

    return render_pdf(
        _story(data, cjk),
        PageSetup(PAGE_SIZE, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
        title=f"{TITLE} {data.letter_number}",
        author=data.hall_name,
        canvasmaker=partial(_NumberedCanvas, cjk=cjk, letter_number=data.letter_number),
        on_page=on_page,
    )
