"""Issue 8's "done when": an administrator sets up a new hall from an empty database
through the screens alone (the hall and its first administrator, a business line, a
window serving it, the service-item catalogue imported from XLSX, a clerk's account),
and every step is in the audit log. Then the new clerk logs in and calls a number."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt

from hall_desktop.bench.catalogue import generate_items
from hall_desktop.services.auth import AuthService
from hall_desktop.services.bundle import Services
from hall_desktop.services.queue import QueueService
from hall_desktop.store import schema
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.audit import AuditLog
from hall_desktop.ui.admin.catalogue import CatalogueAdmin
from hall_desktop.ui.admin.controller import AdminController
from hall_desktop.ui.admin.setup import SetupEditor
from hall_desktop.ui.admin.staff import StaffEditor
from hall_desktop.ui.admin.window import AdminWindow
from tests.services.test_catalogue_admin import item_row, write_xlsx
from tests.ui.test_admin_people import tab_of
from tests.ui.test_setup_editor import click, prefix_row
from tests.ui.waiting import show_window, started, wait_until

EXPORT_HEADERS = ("事项编码", "事项名称", "事项类别", "实施部门", "承诺时限（工作日）", "状态")


@contextlib.asynccontextmanager
async def open_admin_on(qtbot, url, tmp_path, files):
    admin_db = Database(url, application_name="hall-new-hall-test")
    window = AdminWindow()
    show_window(qtbot, window)
    controller = AdminController(
        Services.build(admin_db), "xinqu", window, export_dir=tmp_path, pick_file=files.get
    )
    async with started(controller, admin_db):
        yield window, controller


async def test_a_new_hall_from_an_empty_database_through_the_screens(
    qtbot,
    empty_url,
    tmp_path,
):
    schema.upgrade(empty_url)  # what `hall-desktop admin` does to an empty database
    catalogue = write_xlsx(
        tmp_path / "事项目录.xlsx",
        EXPORT_HEADERS,
        [item_row(i) for i in generate_items(300)],
    )
    async with open_admin_on(qtbot, empty_url, tmp_path, {"import": catalogue}) as (w, c):
        # 1. No hall yet: the new-hall page, prefilled with this PC's hall code.
        await wait_until(lambda: w.stack.currentWidget() is w.new_hall)
        form = w.new_hall
        assert form.code_edit.text() == "xinqu"
        form.name_edit.setText("新区便民服务中心")
        form.login_edit.setText("chen")
        form.admin_name_edit.setText("陈管理")
        form.number_edit.setText("0001")
        form.password_edit.setText("short")
        form.confirm_edit.setText("short")
        qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: form.errors["password"].isVisible())
        form.password_edit.setText("chen2026ok")
        form.confirm_edit.setText("chen2026ok")
        qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: w.stack.currentWidget() is w.login)
        assert w.login.login_edit.text() == "chen"
        assert w.login.hall_label.text() == "新区便民服务中心"
        w.login.password_edit.setText("chen2026ok")
        qtbot.mouseClick(w.login.button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: w.stack.currentIndex() == 1)

        # 2. A business line, then a window serving it.
        setup = tab_of(w, SetupEditor)
        setup_controller = next(t for t in c.tabs if getattr(t, "editor", None) is setup)
        await wait_until(lambda: setup_controller.settled)
        click(qtbot, setup.new_line_button)
        qtbot.keyClicks(setup.prefix_edit, "a")
        setup.line_name_edit.setText("综合受理")
        click(qtbot, setup.line_save_button)
        await wait_until(lambda: setup_controller.settled and setup.line_model.rowCount() == 1)
        click(qtbot, setup.new_window_button)
        setup.window_name_edit.setText("综合受理窗口")
        row = prefix_row(setup.available_model, "A")
        setup.available_view.setCurrentIndex(setup.available_model.index(row, 0))
        click(qtbot, setup.add_button)
        click(qtbot, setup.window_save_button)
        await wait_until(lambda: setup_controller.settled and setup.window_model.rowCount() == 1)

        # 3. The catalogue, from an XLSX file, after the preview.
        items = tab_of(w, CatalogueAdmin)
        catalogue_controller = next(t for t in c.tabs if getattr(t, "view", None) is items)
        qtbot.mouseClick(items.import_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: items.previewing and not catalogue_controller.busy, timeout=20)
        qtbot.mouseClick(items.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not items.previewing and items.model.rowCount() == 300)

        # 4. A clerk's account.
        staff = tab_of(w, StaffEditor)
        await wait_until(lambda: staff.model.rowCount() == 1)
        qtbot.mouseClick(staff.new_button, Qt.MouseButton.LeftButton)
        staff.login_edit.setText("wang")
        staff.name_edit.setText("王窗口")
        staff.number_edit.setText("2001")
        staff.role_checks[list(staff.role_checks)[1]].setChecked(True)  # clerk
        staff.password_edit.setText("wang2026ok")
        staff.confirm_edit.setText("wang2026ok")
        qtbot.mouseClick(staff.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: staff.model.rowCount() == 2)

        # 5. Everything is in the audit log.
        log = tab_of(w, AuditLog)
        log.search_button.click()
        wanted = {"新建大厅", "新增业务类别", "新增窗口", "导入事项目录", "新增人员"}
        await wait_until(
            lambda: wanted <= {log.model.index(r, 1).data() for r in range(log.model.rowCount())},
            timeout=10,
        )
        by = {log.model.index(r, 2).data() for r in range(log.model.rowCount())}
        assert "陈管理（chen）" in by

    # The new hall works: the clerk logs in, a number is issued and called at window 1.
    db = Database(empty_url)
    try:
        clerk = await AuthService(db).login("xinqu", "wang", "wang2026ok")
        q = QueueService(db)
        hall = await q.hall("xinqu")
        states = await q.window_states(hall.id)
        lines = await q.line_statuses(hall.id)
        assert [s.number for s in states] == [1] and [line.prefix for line in lines] == ["A"]
        admin = await AuthService(db).login("xinqu", "chen", "chen2026ok")
        assert admin.hall_id == hall.id and clerk.hall_id == hall.id
    finally:
        await db.dispose()
