"""Engine and session factory for both backends, and their dialect details.

SQLite (embedded, one file): WAL, ``foreign_keys=ON``, a busy timeout, and write
transactions that start with ``BEGIN IMMEDIATE`` so two processes never deadlock on a
lock upgrade. PostgreSQL: "now" comes from the server, and a trigger on the event table
sends ``NOTIFY`` for every event (delivered at commit).

Every write is bounded in time. Waiting for the database's write lock (SQLite: another
program's write transaction; PostgreSQL: a row another transaction holds) gives up after
:data:`WRITE_LOCK_WAIT_S` with :class:`DatabaseBusy`, and :attr:`Database.write_waits`
tells the screens when a write has waited longer than :data:`BUSY_NOTICE_S`. The body
of a write transaction may take :data:`WRITE_TRANSACTION_LIMIT_S` at most; then it is
rolled back (and SQLite's write lock given back). A transaction PostgreSQL rolls back to
break a deadlock or a serialization failure is run again by :meth:`Database.retrying`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

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
from hall_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    PermissionDenied,
    ValidationError,
)
from hall_desktop.private_files import create_private_file, private_dir
from hall_desktop.store.events import FeedPosition, FeedRow, read_feed_on
from hall_desktop.store.integrity import refusal
from hall_desktop.store.privacy import ENGINE_OPTIONS, drop_error_details
from hall_desktop.store.wake import WakeListener, WakeSender
from hall_desktop.store.writelock import WriteLock

if TYPE_CHECKING:
    import psycopg

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
#: How long a write waits for the database's write lock (SQLite) or a locked row
#: (PostgreSQL's ``lock_timeout``) before it gives up with :class:`DatabaseBusy`.
WRITE_LOCK_WAIT_S = 20.0
#: How much of an SQLite file a connection maps into memory (PRAGMA mmap_size).
SQLITE_MMAP_BYTES = 268_435_456
#: A connection's page cache (KiB) when the file is not mapped (a screen that reads a
#: little all day): SQLite's default is 2,000 KiB per connection, which a display's few
#: pooled connections fill over thousands of calls and keep.
SQLITE_SMALL_CACHE_KIB = 512
#: A write waiting longer than this is reported to :attr:`Database.write_waits`.
BUSY_NOTICE_S = 1.0
#: The longest the body of a write transaction may run; then it is rolled back. Far
#: above any real unit of work (a whole catalogue import takes about a second).
WRITE_TRANSACTION_LIMIT_S = 30.0
#: PostgreSQL ends a session left idle inside a transaction this long: the backstop for
#: a program frozen mid-transaction, where its own time limit cannot run.
PG_IDLE_IN_TRANSACTION_S = 60
#: Runs of a unit of work that PostgreSQL keeps rolling back for a deadlock or a
#: serialization failure, the first included; the pause before each further run is
#: random, up to CONFLICT_PAUSE_S and doubling each time.
CONFLICT_ATTEMPTS = 5
CONFLICT_PAUSE_S = 0.01
_CONFLICT_STATES = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure
_LOCK_TIMEOUT_STATE = "55P03"  # lock_not_available (lock_timeout)
_PRIVILEGE_STATE = "42501"  # insufficient_privilege (a grant, a row policy, a function's check)
PRIVILEGE_MESSAGE = "本机的数据库账号无权进行这项操作，请检查本机设置的数据库账号或联系管理员"
BUSY_MESSAGE = "数据库繁忙，请稍后重试"
LOCKED_MESSAGE = "数据库正被其他电脑占用，请稍后重试"
TIMED_OUT_MESSAGE = "数据库操作时间过长，已全部撤销，请重试"
CLOCK_RECALIBRATE_S = 300.0
# dispose() waits at most this long for connections still being given back.
GIVE_BACK_WAIT_S = 5.0
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


#: A PostgreSQL address's query parameter naming the server itself (``host:port``): the
#: address is then a connection pooler in transaction mode (PgBouncer), which the pool's
#: connections go through, while the live feed's LISTEN (a session of its own) and the
#: tools (migrations, backup) connect to the server directly.
DIRECT_PARAM = "direct"


def pooled(url: URL) -> bool:
    """Whether ``url`` goes through a transaction-mode pooler (``?direct=host:port``)."""
    return DIRECT_PARAM in url.query


def direct_url(url: URL) -> URL:
    """The server itself: ``url`` without the pooler (``?direct=host:port``) in between."""
    if not pooled(url):
        return url
    raw = url.query[DIRECT_PARAM]
    given = raw if isinstance(raw, str) else raw[-1]
    host, colon, port = given.rpartition(":")
    if not colon or not host or not port.isdigit():
        raise ValidationError(
            "db_url", f"{DIRECT_PARAM}= 应写成 数据库服务器:端口（例如 10.0.0.5:5432）：{given}"
        )
    return url.difference_update_query([DIRECT_PARAM]).set(host=host, port=int(port))


def sync_url(url: URL) -> URL:
    """The same database through a synchronous driver (for Alembic and tooling); past a
    pooler, the server itself."""
    ensure_sqlite_dir(url)
    return direct_url(url).set(
        drivername="sqlite" if url.get_backend_name() == "sqlite" else "postgresql+psycopg"
    )


def describe(url: URL) -> str:
    """A URL for messages and logs, without the password."""
    return url.render_as_string(hide_password=True)


def _setup_sqlite(engine: AsyncEngine, mmap_bytes: int, cache_kib: int | None = None) -> None:
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {round(WRITE_LOCK_WAIT_S * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA mmap_size = {mmap_bytes}")  # no syscall per page
        if cache_kib is not None:
            cursor.execute(f"PRAGMA cache_size = -{cache_kib}")
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


class WriteConflict(DatabaseBusy):
    """PostgreSQL rolled the transaction back to break a deadlock or a serialization
    failure: running the whole unit of work again is safe (:meth:`Database.retrying`)."""

    code = "write_conflict"

    def __init__(self, sqlstate: str) -> None:
        super().__init__(BUSY_MESSAGE)
        self.sqlstate = sqlstate


class WriteWaits:
    """Whether this program's writes are waiting for the database's write lock: a small
    signal without Qt. Listeners hear ``True`` once a write has waited
    :data:`BUSY_NOTICE_S` and ``False`` when no write waits that long any more; they are
    called in the event loop's thread."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[bool], None]] = []
        self._noticed = 0  # writes that have waited past the notice delay, still waiting

    @property
    def waiting(self) -> bool:
        return self._noticed > 0

    def subscribe(self, listener: Callable[[bool], None]) -> Callable[[], None]:
        """Call ``listener`` on each change; returns the function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def watch(self) -> _Wait:
        """One write's wait, from now until its :meth:`_Wait.over`."""
        return _Wait(self)

    def _change(self, step: int) -> None:
        before = self.waiting
        self._noticed += step
        if self.waiting != before:
            for listener in list(self._listeners):
                try:
                    listener(self.waiting)
                except Exception:  # a screen's fault must not fail the write
                    log.exception("a write-wait listener failed")


