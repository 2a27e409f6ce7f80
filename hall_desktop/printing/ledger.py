"""台账's printed documents: a case on one A4 page (台账单) and the 督查通报 of a period.

The case sheet holds the case's fields, its whole history and its rectification items.
It is meant to fit one page: when it does not at the usual size, it is set again a
little smaller (down to :data:`SMALLEST_SCALE`); a history longer than even that
continues on a second page, under the repeated table header, with "第 i 页 共 n 页"
and "（续）" at the top of the next page. Nothing is cut off.

The 督查通报 lists the patrols' findings of a period in a numbered table (the header
repeated on each page) with their state in the words a bulletin uses (已整改 / 整改中 /
超期未整改), the summary line, and the line to sign and date; every page is numbered.

A PDF leaves the building: the citizen's phone is printed masked and their name too,
whoever prints it. Times are the hall's (``zone``). PDFs are reproducible: the same data
gives the same bytes.

The documents read the service's frozen dataclasses (``services.cases.CaseDetail``,
``CaseFigures``) through the protocols below: printing sits under the services layer and
does not import it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
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

from hall_desktop.domain.cases import (
    RECTIFICATION_KINDS,
    AppealStatus,
    CaseAction,
    CaseKind,
    CaseStatus,
)
from hall_desktop.domain.masking import mask_name
from hall_desktop.export_files import write_whole
from hall_desktop.printing.fonts import cjk_font
from hall_desktop.printing.layout import (
    INK,
    PageSetup,
    StrokedText,
    cell_style,
    markup,
    render_pdf,
)
from hall_desktop.printing.pages import PageCountingCanvas

__all__ = [
    "CaseDetailView",
    "CaseFiguresView",
    "CaseRowView",
    "CaseStepView",
    "bulletin_pdf",
    "bulletin_state",
    "case_pdf",
]

PAGE = PageSetup(A4, margin_x=15 * mm, margin_top=16 * mm, margin_bottom=16 * mm)
FRAME_PAD = 6.0  # platypus frames keep 6 pt inside the margins
CONTENT_X = PAGE.margin_x + FRAME_PAD
TEXT_WIDTH = PAGE.size[0] - 2 * CONTENT_X

#: The case sheet is set at these scales, largest first, until it fits one page.
SCALES = (1.0, 0.9, 0.8, 0.72, 0.65)
SMALLEST_SCALE = SCALES[-1]

RULE_GREY = colors.Color(0.35, 0.35, 0.35)
LABEL_FILL = colors.Color(0.93, 0.93, 0.93)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
OVERDUE_RED = colors.Color(0.75, 0.05, 0.05)
NONE = "—"

#: A finding's state in the bulletin's words.
RECTIFIED = "已整改"
RECTIFYING = "整改中"
OVERDUE = "超期未整改"
EMPTY_PERIOD = "本期督查未发现问题"
OVERDUE_LABEL = "是否超期"
TAIL_ROWS = 2  # the bulletin's rows that go to the signature's page with it
CLOSING = "请各责任人对“整改中”的问题抓紧整改，“超期未整改”的问题限期整改到位并书面说明原因。"


# -- what the documents read (services.cases' dataclasses fit these) -------------------


class CaseRowView(Protocol):
    @property
    def kind(self) -> CaseKind: ...
    @property
    def status(self) -> CaseStatus: ...
    @property
    def title(self) -> str: ...
    @property
    def category(self) -> str | None: ...
    @property
    def level(self) -> str | None: ...
    @property
    def window_number(self) -> int | None: ...
    @property
    def clerk_name(self) -> str | None: ...
    @property
    def owner_name(self) -> str | None: ...
    @property
    def assigned_to(self) -> str | None: ...
    @property
    def phone_masked(self) -> str: ...
    @property
    def opened_at(self) -> datetime: ...
    @property
    def due_date(self) -> date: ...
    @property
    def closed_at(self) -> datetime | None: ...
    @property
    def overdue(self) -> bool: ...
    @property
    def appeal_status(self) -> AppealStatus | None: ...
    @property
    def rating_level(self) -> int | None: ...
    @property
    def verdict(self) -> str | None: ...
    @property
    def outcome(self) -> str | None: ...
    @property
    def kind_label(self) -> str: ...
    @property
    def status_label(self) -> str: ...
    @property
    def code(self) -> str: ...


class CaseStepView(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def actor_name(self) -> str | None: ...
    @property
    def action(self) -> CaseAction: ...
    @property
    def status_after(self) -> CaseStatus: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str: ...


class CaseDetailView(Protocol):
    """No ``phone``: whoever prints, the documents show ``row.phone_masked`` only."""

    @property
    def row(self) -> CaseRowView: ...
    @property
    def detail(self) -> str: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def note(self) -> str | None: ...
    @property
    def citizen_name(self) -> str | None: ...
    @property
    def person(self) -> str | None: ...
    @property
    def person_role(self) -> str | None: ...
    @property
    def happened_on(self) -> date | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def item_name(self) -> str | None: ...
    @property
    def ticket_number(self) -> str | None: ...
    @property
    def served_ticket_number(self) -> str | None: ...
    @property
    def called_back(self) -> bool: ...
    @property
    def steps(self) -> Sequence[CaseStepView]: ...
    @property
    def children(self) -> Sequence[CaseRowView]: ...


class CaseFiguresView(Protocol):
    @property
    def bad_ratings(self) -> int: ...
    @property
    def verified_on_time(self) -> int: ...
    @property
    def rectified_on_time(self) -> int: ...
    @property
    def answered_on_time(self) -> int: ...
    @property
    def hard_cases(self) -> int: ...
    @property
    def hard_cases_solved(self) -> int: ...
    @property
    def consultations(self) -> int: ...
    @property
    def walkthroughs(self) -> int: ...
    @property
    def problems(self) -> int: ...
    @property
    def problems_rectified(self) -> int: ...
    @property
    def overdue_open(self) -> int: ...


# -- shared ----------------------------------------------------------------------------


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return NONE if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _window(row: CaseRowView, place: str | None = None) -> str:
    parts = []
    if row.window_number is not None:
        parts.append(f"{row.window_number}号窗口")
    if place:
        parts.append(place)
    return "，".join(parts) or NONE


def _responsible(row: CaseRowView) -> str:
    """责任人 and 交办 in one: "张敏（3号窗口）"."""
    if row.owner_name and row.assigned_to:
        return f"{row.owner_name}（{row.assigned_to}）"
    return row.owner_name or row.assigned_to or NONE


def _due(row: CaseRowView) -> str:
    return f"{row.due_date:%Y-%m-%d}"


def bulletin_state(row: CaseRowView) -> str:
    """已整改 (closed), 超期未整改 (open past its deadline) or 整改中."""
    if row.status is CaseStatus.CLOSED:
        return RECTIFIED
    return OVERDUE if row.overdue else RECTIFYING


class _Styles:
    """The documents' paragraph styles, all sizes times ``scale``."""

    def __init__(self, cjk: str, scale: float = 1.0) -> None:
        self.scale = scale
        self.cell = cell_style(cjk, 9.5 * scale, 12.5 * scale)
        self.center = ParagraphStyle("center", parent=self.cell, alignment=TA_CENTER)
        self.label = ParagraphStyle("label", parent=self.center)
        self.small = ParagraphStyle(
            "small",
            parent=self.cell,
            fontSize=8.5 * scale,
            leading=11 * scale,
            textColor=RULE_GREY,
        )
        self.overdue = ParagraphStyle("overdue", parent=self.center, textColor=OVERDUE_RED)
        self.alert = ParagraphStyle("alert", parent=self.cell, textColor=OVERDUE_RED)
        self.head = ParagraphStyle(
            "head", parent=self.center, fontSize=10 * scale, leading=14 * scale
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.cell,
            fontSize=11 * scale,
            leading=15 * scale,
            spaceBefore=8 * scale,
            spaceAfter=3 * scale,
        )
        self.text = ParagraphStyle(
            "text", parent=self.cell, fontSize=10.5 * scale, leading=16 * scale
        )
        self.right = ParagraphStyle("right", parent=self.text, alignment=TA_RIGHT)

    def table_style(self, *, header: bool) -> list[Any]:
        pad = 3.0 * self.scale
        commands: list[Any] = [
            ("GRID", (0, 0), (-1, -1), 0.5, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad - 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        return commands


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text) or NONE, style)


