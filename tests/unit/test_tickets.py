"""The ticket state machine (hall_desktop.domain.tickets), without Qt or a database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hall_desktop.domain import tickets
from hall_desktop.domain.errors import IllegalTransition, ValidationError
from hall_desktop.domain.tickets import (
    LEGAL_MOVES,
    OPEN_STATUSES,
    TicketStatus,
    TicketTimes,
)

S = TicketStatus
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # issue time of every ticket here
RECALL_LIMIT = 3

Transition = Callable[[TicketTimes, datetime], TicketTimes]


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def ticket(status: TicketStatus, number: str = "A001", **times: Any) -> TicketTimes:
    return TicketTimes(number=number, status=status, issued_at=T0, **times)


def called(minutes: float = 5, **times: object) -> TicketTimes:
    """A ticket called once, ``minutes`` after issue."""
    base: dict[str, object] = {
        "first_called_at": at(minutes),
        "last_called_at": at(minutes),
        "call_count": 1,
    }
    base.update(times)
    return ticket(S.CALLED, **base)


# One entry per transition function: (name, function, legal source states, target state,
# the action word of its refusal message). Written from the module's docstring, then
# checked against LEGAL_MOVES by test_transition_table_matches_legal_moves.
TRANSITIONS: list[tuple[str, Transition, frozenset[TicketStatus], TicketStatus, str]] = [
    ("call", tickets.call, frozenset({S.WAITING}), S.CALLED, "叫号"),
    (
        "recall",
        partial(tickets.recall, limit=RECALL_LIMIT),
        frozenset({S.CALLED}),
        S.CALLED,
        "重呼",
    ),
    ("mark_no_show", tickets.mark_no_show, frozenset({S.CALLED}), S.NO_SHOW, "过号"),
    ("start", tickets.start, frozenset({S.CALLED}), S.SERVING, "开始办理"),
    ("finish", tickets.finish, frozenset({S.SERVING}), S.DONE, "办结"),
    ("hold", tickets.hold, frozenset({S.CALLED, S.SERVING}), S.HELD, "挂起"),
    ("call_back", tickets.call_back, frozenset({S.HELD}), S.CALLED, "回呼"),
    (
        "transfer",
        tickets.transfer,
        frozenset({S.WAITING, S.CALLED, S.SERVING}),
        S.TRANSFERRED,
        "转移",
    ),
    ("cancel", tickets.cancel, frozenset({S.WAITING}), S.CANCELLED, "取消"),
    (
        "reactivate",
        tickets.reactivate,
        frozenset({S.NO_SHOW, S.CANCELLED}),
        S.WAITING,
        "恢复等候",
    ),
    ("expire", tickets.expire, OPEN_STATUSES, S.EXPIRED, "过期"),
]
BY_NAME = {name: (fn, sources, target, action) for name, fn, sources, target, action in TRANSITIONS}


def plausible(status: TicketStatus, number: str = "A001") -> TicketTimes:
    """A ticket in ``status`` with times consistent with how it got there."""
    first = {"first_called_at": at(5), "last_called_at": at(5), "call_count": 1}
    match status:
        case S.WAITING:
            return ticket(status, number)
        case S.CALLED:
            return ticket(status, number, **first)
        case S.SERVING:
            return ticket(status, number, **first, started_at=at(6))
        case S.HELD:
            return ticket(status, number, **first, held_at=at(6), hold_due_at=at(16))
        case S.DONE:
            return ticket(
                status, number, **first, started_at=at(6), finished_at=at(9), closed_at=at(9)
            )
        case S.NO_SHOW:
            return ticket(status, number, **first, closed_at=at(7))
        case S.CANCELLED | S.TRANSFERRED | S.EXPIRED:
            return ticket(status, number, closed_at=at(7))
    raise AssertionError(status)


# --- the legal moves, one by one -----------------------------------------------------


def test_call_sets_first_and_last_call_and_counts() -> None:
    waiting = ticket(S.WAITING)
    result = tickets.call(waiting, at(4))
    assert result.status is S.CALLED
    assert result.first_called_at == at(4)
    assert result.last_called_at == at(4)
    assert result.call_count == 1
    assert result.issued_at == T0
    assert result.closed_at is None
    # Transitions return a new snapshot; the old one is untouched.
    assert waiting.status is S.WAITING
    assert waiting.first_called_at is None
    assert waiting.call_count == 0


def test_call_keeps_first_called_at_of_an_earlier_round() -> None:
    # A no-show ticket reactivated and called again keeps its first call time.
    reactivated = ticket(S.WAITING, first_called_at=at(5), last_called_at=at(7), call_count=3)
    result = tickets.call(reactivated, at(30))
    assert result.first_called_at == at(5)
    assert result.last_called_at == at(30)
    assert result.call_count == 4


def test_recall_counts_and_updates_last_call_only() -> None:
    result = tickets.recall(called(5), at(6), limit=3)
    assert result.status is S.CALLED
    assert result.call_count == 2
    assert result.first_called_at == at(5)
    assert result.last_called_at == at(6)


def test_recall_limit_counts_the_first_call() -> None:
    t = tickets.call(ticket(S.WAITING), at(1))  # call 1
    t = tickets.recall(t, at(2), limit=3)  # call 2
    t = tickets.recall(t, at(3), limit=3)  # call 3
    assert t.call_count == 3
    with pytest.raises(IllegalTransition) as caught:
        tickets.recall(t, at(4), limit=3)
    assert caught.value.code == "recall_limit"
    assert caught.value.message == "A001 号已呼叫 3 次，达到上限，请按过号处理"
    # The refused recall changed nothing.
    assert t.call_count == 3
    assert t.last_called_at == at(3)


@pytest.mark.parametrize("limit", [0, 1])
def test_recall_refused_when_the_first_call_reaches_the_limit(limit: int) -> None:
    with pytest.raises(IllegalTransition) as caught:
        tickets.recall(called(5), at(6), limit=limit)
    assert caught.value.code == "recall_limit"


def test_recall_allowed_exactly_up_to_limit_calls() -> None:
    t = called(5)
    for minute in range(6, 10):
        t = tickets.recall(t, at(minute), limit=5)
    assert t.call_count == 5
    with pytest.raises(IllegalTransition):
        tickets.recall(t, at(11), limit=5)


def test_mark_no_show_closes_the_ticket() -> None:
    result = tickets.mark_no_show(called(5), at(8))
    assert result.status is S.NO_SHOW
    assert result.closed_at == at(8)
    assert result.first_called_at == at(5)


def test_start_sets_started_at() -> None:
    result = tickets.start(called(5), at(7))
    assert result.status is S.SERVING
    assert result.started_at == at(7)
    assert result.closed_at is None


def test_start_after_call_back_keeps_the_first_start() -> None:
    serving = tickets.start(called(5), at(7))
    held = tickets.hold(serving, at(10), due_in=timedelta(minutes=15))
    again = tickets.start(tickets.call_back(held, at(30)), at(31))
    assert again.started_at == at(7)


def test_finish_sets_finished_and_closed() -> None:
    serving = ticket(S.SERVING, first_called_at=at(5), call_count=1, started_at=at(6))
    result = tickets.finish(serving, at(20))
    assert result.status is S.DONE
    assert result.finished_at == at(20)
    assert result.closed_at == at(20)
    assert result.started_at == at(6)


@pytest.mark.parametrize("source", [S.CALLED, S.SERVING])
def test_hold_sets_held_at_and_due_time(source: TicketStatus) -> None:
    result = tickets.hold(plausible(source), at(10), due_in=timedelta(minutes=15))
    assert result.status is S.HELD
    assert result.held_at == at(10)
    assert result.hold_due_at == at(25)
    assert result.closed_at is None


def test_hold_without_due_in_is_due_at_once() -> None:
    result = tickets.hold(called(5), at(10))
    assert result.held_at == at(10)
    assert result.hold_due_at == at(10)


@pytest.mark.parametrize(
    "due_in", [timedelta(microseconds=-1), timedelta(minutes=-5), timedelta(days=-1)]
)
def test_negative_hold_is_refused(due_in: timedelta) -> None:
    with pytest.raises(ValidationError) as caught:
        tickets.hold(called(5), at(10), due_in=due_in)
    assert caught.value.field == "due_in"
    assert caught.value.message == "挂起时长不能为负数"


def test_call_back_clears_hold_and_counts_a_call() -> None:
    held = tickets.hold(called(5), at(10), due_in=timedelta(minutes=15))
    result = tickets.call_back(held, at(26))
    assert result.status is S.CALLED
    assert result.held_at is None
    assert result.hold_due_at is None
    assert result.call_count == 2
    assert result.last_called_at == at(26)
    assert result.first_called_at == at(5)


@pytest.mark.parametrize("source", [S.WAITING, S.CALLED, S.SERVING])
def test_transfer_closes_the_ticket(source: TicketStatus) -> None:
    result = tickets.transfer(plausible(source), at(12))
    assert result.status is S.TRANSFERRED
    assert result.closed_at == at(12)


def test_cancel_closes_a_waiting_ticket() -> None:
    result = tickets.cancel(ticket(S.WAITING), at(3))
    assert result.status is S.CANCELLED
    assert result.closed_at == at(3)


@pytest.mark.parametrize("source", [S.NO_SHOW, S.CANCELLED])
def test_reactivate_waits_again_with_the_same_issue_time(source: TicketStatus) -> None:
    before = plausible(source)
    result = tickets.reactivate(before, at(40))
    assert result.status is S.WAITING
    assert result.closed_at is None
    assert result.issued_at == T0
    assert result.first_called_at == before.first_called_at
    assert result.call_count == 0  # the recall limit starts afresh


@pytest.mark.parametrize("source", sorted(OPEN_STATUSES))
def test_expire_closes_every_open_ticket(source: TicketStatus) -> None:
    result = tickets.expire(plausible(source), at(600))
    assert result.status is S.EXPIRED
    assert result.closed_at == at(600)


def test_start_transferred_is_a_fresh_waiting_ticket_with_the_same_number() -> None:
    source = tickets.transfer(plausible(S.SERVING, number="B017"), at(12))
    result = tickets.start_transferred(source, at(12))
    assert result == TicketTimes(number="B017", status=S.WAITING, issued_at=at(12))


def test_open_and_closed_statuses() -> None:
    assert {S.WAITING, S.CALLED, S.SERVING, S.HELD} == OPEN_STATUSES
    assert {S.CALLED, S.SERVING} == tickets.IN_HAND_STATUSES


# --- time measures ---------------------------------------------------------------------


def test_waiting_walk_and_service_times_over_a_full_visit() -> None:
    t = ticket(S.WAITING)
    assert (t.waiting_time, t.walk_time, t.service_time) == (None, None, None)
    t = tickets.call(t, at(12))
    assert t.waiting_time == timedelta(minutes=12)
    assert t.walk_time is None
    t = tickets.recall(t, at(13), limit=3)
    assert t.waiting_time == timedelta(minutes=12)  # measured to the first call
    t = tickets.start(t, at(14.5))
    assert t.walk_time == timedelta(minutes=2.5)
    assert t.service_time is None
    t = tickets.finish(t, at(24.5))
    assert t.service_time == timedelta(minutes=10)
    assert (t.waiting_time, t.walk_time) == (timedelta(minutes=12), timedelta(minutes=2.5))


def test_walk_time_needs_a_first_call() -> None:
    odd = ticket(S.SERVING, started_at=at(3))
    assert odd.walk_time is None


def test_service_time_needs_a_start() -> None:
    odd = ticket(S.DONE, finished_at=at(3))
    assert odd.service_time is None


# --- illegal moves ---------------------------------------------------------------------


def test_calling_a_cancelled_ticket_names_number_and_status() -> None:
    with pytest.raises(IllegalTransition) as caught:
        tickets.call(plausible(S.CANCELLED), at(10))
    assert str(caught.value) == "A001 号当前状态为“已取消”，不能叫号"
    assert caught.value.code == "illegal_叫号"


CASES = [(status, name) for status in TicketStatus for name, *_ in TRANSITIONS]


@pytest.mark.parametrize(("status", "name"), CASES, ids=[f"{s}-{n}" for s, n in CASES])
def test_every_status_and_transition(status: TicketStatus, name: str) -> None:
    fn, sources, target, action = BY_NAME[name]
    before = plausible(status, number="C042")
    now = at(100)
    if status in sources:
        after = fn(before, now)
        assert after.status is target
        assert (status, after.status) in LEGAL_MOVES
        assert after.number == "C042"
        assert after.issued_at == T0
    else:
        with pytest.raises(IllegalTransition) as caught:
            fn(before, now)
        assert caught.value.message == f"C042 号当前状态为“{status.label}”，不能{action}"
        assert caught.value.code == f"illegal_{action}"


def test_transition_table_matches_legal_moves() -> None:
    """Running every function from every state reaches exactly LEGAL_MOVES."""
    reached: set[tuple[TicketStatus, TicketStatus]] = set()
    for status in TicketStatus:
        for _name, fn, *_ in TRANSITIONS:
            try:
                after = fn(plausible(status), at(100))
            except IllegalTransition:
                continue
            reached.add((status, after.status))
    assert reached == LEGAL_MOVES


def test_every_status_has_a_chinese_label() -> None:
    labels = {s: s.label for s in TicketStatus}
    assert labels[S.CANCELLED] == "已取消"
    assert labels[S.NO_SHOW] == "过号"
    assert len(set(labels.values())) == len(TicketStatus)


def test_hold_checks_status_before_due_in() -> None:
    # A waiting ticket cannot be held, whatever the hold time.
    with pytest.raises(IllegalTransition):
        tickets.hold(ticket(S.WAITING), at(1), due_in=timedelta(minutes=-1))


# --- random walks ------------------------------------------------------------------------

STEP = st.tuples(
    st.sampled_from([name for name, *_ in TRANSITIONS]),
    st.integers(min_value=0, max_value=3600),  # seconds until this step
    st.integers(min_value=0, max_value=3600),  # hold due_in, seconds
    st.integers(min_value=1, max_value=5),  # recall limit
)


def check_invariants(t: TicketTimes) -> None:
    chain = [t.issued_at, t.first_called_at, t.started_at, t.finished_at]
    present = [moment for moment in chain if moment is not None]
    assert present == sorted(present), t
    if t.first_called_at is not None:
        assert t.last_called_at is not None
        assert t.first_called_at <= t.last_called_at
    # A reactivated ticket keeps its first call but starts a new round of calls.
    if t.call_count > 0:
        assert t.first_called_at is not None
    if t.started_at is not None:
        assert t.first_called_at is not None
    if t.finished_at is not None:
        assert t.started_at is not None
    assert (t.closed_at is None) == (t.status in OPEN_STATUSES), t
    if t.closed_at is not None:
        assert t.issued_at <= t.closed_at
    if t.status is S.HELD:
        assert t.held_at is not None
        assert t.hold_due_at is not None
        assert t.held_at <= t.hold_due_at
    for measure in (t.waiting_time, t.walk_time, t.service_time):
        assert measure is None or measure >= timedelta(0)


@settings(max_examples=300)
@given(st.lists(STEP, max_size=40))
def test_random_walks_stay_within_legal_moves(
    steps: list[tuple[str, int, int, int]],
) -> None:
    t = ticket(S.WAITING)
    now = T0
    for name, wait_s, due_s, limit in steps:
        now += timedelta(seconds=wait_s)
        fn, sources, target, _action = BY_NAME[name]
        if name == "hold":
            fn = partial(tickets.hold, due_in=timedelta(seconds=due_s))
        elif name == "recall":
            fn = partial(tickets.recall, limit=limit)
        try:
            after = fn(t, now)
        except IllegalTransition:
            recall_at_limit = name == "recall" and t.call_count >= limit
            assert t.status not in sources or recall_at_limit
            continue
        assert t.status in sources
        assert after.status is target
        assert (t.status, after.status) in LEGAL_MOVES
        # Calls only ever add up, except that reactivating starts a new round.
        assert after.call_count >= t.call_count or (name == "reactivate" and after.call_count == 0)
        check_invariants(after)
        t = after


def test_invariant_checker_catches_disorder() -> None:
    """The random-walk checker is not vacuous: out-of-order times fail it."""
    bad = replace(called(5), status=S.SERVING, started_at=at(2))
    with pytest.raises(AssertionError):
        check_invariants(bad)
