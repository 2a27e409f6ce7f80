"""The display's last picture (最后画面): what it showed, kept on this PC for its next start.

A display PC restarted during the day (a power cut, an update, a crash) shows what it
showed before (the calls, the windows, the queues) a few hundred milliseconds after it
starts, instead of an empty screen while the database code loads and the hall is read.
The hall's live picture replaces it as soon as it is read, normally within a second; a
database that is away is said by the usual banner while the last picture stays. A
picture of another day shows only the hall's name and ticker: yesterday's calls and
windows would mislead.

Only what the screen shows is kept (numbers, windows, queues; no clerk's name or ticket
id), in a file of this PC's user (0600). Plain Qt and JSON: this is read before SQLAlchemy
is loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from PySide6.QtCore import QObject, QTimer

from hall_desktop.domain.estimates import WaitEstimate
from hall_desktop.domain.tickets import WindowStatus
from hall_desktop.private_files import private_dir, private_opener
from hall_desktop.services.dto import CallRecord, LineStatus, WindowState

log = logging.getLogger(__name__)

VERSION = 2  # 2: the wait estimate with its range (issue 24)
#: ``HALL_CACHE_DIR`` overrides where the pictures are kept (tests, benchmarks).
CACHE_ENV = "HALL_CACHE_DIR"
#: A picture older than this is not shown as the hall's state, even on the same day.
MAX_AGE = timedelta(hours=12)
#: A picture "from the future" by more than this comes from a clock that was wrong.
CLOCK_SLACK = timedelta(minutes=5)
#: How often at most a changing picture is written.
SAVE_DELAY_MS = 2000


@dataclass(frozen=True)
class LastPicture:
    """What the display showed: the hall's name and ticker, and (same day only) the
    windows, the recent calls and the queues."""

    hall_code: str
    saved_at: datetime  # aware
    zone: str  # the hall's time zone (IANA name)
    name: str
    notice: str  # the hall's ticker text
    dispatched: tuple[str, datetime] | None  # a supervisor's notice and its end
    windows: tuple[WindowState, ...] = ()
    recent: tuple[CallRecord, ...] = ()
    lines: tuple[LineStatus, ...] = ()

    @property
    def day(self) -> date:
        """The hall's day the picture was taken on."""
        return self.saved_at.astimezone(ZoneInfo(self.zone)).date()

    @property
    def has_floor(self) -> bool:
        """Whether it holds the hall's floor (windows, calls, queues) or only its name."""
        return bool(self.windows or self.recent or self.lines)

    def without_floor(self) -> LastPicture:
        return LastPicture(
            self.hall_code, self.saved_at, self.zone, self.name, self.notice, self.dispatched
        )


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("hall-desktop", appauthor=False)) / "display"


def picture_path(db_url: str, hall_code: str) -> Path:
    """One file per database and hall (the address is hashed: it may hold a password)."""
    key = hashlib.sha256(f"{db_url}\n{hall_code}".encode()).hexdigest()[:20]
    return cache_dir() / f"last-picture-{key}.json"


# -- writing ----------------------------------------------------------------------------


def _window(w: WindowState) -> dict[str, Any]:
    return {
        "id": w.window_id,
        "number": w.number,
        "name": w.name,
        "kind": w.kind,
        "state": w.state.value,
        "current": w.current_number,
        "lines": list(w.line_ids),
    }


def _call(c: CallRecord) -> dict[str, Any]:
    return {
        "event": c.event_id,
        "at": c.at.isoformat(),
        "number": c.number,
        "window": c.window_number,
        "kind": c.kind,
        "step": c.step_text,
    }


def _line(line: LineStatus) -> dict[str, Any]:
    return {
        "id": line.line_id,
        "prefix": line.prefix,
        "name": line.name,
        "waiting": line.waiting,
        "issued": line.issued_today,
        "limit": line.daily_limit,
        "wait": [line.wait.seconds, line.wait.low_minutes, line.wait.high_minutes],
        "service_seconds": line.average_service_seconds,
        "open_windows": line.open_windows,
        "closed": line.closed_reason,
    }


def _wait(raw: Any) -> WaitEstimate:
    seconds, low, high = raw
    return WaitEstimate(None if seconds is None else int(seconds), int(low), int(high))


def encode(picture: LastPicture) -> str:
    dispatched = picture.dispatched
    notice = None if dispatched is None else [dispatched[0], dispatched[1].isoformat()]
    return json.dumps(
        {
            "version": VERSION,
            "hall_code": picture.hall_code,
            "saved_at": picture.saved_at.isoformat(),
            "zone": picture.zone,
            "name": picture.name,
            "notice": picture.notice,
            "dispatched": notice,
            "windows": [_window(w) for w in picture.windows],
            "recent": [_call(c) for c in picture.recent],
            "lines": [_line(line) for line in picture.lines],
        },
        ensure_ascii=False,
    )


