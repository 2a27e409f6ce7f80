"""The case ledger (台账): each kind's path forward, illegal steps refused with nothing
saved, appeals, rights per role, the masked phone, deadlines in working days. Both
backends."""

from __future__ import annotations

import asyncio
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hall_desktop.domain.cases import AppealStatus, CaseAction, CaseKind, CaseStatus
from hall_desktop.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.cases import (
    CaseFilter,
    CaseService,
    FindingForm,
    HardCaseForm,
    ProblemForm,
    WalkthroughForm,
)
from hall_desktop.services.demo import seed_demo_cases
from hall_desktop.services.desk import ConsultationService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store.database import Database
from hall_desktop.store.models import CalendarDay, CaseStep, Event, LedgerCase, Rating
from tests.helpers import line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")
PHONE = "13912345678"


class Floor:
    """A staffed demo hall, its clock at 10:00 on Wednesday 2 December 2026."""

    def __init__(self, db: Database, hall, actors, clock) -> None:
        self.db, self.hall, self.a, self.clock = db, hall, actors, clock
        self.q = QueueService(db)
        self.cases = CaseService(db)

    async def setup(self) -> Floor:
        self.clock.set_local(date(2026, 12, 2), time(10, 0), ZONE)
        self.lines = await line_ids(self.db, self.hall.hall_id)
        self.win = await window_ids(self.db, self.hall.hall_id)
        return self

    @property
    def boss(self):
        return self.a["zhuren"]

    async def bad_rating(self, clerk: int = 1, phone: str | None = PHONE) -> int:
        """A 差评 of a ticket served by clerk N at window N; the case's id."""
        issued = await self.q.issue_ticket(self.a["daoban"], self.lines["A"], citizen_phone=phone)
        t = issued.ticket
        called = await self.q.call_next(self.a[f"clerk{clerk}"], self.win[clerk])
        assert called is not None and called.id == t.id
        await self.q.start(self.a[f"clerk{clerk}"], t.id)
        await self.q.finish(self.a[f"clerk{clerk}"], t.id, outcome=Outcome.COMPLETED)
        record = await RatingService(self.db).rate(
            self.hall.hall_id, self.win[clerk], t.id, 1, reason="态度"
        )
        assert record.case_id is not None
        return record.case_id

    async def saved(self) -> tuple[int, int, int]:
        """Case rows, step rows and events of the hall: a refusal changes none."""
        hall_id = self.hall.hall_id
        async with self.db.read() as session:
            return tuple(  # type: ignore[return-value]
                [
                    await session.scalar(
                        select(func.count()).select_from(table).where(table.hall_id == hall_id)
                    )
                    or 0
                    for table in (LedgerCase, CaseStep, Event)
                ]
            )


@pytest.fixture
async def f(db, hall, actors, clock) -> Floor:
    return await Floor(db, hall, actors, clock).setup()


async def refused(f: Floor, error: type[Exception], work, words: str) -> None:
    before = await f.saved()
    with pytest.raises(error) as e:
        await work
    assert words in e.value.message, e.value.message
    assert await f.saved() == before


