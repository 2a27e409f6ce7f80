"""The notices outbox tab and the notice settings, through the admin window: the admin
role sends the hall's notices to a local SMS platform, shows them masked, and a failed
one is sent again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hall_desktop.domain.notices import NoticeKind, NoticeState
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.ui.admin.outbox import OutboxColumn, OutboxList
from hall_desktop.ui.admin.settings import SettingsEditor
from tests.conftest import load_actors
from tests.services.test_notices import queue_one
from tests.sms_server import Answer, sms_server
from tests.ui.test_admin_people import admin_tab, controller_of, tab_of
from tests.ui.waiting import wait_until


def _shown(view: OutboxList, column: OutboxColumn) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


async def test_the_outbox_tab_sends_shows_and_sends_again(
    qtbot, qtmodeltester, db, db_url, hall, tmp_path
):
    with sms_server() as server:
        server.then = Answer(500, b"busy")
        await HallSettingsService(db).update(
            await _admin(db, hall),
            sms_url=server.url,
            sms_attempts=1,
        )
        await queue_one(db, hall.hall_id, kind=NoticeKind.REMINDER, line="社保")
        await queue_one(db, hall.hall_id, "13900001111", kind=NoticeKind.BOOKED)
        async with admin_tab(qtbot, db_url, hall, tmp_path, OutboxList, "zhuren", "zhuren2026") as (
            w,
            view,
            controller,
        ):
            controller_of(controller, view)._timer.setInterval(100)  # re-read often
            # The admin role's sender tried each once (the platform answered 500): 发送失败.
            await wait_until(lambda: _shown(view, OutboxColumn.STATE) == ["发送失败"] * 2)
            assert len(server.received) == 2
            qtmodeltester.check(view.model)
            assert _shown(view, OutboxColumn.MOBILE) == ["139****1111", "138****5678"]
            assert _shown(view, OutboxColumn.KIND) == ["预约成功", "预约提醒"]
            assert all("HTTP 500" in e for e in _shown(view, OutboxColumn.ERROR))
            every_cell = [view.model.index(r, c).data() for r in range(2) for c in OutboxColumn]
            assert "13812345678" not in str(every_cell)
            assert not view.resend_button.isEnabled()
            view.view.selectRow(0)
            assert view.resend_button.isEnabled()
            w.resize(1366, 768)
            w.grab().save("/tmp/outbox-failed.png")
            # Both sent again at once, now the platform takes them.
            view.view.selectAll()
            server.then = Answer()
            qtbot.mouseClick(view.resend_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: _shown(view, OutboxColumn.STATE) == ["已发送"] * 2)
            assert len(server.received) == 4
            assert "2" in view.message.text()
            assert not view.resend_button.isEnabled()
            # The state filter.
            view.state_combo.setCurrentIndex(view.state_combo.findData(NoticeState.FAILED))
            await wait_until(lambda: view.model.rowCount() == 0)
            view.state_combo.setCurrentIndex(view.state_combo.findData(NoticeState.SENT))
            await wait_until(lambda: view.model.rowCount() == 2)


async def _admin(db, hall):
    return (await load_actors(db, hall.hall_id))["admin"]


async def test_the_notice_settings(qtbot, db, db_url, hall, tmp_path):
    async with admin_tab(qtbot, db_url, hall, tmp_path, SettingsEditor) as (w, editor, _c):
        await wait_until(lambda: editor.name_edit.text() != "")
        sms = editor.sms
        assert "{code}" in sms.template_edits[NoticeKind.BOOKED].text()
        assert not sms.clear_secret.isEnabled()
        sms.template_edits[NoticeKind.CHANGED].setText("{name}，您的预约改到{room}")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: editor.errors["sms_template_changed"].isVisibleTo(editor))
        assert "{room}" in editor.errors["sms_template_changed"].text()
        sms.template_edits[NoticeKind.CHANGED].setText("{name}，您的预约改到{date} {time}")
        sms.url_edit.setText("http://127.0.0.1:9/sms")
        sms.headers_edit.setPlainText("AppKey: {secret}")
        sms.secret_edit.setText("k-123")
        editor.message.clear()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Saved" in editor.message.text())
        saved = await HallSettingsService(db).get(hall.hall_id, secret_state=True)
        assert saved.template(NoticeKind.CHANGED) == "{name}，您的预约改到{date} {time}"
        assert saved.sms_secret_set and saved.sms_headers == "AppKey: {secret}"
        # The key is not shown back; saving again without typing it keeps it.
        assert sms.secret_edit.text() == "" and sms.clear_secret.isEnabled()
        w.resize(1366, 768)
        w.grab().save("/tmp/outbox-settings.png")
        editor.message.clear()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Saved" in editor.message.text())
        assert (await HallSettingsService(db).get(hall.hall_id, secret_state=True)).sms_secret_set
        sms.clear_secret.setChecked(True)
        editor.message.clear()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Saved" in editor.message.text())
        stored = await HallSettingsService(db).get(hall.hall_id, secret_state=True)
        assert not stored.sms_secret_set
        tab_of(w, OutboxList)
