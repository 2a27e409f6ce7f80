"""A role's start imports what the role uses (issue 23: the display's start was mostly
imports): the display never loads the statistics, the ledger, Alembic, psycopg (on
SQLite) or the benchmarks. Checked in a fresh interpreter: this one has loaded all."""

from __future__ import annotations

import subprocess
import sys

_DISPLAY_START = """
import sys
from hall_desktop.cli import build_parser
build_parser(benches=False).parse_args(["display", "--windowed"])
import hall_desktop.ui.display.main
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
services = Services.build(Database(sys.argv[1]))
services.queue, services.hall_settings, services.dispatch
loaded = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("alembic", "psycopg")
    or m.startswith(("hall_desktop.bench", "hall_desktop.services.statistics",
                     "hall_desktop.services.cases", "hall_desktop.services.district",
                     "hall_desktop.services.staffing"))
)
print(loaded)
"""


def test_the_display_starts_without_what_it_does_not_use(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'hall.db'}"
    done = subprocess.run(
        [sys.executable, "-c", _DISPLAY_START, url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_bench_command_line_still_has_every_benchmark():
    from hall_desktop.cli import build_parser

    args = build_parser(benches=True).parse_args(["bench", "desk", "--tickets", "5"])
    assert (args.bench_command, args.tickets) == ("desk", 5)
