"""一人一号 at the desk (both backends): the ID limit's refusal on the screen, and the
supervisor's authorisation (主管授权) through its dialog."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from hall_desktop.store.models import Event
from tests.helpers import line_ids
from tests.ui.test_desk import click, open_desk, tickets
from tests.ui.waiting import chinese_ui, wait_until

ID = "110101198001011232"


async def test_the_limit_refuses_and_a_supervisor_authorises(
    qtbot, db, db_url, hall, actors, tmp_path, backend
):
    lines = await line_ids(db, hall.hall_id)
    pictures = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
    with chinese_ui():
        async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
            window.resize(1366, 768)
            window.id_edit.setText(ID)
            click(qtbot, window.line_button(lines["A"]))
            await wait_until(lambda: window.last_number.text() == "A001")
            await wait_until(lambda: not controller.busy)
            assert not window.override_button.isVisible()
            # The same citizen again: refused in plain words, naming the open number.
            window.id_edit.setText(ID)
            click(qtbot, window.line_button(lines["A"]))
            await wait_until(lambda: window.override_button.isVisible())
            assert "A001 号在「综合受理」排队" in window.message.text()
            assert window.override_button.text() == "主管授权"
            assert len(await tickets(db, hall)) == 1
            window.grab().save(str(pictures / "desk_id_limit_refused.png"))
            # A guide cannot authorise; the dialog says so and stays open.
            click(qtbot, window.override_button)
            await wait_until(lambda: controller.override_dialog.isVisible())
            dialog = controller.override_dialog
            assert "A001" in dialog.why.text()  # the refusal, repeated
            dialog.login_edit.setText("daoban2")
            dialog.password_edit.setText("daoban2026")
            dialog.reason_edit.setText("家属代办")
            click(qtbot, dialog.ok_button)
            await wait_until(lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled())
            assert "没有" in dialog.error.text() and dialog.isVisible()
            dialog.grab().save(str(pictures / "desk_id_limit_dialog.png"))
            # The supervisor signs: the number is issued and the override recorded.
            dialog.login_edit.setText("zhuren")
            dialog.password_edit.setText("zhuren2026")
            click(qtbot, dialog.ok_button)
            await wait_until(lambda: window.last_number.text() == "A002")
            assert not dialog.isVisible() and not window.override_button.isVisible()
    async with db.read() as session:
        payload = await session.scalar(
            select(Event.payload)
            .where(Event.hall_id == hall.hall_id, Event.kind == "ticket_issued")
            .order_by(Event.id.desc())
        )
    assert payload is not None
    assert payload["override_by_id"] == actors["zhuren"].staff_id
    assert payload["override_reason"] == "家属代办"
