"""台账 as XLSX, and the ``report ledger`` / ``report bulletin`` commands."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from hall_desktop.cli import main
from hall_desktop.services.cases import CaseFilter
from hall_desktop.services.ledger_export import HEADER, ledger_xlsx
from hall_desktop.store.database import Database
from tests.conftest import load_actors, new_hall
from tests.ledger_samples import FIRST_DAY, PERIOD, PHONE, PHONE_MASKED, ZONE, Ledger
from tests.pdf import all_text


@pytest.fixture
def backend() -> str:
    return "sqlite"


async def test_the_ledger_as_xlsx_one_row_per_case_in_the_halls_time(
    db, hall, actors, clock, tmp_path
):
    ledger = await Ledger(db, hall.hall_id, actors, clock).setup()
    bad = await ledger.bad_rating()
    walk = await ledger.walkthrough()
    late = await ledger.finding(FIRST_DAY, 2, due=FIRST_DAY)
    ledger.at(FIRST_DAY + timedelta(days=7))
    rows = await ledger.cases.cases(ledger.boss, CaseFilter())
    assert len(rows) == 6  # the 差评, the walkthrough and its three problems, the finding
    path = tmp_path / "台账.xlsx"
    assert ledger_xlsx(rows, path, zone=ZONE) == 6
    assert not list(tmp_path.glob(".*partial"))
    book = load_workbook(path)
    assert book.sheetnames == ["台账"]
    sheet = book["台账"]
    assert sheet.freeze_panes == "A2"
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(table[0]) == HEADER
    assert len(table) == 1 + 6
    by_code = {r[0]: dict(zip(HEADER, r, strict=True)) for r in table[1:]}
    assert set(by_code) == {r.code for r in rows}
    first = by_code[bad.row.code]
    assert (first["类型"], first["状态"], first["事由"]) == ("差评整改", "办结", "效率")
    assert (first["窗口"], first["涉及人员"], first["电话"]) == ("1号窗口", "张敏", PHONE_MASKED)
    # 09:05 in Shanghai (01:05 UTC), written as the hall's wall-clock time
    assert first["登记时间"] == datetime(2026, 11, 2, 9, 5)
    assert first["办结时间"] == datetime(2026, 11, 5, 17, 45)
    assert first["期限"] == datetime(2026, 11, 9)  # Excel keeps dates as midnight
    assert (first["是否超期"], first["核实结论/办理结果"]) == ("否", "部分属实；申诉不成立")
    overdue = by_code[late.row.code]
    assert (overdue["类型"], overdue["是否超期"], overdue["类别"]) == ("督查问题", "是", "慢作为")
    problem = by_code[walk.children[1].code]
    assert problem["责任/交办"] == "不动产登记中心" and walk.row.code in problem["事由"]
    assert PHONE not in str(table)
    widths = {c: sheet.column_dimensions[c].width for c in "ADJ"}
    assert widths["D"] > widths["A"] and widths["J"] >= 16


# -- the commands ----------------------------------------------------------------------


def test_the_report_commands_write_the_files_and_refuse_a_reversed_period(
    database_urls, clock, command_env, monkeypatch, tmp_path, capsys
):
    url = database_urls["sqlite"]

    async def setup() -> tuple[str, list[str]]:
        db = Database(url, clock=clock)
        try:
            hall = await new_hall(db)
            actors = await load_actors(db, hall.hall_id)
            ledger = await Ledger(db, hall.hall_id, actors, clock).setup()
            found = [
                await ledger.finding(day, n)
                for n, day in enumerate((PERIOD[0], PERIOD[1], PERIOD[1] + timedelta(days=3)))
            ]
            await ledger.walkthrough()
            return hall.hall_code, [f.row.title for f in found]
        finally:
            await db.dispose()

    code, titles = asyncio.run(setup())
    base = ["--db", url.render_as_string(hide_password=False), "--hall", code, "report"]
    period = ["--from", f"{PERIOD[0]}", "--to", f"{PERIOD[1]}", "--user", "zhuren"]
    capsys.readouterr()

    xlsx = tmp_path / "ledger.xlsx"
    assert main([*base, "ledger", *period, "--out", str(xlsx)]) == 0
    out = capsys.readouterr().out
    # two findings and the walkthrough with its three problems were opened in the period
    assert "已导出台账（2026-11-02 至 2026-11-13）：6 条" in out and str(xlsx) in out
    assert load_workbook(xlsx)["台账"].max_row == 1 + 6

    pdf = tmp_path / "bulletin.pdf"
    assert main([*base, "bulletin", *period, "--out", str(pdf)]) == 0
    assert "督查问题 2 个" in capsys.readouterr().out
    text = all_text(pdf)
    assert all("".join(t.split()) in text for t in titles[:2]) and titles[2] not in text

    reversed_period = ["--from", "2026-11-13", "--to", "2026-11-02", "--user", "zhuren"]
    late = tmp_path / "never.pdf"
    assert main([*base, "bulletin", *reversed_period, "--out", str(late)]) == 2
    assert "结束日期 2026-11-02 早于开始日期 2026-11-13" in capsys.readouterr().err
    bad_day = ["--from", "11/02", "--to", "2026-11-13", "--user", "zhuren"]
    assert main([*base, "ledger", *bad_day, "--out", str(late)]) == 2
    assert "无法识别" in capsys.readouterr().err
    # a clerk may not export the ledger; a wrong password is refused
    monkeypatch.setenv("HALL_PASSWORD", "clerk2026")
    assert main([*base, "ledger", *period[:4], "--user", "clerk1", "--out", str(late)]) == 2
    assert "没有“导出台账报表”的权限" in capsys.readouterr().err
    monkeypatch.setenv("HALL_PASSWORD", "wrong")
    assert main([*base, "ledger", *period, "--out", str(late)]) == 2
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert not late.exists()
