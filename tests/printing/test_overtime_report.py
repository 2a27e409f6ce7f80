"""The monthly extended-hours report (延时服务月报): PDF text, totals, pagination, CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desktop.printing.overtime_report import (
    CSV_HEADER,
    EMPTY_MONTH,
    OvertimeReport,
    OvertimeRow,
    format_duration,
    render_overtime_csv,
    render_overtime_report,
    totals,
)
from tests.pdf import all_text, ink_inside, page_images, page_texts

pytestmark = pytest.mark.dates

A4_LONG, A4_SHORT = 841.89, 595.27
CLERKS = (("张敏", "2001"), ("王磊", "2002"), ("陈静", "2003"))
ITEMS = (
    "企业设立登记",
    "食品经营许可（新办）,营业执照变更登记",
    "不动产登记（二手房转移）,契税申报,个人所得税申报",
    "社保参保登记",
    "公积金提取（租房）,住房公积金贷款资格审核",
)
REASONS = ("业务未办结", "临近下班到达", "材料补正", "其他")
WORKDAYS = tuple(date(2026, 11, d) for d in range(2, 31) if date(2026, 11, d).weekday() < 5)


def make_rows(count: int) -> tuple[OvertimeRow, ...]:
    """``count`` records spread over the month's workdays, three clerks, a few by hand."""
    rows = []
    for i in range(count):
        name, staff = CLERKS[i % 3]
        minutes = 5 + (i * 7) % 50
        manual = i % 10 == 9
        finished = time(17 + minutes // 60, minutes % 60)
        rows.append(
            OvertimeRow(
                day=WORKDAYS[(i * 2) % len(WORKDAYS) if count <= 40 else i % len(WORKDAYS)],
                window_number=None if manual and i % 20 == 19 else 1 + i % 3,
                clerk_name=name,
                clerk_staff_number=staff,
                ticket_number=None if manual else f"A{100 + i:03d}",
                items=ITEMS[i % len(ITEMS)],
                closing_time=time(17, 0),
                finished_at=finished,
                minutes=minutes,
                reason=REASONS[i % 4],
                note="群众材料当场补正后继续办理" if i % 4 == 2 else None,
                manual=manual,
            )
        )
    return tuple(rows)


def make_report(rows: tuple[OvertimeRow, ...] | None = None, **changes: object) -> OvertimeReport:
    report = OvertimeReport(
        hall_name="示范区政务服务中心",
        year=2026,
        month=11,
        rows=make_rows(30) if rows is None else rows,
        generated_at=datetime(2026, 11, 30, 16, 5, tzinfo=UTC),  # 00:05 on Dec 1 in Shanghai
        timezone="Asia/Shanghai",
        prepared_by="刘洋",
    )
    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]


def expected_sums(rows: tuple[OvertimeRow, ...]) -> tuple[int, dict[str, tuple[int, int]]]:
    """Grand total minutes and per staff number (count, minutes), summed here by hand."""
    grand = 0
    per_clerk: dict[str, tuple[int, int]] = {}
    for row in rows:
        grand += row.minutes
        count, minutes = per_clerk.get(row.clerk_staff_number, (0, 0))
        per_clerk[row.clerk_staff_number] = (count + 1, minutes + row.minutes)
    return grand, per_clerk


def parse_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# ---------------------------------------------------------------------------- totals


def test_totals_match_a_sum_by_hand() -> None:
    report = make_report()
    figures = totals(report)
    grand, per_clerk = expected_sums(report.rows)
    assert figures.records == 30
    assert figures.minutes == grand
    assert figures.manual == sum(1 for row in report.rows if row.manual) == 3
    assert {c.staff_number: (c.count, c.minutes) for c in figures.per_clerk} == per_clerk
    clerk_minutes = [m for _, m in per_clerk.values()]
    assert [c.minutes for c in figures.per_clerk] == sorted(clerk_minutes, reverse=True)
    assert sum(clerk_minutes) == grand
    days = sorted({row.day for row in report.rows})
    assert [d.day for d in figures.per_day] == days
    for day_total in figures.per_day:
        mine = [row.minutes for row in report.rows if row.day == day_total.day]
        assert (day_total.count, day_total.minutes) == (len(mine), sum(mine))
    assert len(days) >= 5


def test_validation() -> None:
    with pytest.raises(ValueError):
        make_report(generated_at=datetime(2026, 12, 1, 8, 0))
    with pytest.raises(ValueError):
        make_report(month=13)
    with pytest.raises(ValueError):  # a record of another month
        make_report(rows=(dataclasses.replace(make_rows(1)[0], day=date(2026, 12, 1)),))
    with pytest.raises(ValueError):
        dataclasses.replace(make_rows(1)[0], minutes=-1)


def test_format_duration() -> None:
    assert format_duration(0) == "0 小时 0 分钟"
    assert format_duration(725) == "12 小时 5 分钟"


