"""The display's voice announcements: text, queue, watchdog, backend fallback and the chime.

This machine has no audio device and no working speech engine (only Qt's "mock" and a
"speechd" that fails to load), so the real selection must fall back to the chime. The
"mock" engine is used directly to test TextToSpeechSpeaker; it offers en_GB, en_US,
nb_NO, nn_NO and fi_FI voices but no Chinese one, hence its tests speak English.
"""

from __future__ import annotations

import logging
import sys
import time
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from hall_desktop.paths import resources_dir
from hall_desktop.ui.display import voice
from hall_desktop.ui.display.chime import render_chime
from hall_desktop.ui.display.voice import (
    DEFAULT_TEMPLATE,
    Announcer,
    ChimeSpeaker,
    Speaker,
    SpeechUnavailable,
    TextToSpeechSpeaker,
    announcement_text,
    make_speaker,
    spoken_number,
)

CHIME = resources_dir() / "sounds" / "chime.wav"


class FakeSpeaker(Speaker):
    """Finishes each utterance after ``duration_ms``; fails the test on overlapping says."""

    name = "fake"

    def __init__(self, duration_ms: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duration_ms = duration_ms
        self.busy = False
        self.said: list[tuple[str, float]] = []
        self.ended: list[float] = []
        self.overlaps: list[str] = []

    def say(self, text: str) -> None:
        if self.busy:
            self.overlaps.append(text)
        self.busy = True
        self.said.append((text, time.monotonic()))
        QTimer.singleShot(self.duration_ms, self._done)

    def _done(self) -> None:
        self.busy = False
        self.ended.append(time.monotonic())
        self.finished.emit()


class SilentSpeaker(Speaker):
    """A broken backend: never reports the end of an utterance."""

    name = "silent"

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.fixture
def fresh_voice_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget that this process already said "speech unavailable" / "chime silent"."""
    monkeypatch.setattr(voice, "_unavailable_logged", False)
    monkeypatch.setattr(voice, "_silent_chime_logged", False)


# --- text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "language", "expected"),
    [
        ("A012", "zh_CN", "A 零 一 二"),
        ("A012", "zh", "A 零 一 二"),
        ("B3456789", "zh_CN", "B 三 四 五 六 七 八 九"),
        ("A012", "en", "A 0 1 2"),
        ("A012", "en_US", "A 0 1 2"),
        (" A 0 ", "zh_CN", "A 零"),
    ],
)
def test_spoken_number(number: str, language: str, expected: str) -> None:
    assert spoken_number(number, language) == expected


def test_announcement_text_zh_and_en() -> None:
    assert (
        announcement_text(DEFAULT_TEMPLATE, "A012", 3, "zh_CN") == "请 A 零 一 二 号到 3 号窗口办理"
    )
    assert (
        announcement_text("Number {number}, please go to window {window}", "A012", 12, "en")
        == "Number A 0 1 2, please go to window 12"
    )


@pytest.mark.parametrize("template", ["请 {ticket} 号", "请 {0} 号", "请 {number 号", "{window.x}"])
def test_bad_template_falls_back_to_default(
    template: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hall_desktop.voice"):
        text = announcement_text(template, "A012", 3, "zh_CN")
    assert text == "请 A 零 一 二 号到 3 号窗口办理"
    assert any("malformed" in r.getMessage() for r in caplog.records)


# --- the queue ----------------------------------------------------------------------


def test_announcer_speaks_in_order_without_overlap(qtbot: QtBot) -> None:
    speaker = FakeSpeaker(duration_ms=50)
    announcer = Announcer(speaker, times=2, gap_ms=20, language="zh_CN")
    started: list[str] = []
    announcer.started.connect(started.append)

    with qtbot.waitSignal(announcer.idle, timeout=5000):
        announcer.announce("A012", 3)
        announcer.announce("B007", 5)
        announcer.announce("A012", 3)  # a recall of A012: announced again, not merged
        assert announcer.speaking
        assert announcer.pending == 5  # six utterances, the first already started

    a012 = "请 A 零 一 二 号到 3 号窗口办理"
    b007 = "请 B 零 零 七 号到 5 号窗口办理"
    expected = [a012, a012, b007, b007, a012, a012]
    assert [text for text, _ in speaker.said] == expected
    assert started == expected
    assert speaker.overlaps == []
    # Each say comes after the previous utterance's end (the gap is a coarse timer).
    for (_, start), previous_end in zip(speaker.said[1:], speaker.ended, strict=False):
        assert start >= previous_end
    assert not announcer.speaking
    assert announcer.pending == 0


def test_announcer_keeps_the_gap_after_idle(qtbot: QtBot) -> None:
    speaker = FakeSpeaker(duration_ms=10)
    announcer = Announcer(speaker, times=1, gap_ms=200)
    with qtbot.waitSignal(announcer.idle, timeout=2000):
        announcer.announce("A001", 1)
    announcer.announce("A002", 1)  # arrives inside the pause after A001
    assert not announcer.speaking
    assert announcer.pending == 1
    qtbot.waitUntil(lambda: len(speaker.said) == 2, timeout=2000)


def test_watchdog_moves_on_when_speaker_never_finishes(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    speaker = SilentSpeaker()
    announcer = Announcer(
        speaker,
        times=1,
        gap_ms=0,
        watchdog_base_ms=0,
        watchdog_per_char_ms=0,
        watchdog_min_ms=50,
    )
    with (
        caplog.at_level(logging.WARNING, logger="hall_desktop.voice"),
        qtbot.waitSignal(announcer.idle, timeout=3000),
    ):
        announcer.announce("A001", 1)
        announcer.announce("A002", 2)
    assert len(speaker.said) == 2
    assert sum("did not report the end" in r.getMessage() for r in caplog.records) == 2
    assert not announcer.speaking


def test_backlog_is_bounded(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    speaker = FakeSpeaker(duration_ms=10)
    announcer = Announcer(speaker, times=2, gap_ms=0, max_pending=5)
    with caplog.at_level(logging.WARNING, logger="hall_desktop.voice"):
        for i in range(1, 6):
            announcer.announce(f"A{i:03d}", 1)
    assert announcer.pending == 5
    assert any("backlog" in r.getMessage() for r in caplog.records)
    with qtbot.waitSignal(announcer.idle, timeout=3000):
        pass
    spoken = [text for text, _ in speaker.said]
    # The first utterance was already speaking; the newest calls survive the trim.
    assert spoken[0] == spoken_text("A001")
    assert spoken[-2:] == [spoken_text("A005")] * 2
    assert speaker.overlaps == []


def test_clear_drops_the_queue(qtbot: QtBot) -> None:
    speaker = FakeSpeaker(duration_ms=30)
    announcer = Announcer(speaker, times=3, gap_ms=0)
    announcer.announce("A001", 1)
    announcer.clear()
    assert announcer.pending == 0
    assert announcer.speaking  # the utterance in progress ends normally
    with qtbot.waitSignal(announcer.idle, timeout=2000):
        pass
    assert len(speaker.said) == 1


def spoken_text(number: str) -> str:
    return announcement_text(DEFAULT_TEMPLATE, number, 1, "zh_CN")


# --- backend selection and the chime ------------------------------------------------


def test_make_speaker_falls_back_to_chime_and_warns_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, fresh_voice_logs: None
) -> None:
    with caplog.at_level(logging.DEBUG, logger="hall_desktop.voice"):
        first = make_speaker("zh_CN")
        second = make_speaker("zh_CN")
    if isinstance(first, TextToSpeechSpeaker):
        pytest.skip(f"by design: this machine can speak Chinese: {first.name}")
    assert isinstance(first, ChimeSpeaker)
    assert isinstance(second, ChimeSpeaker)
    warnings = [
        r
        for r in caplog.records
        if r.levelno == logging.WARNING and "Speech is unavailable" in r.getMessage()
    ]
    assert len(warnings) == 1


@pytest.mark.requires_tool("qt-texttospeech")
def test_make_speaker_never_picks_mock_unless_asked(qtbot: QtBot, fresh_voice_logs: None) -> None:
    # mock speaks English, but only when named explicitly; automatic selection skips it.
    assert isinstance(make_speaker("en", engine="mock"), TextToSpeechSpeaker)
    assert not (
        isinstance(speaker := make_speaker("en"), TextToSpeechSpeaker) and speaker.engine == "mock"
    )
    # mock has no Chinese voice: asked for zh_CN it is refused.
    assert isinstance(make_speaker("zh_CN", engine="mock"), ChimeSpeaker)


def test_missing_qt_modules_mean_chime_without_sound(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fresh_voice_logs: None
) -> None:
    # A None entry in sys.modules makes the import raise ImportError, as on a bare machine.
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    speaker = make_speaker("zh_CN")
    assert isinstance(speaker, ChimeSpeaker)
    assert not speaker.audible
    with pytest.raises(SpeechUnavailable):
        TextToSpeechSpeaker("mock", "en")


def test_chime_speaker_finishes_without_audio_device(qtbot: QtBot) -> None:
    speaker = ChimeSpeaker()
    assert speaker.duration_ms == 1400  # the shipped chime's length
    with qtbot.waitSignal(speaker.finished, timeout=4000):
        speaker.say("请 A 零 一 二 号到 3 号窗口办理")


def test_chime_speaker_with_missing_file_still_keeps_rhythm(qtbot: QtBot, tmp_path: Path) -> None:
    speaker = ChimeSpeaker(tmp_path / "missing.wav", min_duration_ms=100)
    assert not speaker.audible
    assert speaker.duration_ms == 100
    with qtbot.waitSignal(speaker.finished, timeout=2000):
        speaker.say("x")


# --- the real mock engine -----------------------------------------------------------


@pytest.mark.requires_tool("qt-texttospeech")
def test_mock_engine_speaks_english_and_finishes(qtbot: QtBot) -> None:
    speaker = TextToSpeechSpeaker("mock", "en")
    assert speaker.locale.name() == "en_US"
    with qtbot.waitSignal(speaker.finished, timeout=5000):
        speaker.say("Number A 0 1 2, please go to window 3")


@pytest.mark.requires_tool("qt-texttospeech")
def test_mock_engine_has_no_chinese_voice() -> None:
    with pytest.raises(SpeechUnavailable, match="no voice for zh_CN"):
        TextToSpeechSpeaker("mock", "zh_CN")


@pytest.mark.requires_tool("qt-texttospeech")
def test_announcer_over_mock_engine(qtbot: QtBot) -> None:
    speaker = TextToSpeechSpeaker("mock", "en")
    announcer = Announcer(
        speaker, times=2, gap_ms=10, template="Number {number}, window {window}", language="en"
    )
    started: list[str] = []
    announcer.started.connect(started.append)
    with qtbot.waitSignal(announcer.idle, timeout=10000):
        announcer.announce("A012", 3)
    assert started == ["Number A 0 1 2, window 3"] * 2


# --- the shipped chime --------------------------------------------------------------


def test_shipped_chime_is_a_small_valid_wav() -> None:
    assert CHIME.stat().st_size < 100_000
    with wave.open(str(CHIME), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert 0.5 <= wav.getnframes() / wav.getframerate() <= 3.0


def test_shipped_chime_is_what_render_chime_produces(tmp_path: Path) -> None:
    target = tmp_path / "chime.wav"
    render_chime(target)
    assert target.read_bytes() == CHIME.read_bytes()
