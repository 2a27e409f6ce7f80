"""统计分析's files: XLSX, CSV, the printed 统计报表, 工作报告数据 (Word and PDF), and the
``report statistics`` / ``report work`` commands, from the fixed history of
``test_statistics`` (period P, hand-computed figures there) on SQLite."""

from __future__ import annotations

import asyncio
import csv
import io
import zipfile
from datetime import date, time

import pytest
from docx import Document
from openpyxl import load_workbook

from hall_desktop.cli import main
from hall_desktop.services.statistics import StatisticsService
from hall_desktop.services.statistics_export import statistics_tables
from hall_desktop.services.work_report import period_name
from hall_desktop.statistics_files import (
    statistics_csv,
    statistics_pdf,
    statistics_xlsx,
    work_report_docx,
    work_report_pdf,
)
from hall_desktop.store.database import Database
from tests.conftest import load_actors, new_hall
from tests.pdf import all_text, page_images
from tests.services.test_statistics import ZONE, figures_of

SIGNED = date(2027, 1, 5)
SHEETS = [
    "业务量（按业务类别）",
    "业务量（按窗口）",
    "业务量（按人员）",
    "业务量（按事项）",
    "业务量（按日）",
    "时段分布",
    "等候与办理时间",
    "好差评（按窗口）",
    "好差评（按人员）",
    "好差评（按月）",
    "窗口月度排名",
    "承诺事项",
    "事项目录",
    "台账",
    "限时办结",
]
#: Today for the 限时办结 figures (overdue as of when): after P's last due date.
TODAY = date(2027, 1, 6)


@pytest.fixture
def backend() -> str:
    return "sqlite"


