"""The 数据库账号 tab: on SQLite why there are none; on PostgreSQL first how IT staff make
them, then the hall's accounts, and a new password asked for, confirmed, shown once
(selectable, copied) and held by the server."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from hall_desktop.services.dto import HallInfo
from hall_desktop.store import pg_roles
from hall_desktop.ui.admin.db_accounts import AccountColumn, DbAccountsPage, build_db_accounts_tab
from hall_desktop.ui.admin.tabs import tabs_for
from tests.helpers import window_ids
from tests.services.test_db_accounts import login_roles, role_name, stored_verifier, verifies
from tests.ui.waiting import wait_until


def column(page: DbAccountsPage, which: AccountColumn) -> list[str]:
    return [page.model.index(r, which).data() for r in range(page.model.rowCount())]


def open_page(qtbot, db, hall, actor):
    page, controller = build_db_accounts_tab(
        db, actor, HallInfo(hall.hall_id, hall.hall_code, "账号测试中心", "Asia/Shanghai")
    )
    qtbot.addWidget(page)
    page.show()
    controller.start()
    return page, controller


def test_only_administrators_have_the_tab(actors):
    assert DbAccountsPage in [t.page for t in tabs_for(actors["admin"])]
    for login in ("zhuren", "clerk1"):
        assert DbAccountsPage not in [t.page for t in tabs_for(actors[login])]


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_sqlite_says_why_there_are_none(qtbot, db, hall, actors):
    page, controller = open_page(qtbot, db, hall, actors["admin"])
    await wait_until(lambda: page.explanation.isVisible())
    assert "SQLite" in page.explanation.text() and "file permissions" in page.explanation.text()
    assert not page.panel.isVisible() and page.model.rowCount() == 0
    await controller.stop()


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_the_accounts_and_a_new_password(qtbot, qtmodeltester, db, hall, actors, owner):
    page, controller = open_page(qtbot, db, hall, actors["admin"])
    # None made yet: what the hall's IT staff run.
    await wait_until(lambda: page.explanation.isVisible())
    assert f"hall-desktop db roles --hall {hall.hall_code}" in page.explanation.text()
    assert not page.panel.isVisible()
    windows = await window_ids(db, hall.hall_id)
    with login_roles(db.url, hall, [(windows[3], 3)]):
        page.refresh_button.click()  # hidden, as the tab's own refresh would
        await wait_until(lambda: page.model.rowCount() == 6)
        qtmodeltester.check(page.model)
        assert page.panel.isVisible() and not page.explanation.isVisible()
        assert column(page, AccountColumn.USED_FOR) == [
            "大厅综合屏",
            "3号窗口评价器",
            "自助取号机",
            "取号/导办台",
            "窗口工作台",
            "管理端、大厅监控",
        ]
        assert column(page, AccountColumn.STATE) == ["Can log in"] * 6
        assert column(page, AccountColumn.ACCOUNT)[1] == role_name(db.url, hall, "terminal", 3)
        assert not page.password_button.isEnabled()  # nothing picked
        # The terminal's account: asked first; No does nothing.
        terminal = role_name(db.url, hall, "terminal", 3)
        page.table.selectRow(1)
        assert page.password_button.isEnabled()
        page.password_button.click()
        assert controller.confirm_box is not None
        assert terminal in controller.confirm_box.text()
        controller.confirm_box.button(QMessageBox.StandardButton.No).click()
        with owner.connect() as conn:
            assert stored_verifier(conn, terminal) is None
        # Yes: the password, shown once, which the server now checks log-ins against.
        page.password_button.click()
        controller.confirm_box.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(lambda: controller.password_dialog is not None)
        dialog = controller.password_dialog
        assert dialog is not None and dialog.isVisible()
        password = dialog.password_edit.text()
        assert len(password) == 20 and dialog.password_edit.isReadOnly()
        assert "hall-desktop db password" in dialog.where.text()
        assert "3号窗口评价器" in dialog.where.text() and terminal in dialog.where.text()
        with owner.connect() as conn:
            assert verifies(str(stored_verifier(conn, terminal)), password)
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == password
        assert terminal in page.message.text()
        dialog.close()
        assert dialog.password_edit.text() == ""  # not kept once closed
        # An account deleted on the server: shown so, no new password for it.
        with owner.begin() as conn:
            pg_roles.drop_login_role(conn, terminal)
        page.refresh_button.click()
        await wait_until(lambda: column(page, AccountColumn.STATE)[1] == "Deleted on the server")
        page.table.selectRow(1)
        assert not page.password_button.isEnabled()
    await controller.stop()
