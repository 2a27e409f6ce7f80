"""What every role's controller does the same way: own its tasks, turn expected
problems into plain messages, report bugs to the log instead of the screen.

The contract (FeelUOwn's ``task.py`` for the tasks): :meth:`RoleController.start` begins
the role's work, ``await stop()`` cancels and awaits every task and stops the live feed;
:meth:`RoleController._spawn` runs a named task, and ``replace=True`` cancels a run of the
same name still going first; a task that fails is logged (and, on a staff screen, said).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from abc import abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QObject

from hall_desktop.domain.errors import DatabaseUnavailable, HallError, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.live.feed import LiveFeed
from hall_desktop.services.actor import Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord, FeedPosition, HallInfo
from hall_desktop.store.database import Database
from hall_desktop.ui.common.login import LoginFlow, LoginForm
from hall_desktop.ui.widgets.forms import MessageLevel

log = logging.getLogger(__name__)


class MessageSurface(Protocol):
    """What a role's window offers its controller for feedback."""

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None: ...
    def show_field_error(self, field: str, message: str) -> bool: ...
    def set_online(self, online: bool) -> None: ...


class Gate:
    """One action of a kind at a time: while :attr:`busy`, a second click takes nothing.

    :meth:`RoleController._spawn_once` opens it again as the action's last step, so a
    click right after the result is on the screen is taken (not lost to a done-callback
    that runs a loop turn later)."""

    __slots__ = ("busy",)

    def __init__(self) -> None:
        self.busy = False


