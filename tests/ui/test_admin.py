"""The administration window: who may log in, and its tabs."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt

from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.audit import AuditLog
from hall_desktop.ui.admin.controller import AdminController
from hall_desktop.ui.admin.extended import ExtendedList
from hall_desktop.ui.admin.staff import StaffEditor
from hall_desktop.ui.admin.window import AdminWindow
from tests.ui.waiting import show_window, sign_in, started, wait_until


@contextlib.asynccontextmanager
async def open_admin(qtbot, db_url, hall, tmp_path, login, password):
    admin_db = Database(db_url, application_name="hall-admin-test")
    window = AdminWindow()
    show_window(qtbot, window)
    controller = AdminController(
        Services.build(admin_db), hall.hall_code, window, export_dir=tmp_path
    )
    async with started(controller, admin_db):
        await sign_in(qtbot, window, controller, login, password)
        yield window, controller


async def test_a_supervisor_gets_the_extended_hours_tab(qtbot, db_url, hall, tmp_path):
    async with open_admin(qtbot, db_url, hall, tmp_path, "zhuren", "zhuren2026") as (w, _c):
        await wait_until(lambda: w.stack.currentIndex() == 1)
        assert isinstance(w.tabs.widget(0), ExtendedList)
        titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
        assert not any(isinstance(w.tabs.widget(i), StaffEditor) for i in range(len(titles)))
        assert any(isinstance(w.tabs.widget(i), AuditLog) for i in range(len(titles)))
        qtbot.mouseClick(w.logout_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: w.stack.currentIndex() == 0)
        assert w.tabs.count() == 0
        # The next person at this PC does not see who was logged in before.
        assert w.login.login_edit.text() == "" and w.login.password_edit.text() == ""


async def test_a_clerk_is_refused(qtbot, db_url, hall, tmp_path):
    async with open_admin(qtbot, db_url, hall, tmp_path, "clerk1", "clerk2026") as (w, _c):
        await wait_until(lambda: w.login.error_label.isVisible())
        assert w.stack.currentIndex() == 0
