"""Several processes issuing and calling at once: no duplicate, no double call, no loss."""

from __future__ import annotations

import pytest

from hall_desktop.bench.queue import run_queue_bench
from tests.conftest import require_backend

pytestmark = pytest.mark.slow


def test_processes_never_share_a_ticket(backend, database_urls):
    """Strict, then a 2:1 interleave (the claim also keeps each window's run of priority
    calls), with three tickets in ten green-channel ones."""
    server = require_backend(database_urls, backend) if backend == "postgresql" else None
    result = run_queue_bench(
        backend=backend,
        clerks=4,
        desks=3,
        tickets=90,
        service_ms=0,  # no pacing: every process hammers the same tickets
        pg_url=server.render_as_string(hide_password=False) if server else None,
        priority_share=0.3,
        interleave="2:1",
    )
    assert set(result["runs"]) == {"strict", "2:1"}
    for run in result["runs"].values():
        assert run["issued"] == run["called"] == 90
        assert run["duplicates"] == 0
        assert run["lost"] == 0
        assert run["errors"] == 0, run["error_sample"]  # no clerk or desk saw one
        assert not run["deadlocks"]
        assert run["statuses"] == {"done": 90}
        waits = run["wait_s"]
        assert waits["ordinary"]["count"] + waits["priority"]["count"] == 90
        assert 10 <= waits["priority"]["count"] <= 45  # about 30 % of 90
    assert result["fairness"]["2:1"] == result["runs"]["2:1"]["wait_s"]
