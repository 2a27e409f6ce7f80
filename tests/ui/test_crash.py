"""Bugs: logged with their traceback, shown once; start-up failures: one dialog;
Qt's own dialogs speak Chinese."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from hall_desktop.cli import main
from hall_desktop.config import Settings
from hall_desktop.domain.errors import DatabaseUnavailable, SchemaError
from hall_desktop.ui.crash import CrashReporter, crash_box, startup_failure_box
from hall_desktop.ui.i18n import install_translators


def _open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.fixture
def reporter(qtbot, tmp_path):
    log_file = tmp_path / "clerk.log"
    reporter = CrashReporter(log_file=lambda: log_file)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.box is not None:
        reporter.box.close()


def _crash(message: str) -> None:
    raise ValueError(message)


@pytest.mark.logs_errors("crash 1", "crash 2", "from a slot")
def test_two_crashes_log_two_bugs_and_open_one_dialog(reporter, qtbot, caplog, tmp_path):
    caplog.set_level(logging.CRITICAL, logger="hall_desktop.crash")
    for n in (1, 2):
        try:
            _crash(f"crash {n}")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    assert reporter.crashes == 2
    bugs = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert len(bugs) == 2
    assert "Traceback" in bugs[0].getMessage() and "in _crash" in bugs[0].getMessage()
    assert "ValueError: crash 2" in bugs[1].getMessage()
    assert _open_boxes() == [reporter.box]
    box = reporter.box  # open(), not exec(): we got here while it is showing
    assert box is not None
    # Plain words and the log's place, never the traceback.
    assert "Traceback" not in box.text() + box.informativeText()
    assert str(tmp_path / "clerk.log") in box.informativeText()
    # Closing it lets the next crash be shown again.
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: reporter.box is None)
    assert _open_boxes() == []
    QTimer.singleShot(0, lambda: _crash("from a slot"))  # a real crash inside Qt
    qtbot.waitUntil(lambda: reporter.crashes == 3)
    assert len(_open_boxes()) == 1


@pytest.mark.logs_errors("in a worker")
def test_a_crash_in_another_thread_is_shown_in_the_gui_thread(reporter, qtbot, caplog):
    thread = threading.Thread(target=_crash, args=("in a worker",), name="worker-7")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert reporter.crashes == 1
    assert "in thread worker-7" in caplog.text and "ValueError: in a worker" in caplog.text


@pytest.mark.logs_errors("KeyError: 'lost'", "unclosed transport")
def test_the_event_loop_reports_what_no_task_retrieved(reporter, qtbot, caplog):
    loop = asyncio.new_event_loop()
    try:
        reporter.install(loop)
        loop.call_exception_handler(
            {"message": "Task exception was never retrieved", "exception": KeyError("lost")}
        )
        loop.call_exception_handler({"message": "unclosed transport"})  # no bug: log only
    finally:
        reporter.uninstall()
        loop.close()
    assert reporter.crashes == 1
    assert "Task exception was never retrieved" in caplog.text and "KeyError: 'lost'" in caplog.text
    assert "unclosed transport" in caplog.text


@pytest.mark.logs_errors("ValueError: smoke")
def test_without_dialogs_crashes_are_only_counted(qtbot, tmp_path):
    reporter = CrashReporter(dialogs=False, log_file=lambda: tmp_path / "x.log")
    reporter.report(ValueError("smoke"))
    assert reporter.crashes == 1 and reporter.box is None and _open_boxes() == []


def test_the_dialog_copies_the_log_path(qtbot, tmp_path):
    log_file = tmp_path / "desk.log"
    box = crash_box(log_file)
    qtbot.addWidget(box)
    copy = box._hall_log_buttons.copy
    assert copy is not None and box._hall_log_buttons.open is not None
    copy.click()
    assert QGuiApplication.clipboard().text() == str(log_file)
    no_log = crash_box(None)
    qtbot.addWidget(no_log)
    assert no_log._hall_log_buttons.copy is None
    assert "could not be written" in no_log.informativeText()


def test_the_start_up_dialog_names_the_problem_and_the_database(qtbot, tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    error = SchemaError("数据库结构版本（9999）比本程序新", code="schema_newer")
    box = startup_failure_box(error, settings, tmp_path / "desk.log")
    qtbot.addWidget(box)
    assert "newer than this program" in box.text() and "upgrade the program" in box.text()
    assert "比本程序新" in box.informativeText()
    assert "hall.sqlite3" in box.informativeText()
    assert str(tmp_path / "desk.log") in box.informativeText()
    older = startup_failure_box(SchemaError("需要升级", code="schema_older"), settings, None)
    qtbot.addWidget(older)
    assert "hall-desktop db upgrade" in older.text()


@pytest.mark.logs_errors("demo cannot start")
def test_the_demo_on_an_unreachable_database_shows_one_dialog(restore_app, monkeypatch, tmp_path):
    """The demo must create its database before it shows anything: a start-up failure."""
    monkeypatch.setenv("HALL_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("HALL_SETTINGS_FILE", str(tmp_path / "none.toml"))
    shown: list[tuple[object, Settings, Path | None]] = []
    code = main(
        ["--db", "postgresql://nobody@127.0.0.1:1/none", "demo"],
        startup_dialog=lambda e, s, log: shown.append((e, s, log)),
    )
    assert code == 2 and len(shown) == 1
    error, _settings, log_file = shown[0]
    assert isinstance(error, DatabaseUnavailable) and "127.0.0.1:1" in error.message
    assert log_file == tmp_path / "logs" / "demo.log"


def test_qt_own_dialogs_are_chinese_unless_english(restore_app, qtbot):
    app = restore_app
    app._hall_translators = install_translators(app, "zh_CN")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    for translator in app._hall_translators:
        app.removeTranslator(translator)
    app._hall_translators = install_translators(app, "en")
    assert len(app._hall_translators) == 1  # the program's English catalogue, no qtbase
    assert app._hall_translators[0].language() == "en"
    english = QMessageBox()
    qtbot.addWidget(english)
    english.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert english.button(QMessageBox.StandardButton.Ok).text() == "OK"
    assert english.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_the_dialogs_speak_chinese(qtbot, tmp_path):
    from tests.ui.waiting import chinese_ui

    settings = Settings(db_url=f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    with chinese_ui():
        newer = startup_failure_box(
            SchemaError("数据库结构版本（9999）比本程序新", code="schema_newer"), settings, None
        )
        crash = crash_box(tmp_path / "clerk.log")
        for box in (newer, crash):
            qtbot.addWidget(box)
        assert newer.text() == "数据库结构比程序新，请升级程序。"
        assert newer.windowTitle() == "无法启动"
        assert crash.windowTitle() == "程序出现问题"
        assert "clerk.log" in crash.informativeText() and "日志" in crash.informativeText()
        assert crash.button(QMessageBox.StandardButton.Close).text() == "关闭"
