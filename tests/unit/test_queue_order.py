"""Call order (hall_desktop.domain.queue) and ticket numbers (hall_desktop.domain.numbering)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.numbering import format_number, spoken_number, validate_prefix
from hall_desktop.domain.queue import (
    CALL_ORDER,
    PY,
    TERM_KEYS,
    OrderTerm,
    QueueEntry,
    WindowView,
    next_for_window,
    next_run,
)
from hall_desktop.domain.tickets import Priority

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
WINDOW = 7
OTHER_WINDOW = 8
LINE_A, LINE_B, LINE_C = 1, 2, 3
# Window 7 serves A first, then B; it does not serve C.
RANK = {LINE_A: 0, LINE_B: 1}
VIEW = WindowView(WINDOW, RANK, NOW)


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def entry(
    ticket_id: int,
    *,
    line: int = LINE_A,
    priority: Priority = Priority.NORMAL,
    issued: float = 10,
    held_due: datetime | None = None,
    target: int | None = None,
    overdue: datetime | None = None,
) -> QueueEntry:
    return QueueEntry(
        ticket_id=ticket_id,
        line_id=line,
        priority=int(priority),
        issued_at=ago(issued),
        held_due_at=held_due,
        target_window_id=target,
        overdue_at=overdue,
    )


def next_id(*entries: QueueEntry, rank: dict[int, int] = RANK) -> int | None:
    chosen = next_for_window(list(entries), WindowView(WINDOW, rank, NOW))
    return None if chosen is None else chosen.ticket_id


# --- call order ----------------------------------------------------------------------


def test_empty_queue_gives_none() -> None:
    assert next_for_window([], VIEW) is None


def test_returns_the_entry_itself() -> None:
    only = entry(1)
    assert next_for_window([only], VIEW) is only


def test_held_ticket_due_comes_before_everything() -> None:
    held = entry(1, line=LINE_B, issued=1, held_due=ago(1))
    green = entry(2, priority=Priority.GREEN, issued=60)
    assert next_id(green, held) == 1


def test_held_ticket_due_exactly_now_counts_as_due() -> None:
    held = entry(1, line=LINE_B, issued=1, held_due=NOW)
    green = entry(2, priority=Priority.GREEN, issued=60)
    assert next_id(green, held) == 1


def test_held_ticket_not_yet_due_is_skipped() -> None:
    held = entry(1, priority=Priority.GREEN, issued=60, held_due=NOW + timedelta(seconds=1))
    normal = entry(2, line=LINE_B, issued=1)
    assert next_id(held, normal) == 2


def test_only_held_tickets_not_yet_due_gives_none() -> None:
    assert next_id(entry(1, held_due=NOW + timedelta(minutes=5))) is None


def test_among_due_held_tickets_the_earliest_due_first() -> None:
    later = entry(1, priority=Priority.GREEN, issued=60, held_due=ago(1))
    earlier = entry(2, line=LINE_B, issued=1, held_due=ago(5))
    assert next_id(later, earlier) == 2


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        (Priority.GREEN, Priority.APPOINTMENT),
        (Priority.APPOINTMENT, Priority.TRANSFERRED),
        (Priority.TRANSFERRED, Priority.NORMAL),
        (Priority.GREEN, Priority.NORMAL),
    ],
)
def test_priority_beats_line_rank_and_issue_time(higher: Priority, lower: Priority) -> None:
    # The lower class has the better line and the earlier ticket, and still waits.
    high = entry(1, line=LINE_B, priority=higher, issued=1)
    low = entry(2, line=LINE_A, priority=lower, issued=60)
    assert next_id(low, high) == 1
    assert next_id(high, low) == 1


def test_priority_classes_are_called_in_order() -> None:
    pending = [
        entry(1, priority=Priority.NORMAL, issued=40),
        entry(2, priority=Priority.TRANSFERRED, issued=30),
        entry(3, priority=Priority.APPOINTMENT, issued=20),
        entry(4, priority=Priority.GREEN, issued=10),
    ]
    order = []
    while pending:
        chosen = next_for_window(pending, VIEW)
        assert chosen is not None
        order.append(chosen.ticket_id)
        pending.remove(chosen)
    assert order == [4, 3, 2, 1]


def test_line_rank_beats_issue_time() -> None:
    early_b = entry(1, line=LINE_B, issued=60)
    late_a = entry(2, line=LINE_A, issued=1)
    assert next_id(early_b, late_a) == 2


def test_line_rank_is_the_windows_own() -> None:
    early_b = entry(1, line=LINE_B, issued=60)
    late_a = entry(2, line=LINE_A, issued=1)
    assert next_id(early_b, late_a, rank={LINE_A: 1, LINE_B: 0}) == 1


def test_issue_time_breaks_ties_within_a_line() -> None:
    assert next_id(entry(1, issued=5), entry(2, issued=6)) == 2


def test_ticket_id_breaks_full_ties() -> None:
    assert next_id(entry(9, issued=5), entry(4, issued=5), entry(6, issued=5)) == 4


def test_lines_the_window_does_not_serve_are_skipped() -> None:
    foreign = entry(1, line=LINE_C, priority=Priority.GREEN, issued=60)
    own = entry(2, line=LINE_B, issued=1)
    assert next_id(foreign, own) == 2
    assert next_id(foreign) is None


def test_held_due_ticket_of_an_unserved_line_is_skipped() -> None:
    foreign = entry(1, line=LINE_C, held_due=ago(5))
    assert next_id(foreign) is None


def test_ticket_for_another_window_is_skipped() -> None:
    elsewhere = entry(1, priority=Priority.GREEN, issued=60, target=OTHER_WINDOW)
    own = entry(2, line=LINE_B, issued=1)
    assert next_id(elsewhere, own) == 2
    assert next_id(elsewhere) is None


def test_ticket_for_this_window_is_eligible() -> None:
    mine = entry(1, priority=Priority.TRANSFERRED, issued=1, target=WINDOW)
    normal = entry(2, issued=60)
    assert next_id(normal, mine) == 1


# --- interleave and waiting bound (叫号规则, 最长等候) ------------------------------


def call_sequence(pending: list[QueueEntry], every: int) -> list[int]:
    """The ids one window calls in turn, its run of priority calls kept as the claim does."""
    run, order = 0, []
    while True:
        view = WindowView(WINDOW, RANK, NOW, run=run, every={LINE_A: every, LINE_B: every})
        chosen = next_for_window(pending, view)
        if chosen is None:
            return order
        order.append(chosen.ticket_id)
        pending.remove(chosen)
        run = next_run(PY, run=run, priority=chosen.priority, called_back=False)


def five_ordinary_then_three_green() -> list[QueueEntry]:
    ordinary = [entry(i, issued=50 - i) for i in range(1, 6)]
    green = [entry(i, priority=Priority.GREEN, issued=20 - i) for i in range(6, 9)]
    return ordinary + green


def test_strict_calls_every_priority_ticket_first() -> None:
    assert call_sequence(five_ordinary_then_three_green(), every=0) == [6, 7, 8, 1, 2, 3, 4, 5]


def test_two_to_one_lets_one_ordinary_ticket_through_after_two_priority_ones() -> None:
    assert call_sequence(five_ordinary_then_three_green(), every=2) == [6, 7, 1, 8, 2, 3, 4, 5]


def test_one_to_one_alternates() -> None:
    assert call_sequence(five_ordinary_then_three_green(), every=1) == [6, 1, 7, 2, 8, 3, 4, 5]


def test_the_turn_waits_when_no_ordinary_ticket_does() -> None:
    greens = [entry(i, priority=Priority.GREEN, issued=10 - i) for i in range(1, 5)]
    assert call_sequence(greens, every=2) == [1, 2, 3, 4]


def test_transfers_and_call_backs_do_not_count_in_the_run() -> None:
    assert next_run(PY, run=1, priority=int(Priority.TRANSFERRED), called_back=False) == 1
    assert next_run(PY, run=1, priority=int(Priority.GREEN), called_back=True) == 1
    assert next_run(PY, run=1, priority=int(Priority.NORMAL), called_back=True) == 1
    assert next_run(PY, run=1, priority=int(Priority.APPOINTMENT), called_back=False) == 2
    assert next_run(PY, run=3, priority=int(Priority.NORMAL), called_back=False) == 0


def test_an_overdue_ordinary_ticket_is_not_passed_by_later_priority_tickets() -> None:
    overdue = entry(1, issued=40, overdue=ago(10))
    later_green = entry(2, priority=Priority.GREEN, issued=5)
    earlier_green = entry(3, priority=Priority.GREEN, issued=45)
    assert next_id(overdue, later_green) == 1
    assert next_id(overdue, later_green, earlier_green) == 3


def test_a_ticket_not_yet_overdue_waits_behind_priority_tickets() -> None:
    waiting = entry(1, issued=40, overdue=NOW + timedelta(minutes=1))
    green = entry(2, priority=Priority.GREEN, issued=5)
    assert next_id(waiting, green) == 2


def test_held_ticket_due_stays_before_an_interleave_turn() -> None:
    held = entry(1, line=LINE_B, issued=1, held_due=ago(1))
    ordinary = entry(2, issued=60)
    view = WindowView(WINDOW, RANK, NOW, run=5, every={LINE_A: 2, LINE_B: 2})
    chosen = next_for_window([ordinary, held], view)
    assert chosen is not None and chosen.ticket_id == 1


def test_the_turn_follows_the_lines_own_setting() -> None:
    strict_a = entry(1, line=LINE_A, issued=60)
    green_b = entry(2, line=LINE_B, priority=Priority.GREEN, issued=1)
    view = WindowView(WINDOW, RANK, NOW, run=2, every={LINE_A: 0, LINE_B: 2})
    chosen = next_for_window([strict_a, green_b], view)
    assert chosen is not None and chosen.ticket_id == 2
    turn = WindowView(WINDOW, RANK, NOW, run=2, every={LINE_A: 2, LINE_B: 0})
    chosen = next_for_window([strict_a, green_b], turn)
    assert chosen is not None and chosen.ticket_id == 1


def test_every_order_term_is_defined_in_python_and_in_sql() -> None:
    """A term added to the call order needs its Python key and its SQL expression (the
    claim sorts by ``ORDER_SQL``; test_call_order_matches_the_domain_reference checks
    the two agree on real tickets)."""
    from hall_desktop.services.queue.statements import ORDER_SQL

    assert set(TERM_KEYS) == set(OrderTerm)
    assert set(ORDER_SQL) == set(OrderTerm)
    assert len(set(CALL_ORDER)) == len(CALL_ORDER)


def test_ticket_row_has_every_ticket_column() -> None:
    from hall_desktop.services.queue.rows import TICKET_FIELDS
    from hall_desktop.store.models import Ticket

    assert set(TICKET_FIELDS) == {c.key for c in Ticket.__table__.columns}


ENTRIES = st.lists(
    st.builds(
        QueueEntry,
        ticket_id=st.integers(1, 10_000),
        line_id=st.sampled_from([LINE_A, LINE_B, LINE_C]),
        priority=st.sampled_from([int(p) for p in Priority]),
        issued_at=st.integers(0, 600).map(lambda m: ago(m)),
        held_due_at=st.none() | st.integers(-30, 30).map(lambda m: ago(m)),
        target_window_id=st.sampled_from([None, WINDOW, OTHER_WINDOW]),
    ),
    max_size=12,
    unique_by=lambda e: e.ticket_id,
).flatmap(lambda xs: st.tuples(st.just(xs), st.permutations(xs)))


@given(ENTRIES)
def test_choice_does_not_depend_on_input_order(
    lists: tuple[list[QueueEntry], list[QueueEntry]],
) -> None:
    original, shuffled = lists
    first = next_for_window(original, VIEW)
    assert first == next_for_window(shuffled, VIEW)
    eligible = [
        e
        for e in original
        if e.line_id in RANK
        and e.target_window_id in (None, WINDOW)
        and (e.held_due_at is None or e.held_due_at <= NOW)
    ]
    assert (first is None) == (not eligible)
    if first is not None:
        assert first in eligible
        due = [e for e in eligible if e.held_due_at is not None]
        if due:
            assert first.held_due_at == min(e.held_due_at for e in due if e.held_due_at)
        else:
            assert first.priority == max(e.priority for e in eligible)


# --- numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "seq", "expected"),
    [
        ("A", 12, "A012"),
        ("A", 1, "A001"),
        ("A", 0, "A000"),
        ("A", 999, "A999"),
        ("A", 1000, "A1000"),
        ("AB", 7, "AB007"),
    ],
)
def test_format_number(prefix: str, seq: int, expected: str) -> None:
    assert format_number(prefix, seq) == expected


def test_format_number_width() -> None:
    assert format_number("B", 5, width=4) == "B0005"
    assert format_number("B", 12345, width=4) == "B12345"


def test_format_number_refuses_negative_sequence() -> None:
    with pytest.raises(ValueError):
        format_number("A", -1)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("A", "A"), ("a", "A"), ("AB", "AB"), ("ab", "AB"), ("Zy", "ZY"), (" b ", "B")],
)
def test_validate_prefix_accepts_and_normalizes(raw: str, expected: str) -> None:
    assert validate_prefix(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "A1", "1", "ABC", "A-", "A B", "甲", "Ａ"])
def test_validate_prefix_refuses(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_prefix(raw)
    assert caught.value.field == "prefix"
    assert caught.value.message == "号码前缀应为 1 到 2 个英文字母"


@pytest.mark.parametrize(
    ("number", "spoken"),
    [("A012", "A 0 1 2"), ("AB1000", "A B 1 0 0 0"), ("B7", "B 7")],
)
def test_spoken_number_reads_digit_by_digit(number: str, spoken: str) -> None:
    assert spoken_number(number) == spoken


def test_spoken_number_of_a_formatted_number() -> None:
    assert spoken_number(format_number(validate_prefix("c"), 5)) == "C 0 0 5"
