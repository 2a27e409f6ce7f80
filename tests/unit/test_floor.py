"""The floor's picture and its alert rules on plain facts (no database)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hall_desktop.domain.floor import (
    AlertKind,
    DueToday,
    Floor,
    LineFact,
    RatingFact,
    Thresholds,
    TicketFact,
    WindowFact,
    alert_conditions,
    estimated_wait_minutes,
)
from hall_desktop.domain.tickets import TicketStatus, WindowStatus

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 10:00 in the hall


def ago(minutes: int) -> datetime:
    return NOW - timedelta(minutes=minutes)


def line(i: int, prefix: str, waiting: int = 0, wait: int = 0, minutes: int = 10) -> LineFact:
    return LineFact(i, prefix, f"业务{prefix}", i, minutes, waiting, wait)


def window(i: int, lines: tuple[int, ...], *, clerk: bool = True, paused_at=None) -> WindowFact:
    return WindowFact(
        id=i, number=i, name=f"{i}号", active=True, clerk_id=100 + i if clerk else None,
        clerk_name="张敏" if clerk else None, clerk_number="2001" if clerk else None,
        paused=paused_at is not None, pause_reason="会议" if paused_at else None,
        paused_at=paused_at, line_ids=lines,
    )  # fmt: skip


def ticket(i: int, line_id: int, status: TicketStatus, minutes_ago: int, **more) -> TicketFact:
    values = {
        "number": f"A{i:03d}", "priority": 0, "window_id": None, "clerk_id": None,
        "called_at": None, "started_at": None, "closed_at": None,
    } | more  # fmt: skip
    return TicketFact(
        id=i, line_id=line_id, status=status, issued_at=NOW - timedelta(minutes=minutes_ago),
        **values,
    )  # fmt: skip


def test_the_estimate_shares_the_people_ahead_among_the_open_windows():
    assert estimated_wait_minutes(6, 600, 3) == 20
    assert estimated_wait_minutes(1, 61, 1) == 2  # a started minute counts
    assert estimated_wait_minutes(4, 600, 0) == 40  # no window open: as if one
    assert estimated_wait_minutes(0, 600, 2) == 0


def test_the_picture_of_windows_lines_and_the_day():
    floor = Floor(
        lines={1: line(1, "A"), 2: line(2, "B", minutes=5)},
        windows={1: window(1, (1, 2)), 2: window(2, (2,)), 3: window(3, (1,), clerk=False)},
    )
    floor.put_tickets(
        [
            ticket(1, 1, TicketStatus.DONE, 60, window_id=1, started_at=ago(50),
                   closed_at=ago(44)),
            ticket(2, 1, TicketStatus.SERVING, 40, window_id=1,
                   called_at=ago(9), started_at=ago(8)),
            ticket(3, 2, TicketStatus.CALLED, 30, window_id=2, called_at=ago(1)),
            ticket(4, 1, TicketStatus.WAITING, 25),
            ticket(5, 1, TicketStatus.WAITING, 5),
            ticket(6, 2, TicketStatus.NO_SHOW, 50, window_id=2, closed_at=NOW),
            ticket(7, 2, TicketStatus.WAITING, 3, transferred_from_id=2),
        ]
    )  # fmt: skip
    floor.put_ratings([RatingFact(1, 1, 1, 5, NOW), RatingFact(2, 9, 2, 1, NOW)])
    p = floor.picture(NOW)
    w1, w2, w3 = p.windows
    assert (w1.status, w1.ticket.id, w1.since, w1.served_today) == (
        WindowStatus.SERVING, 2, ago(8), 1,
    )  # fmt: skip
    assert (w2.status, w2.ticket.id, w2.since) == (
        WindowStatus.CALLED, 3, ago(1),
    )  # fmt: skip
    assert w3.status is WindowStatus.CLOSED
    a, b = p.lines
    # Line A: two waiting, the oldest for 25 minutes; its one finished service took 6
    # minutes; windows 1 and 3 serve it, 1 is open: 2 × 6 / 1.
    assert (a.waiting, a.longest_wait(NOW), a.windows, a.open_windows) == (
        2, timedelta(minutes=25), (1, 3), 1,
    )  # fmt: skip
    assert a.estimate_minutes == 12
    # Line B: its default 5 minutes, one waiting, windows 1 and 2 open.
    assert (b.waiting, b.estimate_minutes, b.open_windows) == (1, 3, 2)
    t = p.totals
    assert (t.issued, t.served, t.no_show, t.waiting) == (6, 1, 1, 3)  # 7 was carried on
    assert (t.rated, t.good, t.bad, t.good_rate) == (2, 1, 1, 0.5)


def test_each_alert_at_its_limit():
    paused = ago(15)
    floor = Floor(
        lines={1: line(1, "A", waiting=2, wait=30), 2: line(2, "X", waiting=0, wait=0)},
        windows={
            1: window(1, (1,), paused_at=paused), 2: window(2, (1,)),
            3: window(3, (2,), clerk=False),
        },
        thresholds=Thresholds(
            service_minutes=20, pause_minutes=15, no_show_count=2, no_show_minutes=10
        ),
        due=DueToday(applications=2, cases=0),
    )  # fmt: skip
    floor.put_tickets(
        [
            ticket(1, 1, TicketStatus.WAITING, 30),
            ticket(2, 1, TicketStatus.WAITING, 1),
            ticket(3, 1, TicketStatus.SERVING, 40, window_id=2, started_at=ago(20)),
            ticket(4, 2, TicketStatus.WAITING, 2),
            ticket(5, 1, TicketStatus.NO_SHOW, 9, window_id=2, closed_at=ago(9)),
            ticket(6, 1, TicketStatus.NO_SHOW, 9, window_id=2, closed_at=ago(11)),
        ]
    )  # fmt: skip
    floor.put_ratings([RatingFact(7, 3, 2, 2, NOW), RatingFact(8, 1, 2, 3, NOW)])
    found = alert_conditions(floor, floor.picture(NOW), open_now=True)
    assert {(c.kind, c.subject) for c in found.values()} == {
        (AlertKind.LINE_WAITING, "line:1"),
        (AlertKind.LINE_WAIT, "line:1"),
        (AlertKind.SERVICE_LONG, "ticket:3"),
        (AlertKind.PAUSE_LONG, "window:1"),
        (AlertKind.UNSTAFFED, "line:2"),
        (AlertKind.BAD_RATING, "rating:7"),
        (AlertKind.DUE_TODAY, "due:applications"),
    }  # the 过号 11 minutes ago is outside the burst: one is not a burst
    # A second earlier, none of the time alerts holds yet.
    earlier = alert_conditions(floor, floor.picture(NOW - timedelta(seconds=1)), open_now=False)
    kinds = {c.kind for c in earlier.values()}
    assert not kinds & {AlertKind.LINE_WAIT, AlertKind.SERVICE_LONG, AlertKind.PAUSE_LONG}
    assert AlertKind.UNSTAFFED not in kinds  # closed hours
    # A limit of 0 is no alert.
    floor.lines[1] = line(1, "A", waiting=0, wait=0)
    floor.thresholds = Thresholds(0, 0, 0, 0)
    quiet = alert_conditions(floor, floor.picture(NOW), open_now=True)
    assert {c.kind for c in quiet.values()} == {
        AlertKind.UNSTAFFED, AlertKind.BAD_RATING, AlertKind.DUE_TODAY,
    }  # fmt: skip


def test_a_floor_followed_ticket_by_ticket_pictures_as_one_built_at_once():
    """Each fact put replaces the ticket's former one in the tallies: a floor that saw
    every step of the day pictures as one given only the day's last facts."""
    rng = random.Random(7)
    lines = {1: line(1, "A"), 2: line(2, "B", minutes=5)}
    windows = {i: window(i, (1, 2)) for i in (1, 2, 3)}
    followed = Floor(lines=dict(lines), windows=dict(windows))
    last: dict[int, TicketFact] = {}
    for _ in range(400):
        i = rng.randint(1, 30)
        fact = last.get(i) or ticket(i, rng.choice((1, 2)), TicketStatus.WAITING, 60 - i)
        status = rng.choice(list(TicketStatus))
        w = rng.choice((None, 1, 2, 3))
        fact = replace(
            fact,
            status=status,
            window_id=w,
            called_at=ago(rng.randint(0, 30)) if w else None,
            started_at=ago(rng.randint(10, 20)) if w else None,
            closed_at=ago(rng.randint(0, 9)) if status is TicketStatus.DONE else None,
            transferred_from_id=rng.choice((None, None, 99)),
        )
        last[i] = fact
        followed.put_tickets([fact])
    at_once = Floor(lines=dict(lines), windows=dict(windows), tickets=dict(last))
    assert followed.picture(NOW) == at_once.picture(NOW)
    assert followed.picture(NOW).totals.issued == sum(
        1 for t in last.values() if t.transferred_from_id is None
    )
