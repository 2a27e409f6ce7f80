"""Log files: one per role in HALL_LOG_DIR, rotating, at the settings' level, Qt's too."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from hall_desktop import logs


@pytest.fixture(autouse=True)
def _log_dir(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("HALL_LOG_DIR", str(folder))
    yield folder
    logs.teardown_logging()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_each_role_logs_to_its_own_file_in_hall_log_dir(_log_dir):
    path = logs.setup_logging("clerk")
    assert path == _log_dir / "clerk.log" == logs.current_log_file()
    logging.getLogger("hall_desktop.test").warning("窗口 3 暂停")
    path = logs.setup_logging("display")
    logging.getLogger("hall_desktop.test").warning("叫号 A001")
    _flush()
    clerk = (_log_dir / "clerk.log").read_text(encoding="utf-8")
    display = (_log_dir / "display.log").read_text(encoding="utf-8")
    assert "窗口 3 暂停" in clerk and "叫号 A001" not in clerk
    assert "叫号 A001" in display and "WARNING" in display and "hall_desktop.test" in display


def test_without_hall_log_dir_the_platform_folder_is_used(monkeypatch):
    monkeypatch.delenv("HALL_LOG_DIR")
    folder = logs.log_dir()
    assert folder.name.lower() in ("log", "logs") and "hall-desktop" in str(folder)


def test_the_files_rotate(monkeypatch, _log_dir):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.setup_logging("desk")
    for i in range(400):
        logging.getLogger("hall_desktop.test").info("取号 %04d %s", i, "x" * 40)
    _flush()
    files = sorted(p.name for p in _log_dir.iterdir() if p.name.startswith("desk.log"))
    assert files == ["desk.log", *(f"desk.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1))]
    assert all(p.stat().st_size <= 2000 + 200 for p in _log_dir.glob("desk.log*"))
    assert "取号 0399" in (_log_dir / "desk.log").read_text(encoding="utf-8")


@pytest.mark.logs_errors("this one")
def test_the_level_comes_from_the_settings(_log_dir):
    logs.setup_logging("admin", "WARNING")
    logging.getLogger("hall_desktop.test").info("not this one")
    logging.getLogger("hall_desktop.test").error("this one")
    logs.set_level("debug")
    logging.getLogger("hall_desktop.test").debug("and this one")
    _flush()
    text = (_log_dir / "admin.log").read_text(encoding="utf-8")
    assert "not this one" not in text and "this one" in text and "and this one" in text
    assert logs.parse_level("nonsense") == logging.INFO


@pytest.mark.logs_errors("shown elsewhere")
def test_stderr_gets_the_records_too_except_file_only_ones(_log_dir, capsys):
    logs.setup_logging("courier")
    log = logging.getLogger("hall_desktop.test")
    log.warning("printer missing")
    log.error("shown elsewhere", extra={"file_only": True})
    _flush()
    err = capsys.readouterr().err
    assert "WARNING hall_desktop.test: printer missing" in err and "shown elsewhere" not in err
    assert "shown elsewhere" in (_log_dir / "courier.log").read_text(encoding="utf-8")


def test_no_stderr_at_all_is_fine(_log_dir, monkeypatch):
    """A windowed Windows build has sys.stderr = None."""
    logs.setup_logging("terminal")
    monkeypatch.setattr(sys, "stderr", None)
    logging.getLogger("hall_desktop.test").warning("no console")
    _flush()
    assert "no console" in (_log_dir / "terminal.log").read_text(encoding="utf-8")


def test_an_unwritable_folder_leaves_stderr_only(monkeypatch, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("HALL_LOG_DIR", str(blocker / "logs"))
    assert logs.setup_logging("desk") is None
    assert logs.current_log_file() is None
    logging.getLogger("hall_desktop.test").warning("still told")
    err = capsys.readouterr().err
    assert "无法写入日志文件" in err and "still told" in err


def test_qt_messages_go_to_the_log(_log_dir, qapp):
    from PySide6.QtCore import qWarning

    logs.setup_logging("display")
    logs.install_qt_message_handler()
    try:
        qWarning("QSocketNotifier: Invalid socket 7")
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
    _flush()
    text = (_log_dir / "display.log").read_text(encoding="utf-8")
    assert "WARNING" in text and " qt: QSocketNotifier: Invalid socket 7" in text


@pytest.mark.logs_errors("disk I/O error")
def test_a_read_cancelled_at_shutdown_is_not_logged_as_an_error(_log_dir, capsys):
    """The pool's failed reset of a cancelled read is dropped (from a child logger,
    as SQLAlchemy logs it); its other errors are kept."""
    import asyncio
    import logging

    path = logs.setup_logging("demo")
    pool = logging.getLogger("sqlalchemy.pool.impl.AsyncAdaptedQueuePool")
    for error in (asyncio.CancelledError(), RuntimeError("disk I/O error")):
        try:
            raise error
        except BaseException:
            pool.error("Exception during reset or similar", exc_info=True)
    logs.teardown_logging()
    written = path.read_text(encoding="utf-8")
    assert "disk I/O error" in written and "CancelledError" not in written
    assert "CancelledError" not in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="by design: no mode bits on Windows")
def test_log_files_and_their_folder_are_the_owners_only(monkeypatch, _log_dir):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    old = os.umask(0)  # the most permissive: nothing taken away by the umask
    try:
        logs.setup_logging("clerk")
        for i in range(100):
            logging.getLogger("hall_desktop.test").info("叫号 %04d %s", i, "x" * 40)
        _flush()
        # A log file an older version left readable by everyone is made private too.
        (_log_dir / "desk.log").write_text("旧日志\n", encoding="utf-8")
        os.chmod(_log_dir / "desk.log", 0o644)
        logs.setup_logging("desk")
    finally:
        os.umask(old)
    files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in _log_dir.iterdir()}
    assert {"clerk.log", "clerk.log.1", "desk.log"} <= set(files)
    assert files == dict.fromkeys(files, 0o600)
    assert stat.S_IMODE(_log_dir.stat().st_mode) == 0o700


@pytest.mark.logs_errors("Exception during reset")
def test_the_terminal_shows_only_what_concerns_the_user(_log_dir, capsys):
    logs.setup_logging("display")
    logging.getLogger("qasync").info("Forcing use of PySide6 as Qt Implementation")
    logging.getLogger("qt").warning("This plugin does not support propagateSizeHints()")
    logging.getLogger("qt.multimedia.ffmpeg").warning("Using Qt multimedia with FFmpeg")
    logging.getLogger("hall_desktop.voice").info("The chime is silent")
    logging.getLogger("hall_desktop.voice").warning("Speech is unavailable")
    logging.getLogger("sqlalchemy.pool").error("Exception during reset")
    _flush()
    err = capsys.readouterr().err
    assert "Speech is unavailable" in err and "Exception during reset" in err
    for noise in ("Forcing use", "propagateSizeHints", "FFmpeg", "chime is silent"):
        assert noise not in err
    text = (_log_dir / "display.log").read_text(encoding="utf-8")
    assert "Forcing use" in text and "propagateSizeHints" in text  # kept in the file
