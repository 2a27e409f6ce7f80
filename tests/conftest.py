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

import itertools
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL, make_url

from hall_desktop.services.actor import Actor, parse_roles
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.store.models import Staff
from hall_desktop.store.seed import SeedReport, seed_demo

BACKENDS = ("sqlite", "postgresql")
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


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(database_urls: dict[str, URL], backend: str) -> URL:
    return require_backend(database_urls, backend)


@pytest.fixture
async def db(db_url: URL) -> AsyncIterator[Database]:
    database = Database(db_url)
    yield database
    await database.dispose()


async def new_hall(db: Database, *, enforce_hours: bool = False) -> SeedReport:
    """A fresh demo hall with its own code: tests share a database, never a hall."""
    return await seed_demo(
        db,
        hall_code=f"t{next(_hall_numbers)}_{uuid.uuid4().hex[:6]}",
        hash_password=fast_hash,
        enforce_hours=enforce_hours,
    )


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
