"""Voice announcements of the hall display (叫号语音).

A call is announced as the settings' template filled in, for example
"请 A 零 一 二 号到 3 号窗口办理": the ticket number is read character by character so
the speech engine says "零一二" rather than "十二". Each call is spoken ``announce_times``
times; calls are queued by :class:`Announcer` so two calls never talk over each other.

Speech comes from QtTextToSpeech with a voice for the configured language. Where there is
no engine, no such voice, or not even the Qt module (``import PySide6.QtTextToSpeech``
raises ImportError on a machine without libpulse), :func:`make_speaker` falls back to
:class:`ChimeSpeaker`, which plays the project's own chime (``resources/sounds/chime.wav``)
and stays silent without an audio output. Nothing here raises for lack of audio.
"""

from __future__ import annotations

import logging
import wave
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal

from hall_desktop.domain.hall_defaults import DEFAULT_ANNOUNCE
from hall_desktop.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("hall_desktop.voice")

DEFAULT_TEMPLATE: str = DEFAULT_ANNOUNCE
ENGLISH_TEMPLATE = "Number {number}, please go to window {window}"
DEFAULT_LANGUAGE: str = "zh_CN"
_CHINESE_DIGITS = dict(zip("0123456789", "零一二三四五六七八九", strict=True))
# The mock engine only exists for tests; a hall must never "speak" through it.
_TEST_ONLY_ENGINES = frozenset({"mock"})

# make_speaker() runs once per display, but a reconnecting display may build it again:
# say "no speech" once per process, not on every reconnect.
_unavailable_logged = False
_silent_chime_logged = False


def _is_chinese(language: str) -> bool:
    return QLocale(language).language() == QLocale.Language.Chinese


def spoken_number(number: str, language: str) -> str:
    """The ticket number as it should be read: one character at a time.

    Letters and other characters are kept as they are; digits become Chinese numerals
    (零一二…九) for a Chinese language ("zh", "zh_CN", …) and stay Arabic digits otherwise.
    Characters are separated by single spaces, whitespace in ``number`` is dropped::

        spoken_number("A012", "zh_CN") == "A 零 一 二"
        spoken_number("A012", "en") == "A 0 1 2"
    """
    chinese = _is_chinese(language)
    return " ".join(
        _CHINESE_DIGITS.get(ch, ch) if chinese else ch for ch in number if not ch.isspace()
    )


def announcement_text(template: str, number: str, window_number: int, language: str) -> str:
    """The sentence to speak: ``template`` with ``{number}`` (spoken) and ``{window}``.

    A malformed template (unknown placeholder, stray brace, positional field) falls back
    to the default Chinese template with a warning: a typo in the settings must not
    silence the hall.
    """
    values = {"number": spoken_number(number, language), "window": window_number}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as e:
        log.warning(
            "Announcement template %r is malformed (%s: %s); using the default %r",
            template,
            type(e).__name__,
            e,
            DEFAULT_TEMPLATE,
        )
        return DEFAULT_TEMPLATE.format(**values)


class SpeechUnavailable(RuntimeError):
    """A text-to-speech engine cannot speak the requested language here."""


class Speaker(QObject):
    """Something that speaks one utterance at a time and says when it is done.

    ``say`` must not block; ``finished`` is emitted once per ``say`` when the utterance
    is over (possibly late, or never for a broken backend: :class:`Announcer` has a
    watchdog for that).
    """

    finished = Signal()
    name: str = "speaker"

    def say(self, text: str) -> None:
        raise NotImplementedError


