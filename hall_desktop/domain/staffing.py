"""排班建议: how many windows a line needs to keep the hall's waiting promise.

A line is an M/M/c queue per half-hour (Erlang C): citizens arrive at random at the
line's rate, each window (a server) is held for the line's mean service time
(called → finished), and the promise is a share of citizens called within a waiting
time ("80 % within 20 minutes"). :func:`windows_needed` gives the fewest windows that
keep it. :func:`simulate` plays a day through FIFO windows whose number changes per
half-hour, to check a plan against something closer to the hall than the formula.

Pure Python: no Qt, no database. Times are in seconds, rates per second.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

__all__ = [
    "PROMISE_MINUTES",
    "PROMISE_PERCENT",
    "SLOT_SECONDS",
    "DayDraw",
    "SimulationResult",
    "average_wait",
    "draw_day",
    "erlang_b",
    "erlang_c",
    "service_level",
    "simulate",
    "windows_needed",
]

#: The plan's slot: half an hour.
SLOT_SECONDS = 1800
#: 等候承诺 (a hall setting): the share called in time in per cent, and the time in
#: minutes, lowest and highest.
PROMISE_PERCENT = (50, 99)
PROMISE_MINUTES = (1, 240)


def erlang_b(servers: int, traffic: float) -> float:
    """Erlang B: the blocking probability of ``servers`` offered ``traffic`` Erlang.

    The recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)) stays between 0 and 1 at
    every step, so it neither overflows nor loses precision for hundreds of servers
    (the factorial formula overflows a float past 170).
    """
    if servers < 0 or traffic < 0:
        raise ValueError("servers and traffic must not be negative")
    b = 1.0
    for k in range(1, servers + 1):
        b = traffic * b / (k + traffic * b)
    return b


def erlang_c(servers: int, traffic: float) -> float:
    """Erlang C: the probability that a citizen has to wait (all windows busy).

    1.0 when the queue is not stable (``traffic ≥ servers``): everyone waits, and the
    queue grows without bound. 0.0 when nobody comes.
    """
    if servers < 0 or traffic < 0:
        raise ValueError("servers and traffic must not be negative")
    if traffic == 0:
        return 0.0
    if traffic >= servers:
        return 1.0
    b = erlang_b(servers, traffic)
    return servers * b / (servers - traffic * (1 - b))


def _tail_rates(
    servers: int, traffic: float, mean_service: float, priority_share: float
) -> tuple[float, float]:
    """The rates of the waiting-time tails of priority and ordinary citizens.

    FIFO (no priority): conditional on waiting, the wait is exponential with rate
    (c − A)/s. Under non-preemptive priority with one service time for both classes
    (Cobham's formula), the mean waits are W₀/(1 − σ₁) and W₀/((1 − σ₁)(1 − σ)), with
    σ₁ = p·A/c the priority citizens' load and σ = A/c the whole load; each class's
    tail is taken as exponential with that conditional mean (exact for the means, an
    approximation for the tail).
    """
    sigma_p = priority_share * traffic / servers
    sigma = traffic / servers
    first = servers * (1 - sigma_p) / mean_service
    return first, first * (1 - sigma)


def service_level(
    servers: int,
    arrival_rate: float,
    mean_service: float,
    within: float,
    *,
    priority_share: float = 0.0,
) -> float:
    """The share of citizens called within ``within`` seconds: 1 − C·e^(−(cμ−λ)t).

    ``arrival_rate`` per second, ``mean_service`` in seconds. With ``priority_share``
    > 0, the share over both classes when priority citizens go first (see
    :func:`_tail_rates`); 0 is plain FIFO Erlang C. 1.0 when nobody comes, 0.0 when the
    queue is not stable.
    """
    _check(arrival_rate, mean_service, within, priority_share)
    if arrival_rate == 0:
        return 1.0
    traffic = arrival_rate * mean_service
    if servers <= 0 or traffic >= servers:
        return 0.0
    waits = erlang_c(servers, traffic)
    if priority_share == 0:
        return 1 - waits * math.exp(-(servers - traffic) * within / mean_service)
    first, ordinary = _tail_rates(servers, traffic, mean_service, priority_share)
    late = priority_share * math.exp(-first * within) + (1 - priority_share) * math.exp(
        -ordinary * within
    )
    return 1 - waits * late


def average_wait(servers: int, arrival_rate: float, mean_service: float) -> float:
    """The mean wait in seconds (ASA): C·s/(c − A); infinite when the queue is not
    stable, 0 when nobody comes."""
    _check(arrival_rate, mean_service, 0, 0)
    if arrival_rate == 0:
        return 0.0
    traffic = arrival_rate * mean_service
    if servers <= 0 or traffic >= servers:
        return math.inf
    return erlang_c(servers, traffic) * mean_service / (servers - traffic)


def windows_needed(
    arrival_rate: float,
    mean_service: float,
    within: float,
    target_share: float,
    max_windows: int,
    *,
    priority_share: float = 0.0,
) -> int | None:
    """The fewest windows whose service level reaches ``target_share`` (0 … 1).

    0 when nobody comes; never a number that leaves the queue unstable (more windows
    than the traffic); None when even ``max_windows`` cannot keep the promise.
    """
    if not 0 <= target_share <= 1:
        raise ValueError("target_share must be between 0 and 1")
    _check(arrival_rate, mean_service, within, priority_share)
    if arrival_rate == 0:
        return 0
    traffic = arrival_rate * mean_service
    for servers in range(math.floor(traffic) + 1, max_windows + 1):
        level = service_level(
            servers, arrival_rate, mean_service, within, priority_share=priority_share
        )
        if level >= target_share:
            return servers
    return None


def _check(arrival_rate: float, mean_service: float, within: float, priority_share: float) -> None:
    if arrival_rate < 0 or within < 0:
        raise ValueError("arrival_rate and within must not be negative")
    if mean_service <= 0:
        raise ValueError("mean_service must be positive")
    if not 0 <= priority_share <= 1:
        raise ValueError("priority_share must be between 0 and 1")


# -- a simulated day -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """What a simulated day gave: ``served`` citizens, ``within_promise`` of them called
    within the promise, the waits in arrival order, and the window-hours the plan
    staffed (its slots' windows × half an hour; a window finishing a citizen after its
    slot is not counted again)."""

    served: int
    within_promise: int
    waits: tuple[float, ...]
    window_hours: float

    @property
    def share_within(self) -> float:
        """The share called within the promise (1.0 for a day nobody came)."""
        return self.within_promise / self.served if self.served else 1.0

    @property
    def mean_wait(self) -> float:
        return sum(self.waits) / len(self.waits) if self.waits else 0.0


_ARRIVE, _SLOT, _FREE = 1, 0, 2  # order of simultaneous events: windows change first


def simulate(
    arrivals: Sequence[float],
    service_times: Sequence[float],
    windows_per_slot: Sequence[int],
    *,
    within: float,
    priorities: Sequence[bool] | None = None,
    slot_seconds: float = SLOT_SECONDS,
) -> SimulationResult:
    """Play a day: citizens arrive at ``arrivals`` (seconds from the first slot's start,
    ascending) and each holds a window for its ``service_times``; slot i has
    ``windows_per_slot[i]`` windows open.

    Windows call FIFO (priority citizens first when ``priorities`` says so, each class
    in arrival order). A window that closes at a slot's end finishes the citizen it
    has; it calls nobody new until it opens again. After the last slot the last slot's
    windows (at least one) stay until the queue is empty, as a hall serves everyone
    who took a number. Deterministic: no randomness of its own (see :func:`draw_day`).
    """
    if len(arrivals) != len(service_times):
        raise ValueError("one service time per arrival")
    if priorities is not None and len(priorities) != len(arrivals):
        raise ValueError("one priority flag per arrival")
    if any(b < a for a, b in pairwise(arrivals)):
        raise ValueError("arrivals must be in ascending order")
    if any(n < 0 for n in windows_per_slot):
        raise ValueError("windows must not be negative")
    slots = list(windows_per_slot) or [0]
    after = max(slots[-1], 1)

    def open_at(index: int) -> int:
        return slots[index] if index < len(slots) else after

    events: list[tuple[float, int, int]] = [(i * slot_seconds, _SLOT, i) for i in range(len(slots))]
    events.append((len(slots) * slot_seconds, _SLOT, len(slots)))
    events += [(t, _ARRIVE, i) for i, t in enumerate(arrivals)]
    heapq.heapify(events)
    busy: set[int] = set()  # windows with a citizen
    first: deque[int] = deque()  # waiting priority citizens
    ordinary: deque[int] = deque()
    waits = [0.0] * len(arrivals)
    slot = 0
    while events:
        now, kind, index = heapq.heappop(events)
        if kind == _SLOT:
            slot = index
        elif kind == _ARRIVE:
            (first if priorities is not None and priorities[index] else ordinary).append(index)
        else:
            busy.discard(index)
        # Open idle windows call, lowest number first.
        for window in range(open_at(slot)):
            if not (first or ordinary):
                break
            if window in busy:
                continue
            citizen = (first or ordinary).popleft()
            waits[citizen] = now - arrivals[citizen]
            busy.add(window)
            heapq.heappush(events, (now + service_times[citizen], _FREE, window))
    within_promise = sum(1 for w in waits if w <= within)
    return SimulationResult(
        served=len(arrivals),
        within_promise=within_promise,
        waits=tuple(waits),
        window_hours=sum(slots) * slot_seconds / 3600,
    )


@dataclass(frozen=True, slots=True)
class DayDraw:
    """A random day: arrival times (ascending), service times and priority flags."""

    arrivals: tuple[float, ...]
    service_times: tuple[float, ...]
    priorities: tuple[bool, ...]


def draw_day(
    rates: Sequence[float],
    mean_service: float,
    *,
    seed: int,
    priority_share: float = 0.0,
    slot_seconds: float = SLOT_SECONDS,
) -> DayDraw:
    """Poisson arrivals at ``rates[i]`` per second in slot i, exponential service
    times of mean ``mean_service``; the same ``seed`` draws the same day."""
    rng = random.Random(seed)
    arrivals: list[float] = []
    for i, rate in enumerate(rates):
        if rate <= 0:
            continue
        t = i * slot_seconds + rng.expovariate(rate)
        while t < (i + 1) * slot_seconds:
            arrivals.append(t)
            t += rng.expovariate(rate)
    return DayDraw(
        tuple(arrivals),
        tuple(rng.expovariate(1 / mean_service) for _ in arrivals),
        tuple(rng.random() < priority_share for _ in arrivals),
    )
