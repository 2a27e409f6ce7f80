"""The supervisor's 台账 tab, driven as a person would: buttons and dialogs."""

from __future__ import annotations

from datetime import timedelta

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hall_desktop.domain.cases import CaseAction, CaseKind
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.cases import CaseService, HardCaseForm
from hall_desktop.services.dto import HallInfo
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.ledger import CaseColumn, LedgerView
from hall_desktop.ui.admin.ledger_controller import LedgerController
from hall_desktop.ui.admin.ledger_dialogs import CaseDaysDialog, StepDialog, WalkthroughDialog
from hall_desktop.ui.admin.tabs import tabs_for
from tests.pdf import all_text, reader
from tests.services.test_rating import Hall as RatingHall
from tests.ui.test_admin_people import admin_tab, controller_of
from tests.ui.waiting import started, wait_until


def states(view: LedgerView) -> dict[str, str]:
    """Each listed case's code → its state as the list shows it."""
    m = view.model
    return {
        m.index(r, CaseColumn.CODE).data(): m.index(r, CaseColumn.STATUS).data()
        for r in range(m.rowCount())
    }


def enabled(view: LedgerView) -> set[CaseAction]:
    return {a for a, b in view.detail.buttons.items() if b.isEnabled()}


async def step(qtbot, view: LedgerView, controller, action: CaseAction, fill) -> None:
    """Click the step's button, fill its dialog, confirm; wait until it is through."""
    qtbot.mouseClick(view.detail.buttons[action], Qt.MouseButton.LeftButton)
    dialog = controller.dialog
    assert isinstance(dialog, StepDialog) and dialog.action is action
    fill(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: not dialog.isVisible() or dialog.error.isVisibleTo(dialog))
    assert not dialog.isVisible(), dialog.error.text()


def select(view: LedgerView, code: str) -> None:
    row = next(
        r
        for r in range(view.model.rowCount())
        if view.model.index(r, CaseColumn.CODE).data() == code
    )
    view.view.selectRow(row)


async def test_a_bad_rating_is_verified_rectified_answered_and_approved(
    qtbot, qtmodeltester, db, db_url, hall, actors, tmp_path
):
    rated = await RatingHall(db, hall, actors).setup()
    served = await rated.served()
    async with admin_tab(qtbot, db_url, hall, tmp_path, LedgerView, "zhuren", "zhuren2026") as (
        _w,
        view,
        admin,
    ):
        controller = controller_of(admin, view)
        await wait_until(lambda: controller.settled)
        assert states(view) == {}
        # The 差评 given at the terminal shows without a refresh (the live feed).
        record = await rated.rate(served, 2, reason="态度")
        code = f"TZ{record.case_id:06d}"
        await wait_until(lambda: states(view) == {code: "待核实"})
        qtmodeltester.check(view.model)
        select(view, code)
        await wait_until(lambda: view.detail.case_id() == record.case_id)
        assert enabled(view) == {CaseAction.VERIFY}  # not 审核办结 while 待核实
        # 核实 without what the citizen said: refused in the dialog, in Chinese.
        qtbot.mouseClick(view.detail.buttons[CaseAction.VERIFY], Qt.MouseButton.LeftButton)
        dialog = controller.dialog
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog.error.isVisibleTo(dialog))
        assert "办理情况" in dialog.error.text() and dialog.isVisible()
        dialog.reject()

        def verify(d: StepDialog) -> None:
            d.verdict_combo.setCurrentIndex(d.verdict_combo.findData("属实"))
            d.callback_edit.setPlainText("群众反映窗口人员态度生硬")

        await step(qtbot, view, controller, CaseAction.VERIFY, verify)
        await wait_until(lambda: states(view) == {code: "待整改"})
        assert enabled(view) == {CaseAction.RECTIFY}

        def rectify(d: StepDialog) -> None:
            assert d.mode_combo.currentData() == "rectify"
            d.rectify_edit.setPlainText("约谈窗口人员，组织服务礼仪培训")

        await step(qtbot, view, controller, CaseAction.RECTIFY, rectify)
        await wait_until(lambda: states(view) == {code: "待反馈"})
        assert enabled(view) == {CaseAction.ANSWER}

        def answer(d: StepDialog) -> None:
            d.channel_combo.setCurrentIndex(d.channel_combo.findData("电话"))
            d.response_combo.setCurrentIndex(d.response_combo.findData("满意"))

        await step(qtbot, view, controller, CaseAction.ANSWER, answer)
        await wait_until(lambda: states(view) == {code: "待审核"})
        assert enabled(view) == {CaseAction.APPROVE, CaseAction.RETURN}
        await step(qtbot, view, controller, CaseAction.APPROVE, lambda d: None)
        await wait_until(lambda: states(view) == {code: "办结"})
        assert enabled(view) == set()
        history = view.detail.steps_model
        assert [history.row_record(r).label for r in range(history.rowCount())] == [
            "登记",
            "核实",
            "整改",
            "反馈",
            "审核办结",
        ]
        assert "属实" in history.index(1, 4).data()
        qtmodeltester.check(history)
        # The exports, into the test's folder (no file dialog): the case as one PDF
        # page, the list as XLSX, the month's 督查通报 (none found, and it says so).
        for button in (view.export_case_button, view.export_ledger_button, view.bulletin_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: len(list(tmp_path.glob("*督查通报*.pdf"))) == 1)
        await wait_until(lambda: len(list(tmp_path.glob("*.xlsx"))) == 1)
        await wait_until(lambda: len(list(tmp_path.glob(f"*{code}.pdf"))) == 1)
        (case_file,) = tmp_path.glob(f"*{code}.pdf")
        text = all_text(case_file)
        assert code in text and "审核办结" in text and len(reader(case_file).pages) == 1
        sheet = load_workbook(next(tmp_path.glob("*.xlsx")), read_only=True).active
        assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [code]
        assert "督查通报" in all_text(next(tmp_path.glob("*督查通报*.pdf")))


