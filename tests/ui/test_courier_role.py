"""``hall-desktop courier``: who may log in, and a dispatch entered there shows in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hall_desktop.config import Settings
from hall_desktop.store.database import Database
from hall_desktop.ui.courier.main import CourierController, CourierWindow
from tests.ui.waiting import wait_until


async def test_courier_window_login_and_new_dispatch(qtbot, db_url, hall):
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False), hall_code=hall.hall_code
    )
    courier_db = Database(db_url, application_name="hall-courier-role-test")
    window = CourierWindow()
    qtbot.addWidget(window)
    window.show()
    controller = CourierController(courier_db, settings, window)
    controller.start()
    try:
        await wait_until(lambda: controller.hall is not None)
        window.login.login_edit.setText("daoban")
        window.login.password_edit.setText("daoban2026")
        qtbot.mouseClick(window.login.button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: window.login.error_label.isVisible())  # guides may not
        window.login.login_edit.setText("clerk10")
        window.login.password_edit.setText("clerk2026")
        qtbot.mouseClick(window.login.button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: window.stack.currentIndex() == 1, timeout=10)
        listing, form = window.tabs.widget(0), window.tabs.widget(1)
        form.name_edit.setText("王芳")
        form.phone_edit.setText("13900001111")
        form.province_combo.setCurrentText("河南省")
        form.city_combo.setCurrentText("济源市")  # no districts
        form.address_edit.setText("济源市政务服务中心旁 8 号")
        form.postal_edit.setText("459000")
        form.item_rows[0][0].setText("不动产权证书")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: listing.model.rowCount() == 1, timeout=10)
        assert listing.model.dispatch(0).city == "济源市"
    finally:
        await controller.stop()
        await courier_db.dispose()
