"""Waiting inside ``async def`` Qt tests.

``qtbot.waitUntil`` spins a nested Qt event loop inside the test's own asyncio step;
qasync then cannot start another task's step (asyncio refuses to enter a task while
one is running), so a task created just before would never run. These helpers yield to
the qasync loop instead, which runs Qt events and every task alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any


async def wait_until(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    """Yield to the loop until ``predicate()`` is true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")
        await asyncio.sleep(0.01)


@contextlib.contextmanager
def chinese_ui() -> Iterator[None]:
    """The program's Simplified Chinese translation installed, as users see it."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from hall_desktop.ui.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "zh_CN")
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def show_window(qtbot: Any, window: Any) -> None:
    """A role's main window handed to qtbot and shown at 1366×768, a hall PC's screen."""
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()


async def sign_in(qtbot: Any, window: Any, controller: Any, login: str, password: str) -> None:
    """Once the controller knows its hall, log in through the window's login page."""
    from PySide6.QtCore import Qt

    await wait_until(lambda: controller.hall is not None)
    window.login.login_edit.setText(login)
    window.login.password_edit.setText(password)
    qtbot.mouseClick(window.login.button, Qt.MouseButton.LeftButton)


@contextlib.asynccontextmanager
async def started(controller: Any, db: Any) -> AsyncIterator[None]:
    """The controller started; on the way out stopped, and its PC's database closed."""
    controller.start()
    try:
        yield
    finally:
        await controller.stop()
        await db.dispose()
