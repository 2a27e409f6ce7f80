"""One writer at a time on an SQLite file, across every process of this PC.

SQLite lets one transaction write at a time and makes the others poll with growing
sleeps (1, 2, 5 … 100 ms), so under contention the lock sits idle while every waiter
sleeps: eight clerk processes managed about ten calls a second that way. A blocking
OS file lock wakes the next writer as soon as the last one commits. Within a process an
asyncio lock comes first (``flock`` does not exclude a second holder in the same
process). Where ``fcntl`` is missing (Windows) only the in-process lock is taken and
SQLite's busy timeout handles other processes.

A wait is bounded (``timeout``): a program that holds the lock and hangs must not stall
every other writer of the PC. The blocking ``flock`` then runs in a daemon thread of its
own, which gives the lock back as soon as it gets it when nobody waits for it any more
(and never keeps the program from exiting).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class WriteLock:
    def __init__(self, db_path: Path) -> None:
        self._path = db_path.with_name(db_path.name + ".writelock")
        self._fd: int | None = None
        self._local: asyncio.Lock | None = None

    def _file(self) -> int:
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)  # its owner's only
        return self._fd

    def _unlock(self) -> None:
        fcntl.flock(self._file(), fcntl.LOCK_UN)

    async def acquire(self, timeout: float | None = None) -> None:
        """Take the lock; :class:`TimeoutError` after ``timeout`` seconds (then nothing
        is held)."""
        if self._local is None:
            self._local = asyncio.Lock()
        local = self._local
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        async with asyncio.timeout_at(deadline):
            await local.acquire()
        if fcntl is None:
            return
        try:  # uncontended, the usual case: no thread hop while the lock is ours
            fcntl.flock(self._file(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        except BaseException:
            local.release()
            raise
        taken = self._wait_in_thread(loop, local)
        try:
            async with asyncio.timeout_at(deadline):
                await asyncio.shield(taken)
        except BaseException:
            # Cancelled or timed out: the thread may still get the lock; once it does,
            # it is given back (see _wait_in_thread) and the local lock released.
            if not taken.done():
                taken.cancel()
            elif not taken.cancelled() and taken.exception() is None:
                self.release()
            raise

    def _wait_in_thread(
        self, loop: asyncio.AbstractEventLoop, local: asyncio.Lock
    ) -> asyncio.Future[None]:
        """A future done when a daemon thread holds the file lock for us."""
        taken: asyncio.Future[None] = loop.create_future()
        fd = self._file()

        def deliver(error: BaseException | None) -> None:  # in the loop's thread
            if taken.cancelled():  # nobody waits any more: give it back at once
                if error is None:
                    with contextlib.suppress(OSError):  # closed by dispose() meanwhile
                        fcntl.flock(fd, fcntl.LOCK_UN)
                local.release()
            elif error is not None:
                local.release()
                taken.set_exception(error)
            else:
                taken.set_result(None)

        def wait() -> None:  # in the daemon thread
            error: BaseException | None = None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except BaseException as e:  # handed to the waiting task
                error = e
            try:
                loop.call_soon_threadsafe(deliver, error)
            except RuntimeError:  # the loop is closed: nobody will ever use the lock
                if error is None:
                    fcntl.flock(fd, fcntl.LOCK_UN)

        threading.Thread(target=wait, name="sqlite-write-lock", daemon=True).start()
        return taken

    def release(self) -> None:
        if fcntl is not None:
            self._unlock()
        assert self._local is not None
        self._local.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
