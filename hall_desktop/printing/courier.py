"""Free courier dispatch paper (免费邮政速递): the dispatch slip and the daily manifest.

The hall mails certificates and approvals to citizens (or has a citizen's materials
collected from their home) at the government's expense. Two documents are printed:

* the dispatch slip (寄递单), A5 portrait, one per dispatch: the hall and the title, the
  direction, the citizen's name, mobile (as given: the caller decides masking), full
  address and postal code, the contents, the carrier and the cost the hall bears, the
  ticket number and date, and the waybill number as a Code 128 barcode with the number
  under it, or a box "运单号：待交寄时填写" while there is none;
* the daily handover manifest (交寄清单), A4 portrait: every dispatch handed to the
  courier that day in a table (its header repeated on each page, mobiles masked, long
  addresses wrapped), the totals, and the signature lines of the hall and the courier.

Text is real PDF text; user text is escaped and the PDFs are reproducible (see
:mod:`hall_desktop.printing.layout`).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from hall_desktop.domain.masking import mask_phone
from hall_desktop.printing.fonts import cjk_font
from hall_desktop.printing.layout import (
    INK,
    PageSetup,
    StrokedText,
    cell_style,
    check_aware,
    markup,
    render_pdf,
)
from hall_desktop.printing.pages import PageCountingCanvas

TITLE = "免费邮政速递"
SLIP_TITLE = f"{TITLE}寄递单"
MANIFEST_TITLE = f"{TITLE}交寄清单"
NO_WAYBILL = "运单号：待交寄时填写"
DIRECTIONS = {"to_citizen": "送达群众", "from_citizen": "向群众收件（两端寄递）"}

SLIP_PAGE = PageSetup(A5, margin_x=12 * mm, margin_top=12 * mm, margin_bottom=14 * mm)
MANIFEST_PAGE = PageSetup(A4, margin_x=15 * mm, margin_top=20 * mm, margin_bottom=20 * mm)
FRAME_PAD = 6.0  # platypus frames keep 6 pt inside the margins
SLIP_WIDTH = SLIP_PAGE.size[0] - 2 * (SLIP_PAGE.margin_x + FRAME_PAD)
MANIFEST_WIDTH = MANIFEST_PAGE.size[0] - 2 * (MANIFEST_PAGE.margin_x + FRAME_PAD)

BARCODE_HEIGHT = 12 * mm
BARCODE_MAX_BAR = 0.33 * mm  # the usual module width on a courier label
BARCODE_QUIET_MODULES = 10  # white space each side, in bars of the chosen width

RULE_GREY = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.90, 0.90, 0.90)
TOTAL_FILL = colors.Color(0.96, 0.96, 0.96)
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def _check_items(items: tuple[DispatchItem, ...]) -> None:
    if not items:
        raise ValueError("a dispatch needs at least one item")


def _check_cost(cost: Decimal) -> None:
    if not cost.is_finite() or cost < 0:
        raise ValueError("cost_yuan must be a non-negative amount")


def _check_waybill(waybill: str | None) -> None:
    """Code 128 encodes printable ASCII; a waybill number is letters and digits anyway."""
    if waybill is None:
        return
    text = waybill.strip()
    if not text:
        raise ValueError("a waybill number must not be blank (use None)")
    if any(not (32 < ord(ch) < 127) for ch in text):
        raise ValueError("a waybill number must be printable ASCII without spaces")


@dataclass(frozen=True)
class DispatchItem:
    """One kind of document in the envelope, e.g. ('营业执照（正本）', 1)."""

    name: str
    count: int

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an item needs a name")
        if self.count < 1:
            raise ValueError("an item count must be at least 1")


@dataclass(frozen=True)
class DispatchSlipData:
    """One dispatch. ``created_at`` must be timezone-aware; ``waybill`` None until mailed.

    For ``from_citizen`` the recipient fields are the citizen the courier collects from.
    """

    hall_name: str
    dispatch_id: int
    direction: str  # "to_citizen" | "from_citizen"
    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    district: str
    address: str
    postal_code: str
    items: tuple[DispatchItem, ...]
    carrier: str
    cost_yuan: Decimal
    ticket_number: str | None
    created_at: datetime
    timezone: str
    waybill: str | None
    hall_address: str = ""  # the sender's address (大厅设置), printed under its name

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {sorted(DIRECTIONS)}")
        check_aware(self.created_at, "created_at")
        ZoneInfo(self.timezone)  # an unknown zone fails here, not while printing
        _check_items(self.items)
        _check_cost(self.cost_yuan)
        _check_waybill(self.waybill)


@dataclass(frozen=True)
class ManifestRow:
    """One dispatch handed to the courier; the phone is given in full and masked here."""

    waybill: str
    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    district: str
    address: str
    items: tuple[DispatchItem, ...]
    cost_yuan: Decimal

    def __post_init__(self) -> None:
        _check_items(self.items)
        _check_cost(self.cost_yuan)

    @property
    def pieces(self) -> int:
        return sum(item.count for item in self.items)


@dataclass(frozen=True)
class ManifestData:
    """One day's handover. ``generated_at`` must be timezone-aware."""

    hall_name: str
    day: date
    carrier: str
    rows: tuple[ManifestRow, ...]
    generated_at: datetime
    timezone: str
    prepared_by: str

    def __post_init__(self) -> None:
        check_aware(self.generated_at, "generated_at")
        ZoneInfo(self.timezone)


