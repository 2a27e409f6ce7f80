"""免费邮政速递: dispatching results to citizens (and collecting from them) for free.

A dispatch moves ``pending → handed_over → delivered | returned``, or is ``cancelled``
before hand-over. Hand-over needs the waybill number, checked against the carrier's
pattern (for EMS 13 characters); returned needs a reason. Pure Python: the services
store the moves and log them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from hall_desktop.domain.errors import IllegalTransition, ValidationError


class DispatchStatus(StrEnum):
    PENDING = "pending"  # 待交寄
    HANDED_OVER = "handed_over"  # 已交寄
    DELIVERED = "delivered"  # 已妥投
    RETURNED = "returned"  # 已退回
    CANCELLED = "cancelled"  # 已取消

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    DispatchStatus.PENDING: "待交寄",
    DispatchStatus.HANDED_OVER: "已交寄",
    DispatchStatus.DELIVERED: "已妥投",
    DispatchStatus.RETURNED: "已退回",
    DispatchStatus.CANCELLED: "已取消",
}

LEGAL_MOVES = frozenset(
    {
        (DispatchStatus.PENDING, DispatchStatus.HANDED_OVER),
        (DispatchStatus.PENDING, DispatchStatus.CANCELLED),
        (DispatchStatus.HANDED_OVER, DispatchStatus.DELIVERED),
        (DispatchStatus.HANDED_OVER, DispatchStatus.RETURNED),
    }
)


class Direction(StrEnum):
    TO_CITIZEN = "to_citizen"  # 结果送达群众
    FROM_CITIZEN = "from_citizen"  # 向群众收取材料（两端寄递）


@dataclass(frozen=True)
class Carrier:
    """A carrier and the shape of its waybill numbers."""

    name: str
    pattern: str
    description: str  # what the number looks like, in words, for error messages

    def check(self, raw: str) -> str:
        number = normalize_waybill(raw)
        if not number:
            raise ValidationError("waybill", "交寄需要填写运单号")
        if re.fullmatch(self.pattern, number) is None:
            raise ValidationError(
                "waybill", f"运单号“{raw.strip()}”格式不对：{self.name}运单号应为{self.description}"
            )
        return number


def normalize_waybill(raw: str) -> str:
    """A waybill number as carriers print it: full-width forms folded (like phone and ID
    numbers), spaces and hyphens dropped, letters in capitals."""
    return re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", raw)).upper()


# The carriers a hall starts with; settings may name others ("名称=正则=说明;…").
DEFAULT_CARRIERS = (
    Carrier(
        "EMS",
        r"[0-9]{13}|[A-Z]{2}[0-9]{9}[A-Z]{2}",
        "13 位：13 位数字，或 2 位字母 + 9 位数字 + 2 位字母（如 EA123456789CN）",
    ),
    Carrier("顺丰", r"SF[0-9]{13}", "SF 加 13 位数字（共 15 位）"),
    Carrier("京东", r"JD[0-9A-Z]{13}", "JD 加 13 位数字或字母（共 15 位）"),
)


def parse_carriers(text: str) -> tuple[Carrier, ...]:
    """Carriers from settings: ``"EMS=[0-9]{13}=13 位数字;顺丰=SF[0-9]{13}=…"``.

    Empty text gives the defaults. A bad pattern is refused with the carrier's name.
    """
    if not text.strip():
        return DEFAULT_CARRIERS
    carriers: list[Carrier] = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, _, rest = part.partition("=")
        pattern, _, description = rest.partition("=")
        if not name.strip() or not pattern.strip():
            raise ValidationError("carriers", f"快递公司设置“{part}”应为 名称=运单号正则=说明")
        try:
            re.compile(pattern)
        except (re.error, OverflowError, RecursionError) as e:  # a{9999999999}, ((((…
            raise ValidationError("carriers", f"“{name}”的运单号正则有误：{e}") from e
        if any(c.name == name.strip() for c in carriers):
            raise ValidationError("carriers", f"快递公司“{name.strip()}”重复了")
        carriers.append(Carrier(name.strip(), pattern.strip(), description.strip() or pattern))
    return tuple(carriers)


def format_carriers(carriers: tuple[Carrier, ...]) -> str:
    """The settings text for ``carriers``; empty when they are the defaults."""
    if carriers == DEFAULT_CARRIERS:
        return ""
    for c in carriers:
        if "=" in c.name + c.pattern or ";" in c.name + c.pattern + c.description:
            raise ValidationError("carriers", f"快递公司“{c.name}”的设置中不能含有“;”或“=”")
    return ";".join(f"{c.name}={c.pattern}={c.description}" for c in carriers)


def carrier_named(carriers: tuple[Carrier, ...], name: str) -> Carrier:
    for carrier in carriers:
        if carrier.name == name:
            return carrier
    known = "、".join(c.name for c in carriers)
    raise ValidationError("carrier", f"未知的快递公司“{name}”（可选：{known}）")


def move(status: DispatchStatus, to: DispatchStatus, *, number: str = "") -> DispatchStatus:
    """Check one move of a dispatch; refuses an illegal one in plain words."""
    if (status, to) not in LEGAL_MOVES:
        what = f"寄递单 {number} " if number else "寄递单"
        raise IllegalTransition(f"{what}当前状态为“{status.label}”，不能改为“{to.label}”")
    return to


def check_return_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise ValidationError("return_reason", "退回需要填写原因（如：地址不详、收件人拒收）")
    if len(text) > 100:
        raise ValidationError("return_reason", "退回原因过长（最多 100 个字）")
    return text
