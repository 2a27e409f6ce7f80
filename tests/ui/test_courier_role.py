"""``hall-desktop courier``: who may log in and what they see, a dispatch entered there
shows in the list, one entered at another PC arrives through the change feed, and a
guide looks parcels up with phone and address masked."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.services.courier import CourierService
from hall_desktop.store.database import Database
from hall_desktop.ui.courier.controller import CourierController
from hall_desktop.ui.courier.figures import CourierFigures
from hall_desktop.ui.courier.window import CourierWindow, DispatchColumn
from tests.conftest import load_actors
from tests.services.test_courier import FORM
from tests.ui.waiting import show_window, sign_in, started, wait_until


@contextlib.asynccontextmanager
async def open_courier(qtbot, db_url, hall, login, password, **options):
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False), hall_code=hall.hall_code, **options
    )
    courier_db = Database(db_url, application_name="hall-courier-role-test")
    window = CourierWindow()
    show_window(qtbot, window)
    controller = CourierController(Services.build(courier_db, settings), settings, window)
    async with started(controller, courier_db):
        await sign_in(qtbot, window, controller, login, password)
        yield window, controller


async def test_courier_window_login_and_new_dispatch(qtbot, db_url, hall):
    async with open_courier(qtbot, db_url, hall, "clerk10", "clerk2026") as (window, _c):
        await wait_until(lambda: window.stack.currentIndex() == 1, timeout=10)
        assert window.tabs.count() == 3
        listing, form = window.tabs.widget(0), window.tabs.widget(1)
        assert isinstance(window.tabs.widget(2), CourierFigures)
        assert listing.hand_over_button.isVisibleTo(window)
        form.name_edit.setText("王芳")
        form.phone_edit.setText("13900001111")
        form.province_combo.setCurrentText("河南省")
        form.city_combo.setCurrentText("济源市")  # no districts
        form.address_edit.setText("济源市政务服务中心旁 8 号")
        form.postal_edit.setText("459000")
        form.item_rows[0][0].setText("不动产权证书")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: listing.model.rowCount() == 1, timeout=10)
        assert listing.model.row_record(0).city == "济源市"


async def test_a_dispatch_entered_at_a_clerks_window_arrives_by_itself(qtbot, db, db_url, hall):
    actors = await load_actors(db, hall.hall_id)
    async with open_courier(qtbot, db_url, hall, "zhuren", "zhuren2026") as (window, _ctl):
        await wait_until(lambda: window.stack.currentIndex() == 1, timeout=10)
        listing, figures = window.tabs.widget(0), window.tabs.widget(2)
        await wait_until(lambda: figures.model.rowCount() == 15)
        year_total = figures.model.index(14, 1)
        assert figures.model.data(year_total) == "0"
        # Another PC (its own connection): the clerk at window 1 enters a dispatch.
        sent = await CourierService(db).create(actors["clerk1"], **FORM)
        await wait_until(lambda: listing.model.rowCount() == 1, timeout=10)
        assert listing.model.row_record(0).id == sent.id
        await wait_until(lambda: figures.model.data(year_total) == "1", timeout=10)
        assert figures.model.index(14, 3).data() == "12.50"


async def test_a_guide_looks_up_with_phone_and_address_masked(qtbot, db, db_url, hall):
    actors = await load_actors(db, hall.hall_id)
    await CourierService(db).create(actors["clerk1"], **FORM)
    async with open_courier(qtbot, db_url, hall, "daoban", "daoban2026") as (window, _c):
        await wait_until(lambda: window.stack.currentIndex() == 1, timeout=10)
        assert window.tabs.count() == 1  # no new dispatch, no figures
        listing = window.tabs.widget(0)
        await wait_until(lambda: listing.model.rowCount() == 1, timeout=10)
        phone = listing.model.index(0, DispatchColumn.PHONE).data()
        address = listing.model.index(0, DispatchColumn.ADDRESS).data()
        assert phone != "13812345678" and phone.startswith("138") and phone.endswith("5678")
        assert "*" in phone and "文三路 100 号" not in address and address.startswith("浙江省")
        for button in (listing.hand_over_button, listing.deliver_button, listing.slip_button):
            assert not button.isVisibleTo(window)
        listing.view.selectRow(0)
        assert not listing.manifest_button.isVisibleTo(window)
        assert "masked" in listing.message.text() or "脱敏" in listing.message.text()


async def test_a_wrong_password_is_refused(qtbot, db_url, hall):
    async with open_courier(qtbot, db_url, hall, "nobody", "wrong-password1") as (window, _c):
        await wait_until(lambda: window.login.error_label.isVisible())
        assert window.stack.currentIndex() == 0


async def test_who_is_logged_in_shows_and_log_out_leaves_an_empty_log_in(qtbot, db_url, hall):
    async with open_courier(qtbot, db_url, hall, "clerk10", "clerk2026") as (window, c):
        await wait_until(lambda: window.stack.currentIndex() == 1, timeout=10)
        assert "clerk10" not in window.user_label.text() and window.user_label.text()
        assert window.logout_button.isVisibleTo(window)
        qtbot.mouseClick(window.logout_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: window.stack.currentIndex() == 0)
        assert window.tabs.count() == 0 and c.tabs == []
        assert window.login.login_edit.text() == ""
        # The next person logs in afresh.
        await sign_in(qtbot, window, c, "zhuren", "zhuren2026")
        await wait_until(lambda: window.stack.currentIndex() == 1, timeout=10)
        assert window.tabs.count() == 3 and "王主任" in window.user_label.text()
