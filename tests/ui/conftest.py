"""Qt tests: async tests here run on qasync's loop over the one QApplication.

The recipe of KNOWN-ISSUES ("Async tests with Qt"): pytest-asyncio's loop-factory hook,
scoped to this folder, hands every ``async def`` test a ``qasync.QEventLoop``, so
``qtbot.waitUntil`` inside a test lets the feed's and controllers' tasks run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication


def _qt_loop() -> Any:
    app = QApplication.instance() or QApplication([])
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    return {"qt": _qt_loop}
