"""The monthly extended-hours report (延时服务月报): an A4 landscape PDF and a CSV file.

The hall promises that a citizen whose business is not done at closing time is served
until it is; each such case is an extended-hours record (延时服务记录, see
``hall_desktop.domain.overtime``). Once a month the supervisor prints the report: the
title, the period and a summary line, a table of every record (its header repeated on
each page, long cells wrapped), the totals per clerk and per day, and the signature line
(制表人 / 审核人). Each page carries "第 i 页 共 n 页" and the time the report was made.

The CSV holds the same records for Excel: UTF-8 with a BOM (so Excel on a Chinese Windows
reads it as UTF-8), CRLF line ends, a Chinese header row, one row per record, a blank line
and a totals row. Text that Excel would read as a formula is prefixed with an apostrophe.

``totals()`` computes the figures once; the PDF and the CSV both print them. Records are
listed by day, in the order given within a day. The PDF is reproducible: the same data
gives the same bytes (``invariant=1``).
"""

from __future__ import annotations

import calendar
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hall_desktop.printing.fonts import cjk_font
from hall_desktop.printing.layout import (
    INK,
    PageSetup,
    cell_style,
    check_aware,
    markup,
    render_pdf,
)
from hall_desktop.printing.pages import PageCountingCanvas

PAGE_SIZE = landscape(A4)
MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_PAD = 6.0  # platypus frames keep 6 pt inside the margins
CONTENT_X = MARGIN_X + FRAME_PAD
TEXT_WIDTH = PAGE_SIZE[0] - 2 * CONTENT_X

CELL_SIZE = 9.0
CELL_LEADING = 11.5
CELL_PAD_X = 3.0
MAX_PART_HEIGHT = 200.0  # a record's cell taller than this continues in another table row
RULE_GREY = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.90, 0.90, 0.90)
TOTAL_FILL = colors.Color(0.96, 0.96, 0.96)
MANUAL_TICKET = "手工录入"
EMPTY_MONTH = "本月无延时服务记录"
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

# The record table: (header, width). The two None widths share what is left.
RECORD_COLUMNS: tuple[tuple[str, float | None], ...] = (
    ("日期", 20 * mm),
    ("窗口", 12 * mm),
    ("工作人员（工号）", 30 * mm),
    ("排队号", 20 * mm),
    ("办理事项", None),
    ("下班时间", 16 * mm),
    ("办结时间", 19 * mm),
    ("延时（分钟）", 16 * mm),
    ("原因", 24 * mm),
    ("备注", None),
)
# Headers that would wrap break where they read well, not where the column ends.
_HEAD_MARKUP = {"延时（分钟）": "延时<br/>（分钟）"}

CSV_HEADER = (
    "日期",
    "星期",
    "窗口",
    "工作人员",
    "工号",
    "排队号",
    "录入方式",
    "办理事项",
    "下班时间",
    "办结时间",
    "延时(分钟)",
    "原因",
    "备注",
)
CSV_TOTAL_LABEL = "合计"
CSV_MINUTES_COLUMN = CSV_HEADER.index("延时(分钟)")
CSV_COUNT_COLUMN = CSV_HEADER.index("办理事项")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class OvertimeRow:
    """One extended-hours record. ``ticket_number`` is None for a record entered by hand."""

    day: date
    window_number: int | None
    clerk_name: str
    clerk_staff_number: str
    ticket_number: str | None
    items: str  # the service items handled, comma separated
    closing_time: time
    finished_at: time  # earlier than closing_time: finished after midnight
    minutes: int
    reason: str  # 业务未办结 / 临近下班到达 / 材料补正 / 其他
    note: str | None
    manual: bool

    def __post_init__(self) -> None:
        if self.minutes < 0:
            raise ValueError("minutes must not be negative")

    @property
    def next_day(self) -> bool:
        """Finished after midnight (the finish time is earlier than closing time)."""
        return self.finished_at < self.closing_time


