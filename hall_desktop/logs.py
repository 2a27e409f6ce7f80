"""Log files: one rotating file per role in the platform's log directory, plus stderr.

``hall-desktop clerk`` writes ``clerk.log`` (2 MB, five old files kept) in
``platformdirs.user_log_dir("hall-desktop")`` (on Windows
``%LOCALAPPDATA%\\hall-desktop\\Logs``), or in ``HALL_LOG_DIR`` when that is set. Qt's own
warnings go to the same file through :func:`install_qt_message_handler`. A log may name
citizens (an error, a ticket): its files are their owner's only (``private_files``).
"""

from __future__ import annotations

import asyncio
import faulthandler
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO, Any

import platformdirs

from hall_desktop.private_files import private_dir, private_opener

APP_NAME = "hall-desktop"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(levelname)-8s %(process)d %(name)s: %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)

_state: dict[str, Any] = {"file": None, "handlers": [], "fault_file": None}


def log_dir() -> Path:
    """Where the log files go: ``HALL_LOG_DIR``, else the platform's log directory."""
    override = os.environ.get("HALL_LOG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def current_log_file() -> Path | None:
    """The file this process logs to; None before :func:`setup_logging` or when the
    folder could not be written."""
    path = _state["file"]
    return path if isinstance(path, Path) else None


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log file (and each new one after a rollover) readable by its owner only."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115  (the handler owns and closes it)
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        assert isinstance(stream, io.TextIOWrapper)  # a text mode: "a" (or "w")
        return stream


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (pytest swaps it; a windowed
    Windows build has none at all)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> IO[str] | None:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        # ``extra={"file_only": True}``: already told on stderr in plain words.
        told = getattr(record, "file_only", False)
        if sys.stderr is not None and not told and concerns_the_user(record):
            super().emit(record)


def concerns_the_user(record: logging.LogRecord) -> bool:
    """Whether the terminal shows ``record``: the program's own warnings and errors,
    and the errors of the libraries; the log file keeps everything (qasync's choice of
    Qt binding, Qt's notes about the platform plugin and the multimedia back end)."""
    own = record.name == "hall_desktop" or record.name.startswith("hall_desktop.")
    return record.levelno >= (logging.WARNING if own else logging.ERROR)


def parse_level(level: str | int) -> int:
    """``"debug"``, ``"INFO"``, ``20`` … as a logging level; INFO when unknown."""
    if isinstance(level, int):
        return level
    value = logging.getLevelName(str(level).strip().upper())
    return value if isinstance(value, int) else logging.INFO


def setup_logging(role: str, level: str | int = "INFO", *, stderr: bool = True) -> Path | None:
    """Log to ``<log dir>/<role>.log`` (rotating) and to stderr; return the file's path.

    Calling it again replaces what an earlier call installed (tests run ``main`` many
    times in one process). When the folder cannot be written the program still runs,
    logging to stderr only, and None is returned.
    """
    teardown_logging()
    root = logging.getLogger()
    handlers: list[logging.Handler] = []
    path: Path | None = log_dir() / f"{_safe(role)}.log"
    assert path is not None
    try:
        private_dir(path.parent)
        file_handler = _PrivateRotatingFile(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as e:
        print(f"警告：无法写入日志文件 {path}：{e}", file=sys.stderr)
        path = None
    else:
        file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
        handlers.append(file_handler)
    if stderr:
        console = _CurrentStderr()
        console.setFormatter(logging.Formatter(STDERR_FORMAT))
        handlers.append(console)
    for handler in handlers:
        # On the handlers: a logger's filter would miss its children (the pool logs
        # through sqlalchemy.pool.impl.<class>).
        handler.addFilter(CancelledReset())
        root.addHandler(handler)
    _state["handlers"] = handlers
    _state["file"] = path
    set_level(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    if path is not None:
        _enable_faulthandler(path.parent)
    return path


class CancelledReset(logging.Filter):
    """Drop the pool's "Exception during reset" for a read cancelled on purpose.

    When a screen closes, its controllers cancel the reads still in flight; the pool
    then fails to roll back that connection with CancelledError and logs it as an
    error with a traceback. Nothing is lost (a read, on a connection being thrown
    away), so it is not a bug to report; any other pool error still is.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, asyncio.CancelledError)


def set_level(level: str | int) -> None:
    """The level of the root logger (``settings.log_level``)."""
    logging.getLogger().setLevel(parse_level(level))


def teardown_logging() -> None:
    """Remove and close what :func:`setup_logging` installed."""
    root = logging.getLogger()
    for handler in _state["handlers"]:
        root.removeHandler(handler)
        handler.close()
    _state["handlers"] = []
    _state["file"] = None


def _enable_faulthandler(folder: Path) -> None:
    """A hard crash inside Qt (a segfault) leaves no Python traceback in the log; let
    ``faults.log`` keep the Python stack of such a crash."""
    if _state["fault_file"] is not None or faulthandler.is_enabled():
        return  # already on (``python -X faulthandler``, pytest): leave it where it is
    try:
        fault_file = open(folder / "faults.log", "a", encoding="utf-8", opener=private_opener)  # noqa: SIM115
    except OSError:
        return
    _state["fault_file"] = fault_file  # kept open for the process's life
    faulthandler.enable(fault_file)


def _safe(role: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in role) or APP_NAME


# -- Qt's own messages -------------------------------------------------------------------

_QT_LEVELS = {
    "QtDebugMsg": logging.DEBUG,
    "QtInfoMsg": logging.INFO,
    "QtWarningMsg": logging.WARNING,
    "QtCriticalMsg": logging.ERROR,
    "QtFatalMsg": logging.CRITICAL,
}


def qt_message_handler(mode: Any, context: Any, message: str) -> None:
    """Route a Qt message (``qWarning`` …) to the ``qt`` logger at the matching level."""
    level = _QT_LEVELS.get(getattr(mode, "name", str(mode)).split(".")[-1], logging.WARNING)
    category = getattr(context, "category", None)
    if not category or category == "default":
        name = "qt"
    else:
        name = category if category.startswith("qt.") else f"qt.{category}"
    logging.getLogger(name).log(level, "%s", message)


def install_qt_message_handler() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(qt_message_handler)
