"""Several processes issuing and calling at once: no duplicate, no double call, no loss."""

from __future__ import annotations

import pytest

from hall_desktop.bench.queue import run_queue_bench
from tests.conftest import require_backend

pytestmark = pytest.mark.slow


def test_processes_never_share_a_ticket(backend, database_urls):
    server = require_backend(database_urls, backend) if backend == "postgresql" else None
    result = run_queue_bench(
        backend=backend,
        clerks=4,
        desks=3,
        tickets=150,
        service_ms=0,  # no pacing: every process hammers the same tickets
        pg_url=server.render_as_string(hide_password=False) if server else None,
    )
    assert result["issued"] == result["called"] == 150
    assert result["duplicates"] == 0
    assert result["lost"] == 0
    assert result["errors"] == 0, result["error_sample"]  # no clerk or desk saw one
    assert not result["deadlocks"]
    assert result["statuses"] == {"done": 150}
