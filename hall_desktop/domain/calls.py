"""Calling one chosen ticket out of order (指定叫号) and serving with help (帮代办):
the short lists a clerk or guide picks from, and what each choice requires.

Stored by their values (codes); people see their labels (Simplified Chinese).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hall_desktop.domain.errors import ValidationError


class CallReason(StrEnum):
    """Why a clerk calls a waiting ticket ahead of the call order."""

    APPOINTMENT = "appointment"  # 预约到号
    SPECIAL = "special"  # 特殊情况
    VULNERABLE = "vulnerable"  # 老弱病残孕
    OTHER = "other"  # 其他 (a note says what)

    @property
    def label(self) -> str:
        return CALL_REASON_LABELS[self]


CALL_REASON_LABELS = {
    CallReason.APPOINTMENT: "预约到号",
    CallReason.SPECIAL: "特殊情况",
    CallReason.VULNERABLE: "老弱病残孕",
    CallReason.OTHER: "其他",
}


class AssistKind(StrEnum):
    """How the hall's staff helped (帮代办)."""

    HELP = "help"  # 帮办: staff help the citizen do it
    PROXY = "proxy"  # 代办: staff do it for the citizen
    ESCORT = "escort"  # 陪办: staff go along with the citizen

    @property
    def label(self) -> str:
        return ASSIST_KIND_LABELS[self]


ASSIST_KIND_LABELS = {
    AssistKind.HELP: "帮办",
    AssistKind.PROXY: "代办",
    AssistKind.ESCORT: "陪办",
}


class AssistGroup(StrEnum):
    """For whom the help was given."""

    ELDERLY = "elderly"  # 老年人
    DISABLED = "disabled"  # 残疾人
    KEY_PROJECT = "key_project"  # 重点项目
    OTHER = "other"  # 其他

    @property
    def label(self) -> str:
        return ASSIST_GROUP_LABELS[self]


ASSIST_GROUP_LABELS = {
    AssistGroup.ELDERLY: "老年人",
    AssistGroup.DISABLED: "残疾人",
    AssistGroup.KEY_PROJECT: "重点项目",
    AssistGroup.OTHER: "其他",
}


def call_reason(value: str, note: str | None) -> CallReason:
    """The reason of an out-of-order call, given its (cleaned) note: 其他 needs one."""
    try:
        reason = CallReason(value)
    except ValueError:
        raise ValidationError(
            "call_reason", "请选择指定叫号的原因（预约到号、特殊情况、老弱病残孕或其他）"
        ) from None
    if reason is CallReason.OTHER and not note:
        raise ValidationError("call_note", "原因选“其他”时，请简要说明指定叫号的原因")
    return reason


def assist_choice(kind: str, group: str) -> tuple[AssistKind, AssistGroup]:
    """A 帮代办 record's kind and group, refused in plain words when not in the lists."""
    try:
        assist_kind = AssistKind(kind)
    except ValueError:
        raise ValidationError("assist_kind", "请选择帮代办的方式（帮办、代办或陪办）") from None
    try:
        assist_group = AssistGroup(group)
    except ValueError:
        raise ValidationError(
            "assist_group", "请选择帮代办的对象（老年人、残疾人、重点项目或其他）"
        ) from None
    return assist_kind, assist_group


@dataclass(frozen=True, slots=True)
class Assist:
    """What a guide or clerk says about help given with a ticket (帮代办): how, for
    whom, who helped (None: the person recording it) and an optional note."""

    kind: AssistKind
    for_group: AssistGroup
    helper_id: int | None = None
    note: str = ""
