"""The case ledger (台账): every matter the hall follows to its end, as one mechanism.

Four kinds of matter, each a case that moves through states with a person responsible
and a deadline counted in the hall's working days:

- 差评整改 (:attr:`CaseKind.BAD_RATING`), opened by a 差评 at a terminal:
  待核实 → 核实 (回访, verdict) → 待整改 → 整改 or 解释说明 → 待反馈 → 反馈 → 待审核 →
  审核 → 办结. The clerk rated may appeal (申诉: 误评 / 恶意差评); a supervisor decides
  (申诉复核); an upheld appeal closes the case and takes the rating out of the clerk's
  figures, keeping it in the record.
- 办不成事 (:attr:`CaseKind.HARD_CASE`), taken in at the 办不成事反映窗口: 待交办 →
  交办 (to a department or window) → 协调中 → 办理结果 (已办成 / 已答复解释 / 无法办理)
  → 待审核 → 办结.
- 走流程 (:attr:`CaseKind.WALKTHROUGH`): a leader's experience of an item; each problem
  found becomes a 走流程问题 (:attr:`CaseKind.PROBLEM`), a rectification item of its own;
  the walkthrough is 整改中 until its last item is closed, then 办结 by itself.
- 督查 (:attr:`CaseKind.FINDING`): a patrol's finding, itself a rectification item.

A rectification item (问题/督查发现): 待整改 → 整改 → 待审核 → 办结. Any 待审核 may be
退回 (returned with a note) to the state before it.

This module is the one place that says which step is legal when; the service applies
it inside a transaction and writes the step and its event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hall_desktop.domain.errors import IllegalTransition, ValidationError


class CaseKind(StrEnum):
    BAD_RATING = "bad_rating"  # 差评整改
    HARD_CASE = "hard_case"  # 办不成事
    WALKTHROUGH = "walkthrough"  # 走流程
    PROBLEM = "problem"  # 走流程发现的问题 (a rectification item)
    FINDING = "finding"  # 督查发现的问题 (a rectification item)

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    CaseKind.BAD_RATING: "差评整改",
    CaseKind.HARD_CASE: "办不成事",
    CaseKind.WALKTHROUGH: "走流程",
    CaseKind.PROBLEM: "走流程问题",
    CaseKind.FINDING: "督查问题",
}
#: The kinds that are rectification items (整改事项).
RECTIFICATION_KINDS = frozenset({CaseKind.PROBLEM, CaseKind.FINDING})

#: Working days from opening to the deadline, per kind, unless the hall sets its own.
#: 差评: 5 working days, as many provinces require.
DEFAULT_CASE_DAYS: Mapping[CaseKind, int] = {
    CaseKind.BAD_RATING: 5,
    CaseKind.HARD_CASE: 5,
    CaseKind.WALKTHROUGH: 15,
    CaseKind.PROBLEM: 15,
    CaseKind.FINDING: 10,
}
CASE_DAYS_MAX = 60


class CaseStatus(StrEnum):
    TO_VERIFY = "to_verify"  # 待核实
    TO_RECTIFY = "to_rectify"  # 待整改
    TO_ANSWER = "to_answer"  # 待反馈
    TO_ASSIGN = "to_assign"  # 待交办
    COORDINATING = "coordinating"  # 协调中
    RECTIFYING = "rectifying"  # 整改中 (a walkthrough with open items)
    TO_APPROVE = "to_approve"  # 待审核
    CLOSED = "closed"  # 办结

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    CaseStatus.TO_VERIFY: "待核实",
    CaseStatus.TO_RECTIFY: "待整改",
    CaseStatus.TO_ANSWER: "待反馈",
    CaseStatus.TO_ASSIGN: "待交办",
    CaseStatus.COORDINATING: "协调中",
    CaseStatus.RECTIFYING: "整改中",
    CaseStatus.TO_APPROVE: "待审核",
    CaseStatus.CLOSED: "办结",
}


class CaseAction(StrEnum):
    OPEN = "open"  # 登记 (the case's first step)
    VERIFY = "verify"  # 核实
    RECTIFY = "rectify"  # 整改 / 解释说明
    ANSWER = "answer"  # 反馈
    ASSIGN = "assign"  # 交办
    RESOLVE = "resolve"  # 办理结果
    APPROVE = "approve"  # 审核通过 → 办结
    RETURN = "return"  # 退回
    APPEAL = "appeal"  # 申诉
    DECIDE_APPEAL = "decide_appeal"  # 申诉复核
    ADD_PROBLEM = "add_problem"  # 走流程: one more problem found
    ITEMS_CLOSED = "items_closed"  # 走流程: its last item closed

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    CaseAction.OPEN: "登记",
    CaseAction.VERIFY: "核实",
    CaseAction.RECTIFY: "整改",
    CaseAction.ANSWER: "反馈",
    CaseAction.ASSIGN: "交办",
    CaseAction.RESOLVE: "办理结果",
    CaseAction.APPROVE: "审核办结",
    CaseAction.RETURN: "退回",
    CaseAction.APPEAL: "申诉",
    CaseAction.DECIDE_APPEAL: "申诉复核",
    CaseAction.ADD_PROBLEM: "新增问题",
    CaseAction.ITEMS_CLOSED: "问题全部整改",
}

_S = CaseStatus
_A = CaseAction
#: (kind, status, action) → the status after the step.
TRANSITIONS: Mapping[tuple[CaseKind, CaseStatus, CaseAction], CaseStatus] = {
    (CaseKind.BAD_RATING, _S.TO_VERIFY, _A.VERIFY): _S.TO_RECTIFY,
    (CaseKind.BAD_RATING, _S.TO_RECTIFY, _A.RECTIFY): _S.TO_ANSWER,
    (CaseKind.BAD_RATING, _S.TO_ANSWER, _A.ANSWER): _S.TO_APPROVE,
    (CaseKind.BAD_RATING, _S.TO_APPROVE, _A.APPROVE): _S.CLOSED,
    (CaseKind.BAD_RATING, _S.TO_APPROVE, _A.RETURN): _S.TO_RECTIFY,
    (CaseKind.HARD_CASE, _S.TO_ASSIGN, _A.ASSIGN): _S.COORDINATING,
    (CaseKind.HARD_CASE, _S.COORDINATING, _A.ASSIGN): _S.COORDINATING,
    (CaseKind.HARD_CASE, _S.COORDINATING, _A.RESOLVE): _S.TO_APPROVE,
    (CaseKind.HARD_CASE, _S.TO_APPROVE, _A.APPROVE): _S.CLOSED,
    (CaseKind.HARD_CASE, _S.TO_APPROVE, _A.RETURN): _S.COORDINATING,
    (CaseKind.WALKTHROUGH, _S.RECTIFYING, _A.ADD_PROBLEM): _S.RECTIFYING,
    (CaseKind.WALKTHROUGH, _S.RECTIFYING, _A.ITEMS_CLOSED): _S.CLOSED,
    **{
        key: after
        for kind in RECTIFICATION_KINDS
        for key, after in {
            (kind, _S.TO_RECTIFY, _A.RECTIFY): _S.TO_APPROVE,
            (kind, _S.TO_APPROVE, _A.APPROVE): _S.CLOSED,
            (kind, _S.TO_APPROVE, _A.RETURN): _S.TO_RECTIFY,
        }.items()
    },
}


def first_status(kind: CaseKind, *, has_problems: bool = True) -> CaseStatus:
    """The state a new case of ``kind`` starts in."""
    if kind is CaseKind.BAD_RATING:
        return _S.TO_VERIFY
    if kind is CaseKind.HARD_CASE:
        return _S.TO_ASSIGN
    if kind is CaseKind.WALKTHROUGH:
        return _S.RECTIFYING if has_problems else _S.CLOSED
    return _S.TO_RECTIFY


class AppealStatus(StrEnum):
    PENDING = "pending"  # 申诉待复核
    UPHELD = "upheld"  # 申诉成立
    REJECTED = "rejected"  # 申诉不成立

    @property
    def label(self) -> str:
        return APPEAL_STATUS_LABELS[self]


APPEAL_STATUS_LABELS = {
    AppealStatus.PENDING: "申诉待复核",
    AppealStatus.UPHELD: "申诉成立",
    AppealStatus.REJECTED: "申诉不成立",
}


def next_status(
    kind: CaseKind,
    status: CaseStatus,
    action: CaseAction,
    *,
    appeal: AppealStatus | None = None,
) -> CaseStatus:
    """The state after ``action`` on a case of ``kind`` in ``status``; refuses, in
    Chinese, a step the path does not allow (an appeal and its decision have their own
    rules: :func:`check_appeal`, :func:`check_decision`)."""
    if action in (_A.APPEAL, _A.DECIDE_APPEAL):
        raise ValueError("an appeal is checked by check_appeal / check_decision")
    if appeal is AppealStatus.PENDING and action is not _A.ITEMS_CLOSED:
        raise IllegalTransition("该差评正在申诉复核，复核结论作出前不能办理其他环节")
    after = TRANSITIONS.get((kind, status, action))
    if after is None:
        if status is _S.CLOSED:
            raise IllegalTransition(f"该{kind.label}已办结，不能再{action.label}")
        raise IllegalTransition(
            f"{kind.label}处于“{status.label}”状态，不能{action.label}"
            f"（可办理：{'、'.join(a.label for a in legal_actions(kind, status, appeal)) or '无'}）"
        )
    return after


def legal_actions(
    kind: CaseKind, status: CaseStatus, appeal: AppealStatus | None = None
) -> tuple[CaseAction, ...]:
    """The steps that may be taken now (the ledger's buttons), in the path's order."""
    if appeal is AppealStatus.PENDING:
        return (_A.DECIDE_APPEAL,)
    found = [a for (k, s, a) in TRANSITIONS if k is kind and s is status]
    if kind is CaseKind.BAD_RATING and status is not _S.CLOSED and appeal is None:
        found.append(_A.APPEAL)
    # Taken by the program, not by a person.
    return tuple(a for a in CaseAction if a in found and a is not _A.ITEMS_CLOSED)


def check_appeal(kind: CaseKind, status: CaseStatus, appeal: AppealStatus | None) -> None:
    """A clerk may appeal a 差评 once, before it is closed."""
    if kind is not CaseKind.BAD_RATING:
        raise IllegalTransition(f"只有差评可以申诉，{kind.label}不能申诉")
    if status is _S.CLOSED:
        raise IllegalTransition("该差评已办结，不能再申诉")
    if appeal is not None:
        raise IllegalTransition(f"该差评已申诉过（{appeal.label}），不能再次申诉")


def check_decision(appeal: AppealStatus | None) -> None:
    if appeal is not AppealStatus.PENDING:
        raise IllegalTransition("该差评没有待复核的申诉")


# -- the words of each step ------------------------------------------------------------

VERDICTS = ("属实", "部分属实", "不属实")
RECTIFY_MODES = {"rectify": "整改", "explain": "解释说明"}
ANSWER_CHANNELS = ("电话", "短信", "当面", "书面")
ANSWER_RESPONSES = ("满意", "基本满意", "不满意", "未表态")
APPEAL_GROUNDS = ("误评", "恶意差评")
HARD_CASE_CATEGORIES = ("材料", "流程", "跨部门", "政策", "系统", "其他")
HARD_CASE_LEVELS = ("窗口", "部门", "中心", "区级")
HARD_CASE_OUTCOMES = ("已办成", "已答复解释", "无法办理")
WALKER_ROLES = ("申请人", "窗口人员")
FINDING_CATEGORIES = (
    "不作为",
    "慢作为",
    "乱作为",
    "假作为",
    "离岗",
    "服务规范",
    "环境",
    "其他",
)


def check_choice(value: str | None, choices: tuple[str, ...] | Mapping[str, str], what: str) -> str:
    """``value`` if it is one of ``choices``, else a Chinese refusal naming them."""
    if value is None or value not in choices:
        names = choices.values() if isinstance(choices, Mapping) else choices
        raise ValidationError(what, f"请选择{what}（{'、'.join(names)}）")
    return value


def check_verdict_and_mode(verdict: str | None, mode: str) -> None:
    """属实 must be rectified; 不属实 is answered with an explanation (解释说明);
    部分属实 either."""
    if verdict == "属实" and mode != "rectify":
        raise ValidationError("mode", "核实结论为“属实”的差评必须整改，不能只作解释说明")
    if verdict == "不属实" and mode != "explain":
        raise ValidationError("mode", "核实结论为“不属实”的差评应作解释说明，不需整改")


def check_outcome(outcome: str, reason: str | None, legal_basis: str | None) -> None:
    """无法办理 needs its reason and legal basis (法律政策依据)."""
    if outcome == "无法办理" and not (reason and legal_basis):
        raise ValidationError("legal_basis", "“无法办理”须写明原因和法律政策依据")


@dataclass(frozen=True, slots=True)
class Deadline:
    """A case's deadline as the ledger shows it."""

    due: date
    closed_on: date | None

    def overdue(self, today: date) -> bool:
        """Open past its due date, or closed after it (办理超期)."""
        end = self.closed_on if self.closed_on is not None else today
        return end > self.due


def case_days_of(stored: Mapping[str, object] | None) -> dict[CaseKind, int]:
    """The hall's deadline per kind: its stored settings over :data:`DEFAULT_CASE_DAYS`
    (a stored kind this program does not know is ignored; a bad value falls back)."""
    days = dict(DEFAULT_CASE_DAYS)
    for key, value in (stored or {}).items():
        try:
            kind = CaseKind(key)
        except ValueError:
            continue
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= CASE_DAYS_MAX:
            days[kind] = value
    return days


def check_case_days(days: Mapping[CaseKind, int]) -> None:
    for kind, value in days.items():
        if not 1 <= value <= CASE_DAYS_MAX:
            raise ValidationError(
                "case_days", f"{kind.label}的办理期限应为 1–{CASE_DAYS_MAX} 个工作日"
            )
