"""Cases of the ledger (台账) made through the services, for the export tests: a 差评 taken
through its whole path, a 走流程 with its problems, the patrols' findings of a period."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.actor import Actor
from hall_desktop.services.cases import (
    CaseDetail,
    CaseService,
    FindingForm,
    ProblemForm,
    WalkthroughForm,
)
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store.database import Database
from tests.helpers import item_ids, line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")
PHONE = "13812345678"
PHONE_MASKED = "138****5678"
#: A Monday, and the period of the findings: 2 to 13 November 2026 (two working weeks).
FIRST_DAY = date(2026, 11, 2)
PERIOD = (date(2026, 11, 2), date(2026, 11, 13))
CATEGORIES = ("离岗", "服务规范", "慢作为", "环境", "不作为", "其他")
PLACES = ("一楼等候区", "自助服务区", "二楼走廊", "母婴室")
FINDINGS = (
    "工作时间窗口无人，群众等候约十分钟",
    "未按规定佩戴工作牌，亮牌服务不规范",
    "群众咨询不动产登记材料时答复含糊，让群众多跑一次",
    "等候区座椅破损未及时报修",
    "对群众提出的跨部门事项推诿，未按首问负责制引导",
    "自助取号机旁未张贴操作指引",
)


class Ledger:
    """A demo hall's ledger, with the actors and the clock that make its cases."""

    def __init__(self, db: Database, hall_id: int, actors: dict[str, Actor], clock: FixedClock):
        self.db, self.hall_id, self.a, self.clock = db, hall_id, actors, clock
        self.cases = CaseService(db)
        self.boss = actors["zhuren"]

    async def setup(self) -> Ledger:
        self.lines = await line_ids(self.db, self.hall_id)
        self.win = await window_ids(self.db, self.hall_id)
        self.items = await item_ids(self.db, self.hall_id)
        return self

    def at(self, day: date, hour: int = 10, minute: int = 0) -> None:
        self.clock.set_local(day, time(hour, minute), ZONE)

    async def bad_rating(self, *, full: bool = True) -> CaseDetail:
        """A 差评 at window 1 (clerk1), appealed and refused, verified by a call back,
        rectified, answered, sent back, rectified and answered again, approved."""
        q = QueueService(self.db)
        self.at(FIRST_DAY, 9, 5)
        await q.issue_ticket(self.a["daoban"], self.lines["A"])
        ticket = await q.call_next(self.a["clerk1"], self.win[1])
        assert ticket is not None
        await q.start(self.a["clerk1"], ticket.id)
        done = await q.finish(
            self.a["clerk1"], ticket.id, outcome=Outcome.COMPLETED, item_ids=self.items[:1]
        )
        record = await RatingService(self.db).rate(
            self.hall_id, self.win[1], done.id, 1, reason="效率", note="等了很久，材料要求反复变"
        )
        case_id = record.case_id
        assert case_id is not None
        c, boss = self.cases, self.boss
        detail = await c.case(boss, case_id)
        if not full:
            return detail
        self.at(FIRST_DAY, 11, 20)
        await c.appeal(
            self.a["clerk1"], case_id, ground="误评", evidence="群众到窗口时材料不全，已一次性告知"
        )
        self.at(FIRST_DAY, 15, 0)
        await c.decide_appeal(
            boss, case_id, upheld=False, text="调阅录像，告知不够清楚，申诉不成立"
        )
        self.at(FIRST_DAY + timedelta(days=1), 9, 40)
        await c.verify(
            boss,
            case_id,
            verdict="部分属实",
            callback="电话回访：群众反映等候四十分钟，窗口两次要求补交材料",
            phone=PHONE,
        )
        self.at(FIRST_DAY + timedelta(days=1), 16, 10)
        await c.rectify(boss, case_id, text="窗口一次性告知清单重新印制", by_whom="王磊")
        self.at(FIRST_DAY + timedelta(days=2), 10, 0)
        await c.answer(boss, case_id, channel="电话", response="基本满意", text="已向群众说明")
        self.at(FIRST_DAY + timedelta(days=2), 14, 30)
        await c.send_back(boss, case_id, text="整改措施过于笼统，请写明培训安排")
        self.at(FIRST_DAY + timedelta(days=3), 9, 15)
        await c.rectify(
            boss,
            case_id,
            text="重新印制一次性告知清单；11月6日对全体窗口人员开展材料审核培训，"
            "并将该事项纳入每周业务学习，后续由科室负责人抽查一次性告知落实情况",
            by_whom="王磊",
        )
        self.at(FIRST_DAY + timedelta(days=3), 11, 0)
        await c.answer(boss, case_id, channel="电话", response="满意", text="群众表示认可")
        self.at(FIRST_DAY + timedelta(days=3), 17, 45)
        return await c.approve(boss, case_id, text="整改到位，同意办结")

    async def walkthrough(self) -> CaseDetail:
        """A 走流程 as an applicant with three problems, the first put right and closed."""
        self.at(FIRST_DAY + timedelta(days=1), 10, 0)
        problems = (
            ProblemForm(
                "取号机未提示需先取号再填表，群众来回排队", owner_id=self.a["clerk2"].staff_id
            ),
            ProblemForm("窗口要求的材料清单与网上公布的不一致", department="不动产登记中心"),
            ProblemForm(
                "办结后未告知可选择免费邮寄，群众需再跑一次领证",
                owner_id=self.a["clerk3"].staff_id,
                department="综合窗口",
            ),
        )
        walk = await self.cases.record_walkthrough(
            self.boss,
            WalkthroughForm(
                person="李副区长",
                person_role="申请人",
                walked_on=FIRST_DAY + timedelta(days=1),
                summary="以申请人身份体验不动产转移登记全流程，用时约一小时二十分",
                item_id=self.items[0],
                window_id=self.win[2],
                problems=problems,
            ),
        )
        first = walk.children[0].id
        self.at(FIRST_DAY + timedelta(days=2), 11, 0)
        await self.cases.rectify(self.a["clerk2"], first, text="取号机首页增加办事指引提示")
        self.at(FIRST_DAY + timedelta(days=2), 16, 0)
        await self.cases.approve(self.boss, first, text="已核实")
        return await self.cases.case(self.boss, walk.row.id)

    async def finding(
        self,
        day: date,
        n: int,
        *,
        rectify: bool = False,
        approve: bool = False,
        due: date | None = None,
    ) -> CaseDetail:
        """The ``n``-th finding of the patrol on ``day`` (clock set to that day)."""
        self.at(day, 9 + n % 8, 10)
        clerk = self.a[f"clerk{1 + n % 10}"]
        on_window = n % 3 != 2
        detail = await self.cases.record_finding(
            self.boss,
            FindingForm(
                category=CATEGORIES[n % len(CATEGORIES)],
                text=f"{FINDINGS[n % len(FINDINGS)]}（第{n + 1}次巡查）",
                inspector="督查组 陈静",
                found_on=day,
                window_id=self.win[1 + n % 10] if on_window else None,
                place=None if on_window else PLACES[n % len(PLACES)],
                clerk_id=clerk.staff_id if on_window else None,
                owner_id=clerk.staff_id,
                due_date=due,
            ),
        )
        if rectify or approve:
            await self.cases.rectify(clerk, detail.row.id, text="已当场纠正并组织学习服务规范")
        if approve:
            detail = await self.cases.approve(self.boss, detail.row.id, text="复查合格")
        return detail
