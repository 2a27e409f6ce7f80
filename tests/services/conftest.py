"""What the service tests share besides tests/conftest.py."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hall_desktop import logs
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


@pytest.fixture
def command_env(monkeypatch, tmp_path):
    """A command line run as the demo hall's 主任 (``HALL_PASSWORD``), without the
    machine's settings."""
    monkeypatch.delenv("HALL_LANGUAGE", raising=False)
    monkeypatch.delenv("HALL_DB_URL", raising=False)
    monkeypatch.setenv("HALL_SETTINGS_FILE", str(tmp_path / "no-settings.toml"))
    monkeypatch.setenv("HALL_PASSWORD", "zhuren2026")
    yield
    logs.teardown_logging()
