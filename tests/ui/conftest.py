"""Qt tests: async tests here run on qasync's loop over the one QApplication.

The recipe of KNOWN-ISSUES ("Async tests with Qt"): pytest-asyncio's loop-factory hook,
scoped to this folder, hands every ``async def`` test a ``qasync.QEventLoop``, so
``qtbot.waitUntil`` inside a test lets the feed's and controllers' tasks run.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication


def _qt_loop() -> Any:
    app = QApplication.instance() or QApplication([])
    # A test closing its last window must not stop the loop under it.
    app.setQuitOnLastWindowClosed(False)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    return {"qt": _qt_loop}


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects here, in the GUI thread.

    Left to chance, Python's cyclic collector may run in a database worker thread and
    delete a QObject there, leaving its timer registered with the GUI thread: a crash
    in a later test (seen here as a SIGSEGV in QTimerInfoList::activateTimers).
    """
    yield
    gc.collect()