@dataclass(frozen=True)
class OvertimeReport:
    """One month's records. ``generated_at`` must be timezone-aware; rows in the month."""

    hall_name: str
    year: int
    month: int
    rows: tuple[OvertimeRow, ...]
    generated_at: datetime
    timezone: str
    prepared_by: str

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month must be 1..12")
        check_aware(self.generated_at, "generated_at")
        ZoneInfo(self.timezone)  # an unknown zone fails here, not while printing
        for row in self.rows:
            if (row.day.year, row.day.month) != (self.year, self.month):
                raise ValueError(f"record of {row.day} is not in {self.year}-{self.month:02d}")


@dataclass(frozen=True)
class ClerkTotal:
    name: str
    staff_number: str
    count: int
    minutes: int


@dataclass(frozen=True)
class DayTotal:
    day: date
    count: int
    minutes: int


@dataclass(frozen=True)
class ReportTotals:
    """The month's figures: per clerk by minutes (most first), per day by date."""

    records: int
    minutes: int
    manual: int
    per_clerk: tuple[ClerkTotal, ...]
    per_day: tuple[DayTotal, ...]


def totals(report: OvertimeReport) -> ReportTotals:
    """Counts and minutes in all, per clerk (name and staff number) and per day."""
    clerks: dict[tuple[str, str], list[int]] = {}
    days: dict[date, list[int]] = {}
    for row in report.rows:
        for bucket in (
            clerks.setdefault((row.clerk_name, row.clerk_staff_number), [0, 0]),
            days.setdefault(row.day, [0, 0]),
        ):
            bucket[0] += 1
            bucket[1] += row.minutes
    per_clerk = sorted(
        (
            ClerkTotal(name, staff, count, minutes)
            for (name, staff), (count, minutes) in clerks.items()
        ),
        key=lambda t: (-t.minutes, -t.count, t.staff_number, t.name),
    )
    per_day = sorted(
        (DayTotal(day, count, minutes) for day, (count, minutes) in days.items()),
        key=lambda t: t.day,
    )
    return ReportTotals(
        records=len(report.rows),
        minutes=sum(row.minutes for row in report.rows),
        manual=sum(1 for row in report.rows if row.manual),
        per_clerk=tuple(per_clerk),
        per_day=tuple(per_day),
    )


def ordered_rows(report: OvertimeReport) -> list[OvertimeRow]:
    """The records by day; within a day in the order given."""
    return sorted(report.rows, key=lambda row: row.day)


def format_duration(minutes: int) -> str:
    """'12 小时 5 分钟'."""
    return f"{minutes // 60} 小时 {minutes % 60} 分钟"


def report_title(report: OvertimeReport) -> str:
    return f"{report.hall_name} {report.year}年{report.month}月 延时服务统计"


def summary_line(report: OvertimeReport, figures: ReportTotals) -> str:
    """'记录 30 条，合计延时 12 小时 5 分钟（725 分钟）', with the hand-entered count if any."""
    text = f"记录 {figures.records} 条"
    if figures.manual:
        text += f"（其中手工录入 {figures.manual} 条）"
    return f"{text}，合计延时 {format_duration(figures.minutes)}（{figures.minutes} 分钟）"


def _local(report: OvertimeReport) -> datetime:
    return report.generated_at.astimezone(ZoneInfo(report.timezone))


def _ticket_text(row: OvertimeRow) -> str:
    if row.ticket_number is None or not row.ticket_number.strip():
        return MANUAL_TICKET
    return row.ticket_number.strip()


def _finished_text(row: OvertimeRow) -> str:
    return f"{row.finished_at:%H:%M}" + ("（次日）" if row.next_day else "")


# ---------------------------------------------------------------------------- PDF


