"""工作报告数据: the figures a hall's half-year (or any period's) report states, in the
report's own sentences, as an editable Word document (python-docx; finished in Word or
WPS) and, through ``printing.statistics_report``, as a PDF.

Every number in a sentence is the statistics service's
(:class:`~hall_desktop.services.statistics.HallStatistics`); nothing is counted here.

Plain, blocking work: call it through ``asyncio.to_thread`` from the GUI.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hall_desktop.export_files import write_whole
from hall_desktop.services.statistics import HallStatistics
from hall_desktop.services.statistics_export import (
    WEEKDAYS,
    busiest_hour,
    day_text,
    green_reasons,
    minutes_text,
    one_decimal,
    percent,
    period_text,
)

__all__ = [
    "ReportSection",
    "WorkReport",
    "period_name",
    "signature_line",
    "work_report",
    "work_report_docx",
]

_QUARTERS = ("一", "二", "三", "四")


@dataclass(frozen=True, slots=True)
class ReportSection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WorkReport:
    hall_name: str
    title: str
    period: str  # '2026年1月1日至2026年6月30日'
    sections: tuple[ReportSection, ...]
    prepared_by: str = ""
    reviewed_by: str = ""
    prepared_on: date | None = None


def period_name(start: date, end: date) -> str:
    """'2026年上半年', '2026年第三季度', '2026年12月', '2026年'; else the dates."""
    y = start.year
    last_of_month = (end + timedelta(days=1)).day == 1
    if start.day == 1 and last_of_month and end.year == y:
        months = (start.month, end.month)
        if months == (1, 12):
            return f"{y}年"
        if months == (1, 6):
            return f"{y}年上半年"
        if months == (7, 12):
            return f"{y}年下半年"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return f"{y}年第{_QUARTERS[start.month // 3]}季度"
        if start.month == end.month:
            return f"{y}年{start.month}月"
    return period_text(start, end)


def _listed(counts: Mapping[str, int], unit: str) -> str:
    """'老年人1次、残疾人2次' of the non-zero counts, in the order given."""
    return "、".join(f"{name}{n}{unit}" for name, n in counts.items() if n)


def _in_brackets(text: str) -> str:
    return f"（{text}）" if text else ""


def _catalogue(stats: HallStatistics) -> str:
    c = stats.catalogue
    parts = "、".join(f"{row.category}{row.items}项" for row in c.by_category if row.items)
    return (
        f"全区已申请类政务服务事项{c.items}项{_in_brackets(parts)}，"
        f"本期实际办理涉及事项{c.served}项。"
    )


def _volume(stats: HallStatistics) -> list[str]:
    v = stats.volume.total
    daily = v.served / stats.open_days if stats.open_days else 0.0
    sentences = [
        f"本期大厅开放{stats.open_days}天，累计取号{v.issued}个，办结业务{v.served}件，"
        f"日均办结{one_decimal(daily)}件；过号{v.no_show}个，取消{v.cancelled}个，"
        f"转其他业务类别{v.transferred}个。"
    ]
    lines = [row for row in stats.volume.by_line if row.subject.id is not None]
    if lines:
        sentences.append(
            "其中，"
            + "，".join(f"{row.subject.label}办结{row.counts.served}件" for row in lines)
            + "。"
        )
    busiest = busiest_hour(stats)
    if busiest is not None:
        hour, n = busiest
        by_weekday = [sum(day) for day in stats.volume.load]
        weekday = by_weekday.index(max(by_weekday))
        sentences.append(
            f"业务高峰时段为{hour}时至{hour + 1}时，该时段累计取号{n}个，"
            f"占全部取号的{percent(n / v.issued if v.issued else None)}；"
            f"一周中{WEEKDAYS[weekday]}取号最多，共{by_weekday[weekday]}个。"
        )
    return sentences


def _times(stats: HallStatistics) -> list[str]:
    t = stats.times.total
    if not t.waiting.count:
        return ["本期无叫号记录，无等候时间数据。"]
    sentences = [
        f"群众等候时间中位数为{minutes_text(t.waiting.median)}分钟，90%的群众在"
        f"{minutes_text(t.waiting.p90)}分钟内被叫号，最长等候{minutes_text(t.waiting.longest)}分钟；"
    ]
    if t.service.count:
        sentences[0] += (
            f"业务办理时间中位数为{minutes_text(t.service.median)}分钟，90%的业务在"
            f"{minutes_text(t.service.p90)}分钟内办结。"
        )
    else:
        sentences[0] = sentences[0].removesuffix("；") + "。"
    if t.promised:
        sentences.append(
            f"应按承诺时限叫号{t.promised}人次，其中时限内叫号{t.within_promise}人次，"
            f"按时叫号率{percent(t.promise_rate)}。"
        )
    return sentences


def _promises(stats: HallStatistics) -> list[str]:
    p = stats.promises
    sentences = [
        f"提供延时服务{p.extended_services}次，累计延时{p.extended_minutes}分钟。",
        f"免费邮寄办件材料和证照{p.courier_dispatches}件（其中上门收件{p.courier_collections}件），"
        f"邮寄费用{p.courier_cost_cents / 100:.2f}元由大厅承担。",
        f"受理预约{p.appointments_booked}个，预约群众到厅取号{p.appointments_checked_in}个、"
        f"办结{p.appointments_served}件，爽约{p.appointments_no_show}个，"
        f"取消预约{p.appointments_cancelled}个。",
    ]
    green = green_reasons(p.green_by_reason)
    if p.holidays:
        sentences.append(f"节假日开放{p.holiday_days}天，服务群众{p.holiday_citizens}人次。")
    sentences.append(
        f"开通绿色通道{p.green_channel}次{_in_brackets(_listed(green, '次'))}；"
        f"提供帮办代办服务{p.assists}次"
        f"{_in_brackets(_listed({k.label: n for k, n in p.assists_by_kind.items()}, '次'))}。"
    )
    return sentences


def _ratings(stats: HallStatistics) -> list[str]:
    r, g = stats.ratings.total, stats.ledger
    if r.rated:
        sentences = [
            f"收到群众评价{r.rated}条，其中好评{r.good}条，好评率{percent(r.good_rate)}；"
            f"办结业务{r.finished}件，主动评价率{percent(r.rated_rate)}。"
        ]
    else:
        sentences = [f"办结业务{r.finished}件，本期未收到群众评价。"]
    bad = (
        f"收到差评{r.bad}件，登记差评整改{g.bad_ratings}件，按期核实{g.verified_on_time}件、"
        f"按期整改{g.rectified_on_time}件、按期反馈{g.answered_on_time}件"
    )
    if g.named_bad_ratings:
        bad += (
            f"；实名差评{g.named_bad_ratings}件，已回访{g.called_back}件，"
            f"回访率{percent(g.callback_rate)}"
        )
    sentences.append(bad + "。")
    if g.appeals:
        sentences.append(f"窗口申诉{g.appeals}件，经核实申诉成立{g.appeals_upheld}件。")
    months = {(w.year, w.month) for w in stats.ratings.ranking}
    firsts = []
    for year, month in sorted(months):
        top = [w for w in stats.ratings.ranking_of(year, month) if w.rank == 1]
        if not top[0].ratings.rated:
            continue  # nobody rated any window that month
        names = "、".join(w.subject.label for w in top)
        firsts.append(f"{year}年{month}月{names}（好评率{percent(top[0].ratings.good_rate)}）")
    if firsts:
        sentences.append("窗口月度排名第一：" + "；".join(firsts) + "。")
    return sentences


def _on_time(stats: HallStatistics) -> list[str]:
    """限时办结: the 办件 due in the period and how many were closed by their date."""
    o = stats.on_time
    t = o.total
    if not t.counted:
        return ["本期没有到期的限时办结件。"]
    sentence = (
        f"本期到期的限时办结件{t.counted}件，按期办结{t.on_time}件，按时办结率{percent(t.rate)}"
    )
    if t.late or t.overdue_open:
        sentence += f"；逾期办结{t.late}件，超期未办结{t.overdue_open}件"
    sentences = [sentence + "。"]
    behind = [row for row in o.by_department if row.on_time < row.counted]
    if len(o.by_department) > 1 and behind:
        # by_department lists the lowest rate first
        names = "、".join(f"{row.name}（{percent(row.rate)}）" for row in behind[:3])
        sentences.append(f"按时办结率较低的部门：{names}。")
    return sentences


def _ledger(stats: HallStatistics) -> list[str]:
    g = stats.ledger
    return [
        f"受理“办不成事”诉求{g.hard_cases}件，协调解决办成难事{g.hard_cases_solved}件，"
        f"答疑解惑{g.consultations}次。",
        f"开展“走流程”体验，体验办理事项{g.walkthroughs}项，发现问题{g.problems}个，"
        f"已整改{g.problems_rectified}个。",
        f"督查发现问题{g.findings}个，已整改{g.findings_rectified}个。",
    ]


def work_report(
    stats: HallStatistics,
    *,
    hall_name: str | None = None,
    prepared_by: str = "",
    reviewed_by: str = "",
    prepared_on: date | None = None,
) -> WorkReport:
    """The report's sentences for the period of ``stats``, in five parts."""
    name = hall_name or stats.hall_name
    return WorkReport(
        hall_name=name,
        title=f"{name}{period_name(stats.start, stats.end)}工作报告数据",
        period=period_text(stats.start, stats.end),
        sections=(
            ReportSection("一、政务服务事项", (_catalogue(stats),)),
            ReportSection("二、业务办理", (*_volume(stats), *_times(stats), *_on_time(stats))),
            ReportSection("三、便民服务", tuple(_promises(stats))),
            ReportSection("四、“好差评”", tuple(_ratings(stats))),
            ReportSection("五、办不成事、走流程和督查", tuple(_ledger(stats))),
        ),
        prepared_by=prepared_by,
        reviewed_by=reviewed_by,
        prepared_on=prepared_on,
    )


