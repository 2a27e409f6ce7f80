"""Shared fixtures: one parametrized database fixture over SQLite and PostgreSQL.

PostgreSQL runs only against a real server named by ``HALL_TEST_PG_URL`` (for example
``postgresql://postgres@127.0.0.1:5432/postgres``); each test session creates its own
database there and drops it at the end. Without the variable the PostgreSQL half is
skipped locally, but under CI (``CI`` set) a missing server is an error, not a skip.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Commands run by tests log into a throw-away folder, never the user's log directory.
os.environ.setdefault(
    "HALL_LOG_DIR", os.path.join(tempfile.mkdtemp(prefix="hall-test-logs-"), "logs")
)
if "PYTEST_XDIST_WORKER" in os.environ:  # under pytest -n: a folder of each worker's own
    os.environ["HALL_LOG_DIR"] = os.path.join(
        os.environ["HALL_LOG_DIR"], os.environ["PYTEST_XDIST_WORKER"]
    )

import gc
import importlib
import itertools
import logging
import re
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL, make_url

from hall_desktop.domain.clock import FixedClock
from hall_desktop.logs import CancelledReset
from hall_desktop.services.actor import Actor, parse_roles
from hall_desktop.store import database as database_module
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.store.models import ServiceWindow, Staff
from hall_desktop.store.seed import SeedReport, seed_demo
from tests import role_drill
from tests.dates import suite_now
from tests.role_drill import RoleDrill

BACKENDS = ("sqlite", "postgresql")
# Tests meant to fail: tests/unit/test_sweep.py and test_harness.py run them on purpose.
collect_ignore_glob = [] if os.environ.get("HALL_CANARIES") else ["canaries/*"]
# Cheap argon2 parameters for test accounts; the program's own use the library defaults.
_fast_hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
_hall_numbers = itertools.count(1)


def fast_hash(password: str) -> str:
    return _fast_hasher.hash(password)


def pg_server_url() -> URL | None:
    raw = os.environ.get("HALL_TEST_PG_URL")
    if not raw:
        return None
    return make_url(raw)


def create_pg_database(server: URL, prefix: str = "hall_test") -> URL:
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    url = parse_db_url(server.set(database=name).render_as_string(hide_password=False))
    schema.create_database_if_missing(url)
    return url


def drop_pg_database(url: URL) -> None:
    engine = create_engine(sync_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, URL]]:
    """One migrated database per backend for the whole test session."""
    urls: dict[str, URL] = {}
    sqlite_url = parse_db_url(f"sqlite:///{tmp_path_factory.mktemp('db') / 'hall.sqlite3'}")
    schema.upgrade(sqlite_url)
    urls["sqlite"] = sqlite_url
    server = pg_server_url()
    if server is not None:
        pg_url = create_pg_database(server)
        schema.upgrade(pg_url)
        urls["postgresql"] = pg_url
    yield urls
    if "postgresql" in urls:
        drop_pg_database(urls["postgresql"])


def require_backend(urls: dict[str, URL], backend: str) -> URL:
    if backend not in urls:
        if os.environ.get("CI"):
            pytest.fail("HALL_TEST_PG_URL is not set: CI must run every test on PostgreSQL too")
        pytest.skip("PostgreSQL tests need HALL_TEST_PG_URL")
    return urls[backend]


@pytest.fixture
def empty_url(backend: str, tmp_path, database_urls) -> Iterator[URL]:
    """A database with nothing in it, on either backend."""
    if backend == "sqlite":
        yield parse_db_url(f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.sqlite3'}")
        return
    server = database_urls.get("postgresql")
    if server is None:
        pytest.skip("PostgreSQL tests need HALL_TEST_PG_URL")
    url = create_pg_database(server, prefix="hall_schema")
    yield url
    drop_pg_database(url)


@pytest.fixture
def second_url(backend: str, tmp_path, database_urls) -> Iterator[URL]:
    """Another empty database of the same backend (where a backup is restored)."""
    if backend == "sqlite":
        yield parse_db_url(f"sqlite:///{tmp_path / 'restored' / 'hall.sqlite3'}")
        return
    server = database_urls.get("postgresql")
    if server is None:
        pytest.skip("PostgreSQL tests need HALL_TEST_PG_URL")
    url = create_pg_database(server, prefix="hall_restore")
    yield url
    drop_pg_database(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def role_drills() -> Iterator[dict[str, RoleDrill]]:
    """The database roles' drill per PostgreSQL database (tests/role_drill.py)."""
    drills: dict[str, RoleDrill] = {}
    yield drills
    for drill in drills.values():
        drill.drop()


