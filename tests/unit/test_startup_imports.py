"""A role's start imports what the role uses (issue 23: the display's start was mostly
imports): the display never loads the statistics, the ledger, Alembic, psycopg (on
SQLite) or the benchmarks. Checked in a fresh interpreter: this one has loaded all."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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


_AFTER_QT = """
import linecache, sys
import hall_desktop.ui  # Qt first, as the display's start does
import sqlalchemy, hall_desktop.store.models, hall_desktop.services.queue
# Source files (SQLAlchemy also caches code it generates, under names in <>).
read = sorted(
    f for f in linecache.cache
    if f.endswith(".py") and ("sqlalchemy" in f or "hall_desktop" in f)
)
print(len(read))
import shibokensupport.feature as feature
print(feature.pyside_feature_dict.get("hall_desktop.store.models"))
"""


def test_modules_loaded_after_qt_are_not_read_as_source():
    """PySide6's import hook read the source of every module imported after QtCore into
    linecache (23 MB more in the display): hall_desktop.ui turns that check off."""
    done = subprocess.run(
        [sys.executable, "-c", _AFTER_QT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    read, verdict = done.stdout.split()
    assert read == "0"
    assert verdict == "-1"  # PySide6 saw the module, and judged it without its source


def test_the_program_never_selects_a_pyside_feature():
    """hall_desktop.ui tells PySide6 that no module uses ``__feature__``: true only while
    none does."""
    package = Path(__file__).resolve().parents[2] / "hall_desktop"
    selects = re.compile(r"^\s*(from __feature__ import|import __feature__)", re.MULTILINE)
    users = [path for path in package.rglob("*.py") if selects.search(path.read_text("utf-8"))]
    assert users == []
