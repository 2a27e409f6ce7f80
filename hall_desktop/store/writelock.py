"""One writer at a time on an SQLite file, across every process of this PC.

SQLite lets one transaction write at a time and makes the others poll with growing
sleeps (1, 2, 5 … 100 ms), so under contention the lock sits idle while every waiter
sleeps: eight clerk processes managed about ten calls a second that way. A blocking
OS file lock wakes the next writer as soon as the last one commits. Within a process an
asyncio lock comes first (``flock`` does not exclude a second holder in the same
process). Where ``fcntl`` is missing (Windows) only the in-process lock is taken and
SQLite's busy timeout handles other processes.
"""

from __future__ import annotations

import asyncio
import os
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

    def _lock_blocking(self) -> None:
        fcntl.flock(self._file(), fcntl.LOCK_EX)

    def _unlock(self) -> None:
        fcntl.flock(self._file(), fcntl.LOCK_UN)

    async def acquire(self) -> None:
        if self._local is None:
            self._local = asyncio.Lock()
        local = self._local
        await local.acquire()
        if fcntl is None:
            return
        try:  # uncontended, the usual case: no thread hop while the lock is ours
            fcntl.flock(self._file(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        future = asyncio.get_running_loop().run_in_executor(None, self._lock_blocking)
        try:
            await asyncio.shield(future)
        except asyncio.CancelledError:
            # The thread may still get the lock: give it back once it does.
            def cleanup(done: asyncio.Future[None]) -> None:
                if not done.cancelled() and done.exception() is None:
                    self._unlock()
                local.release()

            future.add_done_callback(cleanup)
            raise
        except BaseException:
            local.release()
            raise

    def release(self) -> None:
        if fcntl is not None:
            self._unlock()
        assert self._local is not None
        self._local.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