@pytest.fixture(autouse=True)
def _role_drill(request: pytest.FixtureRequest, role_drills, monkeypatch) -> None:
    """Under ``HALL_TEST_ROLE_DRILL``: a PostgreSQL test's service calls run under the
    role of the PC that makes each."""
    params = getattr(request.node, "callspec", None)
    if not role_drill.ENABLED or params is None or params.params.get("backend") != "postgresql":
        return
    url = request.getfixturevalue("db_url")
    drill = role_drills.get(str(url))
    if drill is None:
        drill = role_drills[str(url)] = role_drill.RoleDrill(url)
    monkeypatch.setattr(database_module, "role_drill", drill)


@pytest.fixture
def db_url(database_urls: dict[str, URL], backend: str) -> URL:
    return require_backend(database_urls, backend)


@pytest.fixture
def owner(db_url: URL) -> Iterator[Engine]:
    """A synchronous engine of the database's owner (on PostgreSQL the test server's
    superuser): for what the program's commands do beside the services."""
    engine = create_engine(sync_url(db_url))
    yield engine
    engine.dispose()


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    """The test's clock, at the run's instant (``HALL_TEST_NOW``; see ``tests/dates.py``).

    Every :class:`Database` the test makes, itself or through the program, tells time by
    it; a test that needs a time of day sets it here (``clock.set_local(...)``).
    """
    fixed = FixedClock(suite_now())
    monkeypatch.setattr(database_module, "default_clock", lambda *, remote: fixed)
    return fixed


@pytest.fixture
async def db(db_url: URL, clock: FixedClock) -> AsyncIterator[Database]:
    database = Database(db_url, clock=clock)
    yield database
    await database.dispose()


async def new_hall(
    db: Database, *, enforce_hours: bool = False, staffed: bool = True
) -> SeedReport:
    """A fresh demo hall with its own code: tests share a database, never a hall.

    ``staffed``: a hall at work, clerk N signed in at window N (N = 1…10), as their
    workstations do at log-in; the queue refuses a clerk at a window they are not
    signed in to.
    """
    report = await seed_demo(
        db,
        hall_code=f"t{next(_hall_numbers)}_{uuid.uuid4().hex[:6]}",
        hash_password=fast_hash,
        enforce_hours=enforce_hours,
    )
    if staffed:
        await sign_in_clerks(db, report.hall_id)
    return report


async def sign_in_clerks(db: Database, hall_id: int) -> None:
    """Clerk N signed in at window N, through the queue service (N = 1…10)."""
    from hall_desktop.services.queue import QueueService

    actors = await load_actors(db, hall_id)
    async with db.read() as session:
        windows = dict(
            (n, wid)
            for n, wid in await session.execute(
                select(ServiceWindow.number, ServiceWindow.id).where(
                    ServiceWindow.hall_id == hall_id
                )
            )
        )
    queue = QueueService(db)
    for n in range(1, 11):
        await queue.sign_in(actors[f"clerk{n}"], windows[n])


@pytest.fixture
async def hall(db: Database) -> SeedReport:
    return await new_hall(db)


async def load_actors(db: Database, hall_id: int) -> dict[str, Actor]:
    async with db.read() as session:
        rows = await session.scalars(select(Staff).where(Staff.hall_id == hall_id))
        return {
            s.login: Actor(s.id, hall_id, s.login, s.name, s.staff_number, parse_roles(s.roles))
            for s in rows
        }


@pytest.fixture
async def actors(db: Database, hall: SeedReport) -> dict[str, Actor]:
    return await load_actors(db, hall.hall_id)


# -- errors the program logs fail the test (qutebrowser's tests/helpers/logfail.py) -----


