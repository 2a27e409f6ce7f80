"""What the service tests share besides tests/conftest.py."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hall_desktop.services.actor import Actor
from hall_desktop.services.queue import QueueService
from hall_desktop.store.seed import SeedReport
from tests.helpers import line_ids, window_ids


@dataclass
class Floor:
    """A staffed hall's queue: the service, the staff by login, lines by prefix, windows
    by number."""

    q: QueueService
    hall: SeedReport
    a: dict[str, Actor]
    lines: dict[str, int]
    win: dict[int, int]


@pytest.fixture
async def ctx(db, hall, actors) -> Floor:
    return Floor(
        QueueService(db),
        hall,
        actors,
        await line_ids(db, hall.hall_id),
        await window_ids(db, hall.hall_id),
    )
