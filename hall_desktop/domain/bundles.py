"""一件事一次办: the rules of a bundle (an ordered route over business lines) and of a
citizen's way through it, in plain Python.

A bundle has at least two steps, each on a different line; a run of it carries one
number from the first step's line to the last. A step that ends without being done
(补正告知, 不予受理, 咨询) stops the run: the citizen is not sent on to the next step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.tickets import Outcome

#: The longest route the hall can show on one slip and one screen line.
MAX_STEPS = 9
NAME_MAX = 60

#: Outcomes that send the citizen on to the next step (the step got done).
ADVANCING = frozenset({Outcome.COMPLETED, Outcome.ACCEPTED})


class RunStatus(StrEnum):
    OPEN = "open"  # 办理中
    DONE = "done"  # 全部办结
    STOPPED = "stopped"  # 中途未办结

    @property
    def label(self) -> str:
        return {
            RunStatus.OPEN: "办理中",
            RunStatus.DONE: "全部办结",
            RunStatus.STOPPED: "中途终止",
        }[self]


_RUN_LABELS = {RunStatus.OPEN: "办理中", RunStatus.DONE: "全部办结", RunStatus.STOPPED: "中途终止"}


@dataclass(frozen=True, slots=True)
class StepPlan:
    """One step as an administrator enters it: the line and the items it covers."""

    line_id: int
    item_ids: tuple[int, ...] = ()


def clean_name(name: str) -> str:
    """The bundle's name, trimmed; refused when empty or too long."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError("name", "请填写一件事的名称（如：开办餐饮店）")
    if len(cleaned) > NAME_MAX:
        raise ValidationError("name", f"一件事的名称最多 {NAME_MAX} 个字")
    return cleaned


def check_steps(steps: Sequence[StepPlan], line_names: dict[int, str]) -> list[StepPlan]:
    """The steps in order, each with its items sorted and without repeats; refused in
    plain words when the route cannot be served on one number."""
    if len(steps) < 2:
        raise ValidationError("steps", "一件事至少要有两个步骤；只有一个步骤请直接按业务取号")
    if len(steps) > MAX_STEPS:
        raise ValidationError("steps", f"一件事最多 {MAX_STEPS} 个步骤")
    seen: set[int] = set()
    out: list[StepPlan] = []
    for position, step in enumerate(steps, start=1):
        if step.line_id not in line_names:
            raise ValidationError("steps", f"第{position}步没有选择业务类别")
        if step.line_id in seen:
            raise ValidationError(
                "steps",
                f"“{line_names[step.line_id]}”在多个步骤中出现；同一业务在一件事中只能办理一次，"
                "请把这些事项合并到一个步骤",
            )
        seen.add(step.line_id)
        out.append(StepPlan(step.line_id, tuple(sorted(set(step.item_ids)))))
    return out


def step_text(step: int | None, steps: int | None) -> str | None:
    """What a slip, a screen and the display show of a bundle's ticket: 第2步/共3步."""
    if step is None or steps is None:
        return None
    return f"第{step}步/共{steps}步"