async def test_a_bad_rating_goes_to_the_end_and_every_step_is_recorded(f):
    case_id = await f.bad_rating()
    boss, cases = f.boss, f.cases
    opened = await cases.case(boss, case_id)
    assert (opened.row.kind, opened.row.status) == (CaseKind.BAD_RATING, CaseStatus.TO_VERIFY)
    assert opened.row.due_date == date(2026, 12, 9)  # 5 working days from Wednesday
    assert opened.actions == (CaseAction.VERIFY,)
    assert opened.phone == PHONE and opened.row.phone_masked == "139****5678"
    # Out of order: refused in Chinese, nothing saved.
    await refused(f, IllegalTransition, cases.approve(boss, case_id), "待核实")
    await refused(
        f,
        IllegalTransition,
        cases.answer(boss, case_id, channel="电话", response="满意"),
        "不能反馈",
    )
    step = await cases.verify(boss, case_id, verdict="属实", callback="群众反映等候太久")
    assert step.row.status is CaseStatus.TO_RECTIFY and step.called_back
    # 属实 must be rectified, not only explained.
    await refused(
        f, ValidationError, cases.rectify(boss, case_id, text="已解释", mode="explain"), "必须整改"
    )
    step = await cases.rectify(boss, case_id, text="调整窗口排班", by_whom="综合科")
    assert step.row.status is CaseStatus.TO_ANSWER
    step = await cases.answer(boss, case_id, channel="电话", response="满意", text="群众表示认可")
    assert step.row.status is CaseStatus.TO_APPROVE
    assert set(step.actions) == {CaseAction.APPROVE, CaseAction.RETURN, CaseAction.APPEAL} - {
        CaseAction.APPEAL  # a supervisor does not appeal; the clerk rated does
    }
    back = await cases.send_back(boss, case_id, text="整改措施不具体")
    assert back.row.status is CaseStatus.TO_RECTIFY
    await cases.rectify(boss, case_id, text="调整排班并增设午间窗口")
    await cases.answer(boss, case_id, channel="短信", response="基本满意")
    done = await cases.approve(boss, case_id, text="同意办结")
    assert done.row.status is CaseStatus.CLOSED and done.row.closed_at is not None
    assert not done.row.overdue and done.actions == ()
    assert [s.action for s in done.steps] == [
        CaseAction.OPEN,
        CaseAction.VERIFY,
        CaseAction.RECTIFY,
        CaseAction.ANSWER,
        CaseAction.RETURN,
        CaseAction.RECTIFY,
        CaseAction.ANSWER,
        CaseAction.APPROVE,
    ]
    assert done.steps[0].actor_name is None and done.steps[1].actor_name == "王主任"
    assert "核实结论：属实" in done.steps[1].text and "整改人：综合科" in done.steps[2].text
    await refused(f, IllegalTransition, cases.send_back(boss, case_id, text="再看看"), "已办结")
    # Every step is an event of the 台账 topic, naming the case.
    async with f.db.read() as session:
        kinds = list(
            await session.scalars(
                select(Event.kind)
                .where(Event.hall_id == f.hall.hall_id, Event.kind.like("case_%"))
                .order_by(Event.id)
            )
        )
    assert kinds[-1] == "case_approved" and kinds.count("case_rectified") == 2
    figures = await cases.figures(boss, date(2026, 12, 1), date(2026, 12, 31))
    assert (figures.bad_ratings, figures.verified_on_time, figures.closed_on_time) == (1, 1, 1)
    assert (figures.named_bad_ratings, figures.called_back, figures.callback_rate) == (1, 1, 1.0)


async def test_an_upheld_appeal_leaves_the_clerks_figures_and_not_the_record(f, db):
    kept = await f.bad_rating(clerk=1)
    appealed = await f.bad_rating(clerk=1)
    ratings = RatingService(db)
    assert (
        await ratings.figures_for_clerk(f.hall.hall_id, f.a["clerk1"].staff_id)
    ).very_dissatisfied == 2
    # Only the clerk rated appeals, once; meanwhile nothing else moves.
    await refused(
        f,
        PermissionDenied,
        f.cases.appeal(f.a["clerk2"], appealed, ground="误评", evidence="x"),
        "本人",
    )
    await refused(
        f, PermissionDenied, f.cases.appeal(f.boss, appealed, ground="误评", evidence="x"), "本人"
    )
    mine = await f.cases.case(f.a["clerk1"], appealed)
    assert mine.actions == (CaseAction.APPEAL,) and mine.phone == "139****5678"
    step = await f.cases.appeal(
        f.a["clerk1"], appealed, ground="恶意差评", evidence="监控显示群众未办理业务即评价"
    )
    assert step.row.appeal_status is AppealStatus.PENDING and "申诉待复核" in step.row.status_label
    await refused(
        f,
        IllegalTransition,
        f.cases.appeal(f.a["clerk1"], appealed, ground="误评", evidence="再次申诉"),
        "已申诉过",
    )
    await refused(
        f,
        IllegalTransition,
        f.cases.verify(f.boss, appealed, verdict="属实", callback="x"),
        "申诉复核",
    )
    assert (await f.cases.case(f.boss, appealed)).actions == (CaseAction.DECIDE_APPEAL,)
    decided = await f.cases.decide_appeal(
        f.boss, appealed, upheld=True, text="经查看监控，申诉成立"
    )
    assert decided.row.status is CaseStatus.CLOSED
    assert decided.row.appeal_status is AppealStatus.UPHELD
    figures = await ratings.figures_for_clerk(f.hall.hall_id, f.a["clerk1"].staff_id)
    assert figures.very_dissatisfied == 1  # the upheld one is out of the clerk's figures…
    async with db.read() as session:
        rows = list(await session.scalars(select(Rating).where(Rating.hall_id == f.hall.hall_id)))
    assert sorted(r.excluded for r in rows) == [False, True]  # …and still in the record
    # A rejected appeal lets the case go on, and is not made twice.
    await f.cases.appeal(f.a["clerk1"], kept, ground="误评", evidence="群众误按")
    rejected = await f.cases.decide_appeal(f.boss, kept, upheld=False, text="不成立")
    assert rejected.row.status is CaseStatus.TO_VERIFY
    assert rejected.row.appeal_status is AppealStatus.REJECTED
    assert CaseAction.APPEAL not in (await f.cases.case(f.a["clerk1"], kept)).actions
    figures = await f.cases.figures(f.boss, date(2026, 12, 1), date(2026, 12, 31))
    assert (figures.appeals, figures.appeals_upheld) == (2, 1)


