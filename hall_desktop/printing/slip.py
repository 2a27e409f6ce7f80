"""The ticket slip (取号小票): a one-page PDF for 80 mm thermal roll paper.

Everything is centred in the ~72 mm an 80 mm printer can reach: the hall's name, the
business line, the number in very large type, the green-channel reason if any, how many
people are ahead and the expected wait, the date and time in the hall's timezone, the
notice and a QR code carrying the ticket id. The page is as tall as its content.

Text is real PDF text (pypdf extracts it). The PDF is reproducible: the same data gives
the same bytes (``invariant=1``).

A slip is printed at every click of the desk, so what all slips of a hall and day share
(the hall's name, the notice, the date; :class:`SlipFrame`) is laid out once, and the QR
code is encoded by :mod:`hall_desktop.printing.qr` (reportlab's code, made fast) and
written as ready-made PDF operators: only the ticket's own text and code are done per
slip.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hall_desktop.domain.estimates import WaitEstimate, wait_text
from hall_desktop.printing.fonts import cjk_font
from hall_desktop.printing.qr import qr_rows

PAGE_WIDTH = 80 * mm
MARGIN_X = 4 * mm
MARGIN_TOP = 5 * mm
MARGIN_BOTTOM = 6 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
QR_SIZE = 28 * mm
QR_BORDER = 1  # modules of white inside QR_SIZE; the paper around it is the quiet zone
LATIN_BOLD = "Helvetica-Bold"
LATIN = "Helvetica"

DEFAULT_NOTICE = "请留意叫号，过号请重新取号。本票当日有效。"
QR_PREFIX = "HALL-TICKET:"

_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
# Never start a line with these: they hang at the end of the previous one instead.
_NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)]%")
_TOKEN = re.compile(r"[A-Za-z0-9_\-.:/@#]+|\s+|.", re.DOTALL)


@dataclass(frozen=True)
class SlipData:
    """What one slip shows. ``issued_at`` must be timezone-aware."""

    hall_name: str
    line_name: str
    line_prefix: str
    number: str
    ahead: int
    wait: WaitEstimate  # 预计等候: one number or a range (domain.estimates)
    issued_at: datetime
    timezone: str
    ticket_id: int
    priority_reason: str | None = None
    notice: str = field(default=DEFAULT_NOTICE)
    #: 一件事一次办: the bundle's name and the step ("第1步/共3步").
    bundle_name: str | None = None
    step_text: str | None = None

    def __post_init__(self) -> None:
        if self.issued_at.tzinfo is None or self.issued_at.utcoffset() is None:
            raise ValueError("issued_at must be timezone-aware")


def weekday_cn(d: date) -> str:
    """星期一 … 星期日."""
    return _WEEKDAYS[d.weekday()]


def format_issued_at(issued_at: datetime, timezone: str) -> str:
    """'2026年11月29日 星期日 14:32' in the hall's timezone."""
    local = issued_at.astimezone(ZoneInfo(timezone))
    return f"{date_cn(local.date())} {local:%H:%M}"


def date_cn(d: date) -> str:
    """'2026年11月29日 星期日'."""
    return f"{d.year}年{d.month}月{d.day}日 {weekday_cn(d)}"


def qr_payload(data: SlipData) -> str:
    """What the QR code says, on two lines: for a person (a phone shows it as text) the
    hall, the number and the day; for a machine (a kiosk, a clerk's scanner)
    ``HALL-TICKET:<ticket id>:<service day YYYYMMDD>:<number>``."""
    day = data.issued_at.astimezone(ZoneInfo(data.timezone)).date()
    person = f"{data.hall_name} {data.number}号 {day:%Y-%m-%d}"
    return f"{person}\n{QR_PREFIX}{int(data.ticket_id)}:{day:%Y%m%d}:{data.number}"


def line_label(line_prefix: str, line_name: str) -> str:
    """'A 综合受理' (the prefix is not repeated when the name already starts with it)."""
    name = line_name.strip()
    prefix = line_prefix.strip()
    if not prefix or name.startswith(prefix):
        return name
    return f"{prefix} {name}"


def ahead_text(ahead: int) -> str:
    return f"前面还有 {max(ahead, 0)} 人"


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width``.

    Chinese breaks between any two characters; Latin words and numbers stay whole when
    they fit; closing punctuation hangs at the end of a line rather than starting one.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for token in _TOKEN.findall(paragraph):
            candidate = line + token
            if not line or stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if token.isspace():
                lines.append(line.rstrip())
                line = ""
            elif token in _NO_LINE_START:
                line = candidate  # hanging punctuation: may reach into the margin
            elif stringWidth(token, font, size) > width:
                for ch in token:  # a word wider than the line: break it anywhere
                    if line and stringWidth(line + ch, font, size) > width:
                        lines.append(line)
                        line = ""
                    line += ch
            else:
                lines.append(line.rstrip())
                line = token
        lines.append(line.rstrip())
    return [ln for ln in lines if ln] or [""]