async def test_the_xlsx_has_a_sheet_per_table_with_the_services_numbers(db, clock, tmp_path):
    clock.set_local(TODAY, time(10), ZONE)
    _, stats = await figures_of(db)
    path = statistics_xlsx(stats, tmp_path / "统计.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    for name in SHEETS:
        assert book[name].freeze_panes == "B3"
        assert "统计测试中心" in book[name]["A1"].value
        assert "2026年12月30日至2027年1月2日" in book[name]["A1"].value

    def rows(sheet: str) -> list[tuple[object, ...]]:
        return list(book[sheet].iter_rows(min_row=3, values_only=True))

    assert [c.value for c in book["业务量（按业务类别）"][2]] == [
        "业务类别", "取号", "办结", "过号", "取消", "转移", "未办理",
    ]  # fmt: skip
    assert rows("业务量（按业务类别）") == [
        ("A 综合业务", 7, 4, 0, 1, 1, 1),
        ("B 社保医保", 5, 5, 1, 0, 0, 0),
        ("合计", 12, 9, 1, 1, 1, 1),
    ]
    assert rows("业务量（按窗口）")[-2] == ("（未到窗口）", 2, 0, 0, 1, 0, 1)
    assert [r[:4] for r in rows("业务量（按日）")] == [
        ("2026-12-30", "周三", 5, 3), ("2026-12-31", "周四", 3, 2),
        ("2027-01-01", "周五", 2, 2), ("2027-01-02", "周六", 2, 2), ("合计", None, 12, 9),
    ]  # fmt: skip
    heat = book["时段分布"]
    hours = [c.value for c in heat[2]]
    assert hours[0] == "星期" and hours[1] == "8时" and hours[-2] == "18时"
    wednesday = dict(zip(hours, rows("时段分布")[2], strict=True))
    assert (wednesday["9时"], wednesday["10时"], wednesday["11时"], wednesday["合计"]) == (
        2,
        2,
        1,
        5,
    )
    times = rows("等候与办理时间")
    # Waiting 11 measured: median 480 s, p90 2400 s, longest 4200 s; 7 of 11 within.
    assert times[0][:10] == ("全厅", "合计", 11, 8.0, 40.0, 70.0, 9, 10.0, 90.0, 90.0)
    assert times[0][10:] == (7, 11, pytest.approx(7 / 11))
    assert book["等候与办理时间"].cell(3, 13).number_format == "0.0%"
    window_1 = rows("好差评（按窗口）")[0]
    assert window_1[:3] == ("1号窗口", 5, 5) and window_1[-2] == pytest.approx(0.6)
    assert rows("好差评（按月）")[-1][:3] == ("合计", 9, 7)
    assert [r[:3] for r in rows("窗口月度排名")] == [
        ("2026年12月", 1, "1号窗口"), ("2026年12月", 2, "2号窗口"),
        ("2027年1月", 1, "2号窗口"), ("2027年1月", 2, "1号窗口"),
    ]  # fmt: skip
    promises = dict(rows("承诺事项"))
    assert promises["延时服务（分钟）"] == "90" and promises["邮寄费用（元）"] == "40.00"
    assert promises["预约爽约（个）"] == "1" and promises["绿色通道：孕产妇"] == "1"
    assert rows("事项目录") == [("行政权力类", 2, 2), ("公共服务类", 2, 2), ("合计", 4, 4)]
    assert dict(rows("台账"))["答疑解惑（次）"] == "2"
    assert rows("限时办结") == [
        ("全厅", "合计", 4, 2, 1, 1, 0.5),
        ("部门", "人社局", 2, 1, 0, 1, 0.5),
        ("部门", "市场监管局", 2, 1, 1, 0, 0.5),
        ("事项", "食品经营许可", 1, 0, 1, 0, 0),
        ("事项", "社保卡申领", 2, 1, 0, 1, 0.5),
        ("事项", "企业设立登记", 1, 1, 0, 0, 1),
    ]
    widths = book["业务量（按事项）"].column_dimensions
    assert widths["B"].width > widths["C"].width


async def test_the_csv_as_a_zip_and_as_one_file(db, tmp_path):
    _, stats = await figures_of(db)
    tables = statistics_tables(stats)
    archive = zipfile.ZipFile(statistics_csv(stats, tmp_path / "统计.zip"))
    assert archive.namelist() == [f"{n:02d}_{name}.csv" for n, name in enumerate(SHEETS, 1)]
    data = archive.read("07_等候与办理时间.csv")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel and WPS read UTF-8
    times = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert times[0] == list(tables[6].header)
    assert times[1][:5] == ["全厅", "合计", "11", "8", "40"] and times[1][-1] == "63.6%"
    lines = list(
        csv.reader(io.StringIO(archive.read("01_业务量（按业务类别）.csv").decode("utf-8-sig")))
    )
    assert lines[1:] == [
        ["A 综合业务", "7", "4", "0", "1", "1", "1"],
        ["B 社保医保", "5", "5", "1", "0", "0", "0"],
        ["合计", "12", "9", "1", "1", "1", "1"],
    ]
    one = statistics_csv(stats, tmp_path / "统计.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(one)))
    assert rows[0] == ["业务量（按业务类别）"] and rows[1][0] == "业务类别"
    assert sum(1 for r in rows if r == []) == len(tables) - 1
    assert ["窗口月度排名（按好评率，其次按办结量）"] in rows
    folder = statistics_csv(stats, tmp_path / "统计表")
    assert sorted(p.name for p in folder.iterdir()) == archive.namelist()
    assert (folder / "07_等候与办理时间.csv").read_bytes() == data


async def test_the_statistics_pdf_states_the_hall_the_period_and_the_figures(db, clock, tmp_path):
    clock.set_local(TODAY, time(10), ZONE)
    _, stats = await figures_of(db)
    pdf = statistics_pdf(
        stats, tmp_path / "统计.pdf", hall_name="统计测试中心",
        prepared_by="王主任", reviewed_by="李局长", on=SIGNED,
    )  # fmt: skip
    text = all_text(pdf)
    for expected in (
        "统计测试中心统计报表",
        "统计期间：2026年12月30日至2027年1月2日",
        "取号12个，办结9件",
        "好评率57.1%",
        "按业务类别的取号与办结",
        "每日取号与办结",
        "窗口月度排名",
        "限时办结（本期到期的办件，按部门和事项）",
        "市场监管局",
        "制表人：王主任",
        "审核人：李局长",
        "日期：2027年1月5日",
        "第1页共",
    ):
        assert expected in text, expected
    pages = page_images(pdf.read_bytes(), tmp_path, 40)
    assert len(pages) >= 2 and all(p.stat().st_size > 3000 for p in pages)


REPORT_SENTENCES = (
    "统计测试中心2026年12月30日至2027年1月2日工作报告数据",
    "全区已申请类政务服务事项4项（行政权力类2项、公共服务类2项），本期实际办理涉及事项4项。",
    "本期大厅开放4天，累计取号12个，办结业务9件，日均办结2.3件；过号1个，取消1个，"
    "转其他业务类别1个。",
    "其中，A 综合业务办结4件，B 社保医保办结5件。",
    "业务高峰时段为9时至10时，该时段累计取号3个，占全部取号的25.0%；一周中周三取号最多，共5个。",
    "群众等候时间中位数为8分钟，90%的群众在40分钟内被叫号，最长等候70分钟；"
    "业务办理时间中位数为10分钟，90%的业务在90分钟内办结。",
    "应按承诺时限叫号11人次，其中时限内叫号7人次，按时叫号率63.6%。",
    "本期到期的限时办结件4件，按期办结2件，按时办结率50.0%；逾期办结1件，超期未办结1件。",
    "按时办结率较低的部门：人社局（50.0%）、市场监管局（50.0%）。",
    "提供延时服务2次，累计延时90分钟。",
    "免费邮寄办件材料和证照3件（其中上门收件1件），邮寄费用40.00元由大厅承担。",
    "受理预约5个，预约群众到厅取号3个、办结2件，爽约1个，取消预约1个。",
    "节假日开放1天，服务群众2人次。",
    "开通绿色通道3次（老年人1次、残疾人1次、孕产妇1次）；提供帮办代办服务3次（帮办1次、代办1次、陪办1次）。",
    "收到群众评价7条，其中好评4条，好评率57.1%；办结业务9件，主动评价率77.8%。",
    "收到差评2件，登记差评整改0件，按期核实0件、按期整改0件、按期反馈0件。",
    "窗口月度排名第一：2026年12月1号窗口（好评率66.7%）；2027年1月2号窗口（好评率100.0%）。",
    "受理“办不成事”诉求2件，协调解决办成难事1件，答疑解惑2次。",
    "开展“走流程”体验，体验办理事项0项，发现问题0个，已整改0个。",
)


async def test_the_work_report_in_word_and_pdf_states_the_figures_in_sentences(db, clock, tmp_path):
    clock.set_local(TODAY, time(10), ZONE)
    _, stats = await figures_of(db)
    docx = work_report_docx(
        stats, tmp_path / "工作报告数据.docx", hall_name="统计测试中心",
        prepared_by="王主任", on=SIGNED,
    )  # fmt: skip
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    for sentence in REPORT_SENTENCES:
        assert sentence in paragraphs, sentence
    assert "制表人：王主任" in paragraphs[-1] and "2027年1月5日" in paragraphs[-1]
    pdf = work_report_pdf(
        stats, tmp_path / "工作报告数据.pdf", hall_name="统计测试中心",
        prepared_by="王主任", on=SIGNED,
    )  # fmt: skip
    text = all_text(pdf)
    for sentence in REPORT_SENTENCES:
        assert "".join(sentence.split()) in text, sentence
    assert "制表人：王主任" in text and "第1页共1页" in text


def test_a_named_period_reads_as_the_report_names_it():
    assert period_name(date(2026, 1, 1), date(2026, 6, 30)) == "2026年上半年"
    assert period_name(date(2026, 7, 1), date(2026, 12, 31)) == "2026年下半年"
    assert period_name(date(2026, 1, 1), date(2026, 12, 31)) == "2026年"
    assert period_name(date(2026, 7, 1), date(2026, 9, 30)) == "2026年第三季度"
    assert period_name(date(2026, 2, 1), date(2026, 2, 28)) == "2026年2月"
    assert period_name(date(2026, 2, 1), date(2026, 2, 27)) == "2026年2月1日至2026年2月27日"


# -- the commands ----------------------------------------------------------------------


def test_the_report_commands_write_the_statistics_and_the_work_report(
    database_urls, clock, command_env, monkeypatch, tmp_path, capsys
):
    url = database_urls["sqlite"]
    start, end = date(2026, 1, 1), date(2026, 6, 30)

    async def setup() -> tuple[str, int]:
        db = Database(url, clock=clock)
        try:
            hall = await new_hall(db)
            boss = (await load_actors(db, hall.hall_id))["zhuren"]
            stats = await StatisticsService(db).figures(boss, start, end)
            return hall.hall_code, stats.catalogue.items
        finally:
            await db.dispose()

    code, items = asyncio.run(setup())
    assert items > 0
    base = ["--db", url.render_as_string(hide_password=False), "--hall", code, "report"]
    period = ["--from", f"{start}", "--to", f"{end}", "--user", "zhuren"]
    capsys.readouterr()
    for name in ("统计.xlsx", "统计.pdf", "统计.zip"):
        assert main([*base, "statistics", *period, "--out", str(tmp_path / name)]) == 0
        assert f"已导出统计报表（2026-01-01 至 2026-06-30）：文件 {tmp_path / name}" in (
            capsys.readouterr().out
        )
    assert load_workbook(tmp_path / "统计.xlsx").sheetnames == SHEETS
    assert "统计期间：2026年1月1日至2026年6月30日" in all_text(tmp_path / "统计.pdf")
    assert len(zipfile.ZipFile(tmp_path / "统计.zip").namelist()) == len(SHEETS)
    assert main([*base, "work", *period, "--out", str(tmp_path / "报告.docx")]) == 0
    assert "已导出工作报告数据" in capsys.readouterr().out
    paragraphs = [p.text for p in Document(str(tmp_path / "报告.docx")).paragraphs]
    assert paragraphs[0].endswith("2026年上半年工作报告数据")
    assert any(p.startswith(f"全区已申请类政务服务事项{items}项（") for p in paragraphs)

    never = tmp_path / "never.pdf"
    reversed_period = ["--from", "2026-06-30", "--to", "2026-01-01", "--user", "zhuren"]
    assert main([*base, "statistics", *reversed_period, "--out", str(never)]) == 2
    assert "结束日期 2026-01-01 早于开始日期 2026-06-30" in capsys.readouterr().err
    assert main([*base, "work", *period, "--out", str(tmp_path / "报告.xlsx")]) == 2
    assert "应以 .docx、.pdf 结尾" in capsys.readouterr().err
    too_long = ["--from", "2025-01-01", "--to", "2026-06-30", "--user", "zhuren"]
    assert main([*base, "statistics", *too_long, "--out", str(never)]) == 2
    assert capsys.readouterr().err.startswith("错误：")
    monkeypatch.setenv("HALL_PASSWORD", "clerk2026")
    assert main([*base, "work", *period[:4], "--user", "clerk1", "--out", str(never)]) == 2
    assert "没有“导出统计报表”的权限" in capsys.readouterr().err
    assert not never.exists() and not (tmp_path / "报告.xlsx").exists()