@dataclass(frozen=True)
class ManifestTotals:
    dispatches: int
    pieces: int
    cost_yuan: Decimal


def manifest_totals(data: ManifestData) -> ManifestTotals:
    """Number of dispatches, pieces (documents) and the cost in all."""
    return ManifestTotals(
        dispatches=len(data.rows),
        pieces=sum(row.pieces for row in data.rows),
        cost_yuan=sum((row.cost_yuan for row in data.rows), Decimal("0")),
    )


def format_yuan(amount: Decimal) -> str:
    """'12.00' (rounded half up to fen)."""
    return str(amount.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP"))


def page_count(pdf: bytes) -> int:
    """Pages of a PDF reportlab wrote (each page is one ``/Type /Page`` object)."""
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def dispatch_number(dispatch_id: int) -> str:
    """A dispatch as the screens and the paper name it: K00012."""
    return f"K{dispatch_id:05d}"


def full_address(province: str, city: str, district: str, detail: str) -> str:
    """'浙江省杭州市西湖区 文三路 100 号' (the region parts run together, then the detail)."""
    parts: list[str] = []
    for part in (province.strip(), city.strip(), district.strip()):
        if part and part not in parts:  # 北京市北京市 is said once (a municipality)
            parts.append(part)
    region = "".join(parts)
    detail = " ".join(detail.split())
    return f"{region} {detail}".strip()


def items_text(items: tuple[DispatchItem, ...], sep: str = "；") -> str:
    return sep.join(f"{item.name.strip()} × {item.count}" for item in items)


def _local(moment: datetime, timezone: str) -> datetime:
    return moment.astimezone(ZoneInfo(timezone))


def _date_cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _NumberedCanvas(PageCountingCanvas):
    """Holds the pages back until the end to write "第 i 页 共 n 页" on each."""

    def __init__(
        self,
        *args: Any,
        cjk: str,
        page: PageSetup,
        running_head: str,
        left_note: str,
        always_number: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._cjk = cjk
        self._page = page
        self._running_head = running_head
        self._left_note = left_note
        self._always_number = always_number

    def _draw_page_furniture(self, number: int, total: int) -> None:
        width, height = self._page.size
        left, right = self._page.margin_x + FRAME_PAD, width - self._page.margin_x - FRAME_PAD
        self.saveState()
        self.setFillColor(INK)
        self.setFont(self._cjk, 8.5)
        baseline = 8 * mm
        if self._left_note:
            self.drawString(left, baseline, self._left_note)
        if self._always_number or total > 1:
            self.drawCentredString(width / 2, baseline, f"第 {number} 页 共 {total} 页")
        if number > 1 and self._running_head:
            y = height - 11 * mm
            self.setFillColor(RULE_GREY)
            self.drawString(left, y, f"{self._running_head}（续）")
            self.setStrokeColor(RULE_GREY)
            self.setLineWidth(0.5)
            self.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        self.restoreState()


class _Styles:
    def __init__(self, cjk: str, size: float, leading: float) -> None:
        self.cell = cell_style(cjk, size, leading)
        self.center = ParagraphStyle("center", parent=self.cell, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.cell, alignment=TA_RIGHT)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=RULE_GREY)
        self.hall = ParagraphStyle("hall", parent=self.center, fontSize=12.5, leading=18)
        self.title = ParagraphStyle(
            "title", parent=self.center, fontSize=19, leading=26, spaceAfter=2
        )
        self.sub = ParagraphStyle("sub", parent=self.center, fontSize=10, leading=14)
        self.big = ParagraphStyle("big", parent=self.cell, fontSize=13, leading=18)
        self.waybill = ParagraphStyle("waybill", parent=self.center, fontSize=12, leading=16)
        self.note = ParagraphStyle(
            "note", parent=self.cell, fontSize=8.5, leading=12, textColor=RULE_GREY
        )
        self.signature = ParagraphStyle("signature", parent=self.cell, fontSize=11, leading=22)


class _Barcode(Flowable):  # type: ignore[misc]
    """A Code 128 barcode centred in the available width, its bars narrowed to fit."""

    def __init__(self, value: str, bar_height: float) -> None:
        super().__init__()
        self.value = value
        self.bar_height = bar_height
        # The symbol's width is proportional to the bar width: measure it at 1 pt.
        self.modules = Code128(value, barWidth=1, humanReadable=False, quiet=False).width
        self.bar_width = BARCODE_MAX_BAR

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        fit = avail_width / (self.modules + 2 * BARCODE_QUIET_MODULES)
        self.bar_width = min(BARCODE_MAX_BAR, fit)
        self.height = self.bar_height
        return self.width, self.height

    def draw(self) -> None:
        code = Code128(
            self.value,
            barWidth=self.bar_width,
            barHeight=self.bar_height,
            humanReadable=False,
            quiet=False,
        )
        x = (self.width - code.width) / 2
        code.drawOn(self.canv, x, 0)


_CELL_STYLE: list[Any] = [
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


# ---------------------------------------------------------------------------- slip


def _waybill_box(data: DispatchSlipData, styles: _Styles) -> Table:
    if data.waybill is None:
        content: list[list[Any]] = [[Paragraph(NO_WAYBILL, styles.big)]]
        padding = 12
    else:
        waybill = data.waybill.strip()
        content = [
            [_Barcode(waybill, BARCODE_HEIGHT)],
            [Paragraph(f"运单号：{escape(waybill)}", styles.waybill)],
        ]
        padding = 6
    box = Table(content, colWidths=[SLIP_WIDTH], hAlign="CENTER")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.0, INK),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return box


def _slip_table(data: DispatchSlipData, styles: _Styles) -> Table:
    local = _local(data.created_at, data.timezone)
    when = f"{_date_cn(local.date())} {WEEKDAYS[local.weekday()]} {local:%H:%M}"
    person = "收件人" if data.direction == "to_citizen" else "寄件人（群众）"
    place = "收件地址" if data.direction == "to_citizen" else "上门收件地址"
    address = full_address(data.province, data.city, data.district, data.address)
    contents = "<br/>".join(
        f"{index}. {markup(item.name)} × {item.count}"
        for index, item in enumerate(data.items, start=1)
    )
    pieces = sum(item.count for item in data.items)
    cost = f"{format_yuan(data.cost_yuan)} 元，由{markup(data.hall_name)}承担，群众无需支付任何费用"
    ticket = (data.ticket_number or "").strip()
    lines: list[tuple[str, str, ParagraphStyle]] = [
        ("寄递方向", DIRECTIONS[data.direction], styles.cell),
        (person, markup(data.recipient_name), styles.big),
        ("手机", markup(data.recipient_phone), styles.big),
        (place, markup(address), styles.cell),
        ("邮政编码", markup(data.postal_code), styles.cell),
        (f"寄递内容<br/>（共 {pieces} 件）", contents, styles.cell),
        ("承运", markup(data.carrier), styles.cell),
        ("寄递费用", cost, styles.cell),
        ("排队号", markup(ticket) if ticket else "—", styles.cell),
        ("寄递编号", dispatch_number(data.dispatch_id), styles.cell),
        ("登记时间", when, styles.cell),
    ]
    hall = markup(data.hall_name) + (
        f"<br/>{markup(data.hall_address)}" if data.hall_address else ""
    )
    if data.direction == "from_citizen":
        lines.insert(5, ("寄达", f"{hall}（到付费用由大厅承担）", styles.cell))
    else:
        lines.insert(0, ("寄件人", hall, styles.cell))
    rows = [
        [Paragraph(label, styles.label), Paragraph(value, style)] for label, value, style in lines
    ]
    label_width = 27 * mm
    table = Table(rows, colWidths=[label_width, SLIP_WIDTH - label_width], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                *_CELL_STYLE,
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (0, -1), TOTAL_FILL),
            ]
        )
    )
    return table