def wrap_balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """Like ``wrap_text`` but with lines of even length (no lone character on the last)."""
    lines = wrap_text(text, font, size, width)
    if len(lines) < 2:
        return lines
    lo, hi = 0.0, width
    for _ in range(10):  # the narrowest width that still needs no more lines
        mid = (lo + hi) / 2
        if len(wrap_text(text, font, size, mid)) <= len(lines):
            hi = mid
        else:
            lo = mid
    return wrap_text(text, font, size, hi)


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


# A block: its height and a function drawing it with its top at ``y``.
_Block = tuple[float, Callable[[Canvas, float], None]]


def _text_block(
    text: str,
    font: str,
    size: float,
    *,
    leading: float | None = None,
    bold: bool = False,
    balanced: bool = True,
) -> list[_Block]:
    leading = leading if leading is not None else size * 1.35
    wrap = wrap_balanced if balanced else wrap_text
    blocks: list[_Block] = []
    for line in wrap(text, font, size, TEXT_WIDTH):

        def draw(c: Canvas, y: float, line: str = line) -> None:
            c.setFont(font, size)
            baseline = y - (leading + size * 0.7) / 2
            if bold:  # the CJK font has no bold face: fill and stroke the glyphs
                c.setLineWidth(size * 0.035)
                c.drawCentredString(PAGE_WIDTH / 2, baseline, line, mode=2)
            else:
                c.drawCentredString(PAGE_WIDTH / 2, baseline, line)

        blocks.append((leading, draw))
    return blocks


def _gap(height: float) -> list[_Block]:
    return [(height, lambda c, y: None)]


def _rule() -> list[_Block]:
    def draw(c: Canvas, y: float) -> None:
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(MARGIN_X, y - 2 * mm, PAGE_WIDTH - MARGIN_X, y - 2 * mm)
        c.setDash()

    return [(4 * mm, draw)]


def _number_block(number: str, cjk: str) -> list[_Block]:
    font = LATIN_BOLD if _is_latin(number) else cjk
    size = 46.0
    while size > 20 and stringWidth(number, font, size) > TEXT_WIDTH:
        size -= 2
    height = size * 1.05

    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        baseline = y - size * 0.86
        if font == LATIN_BOLD:
            c.drawCentredString(PAGE_WIDTH / 2, baseline, number)
        else:
            c.setLineWidth(size * 0.03)
            c.drawCentredString(PAGE_WIDTH / 2, baseline, number, mode=2)

    return [(height, draw)]


BUNDLE_HINT = "本步办完后请留意叫号，凭本号办理下一步"


def _priority_block(reason: str, cjk: str) -> list[_Block]:
    return _boxed_block(f"绿色通道：{reason}", cjk)


def _bundle_block(name: str, step: str, cjk: str) -> list[_Block]:
    """一件事: its name and the step, boxed above the line (the citizen keeps the number)."""
    return _boxed_block(f"一件事：{name}\n{step}", cjk, 12.0)


def _boxed_block(text: str, cjk: str, size: float = 11.0) -> list[_Block]:
    """Bold text in a rounded box (green channel, a bundle's step)."""
    lines = wrap_balanced(text, cjk, size, TEXT_WIDTH - 4 * mm)
    leading = size * 1.35
    box_h = leading * len(lines) + 2 * mm
    widest = max(stringWidth(ln, cjk, size) for ln in lines)
    box_w = min(widest + 6 * mm, TEXT_WIDTH)

    def draw(c: Canvas, y: float) -> None:
        c.setLineWidth(1.2)
        c.roundRect((PAGE_WIDTH - box_w) / 2, y - box_h, box_w, box_h, 1.5 * mm)
        c.setFont(cjk, size)
        c.setLineWidth(size * 0.035)
        top = y - 1 * mm
        for line in lines:
            c.drawCentredString(PAGE_WIDTH / 2, top - (leading + size * 0.7) / 2, line, mode=2)
            top -= leading

    return [(box_h + 2 * mm, draw)]


def qr_widget(data: SlipData) -> QrCodeWidget:
    """The slip's QR code (``QR_SIZE`` square; the paper around it is the quiet zone)."""
    widget = QrCodeWidget(qr_payload(data), barLevel="M", barBorder=QR_BORDER)
    widget.barWidth = QR_SIZE
    widget.barHeight = QR_SIZE
    return widget


