"""统计报表 and 工作报告数据 as PDF (A4 portrait).

The statistics report: the hall's name and the period, a short summary, a bar chart of
the numbers issued and served by business line and a line chart of them over the
period's days (reportlab's own charts), then every table (the header repeated on each
page; the hour × weekday grid shaded by its load), and the lines for 制表人, 审核人 and
the date. The work report: the title, the period and the report's sentences part by
part, with the same closing line. Every page says "第 i 页 共 n 页".

What is printed comes ready-made from the services (``services.statistics_export``'s
``StatisticsDocument`` and ``services.work_report``'s ``WorkReport``) through the
protocols below: printing sits under the services layer and does not import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
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
from hall_desktop.printing.layout import INK, StrokedText, cell_style, markup
from hall_desktop.printing.ledger import TEXT_WIDTH
from hall_desktop.printing.ledger import _render as render_numbered

__all__ = [
    "StatisticsDocumentView",
    "WorkReportView",
    "render_statistics",
    "render_work_report",
]

HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)
ISSUED = colors.Color(0.55, 0.68, 0.85)
SERVED = colors.Color(0.85, 0.45, 0.2)
HEAT = colors.Color(0.88, 0.48, 0.22)
WIDE = 9  # tables with more columns are set smaller
CHARACTER = 5.2  # points per character of a column's width (as Excel counts it)
NARROWEST = 0.55  # of the line: a narrow table is never narrower


# -- what the documents read -------------------------------------------------------------


class TableView(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def header(self) -> tuple[str, ...]: ...
    @property
    def widths(self) -> tuple[float, ...]: ...
    @property
    def rows(self) -> Sequence[Sequence[object]]: ...
    @property
    def heat(self) -> bool: ...
    def texts(self) -> list[list[str]]: ...


class StatisticsDocumentView(Protocol):
    @property
    def hall_name(self) -> str: ...
    @property
    def period(self) -> str: ...
    @property
    def summary(self) -> Sequence[str]: ...
    @property
    def tables(self) -> Sequence[TableView]: ...
    @property
    def by_line(self) -> Sequence[tuple[str, int, int]]: ...
    @property
    def by_day(self) -> Sequence[tuple[date, int, int]]: ...


class SectionView(Protocol):
    @property
    def heading(self) -> str: ...
    @property
    def paragraphs(self) -> Sequence[str]: ...


class WorkReportView(Protocol):
    @property
    def hall_name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def period(self) -> str: ...
    @property
    def sections(self) -> Sequence[SectionView]: ...


# -- shared ------------------------------------------------------------------------------


class _Cell(Paragraph):  # type: ignore[misc]
    """A table cell's paragraph, laid out once per column width.

    A table lays each cell out several times with the same width (to size its rows,
    again for every page it is split over, and once more to draw it), and a
    half-year's report has thousands of cells: the line breaking, not the drawing, was
    most of its time. The layout only depends on the width, so the first one is kept.
    """

    _laid_out: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._laid_out is None or self._laid_out[0] != availWidth:
            self._laid_out = (availWidth, super().wrap(availWidth, availHeight))
        return self._laid_out[1]


class _Styles:
    def __init__(self, cjk: str) -> None:
        self.cjk = cjk
        #: The parsed fragments of each (text, style) a cell was made of: a report
        #: repeats the same numbers, dates and names many times.
        self._parsed: dict[tuple[str, int], tuple[str, ParagraphStyle, list[Any]]] = {}
        self._cells: dict[float, tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]] = {}
        self.text = ParagraphStyle("text", parent=cell_style(cjk, 10.5, 17), firstLineIndent=21)
        self.center = ParagraphStyle("center", parent=cell_style(cjk, 11, 16), alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=cell_style(cjk, 10.5, 16), alignment=TA_RIGHT)
        self.heading = ParagraphStyle(
            "heading", parent=cell_style(cjk, 12, 17), spaceBefore=9, spaceAfter=4
        )
        self.table_title = ParagraphStyle(
            "table_title", parent=cell_style(cjk, 10.5, 14), spaceBefore=8, spaceAfter=3
        )

    def cells(self, size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
        """(text cell, number cell, heading cell) at ``size``, the same styles for
        every table of that size."""
        if size not in self._cells:
            base = cell_style(self.cjk, size, size * 1.3)
            self._cells[size] = (
                base,
                ParagraphStyle("number", parent=base, alignment=TA_RIGHT),
                ParagraphStyle("h", parent=base, alignment=TA_CENTER),
            )
        return self._cells[size]

    def cell(self, text: str, style: ParagraphStyle) -> _Cell:
        """A table cell of ``text`` (markup) in ``style``, parsed once per text."""
        key = (text, id(style))
        if key not in self._parsed:
            cell = _Cell(text, style)
            self._parsed[key] = (cell.text, cell.style, cell.frags)
            return cell
        cleaned, parsed_style, frags = self._parsed[key]
        cell = _Cell(cleaned, parsed_style, frags=frags)
        return cell


def _signature(prepared_by: str, reviewed_by: str, on: date, s: _Styles) -> Flowable:
    """制表人, 审核人 and the date on one line at the right (a rule where no name is given)."""
    blank = "＿" * 6
    gap = "&nbsp;" * 6
    line = (
        f"制表人：{markup(prepared_by) or blank}{gap}审核人：{markup(reviewed_by) or blank}"
        f"{gap}日期：{on.year}年{on.month}月{on.day}日"
    )
    return KeepTogether([Spacer(1, 18), Paragraph(line, s.right)])


# -- the statistics report ------------------------------------------------------------------


def _legend(x: float, y: float, cjk: str) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = cjk, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 48
    legend.colorNamePairs = [(ISSUED, "取号"), (SERVED, "办结")]
    return legend


def _value_axis(chart: Any, series: Sequence[Sequence[int]]) -> None:
    """Whole numbers from 0 on the value axis, about five steps of 1, 2 or 5 × 10ⁿ."""
    top = max((n for values in series for n in values), default=0)
    step = 1
    while step * 5 < top:
        for factor in (2, 5 / 2, 2):
            step = round(step * factor)
            if step * 5 >= top:
                break
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, -(-top // step) * step)
    chart.valueAxis.labelTextFormat = "%d"


CHART_HEIGHT = 62 * mm


def _drawing(chart: Any, series: Sequence[tuple[Any, int, int]], title: str, cjk: str) -> Drawing:
    """``chart`` of 取号 and 办结 (``series``: (label, issued, served)) under ``title``,
    with its legend, on a drawing the width of the text."""
    drawing = Drawing(TEXT_WIDTH, CHART_HEIGHT)
    chart.x, chart.y = 30, 28
    chart.width, chart.height = TEXT_WIDTH - 45, CHART_HEIGHT - 50
    chart.data = [[n for _, n, _ in series], [n for _, _, n in series]]
    _value_axis(chart, chart.data)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = cjk, 7.5
    drawing.add(chart)
    drawing.add(String(0, CHART_HEIGHT - 10, title, fontName=cjk, fontSize=9.5))
    drawing.add(_legend(TEXT_WIDTH - 90, CHART_HEIGHT - 6, cjk))
    return drawing


def _bars(lines: Sequence[tuple[str, int, int]], cjk: str) -> Drawing:
    """取号 and 办结 by business line."""
    chart = VerticalBarChart()
    chart.categoryAxis.categoryNames = [name for name, _, _ in lines]
    chart.bars[0].fillColor, chart.bars[1].fillColor = ISSUED, SERVED
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = cjk, 7
    chart.barLabels.nudge = 6
    return _drawing(chart, lines, "按业务类别的取号与办结", cjk)


def _days(days: Sequence[tuple[date, int, int]], cjk: str) -> Drawing:
    """取号 and 办结 day by day; a date under every few days."""
    chart = HorizontalLineChart()
    step = max(1, -(-len(days) // 12))
    chart.categoryAxis.categoryNames = [
        f"{d.month}-{d.day}" if i % step == 0 else "" for i, (d, _, _) in enumerate(days)
    ]
    chart.categoryAxis.tickDown = 2
    chart.lines[0].strokeColor, chart.lines[1].strokeColor = ISSUED, SERVED
    chart.lines.strokeWidth = 1.4
    return _drawing(chart, days, "每日取号与办结", cjk)


def _heat(value: object, most: float) -> colors.Color:
    share = float(value) / most if isinstance(value, int | float) and most else 0.0
    return colors.Color(
        1 - (1 - HEAT.red) * share, 1 - (1 - HEAT.green) * share, 1 - (1 - HEAT.blue) * share
    )


def _table(table: TableView, s: _Styles) -> list[Flowable]:
    size = 7.5 if len(table.header) > WIDE else 8.5
    text_cell, number_cell, head_cell = s.cells(size)
    # A narrow table (a list of figures) keeps to its width; a wide one fills the line.
    natural = sum(table.widths) * CHARACTER
    scale = max(natural, TEXT_WIDTH * NARROWEST) / sum(table.widths)
    if natural > TEXT_WIDTH * 0.75:
        scale = TEXT_WIDTH / sum(table.widths)
    widths = [w * scale for w in table.widths]
    head = [s.cell(markup(h), head_cell) for h in table.header]
    texts = table.texts()
    data: list[list[Any]] = [head]
    for raw, row in zip(table.rows, texts, strict=True):
        data.append(
            [
                s.cell(
                    markup(text),
                    number_cell if value is None or isinstance(value, int | float) else text_cell,
                )
                for value, text in zip(raw, row, strict=True)
            ]
        )
    if not texts:
        data.append([Paragraph("本期无数据", text_cell), *[""] * (len(widths) - 1)])
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if not texts:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    for index, raw in enumerate(table.rows, start=1):
        if raw and raw[0] == "合计":
            commands.append(("BACKGROUND", (0, index), (-1, index), TOTAL_FILL))
    if table.heat and len(table.rows) > 1:
        grid = [row[1:-1] for row in table.rows[:-1]]  # the weekdays × hours, not the 合计
        most = max((float(v) for row in grid for v in row if isinstance(v, int | float)), default=0)
        for y, hours in enumerate(grid, start=1):
            for x, value in enumerate(hours, start=1):
                commands.append(("BACKGROUND", (x, y), (x, y), _heat(value, most)))
    out = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    out.setStyle(TableStyle(commands))
    return [CondPageBreak(30 * mm), Paragraph(markup(table.title), s.table_title), out]


def _statistics_story(
    document: StatisticsDocumentView,
    cjk: str,
    *,
    prepared_by: str,
    reviewed_by: str,
    on: date,
) -> list[Flowable]:
    s = _Styles(cjk)
    story: list[Flowable] = [
        StrokedText(f"{document.hall_name}统计报表", cjk, 18, 26),
        Paragraph(f"统计期间：{document.period}", s.center),
        Spacer(1, 8),
        *(Paragraph(markup(line), s.text) for line in document.summary),
        Spacer(1, 6),
    ]
    if document.by_line:
        story.append(_bars(document.by_line, cjk))
    if len(document.by_day) > 1:
        story += [Spacer(1, 4), _days(document.by_day, cjk)]
    for table in document.tables:
        story += _table(table, s)
    story.append(_signature(prepared_by, reviewed_by, on, s))
    return story


def render_statistics(
    document: StatisticsDocumentView, *, prepared_by: str, reviewed_by: str = "", on: date
) -> bytes:
    """The statistics report as PDF bytes; ``on`` is the date it is signed for."""
    cjk = cjk_font()
    title = f"{document.hall_name}统计报表"
    data, _ = render_numbered(
        _statistics_story(document, cjk, prepared_by=prepared_by, reviewed_by=reviewed_by, on=on),
        cjk=cjk,
        title=title,
        author=document.hall_name,
        left=f"{title}　{document.period}",
    )
    return data


# -- the work report ------------------------------------------------------------------------


def render_work_report(
    report: WorkReportView, *, prepared_by: str = "", reviewed_by: str = "", on: date
) -> bytes:
    """工作报告数据 as PDF bytes."""
    cjk = cjk_font()
    s = _Styles(cjk)
    story: list[Flowable] = [
        StrokedText(report.title, cjk, 18, 26),
        Paragraph(f"（统计期间：{report.period}）", s.center),
        Spacer(1, 10),
    ]
    for section in report.sections:
        story.append(Paragraph(markup(section.heading), s.heading))
        story += [Paragraph(markup(text), s.text) for text in section.paragraphs]
    story.append(_signature(prepared_by, reviewed_by, on, s))
    data, _ = render_numbered(
        story,
        cjk=cjk,
        title=report.title,
        author=report.hall_name,
        left=f"{report.hall_name}工作报告数据　{report.period}",
    )
    return data