async def test_a_walkthrough_problem_rectified_closes_it_and_phones_are_masked(
    qtbot, db, db_url, hall, actors, clock, tmp_path
):
    cases = CaseService(db)
    hard = await cases.open_hard_case(
        actors["daoban"],
        HardCaseForm("跨区迁移户口", "跨部门", "中心", citizen_phone="13812345678"),
    )
    clock.advance(timedelta(days=15))  # past its deadline of 5 working days
    async with admin_tab(qtbot, db_url, hall, tmp_path, LedgerView, "zhuren", "zhuren2026") as (
        _w,
        view,
        admin,
    ):
        controller = controller_of(admin, view)
        await wait_until(lambda: view.model.rowCount() == 1)
        assert view.model.index(0, CaseColumn.PHONE).data() == "138****5678"
        assert view.model.index(0, CaseColumn.CODE).data(Qt.ItemDataRole.BackgroundRole)
        assert "1" in view.count_label.text()  # one overdue, counted above the list
        select(view, hard.row.code)
        await wait_until(lambda: view.detail.case_id() == hard.row.id)
        shown = [w.text() for w in view.detail.findChildren(type(view.count_label))]
        assert "13812345678" in shown  # in full for the supervisor, who calls back
        assert enabled(view) == {CaseAction.ASSIGN}

        # 登记走流程 with one problem, owned by clerk2.
        await wait_until(lambda: controller.choices.staff)
        qtbot.mouseClick(view.walkthrough_button, Qt.MouseButton.LeftButton)
        form = controller.dialog
        assert isinstance(form, WalkthroughDialog)
        form.person_edit.setText("李局长")
        form.summary_edit.setPlainText("以申请人身份办理营业执照变更")
        (problem,) = form.problems
        problem.text_edit.setText("材料清单与窗口要求不一致")
        problem.owner_combo.setCurrentIndex(problem.owner_combo.findData(actors["clerk2"].staff_id))
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        # The list may refresh from the feed before the dialog's step shows its case.
        await wait_until(
            lambda: view.model.rowCount() == 3 and view.detail.case_id() not in (None, hard.row.id)
        )
        walk_id = view.detail.case_id()
        assert walk_id is not None and walk_id != hard.row.id
        walk = f"TZ{walk_id:06d}"
        (item,) = [c for c, s in states(view).items() if s == "待整改"]
        assert states(view)[walk] == "整改中"
        (child,) = view.detail.detail.children
        assert child.code == item and child.owner_name == actors["clerk2"].name
        assert enabled(view) == {CaseAction.ADD_PROBLEM}

        select(view, item)
        await wait_until(lambda: view.detail.case_id() == child.id)
        assert enabled(view) == {CaseAction.RECTIFY}
        await step(
            qtbot,
            view,
            controller,
            CaseAction.RECTIFY,
            lambda d: d.rectify_edit.setPlainText("统一材料清单并在窗口公示"),
        )
        await wait_until(lambda: states(view)[item] == "待审核")
        await step(qtbot, view, controller, CaseAction.APPROVE, lambda d: None)
        await wait_until(lambda: states(view)[item] == "办结")
        assert states(view)[walk] == "办结"  # its last item closed


async def test_the_ledger_is_offered_to_supervisors_and_administrators_only(actors):
    for login, offered in [("zhuren", True), ("admin", True), ("clerk1", False), ("daoban", False)]:
        assert any(t.page is LedgerView for t in tabs_for(actors[login])) is offered, login


async def test_the_administrator_sets_the_deadlines_and_records_no_cases(
    qtbot, db, db_url, hall, actors, tmp_path
):
    async with admin_tab(qtbot, db_url, hall, tmp_path, LedgerView) as (_w, view, admin):
        controller = controller_of(admin, view)
        await wait_until(lambda: controller.settled)
        assert not view.walkthrough_button.isEnabled()  # a supervisor's, not an admin's
        qtbot.mouseClick(view.days_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: isinstance(controller.dialog, CaseDaysDialog))
        dialog = controller.dialog
        assert dialog.spins[CaseKind.BAD_RATING].value() == 5
        dialog.spins[CaseKind.BAD_RATING].setValue(7)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not dialog.isVisible())
        days = await CaseService(db).case_days(actors["admin"])
        assert days[CaseKind.BAD_RATING] == 7 and days[CaseKind.FINDING] == 10
    # A supervisor reads them and cannot save.
    shown = CaseDaysDialog(days, editable=False)
    qtbot.addWidget(shown)
    assert not shown.ok_button.isVisibleTo(shown)
    assert not shown.spins[CaseKind.BAD_RATING].isEnabled()


async def test_a_database_that_is_down_is_said_in_the_tab(qtbot, clock):
    db = Database("postgresql://nobody@127.0.0.1:1/none", clock=clock)
    supervisor = Actor(1, 1, "zhuren", "王主任", "0002", frozenset({Role.SUPERVISOR}))
    view = LedgerView()
    qtbot.addWidget(view)
    controller = LedgerController(
        db, supervisor, HallInfo(1, "h", "大厅", "Asia/Shanghai"), view, follow=False
    )
    async with started(controller, db):
        await wait_until(lambda: view.message.isVisibleTo(view) and view.message.text())
        assert "数据库" in view.message.text() or "连接" in view.message.text()
        assert view.model.rowCount() == 0
    view.set_online(True)  # back: the message goes
    assert not view.message.isVisibleTo(view)