async def test_a_hard_case_is_taken_in_sent_to_a_window_and_solved_there(f):
    q, cases = f.q, f.cases
    desk = ConsultationService(f.db)
    await desk.record(f.a["daoban"], question="社保卡补办在哪个窗口")
    await desk.record(f.a["daoban"])
    # A clerk takes cases in only at the 办不成事反映窗口.
    form = HardCaseForm(
        request="跨区迁移户口需要原籍证明",
        category="跨部门",
        level="部门",
        citizen_phone="139 1234 5678",
    )
    await refused(
        f, PermissionDenied, cases.open_hard_case(f.a["clerk3"], form), "办不成事反映窗口"
    )
    await q.sign_in(f.a["clerk10"], f.win[11])
    opened = await cases.open_hard_case(f.a["clerk10"], form)
    assert (opened.row.status, opened.row.window_number) == (CaseStatus.TO_ASSIGN, 11)
    assert opened.row.phone_masked == "139****5678" and opened.phone == "139****5678"
    await refused(
        f,
        ValidationError,
        cases.open_hard_case(f.a["daoban"], HardCaseForm("x", "天气", "窗口")),
        "问题类别",
    )
    await refused(
        f,
        ValidationError,
        cases.open_hard_case(
            f.a["daoban"], HardCaseForm("x", "其他", "窗口", ticket_number="Z999")
        ),
        "Z999",
    )
    case_id = opened.row.id
    # Window 3's clerk may not act before the case is sent there, nor take the 交办.
    await refused(
        f, PermissionDenied, cases.assign(f.a["clerk3"], case_id, window_id=f.win[3]), "负责人"
    )
    sent = await cases.assign(f.boss, case_id, window_id=f.win[3], department="公安分局户政科")
    assert sent.row.assigned_to == "3号窗口、公安分局户政科"
    assert [r.id for r in await cases.my_open_cases(f.a["clerk3"])] == [case_id]
    assert await cases.my_open_cases(f.a["clerk4"]) == []
    await refused(
        f,
        PermissionDenied,
        cases.resolve(f.a["clerk4"], case_id, outcome="已办成", text="x"),
        "交办窗口",
    )
    await refused(
        f,
        ValidationError,
        cases.resolve(f.a["clerk3"], case_id, outcome="无法办理", text="政策不允许"),
        "法律政策依据",
    )
    served = (await q.issue_ticket(f.a["daoban"], f.lines["A"])).ticket
    solved = await cases.resolve(
        f.a["clerk3"],
        case_id,
        outcome="已办成",
        text="协调户政科开具证明后办结",
        served_ticket_number=served.number.lower(),
    )
    assert (
        solved.row.status is CaseStatus.TO_APPROVE and solved.served_ticket_number == served.number
    )
    assert solved.actions == ()  # the clerk does not approve
    done = await cases.approve(f.boss, case_id)
    assert done.row.status is CaseStatus.CLOSED
    figures = await cases.figures(f.boss, date(2026, 12, 1), date(2026, 12, 31))
    assert (figures.hard_cases, figures.hard_cases_solved) == (1, 1)
    assert figures.consultations == 2  # the desk's 答疑 tally, beside the cases
    assert figures.by_category == {"跨部门": 1}
    # A guide takes one in at the desk, and sees only what they took in.
    await cases.open_hard_case(f.a["daoban"], HardCaseForm("咨询公积金提取", "政策", "窗口"))
    assert len(await cases.cases(f.a["daoban"])) == 1


