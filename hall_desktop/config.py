"""Typed settings: CLI flag > environment (``HALL_*``) > TOML settings file > defaults.

The settings file lives in the platform's config directory (``settings.toml``), or where
``HALL_SETTINGS_FILE`` points. With no settings at all the program runs on an embedded
SQLite file in the platform's data directory.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_type_hints

import platformdirs

from hall_desktop.domain.errors import ValidationError

APP_NAME = "hall-desktop"
log = logging.getLogger(__name__)


def default_db_url() -> str:
    data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{data_dir / 'hall.sqlite3'}"


def default_settings_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    #: PostgreSQL over TLS: libpq's ``sslmode`` (disable … verify-full; "" the driver's
    #: default) and the CA file that checks the server's certificate (verify-ca/-full).
    db_sslmode: str = ""
    db_sslrootcert: str = ""
    hall_code: str = "demo"
    window: int | None = None  # the window number this PC serves (clerk, terminal)
    screen: int | None = None  # the screen the display opens on
    hold_minutes: int = 0
    printer: str = ""  # ticket slips (80 mm); empty: no printer configured
    document_printer: str = ""  # A4 letters (一次性告知书); empty: the default printer
    language: str = "zh_CN"
    log_level: str = "INFO"
    #: A keyboard is attached to the terminal (评价器): free text besides the tapped notes.
    terminal_keyboard: bool = False
    #: The self-service kiosk (自助取号机): its device account (a staff account with
    #: only the role 自助取号机), logged in by the program at start, and the seconds
    #: without a touch after which it returns to its start screen.
    kiosk_login: str = ""
    kiosk_password: str = ""
    kiosk_idle_seconds: int = 30

    def with_overrides(self, values: Mapping[str, Any]) -> Settings:
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in values.items() if k in known and v is not None})


_TRUE = {"1", "true", "yes", "on", "是"}
_FALSE = {"0", "false", "no", "off", "否", ""}


def _coerce(name: str, raw: Any, kind: Any) -> Any:
    text = str(raw).strip()
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise ValidationError(name, f"设置项 {name} 应为 true 或 false，实际为“{raw}”")
    if kind == int | None and text == "":
        return None
    if kind in (int, int | None):
        try:
            return int(text)
        except ValueError as e:
            raise ValidationError(name, f"设置项 {name} 应为整数，实际为“{raw}”") from e
    return text


#: Settings that moved into the database (大厅设置, changed in the admin screen); an
#: older settings file that still names them keeps working, with a warning.
MOVED_TO_HALL = frozenset({"notice", "announce_template", "announce_times", "recall_limit"})


def _typed(values: Mapping[str, Any], source: str) -> dict[str, Any]:
    hints = get_type_hints(Settings)
    result: dict[str, Any] = {}
    for key, raw in values.items():
        if key in MOVED_TO_HALL:
            log.warning("%s: %s is now a hall setting (admin screen); ignored here", source, key)
            continue
        if key not in hints:
            raise ValidationError(key, f"{source} 中有未知的设置项：{key}")
        result[key] = _coerce(key, raw, hints[key])
    return result


def read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ValidationError("settings_file", f"设置文件 {path} 格式不正确：{e}") from e
    return _typed(data, str(path))


def read_env(environ: Mapping[str, str]) -> dict[str, Any]:
    names = {f"HALL_{f.name.upper()}": f.name for f in fields(Settings)}
    return _typed({names[k]: v for k, v in environ.items() if k in names}, "环境变量")


def load_settings(
    cli: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    settings_file: Path | None = None,
) -> Settings:
    """Merge the four sources, the first one that names a value winning; the database
    URL then gets its kept password and TLS settings
    (:func:`hall_desktop.credentials.resolved_db_url`)."""
    from hall_desktop.credentials import resolved_db_url

    environ = os.environ if environ is None else environ
    path = settings_file or Path(environ.get("HALL_SETTINGS_FILE") or default_settings_file())
    settings = Settings().with_overrides(read_toml(path)).with_overrides(read_env(environ))
    settings = settings.with_overrides(cli or {})
    return replace(
        settings,
        db_url=resolved_db_url(
            settings.db_url,
            sslmode=settings.db_sslmode,
            sslrootcert=settings.db_sslrootcert,
            environ=environ,
        ),
    )
