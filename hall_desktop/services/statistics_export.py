"""统计分析's tables, as the exports show them: XLSX (one sheet per table), CSV, and the
plain tables and chart series the printed report (``printing.statistics_report``) lays out.

Every number is the service's (:class:`~hall_desktop.services.statistics.HallStatistics`):
this module only arranges the figures in rows. Times are in minutes (one decimal), rates
are shares 0 … 1 (a percentage format in Excel, "57.1%" in CSV and print), a rate with
nothing to share is left empty.

CSV: UTF-8 with a byte order mark, so Excel and WPS read the Chinese. A target ending in
``.zip`` gets a zip holding one CSV per table; a target ending in ``.csv`` gets one file
with every table in turn (its title on a line of its own, a blank line between tables);
any other target is a folder, given one CSV per table.

Plain, blocking work: call it through ``asyncio.to_thread`` from the GUI.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal

from hall_desktop.domain.errors import Refused
from hall_desktop.export_files import write_whole
from hall_desktop.services.applications import OnTimeRow
from hall_desktop.services.statistics import (
    Durations,
    HallStatistics,
    RatingCounts,
    RatingRow,
    TimeFigures,
    VolumeCounts,
)

__all__ = [
    "Column",
    "StatTable",
    "StatisticsDocument",
    "busiest_hour",
    "csv_text",
    "day_text",
    "green_reasons",
    "minutes",
    "one_decimal",
    "percent",
    "period_text",
    "statistics_csv",
    "statistics_document",
    "statistics_tables",
    "statistics_xlsx",
    "tables_xlsx",
]

Cell = str | int | float | None
Kind = Literal["text", "count", "minutes", "rate"]
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
NONE = "—"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    width: float  # in characters, as Excel measures a column
    kind: Kind = "count"


@dataclass(frozen=True, slots=True)
class StatTable:
    """One table of the report: ``name`` is its sheet (and CSV file) name."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    heat: bool = False  # the hour × weekday grid: shaded by its values

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def widths(self) -> tuple[float, ...]:
        return tuple(c.width for c in self.columns)

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return tuple(c.kind for c in self.columns)

    def texts(self) -> list[list[str]]:
        """The rows as text: minutes with one decimal, rates as "57.1%", empty as "—"."""
        return [[cell_text(v, c.kind) for v, c in zip(row, self.columns, strict=True)]
                for row in self.rows]  # fmt: skip


# -- how values read -----------------------------------------------------------------------


def day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def period_text(start: date, end: date) -> str:
    """'2026年12月30日至2027年1月2日' (a single day: just that day)."""
    return day_text(start) if start == end else f"{day_text(start)}至{day_text(end)}"