@lru_cache(maxsize=4)
def _qr_grid(count: int) -> tuple[list[str], list[str], list[str], str]:
    """For a QR code of ``count`` modules, from its top left corner: the PDF numbers of
    each column's left edge, each row's bottom edge, each run's width, a module's height
    (formatted once: formatting numbers is most of drawing the code)."""
    box = QR_SIZE / (count + 2 * QR_BORDER)
    xs = [fp_str((column + QR_BORDER) * box) for column in range(count)]
    ys = [fp_str(-(row + QR_BORDER + 1) * box) for row in range(count)]
    widths = [fp_str(length * box) for length in range(count + 1)]
    return xs, ys, widths, fp_str(box)


def _qr_block(data: SlipData, cjk: str) -> list[_Block]:
    """The QR code as the rectangles ``QrCodeWidget`` draws (a run of dark modules along
    a row is one), written into the page directly: the same marks without building and
    rendering a shape per rectangle. Each is filled on its own, as the widget's are (a
    viewer snaps a lone rectangle to whole pixels, not the parts of one long path)."""
    modules = qr_rows(qr_payload(data))
    xs, ys, widths, box = _qr_grid(len(modules))
    ops: list[str] = []
    for r, row in enumerate(modules):
        column = 0
        for dark, group in itertools.groupby(row):
            count = len(list(group))
            if dark:
                ops.append(f"n {xs[column]} {ys[r]} {widths[count]} {box} re f")
            column += count
    marks = "\n".join(ops)

    def draw(c: Canvas, y: float) -> None:
        c.saveState()
        c.translate((PAGE_WIDTH - QR_SIZE) / 2, y)
        c.setFillColorRGB(0, 0, 0)
        c.addLiteral(marks)
        c.restoreState()

    label = _text_block(f"票号 {data.ticket_id}", cjk, 7.5, leading=10)
    return [(QR_SIZE, draw), *label]


@dataclass(frozen=True)
class SlipFrame:
    """What every slip of one hall and day shares, laid out once: the hall's name under
    its rule at the top, the rule and the notice at the bottom, the day's date."""

    cjk: str
    header: tuple[_Block, ...]
    footer: tuple[_Block, ...]
    date_text: str


@lru_cache(maxsize=8)
def slip_frame(hall_name: str, notice: str, day: date, cjk: str) -> SlipFrame:
    """The shared parts of a hall's slips on ``day`` (kept for a few halls and days: a
    new day, a renamed hall or a changed notice gives a new frame)."""
    header = [
        *_text_block(hall_name, cjk, 12.5, leading=16, bold=True),
        *_rule(),
        *_gap(1 * mm),
    ]
    footer = [*_rule(), *_text_block(notice, cjk, 9, leading=12.5, balanced=False)]
    return SlipFrame(cjk, tuple(header), tuple(footer), date_cn(day))


def frame_of(data: SlipData) -> SlipFrame:
    """The frame ``data``'s slip is printed in (its hall, notice and day)."""
    local = data.issued_at.astimezone(ZoneInfo(data.timezone))
    return slip_frame(data.hall_name, data.notice, local.date(), cjk_font())


def _layout(data: SlipData) -> list[_Block]:
    frame = frame_of(data)
    cjk = frame.cjk
    local = data.issued_at.astimezone(ZoneInfo(data.timezone))
    blocks: list[_Block] = [*frame.header]
    if data.bundle_name and data.step_text:
        blocks += _bundle_block(data.bundle_name, data.step_text, cjk)
    blocks += _text_block(line_label(data.line_prefix, data.line_name), cjk, 14, bold=True)
    blocks += _number_block(data.number, cjk)
    blocks += _gap(1 * mm)
    if data.priority_reason:
        blocks += _priority_block(data.priority_reason, cjk)
    blocks += _text_block(ahead_text(data.ahead), cjk, 12, leading=16)
    blocks += _text_block(wait_text(data.wait), cjk, 12, leading=16)
    if data.bundle_name and data.step_text:
        blocks += _text_block(BUNDLE_HINT, cjk, 9.5, leading=13)
    blocks += _gap(1 * mm)
    blocks += _text_block(f"{frame.date_text} {local:%H:%M}", cjk, 9.5)
    blocks += frame.footer
    blocks += _gap(3 * mm)
    blocks += _qr_block(data, cjk)
    return blocks


def render_slip(data: SlipData) -> bytes:
    """The slip as a one-page PDF, 80 mm wide and as tall as its content."""
    blocks = _layout(data)
    height = MARGIN_TOP + sum(h for h, _ in blocks) + MARGIN_BOTTOM
    out = io.BytesIO()
    c = Canvas(out, pagesize=(PAGE_WIDTH, height), invariant=1, pageCompression=1)
    c.setTitle(f"取号小票 {data.number}")
    c.setCreator("hall_desktop")
    y = height - MARGIN_TOP
    for h, draw in blocks:
        draw(c, y)
        y -= h
    c.showPage()
    c.save()
    return out.getvalue()
