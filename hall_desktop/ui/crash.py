"""What the user sees when something goes wrong that no screen handles.

Two of the three tiers of errors (an expected problem is each screen's own message):

- a **bug** (an exception nobody caught: in a slot, an asyncio callback or task, another
  thread): :class:`CrashReporter` logs the traceback and opens ONE non-blocking dialog
  saying where the log is; while it is open, further crashes are only logged;
- a **start-up failure** (database unreachable, schema too old or too new): one dialog
  from :func:`show_startup_failure`, then the program exits.

The user never sees a traceback; the log file has it.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from hall_desktop.config import Settings
from hall_desktop.domain.errors import HallError
from hall_desktop.logs import current_log_file

log = logging.getLogger("hall_desktop.crash")


class _LogButtons:
    """ "Copy path" and "Open folder" on a message box about a log file."""

    def __init__(self, box: QMessageBox, log_file: Path | None) -> None:
        self.log_file = log_file
        self.copy: QPushButton | None = None
        self.open: QPushButton | None = None
        if log_file is not None:
            self.copy = box.addButton(
                QCoreApplication.translate("Crash", "Copy log path"),
                QMessageBox.ButtonRole.ActionRole,
            )
            self.open = box.addButton(
                QCoreApplication.translate("Crash", "Open log folder"),
                QMessageBox.ButtonRole.ActionRole,
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(self._on_clicked)

    def _on_clicked(self, button: object) -> None:
        if self.log_file is None:
            return
        if button is self.copy:
            QGuiApplication.clipboard().setText(str(self.log_file))
        elif button is self.open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def _where_the_log_is(log_file: Path | None) -> str:
    if log_file is None:
        return QCoreApplication.translate(
            "Crash", "The details could not be written to a log file."
        )
    return QCoreApplication.translate(
        "Crash", "The details are in the log file:\n{path}\nPlease give it to your administrator."
    ).format(path=log_file)


def crash_box(log_file: Path | None, parent: QWidget | None = None) -> QMessageBox:
    """The dialog about a bug: plain words and where the log is, no traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "The program ran into a problem it did not expect. Check that your last action "
            "was saved; if something looks wrong, close the program and start it again.",
        )
    )
    box.setInformativeText(_where_the_log_is(log_file))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box._hall_log_buttons = _LogButtons(box, log_file)  # type: ignore[attr-defined]
    return box


class CrashReporter(QObject):
    """Catches what nobody caught: ``sys.excepthook``, ``threading.excepthook`` and the
    asyncio loop's exception handler. Each crash is logged as a bug; the first one (until
    its dialog is closed) is shown.

    ``dialogs=False`` (the smoke run) only logs and counts.
    """

    _shown_elsewhere = Signal()  # a crash in another thread: show the dialog in this one

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        dialogs: bool = True,
        log_file: Callable[[], Path | None] = current_log_file,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.crashes = 0
        self.box: QMessageBox | None = None
        self._log_file = log_file
        self._previous: dict[str, Any] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._shown_elsewhere.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks --------------------------------------------------------------------------

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous = {"sys": sys.excepthook, "threading": threading.excepthook}
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        if loop is not None:
            self._loop = loop
            self._previous["loop"] = loop.get_exception_handler()
            loop.set_exception_handler(self.loop_exception_handler)

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous.get("sys", sys.__excepthook__)
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous.get("threading", threading.__excepthook__)
        if self._loop is not None and not self._loop.is_closed():
            self._loop.set_exception_handler(self._previous.get("loop"))
        self._loop = None

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self.report(error, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, args.exc_traceback, where=f"in thread {name}")

    def loop_exception_handler(
        self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]
    ) -> None:
        error = context.get("exception")
        message = str(context.get("message") or "asyncio")
        if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
            self.report(error, error.__traceback__, where=f"in the event loop ({message})")
        else:
            log.error("event loop: %s (%s)", message, context)

    # -- reporting ----------------------------------------------------------------------

    def report(
        self, error: BaseException, tb: TracebackType | None = None, *, where: str = ""
    ) -> None:
        """Log ``error`` as a bug and tell the user, once (from any thread)."""
        self.crashes += 1
        details = "".join(traceback.format_exception(type(error), error, tb or error.__traceback__))
        log.critical("unhandled exception (a bug)%s:\n%s", f" {where}" if where else "", details)
        if not self.dialogs:
            return
        if threading.current_thread() is threading.main_thread():
            self._show()
        else:
            self._shown_elsewhere.emit()

    def _show(self) -> None:
        if self.box is not None:
            log.info("the crash dialog is already open; this crash is only logged")
            return
        if not isinstance(QApplication.instance(), QApplication):
            return
        box = crash_box(self._log_file())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(self._on_box_closed)
        self.box = box
        box.open()  # never exec(): the loop keeps running, the screens keep working

    def _on_box_closed(self, _result: int) -> None:
        self.box = None


def show_fatal_crash(error: BaseException, settings: Settings, log_file: Path | None) -> None:
    """A bug stopped the program: the crash dialog, waited for (the program ends next)."""
    from hall_desktop.ui.app import qt_application

    try:
        qt_application(settings)
        crash_box(log_file).exec()
    except Exception:  # the program is ending anyway; the log already has the bug
        log.exception("could not show the crash dialog")


# -- start-up failures -------------------------------------------------------------------


def startup_headline(error: HallError) -> str:
    """One sentence on what stops the program, by the error's code."""
    if error.code == "database_unavailable":
        return QCoreApplication.translate("Startup", "The program cannot reach its database.")
    if error.code == "schema_newer":
        return QCoreApplication.translate(
            "Startup",
            "The database's structure is newer than this program. Please upgrade the program.",
        )
    if error.code == "schema_older":
        return QCoreApplication.translate(
            "Startup",
            "The database's structure is older than this program. "
            "Run “hall-desktop db upgrade” first.",
        )
    if error.code == "schema_missing":
        return QCoreApplication.translate(
            "Startup",
            "The database has not been set up yet. Run “hall-desktop db upgrade” first.",
        )
    return QCoreApplication.translate("Startup", "The program cannot start.")


def startup_failure_box(
    error: HallError, settings: Settings, log_file: Path | None, parent: QWidget | None = None
) -> QMessageBox:
    """The one dialog of a start-up failure: what is wrong, which database, the log."""
    from hall_desktop.store.database import Database

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Cannot start"))
    box.setText(startup_headline(error))
    details = [error.message]
    try:
        database = Database.describe_address(settings.db_url)
    except HallError:
        database = ""  # the address itself is what is wrong; the message says so
    # DatabaseUnavailable's message already names the database.
    if database and error.code != "database_unavailable":
        details.append(
            QCoreApplication.translate("Startup", "Database: {database}").format(database=database)
        )
    if log_file is not None:
        details.append(
            QCoreApplication.translate("Startup", "Log file: {path}").format(path=log_file)
        )
    box.setInformativeText("\n\n".join(details))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box._hall_log_buttons = _LogButtons(box, log_file)  # type: ignore[attr-defined]
    return box


def show_startup_failure(error: HallError, settings: Settings, log_file: Path | None) -> None:
    """Show the start-up failure and wait for the user (nothing else runs yet)."""
    from hall_desktop.ui.app import qt_application

    try:
        qt_application(settings)
        startup_failure_box(error, settings, log_file).exec()
    except Exception:  # stderr and the log already say what is wrong
        log.exception("could not show the start-up failure dialog")
