"""预约服务: the pure rules of appointment slots, bookings and check-in.

A line's day has slots (上午/下午 sessions, or fixed slots of N minutes) derived from the
hall's opening hours of that day, each with a capacity. A booking holds one place of a
slot; at the hall the citizen checks in (签到) within the hall's window around the
slot's start: inside it they get a number of :attr:`Priority.APPOINTMENT`, too early
they are told when to come back, too late they queue as a walk-in. A booking nobody
checked in for by the end of its slot is 爽约.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.hours import DayHours

#: A booking code's letters: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, read aloud over a phone.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 6
SLOT_MINUTES_MIN = 10
CAPACITY_MAX = 999


class BookingState(StrEnum):
    BOOKED = "booked"  # 待到达
    CHECKED_IN = "checked_in"  # 已取号
    DONE = "done"  # 已办结 (read from the ticket, never stored)
    NO_SHOW = "no_show"  # 爽约
    CANCELLED = "cancelled"  # 已取消

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    BookingState.BOOKED: "待到达",
    BookingState.CHECKED_IN: "已取号",
    BookingState.DONE: "已办结",
    BookingState.NO_SHOW: "爽约",
    BookingState.CANCELLED: "已取消",
}


def new_booking_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(raw: str) -> str:
    """A typed booking code, upper case without spaces; refused when it cannot be one."""
    code = "".join(raw.split()).upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        raise ValidationError("code", f"预约码应为 {CODE_LENGTH} 位字母数字，请核对后重新输入")
    return code


def lookup_key(text: str) -> dict[str, str]:
    """What a person typed to find a booking, as the keyword the services take: 11
    digits are a mobile, 15 characters or more an ID number, anything else a code."""
    compact = "".join(text.split())
    if compact.isdigit() and len(compact) == 11:
        return {"mobile": compact}
    if len(compact) >= 15:
        return {"id_number": compact}
    return {"code": compact}


@dataclass(frozen=True, slots=True)
class SlotTimes:
    """One slot of a day as wall-clock times, with its label (上午 / 09:00–09:30)."""

    starts: time
    ends: time
    label: str


def session_slots(hours: DayHours) -> list[SlotTimes]:
    """上午/下午: one slot per open interval of the day (a day without lunch: 全天)."""
    intervals = hours.intervals()
    if len(intervals) == 1:
        start, end = intervals[0]
        return [SlotTimes(start, end, "全天")]
    return [
        SlotTimes(start, end, label)
        for (start, end), label in zip(intervals, ("上午", "下午"), strict=True)
    ]


def fixed_slots(hours: DayHours, minutes: int) -> list[SlotTimes]:
    """Slots of ``minutes`` inside the day's open intervals (a shorter rest is dropped)."""
    if minutes < SLOT_MINUTES_MIN or minutes > 240:
        raise ValidationError("minutes", f"每个时段应为 {SLOT_MINUTES_MIN}–240 分钟")
    slots: list[SlotTimes] = []
    step = timedelta(minutes=minutes)
    for start, end in hours.intervals():
        at = datetime.combine(datetime.min.date(), start)
        stop = datetime.combine(datetime.min.date(), end)
        while at + step <= stop:
            slots.append(SlotTimes(at.time(), (at + step).time(), f"{at:%H:%M}–{at + step:%H:%M}"))
            at += step
    return slots


def check_capacity(capacity: int) -> int:
    if not 1 <= capacity <= CAPACITY_MAX:
        raise ValidationError("capacity", f"每个时段可预约人数应为 1–{CAPACITY_MAX}")
    return capacity


class Arrival(StrEnum):
    """Where a check-in falls against the booking's window."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


@dataclass(frozen=True, slots=True)
class CheckInWindow:
    """From ``opens`` to ``closes`` (both included) a check-in gets an appointment number."""

    opens: datetime
    closes: datetime

    @classmethod
    def around(cls, starts_at: datetime, before_minutes: int, after_minutes: int) -> CheckInWindow:
        return cls(
            starts_at - timedelta(minutes=before_minutes),
            starts_at + timedelta(minutes=after_minutes),
        )

    def arrival(self, now: datetime) -> Arrival:
        if now < self.opens:
            return Arrival.EARLY
        if now > self.closes:
            return Arrival.LATE
        return Arrival.ON_TIME