class _FooterCanvas(PageCountingCanvas):
    """ "第 i 页 共 n 页" under each page, "（续）" over the pages after the first; the
    number of pages is kept in ``counted`` (the case sheet tries again smaller)."""

    def __init__(
        self, *args: Any, cjk: str, left: str, title: str, counted: list[int], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._cjk = cjk
        self._left = left
        self._title = title
        self._counted = counted

    def _draw_page_furniture(self, number: int, total: int) -> None:
        if number == 1:
            self._counted.append(total)
        width, height = PAGE.size
        self.saveState()
        self.setStrokeColor(RULE_GREY)
        self.setFillColor(RULE_GREY)
        self.setLineWidth(0.5)
        rule = PAGE.margin_bottom - 5 * mm
        self.line(CONTENT_X, rule, width - CONTENT_X, rule)
        self.setFont(self._cjk, 8)
        baseline = rule - 4 * mm
        self.drawString(CONTENT_X, baseline, self._left)
        self.drawRightString(width - CONTENT_X, baseline, f"第 {number} 页 共 {total} 页")
        if number > 1:
            y = height - 10 * mm
            self.drawString(CONTENT_X, y, f"{self._title}（续）")
            self.line(CONTENT_X, y - 2 * mm, width - CONTENT_X, y - 2 * mm)
        self.restoreState()


def _render(
    story: list[Flowable], *, cjk: str, title: str, author: str, left: str
) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    counted: list[int] = []
    data = render_pdf(
        story,
        PAGE,
        title=title,
        author=author,
        canvasmaker=partial(_FooterCanvas, cjk=cjk, left=left, title=title, counted=counted),
    )
    return data, counted[0]


# -- the case sheet (台账单) -------------------------------------------------------------


def case_title(detail: CaseDetailView) -> str:
    """'台账 TZ000123 差评整改'."""
    return f"台账 {detail.row.code} {detail.row.kind_label}"


def _subject_label(kind: CaseKind) -> str:
    return {
        CaseKind.BAD_RATING: "评价原因",
        CaseKind.HARD_CASE: "群众诉求",
        CaseKind.WALKTHROUGH: "体验情况",
    }.get(kind, "问题")


def _rating(detail: CaseDetailView) -> str:
    """'1 星；群众留言：…' (the reason is the case's subject, printed above)."""
    row = detail.row
    parts = []
    if row.rating_level is not None:
        parts.append(f"{row.rating_level} 星")
    if detail.reason and detail.reason != row.title:
        parts.append(f"原因：{detail.reason}")
    if detail.note:
        parts.append(f"群众留言：{detail.note}")
    return "；".join(parts)


def _case_fields(detail: CaseDetailView, zone: ZoneInfo) -> list[tuple[str, str, bool]]:
    """(label, text, wide) in the order printed; a wide field takes a whole row."""
    row = detail.row
    kind = row.kind
    fields: list[tuple[str, str, bool]] = [
        ("类型", row.kind_label, False),
        ("状态", row.status_label, False),
        (_subject_label(kind), row.title, True),
    ]
    if detail.detail:
        fields.append(("详细情况", detail.detail, True))
    if kind is CaseKind.BAD_RATING:
        fields.append(("差评内容", _rating(detail), True))
    if row.category:
        fields.append(("类别", row.category, False))
    if row.level:
        fields.append(("层级", f"{row.level}级", False))
    fields += [
        ("窗口/地点", _window(row, detail.place), False),
        ("涉及人员", row.clerk_name or NONE, False),
    ]
    if detail.item_name:
        fields.append(("事项", detail.item_name, True))
    if detail.person:
        who = {CaseKind.FINDING: "督查人"}.get(kind, "体验人")
        role = f"（{detail.person_role}）" if detail.person_role else ""
        fields.append((who, f"{detail.person}{role}", False))
        fields.append(("日期", _day(detail.happened_on) if detail.happened_on else NONE, False))
    if kind in (CaseKind.BAD_RATING, CaseKind.HARD_CASE):
        fields.append(("群众", mask_name(detail.citizen_name) or NONE, False))
        phone = row.phone_masked or NONE
        if kind is CaseKind.BAD_RATING:
            phone += "（已回访）" if detail.called_back else "（未回访）"
        fields.append(("联系电话", phone, False))
    if detail.ticket_number or detail.served_ticket_number:
        fields.append(("排队号", detail.ticket_number or NONE, False))
        fields.append(("办理号", detail.served_ticket_number or NONE, False))
    fields += [
        ("责任人", row.owner_name or NONE, False),
        ("交办", row.assigned_to or NONE, False),
        ("登记时间", _local(row.opened_at, zone), False),
        ("办理期限", _due(row), False),
        ("办结时间", _local(row.closed_at, zone), False),
        (OVERDUE_LABEL, "已超期" if row.overdue else "否", False),
    ]
    if kind is CaseKind.BAD_RATING:
        fields.append(("核实结论", row.verdict or "未核实", False))
        appeal = row.appeal_status.label if row.appeal_status else "无"
        fields.append(("申诉", appeal, False))
    if kind is CaseKind.HARD_CASE:
        fields.append(("办理结果", row.outcome or "未办结", True))
    return fields


def _field_table(detail: CaseDetailView, zone: ZoneInfo, s: _Styles) -> Table:
    label_w = 21 * mm
    value_w = (TEXT_WIDTH - 2 * label_w) / 2
    data: list[list[Any]] = []
    spans: list[int] = []
    pending: list[Any] = []  # half a row waiting for its other half
    for label, text, wide in _case_fields(detail, zone):
        alert = label == OVERDUE_LABEL and detail.row.overdue
        cells = [Paragraph(label, s.label), _p(text, s.alert if alert else s.cell)]
        if wide:
            if pending:
                data.append([*pending, "", ""])
                pending = []
            spans.append(len(data))
            data.append([*cells, "", ""])
            continue
        pending += cells
        if len(pending) == 4:
            data.append(pending)
            pending = []
    if pending:
        data.append([*pending, "", ""])
    table = Table(data, colWidths=[label_w, value_w, label_w, value_w], hAlign="LEFT")
    commands = s.table_style(header=False)
    commands += [("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]
    commands += [("BACKGROUND", (2, i), (2, i), LABEL_FILL) for i, r in enumerate(data) if r[2]]
    commands += [("SPAN", (1, i), (3, i)) for i in spans]
    table.setStyle(TableStyle(commands))
    return table


def _history_table(detail: CaseDetailView, zone: ZoneInfo, s: _Styles) -> Table:
    widths = [26 * mm, 17 * mm, 19 * mm, 19 * mm]
    widths.append(TEXT_WIDTH - sum(widths))
    head = ("时间", "经办人", "环节", "办理后状态", "办理情况")
    data: list[list[Any]] = [[Paragraph(h, s.center) for h in head]]
    for step in detail.steps:
        data.append(
            [
                Paragraph(_local(step.at, zone), s.center),
                _p(step.actor_name or "系统", s.center),
                Paragraph(step.label, s.center),
                Paragraph(step.status_after.label, s.center),
                _p(step.text, s.cell),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(s.table_style(header=True)))
    return table


def _items_table(rows: Sequence[CaseRowView], s: _Styles) -> Table:
    widths = [20 * mm, 0.0, 34 * mm, 21 * mm, 21 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    head = ("编号", "问题", "责任人/交办", "整改期限", "状态")
    data: list[list[Any]] = [[Paragraph(h, s.center) for h in head]]
    for row in rows:
        state = row.status_label + ("（超期）" if row.overdue else "")
        data.append(
            [
                Paragraph(row.code, s.center),
                _p(row.title, s.cell),
                _p(_responsible(row), s.cell),
                Paragraph(_due(row), s.center),
                Paragraph(state, s.overdue if row.overdue else s.center),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(s.table_style(header=True)))
    return table


def _case_story(
    detail: CaseDetailView, hall_name: str, zone: ZoneInfo, cjk: str, scale: float
) -> list[Flowable]:
    s = _Styles(cjk, scale)
    story: list[Flowable] = [
        Paragraph(markup(hall_name), s.head),
        StrokedText(case_title(detail), cjk, 16 * scale, 23 * scale),
        Spacer(1, 4 * scale),
        _field_table(detail, zone, s),
        CondPageBreak(30 * mm),
        Paragraph("办理经过", s.heading),
        _history_table(detail, zone, s),
    ]
    if detail.children:
        kind = "走流程发现的问题" if detail.row.kind is CaseKind.WALKTHROUGH else "整改事项"
        story += [
            CondPageBreak(25 * mm),
            Paragraph(f"{kind}（{len(detail.children)} 项）", s.heading),
            _items_table(detail.children, s),
        ]
    return story


def render_case(detail: CaseDetailView, *, hall_name: str, zone: ZoneInfo) -> bytes:
    """The case sheet as PDF bytes: one A4 page, smaller type when needed, and only a
    history too long even at :data:`SMALLEST_SCALE` goes on to a further page."""
    cjk = cjk_font()
    title = case_title(detail)
    data = b""
    for scale in SCALES:
        data, pages = _render(
            _case_story(detail, hall_name, zone, cjk, scale),
            cjk=cjk,
            title=title,
            author=hall_name,
            left=f"{hall_name}　{title}",
        )
        if pages == 1:
            break
    return data


def case_pdf(detail: CaseDetailView, path: Path, *, hall_name: str, zone: ZoneInfo) -> Path:
    """A case on one A4 page, written to ``path`` (see :func:`render_case`); ``path``."""
    return write_whole(Path(path), render_case(detail, hall_name=hall_name, zone=zone))


# -- the 督查通报 ----------------------------------------------------------------------------


def bulletin_title(hall_name: str) -> str:
    return f"{hall_name}督查通报"


def period_text(start: date, end: date) -> str:
    return f"通报期间：{_day(start)}至{_day(end)}"


def bulletin_summary(findings: Sequence[CaseDetailView]) -> str:
    """'本期督查发现问题 5 个（离岗 2 个、服务规范 3 个）；已整改 2 个，整改中 2 个，
    超期未整改 1 个，整改率 2/5。'"""
    if not findings:
        return f"{EMPTY_PERIOD}。"
    rows = [f.row for f in findings]
    categories = Counter(row.category or "其他" for row in rows)
    by_category = "、".join(f"{name} {n} 个" for name, n in categories.most_common())
    states = Counter(bulletin_state(row) for row in rows)
    return (
        f"本期督查发现问题 {len(rows)} 个（{by_category}）；"
        f"{RECTIFIED} {states[RECTIFIED]} 个，{RECTIFYING} {states[RECTIFYING]} 个，"
        f"{OVERDUE} {states[OVERDUE]} 个，整改率 {states[RECTIFIED]}/{len(rows)}。"
    )


def figures_summary(figures: CaseFiguresView) -> str:
    """The ledger's other kinds over the same period, in one sentence."""
    return (
        f"同期台账：差评整改 {figures.bad_ratings} 件（按期核实 {figures.verified_on_time} 件，"
        f"按期整改 {figures.rectified_on_time} 件，按期反馈 {figures.answered_on_time} 件）；"
        f"办不成事 {figures.hard_cases} 件（已办成 {figures.hard_cases_solved} 件），"
        f"答疑解惑 {figures.consultations} 次；"
        f"走流程 {figures.walkthroughs} 次，发现问题 {figures.problems} 个"
        f"（已整改 {figures.problems_rectified} 个）；"
        f"当前超期未办结 {figures.overdue_open} 件。"
    )


def _finding_day(detail: CaseDetailView, zone: ZoneInfo) -> date:
    return detail.happened_on or detail.row.opened_at.astimezone(zone).date()


def _in_order(findings: Sequence[CaseDetailView], zone: ZoneInfo) -> list[CaseDetailView]:
    """By the day found, then as recorded."""
    return sorted(findings, key=lambda f: (_finding_day(f, zone), f.row.opened_at, f.row.code))


def _rectified(detail: CaseDetailView) -> str:
    """What the latest 整改 step says was done, without the step's own field names."""
    done = [step for step in detail.steps if step.action is CaseAction.RECTIFY]
    if not done:
        return ""
    parts = [part for part in done[-1].text.split("；") if not part.startswith("处理方式：")]
    return "；".join(part.removeprefix("办理情况：") for part in parts)


def _finding_cell(detail: CaseDetailView, s: _Styles) -> list[Paragraph]:
    """The finding, who it concerns, and what was done about it: one paragraph each
    (a <br/> right at the end of a full line would leave an empty line)."""
    cell = [_p(detail.row.title, s.cell)]
    if detail.row.clerk_name:
        cell.append(_p(f"涉及人员：{detail.row.clerk_name}", s.cell))
    done = _rectified(detail)
    if done:
        cell.append(_p(f"整改情况：{done}", s.small))
    return cell


def _findings_tables(
    findings: Sequence[CaseDetailView],
    zone: ZoneInfo,
    start: date,
    end: date,
    s: _Styles,
    tail: int,
) -> list[Table]:
    """The findings' table; with ``tail``, its last ``tail`` rows in a table of their own
    (with the header: it starts a page, taking the signature with it)."""
    one_year = start.year == end.year and all(
        day.year == start.year for f in findings for day in (_finding_day(f, zone), f.row.due_date)
    )
    day_format = "%m-%d" if one_year else "%Y-%m-%d"
    day_width = 13 * mm if one_year else 20 * mm
    widths = [10 * mm, day_width, 20 * mm, 16 * mm, 0.0, 18 * mm, day_width, 20 * mm]
    widths[4] = TEXT_WIDTH - sum(widths)
    head = (
        "序号",
        "日期",
        "窗口/地点",
        "类别",
        "问题及整改情况",
        "责任人",
        "整改<br/>期限",
        "状态",
    )
    data: list[list[Any]] = [[Paragraph(h, s.center) for h in head]]
    for number, finding in enumerate(_in_order(findings, zone), start=1):
        row = finding.row
        state = bulletin_state(row)
        data.append(
            [
                Paragraph(str(number), s.center),
                Paragraph(f"{_finding_day(finding, zone):{day_format}}", s.center),
                _p(_window(row, finding.place), s.center),
                _p(row.category, s.center),
                _finding_cell(finding, s),
                _p(_responsible(row), s.center),
                Paragraph(f"{row.due_date:{day_format}}", s.center),
                Paragraph(state, s.overdue if state == OVERDUE else s.center),
            ]
        )
    parts = (
        [data] if tail <= 0 or tail >= len(data) - 1 else [data[:-tail], [data[0], *data[-tail:]]]
    )
    tables = [Table(part, colWidths=widths, repeatRows=1, hAlign="LEFT") for part in parts]
    for table in tables:
        table.setStyle(TableStyle(s.table_style(header=True)))
    return tables


class _PageMark(Flowable):  # type: ignore[misc]
    """Notes the page it lands on (the pages the canvas holds back so far)."""

    def __init__(self, pages: list[int]) -> None:
        super().__init__()
        self.pages = pages

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.append(len(self.canv._held_pages))


def _signature(hall_name: str, s: _Styles) -> Flowable:
    lines = [
        [Paragraph("签发人：________________", s.text), Paragraph(markup(hall_name), s.right)],
        [Paragraph("", s.text), Paragraph("______年____月____日", s.right)],
    ]
    table = Table(lines, colWidths=[TEXT_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 18), table])


def _bulletin_story(
    findings: Sequence[CaseDetailView],
    hall_name: str,
    start: date,
    end: date,
    zone: ZoneInfo,
    figures: CaseFiguresView | None,
    cjk: str,
    *,
    tail: int,
    marks: list[int],
) -> list[Flowable]:
    """With ``tail``, the table's last rows go with the closing lines and the signature."""
    s = _Styles(cjk)
    story: list[Flowable] = [
        StrokedText(bulletin_title(hall_name), cjk, 18, 26),
        Paragraph(period_text(start, end), s.head),
        Spacer(1, 8),
        Paragraph("现将本期督查发现的问题及整改情况通报如下：", s.text),
        Paragraph(bulletin_summary(findings), s.text),
    ]
    if figures is not None:
        story.append(Paragraph(figures_summary(figures), s.text))
    closing = [_PageMark(marks), Spacer(1, 8), Paragraph(CLOSING, s.text)] if findings else []
    closing += [_signature(hall_name, s), _PageMark(marks)]
    if not findings:
        return [*story, *closing]
    tables = _findings_tables(findings, zone, start, end, _Styles(cjk, 0.95), tail)
    if tail == 0:
        return [*story, Spacer(1, 6), *tables, *closing]
    return [*story, Spacer(1, 6), *tables[:-1], KeepTogether([tables[-1], *closing])]


def render_bulletin(
    findings: Sequence[CaseDetailView],
    *,
    hall_name: str,
    start: date,
    end: date,
    zone: ZoneInfo,
    figures: CaseFiguresView | None = None,
) -> bytes:
    """The 督查通报 of ``start`` … ``end`` as PDF bytes (A4, as many pages as needed)."""
    if end < start:
        raise ValueError("the period ends before it starts")
    wrong = [f.row.code for f in findings if f.row.kind not in RECTIFICATION_KINDS]
    if wrong:
        raise ValueError(f"not findings: {', '.join(wrong)}")
    cjk = cjk_font()
    title = bulletin_title(hall_name)
    data = b""
    # The signature never stands alone on the last page: when the table's end and the
    # signature fall on different pages, the table's last rows go over with it.
    for tail in (0, TAIL_ROWS):
        marks: list[int] = []
        story = _bulletin_story(
            findings, hall_name, start, end, zone, figures, cjk, tail=tail, marks=marks
        )
        data, _ = _render(
            story,
            cjk=cjk,
            title=title,
            author=hall_name,
            left=f"{title}　{period_text(start, end).removeprefix('通报期间：')}",
        )
        if len(set(marks)) == 1:
            break
    return data


def bulletin_pdf(
    findings: Sequence[CaseDetailView],
    path: Path,
    *,
    hall_name: str,
    start: date,
    end: date,
    zone: ZoneInfo,
    figures: CaseFiguresView | None = None,
) -> Path:
    """督查通报: the hall's name, the period, the findings numbered with their state, the
    summary line and the signature line, written to ``path``; ``path``."""
    data = render_bulletin(
        findings, hall_name=hall_name, start=start, end=end, zone=zone, figures=figures
    )
    return write_whole(Path(path), data)
