"""Extended-hours service: overtime from the hall's hours and calendar."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.hours import CalendarEntry, DayHours, DayKind, HallSchedule
from hall_desktop.domain.overtime import check_manual_entry, overtime_of

pytestmark = pytest.mark.dates

WEEKDAY = DayHours(time(9), time(17, 30), time(12), time(13, 30))
SCHEDULE = HallSchedule(
    {d: WEEKDAY for d in range(5)},
    [
        CalendarEntry(date(2026, 10, 1), DayKind.HOLIDAY, "国庆节", None),
        CalendarEntry(date(2026, 10, 10), DayKind.MAKEUP_WORKDAY, "国庆节调休", None),
        CalendarEntry(
            date(2026, 10, 3), DayKind.OPEN_HOLIDAY, "节假日预约服务", DayHours(time(9), time(12))
        ),
    ],
    known_years=[2026],
)
MONDAY = date(2026, 11, 30)


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss))


def test_a_service_spanning_closing_time_counts_from_closing():
    ot = overtime_of(SCHEDULE, MONDAY, at(MONDAY, 17, 52, 40))
    assert ot is not None
    assert ot.closing == at(MONDAY, 17, 30) and ot.minutes == 22


def test_before_closing_and_over_the_lunch_break_is_no_overtime():
    assert overtime_of(SCHEDULE, MONDAY, at(MONDAY, 17, 29)) is None
    assert overtime_of(SCHEDULE, MONDAY, at(MONDAY, 12, 40)) is None  # lunch break
    assert overtime_of(SCHEDULE, MONDAY, at(MONDAY, 17, 30, 50)) is None  # under a minute


def test_past_midnight_counts_from_the_days_closing():
    ot = overtime_of(SCHEDULE, MONDAY, at(date(2026, 12, 1), 0, 10))
    assert ot is not None and ot.minutes == 6 * 60 + 40


def test_holidays_make_up_days_and_holiday_open_days():
    assert overtime_of(SCHEDULE, date(2026, 10, 1), at(date(2026, 10, 1), 18, 0)) is None
    makeup = overtime_of(SCHEDULE, date(2026, 10, 10), at(date(2026, 10, 10), 18, 0))
    assert makeup is not None and makeup.minutes == 30  # a Saturday worked as a weekday
    open_day = overtime_of(SCHEDULE, date(2026, 10, 3), at(date(2026, 10, 3), 12, 45))
    assert open_day is not None and open_day.minutes == 45  # its own hours: closes at noon
    assert overtime_of(SCHEDULE, date(2026, 11, 29), at(date(2026, 11, 29), 18)) is None  # Sunday


def test_manual_entries_are_checked_field_by_field():
    now = at(date(2026, 12, 1), 10, 0)

    def entry(**kw):
        values = {
            "day": MONDAY,
            "started": at(MONDAY, 17, 0),
            "finished": at(MONDAY, 18, 5),
            "now": now,
            "reason": "业务未办结",
            "note": None,
        }
        values.update(kw)
        return check_manual_entry(SCHEDULE, **values)

    assert entry().minutes == 35
    for kw, field in (
        ({"finished": at(MONDAY, 16, 0)}, "finished_at"),  # before the start
        ({"finished": at(date(2026, 12, 1), 11, 0)}, "finished_at"),  # in the future
        (
            {"day": date(2026, 11, 29), "started": None, "finished": at(date(2026, 11, 29), 18)},
            "day",
        ),  # Sunday: no hours
        ({"finished": at(MONDAY, 17, 20), "started": None}, "finished_at"),  # not after closing
        ({"reason": "忘记了"}, "reason"),
        ({"note": "长" * 201}, "note"),
    ):
        with pytest.raises(ValidationError) as e:
            entry(**kw)
        assert e.value.field == field, kw


def test_a_hand_entry_starts_from_times_that_can_be_saved():
    from hall_desktop.domain.overtime import manual_defaults

    # Monday 10:00, the hall open: the guess is last Friday, 17:30 to 18:00.
    guess = manual_defaults(SCHEDULE, at(MONDAY, 10, 0, 12))
    friday = date(2026, 11, 27)
    assert guess is not None and (guess.day, guess.closing) == (friday, at(friday, 17, 30))
    assert guess.finished == at(friday, 18)
    check_manual_entry(
        SCHEDULE,
        day=guess.day,
        started=guess.closing,
        finished=guess.finished,
        now=at(MONDAY, 10),
        reason="业务未办结",
        note=None,
    )
    # Monday 17:40: today, up to now (the future cannot be entered).
    late = manual_defaults(SCHEDULE, at(MONDAY, 17, 40, 30))
    assert late is not None and late.day == MONDAY and late.finished == at(MONDAY, 17, 40)
    # A chosen day: its own closing; a day without hours: None.
    opened = manual_defaults(SCHEDULE, at(MONDAY, 10), date(2026, 10, 3))
    assert opened is not None and opened.closing == at(date(2026, 10, 3), 12)
    assert manual_defaults(SCHEDULE, at(MONDAY, 10), date(2026, 10, 1)) is None
    # 10 October (a make-up Saturday) counts; 4–9 October are holidays or a weekend.
    after_holiday = manual_defaults(SCHEDULE, at(date(2026, 10, 11), 9))
    assert after_holiday is not None and after_holiday.day == date(2026, 10, 10)
