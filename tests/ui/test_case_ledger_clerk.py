"""台账 on the clerk workstation and the desk: 我的台账 (a 差评 appealed), and the 办不成事
intake at the 办不成事反映窗口 and at the desk, against a real database (both backends)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from hall_desktop.domain.cases import AppealStatus, CaseAction, CaseKind, CaseStatus
from hall_desktop.domain.reasons import BAD_REASONS
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.cases import CaseRow, CaseService, FindingForm, HardCaseForm
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store.models import LedgerCase
from hall_desktop.ui.models.cases import CaseColumn, CaseModel
from tests.helpers import line_ids, window_ids
from tests.ui.test_chinese_everywhere import english_in
from tests.ui.test_clerk import open_clerk
from tests.ui.test_desk import open_desk
from tests.ui.waiting import chinese_ui, wait_until


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def cases_of(db, hall_id: int, kind: CaseKind) -> list[LedgerCase]:
    async with db.read() as session:
        return list(
            await session.scalars(
                select(LedgerCase)
                .where(LedgerCase.hall_id == hall_id, LedgerCase.kind == kind.value)
                .order_by(LedgerCase.id)
            )
        )


def fill(form, *, request: str, category: str, level: str, name: str, phone: str) -> None:
    form.request_edit.setText(request)
    form.category_combo.setCurrentText(category)
    form.level_combo.setCurrentText(level)
    form.name_edit.setText(name)
    form.phone_edit.setText(phone)
    form.detail_edit.setPlainText("材料在两个部门之间来回退")


async def test_the_hard_case_window_takes_a_matter_in(qtbot, db, db_url, hall, actors):
    windows = await window_ids(db, hall.hall_id)
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall, window_number=11) as (window, _controller):
            form = window.hard_case_form
            assert form.isVisible()  # the 办不成事反映窗口's own job, on its workstation
            assert english_in(form) == {}
            fill(form, request="企业迁移需跨区协调", category="跨部门", level="中心",
                 name="王五", phone="12345")  # fmt: skip
            click(qtbot, form.save_button)
            await wait_until(lambda: form.errors["phone"].isVisible())
            assert "手机号码" in form.errors["phone"].text()
            assert form.request_edit.text() == "企业迁移需跨区协调"  # kept, to correct
            assert await cases_of(db, hall.hall_id, CaseKind.HARD_CASE) == []

            form.phone_edit.setText("138 0013 8000")
            click(qtbot, form.save_button)
            await wait_until(lambda: "TZ" in form.message.text())
            assert form.request_edit.text() == "" and not form.errors["phone"].isVisible()
            # The clerk took it in: it is in 我的台账, counted on the button.
            await wait_until(lambda: window.cases_button.count == 1)
    (case,) = await cases_of(db, hall.hall_id, CaseKind.HARD_CASE)
    assert f"TZ{case.id:06d}" in form.message.text()
    assert (case.title, case.category, case.level) == ("企业迁移需跨区协调", "跨部门", "中心")
    assert (case.citizen_name, case.citizen_phone) == ("王五", "13800138000")
    assert case.detail == "材料在两个部门之间来回退"
    assert case.window_id == windows[11] and case.opened_by_id == actors["clerk1"].staff_id
    assert case.status == CaseStatus.TO_ASSIGN.value


async def test_a_clerk_appeals_a_bad_rating_and_resolves_a_matter_from_my_cases(
    qtbot, qtmodeltester, db, db_url, hall, actors
):
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    # A 办不成事 taken in at the desk and sent to window 1 to coordinate.
    cases = CaseService(db)
    taken = await cases.open_hard_case(
        actors["daoban"], HardCaseForm(request="跨区迁移营业执照", category="跨部门", level="中心")
    )
    await cases.assign(actors["zhuren"], taken.row.id, window_id=windows[1], text="请牵头协调")
    queue = QueueService(db)
    await queue.issue_ticket(actors["daoban"], lines["A"])
    ticket = await queue.call_next(actors["clerk1"], windows[1])
    assert ticket is not None
    await queue.start(actors["clerk1"], ticket.id)
    await queue.finish(actors["clerk1"], ticket.id, outcome=Outcome.COMPLETED, item_ids=[])
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall) as (window, controller):
            await wait_until(lambda: window.cases_button.count == 1)  # sent to this window
            # The citizen gives a 差评 at the terminal: the live feed brings the case in.
            await RatingService(db).rate(
                hall.hall_id, windows[1], ticket.id, 1, reason=BAD_REASONS[0]
            )
            await wait_until(lambda: window.cases_button.count == 2)
            assert window.cases_button.badge.isVisible()
            click(qtbot, window.cases_button)
            page = window.cases_page
            assert window.cases_open() and page.isVisible()
            assert not window.call_button.isVisible()  # F1 does nothing meanwhile
            qtmodeltester.check(page.model)
            assert page.model.index(0, CaseColumn.KIND).data() == "差评整改"
            assert page.model.index(0, CaseColumn.STATUS).data() == "待核实"
            assert page.model.index(1, CaseColumn.KIND).data() == "办不成事"
            page.table.selectRow(0)  # newest first: the 差评
            await wait_until(lambda: page.detail is not None)
            assert page.detail.actions == (CaseAction.APPEAL,)
            assert page.appeal_button.isVisible()
            assert not page.resolve_button.isVisible() and not page.rectify_button.isVisible()
            assert page.history.count() == 1 and "登记" in page.history.item(0).text()
            assert english_in(page) == {}

            click(qtbot, page.appeal_button)
            click(qtbot, page.appeal_form.confirm)  # no evidence: refused in the form
            assert page.appeal_form.error.isVisible()
            assert "证据" in page.appeal_form.error.text()
            page.appeal_form.ground.setCurrentText("恶意差评")
            page.appeal_form.evidence.setPlainText("录像显示办理过程规范，群众因排队时间长迁怒")
            click(qtbot, page.appeal_form.confirm)
            await wait_until(lambda: "申诉待复核" in page.case_title.text())
            await wait_until(lambda: controller.cases.settled)
            assert page.step_stack.currentIndex() == page.PAGE_BUTTONS
            assert not page.appeal_button.isVisible()  # appealed once; a supervisor decides
            assert page.model.index(0, CaseColumn.STATUS).data() == "待核实（申诉待复核）"
            assert "恶意差评" in page.history.item(page.history.count() - 1).text()

            # The matter sent to this window: its outcome, 无法办理 only with a legal basis.
            page.table.selectRow(page.model.row_of(taken.row.id))
            await wait_until(lambda: page.detail is not None and page.detail.row.id == taken.row.id)
            assert page.detail.actions == (CaseAction.RESOLVE,)
            assert page.resolve_button.isVisible() and not page.appeal_button.isVisible()
            click(qtbot, page.resolve_button)
            resolve = page.resolve_form
            resolve.outcome.setCurrentText("无法办理")
            resolve.text.setPlainText("已与迁入地沟通，需企业先办理注销")
            resolve.reason.setText("迁出地尚未办结清税")
            click(qtbot, resolve.confirm)
            assert resolve.error.isVisible() and "法律政策依据" in resolve.error.text()
            resolve.legal_basis.setText("《市场主体登记管理条例》第三十一条")
            click(qtbot, resolve.confirm)
            await wait_until(lambda: "待审核" in page.case_title.text())
            await wait_until(lambda: controller.cases.settled)
            assert not page.resolve_button.isVisible()  # a supervisor reviews it now
            click(qtbot, page.back_button)
            assert not window.cases_open() and window.call_button.isVisible()
    (case,) = await cases_of(db, hall.hall_id, CaseKind.BAD_RATING)
    assert case.appeal_status == AppealStatus.PENDING.value
    assert case.status == CaseStatus.TO_VERIFY.value
    (matter,) = await cases_of(db, hall.hall_id, CaseKind.HARD_CASE)
    assert (matter.outcome, matter.status) == ("无法办理", CaseStatus.TO_APPROVE.value)


async def test_a_guide_takes_a_matter_in_at_the_desk(qtbot, db, db_url, hall, actors, tmp_path):
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        click(qtbot, window.hard_case_button)
        form = controller.hard_case_form
        assert form is not None and form.isVisible()
        fill(form, request="老人办理社保认证多次未成功", category="系统", level="部门",
             name="赵六", phone="13900139000")  # fmt: skip
        form.ticket_edit.setText("Z999")  # no such number today
        click(qtbot, form.save_button)
        await wait_until(lambda: form.errors["ticket_number"].isVisible())
        assert "Z999" in form.errors["ticket_number"].text()
        form.ticket_edit.clear()
        click(qtbot, form.save_button)
        await wait_until(lambda: "TZ" in form.message.text())
    (case,) = await cases_of(db, hall.hall_id, CaseKind.HARD_CASE)
    assert case.title == "老人办理社保认证多次未成功" and case.category == "系统"
    assert case.opened_by_id == actors["daoban"].staff_id and case.window_id is None


def _row(case_id: int, *, overdue: bool) -> CaseRow:
    return CaseRow(
        id=case_id,
        kind=CaseKind.HARD_CASE,
        status=CaseStatus.COORDINATING,
        title="跨部门材料互认",
        category="跨部门",
        level="中心",
        window_number=11,
        clerk_name=None,
        owner_name=None,
        assigned_to="11号窗口",
        phone_masked="",
        opened_at=datetime.fromisoformat("2026-12-01T02:00:00+00:00"),
        due_date=date(2026, 12, 8),
        closed_at=None,
        overdue=overdue,
        appeal_status=None,
        parent_id=None,
        rating_level=None,
        verdict=None,
        outcome=None,
    )


def test_an_overdue_case_stands_out(qtmodeltester, qapp):
    model = CaseModel()
    model.set_rows([_row(7, overdue=True), _row(8, overdue=False)])
    qtmodeltester.check(model)
    assert model.index(0, CaseColumn.CODE).data() == "TZ000007"
    late, on_time = (model.index(r, CaseColumn.DUE) for r in (0, 1))
    assert late.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert on_time.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "2026-12-08" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert on_time.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.overdue_count() == 1


async def test_a_clerk_records_the_rectification_of_an_item_they_own(
    qtbot, db, db_url, hall, actors
):
    windows = await window_ids(db, hall.hall_id)
    found = await CaseService(db).record_finding(
        actors["zhuren"],
        FindingForm(
            category="服务规范",
            text="窗口桌面摆放私人物品",
            inspector="督查组",
            found_on=date(2020, 1, 6),
            window_id=windows[1],
            clerk_id=actors["clerk1"].staff_id,
            owner_id=actors["clerk1"].staff_id,
        ),
    )
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await wait_until(lambda: window.cases_button.count == 1)
        click(qtbot, window.cases_button)
        page = window.cases_page
        page.table.selectRow(0)
        await wait_until(lambda: page.detail is not None)
        assert page.detail.row.id == found.row.id
        assert page.detail.actions == (CaseAction.RECTIFY,)
        click(qtbot, page.rectify_button)
        click(qtbot, page.rectify_form.confirm)  # nothing said: refused in the form
        assert page.rectify_form.error.isVisible()
        page.rectify_form.text.setPlainText("已清理桌面，按规范摆放")
        click(qtbot, page.rectify_form.confirm)
        await wait_until(lambda: page.detail.row.status is CaseStatus.TO_APPROVE)
        await wait_until(lambda: controller.cases.settled)
        assert not page.rectify_button.isVisible()
    (item,) = await cases_of(db, hall.hall_id, CaseKind.FINDING)
    assert item.status == CaseStatus.TO_APPROVE.value and item.rectified_at is not None
