"""The display's last picture (最后画面): a display restarted during the day shows what
it showed before at once, then the hall's live picture; never yesterday's calls, never
a clerk's name on disk, and a kept picture never holds back a live call."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hall_desktop.domain.clock import SystemClock
from hall_desktop.domain.tickets import WindowStatus
from hall_desktop.services.dto import CallRecord
from hall_desktop.ui.display import last_picture
from hall_desktop.ui.display.last_picture import (
    CACHE_ENV,
    LastPicture,
    PictureKeeper,
    decode,
    encode,
    load,
    picture_path,
    save,
)
from hall_desktop.ui.display.window import DisplaySnapshot, DisplayWindow
from tests.ui.test_display_states import call, line, window
from tests.ui.waiting import chinese_ui

# 10:00 in Beijing on a Monday.
NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def picture(saved_at: datetime = NOW, hall_code: str = "demo") -> LastPicture:
    return LastPicture(
        hall_code=hall_code,
        saved_at=saved_at,
        zone="Asia/Shanghai",
        name="示范区政务服务中心",
        notice="请留意叫号",
        dispatched=("系统维护，暂停取号", NOW + timedelta(hours=1)),
        windows=(
            window(1, WindowStatus.SERVING, "A012"),
            window(2, WindowStatus.CALLED, "B003"),
            window(3, WindowStatus.CLOSED),
        ),
        recent=(call(9, "B003", 2), call(8, "A012", 1)),
        lines=(line("A", 4), line("B", 0)),
    )


@pytest.fixture
def display(qtbot):
    with chinese_ui():
        screen = DisplayWindow()
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        yield screen


def test_a_picture_comes_back_as_it_was_kept_without_names_or_ticket_ids():
    kept = picture()
    back = decode(encode(kept))
    assert (back.hall_code, back.saved_at, back.zone, back.name, back.notice) == (
        kept.hall_code,
        kept.saved_at,
        kept.zone,
        kept.name,
        kept.notice,
    )
    assert back.dispatched == kept.dispatched
    assert back.recent == kept.recent and back.lines == kept.lines
    assert [(w.number, w.state, w.current_number) for w in back.windows] == [
        (1, WindowStatus.SERVING, "A012"),
        (2, WindowStatus.CALLED, "B003"),
        (3, WindowStatus.CLOSED, None),
    ]
    text = encode(kept)
    assert "张敏" not in text and "2001" not in text  # the clerk's name and staff number
    assert all(w.clerk_name is None and w.current_ticket_id is None for w in back.windows)


def test_only_a_picture_of_the_same_hall_day_shows_the_floor(tmp_path):
    path = tmp_path / "picture.json"
    assert load(path, "demo", NOW) is None  # none kept yet
    assert save(path, picture())
    same_day = load(path, "demo", NOW + timedelta(hours=2))
    assert same_day is not None and same_day.has_floor
    assert load(path, "township", NOW) is None  # another hall's
    # 00:30 in Beijing the next day is 16:30 UTC the same day: another hall day.
    next_day = load(path, "demo", datetime(2026, 12, 7, 16, 30, tzinfo=UTC))
    assert next_day is not None and not next_day.has_floor
    assert (next_day.name, next_day.notice) == ("示范区政务服务中心", "请留意叫号")
    # Still 23:59 in Beijing: the same day, but too old to be the hall's state.
    assert save(path, picture(saved_at=datetime(2026, 12, 6, 16, 1, tzinfo=UTC)))
    late = load(path, "demo", datetime(2026, 12, 7, 15, 59, tzinfo=UTC))
    assert late is not None and not late.has_floor
    # Kept by a clock that was ahead: not trusted.
    assert save(path, picture(saved_at=NOW + timedelta(hours=1)))
    ahead = load(path, "demo", NOW)
    assert ahead is not None and not ahead.has_floor


def test_a_damaged_or_foreign_file_is_ignored_with_a_warning(tmp_path, caplog):
    path = tmp_path / "picture.json"
    good = json.loads(encode(picture()))
    damaged_files = (
        "{not json",
        json.dumps({**good, "version": 99}),
        json.dumps({**good, "zone": "Mars/Base"}),
        json.dumps({**good, "windows": [{"number": "x"}]}),
    )
    for damaged in damaged_files:
        path.write_text(damaged, encoding="utf-8")
        with caplog.at_level(logging.WARNING, logger=last_picture.__name__):
            caplog.clear()
            assert load(path, "demo", NOW) is None
        assert "not usable" in caplog.text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_file_is_written_whole_and_private(tmp_path):
    path = tmp_path / "cache" / "picture.json"
    assert save(path, picture())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["picture.json"]  # no temporary left


def test_a_failed_write_leaves_the_previous_picture_and_no_temporary(tmp_path, monkeypatch, caplog):
    path = tmp_path / "picture.json"
    assert save(path, picture())
    before = path.read_text(encoding="utf-8")

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(last_picture.os, "replace", refuse)
    with caplog.at_level(logging.WARNING, logger=last_picture.__name__):
        assert not save(path, picture(saved_at=NOW + timedelta(minutes=5)))
    assert "could not keep" in caplog.text
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["picture.json"]


def test_the_file_is_per_database_and_hall_and_hides_the_address(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    url = "postgresql://hall:secret@10.0.0.5/hall"
    one = picture_path(url, "demo")
    assert one.parent == tmp_path
    assert "secret" not in one.name and "10.0.0.5" not in one.name
    assert len({one, picture_path(url, "township"), picture_path("sqlite:///hall.db", "demo")}) == 3


def test_the_display_shows_a_kept_picture_and_then_the_live_one(display):
    display.show_picture(picture())
    assert display.hall_name.text() == "示范区政务服务中心"
    assert display.dispatched_notice == "系统维护，暂停取号"
    assert display.shown_call() == ("B003", "→ 2号窗口")
    assert display.window_texts()[1] == ("A012", "办理中")
    assert display.recent_texts() == ["B003", "A012"]
    assert not display.highlighted  # shown as it stood, no flash
    # The database was restored since: its event ids are lower than the picture's. A
    # live call still shows, and the live read replaces the kept floor.
    display.show_call(3, "A004", 1, "called")
    assert display.shown_call() == ("A004", "→ 1号窗口") and display.highlighted
    display.show_snapshot(
        DisplaySnapshot(
            windows=[window(1, WindowStatus.CALLED, "A004")], recent=[call(3, "A004", 1)]
        )
    )
    assert display.window_texts() == {1: ("A004", "已叫号")}
    assert display.recent_texts() == ["A004"]


def test_a_picture_of_another_day_shows_the_name_and_ticker_only(display, tmp_path):
    path = tmp_path / "picture.json"
    assert save(path, picture(saved_at=NOW - timedelta(days=1)))
    kept = load(path, "demo", NOW)
    assert kept is not None
    display.show_picture(kept)
    assert display.hall_name.text() == "示范区政务服务中心"
    assert display.window_texts() == {} and display.recent_texts() == []
    assert display.shown_call() == ("", "")


def test_what_the_screen_shows_is_what_is_kept(display):
    display.show_picture(picture())
    shown = display.picture("demo")
    assert shown is not None
    assert [w.number for w in shown.windows] == [1, 2, 3]
    assert shown.recent == picture().recent and shown.zone == "Asia/Shanghai"
    assert DisplayWindow().picture("demo") is None  # nothing worth keeping before a hall


def test_the_keeper_keeps_the_live_floor_at_once_then_at_most_every_delay(qtbot, tmp_path):
    path = tmp_path / "picture.json"
    taken: list[int] = []
    current = [picture()]

    def take() -> LastPicture:
        taken.append(1)
        return current[0]

    keeper = PictureKeeper(path, take)
    keeper.changed()  # the hall's settings, before its floor was read: not kept
    assert not path.exists() and not taken
    keeper.floor_shown()
    assert path.exists() and len(taken) == 1  # at once: a display may be switched off soon
    current[0] = picture(saved_at=NOW + timedelta(seconds=1))
    keeper.floor_shown()
    keeper.changed()
    assert len(taken) == 1  # within the delay: one write later for both
    qtbot.waitUntil(lambda: len(taken) == 2, timeout=last_picture.SAVE_DELAY_MS + 3000)
    assert decode(path.read_text(encoding="utf-8")).saved_at == NOW + timedelta(seconds=1)
    keeper.flush()
    assert len(taken) == 2  # nothing new to keep
    current[0] = picture(saved_at=NOW + timedelta(seconds=2))
    keeper.changed()
    keeper.flush()  # the window closes: the last change is kept now
    assert decode(path.read_text(encoding="utf-8")).saved_at == NOW + timedelta(seconds=2)


_RUN = """
import json, sys
from hall_desktop.config import load_settings
from hall_desktop.ui.app import qt_application
from hall_desktop.ui.display.main import display_first_frame
settings = load_settings({"db_url": sys.argv[1], "hall_code": "demo", "language": "zh_CN"})
window = display_first_frame(qt_application(settings), settings, windowed=True)
print(json.dumps({
    "loaded": sorted(m for m in ("sqlalchemy", "aiosqlite", "qasync") if m in sys.modules),
    "shown": window.shown_call()[0],
    "windows": {n: t[0] for n, t in window.window_texts().items()},
}))
"""


def test_the_first_frame_is_painted_before_the_database_code_is_loaded(tmp_path, monkeypatch):
    """A fresh interpreter, as at a real start: the kept picture is on screen while
    neither SQLAlchemy, the SQLite driver nor the event loop's glue is loaded yet."""
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    monkeypatch.setenv(CACHE_ENV, env[CACHE_ENV])
    assert save(picture_path(url, "demo"), picture(saved_at=SystemClock().now()))
    done = subprocess.run(
        [sys.executable, "-c", _RUN, url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"loaded": [], "shown": "B003", "windows": {"1": "A012", "2": "B003", "3": ""}}


def test_a_live_call_is_judged_against_the_live_read_not_the_picture(display):
    """The picture's standing call is gone in the live read: the panel is calm again."""
    display.show_picture(picture())
    display.show_snapshot(DisplaySnapshot(windows=[window(1, WindowStatus.IDLE)], recent=[]))
    assert display.shown_call() == ("", "")
    newer = CallRecord(1, NOW, "C001", 1, "called")
    display.show_snapshot(
        DisplaySnapshot(windows=[window(1, WindowStatus.CALLED, "C001")], recent=[newer])
    )
    assert display.shown_call() == ("C001", "→ 1号窗口") and not display.highlighted


def _start_display(url: str, cache: Path) -> subprocess.Popen[str]:
    env = {**os.environ, CACHE_ENV: str(cache), "QT_QPA_PLATFORM": "offscreen"}
    command = ["--db", url, "--hall", "demo", "display", "--windowed", "--report"]
    return subprocess.Popen(
        [sys.executable, "-m", "hall_desktop.cli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _frames(process: subprocess.Popen[str]) -> list[dict[str, object]]:
    """The display's frame reports up to its first live frame; then it is stopped as a
    PC is switched off (no clean exit)."""
    frames: list[dict[str, object]] = []
    try:
        assert process.stdout is not None
        for text in process.stdout:
            report = json.loads(text)
            if report["event"] in ("first_frame", "live_frame"):
                frames.append(report)
            if report["event"] == "live_frame":
                break
    finally:
        process.kill()
        process.wait(timeout=30)
    return frames


def test_a_display_switched_off_shows_its_last_live_picture_at_the_next_start(
    tmp_path, monkeypatch
):
    """The real program, twice: the first start has nothing kept and shows the hall when
    it is read; killed right after, it has kept that picture, and the second start shows
    it first, then the live one."""
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    for command in (["db", "upgrade"], ["db", "seed", "--demo"]):
        subprocess.run(
            [sys.executable, "-m", "hall_desktop.cli", "--db", url, *command],
            check=True,
            capture_output=True,
            timeout=120,
        )
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    first = _frames(_start_display(url, cache))
    assert [f["event"] for f in first] == ["live_frame"]
    kept = load(picture_path(url, "demo"), "demo", SystemClock().now())
    assert kept is not None and kept.has_floor and kept.name == "示范区政务服务中心"
    assert [w.number for w in kept.windows] == list(range(1, 13))  # the demo's windows
    second = _frames(_start_display(url, cache))
    assert [(f["event"], f.get("source")) for f in second] == [
        ("first_frame", "last_picture"),
        ("live_frame", None),
    ]
    assert second[0]["at"] <= second[1]["at"]  # type: ignore[operator]