def one_decimal(value: float) -> str:
    """'2.3' for 2.25: rounded half up, as a report reads it."""
    return str(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def percent(rate: float | None) -> str:
    """'57.1%'; '—' when there is nothing to share."""
    return NONE if rate is None else f"{one_decimal(rate * 100)}%"


def minutes(seconds: int | None) -> float | None:
    """Seconds as minutes with one decimal."""
    return None if seconds is None else float(one_decimal(seconds / 60))


def minutes_text(seconds: int | None) -> str:
    """'8' for 480 s, '1.5' for 90 s; '—' for nothing measured."""
    value = minutes(seconds)
    if value is None:
        return NONE
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def cell_text(value: Cell, kind: Kind) -> str:
    if value is None:
        return NONE
    if kind == "rate":
        return percent(float(value))
    if kind == "minutes":
        number = float(value)
        return f"{number:.0f}" if number == int(number) else f"{number:.1f}"
    return str(value)


#: The green channel's reasons in the order the report names them; others after, by name.
GREEN_REASONS = ("老年人", "残疾人", "孕产妇", "军人", "预约", "其他")


def green_reasons(counts: Mapping[str, int]) -> dict[str, int]:
    """The green channel's counts by reason in :data:`GREEN_REASONS`' order."""

    def order(reason: str) -> tuple[int, str]:
        known = GREEN_REASONS.index(reason) if reason in GREEN_REASONS else len(GREEN_REASONS)
        return known, reason

    return {reason: counts[reason] for reason in sorted(counts, key=order)}


def busiest_hour(stats: HallStatistics) -> tuple[int, int] | None:
    """The hour of the day (0–23) the most numbers were issued in, over all weekdays, and
    how many; None when nothing was issued. Equal hours: the earliest."""
    by_hour = [sum(day[hour] for day in stats.volume.load) for hour in range(24)]
    most = max(by_hour)
    return (by_hour.index(most), most) if most else None


# -- the tables ----------------------------------------------------------------------------

_VOLUME_COLUMNS = (
    Column("取号", 7),
    Column("办结", 7),
    Column("过号", 7),
    Column("取消", 7),
    Column("转移", 7),
    Column("未办理", 8),
)
_RATING_COLUMNS = (
    Column("办结", 7),
    Column("评价", 7),
    Column("非常满意", 9),
    Column("满意", 7),
    Column("基本满意", 9),
    Column("不满意", 8),
    Column("非常不满意", 10),
    Column("好评", 7),
    Column("差评", 7),
    Column("好评率", 9, "rate"),
    Column("主动评价率", 11, "rate"),
)
_DURATION_COLUMNS = ("人数", "中位数（分钟）", "90%（分钟）", "最长（分钟）")


def _row(*cells: Cell) -> tuple[Cell, ...]:
    return cells


def _volume(counts: VolumeCounts) -> tuple[int, ...]:
    c = counts
    return c.issued, c.served, c.no_show, c.cancelled, c.transferred, c.expired


def _ratings(r: RatingCounts) -> tuple[Cell, ...]:
    levels = tuple(r.levels[k] for k in (5, 4, 3, 2, 1))
    return r.finished, r.rated, *levels, r.good, r.bad, r.good_rate, r.rated_rate


def _durations(d: Durations) -> tuple[Cell, ...]:
    return d.count, minutes(d.median), minutes(d.p90), minutes(d.longest)


def _times(f: TimeFigures) -> tuple[Cell, ...]:
    return (
        *_durations(f.waiting),
        *_durations(f.service),
        f.within_promise,
        f.promised,
        f.promise_rate,
    )


def _volume_tables(stats: HallStatistics) -> list[StatTable]:
    v = stats.volume
    total = _row("合计", *_volume(v.total))
    tables = [
        StatTable(
            f"业务量（按{by}）",
            f"业务量（按{by}）",
            (Column(first, width, "text"), *_VOLUME_COLUMNS),
            (*(_row(row.subject.label, *_volume(row.counts)) for row in rows), total),
        )
        for by, first, width, rows in (
            ("业务类别", "业务类别", 18, v.by_line),
            ("窗口", "窗口", 14, v.by_window),
            ("人员", "人员", 16, v.by_clerk),
        )
    ]
    tables.append(
        StatTable(
            "业务量（按事项）",
            "业务量（按事项）",
            (Column("事项编码", 14, "text"), Column("事项名称", 30, "text"), *_VOLUME_COLUMNS),
            tuple((row.subject.code, row.subject.name, *_volume(row.counts)) for row in v.by_item),
        )
    )
    tables.append(
        StatTable(
            "业务量（按日）",
            "业务量（按日）",
            (Column("日期", 12, "text"), Column("星期", 6, "text"), *_VOLUME_COLUMNS),
            (
                *(
                    _row(f"{d.day:%Y-%m-%d}", WEEKDAYS[d.day.weekday()], *_volume(d.counts))
                    for d in v.by_day
                ),
                ("合计", "", *_volume(v.total)),
            ),
        )
    )
    return tables


def load_hours(stats: HallStatistics) -> range:
    """The hours the heat map shows: 8 … 18 at least, widened to any hour with numbers."""
    used = [h for h in range(24) if any(day[h] for day in stats.volume.load)]
    return range(min([8, *used]), max([18, *used]) + 1)


def _load_table(stats: HallStatistics) -> StatTable:
    hours = load_hours(stats)
    load = stats.volume.load
    return StatTable(
        "时段分布",
        "时段分布（取号数，按星期和时段）",
        (Column("星期", 6, "text"), *(Column(f"{h}时", 5) for h in hours), Column("合计", 7)),
        (
            *(_row(WEEKDAYS[w], *(load[w][h] for h in hours), sum(load[w])) for w in range(7)),
            _row("合计", *(sum(day[h] for day in load) for h in hours), sum(map(sum, load))),
        ),
        heat=True,
    )


def _times_table(stats: HallStatistics) -> StatTable:
    t = stats.times
    rows: list[tuple[Cell, ...]] = [("全厅", "合计", *_times(t.total))]
    for scope, found in (("业务类别", t.by_line), ("窗口", t.by_window), ("人员", t.by_clerk)):
        rows += [(scope, row.subject.label, *_times(row.figures)) for row in found]
    return StatTable(
        "等候与办理时间",
        f"等候与办理时间（承诺等候时间 {stats.promised_wait_minutes} 分钟）",
        (
            Column("范围", 11, "text"),
            Column("名称", 16, "text"),
            *(Column(f"等候{n}", 11, "count" if i == 0 else "minutes")
              for i, n in enumerate(_DURATION_COLUMNS)),
            *(Column(f"办理{n}", 11, "count" if i == 0 else "minutes")
              for i, n in enumerate(_DURATION_COLUMNS)),
            Column("承诺内叫号", 10),
            Column("有承诺叫号", 10),
            Column("承诺达标率", 11, "rate"),
        ),
        tuple(rows),
    )  # fmt: skip


def _rating_tables(stats: HallStatistics) -> list[StatTable]:
    r = stats.ratings

    def rows(found: Sequence[RatingRow]) -> tuple[tuple[Cell, ...], ...]:
        return tuple((row.subject.label, *_ratings(row.ratings)) for row in found)

    note = f"（不含申诉成立的 {r.excluded} 件）" if r.excluded else ""
    return [
        StatTable(
            "好差评（按窗口）",
            f"好差评（按窗口）{note}",
            (Column("窗口", 14, "text"), *_RATING_COLUMNS),
            rows(r.by_window),
        ),
        StatTable(
            "好差评（按人员）",
            f"好差评（按人员）{note}",
            (Column("人员", 16, "text"), *_RATING_COLUMNS),
            rows(r.by_clerk),
        ),
        StatTable(
            "好差评（按月）",
            "好差评（按月）",
            (Column("月份", 10, "text"), *_RATING_COLUMNS),
            (
                *((f"{m.year}年{m.month}月", *_ratings(m.ratings)) for m in r.by_month),
                ("合计", *_ratings(r.total)),
            ),
        ),
        StatTable(
            "窗口月度排名",
            "窗口月度排名（按好评率，其次按办结量）",
            (
                Column("月份", 10, "text"),
                Column("名次", 6),
                Column("窗口", 14, "text"),
                Column("办结", 7),
                Column("评价", 7),
                Column("好评", 7),
                Column("差评", 7),
                Column("好评率", 9, "rate"),
            ),
            tuple(
                (
                    f"{w.year}年{w.month}月",
                    w.rank,
                    w.subject.label,
                    w.ratings.finished,
                    w.ratings.rated,
                    w.ratings.good,
                    w.ratings.bad,
                    w.ratings.good_rate,
                )
                for w in r.ranking
            ),
        ),
    ]


def _pairs(name: str, title: str, pairs: Sequence[tuple[str, Cell, Kind]]) -> StatTable:
    """A table of (项目, 数值) rows. Values of one kind each: the 数值 column is text."""
    return StatTable(
        name,
        title,
        (Column("项目", 34, "text"), Column("数值", 14, "text")),
        tuple((label, cell_text(value, kind)) for label, value, kind in pairs),
    )


def _promises_table(stats: HallStatistics) -> StatTable:
    p = stats.promises
    pairs: list[tuple[str, Cell, Kind]] = [
        ("开放天数", stats.open_days, "count"),
        ("延时服务（次）", p.extended_services, "count"),
        ("延时服务（分钟）", p.extended_minutes, "count"),
        ("免费邮寄（件）", p.courier_dispatches, "count"),
        ("其中上门收件（件）", p.courier_collections, "count"),
        ("邮寄费用（元）", f"{p.courier_cost_cents / 100:.2f}", "text"),
        ("预约（个）", p.appointments_booked, "count"),
        ("预约已取号（个）", p.appointments_checked_in, "count"),
        ("预约已办结（个）", p.appointments_served, "count"),
        ("预约爽约（个）", p.appointments_no_show, "count"),
        ("预约取消（个）", p.appointments_cancelled, "count"),
        ("节假日开放（天）", p.holiday_days, "count"),
        ("节假日服务群众（人次）", p.holiday_citizens, "count"),
        ("绿色通道（次）", p.green_channel, "count"),
        *(
            (f"绿色通道：{reason}", n, "count")
            for reason, n in green_reasons(p.green_by_reason).items()
        ),
        ("帮代办（次）", p.assists, "count"),
        *((f"帮代办：{kind.label}", n, "count") for kind, n in p.assists_by_kind.items()),
        *((f"帮代办对象：{group.label}", n, "count") for group, n in p.assists_by_group.items()),
    ]
    pairs += [
        (f"节假日：{h.day:%Y-%m-%d} {h.name}{'（仅预约）' if h.appointments_only else ''}",
         h.citizens, "count")
        for h in p.holidays
    ]  # fmt: skip
    return _pairs("承诺事项", "便民服务承诺", pairs)


def _catalogue_table(stats: HallStatistics) -> StatTable:
    c = stats.catalogue
    return StatTable(
        "事项目录",
        "事项目录（在用事项及本期办理涉及的事项）",
        (Column("类别", 14, "text"), Column("事项数", 9), Column("本期办理事项数", 15)),
        (
            *((row.category, row.items, row.served) for row in c.by_category),
            ("合计", c.items, c.served),
        ),
    )


def _ledger_table(stats: HallStatistics) -> StatTable:
    g = stats.ledger
    return _pairs(
        "台账",
        "台账（本期登记的案件）",
        [
            ("差评整改（件）", g.bad_ratings, "count"),
            ("按期核实（件）", g.verified_on_time, "count"),
            ("按期整改（件）", g.rectified_on_time, "count"),
            ("按期反馈（件）", g.answered_on_time, "count"),
            ("按期办结（件）", g.closed_on_time, "count"),
            ("实名差评（件）", g.named_bad_ratings, "count"),
            ("已回访（件）", g.called_back, "count"),
            ("实名差评回访率", g.callback_rate, "rate"),
            ("申诉（件）", g.appeals, "count"),
            ("申诉成立（件）", g.appeals_upheld, "count"),
            ("办不成事（件）", g.hard_cases, "count"),
            ("已办成（件）", g.hard_cases_solved, "count"),
            ("已答复解释（件）", g.hard_cases_answered, "count"),
            ("无法办理（件）", g.hard_cases_refused, "count"),
            ("答疑解惑（次）", g.consultations, "count"),
            ("走流程（项）", g.walkthroughs, "count"),
            ("走流程发现问题（个）", g.problems, "count"),
            ("已整改问题（个）", g.problems_rectified, "count"),
            ("督查发现问题（个）", g.findings, "count"),
            ("督查问题已整改（个）", g.findings_rectified, "count"),
            ("超期未办结（件）", g.overdue_open, "count"),
        ],
    )


def _on_time_table(stats: HallStatistics) -> StatTable:
    o = stats.on_time

    def figures(row: OnTimeRow) -> tuple[Cell, ...]:
        return row.counted, row.on_time, row.late, row.overdue_open, row.rate

    return StatTable(
        "限时办结",
        "限时办结（本期到期的办件，按部门和事项）",
        (
            Column("范围", 8, "text"),
            Column("部门／事项", 30, "text"),
            Column("到期件数", 9),
            Column("按期办结", 9),
            Column("逾期办结", 9),
            Column("超期未办结", 11),
            Column("按时办结率", 11, "rate"),
        ),
        (
            ("全厅", "合计", *figures(o.total)),
            *(("部门", row.name, *figures(row)) for row in o.by_department),
            *(("事项", row.name, *figures(row)) for row in o.by_item),
        ),
    )


def statistics_tables(stats: HallStatistics) -> tuple[StatTable, ...]:
    """Every table of the report, in the order the exports give them."""
    return (
        *_volume_tables(stats),
        _load_table(stats),
        _times_table(stats),
        *_rating_tables(stats),
        _promises_table(stats),
        _catalogue_table(stats),
        _ledger_table(stats),
        _on_time_table(stats),
    )


# -- what the printed report draws -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatisticsDocument:
    """The printed report's content: its tables and the series its charts draw."""

    hall_name: str
    start: date
    end: date
    summary: tuple[str, ...]
    tables: tuple[StatTable, ...]
    by_line: tuple[tuple[str, int, int], ...]  # (line, issued, served)
    by_day: tuple[tuple[date, int, int], ...]  # (day, issued, served)

    @property
    def period(self) -> str:
        return period_text(self.start, self.end)


def statistics_document(stats: HallStatistics) -> StatisticsDocument:
    v, t, r = stats.volume, stats.times, stats.ratings
    summary = [
        f"开放 {stats.open_days} 天，取号 {v.total.issued} 个，办结 {v.total.served} 件，"
        f"过号 {v.total.no_show} 个。"
    ]
    if t.total.waiting.count:
        summary.append(
            f"等候时间中位数 {minutes_text(t.total.waiting.median)} 分钟、90% 在 "
            f"{minutes_text(t.total.waiting.p90)} 分钟内；办理时间中位数 "
            f"{minutes_text(t.total.service.median)} 分钟；承诺等候时间内叫号率 "
            f"{percent(t.total.promise_rate)}。"
        )
    if r.total.rated:
        summary.append(
            f"评价 {r.total.rated} 条，好评率 {percent(r.total.good_rate)}，主动评价率 "
            f"{percent(r.total.rated_rate)}，差评 {r.total.bad} 件。"
        )
    return StatisticsDocument(
        hall_name=stats.hall_name,
        start=stats.start,
        end=stats.end,
        summary=tuple(summary),
        tables=statistics_tables(stats),
        by_line=tuple(
            (row.subject.label, row.counts.issued, row.counts.served)
            for row in v.by_line
            if row.subject.id is not None
        ),
        by_day=tuple((d.day, d.counts.issued, d.counts.served) for d in v.by_day),
    )


# -- XLSX ----------------------------------------------------------------------------------

HEADER_ROW = 2  # row 1: the hall, the report and the period
_FORMATS = {"count": "0", "minutes": "0.0", "rate": "0.0%"}


def statistics_xlsx(stats: HallStatistics, path: Path) -> Path:
    """Every table of :func:`statistics_tables` on a sheet of its own: the hall and the
    period on row 1, the Chinese header on row 2 (both kept in view), numbers as numbers;
    ``path``."""
    return tables_xlsx(statistics_tables(stats), path, stats.hall_name, stats.start, stats.end)


def tables_xlsx(
    tables: Sequence[StatTable], path: Path, owner: str, start: date, end: date
) -> Path:
    """``tables`` as :func:`statistics_xlsx` writes them, under ``owner``'s name (a hall,
    a district) and the period; a row named 合计 in bold; ``path``."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    book.properties.creator = owner
    book.properties.title = f"{owner}统计报表"
    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    head_fill = PatternFill("solid", fgColor="E0E0E0")
    for table in tables:
        sheet = book.create_sheet(table.name)
        sheet.append([f"{owner}　{table.title}　统计期间：{period_text(start, end)}"])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(list(table.header))
        for index, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
            cell = sheet.cell(HEADER_ROW, index)
            cell.font, cell.alignment, cell.fill = bold, centred, head_fill
        for row in table.rows:
            sheet.append([value if value is not None else None for value in row])
            for index, (value, column) in enumerate(zip(row, table.columns, strict=True), 1):
                cell = sheet.cell(sheet.max_row, index)
                if column.kind == "text":
                    cell.data_type = "s"  # a name starting with "=" stays text
                elif value is not None:
                    cell.number_format = _FORMATS[column.kind]
            if row and row[0] == "合计":
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
        sheet.freeze_panes = f"B{HEADER_ROW + 1}"
        if table.heat and table.rows:
            last = get_column_letter(len(table.columns) - 1)
            sheet.conditional_formatting.add(
                f"B{HEADER_ROW + 1}:{last}{HEADER_ROW + len(table.rows) - 1}",
                ColorScaleRule(start_type="min", start_color="FFFFFF",
                               end_type="max", end_color="E07B39"),
            )  # fmt: skip
    buffer = io.BytesIO()  # saved in memory first: a bad folder is refused before openpyxl
    book.save(buffer)
    return write_whole(Path(path), buffer.getvalue())


# -- CSV -----------------------------------------------------------------------------------

BOM = "\ufeff"


def csv_text(tables: Sequence[StatTable]) -> str:
    """The tables as CSV, each under its title line and a blank line apart; with the BOM."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for number, table in enumerate(tables):
        if len(tables) > 1:
            if number:
                writer.writerow([])
            writer.writerow([table.title])
        writer.writerow(table.header)
        writer.writerows(table.texts())
    return BOM + out.getvalue()


def _file_name(number: int, table: StatTable) -> str:
    return f"{number:02d}_{table.name}.csv"


def statistics_csv(stats: HallStatistics, target: Path) -> Path:
    """The tables as CSV (UTF-8 with BOM): ``….zip`` a zip of one CSV per table, ``….csv``
    one file with every table in turn, anything else a folder given one CSV per table
    (created when missing); ``target``."""
    target = Path(target)
    tables = statistics_tables(stats)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        return write_whole(target, csv_text(tables).encode("utf-8"))
    files = [(_file_name(n, t), csv_text([t]).encode("utf-8")) for n, t in enumerate(tables, 1)]
    if suffix == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files:
                info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        return write_whole(target, buffer.getvalue())
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise Refused(f"无法创建文件夹“{target.name}”：{e.strerror or e}") from e
    for name, data in files:
        write_whole(target / name, data)
    return target