def save(path: Path, picture: LastPicture) -> bool:
    """Write ``picture`` whole or not at all (a power cut mid-write leaves the previous
    one); a failure is logged, never raised: the screen goes on without it."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        private_dir(path.parent)
        with open(temporary, "w", encoding="utf-8", opener=private_opener) as out:
            out.write(encode(picture))
        os.replace(temporary, path)
    except OSError:
        log.warning("could not keep the display's last picture in %s", path, exc_info=True)
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True


# -- reading ----------------------------------------------------------------------------


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("a time without its zone")
    return value


def decode(text: str) -> LastPicture:
    """The picture in ``text``; ValueError (or KeyError, TypeError) if it is not one."""
    raw = json.loads(text)
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise ValueError("not a last picture of this version")
    dispatched = raw["dispatched"]
    ZoneInfo(str(raw["zone"]))  # a zone this PC does not know: not usable
    return LastPicture(
        hall_code=str(raw["hall_code"]),
        saved_at=_aware(raw["saved_at"]),
        zone=str(raw["zone"]),
        name=str(raw["name"]),
        notice=str(raw["notice"]),
        dispatched=None if dispatched is None else (str(dispatched[0]), _aware(dispatched[1])),
        windows=tuple(
            WindowState(
                window_id=int(w["id"]),
                number=int(w["number"]),
                name=str(w["name"]),
                kind=str(w["kind"]),
                state=WindowStatus(w["state"]),
                current_number=None if w["current"] is None else str(w["current"]),
                current_ticket_id=None,
                pause_reason=None,
                clerk_id=None,
                clerk_name=None,
                clerk_staff_number=None,
                line_ids=tuple(int(n) for n in w["lines"]),
            )
            for w in raw["windows"]
        ),
        recent=tuple(
            CallRecord(
                event_id=int(c["event"]),
                at=_aware(c["at"]),
                number=str(c["number"]),
                window_number=int(c["window"]),
                kind=str(c["kind"]),
                step_text=None if c["step"] is None else str(c["step"]),
            )
            for c in raw["recent"]
        ),
        lines=tuple(
            LineStatus(
                line_id=int(line["id"]),
                prefix=str(line["prefix"]),
                name=str(line["name"]),
                waiting=int(line["waiting"]),
                issued_today=int(line["issued"]),
                daily_limit=None if line["limit"] is None else int(line["limit"]),
                wait=_wait(line["wait"]),
                average_service_seconds=float(line["service_seconds"]),
                open_windows=int(line["open_windows"]),
                closed_reason=None if line["closed"] is None else str(line["closed"]),
            )
            for line in raw["lines"]
        ),
    )


def load(path: Path, hall_code: str, now: datetime) -> LastPicture | None:
    """The picture to show at a start at ``now`` (aware): None without a usable one (none
    kept, unreadable, another hall's); without its floor when it is of another day of the
    hall, older than :data:`MAX_AGE` or from a clock that was ahead."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("could not read the display's last picture %s", path, exc_info=True)
        return None
    try:
        picture = decode(text)
    except (ValueError, KeyError, TypeError, IndexError, ZoneInfoNotFoundError):
        log.warning("the display's last picture %s is not usable; ignored", path)
        return None
    if picture.hall_code != hall_code:
        return None
    age = now - picture.saved_at
    same_day = picture.day == now.astimezone(ZoneInfo(picture.zone)).date()
    if not same_day or age > MAX_AGE or age < -CLOCK_SLACK:
        return picture.without_floor()
    return picture


class PictureKeeper(QObject):
    """Keeps the screen's picture when it changes (:meth:`changed`): at once, then at
    most once per :data:`SAVE_DELAY_MS` (a busy hall changes it several times a second),
    and at the end (:meth:`flush`). Nothing is kept before the hall's floor was shown
    live (:meth:`floor_shown`): until then the screen shows the picture kept last time,
    or a part of the hall only. ``take`` gives the picture the screen shows now."""

    def __init__(
        self, path: Path, take: Callable[[], LastPicture | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._take = take
        self._pending = False
        self._live = False
        self._cooling = QTimer(self)  # running: a picture was kept less than a delay ago
        self._cooling.setSingleShot(True)
        self._cooling.timeout.connect(self._on_cooled)

    def floor_shown(self, *_: object) -> None:
        """The hall's floor (windows, calls, queues) was read and shown."""
        self._live = True
        self.changed()

    def changed(self, *_: object) -> None:
        if not self._live:
            return
        self._pending = True
        if not self._cooling.isActive():
            self.flush()
            self._cooling.start(SAVE_DELAY_MS)

    def _on_cooled(self) -> None:
        if self._pending:
            self.flush()
            self._cooling.start(SAVE_DELAY_MS)

    def flush(self) -> None:
        """Keep the picture now if it changed since it was last kept."""
        if not self._pending:
            return
        picture = self._take()
        if picture is not None and save(self.path, picture):
            self._pending = False