class _NumberedCanvas(PageCountingCanvas):
    """Holds the pages back until the end to write "第 i 页 共 n 页" on each."""

    def __init__(self, *args: Any, cjk: str, title: str, generated: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cjk = cjk
        self._title = title
        self._generated = generated

    def _draw_page_furniture(self, number: int, total: int) -> None:
        width, height = PAGE_SIZE
        self.saveState()
        self.setStrokeColor(RULE_GREY)
        self.setLineWidth(0.5)
        rule = MARGIN_BOTTOM - 5 * mm
        self.line(CONTENT_X, rule, width - CONTENT_X, rule)
        self.setFillColor(INK)
        self.setFont(self._cjk, 8.5)
        baseline = rule - 4.5 * mm
        self.drawString(CONTENT_X, baseline, f"生成时间：{self._generated}")
        self.drawCentredString(width / 2, baseline, f"第 {number} 页 共 {total} 页")
        if number > 1:  # a running head on the continuation pages
            y = height - 12 * mm
            self.setFillColor(RULE_GREY)
            self.drawString(CONTENT_X, y, f"{self._title}（续）")
            self.line(CONTENT_X, y - 2.5 * mm, width - CONTENT_X, y - 2.5 * mm)
        self.restoreState()


class _Styles:
    def __init__(self, cjk: str) -> None:
        self.cell = cell_style(cjk, CELL_SIZE, CELL_LEADING)
        self.center = ParagraphStyle("cell-center", parent=self.cell, alignment=TA_CENTER)
        self.right = ParagraphStyle("cell-right", parent=self.cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", parent=self.center, fontSize=17, leading=24, spaceAfter=4
        )
        self.sub = ParagraphStyle("sub", parent=self.center, fontSize=10.5, leading=15)
        self.summary = ParagraphStyle(
            "summary", parent=self.cell, fontSize=10.5, leading=15, spaceBefore=6
        )
        self.heading = ParagraphStyle(
            "heading", parent=self.cell, fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=4
        )
        self.empty = ParagraphStyle(
            "empty", parent=self.center, fontSize=14, leading=20, textColor=RULE_GREY
        )
        self.signature = ParagraphStyle("signature", parent=self.cell, fontSize=11, leading=16)


_CELL_STYLE: list[Any] = [
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
]


def _grid(table: Table, *, total_row: bool) -> Table:
    commands: list[Any] = [
        *_CELL_STYLE,
        ("GRID", (0, 0), (-1, -1), 0.5, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    table.setStyle(TableStyle(commands))
    return table


def _record_widths() -> list[float]:
    fixed = sum(width for _, width in RECORD_COLUMNS if width is not None)
    flexible = TEXT_WIDTH - fixed
    shares = {"办理事项": 0.53, "备注": 0.47}
    return [
        width if width is not None else flexible * shares[name] for name, width in RECORD_COLUMNS
    ]


def _fragments(cell: Paragraph, width: float) -> list[Paragraph]:
    """``cell`` cut into pieces no taller than MAX_PART_HEIGHT (usually just ``cell``)."""
    parts: list[Paragraph] = []
    rest = cell
    while True:
        _, height = rest.wrap(width, MAX_PART_HEIGHT)
        if height <= MAX_PART_HEIGHT:
            break
        pieces = rest.split(width, MAX_PART_HEIGHT)
        if len(pieces) < 2:
            break
        parts.append(pieces[0])
        rest = pieces[1]
    parts.append(rest)
    return parts


def _record_table(rows: Iterable[OvertimeRow], styles: _Styles) -> Table:
    """Every record; one taller than MAX_PART_HEIGHT spans several table rows without
    lines between them, so that it can continue on the next page (a table row cannot)."""
    c, m, r = styles.cell, styles.center, styles.right
    widths = _record_widths()
    head = [_HEAD_MARKUP.get(name, name) for name, _ in RECORD_COLUMNS]
    data: list[list[Paragraph | str]] = [[Paragraph(name, m) for name in head]]
    record_ends = [0]  # the table rows under which a rule is drawn
    for row in rows:
        window = f"{row.window_number}号" if row.window_number is not None else "—"
        clerk = f"{markup(row.clerk_name)}（{markup(row.clerk_staff_number)}）"
        ticket = markup(_ticket_text(row))
        if row.manual and row.ticket_number:
            ticket += "<br/>（手工录入）"
        finished = f"{row.finished_at:%H:%M}" + ("<br/>（次日）" if row.next_day else "")
        cells = [
            Paragraph(f"{row.day:%m-%d} {WEEKDAYS[row.day.weekday()]}", m),
            Paragraph(window, m),
            Paragraph(clerk, c),
            Paragraph(ticket, m),
            Paragraph(markup(row.items), c),
            Paragraph(f"{row.closing_time:%H:%M}", m),
            Paragraph(finished, m),
            Paragraph(str(row.minutes), r),
            Paragraph(markup(row.reason), c),
            Paragraph(markup(row.note), c),
        ]
        parts = [
            _fragments(cell, w - 2 * CELL_PAD_X) for cell, w in zip(cells, widths, strict=True)
        ]
        for index in range(max(len(p) for p in parts)):
            data.append([p[index] if index < len(p) else "" for p in parts])
        record_ends.append(len(data) - 1)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        *_CELL_STYLE,
        ("BOX", (0, 0), (-1, -1), 0.5, INK),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, INK),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, INK),  # closed at a page end
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]
    commands += [("LINEBELOW", (0, end), (-1, end), 0.5, INK) for end in record_ends]
    if len(data) - 1 > len(record_ends) - 1:  # a record in several parts: text from the top
        commands.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
    table.setStyle(TableStyle(commands))
    return table


