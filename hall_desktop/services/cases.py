"""台账: the case ledger's use cases (``domain.cases`` says which step is legal when).

Each step is one transaction: the case row is locked (``FOR UPDATE`` on PostgreSQL; the
write lock on SQLite), the actor re-read, the step checked against the path and the
actor's rights, the case updated, a :class:`CaseStep` and an event written. A refusal
leaves nothing behind.

Who may do what:
- a supervisor (专员/负责人) assigns, verifies, rectifies, answers, approves, returns,
  decides appeals, records 走流程 and 督查 findings, and sees the citizen's phone (the
  one who calls back);
- a clerk sees their own 差评 (and may appeal it once), the 办不成事 cases sent to the
  window they are signed in to (and records their outcome), and the rectification items
  they own (and records what was done); at the 办不成事反映窗口 they take cases in;
- a guide takes 办不成事 cases in at the desk and sees the ones they took in;
- an administrator sets each kind's deadline (working days) and reads the ledger.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from hall_desktop.domain import cases as rules_of
from hall_desktop.domain.audit_text import Names, describe
from hall_desktop.domain.cases import (
    AppealStatus,
    CaseAction,
    CaseKind,
    CaseStatus,
    Deadline,
    case_days_of,
    check_appeal,
    check_case_days,
    check_choice,
    check_decision,
    check_outcome,
    check_verdict_and_mode,
    first_status,
    legal_actions,
    next_status,
)
from hall_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import local_midnight, service_day, working_days_after
from hall_desktop.domain.masking import mask_phone
from hall_desktop.domain.validators import normalize_mobile
from hall_desktop.domain.windows_lines import WindowKind
from hall_desktop.services import rules
from hall_desktop.services.actor import (
    ADMINS,
    MANAGERS,
    Actor,
    Role,
    recheck,
    record_action,
)
from hall_desktop.services.schedule import HallZones, load_schedule
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.models import (
    CaseStep,
    Consultation,
    Hall,
    LedgerCase,
    Rating,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
)

__all__ = [
    "CaseDetail",
    "CaseFigures",
    "CaseFilter",
    "CaseRow",
    "CaseService",
    "CaseStepRow",
    "FindingForm",
    "HardCaseForm",
    "ProblemForm",
    "WalkthroughForm",
    "add_step",
    "clean_finding",
    "due_after",
    "open_finding",
]

#: The most cases a screen lists (narrow the filter or export for more).
SCREEN_ROWS = 5000
#: The event each step writes.
STEP_EVENTS: Mapping[CaseAction, EventKind] = {
    CaseAction.OPEN: EventKind.CASE_OPENED,
    CaseAction.VERIFY: EventKind.CASE_VERIFIED,
    CaseAction.RECTIFY: EventKind.CASE_RECTIFIED,
    CaseAction.ANSWER: EventKind.CASE_ANSWERED,
    CaseAction.ASSIGN: EventKind.CASE_ASSIGNED,
    CaseAction.RESOLVE: EventKind.CASE_RESOLVED,
    CaseAction.APPROVE: EventKind.CASE_APPROVED,
    CaseAction.RETURN: EventKind.CASE_RETURNED,
    CaseAction.APPEAL: EventKind.CASE_APPEALED,
    CaseAction.DECIDE_APPEAL: EventKind.CASE_APPEAL_DECIDED,
    CaseAction.ADD_PROBLEM: EventKind.CASE_PROBLEM_ADDED,
    CaseAction.ITEMS_CLOSED: EventKind.CASE_CLOSED,
}
#: Steps only a supervisor takes.
SUPERVISOR_STEPS = frozenset(
    {
        CaseAction.VERIFY,
        CaseAction.ANSWER,
        CaseAction.ASSIGN,
        CaseAction.APPROVE,
        CaseAction.RETURN,
        CaseAction.DECIDE_APPEAL,
        CaseAction.ADD_PROBLEM,
    }
)


async def due_after(session: AsyncSession, hall_id: int, today: date, days: int) -> date:
    """``days`` working days after ``today`` on the hall's calendar
    (:func:`~hall_desktop.domain.hours.working_days_after`)."""
    return working_days_after(await load_schedule(session, hall_id), today, days)


async def _sees_phones(session: AsyncSession) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        await session.scalar(
            select(func.has_column_privilege("ledger_case", "citizen_phone", "SELECT"))
        )
    )


#: A case's columns about the citizen, left out where only figures are read.
_PERSONAL = (
    LedgerCase.citizen_name,
    LedgerCase.citizen_phone,
    LedgerCase.detail,
    LedgerCase.note,
)


def add_step(
    session: AsyncSession,
    case: LedgerCase,
    action: CaseAction,
    *,
    at: datetime,
    actor_id: int | None,
    before: CaseStatus | str | None,
    data: Mapping[str, Any],
) -> dict[str, Any]:
    """A step of ``case`` into its history (the case's state now is where it led); what
    was written, empty values left out."""
    clean = {k: v for k, v in data.items() if v not in (None, "")}
    session.add(
        CaseStep(
            hall_id=case.hall_id,
            case_id=case.id,
            at=at,
            actor_id=actor_id,
            action=action.value,
            status_before=None if before is None else str(before),
            status_after=case.status,
            data=clean,
        )
    )
    return clean


async def hall_case_days(session: AsyncSession, hall_id: int) -> dict[CaseKind, int]:
    stored = await session.scalar(select(Hall.case_days).where(Hall.id == hall_id))
    return case_days_of(stored)


# -- what the screens get ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the ledger (the phone masked)."""

    id: int
    kind: CaseKind
    status: CaseStatus
    title: str
    category: str | None
    level: str | None
    window_number: int | None
    clerk_name: str | None
    owner_name: str | None
    assigned_to: str | None  # "11号窗口" or a department
    phone_masked: str
    opened_at: datetime
    due_date: date
    closed_at: datetime | None
    overdue: bool
    appeal_status: AppealStatus | None
    parent_id: int | None
    rating_level: int | None
    verdict: str | None
    outcome: str | None

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def status_label(self) -> str:
        if self.appeal_status is AppealStatus.PENDING:
            return f"{self.status.label}（申诉待复核）"
        if self.appeal_status is AppealStatus.UPHELD:
            return f"{self.status.label}（申诉成立）"
        return self.status.label

    @property
    def code(self) -> str:
        """The case's number as the ledger prints it: TZ000123."""
        return f"TZ{self.id:06d}"


@dataclass(frozen=True, slots=True)
class CaseStepRow:
    at: datetime
    actor_name: str | None  # None: the program (a terminal's 差评, a walkthrough's end)
    action: CaseAction
    status_before: CaseStatus | None
    status_after: CaseStatus
    text: str  # what was written, in words

    @property
    def label(self) -> str:
        return self.action.label


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case on one page: its row, everything it holds, its history, its items and the
    steps the asking member of staff may take now."""

    row: CaseRow
    detail: str
    reason: str | None
    note: str | None
    citizen_name: str | None
    phone: str  # in full for a supervisor (who calls back), else masked
    person: str | None
    person_role: str | None
    happened_on: date | None
    place: str | None
    item_name: str | None
    ticket_number: str | None
    served_ticket_number: str | None
    called_back: bool
    steps: tuple[CaseStepRow, ...]
    children: tuple[CaseRow, ...]
    actions: tuple[CaseAction, ...]


@dataclass(frozen=True, slots=True)
class CaseFilter:
    kind: CaseKind | None = None
    status: CaseStatus | None = None
    open_only: bool = False
    window_id: int | None = None  # the window concerned or sent to
    clerk_id: int | None = None
    overdue_only: bool = False
    start: date | None = None  # opened on or after (the hall's date)
    end: date | None = None  # opened on or before


@dataclass(frozen=True, slots=True)
class HardCaseForm:
    """办不成事: what the citizen could not get done."""

    request: str  # 诉求
    category: str  # 材料/流程/跨部门/政策/系统/其他
    level: str  # 窗口/部门/中心/区级
    citizen_name: str | None = None
    citizen_phone: str | None = None
    ticket_number: str | None = None  # today's number the citizen holds, if any
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ProblemForm:
    """A problem to put right (走流程问题), with who answers for it and by when."""

    text: str
    owner_id: int | None = None
    department: str | None = None
    due_date: date | None = None  # None: the hall's working days for the kind


@dataclass(frozen=True, slots=True)
class WalkthroughForm:
    """走流程: a leader's experience of an item, as an applicant or at the window."""

    person: str
    person_role: str  # 申请人 / 窗口人员
    walked_on: date
    summary: str
    item_id: int | None = None
    window_id: int | None = None
    problems: tuple[ProblemForm, ...] = ()


@dataclass(frozen=True, slots=True)
class FindingForm:
    """督查: a patrol's finding at a window or in the hall."""

    category: str
    text: str
    inspector: str
    found_on: date
    window_id: int | None = None
    place: str | None = None
    clerk_id: int | None = None
    owner_id: int | None = None
    department: str | None = None
    due_date: date | None = None


@dataclass(frozen=True, slots=True)
class CaseFigures:
    """The ledger's figures for a period (cases opened in it), for the reports."""

    start: date
    end: date
    by_kind_status: Mapping[tuple[CaseKind, CaseStatus], int]
    overdue_open: int
    bad_ratings: int
    verified_on_time: int
    rectified_on_time: int  # 整改 or 解释说明 done by the deadline
    answered_on_time: int
    closed_on_time: int
    named_bad_ratings: int  # 实名差评: a phone to call back is known
    called_back: int  # of those, 回访 made
    appeals: int
    appeals_upheld: int
    hard_cases: int
    hard_cases_solved: int  # 已办成: the report's "办成难事 N 件"
    hard_cases_answered: int  # 已答复解释
    hard_cases_refused: int  # 无法办理
    walkthroughs: int
    problems: int
    problems_rectified: int
    findings: int
    findings_rectified: int
    by_category: Mapping[str, int] = field(default_factory=dict)  # 办不成事 and 督查
    #: 答疑解惑 tallied at the desks in the period, counted beside the 办不成事 cases.
    consultations: int = 0

    @property
    def callback_rate(self) -> float | None:
        """实名差评回访率."""
        return self.called_back / self.named_bad_ratings if self.named_bad_ratings else None

    def count(self, kind: CaseKind, status: CaseStatus | None = None) -> int:
        return sum(
            n for (k, s), n in self.by_kind_status.items() if k is kind and status in (None, s)
        )


# -- the service ------------------------------------------------------------------------


@dataclass
class _Step:
    """A step being taken: the case, the actor as the database knows them, now."""

    case: LedgerCase
    actor: Actor
    now: datetime
    today: date


async def _check_refs(
    session: AsyncSession, hall_id: int, item_id: int | None, window_id: int | None
) -> None:
    if item_id is not None:
        found = await session.scalar(select(ServiceItem.id).where(ServiceItem.id == item_id))
        if found is None:
            raise ValidationError("item_id", "找不到该事项")
    if window_id is not None:
        found = await session.scalar(
            select(ServiceWindow.id).where(
                ServiceWindow.id == window_id, ServiceWindow.hall_id == hall_id
            )
        )
        if found is None:
            raise ValidationError("window_id", "找不到该窗口")


async def _check_staff(session: AsyncSession, hall_id: int, staff_id: int | None) -> None:
    if staff_id is None:
        return
    found = await session.scalar(
        select(Staff.id).where(Staff.id == staff_id, Staff.hall_id == hall_id, Staff.active)
    )
    if found is None:
        raise ValidationError("owner_id", "找不到该工作人员（或已停用）")


async def _log_step(
    session: AsyncSession,
    step: _Step,
    action: CaseAction,
    before: CaseStatus | str | None,
    data: dict[str, Any],
) -> None:
    case = step.case
    clean = add_step(session, case, action, at=step.now, actor_id=step.actor.staff_id,
                     before=before, data=data)  # fmt: skip
    await record_action(
        session,
        step.actor,
        STEP_EVENTS[action],
        at=step.now,
        ticket_id=case.ticket_id,
        window_id=case.window_id,
        payload={
            "case_id": case.id,
            "case_kind": case.kind,
            "case_status": case.status,
            **clean,
        },
    )


def clean_finding(form: FindingForm) -> FindingForm:
    """A 督查 form with its texts cleaned and its category checked, before any
    transaction (:func:`open_finding` takes it so)."""
    return dataclasses.replace(
        form,
        category=check_choice(form.category, rules_of.FINDING_CATEGORIES, "问题类别"),
        text=rules.CASE_TITLE.clean(form.text, required=True),
        inspector=rules.CASE_PERSON.clean(form.inspector, required=True),
        place=rules.CASE_PLACE.optional(form.place),
        department=rules.CASE_DEPARTMENT.optional(form.department),
    )


async def open_finding(
    session: AsyncSession, actor: Actor, form: FindingForm, *, now: datetime, today: date
) -> int:
    """A 督查 finding opened inside the caller's transaction, with its step and event:
    ``actor`` as :func:`recheck` gave it, ``form`` through :func:`clean_finding`. Its id.

    :meth:`CaseService.record_finding` opens one; a patrol opens one per item not met."""
    if form.found_on > today:
        raise ValidationError("found_on", "督查日期不能晚于今天")
    if form.window_id is None and form.place is None:
        raise ValidationError("place", "请选择发现问题的窗口，或填写地点")
    await _check_refs(session, actor.hall_id, None, form.window_id)
    for staff_id in (form.clerk_id, form.owner_id):
        await _check_staff(session, actor.hall_id, staff_id)
    due = form.due_date or await due_after(
        session,
        actor.hall_id,
        today,
        (await hall_case_days(session, actor.hall_id))[CaseKind.FINDING],
    )
    _check_due(due, today)
    row = LedgerCase(
        hall_id=actor.hall_id,
        kind=CaseKind.FINDING.value,
        status=first_status(CaseKind.FINDING).value,
        window_id=form.window_id,
        clerk_id=form.clerk_id,
        title=form.text,
        detail="",
        category=form.category,
        person=form.inspector,
        happened_on=form.found_on,
        place=form.place,
        owner_id=form.owner_id,
        assigned_department=form.department,
        called_back=False,
        opened_at=now,
        opened_by_id=actor.staff_id,
        due_date=due,
    )
    session.add(row)
    await session.flush()
    await _log_step(
        session,
        _Step(row, actor, now, today),
        CaseAction.OPEN,
        None,
        {"title": form.text, "category": form.category, "owner_id": form.owner_id},
    )
    return row.id


@retry_conflicts
class CaseService:
    """The ledger: cases opened, stepped through and read."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._zones = HallZones()

    # ---------------------------------------------------------------- opening

    async def open_hard_case(self, actor: Actor, form: HardCaseForm) -> CaseDetail:
        """办不成事: taken in by a guide or supervisor, or by a clerk signed in at a
        办不成事反映窗口 (the case names that window)."""
        request = rules.CASE_REQUEST.clean(form.request, required=True)
        detail = rules.CASE_DETAIL.clean(form.detail)
        category = check_choice(form.category, rules_of.HARD_CASE_CATEGORIES, "问题类别")
        level = check_choice(form.level, rules_of.HARD_CASE_LEVELS, "协调层级")
        name = rules.CASE_CITIZEN_NAME.optional(form.citizen_name)
        phone = _phone(form.citizen_phone)
        number = rules.CASE_TICKET_NUMBER.optional(form.ticket_number)
        async with self.db.write() as session:
            fresh = await recheck(
                session, actor, Role.GUIDE, Role.CLERK, Role.SUPERVISOR, action="登记办不成事"
            )
            now, today = await self._now(session, fresh.hall_id)
            window_id = None
            if not fresh.has(Role.GUIDE, Role.SUPERVISOR):
                window = await session.scalar(
                    select(ServiceWindow).where(
                        ServiceWindow.hall_id == fresh.hall_id,
                        ServiceWindow.clerk_id == fresh.staff_id,
                        ServiceWindow.kind == WindowKind.HARD_CASE.value,
                    )
                )
                if window is None:
                    raise PermissionDenied(
                        "只有在办不成事反映窗口签到的工作人员（或导办员、负责人）可以登记办不成事"
                    )
                window_id = window.id
            ticket_id = await self._ticket_of_today(session, fresh.hall_id, number, today)
            days = (await hall_case_days(session, fresh.hall_id))[CaseKind.HARD_CASE]
            row = LedgerCase(
                hall_id=fresh.hall_id,
                kind=CaseKind.HARD_CASE.value,
                status=first_status(CaseKind.HARD_CASE).value,
                ticket_id=ticket_id,
                window_id=window_id,
                title=request,
                detail=detail,
                category=category,
                level=level,
                citizen_name=name,
                citizen_phone=phone,
                called_back=False,
                opened_at=now,
                opened_by_id=fresh.staff_id,
                due_date=await due_after(session, fresh.hall_id, today, days),
            )
            session.add(row)
            await session.flush()
            await _log_step(
                session,
                _Step(row, fresh, now, today),
                CaseAction.OPEN,
                None,
                {"title": request, "category": category, "case_level": level},
            )
            case_id = row.id
        return await self.case(actor, case_id)

    async def record_walkthrough(self, actor: Actor, form: WalkthroughForm) -> CaseDetail:
        """走流程, with the problems it found (each a rectification item of its own)."""
        person = rules.CASE_PERSON.clean(form.person, required=True)
        role = check_choice(form.person_role, rules_of.WALKER_ROLES, "体验身份")
        summary = rules.CASE_TITLE.clean(form.summary, required=True)
        problems = [_problem(p) for p in form.problems]
        async with self.db.write() as session:
            fresh = await recheck(session, actor, Role.SUPERVISOR, action="登记走流程")
            now, today = await self._now(session, fresh.hall_id)
            if form.walked_on > today:
                raise ValidationError("walked_on", "走流程的日期不能晚于今天")
            await _check_refs(session, fresh.hall_id, form.item_id, form.window_id)
            days = await hall_case_days(session, fresh.hall_id)
            walk = LedgerCase(
                hall_id=fresh.hall_id,
                kind=CaseKind.WALKTHROUGH.value,
                status=first_status(CaseKind.WALKTHROUGH, has_problems=bool(problems)).value,
                window_id=form.window_id,
                item_id=form.item_id,
                title=summary,
                detail="",
                person=person,
                person_role=role,
                happened_on=form.walked_on,
                called_back=False,
                opened_at=now,
                opened_by_id=fresh.staff_id,
                due_date=await due_after(session, fresh.hall_id, today, days[CaseKind.WALKTHROUGH]),
                closed_at=None if problems else now,
            )
            session.add(walk)
            await session.flush()
            step = _Step(walk, fresh, now, today)
            await _log_step(
                session,
                step,
                CaseAction.OPEN,
                None,
                {
                    "title": summary,
                    "person": person,
                    "person_role": role,
                    "problems": len(problems),
                },
            )
            for text, owner_id, department, due in problems:
                await self._add_item(
                    session, step, CaseKind.PROBLEM, text, owner_id, department, due, days
                )
            case_id = walk.id
        return await self.case(actor, case_id)

    async def add_problem(self, actor: Actor, walkthrough_id: int, form: ProblemForm) -> CaseDetail:
        """One more problem of a walkthrough still 整改中."""
        text, owner_id, department, due = _problem(form)
        async with self.db.write() as session:
            step = await self._begin(session, actor, walkthrough_id, CaseAction.ADD_PROBLEM)
            self._advance(step, CaseAction.ADD_PROBLEM)
            days = await hall_case_days(session, step.actor.hall_id)
            item = await self._add_item(
                session, step, CaseKind.PROBLEM, text, owner_id, department, due, days
            )
            await _log_step(
                session,
                step,
                CaseAction.ADD_PROBLEM,
                step.case.status,
                {"title": text, "problem_id": item},
            )
        return await self.case(actor, walkthrough_id)

    async def record_finding(self, actor: Actor, form: FindingForm) -> CaseDetail:
        """督查: a patrol's finding, to be put right by its owner."""
        form = clean_finding(form)
        async with self.db.write() as session:
            fresh = await recheck(session, actor, Role.SUPERVISOR, action="登记督查问题")
            now, today = await self._now(session, fresh.hall_id)
            case_id = await open_finding(session, fresh, form, now=now, today=today)
        return await self.case(actor, case_id)

    # ---------------------------------------------------------------- steps

    async def verify(
        self,
        actor: Actor,
        case_id: int,
        *,
        verdict: str,
        callback: str,
        called_back: bool = True,
        phone: str | None = None,
    ) -> CaseDetail:
        """核实: 回访 the citizen (what they said) and the verdict (属实/部分属实/不属实)."""
        check_choice(verdict, rules_of.VERDICTS, "核实结论")
        said = rules.CASE_STEP_TEXT.clean(callback, required=True)
        number = _phone(phone)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.VERIFY)
            before = self._advance(step, CaseAction.VERIFY)
            case = step.case
            case.verdict = verdict
            case.called_back = bool(called_back)
            case.verified_at = step.now
            if number is not None:
                case.citizen_phone = number
            await _log_step(
                session,
                step,
                CaseAction.VERIFY,
                before,
                {"verdict": verdict, "called_back": bool(called_back), "text": said},
            )
        return await self.case(actor, case_id)

    async def rectify(
        self,
        actor: Actor,
        case_id: int,
        *,
        text: str,
        by_whom: str | None = None,
        mode: str = "rectify",
    ) -> CaseDetail:
        """整改 (what was changed, by whom) or, for a 差评, 解释说明."""
        check_choice(mode, rules_of.RECTIFY_MODES, "处理方式")
        what = rules.CASE_STEP_TEXT.clean(text, required=True)
        who = rules.CASE_PERSON.optional(by_whom)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.RECTIFY)
            case = step.case
            if case.kind == CaseKind.BAD_RATING.value:
                check_verdict_and_mode(case.verdict, mode)
            elif mode != "rectify":
                raise ValidationError("mode", "整改事项只能登记整改情况")
            before = self._advance(step, CaseAction.RECTIFY)
            case.rectified_at = step.now
            await _log_step(
                session,
                step,
                CaseAction.RECTIFY,
                before,
                {"mode": mode, "text": what, "by_whom": who or step.actor.name},
            )
        return await self.case(actor, case_id)

    async def answer(
        self,
        actor: Actor,
        case_id: int,
        *,
        channel: str,
        response: str,
        text: str = "",
        answered_at: datetime | None = None,
    ) -> CaseDetail:
        """反馈: how and when the citizen was told, and what they said to it."""
        check_choice(channel, rules_of.ANSWER_CHANNELS, "反馈方式")
        check_choice(response, rules_of.ANSWER_RESPONSES, "群众意见")
        said = rules.CASE_STEP_TEXT.clean(text)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.ANSWER)
            when = answered_at or step.now
            if when.tzinfo is None:
                raise ValidationError("answered_at", "反馈时间须带时区")
            if when > step.now or when < step.case.opened_at:
                raise ValidationError("answered_at", "反馈时间应在登记之后、现在之前")
            before = self._advance(step, CaseAction.ANSWER)
            step.case.answered_at = when
            await _log_step(
                session,
                step,
                CaseAction.ANSWER,
                before,
                {
                    "channel": channel,
                    "response": response,
                    "answered_at": when.astimezone(UTC).isoformat(),
                    "text": said,
                },
            )
        return await self.case(actor, case_id)

    async def assign(
        self,
        actor: Actor,
        case_id: int,
        *,
        window_id: int | None = None,
        department: str | None = None,
        owner_id: int | None = None,
        text: str = "",
    ) -> CaseDetail:
        """交办: send a 办不成事 to a window or a department to coordinate (again)."""
        dept = rules.CASE_DEPARTMENT.optional(department)
        note = rules.CASE_STEP_TEXT.clean(text)
        if window_id is None and dept is None:
            raise ValidationError("department", "请选择交办的窗口，或填写交办部门")
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.ASSIGN)
            await _check_refs(session, step.actor.hall_id, None, window_id)
            await _check_staff(session, step.actor.hall_id, owner_id)
            before = self._advance(step, CaseAction.ASSIGN)
            case = step.case
            case.assigned_window_id = window_id
            case.assigned_department = dept
            case.owner_id = owner_id
            await _log_step(
                session,
                step,
                CaseAction.ASSIGN,
                before,
                {
                    "assigned_window_id": window_id,
                    "department": dept,
                    "owner_id": owner_id,
                    "text": note,
                },
            )
        return await self.case(actor, case_id)

    async def resolve(
        self,
        actor: Actor,
        case_id: int,
        *,
        outcome: str,
        text: str,
        reason: str | None = None,
        legal_basis: str | None = None,
        served_ticket_number: str | None = None,
    ) -> CaseDetail:
        """办理结果 of a 办不成事: 已办成 / 已答复解释 / 无法办理 (with the reason and the
        legal basis), and the ticket the matter was served under, if it was."""
        check_choice(outcome, rules_of.HARD_CASE_OUTCOMES, "办理结果")
        what = rules.CASE_STEP_TEXT.clean(text, required=True)
        why = rules.CASE_STEP_TEXT.optional(reason)
        basis = rules.CASE_STEP_TEXT.optional(legal_basis)
        check_outcome(outcome, why, basis)
        number = rules.CASE_TICKET_NUMBER.optional(served_ticket_number)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.RESOLVE)
            served = await self._ticket_of_today(session, step.actor.hall_id, number, step.today)
            before = self._advance(step, CaseAction.RESOLVE)
            step.case.outcome = outcome
            step.case.served_ticket_id = served
            await _log_step(
                session,
                step,
                CaseAction.RESOLVE,
                before,
                {
                    "case_outcome": outcome,
                    "text": what,
                    "reason": why,
                    "legal_basis": basis,
                    "served_ticket_id": served,
                },
            )
        return await self.case(actor, case_id)

    async def approve(self, actor: Actor, case_id: int, *, text: str = "") -> CaseDetail:
        """审核: a supervisor signs the case off; it is 办结."""
        note = rules.CASE_STEP_TEXT.clean(text)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.APPROVE)
            before = self._advance(step, CaseAction.APPROVE)
            step.case.closed_at = step.now
            await _log_step(session, step, CaseAction.APPROVE, before, {"text": note})
            await self._close_walkthrough(session, step)
        return await self.case(actor, case_id)

    async def send_back(self, actor: Actor, case_id: int, *, text: str) -> CaseDetail:
        """退回: not approved, back to the step before, with why."""
        note = rules.CASE_STEP_TEXT.clean(text, required=True)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.RETURN)
            before = self._advance(step, CaseAction.RETURN)
            await _log_step(session, step, CaseAction.RETURN, before, {"text": note})
        return await self.case(actor, case_id)

    async def appeal(self, actor: Actor, case_id: int, *, ground: str, evidence: str) -> CaseDetail:
        """申诉: the clerk rated asks for a 差评 to be reviewed as 误评 or 恶意差评."""
        check_choice(ground, rules_of.APPEAL_GROUNDS, "申诉理由")
        proof = rules.CASE_STEP_TEXT.clean(evidence, required=True)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.APPEAL)
            case = step.case
            check_appeal(CaseKind(case.kind), CaseStatus(case.status), _appeal(case))
            case.appeal_status = AppealStatus.PENDING.value
            await _log_step(
                session, step, CaseAction.APPEAL, case.status, {"ground": ground, "evidence": proof}
            )
        return await self.case(actor, case_id)

    async def decide_appeal(
        self, actor: Actor, case_id: int, *, upheld: bool, text: str
    ) -> CaseDetail:
        """申诉复核: upheld, the rating leaves the clerk's figures (kept in the record) and
        the case is 办结; not upheld, the case goes on where it was."""
        note = rules.CASE_STEP_TEXT.clean(text, required=True)
        async with self.db.write() as session:
            step = await self._begin(session, actor, case_id, CaseAction.DECIDE_APPEAL)
            case = step.case
            check_decision(_appeal(case))
            before = case.status
            if upheld:
                case.appeal_status = AppealStatus.UPHELD.value
                case.status = CaseStatus.CLOSED.value
                case.closed_at = step.now
                rating = await session.get(Rating, case.rating_id) if case.rating_id else None
                if rating is not None:
                    rating.excluded = True
            else:
                case.appeal_status = AppealStatus.REJECTED.value
            await _log_step(
                session, step, CaseAction.DECIDE_APPEAL, before, {"upheld": upheld, "text": note}
            )
        return await self.case(actor, case_id)

    # ---------------------------------------------------------------- settings

    async def case_days(self, actor: Actor) -> dict[CaseKind, int]:
        async with self.db.read() as session:
            return await hall_case_days(session, actor.hall_id)

    async def set_case_days(
        self, actor: Actor, days: Mapping[CaseKind, int]
    ) -> dict[CaseKind, int]:
        """Each kind's deadline in working days (cases opened from now on)."""
        wanted = {CaseKind(k): v for k, v in days.items()}
        check_case_days(wanted)
        async with self.db.write() as session:
            fresh = await recheck(session, actor, *ADMINS, action="设置台账办理期限")
            now = await self.db.now(session)
            hall = await session.get(Hall, fresh.hall_id, with_for_update=True)
            assert hall is not None
            before = case_days_of(hall.case_days)
            after = {**before, **wanted}
            hall.case_days = {k.value: v for k, v in after.items()}
            changed = {
                k.label: {"old": before[k], "new": after[k]} for k in after if before[k] != after[k]
            }
            if changed:
                await record_action(
                    session, fresh, EventKind.CASE_DAYS_SET, at=now, payload={"changes": changed}
                )
            return after

    # ---------------------------------------------------------------- reading

    async def cases(
        self, actor: Actor, filt: CaseFilter | None = None, *, limit: int | None = SCREEN_ROWS
    ) -> list[CaseRow]:
        """The ledger as ``actor`` may see it, newest first: at most ``limit`` cases (a
        screen's worth; None for an export of all)."""
        filt = filt or CaseFilter()
        async with self.db.read() as session:
            fresh = await recheck(session, actor, action="查看台账")
            _, today = await self._now(session, fresh.hall_id)
            query = _visible(select(LedgerCase), fresh).where(LedgerCase.hall_id == fresh.hall_id)
            zone = await self._zones.get(session, fresh.hall_id)
            query = _filtered(query, filt, zone, today)
            rows = list(await session.scalars(query.order_by(LedgerCase.id.desc()).limit(limit)))
            return await self._rows(session, rows, today)

    async def my_open_cases(self, actor: Actor) -> list[CaseRow]:
        """What a member of staff at a window has to act on or know about, whatever
        their roles: their 差评 and findings not yet closed, the 办不成事 sent to their
        window, the items they own (a supervisor at a window sees theirs, not the
        hall's: the 台账 tab has those)."""
        async with self.db.read() as session:
            fresh = await recheck(session, actor, action="查看台账")
            _, today = await self._now(session, fresh.hall_id)
            zone = await self._zones.get(session, fresh.hall_id)
            query = _filtered(
                select(LedgerCase).where(LedgerCase.hall_id == fresh.hall_id, _mine(fresh)),
                CaseFilter(open_only=True),
                zone,
                today,
            )
            rows = list(await session.scalars(query.order_by(LedgerCase.id.desc())))
            return await self._rows(session, rows, today)

    async def case(self, actor: Actor, case_id: int) -> CaseDetail:
        async with self.db.read() as session:
            fresh = await recheck(session, actor, action="查看台账")
            _, today = await self._now(session, fresh.hall_id)
            case = await session.scalar(
                _visible(select(LedgerCase), fresh).where(
                    LedgerCase.id == case_id, LedgerCase.hall_id == fresh.hall_id
                )
            )
            if case is None:
                raise NotFound(f"找不到台账 TZ{case_id:06d}，或您无权查看")
            (row,) = await self._rows(session, [case], today)
            children = list(
                await session.scalars(
                    select(LedgerCase)
                    .where(LedgerCase.parent_id == case.id)
                    .order_by(LedgerCase.id)
                )
            )
            steps = list(
                await session.scalars(
                    select(CaseStep).where(CaseStep.case_id == case.id).order_by(CaseStep.id)
                )
            )
            names = await _names(
                session, fresh.hall_id, steps, await self._zones.get(session, fresh.hall_id)
            )
            item_name = (
                await session.scalar(select(ServiceItem.name).where(ServiceItem.id == case.item_id))
                if case.item_id
                else None
            )
            tickets = await _ticket_numbers(session, [case.ticket_id, case.served_ticket_id])
            sees_phone = fresh.has(Role.SUPERVISOR)
            signed_in = await _signed_in_window(session, fresh)
            return CaseDetail(
                row=row,
                detail=case.detail,
                reason=case.reason,
                note=case.note,
                citizen_name=case.citizen_name,
                phone=(case.citizen_phone or "") if sees_phone else mask_phone(case.citizen_phone),
                person=case.person,
                person_role=case.person_role,
                happened_on=case.happened_on,
                place=case.place,
                item_name=item_name,
                ticket_number=tickets.get(case.ticket_id) if case.ticket_id else None,
                served_ticket_number=(
                    tickets.get(case.served_ticket_id) if case.served_ticket_id else None
                ),
                called_back=case.called_back,
                steps=tuple(_step_row(s, names) for s in steps),
                children=tuple(await self._rows(session, children, today)),
                actions=tuple(
                    a
                    for a in legal_actions(*_state(case))
                    if _may(fresh, case, a, signed_in=signed_in)
                ),
            )

    async def bulletin(self, actor: Actor, start: date, end: date) -> list[CaseDetail]:
        """督查通报: the patrols' findings from ``start`` to ``end`` (opened then), each
        with its history and state, oldest first."""
        if end < start:
            raise ValidationError("end", "结束日期不能早于开始日期")
        rows = await self.cases(actor, CaseFilter(kind=CaseKind.FINDING, start=start, end=end))
        return [await self.case(actor, row.id) for row in reversed(rows)]

    async def figures(self, actor: Actor, start: date, end: date) -> CaseFigures:
        """The ledger's figures for cases opened from ``start`` to ``end`` (the hall's
        dates, inclusive)."""
        return await self._figures_of(start, end, actor=actor)

    async def figures_of_hall(self, hall_id: int, start: date, end: date) -> CaseFigures:
        """:meth:`figures` of the hall ``hall_id`` with no permission check of its own:
        for the statistics of a hall its caller has already been allowed to see."""
        return await self._figures_of(start, end, hall_id=hall_id)

    async def _figures_of(
        self, start: date, end: date, *, actor: Actor | None = None, hall_id: int | None = None
    ) -> CaseFigures:
        if end < start:
            raise ValidationError("end", "结束日期不能早于开始日期")
        async with self.db.read() as session:
            if actor is not None:
                hall_id = (await recheck(session, actor, *MANAGERS, action="查看台账统计")).hall_id
            assert hall_id is not None
            _, today = await self._now(session, hall_id)
            zone = await self._zones.get(session, hall_id)
            # Counts and dates: the citizen's columns are not read, but whether a 差评
            # gave a phone is counted (实名差评) where this PC's database account may
            # see phones; a district's account (store.pg_roles) may not, and its
            # figures leave the 实名/回访 counts at 0 (the district tab shows neither).
            phones = await _sees_phones(session)
            personal = [c for c in _PERSONAL if not (phones and c is LedgerCase.citizen_phone)]
            rows = list(
                await session.scalars(
                    _filtered(
                        select(LedgerCase)
                        .options(*(defer(c, raiseload=True) for c in personal))
                        .where(LedgerCase.hall_id == hall_id),
                        CaseFilter(start=start, end=end),
                        zone,
                        today,
                    )
                )
            )
            consultations = await session.scalar(
                select(func.count())
                .select_from(Consultation)
                .where(
                    Consultation.hall_id == hall_id,
                    Consultation.service_day >= start,
                    Consultation.service_day <= end,
                )
            )
            return dataclasses.replace(
                _figures(rows, start, end, zone, today, phones=phones),
                consultations=consultations or 0,
            )

    # ---------------------------------------------------------------- internals

    async def _now(self, session: AsyncSession, hall_id: int) -> tuple[datetime, date]:
        now = await self.db.now(session)
        return now, service_day(now, await self._zones.get(session, hall_id))

    async def _begin(
        self, session: AsyncSession, actor: Actor, case_id: int, action: CaseAction
    ) -> _Step:
        """The case locked, the actor re-read and allowed ``action`` on it."""
        fresh = await recheck(session, actor, action=f"台账{action.label}")
        case = await session.scalar(
            select(LedgerCase)
            .where(LedgerCase.id == case_id, LedgerCase.hall_id == fresh.hall_id)
            .with_for_update()
        )
        if case is None:
            raise NotFound(f"找不到台账 TZ{case_id:06d}")
        if not _may(fresh, case, action, signed_in=await _signed_in_window(session, fresh)):
            raise PermissionDenied(_refusal(fresh, case, action))
        now, today = await self._now(session, fresh.hall_id)
        return _Step(case, fresh, now, today)

    def _advance(self, step: _Step, action: CaseAction) -> CaseStatus:
        """Move the case along its path; the status it had."""
        before = CaseStatus(step.case.status)
        step.case.status = next_status(
            CaseKind(step.case.kind), before, action, appeal=_appeal(step.case)
        ).value
        return before

    async def _add_item(
        self,
        session: AsyncSession,
        step: _Step,
        kind: CaseKind,
        text: str,
        owner_id: int | None,
        department: str | None,
        due: date | None,
        days: Mapping[CaseKind, int],
    ) -> int:
        parent = step.case
        await _check_staff(session, parent.hall_id, owner_id)
        due = due or await due_after(session, parent.hall_id, step.today, days[kind])
        _check_due(due, step.today)
        item = LedgerCase(
            hall_id=parent.hall_id,
            kind=kind.value,
            status=first_status(kind).value,
            parent_id=parent.id,
            window_id=parent.window_id,
            item_id=parent.item_id,
            title=text,
            detail="",
            person=parent.person,
            happened_on=parent.happened_on,
            owner_id=owner_id,
            assigned_department=department,
            called_back=False,
            opened_at=step.now,
            opened_by_id=step.actor.staff_id,
            due_date=due,
        )
        session.add(item)
        await session.flush()
        await _log_step(
            session,
            _Step(item, step.actor, step.now, step.today),
            CaseAction.OPEN,
            None,
            {"title": text, "owner_id": owner_id, "department": department, "parent_id": parent.id},
        )
        return item.id

    async def _close_walkthrough(self, session: AsyncSession, step: _Step) -> None:
        """A walkthrough whose last item was just closed is 办结 too."""
        parent_id = step.case.parent_id
        if parent_id is None:
            return
        parent = await session.scalar(
            select(LedgerCase).where(LedgerCase.id == parent_id).with_for_update()
        )
        if parent is None or parent.status != CaseStatus.RECTIFYING.value:
            return
        still_open = await session.scalar(
            select(LedgerCase.id)
            .where(
                LedgerCase.parent_id == parent_id,
                LedgerCase.status != CaseStatus.CLOSED.value,
            )
            .limit(1)
        )
        if still_open is not None:
            return
        before = CaseStatus(parent.status)
        parent.status = next_status(CaseKind.WALKTHROUGH, before, CaseAction.ITEMS_CLOSED).value
        parent.closed_at = step.now
        await _log_step(
            session,
            _Step(parent, step.actor, step.now, step.today),
            CaseAction.ITEMS_CLOSED,
            before,
            {},
        )

    async def _ticket_of_today(
        self, session: AsyncSession, hall_id: int, number: str | None, today: date
    ) -> int | None:
        if number is None:
            return None
        found = await session.scalar(
            select(Ticket.id).where(
                Ticket.hall_id == hall_id,
                Ticket.service_day == today,
                Ticket.number == number.upper(),
            )
        )
        if found is None:
            raise ValidationError("ticket_number", f"今天没有 {number} 号，请核对号码")
        return found

    async def _rows(
        self, session: AsyncSession, cases: Sequence[LedgerCase], today: date
    ) -> list[CaseRow]:
        staff_ids = {i for c in cases for i in (c.clerk_id, c.owner_id) if i is not None}
        window_ids = {
            i for c in cases for i in (c.window_id, c.assigned_window_id) if i is not None
        }
        rating_ids = [c.rating_id for c in cases if c.rating_id is not None]
        staff = await _lookup(session, Staff.id, Staff.name, staff_ids)
        windows = await _lookup(session, ServiceWindow.id, ServiceWindow.number, window_ids)
        levels = await _lookup(session, Rating.id, Rating.level, rating_ids)
        zone = await self._zones.get(session, cases[0].hall_id) if cases else UTC
        out = []
        for c in cases:
            assigned = None
            if c.assigned_window_id is not None:
                assigned = f"{windows.get(c.assigned_window_id, '?')}号窗口"
            if c.assigned_department:
                assigned = (
                    f"{assigned}、{c.assigned_department}" if assigned else c.assigned_department
                )
            closed_on = c.closed_at.astimezone(zone).date() if c.closed_at else None
            out.append(
                CaseRow(
                    id=c.id,
                    kind=CaseKind(c.kind),
                    status=CaseStatus(c.status),
                    title=c.title,
                    category=c.category,
                    level=c.level,
                    window_number=windows.get(c.window_id) if c.window_id else None,
                    clerk_name=staff.get(c.clerk_id) if c.clerk_id else None,
                    owner_name=staff.get(c.owner_id) if c.owner_id else None,
                    assigned_to=assigned,
                    phone_masked=mask_phone(c.citizen_phone),
                    opened_at=c.opened_at,
                    due_date=c.due_date,
                    closed_at=c.closed_at,
                    overdue=Deadline(c.due_date, closed_on).overdue(today),
                    appeal_status=_appeal(c),
                    parent_id=c.parent_id,
                    rating_level=levels.get(c.rating_id) if c.rating_id else None,
                    verdict=c.verdict,
                    outcome=c.outcome,
                )
            )
        return out