def signature_line(report: WorkReport) -> str:
    """'制表人：张敏　审核人：　　　　　日期：2026年7月1日'."""
    on = day_text(report.prepared_on) if report.prepared_on else "　　年　　月　　日"
    return (
        f"制表人：{report.prepared_by or '　' * 4}　　审核人：{report.reviewed_by or '　' * 4}"
        f"　　日期：{on}"
    )


# -- Word ------------------------------------------------------------------------------------

_BODY_FONT = "仿宋_GB2312"
_HEADING_FONT = "黑体"
_TITLE_FONT = "方正小标宋简体"


def _font(run: object, name: str, size: float) -> None:
    """A run in ``name`` for both Latin and East Asian text (Word picks by script)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name  # type: ignore[attr-defined]
    run.font.size = Pt(size)  # type: ignore[attr-defined]
    properties = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    properties.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def work_report_docx(
    stats: HallStatistics,
    path: Path,
    *,
    hall_name: str | None = None,
    prepared_by: str = "",
    reviewed_by: str = "",
    prepared_on: date | None = None,
) -> Path:
    """工作报告数据 as a Word document (A4, the usual 公文 fonts: title 小标宋 二号,
    headings 黑体 三号, text 仿宋 三号, first lines indented two characters); ``path``."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    report = work_report(
        stats,
        hall_name=hall_name,
        prepared_by=prepared_by,
        reviewed_by=reviewed_by,
        prepared_on=prepared_on,
    )
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    document.core_properties.title = report.title
    document.core_properties.author = report.hall_name

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(title.add_run(report.title), _TITLE_FONT, 22)
    period = document.add_paragraph()
    period.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(period.add_run(f"（统计期间：{report.period}）"), _BODY_FONT, 16)
    for part in report.sections:
        heading = document.add_paragraph()
        heading.paragraph_format.first_line_indent = Pt(32)
        _font(heading.add_run(part.heading), _HEADING_FONT, 16)
        for text in part.paragraphs:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(32)
            paragraph.paragraph_format.line_spacing = Pt(28)
            _font(paragraph.add_run(text), _BODY_FONT, 16)
    document.add_paragraph()
    signature = document.add_paragraph()
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(signature.add_run(signature_line(report)), _BODY_FONT, 14)
    buffer = io.BytesIO()
    document.save(buffer)
    return write_whole(Path(path), buffer.getvalue())