#: The slip's text sizes, largest first: (font size, leading, gap) in points. A slip
#: with many items or a long address takes the first that fits one sheet.
SLIP_SIZES = ((10.5, 14.5, 8.0), (9.5, 12.5, 5.0), (8.5, 11.0, 3.0), (7.5, 9.5, 2.0))


def _slip_story(
    data: DispatchSlipData, cjk: str, size: float = 10.5, leading: float = 14.5, gap: float = 8
) -> list[Flowable]:
    styles = _Styles(cjk, size, leading)
    return [
        Paragraph(markup(data.hall_name), styles.hall),
        StrokedText(TITLE, cjk, 20, 28),
        Paragraph(f"寄递单 · {DIRECTIONS[data.direction]}", styles.sub),
        Spacer(1, gap),
        _slip_table(data, styles),
        Spacer(1, gap),
        KeepTogether([_waybill_box(data, styles)]),
        Spacer(1, gap * 0.75),
        Paragraph(
            "本件为政务服务免费寄递，快递员不得向群众收取任何费用。如有疑问请联系办事大厅。",
            styles.note,
        ),
    ]


def _numbered_pdf(
    story: list[Flowable],
    page: PageSetup,
    cjk: str,
    *,
    title: str,
    author: str,
    running_head: str,
    left_note: str,
    always_number: bool,
) -> bytes:
    """``story`` as a PDF whose pages carry the running head, the note on the left and
    "page n of m" (on one-page documents too when ``always_number``)."""
    canvasmaker = partial(
        _NumberedCanvas,
        cjk=cjk,
        page=page,
        running_head=running_head,
        left_note=left_note,
        always_number=always_number,
    )
    return render_pdf(story, page, title=title, author=author, canvasmaker=canvasmaker)