async def test_a_walkthrough_closes_when_its_last_problem_is_put_right(f):
    cases, owner = f.cases, f.a["clerk2"]
    form = WalkthroughForm(
        person="区政府办 刘主任",
        person_role="申请人",
        walked_on=date(2026, 12, 1),
        summary="体验企业开办全流程",
        problems=(
            ProblemForm("材料清单与网上不一致", owner_id=owner.staff_id),
            ProblemForm("叫号屏字太小", department="中心办公室", due_date=date(2026, 12, 4)),
        ),
    )
    walk = await cases.record_walkthrough(f.boss, form)
    assert walk.row.status is CaseStatus.RECTIFYING and len(walk.children) == 2
    first, second = walk.children
    assert first.due_date == date(2026, 12, 23)  # 15 working days
    assert second.due_date == date(2026, 12, 4) and second.assigned_to == "中心办公室"
    # The owner records what was changed; only a supervisor approves.
    await refused(f, PermissionDenied, cases.rectify(f.a["clerk3"], first.id, text="x"), "责任人")
    await cases.rectify(owner, first.id, text="统一线上线下材料清单")
    await refused(f, PermissionDenied, cases.approve(owner, first.id), "负责人")
    await cases.approve(f.boss, first.id)
    assert (await cases.case(f.boss, walk.row.id)).row.status is CaseStatus.RECTIFYING
    more = await cases.add_problem(
        f.boss, walk.row.id, ProblemForm("导办台无轮椅", owner_id=owner.staff_id)
    )
    third = more.children[-1]
    for item in (second.id, third.id):
        await cases.rectify(f.boss, item, text="已整改")
        await cases.approve(f.boss, item)
    closed = await cases.case(f.boss, walk.row.id)
    assert (
        closed.row.status is CaseStatus.CLOSED
        and closed.steps[-1].action is CaseAction.ITEMS_CLOSED
    )
    await refused(
        f, IllegalTransition, cases.add_problem(f.boss, walk.row.id, ProblemForm("x")), "已办结"
    )
    figures = await cases.figures(f.boss, date(2026, 12, 1), date(2026, 12, 31))
    assert (figures.walkthroughs, figures.problems, figures.problems_rectified) == (1, 3, 3)


async def test_patrol_findings_are_put_right_and_make_the_bulletin(f, clock):
    cases = f.cases
    finding = await cases.record_finding(
        f.boss,
        FindingForm(
            category="离岗",
            text="5号窗口上班时间无人",
            inspector="督查室 陈科长",
            found_on=date(2026, 12, 2),
            window_id=f.win[5],
            clerk_id=f.a["clerk5"].staff_id,
            owner_id=f.a["clerk5"].staff_id,
        ),
    )
    assert finding.row.status is CaseStatus.TO_RECTIFY and finding.row.due_date == date(
        2026, 12, 16
    )
    other = await cases.record_finding(
        f.boss,
        FindingForm(
            category="环境",
            text="等候区座椅破损",
            inspector="陈科长",
            found_on=date(2026, 12, 2),
            place="二楼等候区",
        ),
    )
    await refused(
        f,
        ValidationError,
        cases.record_finding(
            f.boss,
            FindingForm(category="环境", text="x", inspector="y", found_on=date(2026, 12, 2)),
        ),
        "地点",
    )
    # The clerk found at fault sees the finding; the owner puts it right.
    assert [r.id for r in await cases.my_open_cases(f.a["clerk5"])] == [finding.row.id]
    await cases.rectify(f.a["clerk5"], finding.row.id, text="已谈话提醒，严格执行离岗登记")
    await cases.approve(f.boss, finding.row.id)
    # A week later the other one is still open; past its deadline it is overdue.
    clock.set_local(date(2026, 12, 17), time(10, 0), ZONE)
    overdue = await cases.cases(f.boss, CaseFilter(overdue_only=True))
    assert [r.id for r in overdue] == [other.row.id] and overdue[0].overdue
    bulletin = await cases.bulletin(f.boss, date(2026, 12, 1), date(2026, 12, 31))
    assert [(d.row.id, d.row.status) for d in bulletin] == [
        (finding.row.id, CaseStatus.CLOSED),
        (other.row.id, CaseStatus.TO_RECTIFY),
    ]
    assert await cases.bulletin(f.boss, date(2026, 11, 1), date(2026, 11, 30)) == []
    figures = await cases.figures(f.boss, date(2026, 12, 1), date(2026, 12, 31))
    assert (figures.findings, figures.findings_rectified, figures.overdue_open) == (2, 1, 1)


