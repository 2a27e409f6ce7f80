"""清廉大厅 patrol dialog (pytest-qt): the form it produces, saving through the service
with the refusal shown in the dialog, its Chinese, and pictures at the hall's screen
sizes (HALL_SCREENSHOTS=/some/dir keeps them to look at)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from hall_desktop.services.cases import CaseFilter, CaseService
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.patrol import PatrolCheckForm, PatrolService
from hall_desktop.ui.monitor.patrol import PatrolController, PatrolDialog
from tests.helpers import window_ids
from tests.ui.test_chinese_everywhere import english_in
from tests.ui.waiting import chinese_ui, wait_until

ITEMS = ("在岗", "着装规范", "亮牌服务", "文明用语", "桌面整洁")


def dialog_of(qtbot, windows, items=ITEMS) -> PatrolDialog:
    dialog = PatrolDialog(windows, items)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_everything_is_met_until_unticked(qtbot):
    dialog = dialog_of(qtbot, [(31, 1, "张三"), (33, 3, None)])
    assert dialog.table.rowCount() == 2 and dialog.table.columnCount() == 2 + 5 + 1
    assert dialog.table.item(1, 1).text() == "(nobody signed in)"
    checks, note = dialog.form()
    assert note is None and len(checks) == 10
    assert all(c.met for c in checks) and all(c.note is None for c in checks)
    # Untick 着装规范 at window 3 by clicking its check box; a note for the window.
    cell = dialog.table.item(1, dialog.first_item_column + 1)
    rect = dialog.table.visualItemRect(cell)
    box = QPoint(rect.left() + 12, rect.center().y())
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert not dialog.met(1, "着装规范")
    dialog.set_met(1, "在岗", False)
    dialog.set_window_note(1, " 未穿工装 ")
    dialog.set_window_note(0, "表现良好")
    dialog.note_edit.setText(" 上午定时巡查 ")
    checks, note = dialog.form()
    assert note == "上午定时巡查"
    assert [c for c in checks if not c.met] == [
        PatrolCheckForm(33, "在岗", False, "未穿工装"),
        PatrolCheckForm(33, "着装规范", False, "未穿工装"),
    ]
    # A window where everything was met keeps its note on its first item only.
    assert [c.note for c in checks if c.window_id == 31] == ["表现良好", None, None, None, None]
    assert [c.note for c in checks if c.window_id == 33 and c.met] == [None, None, None]


async def test_saving_records_the_patrol_and_a_refusal_stays_in_the_dialog(qtbot, db, hall, actors):
    windows = await window_ids(db, hall.hall_id)
    service = PatrolService(db)
    checklist = await service.checklist(hall.hall_id)
    rows = [(windows[n], n, actors[f"clerk{n}"].name) for n in (2, 4)]
    dialog = dialog_of(qtbot, rows, checklist)
    controller = PatrolController(service, actors["zhuren"], dialog)
    saved = []
    controller.recorded.connect(saved.append)
    dialog.set_met(0, "亮牌服务", False)
    dialog.set_window_note(0, "工作牌未佩戴")
    # The checklist changed meanwhile: the service refuses, the dialog says why.
    await HallSettingsService(db).update(actors["admin"], patrol_checklist="在岗;着装规范")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.error.isVisibleTo(dialog))
    assert "“亮牌服务”不在本大厅的巡查项目中" in dialog.error.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled() and saved == []
    await HallSettingsService(db).update(actors["admin"], patrol_checklist=";".join(checklist))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: saved != [])
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    (record,) = saved
    assert [(c.window_number, c.item) for c in record.not_met] == [(2, "亮牌服务")]
    (finding,) = await CaseService(db).cases(actors["zhuren"], CaseFilter(window_id=windows[2]))
    assert finding.title == "2号窗口：亮牌服务 不达标（工作牌未佩戴）"
    assert finding.clerk_name == actors["clerk2"].name and finding.category == "服务规范"
    await controller.stop()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_dialog_is_chinese_and_fits_the_screen(qtbot, tmp_path, size):
    items = ("在岗", "着装规范", "亮牌服务", "文明用语", "桌面整洁", "首问负责", "一次告知")
    windows = [(100 + n, n, f"窗口人员{n}" if n != 7 else None) for n in range(1, 13)]
    with chinese_ui():
        dialog = dialog_of(qtbot, windows, items)
        dialog.set_met(2, "着装规范", False)
        dialog.set_window_note(2, "未穿工装，已当场提醒")
        assert not english_in(dialog), english_in(dialog)
        assert dialog.windowTitle().startswith("巡查") or "巡查" in dialog.windowTitle()
        assert dialog.width() <= size[0] - 40 and dialog.height() <= size[1] - 80
        # Every window's row and the buttons are in view without scrolling.
        dialog.resize(min(dialog.width(), size[0]), dialog.height())
        last = dialog.table.visualItemRect(dialog.table.item(11, 0))
        assert last.bottom() <= dialog.table.viewport().height()
        picture = dialog.grab()
        path = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path)) / f"patrol_{size[0]}.png"
        assert picture.save(str(path))