def _text_to_speech_class() -> type[QTextToSpeech] | None:
    """QTextToSpeech, or None where the Qt module cannot be loaded (e.g. no libpulse)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as e:
        log.debug("PySide6.QtTextToSpeech cannot be imported: %s", e)
        return None
    return QTextToSpeech


def _best_locale(candidates: list[QLocale], language: str) -> QLocale | None:
    """The candidate closest to ``language``: same language required, then script/territory.

    For zh_CN that prefers a Simplified-Chinese mainland voice but accepts any Chinese one.
    """
    wanted = QLocale(language)
    matching = [loc for loc in candidates if loc.language() == wanted.language()]
    if not matching:
        return None

    def closeness(loc: QLocale) -> tuple[bool, bool, bool]:
        return (
            loc.name() == wanted.name(),
            loc.script() == wanted.script(),
            loc.territory() == wanted.territory(),
        )

    return max(matching, key=closeness)  # max keeps the first of equals: engine order


class TextToSpeechSpeaker(Speaker):
    """Speaks through a QtTextToSpeech engine with a voice for ``language``.

    Raises :class:`SpeechUnavailable` when the module cannot be imported, the engine fails
    to load, or it has no voice for the language.
    """

    def __init__(self, engine: str, language: str, parent: QObject | None = None) -> None:
        tts_class = _text_to_speech_class()
        if tts_class is None:
            raise SpeechUnavailable("the Qt text-to-speech module cannot be loaded")
        # Check the engine before creating our QObject: a refused engine leaves nothing
        # parented behind.
        tts = tts_class(engine)
        if tts.state() == tts_class.State.Error:
            reason = tts.errorString() or "unknown error"
            raise SpeechUnavailable(f"text-to-speech engine {engine!r} failed: {reason}")
        locale = _best_locale([*tts.availableLocales(), tts.locale()], language)
        if locale is None:
            offered = ", ".join(sorted({loc.name() for loc in tts.availableLocales()}))
            raise SpeechUnavailable(
                f"text-to-speech engine {engine!r} has no voice for {language} "
                f"(it offers: {offered or 'nothing'})"
            )
        tts.setLocale(locale)
        voices = tts.availableVoices()
        if voices:
            tts.setVoice(voices[0])

        super().__init__(parent)
        tts.setParent(self)
        self._tts = tts
        self._states = tts_class.State
        self._active = False  # between say() and the engine's return to Ready/Error
        self.engine = engine
        self.locale = tts.locale()
        self.name = f"QTextToSpeech({engine}, {self.locale.name()}, {tts.voice().name()})"
        tts.stateChanged.connect(self._on_state_changed)

    def say(self, text: str) -> None:
        if self._tts.state() == self._states.Error:
            log.warning(
                "%s is in error (%s); skipping %r", self.name, self._tts.errorString(), text
            )
            # Asynchronously, like a real end of speech: callers need not expect re-entry.
            QTimer.singleShot(0, self.finished.emit)
            return
        self._active = True
        self._tts.say(text)

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        # The engine may report Speaking synchronously inside say(); only the way back to
        # Ready (or to Error) ends the utterance. Paused is not an end.
        if self._active and state in (self._states.Ready, self._states.Error):
            self._active = False
            if state == self._states.Error:
                log.warning("%s failed while speaking: %s", self.name, self._tts.errorString())
            self.finished.emit()


def _wav_duration_ms(path: Path) -> int | None:
    try:
        with wave.open(str(path), "rb") as wav:
            return round(wav.getnframes() * 1000 / wav.getframerate())
    except (OSError, EOFError, wave.Error, ZeroDivisionError) as e:
        log.warning("Cannot read the chime %s: %s", path, e)
        return None


def _sound_effect(path: Path, parent: QObject) -> QSoundEffect | None:
    """A QSoundEffect for ``path``, or None without QtMultimedia or any audio output."""
    global _silent_chime_logged
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as e:
        reason = f"QtMultimedia cannot be loaded ({e})"
    else:
        if not path.is_file():
            reason = f"{path} is missing"
        elif not QMediaDevices.audioOutputs():
            reason = "there is no audio output device"
        else:
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            return effect
    if not _silent_chime_logged:
        _silent_chime_logged = True
        log.info("The chime is silent: %s", reason)
    return None


class ChimeSpeaker(Speaker):
    """Plays the chime instead of speaking; ``finished`` follows after the chime's length.

    The timer runs even when nothing can be played, so the announcement queue keeps the
    same rhythm with or without sound.
    """

    name = "chime"

    def __init__(
        self,
        path: Path | None = None,
        *,
        min_duration_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path if path is not None else resources_dir() / "sounds" / "chime.wav"
        self.duration_ms = max(min_duration_ms, _wav_duration_ms(self.path) or 0)
        self._effect = _sound_effect(self.path, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finished.emit)

    @property
    def audible(self) -> bool:
        """Whether the chime actually reaches an audio output."""
        return self._effect is not None

    def say(self, text: str) -> None:
        log.debug("Chime for %r", text)
        if self._effect is not None:
            self._effect.play()
        self._timer.start(self.duration_ms)


def make_speaker(language: str, engine: str | None = None) -> Speaker:
    """The speaker the display uses: a real voice for ``language``, else the chime.

    With ``engine`` only that engine is tried (any name, "mock" included); otherwise the
    installed engines in Qt's order, except the test-only "mock".
    """
    global _unavailable_logged
    reasons: list[str] = []
    tts_class = _text_to_speech_class()
    if tts_class is None:
        reasons.append("the Qt text-to-speech module cannot be loaded")
    else:
        names = (
            [engine]
            if engine is not None
            else [n for n in tts_class.availableEngines() if n not in _TEST_ONLY_ENGINES]
        )
        if not names:
            reasons.append("no text-to-speech engine is installed")
        for name in names:
            try:
                speaker = TextToSpeechSpeaker(name, language)
            except SpeechUnavailable as e:
                reasons.append(str(e))
            else:
                log.info("Announcements speak through %s", speaker.name)
                return speaker
    if not _unavailable_logged:
        _unavailable_logged = True
        log.warning(
            "Speech is unavailable for %s (%s): calls are announced with a chime only",
            language,
            "; ".join(reasons),
        )
    else:
        log.debug("Speech still unavailable for %s: %s", language, "; ".join(reasons))
    return ChimeSpeaker()


class Announcer(QObject):
    """Queues announcements and speaks them strictly one after another.

    ``announce`` adds ``times`` utterances; the next ``say`` starts only after the speaker's
    ``finished`` and a ``gap_ms`` pause. A watchdog moves on if the speaker never reports
    the end. The queue holds at most ``max_pending`` utterances: after a burst (e.g. a
    backlog replayed on reconnect) the oldest unspoken ones are dropped.

    A speaker's late ``finished`` for an utterance the watchdog gave up on may end the
    following utterance's wait early; a real engine interrupts itself on a new ``say``
    anyway, so the queue's order is never broken.
    """

    started = Signal(str)
    idle = Signal()

    def __init__(
        self,
        speaker: Speaker,
        *,
        times: int = 2,
        gap_ms: int = 600,
        template: str = DEFAULT_TEMPLATE,
        language: str = DEFAULT_LANGUAGE,
        max_pending: int = 20,
        watchdog_base_ms: int = 1500,
        watchdog_per_char_ms: int = 350,
        watchdog_min_ms: int = 4000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        if speaker.parent() is None:
            # Deleted with the announcer by Qt, in the GUI thread: a speaker collected by
            # Python in a worker thread would leave its running timer dangling.
            speaker.setParent(self)
        self.times = max(1, times)  # a call is never silent, even with times = 0
        self.template = template
        self.language = language
        self.max_pending = max(1, max_pending)
        self._watchdog_base_ms = watchdog_base_ms
        self._watchdog_per_char_ms = watchdog_per_char_ms
        self._watchdog_min_ms = watchdog_min_ms
        self._queue: deque[str] = deque()
        self._speaking = False
        self._current = ""
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.setInterval(max(0, gap_ms))
        self._gap.timeout.connect(self._start_next)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)
        speaker.finished.connect(self._on_finished)

    @property
    def pending(self) -> int:
        """Utterances waiting, not counting the one being spoken."""
        return len(self._queue)

    @property
    def speaking(self) -> bool:
        """Whether an utterance is in progress (said, not yet finished)."""
        return self._speaking

    def configure(self, template: str, times: int) -> None:
        """The hall's voice settings (大厅设置); the default Chinese template is spoken in
        English when the display runs in English."""
        if self.language == "en" and template == DEFAULT_TEMPLATE:
            template = ENGLISH_TEMPLATE
        self.template = template
        self.times = max(1, times)  # a call is never silent

    def announce(self, number: str, window_number: int) -> None:
        """Queue the call of ``number`` to ``window_number``; a recall is just another call."""
        text = announcement_text(self.template, number, window_number, self.language)
        self._queue.extend([text] * self.times)
        dropped = 0
        while len(self._queue) > self.max_pending:
            self._queue.popleft()
            dropped += 1
        if dropped:
            log.warning(
                "Announcement backlog over %d: dropped the %d oldest unspoken",
                self.max_pending,
                dropped,
            )
        if not self._speaking and not self._gap.isActive():
            self._start_next()

    def clear(self) -> None:
        """Drop everything queued; an utterance in progress still ends normally."""
        had_pending = bool(self._queue)
        self._queue.clear()
        if had_pending and not self._speaking:
            self._gap.stop()
            self.idle.emit()

    def _watchdog_ms(self, text: str) -> int:
        estimate = self._watchdog_base_ms + self._watchdog_per_char_ms * len(text)
        return max(self._watchdog_min_ms, estimate)

    def _start_next(self) -> None:
        if self._speaking or not self._queue:
            return
        text = self._queue.popleft()
        self._speaking = True
        self._current = text
        # Start the watchdog before say(): a speaker may finish synchronously inside it.
        self._watchdog.start(self._watchdog_ms(text))
        self.started.emit(text)
        try:
            self.speaker.say(text)
        except Exception:
            log.exception("%s failed to say %r", self.speaker.name, text)
            self._on_finished()

    def _on_watchdog(self) -> None:
        log.warning(
            "%s did not report the end of %r in time; moving on", self.speaker.name, self._current
        )
        self._on_finished()

    def _on_finished(self) -> None:
        if not self._speaking:
            return  # a late finished after the watchdog moved on
        self._speaking = False
        self._watchdog.stop()
        # The pause also follows the last utterance, so a call arriving right after it
        # does not start back-to-back.
        self._gap.start()
        if not self._queue:
            self.idle.emit()
