"""Canary for the PySide6 6.12.0 bug that aborts qasync programs on Python 3.11.

``SignalInstance.disconnect()`` there returns ``True`` without a reference; qasync
disconnects a socket notifier on every wait for a database socket, and after a few
hundred waits Python aborts (``bool_dealloc``). The project pins PySide6 below 6.12;
this test runs thousands of reader add/remove cycles in a child process and fails if
the installed PySide6 has the bug, so the pin can be lifted only with proof.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio, os, socket
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QCoreApplication, QObject
    import qasync

    app = QCoreApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    a, b = socket.socketpair()

    async def cycles(n):
        for _ in range(n):
            ready = loop.create_future()
            loop.add_reader(a.fileno(), lambda: ready.done() or ready.set_result(None))
            b.send(b"x")
            await ready
            a.recv(1)
            loop.remove_reader(a.fileno())
        # A plain signal connect/disconnect loop as well.
        obj = QObject()
        for _ in range(n):
            slot = lambda *args: None
            obj.objectNameChanged.connect(slot)
            obj.objectNameChanged.disconnect(slot)

    with loop:
        loop.run_until_complete(cycles(3000))
    print("ok")
    """
)


def test_qasync_reader_cycles_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