def _clerk_table(figures: ReportTotals, styles: _Styles) -> Table:
    m, r = styles.center, styles.right
    head = ("序号", "工作人员", "工号", "记录数（条）", "延时合计（分钟）", "折合")
    data = [[Paragraph(h, m) for h in head]]
    for index, clerk in enumerate(figures.per_clerk, start=1):
        data.append(
            [
                Paragraph(str(index), m),
                Paragraph(markup(clerk.name), styles.cell),
                Paragraph(markup(clerk.staff_number), m),
                Paragraph(str(clerk.count), r),
                Paragraph(str(clerk.minutes), r),
                Paragraph(format_duration(clerk.minutes), r),
            ]
        )
    data.append(
        [
            Paragraph("合计", m),
            Paragraph(f"{len(figures.per_clerk)} 人", styles.cell),
            Paragraph("", m),
            Paragraph(str(figures.records), r),
            Paragraph(str(figures.minutes), r),
            Paragraph(format_duration(figures.minutes), r),
        ]
    )
    widths = [12 * mm, 30 * mm, 22 * mm, 24 * mm, 30 * mm, 30 * mm]
    return _grid(Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT"), total_row=True)


def _day_table(figures: ReportTotals, styles: _Styles) -> Table:
    m, r = styles.center, styles.right
    head = ("日期", "星期", "记录数（条）", "延时合计（分钟）")
    data = [[Paragraph(h, m) for h in head]]
    for day in figures.per_day:
        data.append(
            [
                Paragraph(f"{day.day:%Y-%m-%d}", m),
                Paragraph(WEEKDAYS[day.day.weekday()], m),
                Paragraph(str(day.count), r),
                Paragraph(str(day.minutes), r),
            ]
        )
    data.append(
        [
            Paragraph("合计", m),
            Paragraph(f"{len(figures.per_day)} 天", m),
            Paragraph(str(figures.records), r),
            Paragraph(str(figures.minutes), r),
        ]
    )
    widths = [26 * mm, 14 * mm, 24 * mm, 30 * mm]
    return _grid(Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT"), total_row=True)


def _totals_section(figures: ReportTotals, styles: _Styles, signature: Flowable) -> list[Flowable]:
    """Both totals tables side by side when they fit on one page, else one after the
    other; the ``signature`` stays on the page of the last one (never alone on a page)."""
    clerk_title = "二、按工作人员汇总"
    day_title = "三、按日期汇总"
    clerks, days = _clerk_table(figures, styles), _day_table(figures, styles)
    frame_height = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PAD
    gap = 10 * mm
    clerk_width, clerk_height = clerks.wrap(TEXT_WIDTH, frame_height)
    day_width, day_height = days.wrap(TEXT_WIDTH, frame_height)
    too_wide = clerk_width + gap + day_width > TEXT_WIDTH
    if too_wide or max(clerk_height, day_height) + styles.heading.leading + 20 > frame_height:
        return [
            *_heading(clerk_title, styles),
            clerks,
            *_heading(day_title, styles),
            KeepTogether([days, signature]),
        ]
    columns = Table(
        [
            [Paragraph(clerk_title, styles.heading), "", Paragraph(day_title, styles.heading)],
            [clerks, "", days],
        ],
        colWidths=[clerk_width, gap, TEXT_WIDTH - clerk_width - gap],
        hAlign="LEFT",
    )
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [CondPageBreak(30 * mm), Spacer(1, 10), KeepTogether([columns, signature])]


def _signature(report: OvertimeReport, styles: _Styles) -> Flowable:
    cells = [
        [
            Paragraph(f"制表人：{markup(report.prepared_by)}", styles.signature),
            Paragraph("审核人：________________", styles.signature),
            Paragraph("审核日期：______年____月____日", styles.signature),
        ]
    ]
    table = Table(cells, colWidths=[TEXT_WIDTH / 3] * 3, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return KeepTogether([Spacer(1, 16), table])


def _heading(text: str, styles: _Styles) -> list[Flowable]:
    # Not keepWithNext: that would move a long table whole to the next page. A heading
    # near the bottom of a page goes to the next one with room for a few rows.
    return [CondPageBreak(30 * mm), Paragraph(text, styles.heading)]


def _story(report: OvertimeReport, cjk: str) -> list[Flowable]:
    styles = _Styles(cjk)
    figures = totals(report)
    last_day = calendar.monthrange(report.year, report.month)[1]
    period = f"统计期间：{report.year}年{report.month}月1日至{report.month}月{last_day}日"
    made = _local(report)
    if (made.year, made.month) == (report.year, report.month) and made.day < last_day:
        # The month is not over: say how far the figures go (截至).
        period += f"（截至{made.month}月{made.day}日 {made:%H:%M}）"
    story: list[Flowable] = [
        Paragraph(markup(report_title(report)), styles.title),
        Paragraph(period, styles.sub),
        Paragraph(summary_line(report, figures), styles.summary),
    ]
    if not report.rows:
        empty = Table([[Paragraph(EMPTY_MONTH, styles.empty)]], colWidths=[TEXT_WIDTH])
        empty.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE_GREY),
                    ("TOPPADDING", (0, 0), (-1, -1), 24),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 28),
                ]
            )
        )
        story += [Spacer(1, 12), empty, _signature(report, styles)]
        return story
    story += [
        *_heading("一、延时服务明细", styles),
        _record_table(ordered_rows(report), styles),
        *_totals_section(figures, styles, _signature(report, styles)),
    ]
    return story