# -- rights -----------------------------------------------------------------------------


async def _signed_in_window(session: AsyncSession, actor: Actor) -> int | None:
    if not actor.has(Role.CLERK):
        return None
    found: int | None = await session.scalar(
        select(ServiceWindow.id).where(ServiceWindow.clerk_id == actor.staff_id).limit(1)
    )
    return found


def _may(actor: Actor, case: LedgerCase, action: CaseAction, *, signed_in: int | None) -> bool:
    """Whether ``actor`` may take ``action`` on ``case`` (the path aside)."""
    if action is CaseAction.APPEAL:
        return actor.has(Role.CLERK) and case.clerk_id == actor.staff_id
    if actor.has(Role.SUPERVISOR):
        return True
    if action is CaseAction.RESOLVE:
        return signed_in is not None and case.assigned_window_id == signed_in
    if action is CaseAction.RECTIFY:
        return case.kind in {k.value for k in rules_of.RECTIFICATION_KINDS} and (
            case.owner_id == actor.staff_id
        )
    return False


def _refusal(actor: Actor, case: LedgerCase, action: CaseAction) -> str:
    if action is CaseAction.APPEAL:
        return "只有被评价的窗口工作人员本人可以对差评申诉"
    if action is CaseAction.RESOLVE:
        return "只有负责人，或在交办窗口签到的工作人员，可以登记办理结果"
    if action is CaseAction.RECTIFY and case.kind != CaseKind.BAD_RATING.value:
        return "只有负责人或该问题的责任人可以登记整改情况"
    return f"{actor.name}（{actor.login}）没有“台账{action.label}”的权限，需要负责人"


