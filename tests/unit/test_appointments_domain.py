"""The pure rules of 预约: slots from a day's hours, booking codes, what a person typed,
and the check-in window's edges."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from hall_desktop.domain.appointments import (
    CODE_ALPHABET,
    Arrival,
    CheckInWindow,
    fixed_slots,
    lookup_key,
    new_booking_code,
    normalize_code,
    session_slots,
)
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.hours import DayHours

DAY = DayHours(time(9, 0), time(17, 0), time(12, 0), time(13, 30))


def test_sessions_and_fixed_slots_follow_the_hours():
    assert [(s.label, s.starts, s.ends) for s in session_slots(DAY)] == [
        ("上午", time(9, 0), time(12, 0)),
        ("下午", time(13, 30), time(17, 0)),
    ]
    (whole,) = session_slots(DayHours(time(9, 0), time(12, 0)))
    assert whole.label == "全天"
    hourly = fixed_slots(DAY, 60)
    assert [s.starts for s in hourly] == [
        time(9, 0),
        time(10, 0),
        time(11, 0),
        time(13, 30),
        time(14, 30),
        time(15, 30),
    ]  # 16:30–17:00 is too short for an hour
    assert hourly[3].label == "13:30–14:30"
    with pytest.raises(ValidationError):
        fixed_slots(DAY, 5)


def test_booking_codes():
    code = new_booking_code()
    assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
    assert not set("01258BILOSZ") & set(CODE_ALPHABET)  # nothing read two ways
    assert normalize_code(f" {code.lower()[:3]} {code[3:]} ") == code
    with pytest.raises(ValidationError):
        normalize_code("ABC10O")


def test_what_was_typed():
    assert lookup_key("138 0013 8000") == {"mobile": "13800138000"}
    assert lookup_key("11010519491231002x") == {"id_number": "11010519491231002x"}
    assert lookup_key("hk3 7qx") == {"code": "hk37qx"}


def test_the_check_in_window_includes_its_edges():
    start = datetime(2026, 12, 7, 2, 30, tzinfo=UTC)
    window = CheckInWindow.around(start, 30, 15)
    second = timedelta(seconds=1)
    assert window.arrival(window.opens - second) is Arrival.EARLY
    assert window.arrival(window.opens) is Arrival.ON_TIME
    assert window.arrival(window.closes) is Arrival.ON_TIME
    assert window.arrival(window.closes + second) is Arrival.LATE
