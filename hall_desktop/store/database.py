"""Engine and session factory for both backends, and their dialect details.

SQLite (embedded, one file): WAL, ``foreign_keys=ON``, a busy timeout, and write
transactions that start with ``BEGIN IMMEDIATE`` so two processes never deadlock on a
lock upgrade. PostgreSQL: "now" comes from the server, and a trigger on the event table
sends ``NOTIFY`` for every event (delivered at commit).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import event, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from hall_desktop.domain.clock import Clock, SystemClock
from hall_desktop.domain.errors import DatabaseUnavailable, ValidationError
from hall_desktop.private_files import create_private_file, private_dir
from hall_desktop.store.privacy import ENGINE_OPTIONS, drop_error_details
from hall_desktop.store.writelock import WriteLock

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "hall_events"
CONNECT_TIMEOUT_S = 5
# A PC whose network drops silently finds out in about half a minute, not two hours.
_KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
SQLITE_BUSY_TIMEOUT_MS = 30_000
CLOCK_RECALIBRATE_S = 300.0
_READONLY = "hall_readonly"
_SYSTEM_CLOCK = SystemClock()


def parse_db_url(raw: str) -> URL:
    """Turn a user's database URL (or a plain file path) into a validated SQLAlchemy URL.

    Accepts ``sqlite:///path``, a path to a ``.db``/``.sqlite`` file, and
    ``postgresql://user@host:port/name`` (``postgres://`` too); the async drivers are
    chosen here. Anything else raises :class:`ValidationError` with a Chinese message.
    """
    raw = raw.strip()
    if not raw:
        raise ValidationError("db_url", "数据库地址为空")
    if "://" not in raw:
        return URL.create("sqlite+aiosqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except (exc.ArgumentError, ValueError) as e:  # ValueError: a port that is not a number
        raise ValidationError("db_url", f"数据库地址格式不正确：{_without_password(raw)}") from e
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ValidationError(
                "db_url", "不支持内存数据库：多个窗口需要共享同一个数据库文件，请给出文件路径"
            )
        return url.set(drivername="sqlite+aiosqlite")
    if backend in ("postgresql", "postgres"):
        if not url.database:
            raise ValidationError("db_url", f"PostgreSQL 地址缺少数据库名：{describe(url)}")
        return url.set(drivername="postgresql+psycopg")
    raise ValidationError(
        "db_url", f"不支持的数据库类型“{backend}”：请使用 sqlite:/// 或 postgresql:// 地址"
    )


def _without_password(raw: str) -> str:
    """``scheme://user:secret@host`` → ``scheme://user:***@host`` for a message."""
    scheme, sep, rest = raw.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in credentials:
        return raw
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def ensure_sqlite_dir(url: URL) -> None:
    """Create the folder of an SQLite file and the empty file, so a fresh PC needs no
    set-up; both are their owner's only (SQLite gives ``-wal`` and ``-shm`` the file's mode)."""
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database).expanduser()
        private_dir(path.parent)
        create_private_file(path)


def sync_url(url: URL) -> URL:
    """The same database through a synchronous driver (for Alembic and tooling)."""
    ensure_sqlite_dir(url)
    return url.set(
        drivername="sqlite" if url.get_backend_name() == "sqlite" else "postgresql+psycopg"
    )


def describe(url: URL) -> str:
    """A URL for messages and logs, without the password."""
    return url.render_as_string(hide_password=True)


