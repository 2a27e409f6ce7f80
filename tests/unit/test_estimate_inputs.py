"""What the estimate reads besides the queue: the hall's breaks, how busy today is, the
service profile's blend of history and today (``services.queue.estimating``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from hall_desktop.domain.hours import DayHours
from hall_desktop.services.queue.estimating import (
    TODAY_ARRIVALS_WEIGHT,
    TODAY_WEIGHT,
    History,
    Moments,
    ServiceProfile,
    breaks_of,
    today_factor,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 12, 9)


def local(h: int, m: int = 0) -> datetime:
    return datetime.combine(DAY, time(h, m), SHANGHAI)


def test_breaks_are_before_opening_and_the_lunch_break():
    hours = DayHours(time(9), time(17, 30), time(12), time(13, 30))
    assert breaks_of(hours, DAY, SHANGHAI) == (
        (local(0).astimezone(UTC), local(9).astimezone(UTC)),
        (local(12).astimezone(UTC), local(13, 30).astimezone(UTC)),
    )
    no_lunch = DayHours(time(8, 30), time(17))
    assert breaks_of(no_lunch, DAY, SHANGHAI) == (
        (local(0).astimezone(UTC), local(8, 30).astimezone(UTC)),
    )
    assert breaks_of(None, DAY, SHANGHAI) == ()  # a closed day: whoever has a number


def test_today_factor_compares_today_with_the_history_so_far():
    # 4 an hour from 9:00 (half-hours 18, 19, ...): by 10:15, 5 expected.
    rates = {half: (2.0, 0.0) for half in range(18, 35)}
    k = TODAY_ARRIVALS_WEIGHT
    assert today_factor(rates, 5, SHANGHAI, local(10, 15)) == pytest.approx(1.0)
    assert today_factor(rates, 10, SHANGHAI, local(10, 15)) == pytest.approx((10 + k) / (5 + k))
    assert today_factor(rates, 100, SHANGHAI, local(10, 15)) == 2.0  # kept within 2
    assert today_factor(rates, 0, SHANGHAI, local(8)) == 1.0  # before anyone is due


def test_the_profile_takes_the_hour_then_the_day_then_the_default_and_todays_pace():
    history = History(
        DAY,
        {(1, 9): Moments(4, 4 * 600.0, 4 * 600.0**2), (1, 14): Moments(2, 2 * 300.0, 0)},
        {},
    )
    profile = ServiceProfile(history, {}, {1: 480.0, 2: 420.0}, SHANGHAI)
    assert profile.seconds(1, local(9, 30)) == 600.0  # the hour's own mean
    # 14:00 has 2 only (< MIN_SAMPLE): the line's mean over the day, (2400 + 600) / 6
    assert profile.seconds(1, local(14, 10)) == 500.0
    assert profile.seconds(2, local(9)) == 420.0  # no history: the line's default
    # Today 10 services at 9:00 took 900 s each, 1.5 × the history's 600.
    today = {(1, 9): Moments(10, 9000.0, 10 * 900.0**2)}
    busy = ServiceProfile(history, today, {1: 480.0}, SHANGHAI)
    weight = 10 / (10 + TODAY_WEIGHT)
    assert busy.pace(1) == pytest.approx(weight * 1.5 + (1 - weight))
    assert busy.seconds(1, local(14, 10)) == pytest.approx(500.0 * busy.pace(1))