def render_dispatch_slip(data: DispatchSlipData) -> bytes:
    """The dispatch slip as one A5 portrait sheet: it travels with the parcel, so many
    items or a long address make the text smaller, never a second page."""
    cjk = cjk_font()
    title = f"{SLIP_TITLE} {dispatch_number(data.dispatch_id)}"
    pdf = b""
    for size, leading, gap in SLIP_SIZES:
        pdf = _numbered_pdf(
            _slip_story(data, cjk, size, leading, gap),
            SLIP_PAGE,
            cjk,
            title=title,
            author=data.hall_name,
            running_head=title,
            left_note="",
            always_number=False,
        )
        if page_count(pdf) == 1:
            break
    return pdf


# ---------------------------------------------------------------------------- manifest

# (header, width); the None width takes what is left.
MANIFEST_COLUMNS: tuple[tuple[str, float | None], ...] = (
    ("序号", 9 * mm),
    ("运单号", 29 * mm),
    ("收件人", 16 * mm),
    ("手机", 22 * mm),
    ("地址", None),
    ("寄递内容", 34 * mm),
    ("件数", 10 * mm),
    ("费用(元)", 15 * mm),
)


def manifest_title(data: ManifestData) -> str:
    return f"{data.hall_name} {MANIFEST_TITLE}"


def _manifest_widths() -> list[float]:
    fixed = sum(width for _, width in MANIFEST_COLUMNS if width is not None)
    return [MANIFEST_WIDTH - fixed if width is None else width for _, width in MANIFEST_COLUMNS]