class RoleController(QObject):
    """The base of every role's controller (and of each admin tab's)."""

    #: Whether a failed task also says so on the screen; a citizen-facing screen
    #: (display, terminal) shows no error, the log has the details.
    SHOWS_FAILURES: ClassVar[bool] = True

    def __init__(self, surface: MessageSurface, parent: QObject | None = None) -> None:
        # Owned by its window (when it is a QObject): Qt deletes it in the GUI thread,
        # never a garbage collection that happens to run in a database worker thread.
        owner = parent if parent is not None else surface
        super().__init__(owner if isinstance(owner, QObject) else None)
        self._surface = surface
        self._tasks: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._refresh_task: asyncio.Task[None] | None = None
        self._dirty = False
        self._stopping = False
        self._unsubscribe: list[Callable[[], None]] = []
        self.feed: LiveFeed | None = None
        self._feed_options: dict[str, Any] = {}

    # -- the contract -----------------------------------------------------------------------

    @abstractmethod
    def start(self) -> None:
        """Begin the role's work (read the hall, …) in tasks of this controller."""
        raise NotImplementedError

    async def stop(self) -> None:
        """Cancel and await every task, then stop the live feed (if one was started)."""
        # Tasks first: a log-in still running could otherwise start a feed after it.
        await self._stop_tasks()
        if self.feed is not None:
            await self.feed.stop()

    def _follow_write_waits(self, db: Database, show: Callable[[bool], None]) -> None:
        """Call ``show(True)`` while this program's writes wait for the database's write
        lock (another PC is writing), ``show(False)`` when none does; until the tasks
        stop."""
        self._unsubscribe.append(db.write_waits.subscribe(show))

    def _spawn(
        self, work: Awaitable[Any], name: str, *, replace: bool = False
    ) -> asyncio.Task[Any]:
        """Run ``work`` as a task this controller keeps (and cancels on stop).

        ``replace``: a task of the same ``name`` still running is cancelled first (a
        newer request makes the older one moot)."""
        task = asyncio.ensure_future(work)
        task.set_name(name)
        if self._stopping:  # a feed event or a click during shutdown starts nothing
            task.cancel()
            return task
        if replace:
            previous = self._named.get(name)
            if previous is not None and not previous.done():
                previous.cancel()
            self._named[name] = task
            task.add_done_callback(lambda t: self._forget(name, t))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(self._report_crash)
        return task

    def _spawn_once(
        self, gate: Gate, work: Callable[[], Awaitable[Any]], name: str
    ) -> asyncio.Task[Any] | None:
        """Run ``work()`` as a task unless ``gate`` is busy (a double click does it once).

        The gate opens when the work is through, in the same loop turn as its last
        message; or, should the task be cancelled before it ever ran, when it is done."""
        if gate.busy:
            return None
        gate.busy = True
        ran = False

        async def run() -> Any:
            nonlocal ran
            ran = True
            try:
                return await work()
            finally:
                gate.busy = False

        def never_ran(_task: asyncio.Task[Any]) -> None:
            # Nothing else could start meanwhile (the gate was closed), so this is ours.
            if not ran:
                gate.busy = False

        task = self._spawn(run(), name)
        task.add_done_callback(never_ran)
        return task

    def _forget(self, name: str, task: asyncio.Task[Any]) -> None:
        if self._named.get(name) is task:
            del self._named[name]

    def _report_crash(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("task %s failed", task.get_name(), exc_info=task.exception())
            if not self.SHOWS_FAILURES:
                return
            self._surface.show_message(
                self.tr("Something went wrong; the details are in the log."), MessageLevel.ERROR
            )

    async def _stop_tasks(self) -> None:
        """Cancel and await every task; from now on :meth:`_spawn` starts nothing."""
        self._stopping = True
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        while self._tasks:
            for task in list(self._tasks):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
                self._tasks.discard(task)

    async def _guarded(self, work: Callable[[], Awaitable[Any]]) -> Any:
        """Run one action; expected problems become a message, never a traceback."""
        try:
            return await work()
        except DatabaseUnavailable as e:
            self._surface.set_online(False)
            self._surface.show_message(e.message, MessageLevel.ERROR)
        except ValidationError as e:
            if not self._surface.show_field_error(e.field, e.message):
                self._surface.show_message(e.message, MessageLevel.ERROR)
        except HallError as e:
            self._surface.show_message(e.message, MessageLevel.ERROR)
        return None

    # -- live refresh: what a feed event or a reconnect asks for --------------------------

    def _start_feed(self, db: Database, hall_id: int, after: FeedPosition | None) -> LiveFeed:
        """Follow the hall's events committed after ``after`` (:meth:`_on_events`)."""
        feed = LiveFeed(db, hall_id, parent=self, **self._feed_options)
        feed.events.connect(self._on_events)
        feed.connection_changed.connect(self._on_connection_changed)
        self.feed = feed
        feed.start(after)
        return feed

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        """What the hall's events mean for this screen (each role with a feed says)."""

    async def _refresh_now(self) -> None:
        """Re-read what the screen shows (each role says what that is)."""

    def schedule_refresh(self) -> None:
        """Re-read soon; requests made during a read are folded into one more read."""
        self._dirty = True
        if self._refresh_task is None or self._refresh_task.done():
            self._refresh_task = self._spawn(self._refresh_loop(), "refresh")

    async def _refresh_loop(self) -> None:
        while self._dirty:
            self._dirty = False
            with contextlib.suppress(DatabaseUnavailable):
                await self._refresh_now()

    def _on_connection_changed(self, online: bool, _message: str) -> None:
        self._surface.set_online(online)
        if online:
            self.schedule_refresh()


class HallController(RoleController):
    """The controller of a role's screen: the services (built once, in the role's
    ``main``), the hall it serves (``hall`` once read) and its live feed.

    Whatever its role, a screen that follows its hall also runs the hall's daily jobs
    (``services.daily``: 清除过期个人信息, 归档, 每日备份) a little after it starts and then
    every hour; the first PC up does each once a day, the others find it done."""

    #: Seconds between following the hall and the first look at the daily jobs (the
    #: screen's own start-up reads go first), and between later looks; None: never.
    daily_delay: float | None = 20.0
    daily_every: float = 3600.0

    def __init__(
        self,
        services: Services,
        hall_code: str,
        surface: MessageSurface,
        *,
        feed_options: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(surface, parent)
        self.services = services
        self.db = services.db
        self.queue = services.queue
        self.hall_code = hall_code
        self.hall: HallInfo | None = None
        self._feed_options = feed_options or {}

    def _start_feed(self, db: Database, hall_id: int, after: FeedPosition | None) -> LiveFeed:
        feed = super()._start_feed(db, hall_id, after)
        if self.daily_delay is not None:
            self._spawn(self._daily_jobs(hall_id, self.daily_delay), "daily-jobs", replace=True)
        return feed

    async def _daily_jobs(self, hall_id: int, delay: float) -> None:
        await asyncio.sleep(delay)
        while True:
            try:
                await self.services.daily.run_due(hall_id)
            except HallError as e:  # the database away: the next look tries again
                log.info("daily jobs of hall %s skipped: %s", hall_id, e)
            await asyncio.sleep(self.daily_every)

    def _login_flow(self, roles: tuple[Role, ...], refusal: str, form: LoginForm) -> LoginFlow:
        """The log-in of this role (``refusal``: what anyone without ``roles`` is told)."""
        return LoginFlow(
            roles, refusal=refusal, services=self.services, hall_code=self.hall_code, form=form
        )


def deactivated(batch: list[Any], staff_id: int) -> bool:
    """Whether ``batch`` (feed events) deactivates the member of staff ``staff_id``: a
    screen they are logged in on then logs them out."""
    return any(
        e.kind == EventKind.STAFF_DEACTIVATED and e.payload.get("staff_id") == staff_id
        for e in batch
    )