def _setup_sqlite(engine: AsyncEngine) -> None:
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA mmap_size = 268435456")  # reads without a syscall per page
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get(_READONLY, False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


class ServerClock:
    """The database server's clock: the program's "now" in production.

    PostgreSQL: the server's time, read once and then carried forward on this PC's
    monotonic clock (re-read every few minutes), so a PC whose wall clock is wrong or
    jumps cannot reorder the queue, and no call pays a round trip for it. SQLite runs on
    this PC, so this PC's clock is the server's. Until the first read, :meth:`now`
    answers with this PC's clock.
    """

    def __init__(self, *, remote: bool) -> None:
        self._remote = remote
        self._base: tuple[datetime, float] | None = None  # server time, monotonic then

    def now(self) -> datetime:
        if self._base is None:
            return _SYSTEM_CLOCK.now()
        base, at = self._base
        return base + timedelta(seconds=time.monotonic() - at)

    async def calibrate(self, session: AsyncSession | AsyncConnection) -> None:
        """Read the server's time when it has not been read for a while."""
        if not self._remote:
            return
        if self._base is not None and time.monotonic() - self._base[1] <= CLOCK_RECALIBRATE_S:
            return
        before = time.monotonic()
        server = (await session.execute(text("SELECT clock_timestamp()"))).scalar_one()
        self._base = (server.astimezone(UTC), (before + time.monotonic()) / 2)

    def __repr__(self) -> str:
        return f"ServerClock(remote={self._remote})"


def default_clock(*, remote: bool) -> Clock:
    """The clock of a :class:`Database` given none: the server's (tests replace this)."""
    return ServerClock(remote=remote)


class Database:
    """One shared hall database: engine, session factories, the clock, notifications.

    ``clock`` is where every "now" of the program comes from; by default the server's
    (:class:`ServerClock`). Tests pass a fixed clock.
    """

    def __init__(
        self,
        url: str | URL,
        *,
        echo: bool = False,
        pool_size: int = 5,
        application_name: str = "hall-desktop",
        clock: Clock | None = None,
    ) -> None:
        self.url = url if isinstance(url, URL) else parse_db_url(url)
        # Shown in pg_stat_activity: which role's PC holds a connection.
        self.application_name = application_name
        self.backend = self.url.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo, **ENGINE_OPTIONS}
        if self.is_sqlite:
            ensure_sqlite_dir(self.url)
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs.update(
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_recycle=1800,
                connect_args={
                    "connect_timeout": CONNECT_TIMEOUT_S,
                    "application_name": application_name,
                    **_KEEPALIVES,
                },
            )
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        drop_error_details(self.engine)
        self.clock: Clock = clock or default_clock(remote=self.is_postgresql)
        self._write_lock: WriteLock | None = None
        if self.is_sqlite:
            _setup_sqlite(self.engine)
            self._write_lock = WriteLock(Path(self.url.database or "").expanduser())
        self._writer = async_sessionmaker(self.engine, expire_on_commit=False)
        self._reader = async_sessionmaker(
            self.engine.execution_options(**{_READONLY: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.backend == "postgresql"

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One write transaction: commits on success, rolls back on any error."""
        async with (
            self._locked(),
            self._translated(),
            self._writer() as session,
            session.begin(),
        ):
            yield session

    @asynccontextmanager
    async def write_core(self) -> AsyncIterator[AsyncConnection]:
        """One write transaction on a bare connection, for the hottest paths (no ORM)."""
        async with self._locked(), self._translated(), self.engine.begin() as conn:
            yield conn

    @asynccontextmanager
    async def _locked(self) -> AsyncIterator[None]:
        lock = self._write_lock
        if lock is None:
            yield
            return
        await lock.acquire()
        try:
            yield
        finally:
            lock.release()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """One read-only transaction (never blocks writers on SQLite)."""
        async with self._translated(), self._reader() as session, session.begin():
            yield session

    @asynccontextmanager
    async def _translated(self) -> AsyncIterator[None]:
        """Turn a lost or refused connection into :class:`DatabaseUnavailable`."""
        try:
            yield
        except (exc.OperationalError, exc.InterfaceError) as e:
            if _is_connection_problem(e):
                raise DatabaseUnavailable(
                    f"无法连接数据库（{describe(self.url)}），请检查网络或数据库服务后重试"
                ) from e
            raise
        except OSError as e:
            raise DatabaseUnavailable(f"无法连接数据库（{describe(self.url)}）：{e}") from e

    async def now(self, session: AsyncSession | AsyncConnection) -> datetime:
        """The current time from :attr:`clock` (the server's, unless one was injected)."""
        clock = self.clock
        if isinstance(clock, ServerClock):
            await clock.calibrate(session)
        return clock.now()

    @asynccontextmanager
    async def listen(self) -> AsyncIterator[Listener]:
        """A connection of its own that LISTENs for committed events (PostgreSQL only)."""
        if not self.is_postgresql:
            raise RuntimeError("LISTEN/NOTIFY needs PostgreSQL; SQLite clients poll")
        conninfo = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            conn = await psycopg.AsyncConnection.connect(
                conninfo,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name=self.application_name,
                **_KEEPALIVES,
            )
        except (psycopg.OperationalError, OSError) as e:
            raise self._unavailable(e) from e
        try:
            listener = Listener(conn, self)
            await listener.start()
            yield listener
        finally:
            await conn.close()

    def _unavailable(self, error: BaseException) -> DatabaseUnavailable:
        return DatabaseUnavailable(
            f"无法连接数据库（{describe(self.url)}），请检查网络或数据库服务后重试"
            f"（{type(error).__name__}）"
        )

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self._write_lock is not None:
            self._write_lock.close()


def _is_connection_problem(error: exc.DBAPIError) -> bool:
    if error.connection_invalidated:
        return True
    text_ = str(error.orig).lower()
    if "does not exist" in text_:  # a missing database, not a missing table
        return 'database "' in text_
    return any(
        marker in text_
        for marker in (
            "connection",
            "could not connect",
            "server closed",
            "terminating",
            "unable to open database",
            "timeout",
        )
    )


class Listener:
    """A LISTEN connection: the payloads (``"hall_id:event_id"``) of committed events.

    Notifications that arrive while nobody waits are kept by psycopg and returned by the
    next :meth:`wait`.
    """

    def __init__(self, conn: psycopg.AsyncConnection[Any], db: Database) -> None:
        self._conn = conn
        self._db = db

    async def start(self) -> None:
        await self._guarded(self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}"))

    async def wait(self, timeout: float) -> list[str]:
        """The payloads that arrive within ``timeout`` seconds; returns on the first."""
        payloads: list[str] = []

        async def receive() -> None:
            # stop_after ends the generator by itself (breaking out would keep its lock).
            async for notify in self._conn.notifies(timeout=timeout, stop_after=1):
                payloads.append(notify.payload)

        await self._guarded(receive())
        return payloads

    async def ping(self, timeout: float) -> None:
        """Prove the connection is alive (a dead network shows here, not in ``wait``)."""
        await self._guarded(asyncio.wait_for(self._conn.execute("SELECT 1"), timeout))

    async def _guarded(self, work: Awaitable[Any]) -> None:
        try:
            await work
        except (psycopg.OperationalError, OSError, TimeoutError) as e:
            raise self._db._unavailable(e) from e
