"""The catalogue tab: search as you type, edit and add with errors beside the fields,
import after a preview (refused rows keep the import button off), export."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hall_desktop.bench.catalogue import generate_items
from hall_desktop.domain.catalogue import (
    EXPORT_HEADERS,
    CatalogueItem,
    FieldChange,
    PreviewRow,
    RowAction,
)
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.services.dto import HallInfo
from hall_desktop.store.database import Database
from hall_desktop.store.seed import read_service_items
from hall_desktop.ui.admin.catalogue import CatalogueAdmin, build_catalogue_tab
from hall_desktop.ui.admin.catalogue_controller import CatalogueController
from hall_desktop.ui.admin.catalogue_models import (
    CatalogueColumn,
    CatalogueFilterModel,
    CatalogueItemModel,
    ImportPreviewModel,
    PreviewColumn,
    PreviewFilterModel,
)
from tests.services.test_catalogue_admin import hall_items, item_row, write_xlsx
from tests.ui.waiting import wait_until

SEED_ITEMS = len(read_service_items())


@contextlib.asynccontextmanager
async def open_tab(
    qtbot, db_url, actor, pick_file: Callable[[str], Path | None] | None = None
) -> AsyncIterator[tuple[CatalogueAdmin, CatalogueController]]:
    tab_db = Database(db_url, application_name="hall-catalogue-test")
    hall = HallInfo(actor.hall_id, "test", "示范区政务服务中心", "Asia/Shanghai")
    widget, controller = build_catalogue_tab(tab_db, actor, hall, pick_file=pick_file)
    assert isinstance(widget, CatalogueAdmin)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    controller.start()
    try:
        await wait_until(lambda: widget.model.rowCount() > 0 and not controller.busy)
        yield widget, controller
    finally:
        await controller.stop()
        await tab_db.dispose()


async def test_search_narrows_the_table_as_one_types(qtbot, db, db_url, hall, actors):
    admin = actors["admin"]
    items = await hall_items(db, hall.hall_id)
    await CatalogueAdminService(db).update_item(admin, items["SB-005"].id, active=False)
    async with open_tab(qtbot, db_url, admin) as (widget, _controller):
        assert widget.proxy.matched_count() == SEED_ITEMS
        assert widget.proxy.rowCount() == CatalogueFilterModel.PAGE_ROWS  # the first page
        assert f"{SEED_ITEMS} of {SEED_ITEMS}" in widget.count_label.text()
        qtbot.keyClicks(widget.search_edit, "XK-SC")
        shown = widget.visible_items()
        assert shown and all("XK-SC" in i.code for i in shown)
        assert len(shown) == sum("XK-SC" in code for code in items)
        assert f"{len(shown)} of {SEED_ITEMS}" in widget.count_label.text()
        # Lower case matches too; a department narrows like a name.
        widget.search_edit.setText("医疗保障")
        assert {i.department for i in widget.visible_items()} == {"医疗保障局"}
        widget.search_edit.setText("医疗保障 备案")  # every word must match
        both = widget.visible_items()
        assert "异地就医备案" in {i.name for i in both}
        assert all("备案" in i.name and i.department == "医疗保障局" for i in both)
        widget.search_edit.clear()
        assert widget.proxy.matched_count() == SEED_ITEMS
        # The category filter and the inactive switch.
        widget.category_filter.setCurrentIndex(widget.category_filter.findData("公共服务类"))
        public = widget.visible_items()
        assert public and {i.category for i in public} == {"公共服务类"}
        assert "SB-005" in {i.code for i in public}
        widget.inactive_check.setChecked(False)
        assert "SB-005" not in {i.code for i in widget.visible_items()}
        assert len(widget.visible_items()) == len(public) - 1
        # A click on a header sorts (by promised days here, longest first).
        widget.category_filter.setCurrentIndex(0)
        widget.table.sortByColumn(CatalogueColumn.PROMISED, Qt.SortOrder.DescendingOrder)
        days = [i.promised_days or 0 for i in widget.visible_items()]
        assert days == sorted(days, reverse=True) and days[0] > days[-1]


async def test_editing_an_item_saves_and_shows_it(qtbot, db, db_url, hall, actors):
    items = await hall_items(db, hall.hall_id)
    target = items["XK-SCJG-003"]
    async with open_tab(qtbot, db_url, actors["zhuren"]) as (widget, controller):
        widget.search_edit.setText("注销")
        assert widget.select_item(target.id)
        assert widget.name_edit.text() == "企业注销登记"
        assert widget.days_edit.text() == str(target.promised_days)
        # A bad value: the reason shows under the field, nothing is saved.
        widget.days_edit.setText("三天")
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy)
        assert widget.errors["promised_days"].isVisible()
        assert "不是 0 到 365 之间的整数" in widget.errors["promised_days"].text()
        assert (await hall_items(db, hall.hall_id))["XK-SCJG-003"].promised_days == 3
        # Corrected: saved, shown in the table and kept selected.
        widget.name_edit.setText("企业注销登记（简易注销）")
        widget.days_edit.setText("1")
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy)
        assert not widget.errors["promised_days"].isVisible()
        stored = (await hall_items(db, hall.hall_id))["XK-SCJG-003"]
        assert (stored.name, stored.promised_days) == ("企业注销登记（简易注销）", 1)
        row = widget.proxy.row_of(target.id)
        assert widget.proxy.index(row, CatalogueColumn.NAME).data() == "企业注销登记（简易注销）"
        assert widget.proxy.index(row, CatalogueColumn.PROMISED).data() == "1"
        assert widget.table.currentIndex().row() == row
        assert "企业注销登记（简易注销）" in widget.message.text()
        # A new item: its code clash is shown next to the code.
        qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
        assert widget.editing is None and widget.code_edit.text() == ""
        widget.code_edit.setText("XK-SCJG-001")
        widget.name_edit.setText("个体工商户简易注销")
        widget.department_edit.setText("市场监督管理局")
        widget.days_edit.setText("即办")
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy)
        assert "已被其他事项使用" in widget.errors["code"].text()
        widget.code_edit.setText("XK-SCJG-099")
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy)
        assert widget.model.rowCount() == SEED_ITEMS + 1
        assert widget.editing is not None and widget.editing.code == "XK-SCJG-099"
        assert (await hall_items(db, hall.hall_id))["XK-SCJG-099"].promised_days == 0
        assert f"of {SEED_ITEMS + 1}" in widget.count_label.text()


async def test_a_reload_keeps_typing_and_refreshes_a_clean_form(qtbot, db, db_url, hall, actors):
    service = CatalogueAdminService(db)
    admin = actors["admin"]
    target = (await hall_items(db, hall.hall_id))["SW-001"]
    async with open_tab(qtbot, db_url, admin) as (widget, controller):
        assert widget.select_item(target.id)
        # Someone else renames the item while the panel shows it unchanged: a reload
        # shows the new name, so a later save cannot write the old one back.
        await service.update_item(admin, target.id, name="增值税发票领用（电子）")
        qtbot.mouseClick(widget.reload_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy)
        assert widget.name_edit.text() == "增值税发票领用（电子）"
        assert widget.table.currentIndex().row() == widget.proxy.row_of(target.id)
        # Unsaved typing survives a reload.
        widget.days_edit.setText("2")
        await service.update_item(admin, target.id, department="国家税务总局某区税务局")
        qtbot.mouseClick(widget.reload_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy)
        assert widget.days_edit.text() == "2" and widget.department_edit.text() == "税务局"
        # The filter hides the item: nothing else is highlighted in its place.
        widget.search_edit.setText("社会保障卡")
        assert widget.proxy.rowCount() > 0
        assert not widget.table.selectionModel().hasSelection()
        assert widget.editing is not None and widget.editing.id == target.id
        widget.search_edit.clear()
        assert widget.table.currentIndex().row() == widget.proxy.row_of(target.id)


async def test_a_bad_file_shows_its_reasons_and_cannot_be_imported(
    qtbot, db, db_url, hall, actors, tmp_path
):
    table = [item_row(i) for i in generate_items(500)]
    table[3][1] = ""  # row 5: no name
    table[7][2] = "便民服务类"  # row 9: unknown category
    table[12][0] = table[20][0]  # rows 14 and 22: the same code
    bad = write_xlsx(tmp_path / "bad.xlsx", EXPORT_HEADERS, table)
    async with open_tab(qtbot, db_url, actors["admin"], lambda kind: bad) as (widget, controller):
        qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: widget.previewing and not controller.busy)
        assert widget.preview is not None and widget.preview.refused == 4
        assert not widget.confirm_button.isEnabled()
        assert "4 rows are refused" in widget.verdict_label.text()
        assert "4 refused" in widget.summary_label.text()
        # The refused rows come first, with their row numbers and reasons.
        assert widget.preview_proxy.rowCount() == 4
        shown = {
            widget.preview_proxy.index(r, PreviewColumn.LINE).data(): widget.preview_proxy.index(
                r, PreviewColumn.DETAIL
            ).data()
            for r in range(4)
        }
        assert shown["5"] == "缺少事项名称"
        assert "“便民服务类”无法识别" in shown["9"]
        assert "又见第 22 行" in shown["14"] and "又见第 14 行" in shown["22"]
        widget.action_filter.setCurrentIndex(0)  # all rows
        assert widget.preview_proxy.rowCount() == 500
        # Confirm stays off, and the service would refuse anyway: nothing was written.
        qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
        assert not controller.busy
        assert len(await hall_items(db, hall.hall_id)) == SEED_ITEMS
        qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
        assert not widget.previewing and widget.model.rowCount() == SEED_ITEMS


async def test_a_good_file_imports_after_confirm_and_exports_back(
    qtbot, db, db_url, hall, actors, tmp_path
):
    good = write_xlsx(
        tmp_path / "目录.xlsx", EXPORT_HEADERS, [item_row(i) for i in generate_items(2000)]
    )
    exported = tmp_path / "导出"  # no suffix: the controller adds .xlsx
    files = {"import": good, "export": exported}
    async with open_tab(qtbot, db_url, actors["admin"], files.get) as (widget, controller):
        qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: widget.previewing and not controller.busy, timeout=20)
        assert widget.confirm_button.isEnabled()
        assert "2000 to add" in widget.summary_label.text()
        assert f"{SEED_ITEMS} items of the catalogue are not in the file" in (
            widget.summary_label.text()
        )
        assert widget.preview_proxy.rowCount() == 2000
        assert len(await hall_items(db, hall.hall_id)) == SEED_ITEMS  # not yet
        qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy, timeout=20)
        assert not widget.previewing
        assert widget.model.rowCount() == 2000 + SEED_ITEMS
        assert len(await hall_items(db, hall.hall_id)) == 2000 + SEED_ITEMS
        assert "added 2000, changed 0" in widget.message.text()
        # Searching the whole catalogue.
        widget.search_edit.setText("食品经营许可")
        assert 0 < widget.proxy.rowCount() < 40
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy, timeout=20)
        target = tmp_path / "导出.xlsx"
        assert target.exists() and str(target) in widget.message.text()
        book = load_workbook(target, read_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        book.close()
        assert rows[0] == EXPORT_HEADERS and len(rows) == 2000 + SEED_ITEMS + 1


async def test_a_clerk_sees_the_services_refusal(qtbot, db_url, hall, actors):
    tab_db = Database(db_url, application_name="hall-catalogue-test")
    clerk = actors["clerk1"]
    info = HallInfo(clerk.hall_id, "test", "示范区政务服务中心", "Asia/Shanghai")
    widget, controller = build_catalogue_tab(tab_db, clerk, info)
    qtbot.addWidget(widget)
    widget.show()
    try:
        controller.start()
        await wait_until(lambda: not controller.busy)
        assert widget.model.rowCount() == 0
        assert widget.message.isVisible() and "没有“查看事项目录”的权限" in widget.message.text()
    finally:
        await controller.stop()
        await tab_db.dispose()


# -- the models -------------------------------------------------------------------------


def _items() -> list[CatalogueItem]:
    return [
        CatalogueItem(1, "XK-1", "食品经营许可（新办）", "行政权力类", "市场监督管理局", 10, True),
        CatalogueItem(2, "GG-1", "社保缴费记录查询", "公共服务类", "人力资源和社会保障局", 0, True),
        CatalogueItem(
            3, "XK-2", "食品经营许可（注销）", "行政权力类", "市场监督管理局", None, False
        ),
    ]


def test_item_models(qtmodeltester, qapp):
    model = CatalogueItemModel()
    model.set_items(_items())
    qtmodeltester.check(model)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("食品", None, True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    proxy.set_filter("食品", None, False)
    assert [proxy.item(r).code for r in range(proxy.rowCount())] == ["XK-1"]
    proxy.set_filter("", "公共服务类", True)
    assert [proxy.item(r).code for r in range(proxy.rowCount())] == ["GG-1"]
    proxy.set_filter("", None, True)
    proxy.sort(CatalogueColumn.CODE, Qt.SortOrder.DescendingOrder)
    assert [proxy.item(r).code for r in range(3)] == ["XK-2", "XK-1", "GG-1"]
    model.put_item(CatalogueItem(4, "AA-1", "新事项", "公共服务类", "某局", 1, True))
    assert proxy.rowCount() == 4
    qtmodeltester.check(proxy)


def test_preview_models(qtmodeltester, qapp):
    def row(line: int, action: RowAction, **extra) -> PreviewRow:
        return PreviewRow(
            line, f"C-{line}", "某事项", "行政权力类", "某局", "3", "", action, **extra
        )

    model = ImportPreviewModel()
    model.set_preview_rows(
        [
            row(2, RowAction.ADDED),
            row(3, RowAction.CHANGED, changes=(FieldChange("promised_days", 5, 3),)),
            row(4, RowAction.UNCHANGED),
            row(5, RowAction.REFUSED, reasons=("缺少事项名称",)),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, PreviewColumn.DETAIL).data() == "promised days：5 → 3"
    assert model.index(3, PreviewColumn.DETAIL).data() == "缺少事项名称"
    proxy = PreviewFilterModel()
    proxy.setSourceModel(model)
    proxy.set_action(RowAction.REFUSED)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and proxy.index(0, PreviewColumn.LINE).data() == "5"
