"""Administration of the service-item catalogue, on both backends: import (preview, all or
nothing), edit, add, export, and the refusals of guides and clerks."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from hall_desktop.bench.catalogue import generate_items
from hall_desktop.domain.catalogue import (
    EXPORT_HEADERS,
    CatalogueItem,
    RowAction,
    parse_active,
    parse_promised_days,
)
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.services.actor import Actor
from hall_desktop.services.catalogue_admin import (
    CODE_MAX,
    DEPARTMENT_MAX,
    NAME_MAX,
    CatalogueAdminService,
)
from hall_desktop.services.catalogue_file import read_catalogue_file
from hall_desktop.store.database import Database
from hall_desktop.store.models import Event, ServiceItem
from hall_desktop.store.seed import SeedReport, read_service_items

SEED_ITEMS = len(read_service_items())
HEADERS_EN = ("code", "name", "category", "department", "promised_days", "active")


def item_row(item: CatalogueItem) -> list[Any]:
    return [
        item.code,
        item.name,
        item.category,
        item.department,
        item.promised_days,
        "启用" if item.active else "停用",
    ]


def write_xlsx(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def write_csv(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], encoding: str
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def service(db: Database) -> CatalogueAdminService:
    return CatalogueAdminService(db)


@pytest.fixture
def admin(actors: dict[str, Actor]) -> Actor:
    return actors["admin"]


async def hall_items(db: Database, hall_id: int) -> dict[str, ServiceItem]:
    async with db.read() as session:
        rows = await session.scalars(select(ServiceItem).where(ServiceItem.hall_id == hall_id))
        return {r.code: r for r in rows}


async def events_of(db: Database, hall_id: int, kind: str | None = None) -> list[Event]:
    async with db.read() as session:
        stmt = select(Event).where(Event.hall_id == hall_id)
        if kind is not None:
            stmt = stmt.where(Event.kind == kind)
        return list(await session.scalars(stmt.order_by(Event.id)))


async def snapshot(db: Database, hall_id: int) -> tuple[Any, ...]:
    """Every item of the hall and the event count: to prove an import wrote nothing."""
    items = await hall_items(db, hall_id)
    async with db.read() as session:
        events = await session.scalar(
            select(func.count()).select_from(Event).where(Event.hall_id == hall_id)
        )
    return (
        sorted(
            (i.code, i.name, i.category, i.department, i.promised_days, i.active)
            for i in items.values()
        ),
        events,
    )


# -- a whole catalogue ------------------------------------------------------------------


async def test_generated_2000_row_xlsx_imports_cleanly(db, hall, admin, service, tmp_path):
    items = generate_items(2000)
    path = write_xlsx(tmp_path / "事项目录.xlsx", EXPORT_HEADERS, [item_row(i) for i in items])
    rows = await service.read_file(admin, path)
    assert len(rows) == 2000
    assert rows[0].line == 2 and rows[-1].line == 2001
    preview = await service.preview(admin, rows)
    assert (preview.added, preview.changed, preview.unchanged, preview.refused) == (2000, 0, 0, 0)
    assert preview.not_in_file == SEED_ITEMS  # the seed's own items stay as they are
    assert await hall_items(db, hall.hall_id) and len(await hall_items(db, hall.hall_id)) == (
        SEED_ITEMS
    )  # a preview writes nothing

    result = await service.apply(admin, rows, "事项目录.xlsx")
    assert (result.added, result.changed, result.unchanged) == (2000, 0, 0)
    stored = await hall_items(db, hall.hall_id)
    assert len(stored) == 2000 + SEED_ITEMS
    generated = {i.code for i in items}
    imported = [r for code, r in stored.items() if code in generated]
    assert sum(r.category == "行政权力类" for r in imported) == 1840
    assert sum(r.category == "公共服务类" for r in imported) == 160
    sample = items[1234]
    row = stored[sample.code]
    assert (row.name, row.department, row.promised_days, row.active) == (
        sample.name,
        sample.department,
        sample.promised_days,
        True,
    )
    (event,) = await events_of(db, hall.hall_id, "catalogue_imported")
    assert event.id == result.event_id and event.actor_id == admin.staff_id
    assert event.payload == {
        "file_name": "事项目录.xlsx",
        "rows": 2000,
        "added": 2000,
        "changed": 0,
        "unchanged": 0,
    }


async def test_bad_rows_refuse_the_whole_file_with_row_reasons(db, hall, admin, service, tmp_path):
    items = generate_items(2000)
    table = [item_row(i) for i in items]
    # File row = list index + 2 (the header is row 1).
    table[9][0] = table[499][0]  # row 11 repeats the code of row 501
    table[99][1] = ""  # row 101: no name
    table[199][2] = "行政许可类"  # row 201: unknown category
    table[299][4] = "五天"  # row 301: not a number
    table[399][4] = 400  # row 401: beyond a year
    table[599][3] = None  # row 601: no department
    table[699][1] = "很长" * (NAME_MAX // 2 + 1)  # row 701: a name too long
    path = write_xlsx(tmp_path / "bad.xlsx", EXPORT_HEADERS, table)
    before = await snapshot(db, hall.hall_id)

    rows = await service.read_file(admin, path)
    preview = await service.preview(admin, rows)
    refused = {r.line: r.reason for r in preview.refused_rows()}
    assert sorted(refused) == [11, 101, 201, 301, 401, 501, 601, 701]
    code = table[499][0]
    assert f"事项编码“{code}”在文件中重复（又见第 501 行）" in refused[11]
    assert "又见第 11 行" in refused[501]  # both rows of a duplicate are named
    assert refused[101] == "缺少事项名称"
    assert "事项类别“行政许可类”无法识别" in refused[201]
    assert "承诺时限“五天”不是 0 到 365 之间的整数" in refused[301]
    assert "超出范围" in refused[401]
    assert refused[601] == "缺少实施部门"
    assert "事项名称过长" in refused[701]
    assert preview.added == 2000 - 8 and not preview.acceptable

    with pytest.raises(Refused) as refusal:
        await service.apply(admin, rows, "bad.xlsx")
    message = refusal.value.message
    assert "文件中有 8 行不符合要求，整个文件未导入" in message
    assert "第 11 行" in message and "第 101 行：缺少事项名称" in message
    assert "另有 3 行" in message  # the first five are named, the rest counted
    assert await snapshot(db, hall.hall_id) == before  # not one item, not one event


async def test_reimport_reports_changed_and_unchanged(db, hall, admin, service, tmp_path):
    items = generate_items(300)
    await service.apply(
        admin,
        read_catalogue_file(
            write_xlsx(tmp_path / "v1.xlsx", EXPORT_HEADERS, [item_row(i) for i in items])
        ),
        "v1.xlsx",
    )
    table = [item_row(i) for i in items]
    table[0][1] = table[0][1] + "（新）"  # name
    table[1][4] = 99  # promised days
    table[2][2] = "公共服务类" if table[2][2] == "行政权力类" else "行政权力类"  # category
    table[3][5] = "停用"  # status
    table[4][3] = "数据资源管理局"  # department
    table[5][1], table[5][4] = "改名事项", 12  # two fields at once
    table[6][5] = ""  # a blank status keeps the status: unchanged
    table.append(["NEW-0001", "新增事项一", "公共服务类", "政务服务中心", 0, ""])
    table.append(["NEW-0002", "新增事项二", "行政权力类", "政务服务中心", 5, "停用"])
    rows = read_catalogue_file(write_xlsx(tmp_path / "v2.xlsx", EXPORT_HEADERS, table))
    preview = await service.preview(admin, rows)
    assert (preview.added, preview.changed, preview.unchanged, preview.refused) == (2, 6, 294, 0)
    changed = {r.code: r.changed_fields for r in preview.rows if r.action is RowAction.CHANGED}
    assert changed == {
        items[0].code: ("name",),
        items[1].code: ("promised_days",),
        items[2].code: ("category",),
        items[3].code: ("active",),
        items[4].code: ("department",),
        items[5].code: ("name", "promised_days"),
    }
    change = next(r for r in preview.rows if r.code == items[1].code).changes[0]
    assert (change.old, change.new) == (items[1].promised_days, 99)

    result = await service.apply(admin, rows, "v2.xlsx")
    assert (result.added, result.changed, result.unchanged) == (2, 6, 294)
    stored = await hall_items(db, hall.hall_id)
    assert stored[items[0].code].name == items[0].name + "（新）"
    assert stored[items[3].code].active is False
    assert stored[items[5].code].promised_days == 12
    assert stored[items[6].code].active is True
    assert stored["NEW-0002"].active is False and stored["NEW-0001"].active is True
    payloads = [e.payload for e in await events_of(db, hall.hall_id, "catalogue_imported")]
    assert payloads[-1] == {
        "file_name": "v2.xlsx",
        "rows": 302,
        "added": 2,
        "changed": 6,
        "unchanged": 294,
    }
    # The same file again: nothing to do, nothing logged.
    again = await service.apply(admin, rows, "v2.xlsx")
    assert (again.added, again.changed, again.unchanged, again.event_id) == (0, 0, 302, None)
    assert len(await events_of(db, hall.hall_id, "catalogue_imported")) == 2


async def test_csv_with_chinese_headers_and_a_bom(db, hall, admin, service, tmp_path):
    header = ["序号", "事项编码", "事项名称", "事项类别", "实施部门", "承诺时限（工作日）"]
    rows = [
        [1, "CSV-001", "食品经营许可（新办）", "行政权力类", "市场监督管理局", "10个工作日"],
        [2, "CSV-002", "社保缴费记录查询", "公共服务类", "人力资源和社会保障局", "即办"],
        [3, "CSV-003", "  居住证  签注 ", "行政权力类", "公安局", ""],
    ]
    path = write_csv(tmp_path / "目录.csv", header, rows, "utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    read = await service.read_file(admin, path)
    assert [r.code for r in read] == ["CSV-001", "CSV-002", "CSV-003"]
    preview = await service.preview(admin, read)
    assert preview.added == 3 and preview.refused == 0
    await service.apply(admin, read, path.name)
    stored = await hall_items(db, hall.hall_id)
    assert stored["CSV-001"].promised_days == 10
    assert stored["CSV-002"].promised_days == 0
    assert stored["CSV-003"].name == "居住证 签注" and stored["CSV-003"].promised_days is None


async def test_csv_in_gbk_and_with_english_headers(db, hall, admin, service, tmp_path):
    gbk = write_csv(
        tmp_path / "gbk.csv",
        ["事项编码", "事项名称", "事项类别", "实施部门", "承诺时限"],
        [["GBK-1", "户口迁移（迁入）", "行政权力类", "公安局", 5]],
        "gbk",
    )
    english = write_csv(
        tmp_path / "en.csv",
        list(HEADERS_EN),
        [["EN-1", "婚姻登记档案查询", "公共服务类", "民政局", 0, "inactive"]],
        "utf-8",
    )
    (row,) = await service.read_file(admin, gbk)
    assert (row.code, row.name, row.department) == ("GBK-1", "户口迁移（迁入）", "公安局")
    (row,) = await service.read_file(admin, english)
    assert (row.code, row.active) == ("EN-1", "inactive")
    preview = await service.preview(admin, [row])
    assert preview.added == 1
    await service.apply(admin, [row], "en.csv")
    assert (await hall_items(db, hall.hall_id))["EN-1"].active is False


async def test_a_file_without_the_right_headers_is_refused_in_one_message(admin, service, tmp_path):
    path = write_csv(
        tmp_path / "wrong.csv",
        ["编号", "事项名称", "事项类别", "实施部门", "时限"],
        [["X-1", "某事项", "行政权力类", "某局", 1]],
        "utf-8",
    )
    with pytest.raises(ValidationError) as error:
        await service.read_file(admin, path)
    assert error.value.field == "file"
    # "编号" is not a header the hall knows, so no header row is found at all.
    assert "找不到表头" in error.value.message and "“编号”" in error.value.message
    path = write_csv(
        tmp_path / "missing.csv",
        ["事项编码", "事项名称", "类别", "备注", "时限"],
        [["X-1", "某事项", "行政权力类", "", 1]],
        "utf-8",
    )
    with pytest.raises(ValidationError) as error:
        await service.read_file(admin, path)
    message = error.value.message
    assert "缺少必需的列：实施部门、承诺时限（工作日）" in message
    assert "无法识别的列：“时限”" in message
    with pytest.raises(ValidationError, match="只能导入 CSV 或 XLSX"):
        await service.read_file(admin, tmp_path / "目录.xls")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="无法打开 Excel 文件"):
        await service.read_file(admin, broken)


async def test_a_title_row_above_the_header_keeps_row_numbers(admin, service, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["××区政务服务事项目录（2026 年版）"])
    sheet.append([])
    sheet.append(list(EXPORT_HEADERS))
    sheet.append(["T-1", "某事项", "行政权力类", "某局", 3, "启用"])
    sheet.append([None] * 6)
    sheet.append(["T-2", "", "行政权力类", "某局", 3, "启用"])
    book.save(tmp_path / "title.xlsx")
    rows = await service.read_file(admin, tmp_path / "title.xlsx")
    assert [r.line for r in rows] == [4, 6]
    preview = await service.preview(admin, rows)
    assert [(r.line, r.action) for r in preview.rows] == [
        (4, RowAction.ADDED),
        (6, RowAction.REFUSED),
    ]


async def test_an_empty_file_is_not_imported(admin, service, tmp_path):
    path = write_xlsx(tmp_path / "empty.xlsx", EXPORT_HEADERS, [])
    rows = await service.read_file(admin, path)
    assert rows == []
    preview = await service.preview(admin, rows)
    assert not preview.acceptable
    with pytest.raises(Refused, match="没有任何事项"):
        await service.apply(admin, rows, "empty.xlsx")


# -- export ---------------------------------------------------------------------------


async def test_export_reads_back_unchanged(db, hall, admin, service, tmp_path):
    items = generate_items(200)
    rows = read_catalogue_file(
        write_xlsx(tmp_path / "in.xlsx", EXPORT_HEADERS, [item_row(i) for i in items])
    )
    await service.apply(admin, rows, "in.xlsx")
    some = (await hall_items(db, hall.hall_id))[items[7].code]
    await service.update_item(admin, some.id, active=False, promised_days=None)
    await service.create_item(
        admin, code="=CMD-1", name="=1+1 不是公式", category="公共服务类", department="某局"
    )
    out = tmp_path / "out.xlsx"
    count = await service.export_xlsx(admin, out)
    assert count == 200 + SEED_ITEMS + 1

    book = load_workbook(out, read_only=True)
    sheet = book.worksheets[0]
    table = list(sheet.iter_rows(values_only=True))
    book.close()
    assert table[0] == EXPORT_HEADERS
    assert len(table) == count + 1
    assert ("=CMD-1", "=1+1 不是公式") in {(r[0], r[1]) for r in table}  # text, not formulas

    back = await service.read_file(admin, out)
    preview = await service.preview(admin, back)
    assert (preview.unchanged, preview.added, preview.changed, preview.refused) == (count, 0, 0, 0)
    assert preview.not_in_file == 0
    inactive = next(r for r in back if r.code == items[7].code)
    assert (inactive.active, inactive.promised_days) == ("停用", "")


# -- editing one item -----------------------------------------------------------------


async def test_update_item_checks_each_field_and_logs_old_and_new(db, hall, admin, actors, service):
    stored = await hall_items(db, hall.hall_id)
    item = stored["XK-SCJG-001"]
    other = stored["XK-SCJG-002"]
    before = len(await events_of(db, hall.hall_id))
    for fields, field, text in (
        ({"name": "  "}, "name", "缺少事项名称"),
        ({"name": "长" * (NAME_MAX + 1)}, "name", "事项名称过长"),
        ({"category": "便民服务类"}, "category", "“便民服务类”无法识别"),
        ({"department": ""}, "department", "缺少实施部门"),
        ({"department": "局" * (DEPARTMENT_MAX + 1)}, "department", "实施部门过长"),
        ({"promised_days": "abc"}, "promised_days", "不是 0 到 365 之间的整数"),
        ({"promised_days": -1}, "promised_days", "超出范围"),
        ({"promised_days": 366}, "promised_days", "超出范围"),
        ({"code": ""}, "code", "缺少事项编码"),
        ({"code": "X" * (CODE_MAX + 1)}, "code", "事项编码过长"),
        ({"code": "XK SCJG"}, "code", "不能包含空格"),
        ({"code": other.code}, "code", "已被其他事项使用"),
        ({"active": "也许"}, "active", "无法识别"),
    ):
        with pytest.raises(ValidationError) as error:
            await service.update_item(admin, item.id, **fields)
        assert error.value.field == field, fields
        assert text in error.value.message, fields
    assert len(await events_of(db, hall.hall_id)) == before  # nothing written

    updated = await service.update_item(
        admin, item.id, name="企业设立登记（一网通办）", promised_days="0", active=False
    )
    assert (updated.name, updated.promised_days, updated.active) == (
        "企业设立登记（一网通办）",
        0,
        False,
    )
    (event,) = await events_of(db, hall.hall_id, "service_item_edited")
    assert event.actor_id == admin.staff_id
    assert event.payload == {
        "item_id": item.id,
        "code": "XK-SCJG-001",
        "changes": {
            "name": {"old": "企业设立登记", "new": "企业设立登记（一网通办）"},
            "promised_days": {"old": item.promised_days, "new": 0},
            "active": {"old": True, "new": False},
        },
    }
    # Saving the same values again changes nothing and logs nothing.
    same = await service.update_item(admin, item.id, name="企业设立登记（一网通办）")
    assert same == updated
    assert len(await events_of(db, hall.hall_id, "service_item_edited")) == 1
    # A supervisor may edit too; a new code is fine while no other item has it.
    moved = await service.update_item(actors["zhuren"], item.id, code="XK-SCJG-001A")
    assert moved.code == "XK-SCJG-001A"
    with pytest.raises(NotFound):
        await service.update_item(admin, 10**9, name="某事项")
    with pytest.raises(TypeError):
        await service.update_item(admin, item.id, colour="red")


async def test_an_item_of_another_hall_is_not_found(db, hall, admin, service):
    from tests.conftest import load_actors, new_hall

    other = await new_hall(db)
    other_admin = (await load_actors(db, other.hall_id))["admin"]
    item = (await hall_items(db, hall.hall_id))["XK-SCJG-001"]
    with pytest.raises(NotFound):
        await service.update_item(other_admin, item.id, name="别人的事项")
    with pytest.raises(NotFound):
        await service.get_item(other_admin, item.id)
    assert (await hall_items(db, hall.hall_id))["XK-SCJG-001"].name == "企业设立登记"


async def test_create_item_and_list_with_filters(db, hall, admin, service):
    created = await service.create_item(
        admin,
        code="ｇｇ－ｎｅｗ－１",  # full-width, as an input method may type it
        name="政务服务  满意度回访",
        category="公共服务类",
        department="政务服务中心",
        promised_days="3天",
    )
    assert (created.code, created.name, created.promised_days) == (
        "gg-new-1",
        "政务服务 满意度回访",
        3,
    )
    (event,) = await events_of(db, hall.hall_id, "service_item_created")
    assert event.payload["code"] == "gg-new-1" and event.payload["item_id"] == created.id
    with pytest.raises(ValidationError) as error:
        await service.create_item(
            admin, code="gg-new-1", name="重复", category="公共服务类", department="某局"
        )
    assert error.value.field == "code"

    everything = await service.list_items(admin)
    assert len(everything) == SEED_ITEMS + 1
    assert [i.code for i in everything] == sorted(i.code for i in everything)
    assert [i.code for i in await service.search(admin, query="回访")] == ["gg-new-1"]
    assert [i.code for i in await service.list_items(admin, query="GG-NEW")] == ["gg-new-1"]
    by_department = await service.list_items(admin, query="医疗保障局")
    assert by_department and all(i.department == "医疗保障局" for i in by_department)
    both_words = await service.list_items(admin, query="医疗保障局 备案")
    # Every word must match: the hand-written item and the generated ones that have both.
    assert "异地就医备案" in {i.name for i in both_words}
    assert all("备案" in i.name and i.department == "医疗保障局" for i in both_words)
    assert len(both_words) < len(by_department)
    public = await service.list_items(admin, category="公共服务类")
    assert public and all(i.category == "公共服务类" for i in public)
    await service.update_item(admin, created.id, active=False)
    assert created.id not in {i.id for i in await service.list_items(admin, include_inactive=False)}
    assert (await service.get_item(admin, created.id)).active is False


# -- who may ----------------------------------------------------------------------------


@pytest.mark.parametrize("login", ["daoban", "clerk1"])
async def test_guides_and_clerks_are_refused_everything(
    db, hall: SeedReport, actors, service, tmp_path, login
):
    actor = actors[login]
    item = (await hall_items(db, hall.hall_id))["XK-SCJG-001"]
    path = write_xlsx(
        tmp_path / "in.xlsx", EXPORT_HEADERS, [["P-1", "某事项", "行政权力类", "某局", 1, ""]]
    )
    rows = read_catalogue_file(path)
    before = await snapshot(db, hall.hall_id)
    calls = {
        "list_items": lambda: service.list_items(actor),
        "search": lambda: service.search(actor, query="登记"),
        "get_item": lambda: service.get_item(actor, item.id),
        "create_item": lambda: service.create_item(
            actor, code="P-2", name="某事项", category="行政权力类", department="某局"
        ),
        "update_item": lambda: service.update_item(actor, item.id, name="改名"),
        "read_file": lambda: service.read_file(actor, path),
        "preview": lambda: service.preview(actor, rows),
        "apply": lambda: service.apply(actor, rows, "in.xlsx"),
        "export_xlsx": lambda: service.export_xlsx(actor, tmp_path / "out.xlsx"),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDenied) as error:
            await call()
        assert actor.login in error.value.message, name
    assert await snapshot(db, hall.hall_id) == before
    assert not (tmp_path / "out.xlsx").exists()


# -- pure parts -------------------------------------------------------------------------


def test_column_lengths_follow_the_model():
    columns = ServiceItem.__table__.c
    assert columns.code.type.length == CODE_MAX
    assert columns.name.type.length == NAME_MAX
    assert columns.department.type.length == DEPARTMENT_MAX


@pytest.mark.parametrize(
    ("text", "days"),
    [("5", 5), ("5.0", 5), ("５", 5), ("10个工作日", 10), ("3 天", 3), ("即办", 0), ("", None)],
)
def test_promised_days_as_catalogues_write_them(text, days):
    assert parse_promised_days(text) == days


@pytest.mark.parametrize("text", ["-1", "366", "五天", "3.5", "2周"])
def test_promised_days_refused(text):
    with pytest.raises(ValidationError) as error:
        parse_promised_days(text)
    assert error.value.field == "promised_days"


def test_status_words():
    assert parse_active("启用") is True and parse_active("停用") is False
    assert parse_active("TRUE") is True and parse_active("0") is False
    assert parse_active(" ") is None
    with pytest.raises(ValidationError):
        parse_active("暂停")