class _Wait:
    """One write's wait for the write lock; ``waits`` None: a write that never waits."""

    def __init__(self, waits: WriteWaits | None) -> None:
        self._waits = waits
        self._noticed = False
        self._timer: asyncio.TimerHandle | None = None
        if waits is not None:
            self._timer = asyncio.get_running_loop().call_later(BUSY_NOTICE_S, self._notice)

    def _notice(self) -> None:
        assert self._waits is not None
        self._timer = None
        self._noticed = True
        self._waits._change(+1)

    def over(self) -> None:
        """The write has its lock, or gave up (safe to call more than once)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._noticed and self._waits is not None:
            self._noticed = False
            self._waits._change(-1)


_NOT_WAITING = _Wait(None)


@dataclass
class _UnitOfWork:
    committed: int = 0  # write transactions this run of the unit has committed


_unit_of_work: ContextVar[_UnitOfWork | None] = ContextVar("hall_unit_of_work", default=None)
_T = TypeVar("_T")
_Service = TypeVar("_Service")


def default_clock(*, remote: bool) -> Clock:
    """The clock of a :class:`Database` given none: the server's (tests replace this)."""
    return ServerClock(remote=remote)


def _pg_connect_args(application_name: str, *, pooled: bool) -> dict[str, Any]:
    """The PostgreSQL pool's connection arguments. Through a transaction-mode pooler
    (``pooled``) a connection is a different server session from one transaction to the
    next: no prepared statements (psycopg prepares a statement run five times on a
    connection; the next transaction may land on a session that lacks it), and no
    session settings in the start-up packet (PgBouncer refuses ``options``): the
    server's own settings for the database give ``lock_timeout`` and
    ``idle_in_transaction_session_timeout`` there (README, "Running a district")."""
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": application_name,
        **_KEEPALIVES,
    }
    if pooled:
        args["prepare_threshold"] = None
    else:
        # A locked row is waited for as long as SQLite's write lock is, and a session
        # frozen inside a transaction does not hold it for ever.
        args["options"] = (
            f"-c lock_timeout={round(WRITE_LOCK_WAIT_S * 1000)}"
            f" -c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_S * 1000}"
        )
    return args


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
        map_file: bool = True,
    ) -> None:
        """``map_file=False``: SQLite reads the file through its own page cache (a small
        one, :data:`SQLITE_SMALL_CACHE_KIB`) instead of mapping it
        (:data:`SQLITE_MMAP_BYTES`). For a screen that runs all
        day and reads a little at the growing end of the file (the hall display): every
        mapped page it touched stays in its resident memory, which would grow with the
        file day after day."""
        self.url = url if isinstance(url, URL) else parse_db_url(url)
        # Shown in pg_stat_activity: which role's PC holds a connection.
        self.application_name = application_name
        self.backend = self.url.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo, **ENGINE_OPTIONS}
        if self.is_sqlite:
            ensure_sqlite_dir(self.url)
            kwargs["connect_args"] = {"timeout": WRITE_LOCK_WAIT_S}
        else:
            kwargs.update(
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_recycle=1800,
                connect_args=_pg_connect_args(application_name, pooled=pooled(self.url)),
            )
        #: Where the live feed's LISTEN connects: the server itself, past any pooler.
        self.direct_url = direct_url(self.url)
        self.pooled = pooled(self.url)
        engine_url = self.url.difference_update_query([DIRECT_PARAM])
        self.engine: AsyncEngine = create_async_engine(engine_url, **kwargs)
        drop_error_details(self.engine)
        self.clock: Clock = clock or default_clock(remote=self.is_postgresql)
        self._write_lock: WriteLock | None = None
        self._giving_back: set[asyncio.Future[Any]] = set()
        #: Tells the screens when writes wait for the write lock (SQLite).
        self.write_waits = WriteWaits()
        #: Units of work run again after a deadlock or serialization failure.
        self.retries = 0
        #: SQLite: wakes this PC's feeds after each commit (store.wake).
        self._wake: WakeSender | None = None
        if self.is_sqlite:
            if map_file:
                _setup_sqlite(self.engine, SQLITE_MMAP_BYTES)
            else:
                _setup_sqlite(self.engine, 0, SQLITE_SMALL_CACHE_KIB)
            path = Path(self.url.database or "").expanduser()
            self._write_lock = WriteLock(path)
            if self.url.database and self.url.database != ":memory:":
                self._wake = WakeSender(path)
        self._writer = async_sessionmaker(self.engine, expire_on_commit=False)
        # A read is one snapshot: on PostgreSQL a REPEATABLE READ, read-only transaction,
        # so a read of several statements (windows, then the lines they serve) never sees
        # a row that another PC committed between two of them. SQLite's read transaction
        # is a snapshot already (WAL).
        reading: dict[str, Any] = {_READONLY: True}
        if self.is_postgresql:
            reading.update(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        self._reader = async_sessionmaker(
            self.engine.execution_options(**reading), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.backend == "postgresql"

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @staticmethod
    def describe_address(raw: str) -> str:
        """The database a user's address names, for messages (without the password);
        :class:`ValidationError` when the address is not one."""
        return describe(parse_db_url(raw))

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One write transaction: commits on success, rolls back on any error.

        Bounded in time (see the module's docstring); a unit of work that PostgreSQL
        may roll back for a deadlock runs through :meth:`retrying`.
        """
        async with (
            self._translated(),
            self._write_turn() as wait,
            self._session(self._writer) as session,
            session.begin(),
        ):
            # On SQLite this is BEGIN IMMEDIATE, SQLite's lock, taken within the watched
            # wait.
            await self._checked_out(session.connection())
            wait.over()
            await self._act_as(session)
            async with self._time_limited():
                yield session
        self._committed()

    @asynccontextmanager
    async def write_core(self) -> AsyncIterator[AsyncConnection]:
        """One write transaction on a bare connection, for the hottest paths (no ORM)."""
        async with (
            self._translated(),
            self._write_turn() as wait,
            self._connection() as conn,
            conn.begin(),
        ):
            wait.over()
            await self._act_as(conn)
            async with self._time_limited():
                yield conn
        self._committed()

    def _committed(self) -> None:
        _count_commit()
        if self._wake is not None:
            self._wake.notify()

    def wake_listener(self) -> WakeListener | None:
        """SQLite on a file: what a feed waits on to hear of this PC's commits at once
        (None: PostgreSQL, which NOTIFYs; an in-memory database)."""
        if self._wake is None:
            return None
        return WakeListener(Path(self.url.database or "").expanduser())

    @asynccontextmanager
    async def _write_turn(self) -> AsyncIterator[_Wait]:
        """SQLite: this PC's write lock, waited for :data:`WRITE_LOCK_WAIT_S` at most;
        the wait is watched (:attr:`write_waits`) until the caller calls ``over()``.
        PostgreSQL locks rows as it goes (each wait bounded by ``lock_timeout``)."""
        lock = self._write_lock
        if lock is None:
            yield _NOT_WAITING
            return
        wait = self.write_waits.watch()
        try:
            try:
                await lock.acquire(timeout=WRITE_LOCK_WAIT_S)
            except TimeoutError:
                raise DatabaseBusy(LOCKED_MESSAGE, code="database_locked") from None
            try:
                yield wait
            finally:
                lock.release()
        finally:
            wait.over()

    @asynccontextmanager
    async def _time_limited(self) -> AsyncIterator[None]:
        """The body of a write: cancelled after :data:`WRITE_TRANSACTION_LIMIT_S`, so
        the transaction around it rolls back and its locks are given back."""
        limit = asyncio.timeout(WRITE_TRANSACTION_LIMIT_S)
        try:
            async with limit:
                yield
        except TimeoutError:
            if not limit.expired():
                raise
            log.error(
                "a write transaction ran longer than %s s: rolled back",
                WRITE_TRANSACTION_LIMIT_S,
                stack_info=True,
            )
            raise DatabaseBusy(TIMED_OUT_MESSAGE, code="write_timeout") from None

    async def retrying(self, work: Callable[[], Awaitable[_T]]) -> _T:
        """Run one unit of work (a coroutine function that opens its own write), again
        when PostgreSQL rolled it back to break a deadlock or a serialization failure.

        Up to :data:`CONFLICT_ATTEMPTS` runs, each after a short random pause (two
        clients that collided must not collide again in step); then, or when the failed
        run had already committed a write of its own (running it again would repeat
        that write), :class:`DatabaseBusy` in plain words. Nested calls run once, within
        the outer call's runs. :attr:`retries` counts the runs again.
        """
        if _unit_of_work.get() is not None:
            return await work()
        attempt = 1
        while True:
            unit = _UnitOfWork()
            token = _unit_of_work.set(unit)
            try:
                return await work()
            except WriteConflict as e:
                if unit.committed or attempt >= CONFLICT_ATTEMPTS:
                    raise DatabaseBusy(BUSY_MESSAGE) from e
                log.warning("rolled back by the database (SQLSTATE %s): again", e.sqlstate)
            finally:
                _unit_of_work.reset(token)
            self.retries += 1
            await asyncio.sleep(random.uniform(0, CONFLICT_PAUSE_S * 2 ** (attempt - 1)))
            attempt += 1

    @asynccontextmanager
    async def autocommit(self) -> AsyncIterator[AsyncConnection]:
        """A connection outside any transaction, each statement its own (PostgreSQL):
        for waiting until a row's lock is free while holding no other lock."""
        if not self.is_postgresql:
            raise RuntimeError("SQLite writes hold the whole database: nothing to wait for")
        async with self._translated(), self.engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            yield conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """One read-only transaction, one snapshot (never blocks writers on SQLite)."""
        async with self._translated(), self._session(self._reader) as session, session.begin():
            await self._checked_out(session.connection())
            await self._act_as(session)
            yield session

    async def _act_as(self, session: AsyncSession | AsyncConnection) -> None:
        """Under a drill of the database roles (:data:`role_drill`): this transaction
        runs as the role of the PC that makes the call."""
        role = _acting_role.get()
        if role is not None and self.is_postgresql:
            await session.execute(text('SET LOCAL ROLE "' + role.replace('"', '""') + '"'))

    # A task cancelled while its session or connection is being given back (a screen
    # closing, a newer click) would leave the connection checked out for the garbage
    # collector to drop with an error. Giving it back is shielded from the
    # cancellation, and dispose() waits (a bounded time) for what is still being given
    # back. A cancellation during a PostgreSQL checkout waits for it to end: a checkout
    # left to finish in the background while the cancelled task's `session.begin()`
    # rolled back ran two operations on one session at once; SQLAlchemy then raised some
    # other error in place of the CancelledError, and a loop that outlives errors (the
    # live feed) outlived its own cancellation: a screen that never closed (CI hung).

    async def _checked_out(self, starting: Coroutine[Any, Any, object]) -> None:
        """Check a connection out whole (PostgreSQL): a cancellation that arrives
        meanwhile is raised once the checkout has ended, so the rollback and give-back
        that follow run after it, on a connection the pool knows is out (a psycopg
        checkout interrupted half-way was left to the garbage collector). On SQLite the
        checkout (BEGIN IMMEDIATE on a thread of aiosqlite's) is not held on to: waiting
        for it after a cancellation made the next write wait out the busy timeout under
        load, and an interrupted SQLite checkout was seen to give its connection back."""
        if not self.is_postgresql:
            await starting
            return
        task = asyncio.ensure_future(starting)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            while not task.done():  # bounded by the pool's and the server's timeouts
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait({task})
            if not task.cancelled():
                task.exception()  # retrieved: the cancellation is what this task reports
            raise

    @asynccontextmanager
    async def _session(
        self, maker: async_sessionmaker[AsyncSession]
    ) -> AsyncIterator[AsyncSession]:
        session = maker()
        try:
            yield session
        finally:
            await self._give_back(session.close())

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[AsyncConnection]:
        conn = self.engine.connect()
        try:
            await self._checked_out(conn.start())  # cancelled: checked out, then closed
            yield conn
        finally:
            if conn.sync_connection is not None:  # a checkout that failed has nothing out
                await self._give_back(conn.close())

    async def _give_back(self, closing: Coroutine[Any, Any, None]) -> None:
        """Await ``closing`` to its end even if this task is cancelled meanwhile (then
        it ends in the background, and :meth:`dispose` waits for it)."""
        task = asyncio.ensure_future(closing)
        self._giving_back.add(task)
        task.add_done_callback(self._giving_back.discard)
        await asyncio.shield(task)

    @asynccontextmanager
    async def _translated(self) -> AsyncIterator[None]:
        """Turn a lost or refused connection into :class:`DatabaseUnavailable`, a lock
        not had in time or a transaction the server rolled back into
        :class:`DatabaseBusy` (:class:`WriteConflict`), and a write a unique key refused
        into the hall's words (:mod:`hall_desktop.store.integrity`); the transaction is
        rolled back by then."""
        try:
            yield
        except exc.IntegrityError as e:
            refused = refusal(e)
            if refused is None:
                raise
            raise refused from e
        except exc.DBAPIError as e:
            state = getattr(e.orig, "sqlstate", None)
            if state in _CONFLICT_STATES:
                raise WriteConflict(state) from e
            if state == _LOCK_TIMEOUT_STATE or "database is locked" in str(e.orig):
                raise DatabaseBusy(LOCKED_MESSAGE, code="database_locked") from e
            if state == _PRIVILEGE_STATE:  # a grant or a row policy of store.pg_roles
                log.warning("refused by the database's role: %s", _first_line(e.orig))
                raise PermissionDenied(PRIVILEGE_MESSAGE, code="database_role") from e
            connection = isinstance(e, exc.OperationalError | exc.InterfaceError)
            if connection and _is_connection_problem(e):
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
        import psycopg  # here: a role on SQLite never loads it (a tenth of a second)

        conninfo = self.direct_url.set(drivername="postgresql").render_as_string(
            hide_password=False
        )
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
        if self._giving_back:  # sessions of cancelled tasks still going back to the pool
            await asyncio.wait(set(self._giving_back), timeout=GIVE_BACK_WAIT_S)
        await self.engine.dispose()
        if self._write_lock is not None:
            self._write_lock.close()
        if self._wake is not None:
            self._wake.close()


def _count_commit() -> None:
    unit = _unit_of_work.get()
    if unit is not None:
        unit.committed += 1


def retry_conflicts(cls: type[_Service]) -> type[_Service]:
    """Class decorator: each public coroutine method of a service (which keeps its
    :class:`Database` in ``self.db``) runs through :meth:`Database.retrying`, so a
    person never sees a deadlock the database resolved by rolling one side back."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.iscoroutinefunction(member):
            setattr(cls, name, _retried(member))
    return cls


#: A drill of the database roles (tests, ``store.pg_roles``): given a service call (the
#: service, the method's name, its arguments), the PostgreSQL role the PC that makes it
#: would connect as; its transactions then run under that role (``SET LOCAL ROLE``).
#: None (the program): every transaction runs as the connection's own login role.
RoleDrill = Callable[[Any, str, tuple[Any, ...], dict[str, Any]], str | None]
role_drill: RoleDrill | None = None
_acting_role: ContextVar[str | None] = ContextVar("hall_acting_role", default=None)


def _retried(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        db: Database = self.db
        drill = role_drill
        if drill is None or _acting_role.get() is not None:  # a nested call: the outer's
            return await db.retrying(lambda: method(self, *args, **kwargs))
        token = _acting_role.set(drill(self, method.__name__, args, kwargs))
        try:
            return await db.retrying(lambda: method(self, *args, **kwargs))
        finally:
            _acting_role.reset(token)

    return run


def _first_line(error: object) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


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

    async def read_feed(
        self, hall_id: int, position: FeedPosition
    ) -> tuple[list[FeedRow], FeedPosition]:
        """The hall's events committed since ``position``, read on this connection
        (store.events.read_feed_on)."""
        try:
            return await read_feed_on(self._conn, hall_id, position)
        except (_psycopg_error(), OSError) as e:
            raise self._db._unavailable(e) from e

    async def ping(self, timeout: float) -> None:
        """Prove the connection is alive (a dead network shows here, not in ``wait``)."""
        await self._guarded(asyncio.wait_for(self._conn.execute("SELECT 1"), timeout))

    async def _guarded(self, work: Awaitable[Any]) -> None:
        try:
            await work
        except (_psycopg_error(), OSError, TimeoutError) as e:
            raise self._db._unavailable(e) from e


def _psycopg_error() -> type[Exception]:
    """psycopg's connection failure (loaded by :meth:`Database.listen` already)."""
    import psycopg

    return psycopg.OperationalError
