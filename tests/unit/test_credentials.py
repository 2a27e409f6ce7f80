"""The database password kept out of the settings file, and the connection's TLS
settings (``hall_desktop.credentials``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy.engine import make_url

from hall_desktop.config import load_settings
from hall_desktop.credentials import (
    SERVICE,
    FileStore,
    KeyringStore,
    key_for,
    password_store,
    resolved_db_url,
)
from hall_desktop.domain.errors import ValidationError

PG = "postgresql://hall_desk@dbserver:5432/hall"
KEY = "hall_desk@dbserver:5432/hall"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.kept:
            raise keyring.errors.PasswordDeleteError("none")
        del self.kept[(service, username)]


@pytest.fixture
def system_keyring():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def test_the_key_names_user_server_and_database():
    assert key_for("hall_desk", "dbserver", 5432, "hall") == KEY
    assert key_for("u", None, None, "d") == "u@localhost:5432/d"


def test_the_file_is_the_owners_only_and_written_whole(tmp_path):
    store = FileStore(tmp_path / "conf" / "credentials.json")
    assert store.get(KEY) is None
    store.set(KEY, "s3cret")
    store.set("other@x:5432/y", "two")
    assert store.get(KEY) == "s3cret"
    if os.name == "posix":
        assert (store.path.stat().st_mode & 0o777) == 0o600
        assert (store.path.parent.stat().st_mode & 0o777) == 0o700
    assert [p.name for p in store.path.parent.iterdir()] == ["credentials.json"]
    assert store.delete(KEY) is True
    assert store.delete(KEY) is False
    assert json.loads(store.path.read_text(encoding="utf-8")) == {"other@x:5432/y": "two"}


def test_a_damaged_file_is_refused_in_chinese(tmp_path):
    path = tmp_path / "credentials.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="数据库密码文件"):
        FileStore(path).get(KEY)
    # connecting then goes on without a password (the server says what is missing)
    assert resolved_db_url(PG, store=FileStore(path)) == PG


def test_the_system_store_is_used_when_it_answers(system_keyring, tmp_path):
    store = password_store(use_system=True, environ={"HALL_CREDENTIALS_FILE": str(tmp_path)})
    assert isinstance(store, KeyringStore)
    store.set(KEY, "from-keyring")
    assert system_keyring.kept == {(SERVICE, KEY): "from-keyring"}
    assert store.get(KEY) == "from-keyring"
    assert store.delete(KEY) is True and store.delete(KEY) is False


def test_without_a_system_store_the_file_is_used(tmp_path):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        file = tmp_path / "c.json"
        store = password_store(use_system=True, environ={"HALL_CREDENTIALS_FILE": str(file)})
    finally:
        keyring.set_keyring(before)
    assert isinstance(store, FileStore) and store.path == file
    # not Windows: the file, the system store is not asked
    assert isinstance(password_store(use_system=False), FileStore)


def test_the_url_gets_its_kept_password_and_the_tls_settings(tmp_path):
    store = FileStore(tmp_path / "c.json")
    store.set(KEY, "p@ss:w/rd")
    url = make_url(resolved_db_url(PG, store=store))
    assert url.password == "p@ss:w/rd"  # quoted in the URL, read back whole
    assert (url.username, url.host, url.port, url.database) == (
        "hall_desk",
        "dbserver",
        5432,
        "hall",
    )
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    tls = make_url(
        resolved_db_url(
            PG + "?sslmode=prefer&application_name=x",
            sslmode="verify-full",
            sslrootcert=str(ca),
            store=store,
        )
    )
    assert dict(tls.query) == {
        "sslmode": "verify-full",  # the setting wins over the URL's own
        "sslrootcert": str(ca),
        "application_name": "x",
    }
    # A URL with its own password keeps it; SQLite is left alone.
    assert make_url(resolved_db_url("postgresql://u:own@h/d", store=store)).password == "own"
    assert resolved_db_url("sqlite:///C:/hall/hall.sqlite3", sslmode="require") == (
        "sqlite:///C:/hall/hall.sqlite3"
    )


def test_a_password_in_the_settings_file_is_warned_about(tmp_path, caplog):
    resolved_db_url("postgresql://u:own@h/d", store=FileStore(tmp_path / "c.json"))
    assert "hall-desktop db password" in caplog.text


@pytest.mark.parametrize(
    ("sslmode", "rootcert", "message"),
    [
        ("required", "", "db_sslmode 应为 disable"),
        ("verify-full", "", "须用 db_sslrootcert 指定"),
        ("verify-ca", "/no/such/ca.pem", "找不到 CA 证书文件"),
        ("require", "/no/such/ca.pem", "找不到 CA 证书文件"),
    ],
)
def test_tls_settings_the_connection_cannot_honour_are_refused(sslmode, rootcert, message):
    with pytest.raises(ValidationError, match=message):
        resolved_db_url(PG, sslmode=sslmode, sslrootcert=rootcert)


def test_load_settings_resolves_the_url(tmp_path):
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text(f'db_url = "{PG}"\ndb_sslmode = "require"\n', encoding="utf-8")
    FileStore(tmp_path / "credentials.json").set(KEY, "kept")
    settings = load_settings(environ={}, settings_file=settings_file)
    assert make_url(settings.db_url).password is None  # the default place: not this one
    environ = {"HALL_SETTINGS_FILE": str(settings_file)}
    settings = load_settings(environ=environ)  # credentials.json beside the settings
    url = make_url(settings.db_url)
    assert (url.password, dict(url.query)) == ("kept", {"sslmode": "require"})


def test_resolving_a_postgresql_url_loads_no_sqlalchemy(tmp_path):
    """The display reads its settings before its first frame, before SQLAlchemy."""
    code = (
        "import sys; from hall_desktop.credentials import resolved_db_url, FileStore;"
        f"print(resolved_db_url({PG!r}, sslmode='require', store=FileStore("
        f"__import__('pathlib').Path({str(tmp_path / 'c.json')!r}))));"
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()
    assert out == [PG + "?sslmode=require", "False"]