def _manifest_table(data: ManifestData, figures: ManifestTotals, styles: _Styles) -> Table:
    c, m, r = styles.cell, styles.center, styles.right
    table_rows: list[list[Any]] = [[Paragraph(name, m) for name, _ in MANIFEST_COLUMNS]]
    for index, row in enumerate(data.rows, start=1):
        address = full_address(row.province, row.city, row.district, row.address)
        table_rows.append(
            [
                Paragraph(str(index), m),
                Paragraph(markup(row.waybill), c),
                Paragraph(markup(row.recipient_name), c),
                Paragraph(escape(mask_phone(row.recipient_phone.strip())), c),
                Paragraph(markup(address), c),
                Paragraph("<br/>".join(f"{markup(i.name)} × {i.count}" for i in row.items), c),
                Paragraph(str(row.pieces), r),
                Paragraph(format_yuan(row.cost_yuan), r),
            ]
        )
    if not data.rows:
        table_rows.append([Paragraph("当日无交寄件", m)] + [""] * (len(MANIFEST_COLUMNS) - 1))
    table_rows.append(
        [
            Paragraph(f"合计：共 {figures.dispatches} 单", c),
            *[""] * 5,
            Paragraph(str(figures.pieces), r),
            Paragraph(format_yuan(figures.cost_yuan), r),
        ]
    )
    table = Table(table_rows, colWidths=_manifest_widths(), repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        *_CELL_STYLE,
        ("GRID", (0, 0), (-1, -1), 0.5, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("SPAN", (0, -1), (5, -1)),
        ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
    ]
    if not data.rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _manifest_signatures(styles: _Styles) -> Flowable:
    blank = "________________"
    lines = [
        f"交寄人（大厅）：{blank}    日期：{blank}",
        f"揽收人（快递员）：{blank}    日期：{blank}",
    ]
    return KeepTogether([Spacer(1, 16), *(Paragraph(line, styles.signature) for line in lines)])


def _manifest_story(data: ManifestData, cjk: str) -> list[Flowable]:
    styles = _Styles(cjk, 8.5, 11.5)
    figures = manifest_totals(data)
    heading = ParagraphStyle("heading", parent=styles.cell, fontSize=10.5, leading=15)
    title = ParagraphStyle("m-title", parent=styles.title, fontSize=16, leading=23)
    meta = (
        f"交寄日期：{_date_cn(data.day)}（{WEEKDAYS[data.day.weekday()]}）"
        f"    承运：{markup(data.carrier)}    制表人：{markup(data.prepared_by)}"
    )
    summary = (
        f"合计：{figures.dispatches} 单，{figures.pieces} 件，"
        f"费用 {format_yuan(figures.cost_yuan)} 元（由{markup(data.hall_name)}承担）"
    )
    return [
        Paragraph(markup(manifest_title(data)), title),
        Paragraph(meta, ParagraphStyle("meta", parent=heading, alignment=TA_CENTER)),
        Spacer(1, 8),
        _manifest_table(data, figures, styles),
        Spacer(1, 8),
        Paragraph(summary, heading),
        _manifest_signatures(styles),
    ]


def render_manifest(data: ManifestData) -> bytes:
    """The day's handover manifest as an A4 portrait PDF."""
    cjk = cjk_font()
    generated = f"{_local(data.generated_at, data.timezone):%Y-%m-%d %H:%M}"
    return _numbered_pdf(
        _manifest_story(data, cjk),
        MANIFEST_PAGE,
        cjk,
        title=f"{manifest_title(data)} {data.day:%Y-%m-%d}",
        author=data.hall_name,
        running_head=manifest_title(data),
        left_note=f"生成时间：{generated}",
        always_number=True,
    )


FIGURES_HEADER = (
    "月份",
    "寄递件数",
    "材料份数",
    "费用（元）",
    "已妥投",
    "退回",
    "在途/待交寄",
    "已取消",
    "其中两端寄递（收件）",
)


def render_figures_csv(hall_name: str, year: int, rows: list[tuple[str, Any]]) -> bytes:
    """A year's monthly figures for Excel: UTF-8 with BOM, CRLF; ``rows`` are
    (label, MonthFigures-like) pairs, months first, then the half-year and year totals."""
    import csv

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f"{hall_name} 免费邮政速递 {year} 年月度统计"])
    writer.writerow(FIGURES_HEADER)
    for label, f in rows:
        writer.writerow(
            [
                label,
                f.count,
                f.pieces,
                format_yuan(Decimal(f.cost_cents) / 100),
                f.delivered,
                f.returned,
                f.open,
                f.cancelled,
                f.collections,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