def _mine(actor: Actor) -> ColumnElement[bool]:
    """The cases that are ``actor``'s own business: their 差评 and the findings about
    them, the items they answer for, the 办不成事 taken in at or sent to the window they
    are at."""
    at_my_window = select(ServiceWindow.id).where(ServiceWindow.clerk_id == actor.staff_id)
    return or_(
        and_(
            LedgerCase.kind.in_([CaseKind.BAD_RATING.value, CaseKind.FINDING.value]),
            LedgerCase.clerk_id == actor.staff_id,
        ),
        LedgerCase.owner_id == actor.staff_id,
        LedgerCase.assigned_window_id.in_(at_my_window),
        and_(
            LedgerCase.kind == CaseKind.HARD_CASE.value,
            LedgerCase.window_id.in_(at_my_window),
        ),
    )


def _visible(query: Select[Any], actor: Actor) -> Select[Any]:
    """The cases ``actor`` may see: all for supervisors and administrators; for clerks
    and guides their own (:func:`_mine`) and those they took in."""
    if actor.has(*MANAGERS):
        return query
    if not actor.has(Role.CLERK, Role.GUIDE):
        return query.where(false())
    return query.where(or_(_mine(actor), LedgerCase.opened_by_id == actor.staff_id))


def _filtered(query: Select[Any], filt: CaseFilter, zone: ZoneInfo, today: date) -> Select[Any]:
    if filt.kind is not None:
        query = query.where(LedgerCase.kind == filt.kind.value)
    if filt.status is not None:
        query = query.where(LedgerCase.status == filt.status.value)
    if filt.open_only or filt.overdue_only:
        query = query.where(LedgerCase.status != CaseStatus.CLOSED.value)
    if filt.overdue_only:
        query = query.where(LedgerCase.due_date < today)
    if filt.window_id is not None:
        query = query.where(
            or_(
                LedgerCase.window_id == filt.window_id,
                LedgerCase.assigned_window_id == filt.window_id,
            )
        )
    if filt.clerk_id is not None:
        query = query.where(
            or_(LedgerCase.clerk_id == filt.clerk_id, LedgerCase.owner_id == filt.clerk_id)
        )
    if filt.start is not None:
        query = query.where(LedgerCase.opened_at >= local_midnight(filt.start, zone))
    if filt.end is not None:
        query = query.where(
            LedgerCase.opened_at < local_midnight(filt.end + timedelta(days=1), zone)
        )
    return query