class _ErrorCollector(logging.Handler):
    """Keeps every ERROR (or worse) record logged while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        # What the program itself does not report either (a read cancelled on close).
        self.addFilter(CancelledReset())
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _describe(record: logging.LogRecord) -> str:
    text = f"{record.levelname} {record.name}: {record.getMessage()}"
    if record.exc_info and record.exc_info[1] is not None:
        error = record.exc_info[1]
        text += f" [{type(error).__name__}: {error}]"
    return text


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[_ErrorCollector]:
    """Fail a test during which the program logged an unexpected ERROR.

    That covers a failed controller task (its done-callback logs it), an exception in an
    asyncio task nobody awaited, and a Qt critical message routed to logging. A test that
    provokes an error on purpose says so: ``@pytest.mark.logs_errors("pattern", …)``,
    each pattern a regular expression that must match at least one logged error.
    """
    collector = _ErrorCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
    marker = request.node.get_closest_marker("logs_errors")
    patterns = [re.compile(p) for p in (marker.args if marker else ())]
    described = [_describe(r) for r in collector.records]
    unexpected = [d for d in described if not any(p.search(d) for p in patterns)]
    unmet = [p.pattern for p in patterns if not any(p.search(d) for d in described)]
    if unexpected:
        pytest.fail("the program logged an unexpected error:\n" + "\n".join(unexpected))
    if unmet:
        pytest.fail("an error the test expects was not logged: " + ", ".join(unmet))


@pytest.fixture(autouse=True)
def _freeze_what_is_alive(fail_on_logged_errors: _ErrorCollector) -> None:
    """Collect the previous test's garbage, then freeze what is alive (``gc.freeze``).

    The cyclic collector then looks only at what each test makes, not again and again
    at the whole heap (what stays alive across tests: modules, Qt, session fixtures),
    which grows as a run goes on: a full collection late in a run took over a second,
    once per test in ``tests/ui`` (its teardown collects there) and whenever Python
    chose elsewhere. A frozen object that becomes garbage later (rare for what outlived
    a test) is never collected, in no thread. The collection runs once the error
    collector listens: what the garbage logs (a failed task nobody awaited) fails the
    next test, not one that chance picks when Python collects by itself.
    """
    gc.collect()
    gc.freeze()


# -- a tool the tests need is installed by .ci/run; its absence is no silent skip -------

_TOOLS = {
    "pdftoppm": ("poppler-utils", lambda: shutil.which("pdftoppm") is not None),
    "wqy-microhei": ("fonts-wqy-microhei", lambda: WQY_FONT.is_file()),
    "qt-texttospeech": ("libpulse0", lambda: _imports("PySide6.QtTextToSpeech")),
}
WQY_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DESIGN_SKIP = "by design: "


def _imports(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("requires_tool"):
        (tool,) = marker.args
        if tool in _TOOLS:
            package, present = _TOOLS[tool]
            found = present()
        else:  # any other executable, by name
            package, found = marker.kwargs.get("package", tool), shutil.which(tool) is not None
        if found:
            continue
        message = f"{tool} is missing (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: .ci/run must install it")
        pytest.skip(message)


_skips: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report)
        _skips.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI, a skip that is not part of the design (``by design: …``) fails the run.

    Under ``pytest -n`` the controller hears every worker's reports and decides.
    """
    if not os.environ.get("CI") or hasattr(session.config, "workerinput"):
        return
    undesigned = [s for s in _skips if DESIGN_SKIP not in s]
    if undesigned:
        session.config.stash[_UNDESIGNED] = undesigned
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_UNDESIGNED = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    undesigned = config.stash.get(_UNDESIGNED, [])
    if undesigned:
        terminalreporter.section("skips that CI does not accept", red=True)
        for line in undesigned:
            terminalreporter.line(line)


@pytest.fixture
def restore_app(qapp):
    """``main`` configures the session's QApplication as a role would: undo that."""
    yield qapp
    from PySide6.QtCore import QLocale, qInstallMessageHandler

    from hall_desktop import logs

    for translator in getattr(qapp, "_hall_translators", []):
        qapp.removeTranslator(translator)
    qapp._hall_translators = []
    QLocale.setDefault(QLocale(QLocale.Language.English))
    qInstallMessageHandler(None)
    qapp.setQuitOnLastWindowClosed(False)
    logs.teardown_logging()
