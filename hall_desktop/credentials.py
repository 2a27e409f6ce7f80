"""The shared database's password, kept out of the settings file (数据库密码保管).

A hall's PCs connect to PostgreSQL with a user and a password. The settings file names
the server (``db_url = "postgresql://hall_desk@dbserver:5432/hall"``) without the
password; ``hall-desktop db password`` asks for it once, checks it against the server
and keeps it:

- on Windows in the system's credential store (Windows 凭据管理器) through
  ``keyring``, under the service :data:`SERVICE` and the key :func:`key_for` names;
- elsewhere, or when no credential store answers, in ``credentials.json`` beside the
  settings file (``HALL_CREDENTIALS_FILE`` elsewhere), readable by its owner only
  (:mod:`hall_desktop.private_files`), written whole or not at all.

:func:`resolved_db_url` gives the URL the program connects with: the settings' URL,
its password from the store when the URL has a user and none of its own, and the
connection's TLS settings (``db_sslmode``, ``db_sslrootcert``) as libpq parameters.
A password written in the settings file itself still works, with a warning.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from hall_desktop.domain.errors import ValidationError
from hall_desktop.private_files import private_dir, private_opener

SERVICE = "hall-desktop"
FILE_NAME = "credentials.json"
#: libpq's TLS modes, weakest first (``db_sslmode``); "" keeps the driver's default.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: The modes that check the server's certificate against a CA: they need its file.
VERIFYING = ("verify-ca", "verify-full")
log = logging.getLogger(__name__)


class PasswordStore(Protocol):
    """Where passwords are kept, by key."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, password: str) -> None: ...

    def delete(self, key: str) -> bool: ...

    @property
    def where(self) -> str:
        """Where it keeps them, in words for the person who ran the command."""
        ...


def key_for(username: str, host: str | None, port: int | None, database: str | None) -> str:
    """The key a server's password is kept under: ``user@host:port/database``."""
    return f"{username}@{host or 'localhost'}:{port or 5432}/{database or ''}"


class FileStore:
    """Passwords in a JSON file readable by its owner only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def where(self) -> str:
        return f"文件 {self.path}（仅本用户可读）"

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            raise ValidationError("credentials", f"数据库密码文件 {self.path} 无法读取：{e}") from e
        if not isinstance(data, dict):
            raise ValidationError("credentials", f"数据库密码文件 {self.path} 格式不正确")
        return {str(k): str(v) for k, v in data.items()}

    def _write(self, data: dict[str, str]) -> None:
        private_dir(self.path.parent)
        partial = self.path.with_name(self.path.name + ".new")
        with open(partial, "w", encoding="utf-8", opener=private_opener) as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, self.path)

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def set(self, key: str, password: str) -> None:
        data = self._read()
        data[key] = password
        self._write(data)

    def delete(self, key: str) -> bool:
        data = self._read()
        if key not in data:
            return False
        del data[key]
        self._write(data)
        return True


class KeyringStore:
    """Passwords in the system's credential store (``keyring``'s backend)."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    @property
    def where(self) -> str:
        return "系统凭据管理器"

    def get(self, key: str) -> str | None:
        found: str | None = self.backend.get_password(SERVICE, key)
        return found

    def set(self, key: str, password: str) -> None:
        self.backend.set_password(SERVICE, key, password)

    def delete(self, key: str) -> bool:
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            return False
        return True


def credentials_file(environ: Mapping[str, str] | None = None) -> Path:
    """``HALL_CREDENTIALS_FILE``, else ``credentials.json`` beside the settings file."""
    environ = os.environ if environ is None else environ
    given = environ.get("HALL_CREDENTIALS_FILE")
    if given:
        return Path(given)
    settings_file = environ.get("HALL_SETTINGS_FILE")
    if settings_file:
        return Path(settings_file).with_name(FILE_NAME)
    from hall_desktop.config import default_settings_file

    return default_settings_file().with_name(FILE_NAME)


def system_keyring() -> Any | None:
    """The system's credential store when one answers (Windows: 凭据管理器), else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency; a build that lost it
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    return backend


def password_store(
    *, use_system: bool | None = None, environ: Mapping[str, str] | None = None
) -> PasswordStore:
    """Windows: the credential store (when it answers); elsewhere the owner-only file."""
    if use_system is None:
        use_system = sys.platform == "win32"
    if use_system:
        backend = system_keyring()
        if backend is not None:
            return KeyringStore(backend)
        log.warning("no system credential store answered; the password file is used")
    return FileStore(credentials_file(environ))


def check_tls_settings(sslmode: str, sslrootcert: str) -> None:
    """Refuse TLS settings the connection could not honour, in Chinese."""
    if sslmode and sslmode not in SSL_MODES:
        raise ValidationError(
            "db_sslmode",
            f"设置项 db_sslmode 应为 {'、'.join(SSL_MODES)} 之一，实际为“{sslmode}”",
        )
    if sslmode in VERIFYING and not sslrootcert:
        raise ValidationError(
            "db_sslrootcert",
            f"db_sslmode 为 {sslmode} 时须用 db_sslrootcert 指定数据库服务器的 CA 证书文件",
        )
    if sslrootcert and not Path(sslrootcert).expanduser().is_file():
        raise ValidationError("db_sslrootcert", f"找不到 CA 证书文件：{sslrootcert}")


def resolved_db_url(
    raw: str,
    *,
    sslmode: str = "",
    sslrootcert: str = "",
    store: PasswordStore | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The URL to connect with (see the module's docstring); SQLite's as given. The
    password store (``store``, else :func:`password_store`) is opened only when a
    password is looked up."""
    check_tls_settings(sslmode, sslrootcert)
    raw = raw.strip()
    scheme, sep, _rest = raw.partition("://")
    if not sep or scheme.split("+")[0] not in ("postgresql", "postgres"):
        return raw
    # urllib, not SQLAlchemy: the display paints its first frame before SQLAlchemy loads
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:  # parse_db_url reports a bad URL in Chinese
        return raw
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if sslmode:
        query["sslmode"] = sslmode
    if sslrootcert:
        query["sslrootcert"] = str(Path(sslrootcert).expanduser())
    netloc = parts.netloc
    if parts.username and parts.password is None:
        key = key_for(unquote(parts.username), parts.hostname, port, parts.path.lstrip("/"))
        with contextlib.suppress(ValidationError):  # unreadable: connect without
            found = (store or password_store(environ=environ)).get(key)
            if found is not None:
                user, _at, host = netloc.rpartition("@")
                netloc = f"{user}:{quote(found, safe='')}@{host}"
    elif parts.password is not None:
        log.warning(
            "the database password is written in the settings (db_url); keep it with "
            "`hall-desktop db password` and remove it from db_url"
        )
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))
