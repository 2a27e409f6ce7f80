"""``--simulate``: citizens arrive and other windows work, so the demo hall is alive.

A guide issues numbers at a random pace (mostly ordinary, now and then a green channel)
and the windows the user is not playing call, serve and finish on their own with
compressed service times. Everything goes through the same services as the real screens.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from dataclasses import dataclass

from hall_desktop.domain.errors import HallError
from hall_desktop.domain.reasons import GREEN_REASONS
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.services.actor import Actor
from hall_desktop.services.auth import AuthService
from hall_desktop.services.catalogue import CatalogueService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database

log = logging.getLogger(__name__)

OUTCOMES = (Outcome.COMPLETED,) * 6 + (Outcome.ACCEPTED,) * 3 + (Outcome.CONSULTATION,)


@dataclass
class SimulationSpeed:
    """Seconds between arrivals and of one service (a hall compressed in time)."""

    arrival: tuple[float, float] = (2.0, 6.0)
    service: tuple[float, float] = (8.0, 25.0)


class HallSimulation:
    def __init__(
        self,
        db: Database,
        hall_code: str,
        *,
        guide_login: str = "daoban2",
        clerk_windows: dict[str, int] | None = None,
        speed: SimulationSpeed | None = None,
        seed: int | None = None,
    ) -> None:
        self.db = db
        self.hall_code = hall_code
        self.guide_login = guide_login
        self.clerk_windows = clerk_windows or {"clerk3": 3, "clerk4": 4, "clerk5": 5}
        self.speed = speed or SimulationSpeed()
        self.random = random.Random(seed)
        self.queue = QueueService(db)
        self._tasks: list[asyncio.Task[None]] = []
        self.issued = 0
        self.finished = 0

    async def start(self, passwords: dict[str, str]) -> None:
        auth = AuthService(self.db)
        guide = await auth.login(self.hall_code, self.guide_login, passwords[self.guide_login])
        hall_id = guide.hall_id
        states = {s.number: s.window_id for s in await self.queue.window_states(hall_id)}
        items = [i.id for i in await CatalogueService(self.db).active_items(hall_id)]
        self._tasks.append(asyncio.ensure_future(self._arrivals(guide)))
        for login, number in self.clerk_windows.items():
            if number not in states:
                continue
            clerk = await auth.login(self.hall_code, login, passwords[login])
            await self.queue.sign_in(clerk, states[number])
            self._tasks.append(asyncio.ensure_future(self._window(clerk, states[number], items)))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    async def _arrivals(self, guide: Actor) -> None:
        while True:
            await asyncio.sleep(self.random.uniform(*self.speed.arrival))
            try:
                lines = [s for s in await self.queue.line_statuses(guide.hall_id) if s.is_open]
                if not lines:
                    continue
                # The comprehensive line (first) gets most of the citizens.
                weights = [4 if i == 0 else 1 for i in range(len(lines))]
                line = self.random.choices(lines, weights)[0]
                green = self.random.random() < 0.08
                await self.queue.issue_ticket(
                    guide,
                    line.line_id,
                    priority=Priority.GREEN if green else Priority.NORMAL,
                    priority_reason=self.random.choice(GREEN_REASONS) if green else None,
                )
                self.issued += 1
            except HallError as e:
                log.info("simulation: no ticket issued: %s", e.message)

    async def _window(self, clerk: Actor, window_id: int, items: list[int]) -> None:
        await asyncio.sleep(self.random.uniform(0, 3))
        while True:
            try:
                ticket = await self.queue.call_next(clerk, window_id)
                if ticket is None:
                    await asyncio.sleep(2.0)
                    continue
                await asyncio.sleep(self.random.uniform(1.5, 4.0))  # the citizen walks up
                if self.random.random() < 0.07:
                    await self.queue.no_show(clerk, ticket.id)
                    continue
                await self.queue.start(clerk, ticket.id)
                await asyncio.sleep(self.random.uniform(*self.speed.service))
                handled = self.random.sample(items, k=min(len(items), self.random.randint(1, 2)))
                await self.queue.finish(
                    clerk, ticket.id, outcome=self.random.choice(OUTCOMES), item_ids=handled
                )
                self.finished += 1
            except HallError as e:
                log.info("simulation at window %s: %s", window_id, e.message)
                await asyncio.sleep(3.0)
