"""预计等候 on small hand-made queues, against values computed by hand."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from hall_desktop.domain import estimates
from hall_desktop.domain.estimates import (
    FlatServiceTimes,
    Pick,
    WaitEstimate,
    WindowPlan,
    free_at,
    simulate,
    wait_estimate,
    wait_text,
)
from hall_desktop.domain.queue import QueueEntry
from hall_desktop.domain.tickets import Priority

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
PROBE = 10**12
FIVE_MIN = FlatServiceTimes({1: 300.0, 2: 300.0})


def s(seconds: float) -> datetime:
    return NOW + timedelta(seconds=seconds)


def waiting(line: int, count: int, start_id: int = 1, priority: Priority = Priority.NORMAL):
    return [QueueEntry(start_id + k, line, int(priority), s(-600 + k)) for k in range(count)]


def probe(line: int = 1, priority: Priority = Priority.NORMAL, pid: int = PROBE) -> QueueEntry:
    return QueueEntry(pid, line, int(priority), NOW)


def window(wid: int, *lines: int, at: datetime = NOW, every: int = 0) -> WindowPlan:
    return WindowPlan(
        wid, {line: rank for rank, line in enumerate(lines, 1)}, at, 0, {x: every for x in lines}
    )


def wait_of(picks: dict[int, Pick], pid: int = PROBE) -> float | None:
    return picks[pid].wait_seconds(NOW)


def test_one_line_two_windows_shares_the_queue():
    # t0: 1, 2; t300: 3, 4; t600: 5 and the probe
    picks = simulate(waiting(1, 5), [window(1, 1), window(2, 1)], FIVE_MIN, NOW, [probe()])
    assert wait_of(picks) == 600
    assert picks[PROBE].same_line_before == 5
    assert picks[PROBE].windows == 2


def test_a_window_shared_with_another_line_spends_its_time_there_first():
    # A serves line 1 first, then line 2; B serves line 2 only. t0: A←1a, B←2a;
    # t300: A←1b, B←2b; t600: A←2c, B←the probe. Today's formula said 3×300/2 = 450.
    entries = waiting(1, 2, 1) + waiting(2, 3, 10)
    picks = simulate(entries, [window(1, 1, 2), window(2, 2)], FIVE_MIN, NOW, [probe(2)])
    assert wait_of(picks) == 600
    assert picks[PROBE].same_line_before == 3
    assert picks[PROBE].calls_before == 5


def test_a_priority_ticket_arriving_later_goes_ahead():
    # One window, strict: t0←1; the green number arrives at 100 s and is called at
    # 300; t600←2; t900←the probe (600 without it).
    green = QueueEntry(50, 1, int(Priority.GREEN), s(100))
    alone = simulate(waiting(1, 2), [window(1, 1)], FIVE_MIN, NOW, [probe()])
    picks = simulate([*waiting(1, 2), green], [window(1, 1)], FIVE_MIN, NOW, [probe()])
    assert wait_of(alone) == 600
    assert wait_of(picks) == 900


def test_the_interleave_lets_the_ordinary_probe_through():
    # 1:1 interleave, the window has just called a green number (run 1): the ordinary
    # probe comes before the two green ones waiting; strict, it waits for both.
    greens = waiting(1, 2, 1, Priority.GREEN)
    loose = WindowPlan(1, {1: 1}, NOW, 1, {1: 1})
    strict = WindowPlan(1, {1: 1}, NOW, 1, {1: 0})
    assert wait_of(simulate(greens, [loose], FIVE_MIN, NOW, [probe()])) == 0
    assert wait_of(simulate(greens, [strict], FIVE_MIN, NOW, [probe()])) == 600


def test_a_held_ticket_returning_is_called_first_when_due():
    # Held by window 1, due at 400 s: t0←1, t300←2, t600←held, t900←3, t1200←probe.
    held = QueueEntry(40, 1, 0, s(-900), held_due_at=s(400), target_window_id=1)
    picks = simulate([*waiting(1, 3), held], [window(1, 1)], FIVE_MIN, NOW, [probe()])
    assert wait_of(picks) == 1200
    # Held by another window: that one calls it, not ours.
    other = QueueEntry(40, 1, 0, s(-900), held_due_at=s(400), target_window_id=2)
    picks = simulate([*waiting(1, 3), other], [window(1, 1)], FIVE_MIN, NOW, [probe()])
    assert wait_of(picks) == 900


def test_a_paused_window_joins_when_its_pause_ends():
    # W2 paused 120 s ago, a pause lasts 600 s: free at 480. t0: W1←1; t300: W1←2;
    # t480: W2←3; t600: W1←probe. Without the pause: t300.
    paused = free_at(NOW, paused_since=s(-120), pause_seconds=600)
    assert paused == s(480)
    picks = simulate(
        waiting(1, 3), [window(1, 1), window(2, 1, at=paused)], FIVE_MIN, NOW, [probe()]
    )
    assert wait_of(picks) == 600
    open_both = simulate(waiting(1, 3), [window(1, 1), window(2, 1)], FIVE_MIN, NOW, [probe()])
    assert wait_of(open_both) == 300


def test_a_ticket_in_hand_and_overruns():
    assert free_at(NOW, in_hand_since=s(-100), in_hand_seconds=300) == s(200)
    # Past its usual length: still a little left.
    assert free_at(NOW, in_hand_since=s(-900), in_hand_seconds=300) == s(120)
    # A pause long past its usual length ends soon, not now.
    assert free_at(NOW, paused_since=s(-3600)) == s(estimates.OVERRUN_LEFT_S)


def test_no_window_serves_the_line():
    picks = simulate(waiting(1, 2), [window(1, 2)], FIVE_MIN, NOW, [probe()])
    assert picks[PROBE].at is None
    assert wait_estimate(picks[PROBE], NOW) == estimates.UNKNOWN
    assert wait_text(estimates.UNKNOWN) == "暂无法预计等候时间"


def test_probes_do_not_delay_each_other():
    picks = simulate(
        waiting(1, 1) + waiting(2, 1, 10),
        [window(1, 1, 2)],
        FIVE_MIN,
        NOW,
        [probe(1, pid=PROBE), probe(2, pid=PROBE + 1)],
    )
    # t0←1a, t300←the line-1 probe (no time), then 2a, t600←the line-2 probe
    assert wait_of(picks, PROBE) == 300
    assert wait_of(picks, PROBE + 1) == 600


def test_ranges_and_words():
    # One service ahead: it may take 1 minute or 8, so no single number.
    one_ahead = wait_estimate(Pick(s(240), 1, 1, 1), NOW)
    assert one_ahead == WaitEstimate(240, 0, 10)
    assert wait_text(one_ahead) == "预计等候 10 分钟以内"
    # Four services per window ahead, 60 s each: about 4 minutes.
    narrow = wait_estimate(Pick(s(240), 8, 8, 2), NOW)
    assert narrow == WaitEstimate(240, 4, 4)
    assert wait_text(narrow) == "预计等候约 4 分钟"
    wide = wait_estimate(Pick(s(1200), 2, 2, 1), NOW)
    assert wide.is_range and wide.low_minutes % 5 == 0 and wide.high_minutes % 5 == 0
    assert wide.low_minutes <= 20 <= wide.high_minutes
    assert wait_text(wide) == f"预计等候约 {wide.low_minutes}–{wide.high_minutes} 分钟"
    # Many calls per window: the service times average out, the range narrows.
    steady = wait_estimate(Pick(s(1200), 40, 80, 4), NOW)
    assert steady.high_minutes - steady.low_minutes < wide.high_minutes - wide.low_minutes
    assert wait_text(wait_estimate(Pick(NOW, 0, 0, 1), NOW)) == "预计很快就到您"
    assert wait_text(WaitEstimate(300, 0, 10)) == "预计等候 10 分钟以内"


class _EveryTicket(estimates._Pool):
    """The reference: every ticket is a candidate, ``next_for_window`` picks."""

    def __init__(self, entries):
        self.all = list(entries)

    def candidates(self, window, at):
        mine = [
            e
            for e in self.all
            if e.line_id in window.line_rank and e.target_window_id in (None, window.window_id)
        ]
        ready = [
            e for e in mine if e.issued_at <= at and (e.held_due_at is None or e.held_due_at <= at)
        ]
        later = [max(e.issued_at, e.held_due_at or e.issued_at) for e in mine if e not in ready]
        return ready, min(later, default=None)

    def remove(self, entry):
        self.all.remove(entry)


@pytest.mark.parametrize("seed", range(40))
def test_the_buckets_pick_what_the_call_order_picks(seed, monkeypatch):
    rng = random.Random(seed)
    entries = []
    for tid in range(1, rng.randint(5, 40)):
        line = rng.randint(1, 3)
        priority = rng.choice([0, 0, 0, 1, 2, 3])
        issued = s(rng.randint(-3600, 1800))
        held = rng.random() < 0.1
        entries.append(
            QueueEntry(
                tid,
                line,
                priority,
                issued,
                held_due_at=s(rng.randint(-60, 900)) if held else None,
                target_window_id=rng.randint(1, 3) if held or rng.random() < 0.05 else None,
                overdue_at=issued + timedelta(minutes=20) if priority == 0 else None,
            )
        )
    windows = [
        WindowPlan(
            w,
            {line: rng.randint(1, 3) for line in rng.sample([1, 2, 3], rng.randint(1, 3))},
            s(rng.randint(0, 400)),
            rng.randint(0, 2),
            {1: 0, 2: 1, 3: 2},
        )
        for w in (1, 2, 3)
    ]
    service = FlatServiceTimes({1: 240.0, 2: 420.0, 3: 600.0})
    probes = [probe(line, pid=PROBE + line) for line in (1, 2, 3)]
    fast = simulate(entries, windows, service, NOW, probes)
    monkeypatch.setattr(estimates, "_Pool", _EveryTicket)
    reference = simulate(entries, windows, service, NOW, probes)
    assert fast == reference


def test_no_window_calls_in_the_lunch_break():
    # One window, 5-minute services, two ahead; the hall closes from 200 s to 3,800 s:
    # t0←1, t300 (in the break)→ 3800←2, t4100←the probe. The ticket in hand at the
    # break is finished (1 ends at 300), nobody new is called until it ends.
    breaks = [(s(200), s(3800))]
    picks = simulate(waiting(1, 2), [window(1, 1)], FIVE_MIN, NOW, [probe()], breaks=breaks)
    assert wait_of(picks) == 4100


def test_a_higher_ranked_line_arriving_later_takes_the_shared_window():
    # The window serves line 2 first, then line 1. A line-2 number expected at 100 s
    # (an arrival, id <= 0) is called at 300 before the line-1 probe; it is nobody the
    # probe has "ahead" in its own line.
    later = QueueEntry(0, 2, 0, s(100))
    picks = simulate([*waiting(1, 1), later], [window(1, 2, 1)], FIVE_MIN, NOW, [probe()])
    assert wait_of(picks) == 600
    assert picks[PROBE].same_line_before == 1
    assert picks[PROBE].calls_before == 2