async def test_rights_per_role_and_the_masked_phone(f):
    case_id = await f.bad_rating(clerk=1)
    cases = f.cases
    await refused(
        f,
        PermissionDenied,
        cases.verify(f.a["clerk1"], case_id, verdict="属实", callback="x"),
        "负责人",
    )
    await refused(
        f,
        PermissionDenied,
        cases.verify(f.a["admin"], case_id, verdict="属实", callback="x"),
        "负责人",
    )
    await refused(
        f,
        PermissionDenied,
        cases.record_finding(
            f.a["clerk1"],
            FindingForm(
                category="其他", text="x", inspector="y", found_on=date(2026, 12, 2), place="大厅"
            ),
        ),
        "负责人",
    )
    # A clerk sees their own 差评 (phone masked), not a colleague's.
    assert [r.id for r in await cases.cases(f.a["clerk1"])] == [case_id]
    assert await cases.cases(f.a["clerk2"]) == []
    with pytest.raises(Exception) as e:
        await cases.case(f.a["clerk2"], case_id)
    assert "无权查看" in e.value.message
    assert (await cases.case(f.a["admin"], case_id)).phone == "139****5678"
    with pytest.raises(PermissionDenied):
        await cases.figures(f.a["clerk1"], date(2026, 12, 1), date(2026, 12, 31))
    # A supervisor at a window sees their own open cases there, not the hall's.
    assert await cases.my_open_cases(f.boss) == []
    assert [r.id for r in await cases.my_open_cases(f.a["clerk1"])] == [case_id]
    # Deadlines per kind: administrators only, and within bounds.
    await refused(
        f, PermissionDenied, cases.set_case_days(f.boss, {CaseKind.BAD_RATING: 3}), "系统管理员"
    )
    with pytest.raises(ValidationError):
        await cases.set_case_days(f.a["admin"], {CaseKind.BAD_RATING: 0})
    days = await cases.set_case_days(f.a["admin"], {CaseKind.BAD_RATING: 3})
    assert days[CaseKind.BAD_RATING] == 3 and days[CaseKind.FINDING] == 10
    shorter = await cases.case(f.boss, await f.bad_rating(clerk=2))
    assert shorter.row.due_date == date(2026, 12, 7)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # Friday before a three-day holiday (Mon–Wed) with a make-up Saturday after it:
        # Thu, Fri, the make-up Saturday, Mon, Tue.
        (date(2026, 12, 11), date(2026, 12, 22)),
        # 31 December, into a year the calendar package does not know: its weekdays,
        # New Year's Day still a holiday (Fri 2, Mon 5 … Thu 8).
        (date(2031, 12, 31), date(2032, 1, 8)),
    ],
)
async def test_deadlines_count_working_days_across_holidays_and_make_up_days(
    f, db, clock, today, expected
):
    async with db.write() as session:
        for day in (14, 15, 16):
            session.add(
                CalendarDay(
                    hall_id=f.hall.hall_id, day=date(2026, 12, day), kind="holiday", name="测试假日"
                )
            )
        session.add(
            CalendarDay(
                hall_id=f.hall.hall_id, day=date(2026, 12, 19), kind="makeup_workday", name="调休"
            )
        )
    clock.set_local(today, time(10, 0), ZONE)
    opened = await f.cases.open_hard_case(f.a["daoban"], HardCaseForm("诉求", "其他", "窗口"))
    assert opened.row.due_date == expected


async def test_two_supervisors_approving_at_once_close_a_case_once(f, db_url, clock):
    case_id = await f.bad_rating()
    await f.cases.verify(f.boss, case_id, verdict="不属实", callback="群众表示误按")
    await f.cases.rectify(f.boss, case_id, text="向群众解释", mode="explain")
    await f.cases.answer(f.boss, case_id, channel="电话", response="满意")
    other = Database(db_url, clock=clock)
    try:
        results = await asyncio.gather(
            f.cases.approve(f.boss, case_id),
            CaseService(other).approve(f.boss, case_id),
            return_exceptions=True,
        )
    finally:
        await other.dispose()
    assert sorted(type(r).__name__ for r in results) == ["CaseDetail", "IllegalTransition"]
    steps = (await f.cases.case(f.boss, case_id)).steps
    assert [s.action for s in steps].count(CaseAction.APPROVE) == 1


async def test_the_demo_hall_has_a_case_of_each_kind_under_way(f, db):
    await seed_demo_cases(db, f.hall.hall_id)
    rows = await f.cases.cases(f.boss)
    assert sorted((r.kind.value, r.status.value) for r in rows) == [
        ("finding", "to_rectify"),
        ("hard_case", "coordinating"),
        ("problem", "to_approve"),
        ("problem", "to_rectify"),
        ("walkthrough", "rectifying"),
    ]
    assert [r.kind for r in await f.cases.my_open_cases(f.a["clerk3"])] == [
        CaseKind.HARD_CASE,  # sent to window 3, where clerk3 is signed in
        CaseKind.FINDING,
        CaseKind.PROBLEM,
    ]