# -- helpers ----------------------------------------------------------------------------


def _appeal(case: LedgerCase) -> AppealStatus | None:
    return AppealStatus(case.appeal_status) if case.appeal_status else None


def _state(case: LedgerCase) -> tuple[CaseKind, CaseStatus, AppealStatus | None]:
    return CaseKind(case.kind), CaseStatus(case.status), _appeal(case)


def _phone(raw: str | None) -> str | None:
    text = rules.CASE_PHONE.optional(raw)
    return None if text is None else normalize_mobile(text)


def _problem(form: ProblemForm) -> tuple[str, int | None, str | None, date | None]:
    text = rules.CASE_TITLE.clean(form.text, required=True)
    return text, form.owner_id, rules.CASE_DEPARTMENT.optional(form.department), form.due_date


def _check_due(due: date, today: date) -> None:
    if due < today:
        raise ValidationError("due_date", "整改期限不能早于今天")


async def _lookup(
    session: AsyncSession, key: Any, value: Any, ids: Iterable[int | None]
) -> dict[Any, Any]:
    """``{key: value}`` for the rows whose ``key`` is one of ``ids``."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict((await session.execute(select(key, value).where(key.in_(wanted)))).all())


async def _ticket_numbers(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, str]:
    return await _lookup(session, Ticket.id, Ticket.number, ids)


async def _names(
    session: AsyncSession, hall_id: int, steps: Sequence[CaseStep], zone: ZoneInfo
) -> Names:
    staff = dict(
        (await session.execute(select(Staff.id, Staff.name).where(Staff.hall_id == hall_id))).all()
    )
    windows = dict(
        (
            await session.execute(
                select(ServiceWindow.id, ServiceWindow.number).where(
                    ServiceWindow.hall_id == hall_id
                )
            )
        ).all()
    )
    tickets = await _ticket_numbers(
        session, [s.data.get("served_ticket_id") for s in steps if isinstance(s.data, dict)]
    )
    return Names(staff=staff, windows=windows, tickets=tickets, zone=zone)


def _step_row(step: CaseStep, names: Names) -> CaseStepRow:
    data = dict(step.data or {})
    return CaseStepRow(
        at=step.at,
        actor_name=names.staff.get(step.actor_id) if step.actor_id else None,
        action=CaseAction(step.action),
        status_before=CaseStatus(step.status_before) if step.status_before else None,
        status_after=CaseStatus(step.status_after),
        text=describe(data, names) if data else "",
    )


def _figures(
    rows: Sequence[LedgerCase],
    start: date,
    end: date,
    zone: ZoneInfo,
    today: date,
    *,
    phones: bool = True,
) -> CaseFigures:
    def by(moment: datetime | None, due: date) -> bool:
        return moment is not None and moment.astimezone(zone).date() <= due

    kinds = Counter((CaseKind(r.kind), CaseStatus(r.status)) for r in rows)
    bad = [r for r in rows if r.kind == CaseKind.BAD_RATING.value]
    hard = [r for r in rows if r.kind == CaseKind.HARD_CASE.value]
    problems = [r for r in rows if r.kind == CaseKind.PROBLEM.value]
    findings = [r for r in rows if r.kind == CaseKind.FINDING.value]
    # A phone was given: '' is one erased after the hall's retention period (retention).
    named = [r for r in bad if r.citizen_phone is not None] if phones else []
    categories = Counter(r.category for r in hard + findings if r.category)
    closed = CaseStatus.CLOSED.value
    return CaseFigures(
        start=start,
        end=end,
        by_kind_status=dict(kinds),
        overdue_open=sum(1 for r in rows if r.status != closed and r.due_date < today),
        bad_ratings=len(bad),
        verified_on_time=sum(1 for r in bad if by(r.verified_at, r.due_date)),
        rectified_on_time=sum(1 for r in bad if by(r.rectified_at, r.due_date)),
        answered_on_time=sum(1 for r in bad if by(r.answered_at, r.due_date)),
        closed_on_time=sum(1 for r in rows if by(r.closed_at, r.due_date)),
        named_bad_ratings=len(named),
        called_back=sum(1 for r in named if r.called_back),
        appeals=sum(1 for r in bad if r.appeal_status),
        appeals_upheld=sum(1 for r in bad if r.appeal_status == AppealStatus.UPHELD.value),
        hard_cases=len(hard),
        hard_cases_solved=sum(1 for r in hard if r.status == closed and r.outcome == "已办成"),
        hard_cases_answered=sum(
            1 for r in hard if r.status == closed and r.outcome == "已答复解释"
        ),
        hard_cases_refused=sum(1 for r in hard if r.status == closed and r.outcome == "无法办理"),
        walkthroughs=sum(1 for r in rows if r.kind == CaseKind.WALKTHROUGH.value),
        problems=len(problems),
        problems_rectified=sum(1 for r in problems if r.status == closed),
        findings=len(findings),
        findings_rectified=sum(1 for r in findings if r.status == closed),
        by_category=dict(categories),
    )