# ---------------------------------------------------------------------------- PDF


def test_a4_landscape_with_everything(font_mode: str) -> None:
    report = make_report()
    pdf = render_overtime_report(report)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4_LONG) < 1
    assert abs(float(box.height) - A4_SHORT) < 1
    pages = page_texts(pdf)
    text = "".join(pages)
    grand, per_clerk = expected_sums(report.rows)
    hours, minutes = divmod(grand, 60)
    for expected in (
        "示范区政务服务中心2026年11月延时服务统计",
        "统计期间：2026年11月1日至11月30日",
        f"记录30条（其中手工录入3条），合计延时{hours}小时{minutes}分钟（{grand}分钟）",
        "日期",
        "工作人员（工号）",
        "办理事项",
        "按工作人员汇总",
        "按日期汇总",
        "手工录入",
        "张敏（2001）",
        "制表人：刘洋",
        "审核人",
        "生成时间：2026-12-0100:05",
        f"第1页共{len(pages)}页",
    ):
        assert expected in text, expected
    for row in report.rows:
        if row.ticket_number is not None:
            assert row.ticket_number in text
    # The per-clerk table: name, staff number, count, minutes in one run of text.
    for name, staff in CLERKS:
        count, mins = per_clerk[staff]
        assert f"{name}{staff}{count}{mins}{format_duration(mins).replace(' ', '')}" in text
    # The grand totals row of both totals tables.
    assert f"合计3人30{grand}" in text
    assert f"30{grand}{hours}小时{minutes}分钟" in text
    assert "制表人：刘洋" in pages[-1]


