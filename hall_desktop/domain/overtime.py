"""Extended-hours service (延时服务): how long a window stayed open past closing time.

The hall promises that a citizen whose business is not done at closing time is served
until it is ("直至所有事项办结，无企业和群众等待为止"). The overtime of one service is
the time from the day's closing time to the finish, in whole minutes, never typed by
anyone. A service that runs over the lunch break is not overtime: the promise concerns
closing time. Times here are the hall's local, naive times; the services convert.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.hours import HallSchedule

REASONS = ("业务未办结", "临近下班到达", "材料补正", "其他")
MIN_MINUTES = 1  # a few seconds past closing is no extended service
NOTE_MAX = 200


@dataclass(frozen=True)
class Overtime:
    """The overtime of one service day: closing moment, finish moment, whole minutes."""

    day: date
    closing: datetime
    finished: datetime
    minutes: int


def overtime_of(schedule: HallSchedule, day: date, finished: datetime) -> Overtime | None:
    """The overtime of a service of ``day`` that finished at ``finished`` (local, naive).

    None when the hall has no hours that day (closed: nothing to extend) or when the
    finish is before closing time (lunch break included) or within a minute of it. A
    finish after midnight counts from the day's closing time all the same.
    """
    closes = schedule.closing_time(day)
    if closes is None:
        return None
    closing = datetime.combine(day, closes)
    minutes = int((finished - closing).total_seconds() // 60)
    if minutes < MIN_MINUTES:
        return None
    return Overtime(day=day, closing=closing, finished=finished, minutes=minutes)


@dataclass(frozen=True, slots=True)
class ManualDefaults:
    """A first guess for a record entered by hand, all local wall-clock times: a day
    on which the hall closed, its closing time, and a finish the record can be saved
    with (after closing, not in the future)."""

    day: date
    closing: datetime
    finished: datetime


#: How long after closing a hand entry's finish is first guessed.
GUESSED_MINUTES = 30
#: How far back a hand entry looks for a day on which the hall had hours.
LOOK_BACK_DAYS = 31


def manual_defaults(
    schedule: HallSchedule, now: datetime, day: date | None = None
) -> ManualDefaults | None:
    """The guess for ``day`` (None: the latest day whose closing time has passed), or
    None when that day has no hours (or none was found in :data:`LOOK_BACK_DAYS`).

    The finish is half an hour after closing, or now if that is sooner; so the form
    opens with times the check accepts, instead of "now" during opening hours.
    """
    now = now.replace(second=0, microsecond=0)
    days = (
        [day]
        if day is not None
        else [now.date() - timedelta(days=n) for n in range(LOOK_BACK_DAYS)]
    )
    for candidate in days:
        closes = schedule.closing_time(candidate)
        if closes is None:
            continue
        closing = datetime.combine(candidate, closes)
        if day is None and closing + timedelta(minutes=MIN_MINUTES) > now:
            continue  # not closed yet today: the day before
        finished = min(closing + timedelta(minutes=GUESSED_MINUTES), now)
        return ManualDefaults(candidate, closing, max(finished, closing))
    return None


def check_manual_entry(
    schedule: HallSchedule,
    *,
    day: date,
    started: datetime | None,
    finished: datetime,
    now: datetime,
    reason: str,
    note: str | None,
) -> Overtime:
    """Check a record entered by hand (e.g. business finished after hours by phone).

    Refuses, naming the field: a finish before the start, a time in the future, a day
    on which the hall has no hours, a finish that is not after closing time, a missing
    or unknown reason, a note too long.
    """
    check_reason(reason, note)
    if finished > now:
        raise ValidationError("finished_at", "办结时间不能晚于现在")
    if started is not None and started >= finished:
        raise ValidationError("finished_at", "办结时间必须晚于开始办理时间")
    if finished.date() not in (day, day + timedelta(days=1)):
        raise ValidationError("finished_at", "办结时间应在当天或次日凌晨")
    closes = schedule.closing_time(day)
    if closes is None:
        reason_closed = schedule.closed_reason(datetime.combine(day, time(12)))
        raise ValidationError(
            "day",
            f"{day:%Y年%m月%d日}大厅没有营业时间（{reason_closed or '休息日'}），不能登记延时服务",
        )
    overtime = overtime_of(schedule, day, finished)
    if overtime is None:
        raise ValidationError(
            "finished_at", f"办结时间须晚于当日下班时间 {closes:%H:%M} 至少 {MIN_MINUTES} 分钟"
        )
    return overtime


def check_reason(reason: str, note: str | None) -> None:
    if reason not in REASONS:
        raise ValidationError("reason", "请选择延时原因：" + "、".join(REASONS))
    if note is not None and len(note) > NOTE_MAX:
        raise ValidationError("note", f"备注过长（最多 {NOTE_MAX} 个字）")