def render_overtime_report(report: OvertimeReport) -> bytes:
    """The month's report as an A4 landscape PDF (one page or more)."""
    cjk = cjk_font()
    title = report_title(report)
    generated = f"{_local(report):%Y-%m-%d %H:%M}"
    return render_pdf(
        _story(report, cjk),
        PageSetup(PAGE_SIZE, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
        title=title,
        author=report.hall_name,
        canvasmaker=partial(_NumberedCanvas, cjk=cjk, title=title, generated=generated),
    )


# ---------------------------------------------------------------------------- CSV


def _cell(text: str | None) -> str:
    """User text for a CSV cell; text Excel would take for a formula starts with "'"."""
    text = text or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_overtime_csv(report: OvertimeReport) -> bytes:
    """The records as CSV for Excel: UTF-8 with BOM, CRLF, header, rows, blank, totals."""
    figures = totals(report)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADER)
    for row in ordered_rows(report):
        writer.writerow(
            [
                f"{row.day:%Y-%m-%d}",
                WEEKDAYS[row.day.weekday()],
                "" if row.window_number is None else str(row.window_number),
                _cell(row.clerk_name),
                _cell(row.clerk_staff_number),
                _cell(row.ticket_number),
                "手工录入" if row.manual else "系统记录",
                _cell(row.items),
                f"{row.closing_time:%H:%M}",
                _finished_text(row),
                str(row.minutes),
                _cell(row.reason),
                _cell(row.note),
            ]
        )
    writer.writerow([])
    total = [""] * len(CSV_HEADER)
    total[0] = CSV_TOTAL_LABEL
    total[CSV_COUNT_COLUMN] = f"记录 {figures.records} 条"
    total[CSV_MINUTES_COLUMN] = str(figures.minutes)
    total[-1] = f"合计延时 {format_duration(figures.minutes)}"
    writer.writerow(total)
    return out.getvalue().encode("utf-8-sig")