def test_many_rows_paginate_with_repeated_header(font_mode: str) -> None:
    rows = make_rows(200)
    pdf = render_overtime_report(make_report(rows=rows))
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 5
    record_pages = [p for p in pages if "窗口" in p and "办结时间" in p]
    assert len(record_pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert "日期" in text
        assert f"第{number}页共{total}页" in text
        if number > 1:
            assert "示范区政务服务中心2026年11月延时服务统计（续）" in text
    text = "".join(pages)
    for row in rows:
        if row.ticket_number is not None:
            assert row.ticket_number in text
    grand, _ = expected_sums(rows)
    assert "记录200条（其中手工录入20条），合计延时" in text
    assert f"（{grand}分钟）" in text
    assert "制表人：刘洋" in pages[-1]


def test_empty_month(font_mode: str) -> None:
    pdf = render_overtime_report(make_report(rows=()))
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert EMPTY_MONTH in text
    assert "记录0条，合计延时0小时0分钟" in text
    assert "办结时间" not in text  # no empty record table
    assert "按工作人员汇总" not in text
    assert "制表人：刘洋" in text
    assert "第1页共1页" in text


def test_markup_in_user_text_is_literal(font_mode: str) -> None:
    row = dataclasses.replace(
        make_rows(1)[0],
        clerk_name="<b>&王五",
        items='企业设立登记,"食品"经营许可',
        note="见<i>附件</i> & 说明, 已告知",
        ticket_number="A<1>&",
    )
    report = make_report(rows=(row,), hall_name="<b>&中心", prepared_by="<u>赵六</u>")
    text = all_text(render_overtime_report(report))
    for expected in (
        "<b>&中心2026年11月延时服务统计",
        "<b>&王五（2001）",
        '企业设立登记,"食品"经营许可',
        "见<i>附件</i>&说明,已告知",
        "A<1>&",
        "制表人：<u>赵六</u>",
    ):
        assert expected in text, expected


def test_long_cells_wrap() -> None:
    long_items = ",".join(ITEMS * 2)
    row = dataclasses.replace(make_rows(1)[0], items=long_items, note="很长的备注" * 20)
    text = all_text(render_overtime_report(make_report(rows=(row,) * 3)))
    assert text.count("".join(long_items.split())) == 3
    assert text.count("很长的备注" * 20) == 3


def test_a_record_taller_than_a_page_continues_on_the_next() -> None:
    """Huge cells are cut into table rows (drawn as one record); no text is lost."""
    rows = make_rows(3)
    huge = dataclasses.replace(rows[1], items="甲乙丙丁," * 300, note="子丑寅卯" * 600)
    pdf = render_overtime_report(make_report(rows=(rows[0], huge, rows[2])))
    pages = page_texts(pdf)
    assert len(pages) >= 4
    text = "".join(pages)
    # The parts of both cells alternate in the text: keep each cell's own characters.
    assert "".join(ch for ch in text if ch in "甲乙丙丁") == "甲乙丙丁" * 300
    assert "".join(ch for ch in text if ch in "子丑寅卯") == "子丑寅卯" * 600
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
    assert rows[2].ticket_number is not None
    assert rows[2].ticket_number in text
    assert "制表人：刘洋" in pages[-1]


def test_after_midnight_finish_is_marked() -> None:
    row = dataclasses.replace(make_rows(1)[0], finished_at=time(0, 20), minutes=440)
    text = all_text(render_overtime_report(make_report(rows=(row,))))
    assert "00:20（次日）" in text
    assert "440" in text


@pytest.mark.requires_tool("pdftoppm")
def test_ink_stays_inside_the_margins(font_mode: str, tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    rows = list(make_rows(30))
    rows[4] = dataclasses.replace(rows[4], items=",".join(ITEMS), note="很长的备注" * 30)
    pdf = render_overtime_report(make_report(rows=tuple(rows)))
    dpi = 40
    images = page_images(pdf, tmp_path, dpi)
    assert len(images) >= 2
    edge_x = round(14 * dpi / 25.4)  # the side margins are 15 mm
    edge_y = round(5 * dpi / 25.4)  # the running head and page numbers sit near the edge
    for path in images:
        image = QImage(str(path))
        assert image.width() > image.height()  # landscape
        assert ink_inside(image, edge_x, edge_y, path) > 300


def test_reproducible() -> None:
    report = make_report()
    assert render_overtime_report(report) == render_overtime_report(report)


# ---------------------------------------------------------------------------- CSV


def test_csv_is_excel_friendly() -> None:
    report = make_report()
    data = render_overtime_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    body = data[3:]
    assert body.count(b"\r\n") == body.count(b"\n")  # every line ends in CRLF
    assert body.endswith(b"\r\n")
    rows = parse_csv(data)
    assert tuple(rows[0]) == CSV_HEADER
    records, blank, total_row = rows[1:-2], rows[-2], rows[-1]
    assert len(records) == 30
    assert blank == []
    assert all(len(r) == len(CSV_HEADER) for r in records)
    minutes_col = CSV_HEADER.index("延时(分钟)")
    grand, _ = expected_sums(report.rows)
    assert sum(int(r[minutes_col]) for r in records) == grand
    assert total_row[0] == "合计"
    assert int(total_row[minutes_col]) == grand
    assert "记录 30 条" in total_row
    tickets = {r[CSV_HEADER.index("排队号")] for r in records}
    assert {row.ticket_number for row in report.rows if row.ticket_number} <= tickets
    manual = [r for r in records if r[CSV_HEADER.index("录入方式")] == "手工录入"]
    assert len(manual) == 3
    dates = [r[0] for r in records]
    assert dates == sorted(dates)


def test_csv_keeps_commas_quotes_markup_and_newlines() -> None:
    row = dataclasses.replace(
        make_rows(1)[0],
        clerk_name="<b>&王五",
        items='企业设立登记,"食品"经营许可',
        note='见<i>附件</i> & "说明",\n第二行',
    )
    rows = parse_csv(render_overtime_csv(make_report(rows=(row,))))
    record = dict(zip(CSV_HEADER, rows[1], strict=True))
    assert record["工作人员"] == "<b>&王五"
    assert record["办理事项"] == '企业设立登记,"食品"经营许可'
    assert record["备注"] == '见<i>附件</i> & "说明",\n第二行'
    assert len(rows) == 4


def test_csv_defuses_formulas() -> None:
    row = dataclasses.replace(make_rows(1)[0], note='=HYPERLINK("x")', clerk_name="+王五")
    record = dict(
        zip(CSV_HEADER, parse_csv(render_overtime_csv(make_report(rows=(row,))))[1], strict=True)
    )
    assert record["备注"] == '\'=HYPERLINK("x")'
    assert record["工作人员"] == "'+王五"


def test_csv_of_an_empty_month() -> None:
    rows = parse_csv(render_overtime_csv(make_report(rows=())))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1] == []
    assert rows[2][0] == "合计"
    assert rows[2][CSV_HEADER.index("延时(分钟)")] == "0"
    assert len(rows) == 3


def test_a_report_made_during_the_month_says_how_far_it_goes(font_mode: str) -> None:
    during = make_report(generated_at=datetime(2026, 11, 5, 2, 0, tzinfo=UTC))  # 10:00 on 5th
    text = all_text(render_overtime_report(during))
    assert "11月1日至11月30日（截至11月5日10:00）" in text
    after = all_text(render_overtime_report(make_report()))  # made on 1 December
    assert "截至" not in after


@pytest.mark.parametrize("count", [60, 70, 104, 141])  # 104 and 141 left it alone before
def test_the_signature_line_is_never_alone_on_the_last_page(font_mode: str, count: int) -> None:
    """Seen with 70 records: the last page held only 制表人 / 审核人."""
    pages = page_texts(render_overtime_report(make_report(make_rows(count))))
    last = pages[-1]
    assert "制表人" in last
    assert "汇总" in last or "合计" in last, last[:200]
