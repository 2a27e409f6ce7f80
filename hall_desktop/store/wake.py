"""Waking this PC's SQLite feeds when a write commits (an embedded hall's live feed).

Every role of an embedded hall runs on one PC, against one SQLite file. A feed used to
learn of a commit at its next poll (every 100 ms); now the writer tells it at once. Each
feed binds a UDP socket on 127.0.0.1 and names its port in a folder beside the database
(``hall.sqlite3.wake/<port>``); after each commit the writing :class:`Database` sends one
byte to every port named there. The folder's listing is cached by its modification time,
so a commit costs one ``stat`` and a datagram per feed. Polling stays as the safety net
(a write by another program, a lost datagram, a folder that cannot be written): a wake
is a hint to read now, never the news itself, so delivery stays complete and ordered.

A feed's file is touched now and then; a file untouched for :data:`STALE_S` (its process
is gone) is removed by the next feed that opens.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from pathlib import Path

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
STALE_S = 600.0  # a port file untouched this long belongs to a process that is gone
TOUCH_S = 60.0  # a listening feed touches its file this often


def wake_folder(database: Path) -> Path:
    return database.with_name(database.name + ".wake")


class WakeSender:
    """The writer's side: one datagram to every listening feed after a commit."""

    def __init__(self, database: Path) -> None:
        self.folder = wake_folder(database)
        self._listed: int | None = None  # the folder's mtime when listed
        self._ports: list[int] = []
        self._socket: socket.socket | None = None

    def notify(self) -> None:
        """Wake every feed of this PC; never fails (a feed still polls)."""
        try:
            changed = self.folder.stat().st_mtime_ns
            if changed != self._listed:
                self._ports = [int(p.name) for p in self.folder.iterdir() if p.name.isdigit()]
                self._listed = changed
            if not self._ports:
                return
            if self._socket is None:
                self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                self._socket.setblocking(False)
            for port in self._ports:
                with contextlib.suppress(OSError):  # a feed gone meanwhile, a full buffer
                    self._socket.sendto(b"w", (LOOPBACK, port))
        except OSError:  # no folder: nobody listens yet
            return

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


class WakeListener:
    """A feed's side: :meth:`wait` returns as soon as a commit is announced (True), or
    after ``timeout`` (False: time for the safety-net poll)."""

    def __init__(self, database: Path) -> None:
        self.folder = wake_folder(database)
        self._socket: socket.socket | None = None
        self._file: Path | None = None
        self._touched = 0.0
        self._woken = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def open(self) -> bool:
        """Listen; False (and polling alone) when the folder or the socket cannot be had."""
        try:
            self.folder.mkdir(exist_ok=True)
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            sock.bind((LOOPBACK, 0))
            sock.setblocking(False)
        except OSError as e:
            log.info("live feed: no wake-up (%s); polling", e)
            return False
        self._socket = sock
        self._file = self.folder / str(sock.getsockname()[1])
        try:
            self._file.write_text(str(os.getpid()), encoding="ascii")
            self._prune(self._file.stat().st_mtime)
        except OSError as e:
            log.info("live feed: no wake-up (%s); polling", e)
            self.close()
            return False
        self._touched = time.monotonic()
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(sock.fileno(), self._readable)
        return True

    def _prune(self, now: float) -> None:
        """Remove port files untouched for :data:`STALE_S` before ``now`` (our own file's
        time: the file system's clock, which the others' times are on too)."""
        cutoff = now - STALE_S
        for path in self.folder.iterdir():
            with contextlib.suppress(OSError):
                if path.name.isdigit() and path.stat().st_mtime < cutoff:
                    path.unlink()

    def _readable(self) -> None:
        assert self._socket is not None
        with contextlib.suppress(OSError):  # drained (BlockingIOError) or closed
            while True:
                self._socket.recv(64)
        self._woken.set()

    async def wait(self, timeout: float) -> bool:
        """Until the next wake or ``timeout`` seconds; whether it was a wake."""
        try:
            async with asyncio.timeout(timeout):
                await self._woken.wait()
            return True
        except TimeoutError:
            return False
        finally:
            self._woken.clear()
            self._keep_alive()

    def _keep_alive(self) -> None:
        now = time.monotonic()
        if self._file is not None and now - self._touched > TOUCH_S:
            self._touched = now
            with contextlib.suppress(OSError):
                os.utime(self._file)

    def close(self) -> None:
        if self._socket is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(self._socket.fileno())
            self._socket.close()
            self._socket = None
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.unlink()
            self._file = None
