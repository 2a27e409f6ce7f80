"""一件事一次办 on the screens: the admin tab, the desk's bundle buttons, the display's
and the clerk's step line (both backends, on qasync's loop)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.bundle_admin import BundleAdminService
from hall_desktop.services.queue import QueueService
from hall_desktop.ui.admin.bundles import BundleEditor
from tests.helpers import item_ids, line_ids, window_ids
from tests.ui.test_admin import open_admin
from tests.ui.test_clerk import open_clerk, press
from tests.ui.test_desk import click, open_desk
from tests.ui.test_display import open_display
from tests.ui.waiting import chinese_ui, wait_until


def _bundle_tab(window) -> BundleEditor:
    for i in range(window.tabs.count()):
        tab = window.tabs.widget(i)
        if isinstance(tab, BundleEditor):
            window.tabs.setCurrentIndex(i)
            return tab
    raise AssertionError("no bundle tab")


def _choose_line(editor: BundleEditor, row: int, line_id: int) -> None:
    combo = editor.line_combo(row)
    combo.setCurrentIndex(combo.findData(line_id))


async def test_an_administrator_defines_a_bundle_and_is_told_what_is_wrong(
    qtbot, db, db_url, hall, actors, tmp_path
):
    lines = await line_ids(db, hall.hall_id)
    first_item, *_, used_on_s = await item_ids(db, hall.hall_id)
    # 社保医保 (S) has handled ``used_on_s`` lately: a step on S lists it first.
    q = QueueService(db)
    await q.issue_ticket(actors["daoban"], lines["S"])
    served = await q.call_next(actors["clerk8"], (await window_ids(db, hall.hall_id))[8])
    assert served is not None
    await q.start(actors["clerk8"], served.id)
    await q.finish(actors["clerk8"], served.id, outcome=Outcome.COMPLETED, item_ids=[used_on_s])
    with chinese_ui():
        async with open_admin(qtbot, db_url, hall, tmp_path, "admin", "admin2026") as (w, _c):
            await wait_until(lambda: w.stack.currentIndex() == 1)
            editor = _bundle_tab(w)
            assert w.tabs.tabText(w.tabs.currentIndex()) == "一件事一次办"
            await wait_until(lambda: editor.bundle_list.count() == 1)
            assert editor.bundle_list.item(0).text() == "开办餐饮店"

            click(qtbot, editor.new_button)
            editor.name_edit.setText("新生儿出生")
            _choose_line(editor, 0, lines["A"])
            _choose_line(editor, 1, lines["A"])
            click(qtbot, editor.save_button)
            await wait_until(lambda: editor.errors["steps"].isVisible())
            assert "只能办理一次" in editor.errors["steps"].text()
            assert "未保存" in editor.message.text()

            click(qtbot, editor.remove_step_button)
            click(qtbot, editor.save_button)
            await wait_until(lambda: "至少要有两个步骤" in editor.errors["steps"].text())

            click(qtbot, editor.add_step_button)
            click(qtbot, editor.save_button)  # the new step has no line yet
            assert "没有选择业务" in editor.errors["steps"].text() or "第2步" in (
                editor.errors["steps"].text()
            )
            editor.steps_table.setCurrentCell(1, 0)
            _choose_line(editor, 1, lines["S"])

            def listed(i: int) -> int:
                return int(editor.item_list.item(i).data(Qt.ItemDataRole.UserRole))

            assert listed(0) == used_on_s  # the line's own item first
            editor.set_item_checked(first_item, True)
            editor.steps_table.setCurrentCell(0, 0)
            editor.steps_table.setCurrentCell(1, 0)
            assert [listed(0), listed(1)] == [first_item, used_on_s]  # ticked, then the line's
            assert editor.steps_table.item(1, 2).text() == "1 项"
            assert "窗口" in editor.steps_table.item(1, 1).text()
            click(qtbot, editor.save_button)
            await wait_until(lambda: editor.bundle_list.count() == 2)
            assert "已保存" in editor.message.text() and "综合受理 → 社保医保" in (
                editor.message.text()
            )
            click(qtbot, editor.active_button)  # stop the new one
            await wait_until(lambda: "已停用" in editor.bundle_list.item(1).text())
            editor.grab().save(str(tmp_path / "bundles-admin.png"))
    saved = await BundleAdminService(db).bundles(actors["zhuren"])
    new = next(b for b in saved if b.name == "新生儿出生")
    assert not new.active
    assert [(s.line_id, s.item_ids) for s in new.steps] == [
        (lines["A"], ()),
        (lines["S"], (first_item,)),
    ]


async def test_the_desk_issues_one_number_for_a_bundle(qtbot, db, db_url, hall, actors, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    (bundle,) = await BundleAdminService(db).bundles(actors["zhuren"])
    with chinese_ui():
        async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
            await wait_until(lambda: window.bundles_panel.isVisible())
            button = window.bundle_button(bundle.id)
            assert button.text() == "开办餐饮店　企业开办 → 税务 → 社保医保"
            click(qtbot, button)
            await wait_until(lambda: window.last_number.text() == "Q001")
            assert "开办餐饮店 第1步/共3步" in window.last_detail.text()
            await wait_until(lambda: len(list(tmp_path.glob("*.pdf"))) == 1 and not controller.busy)
            click(qtbot, window.line_button(lines["Q"]))  # the line's own numbering goes on
            await wait_until(lambda: window.last_number.text() == "Q002")
            assert "第" not in window.last_detail.text()
            window.resize(1366, 768)
            window.grab().save(str(tmp_path / "bundles-desk.png"))
            # Stopped by an administrator: the desk stops offering it.
            await BundleAdminService(db).set_active(actors["zhuren"], bundle.id, False)
            await wait_until(lambda: not window.bundles_panel.isVisible())
    (ticket, _plain) = sorted(
        await QueueService(db).tickets_of_day(hall.hall_id), key=lambda t: t.id
    )
    assert (ticket.number, ticket.line_id, ticket.step_text) == ("Q001", lines["Q"], "第1步/共3步")


async def test_the_display_and_the_clerk_show_the_step(qtbot, db, db_url, hall, actors, tmp_path):
    """Window 1 (a 综窗 serving 综合受理, 企业开办 and 社保医保) takes step 1 (企业开办)
    and is told that step 2 (税务) goes elsewhere; the display shows the step."""
    q = QueueService(db)
    windows = await window_ids(db, hall.hall_id)
    (bundle,) = await BundleAdminService(db).bundles(actors["zhuren"])
    issued = (await q.issue_bundle(actors["daoban"], bundle.id)).ticket
    with chinese_ui():
        async with (
            open_display(qtbot, db_url, hall) as (display, _dc),
            open_clerk(qtbot, db_url, hall) as (clerk, controller),
        ):
            await press(qtbot, controller, clerk.call_button)
            assert clerk.ticket_number.text() == issued.number
            assert clerk.step_label.isVisible() and "第1步/共3步" in clerk.step_label.text()
            clerk.resize(1366, 768)
            clerk.grab().save(str(tmp_path / "bundles-clerk.png"))
            await wait_until(lambda: display.shown_call()[0] == issued.number)
            await wait_until(lambda: display.shown_step() == "第1步/共3步")
            assert display.named_labels()["call_step"].font().pixelSize() < (
                display.named_labels()["call_number"].font().pixelSize() / 2
            )
            display.resize(1366, 768)
            display.grab().save(str(tmp_path / "bundles-display.png"))
            await press(qtbot, controller, clerk.start_button)
            qtbot.mouseClick(clerk.finish_button, Qt.MouseButton.LeftButton)
            # The step's items (营业执照, 食品经营许可) are ticked for the clerk.
            step_items = set(bundle.steps[0].item_ids)
            assert len(step_items) == 2
            await wait_until(lambda: set(clerk.finish_form.items_model.checked_ids()) == step_items)
            clerk.finish_form.outcome_combo.setCurrentIndex(
                clerk.finish_form.outcome_combo.findData(Outcome.COMPLETED)
            )
            await press(qtbot, controller, clerk.finish_form.confirm)
            await wait_until(lambda: "第2步/共3步" in clerk.message.text())
            assert "税务" in clerk.message.text() and "留意叫号" in clerk.message.text()
            # Window 10 (税务) calls it: the display says step 2 of 3.
            second = await q.call_next(actors["clerk10"], windows[10])
            assert second is not None and second.number == issued.number
            await wait_until(lambda: display.shown_call()[1].endswith(("10", "10号窗口")))
            await wait_until(lambda: display.shown_step() == "第2步/共3步")
            # An ordinary number has no step line.
            await q.issue_ticket(actors["daoban"], (await line_ids(db, hall.hall_id))["A"])
            plain = await q.call_next(actors["clerk1"], windows[1])
            assert plain is not None
            await wait_until(lambda: display.shown_call()[0] == plain.number)
            assert display.shown_step() == ""
