"""``hall-desktop db password`` against a real PostgreSQL server, and the TLS setting
reaching the driver (PostgreSQL only: SQLite has no password or TLS)."""

from __future__ import annotations

import io
import json

import psycopg
import pytest
from sqlalchemy.engine import make_url

from hall_desktop.cli import main
from hall_desktop.config import load_settings
from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.store import schema
from hall_desktop.store.database import parse_db_url
from tests.conftest import require_backend


@pytest.fixture
def pg_server(database_urls):
    return require_backend(database_urls, "postgresql")


@pytest.fixture
def kept(monkeypatch, tmp_path):
    path = tmp_path / "credentials.json"
    monkeypatch.setenv("HALL_CREDENTIALS_FILE", str(path))
    monkeypatch.setenv("HALL_SETTINGS_FILE", str(tmp_path / "no-settings.toml"))
    monkeypatch.delenv("HALL_DB_URL", raising=False)
    return path


def _without_password(url) -> str:
    return url.set(drivername="postgresql", password=None).render_as_string()


def test_the_password_is_checked_kept_and_forgotten(pg_server, kept, monkeypatch, capsys):
    url = _without_password(pg_server)
    monkeypatch.setattr("sys.stdin", io.StringIO("the-password\n"))
    assert main(["--db", url, "db", "password"]) == 0
    assert "已把" in capsys.readouterr().out
    u = make_url(url)
    key = f"{u.username}@{u.host}:{u.port or 5432}/{u.database}"
    assert json.loads(kept.read_text(encoding="utf-8")) == {key: "the-password"}
    # Every later start connects with it.
    assert make_url(load_settings({"db_url": url}).db_url).password == "the-password"
    assert main(["--db", url, "db", "password", "--forget"]) == 0
    assert "已删除" in capsys.readouterr().out
    assert json.loads(kept.read_text(encoding="utf-8")) == {}
    assert main(["--db", url, "db", "password", "--forget"]) == 0
    assert "没有保存" in capsys.readouterr().out


def test_a_password_that_cannot_connect_is_not_kept(pg_server, kept, monkeypatch, capsys):
    unreachable = _without_password(pg_server.set(host="127.0.0.1", port=1))
    monkeypatch.setattr("sys.stdin", io.StringIO("whatever\n"))
    assert main(["--db", unreachable, "db", "password"]) != 0
    assert "无法连接数据库" in capsys.readouterr().err
    assert not kept.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["--db", _without_password(pg_server), "db", "password"]) != 0
    assert "密码为空" in capsys.readouterr().err
    assert main(["--db", "sqlite:///x.sqlite3", "db", "password"]) != 0
    assert "只有带用户名的 PostgreSQL" in capsys.readouterr().err


def test_the_tls_setting_reaches_the_driver(pg_server, kept):
    """``db_sslmode = "require"``: with a server without TLS the connection is refused in
    Chinese; with one that has it, it connects (over TLS)."""
    plain = pg_server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        server_has_tls = conn.execute("SHOW ssl").fetchone() == ("on",)
    settings = load_settings(
        {"db_url": plain},
        environ={"HALL_DB_SSLMODE": "require", "HALL_CREDENTIALS_FILE": str(kept)},
    )
    assert dict(make_url(settings.db_url).query)["sslmode"] == "require"
    url = parse_db_url(settings.db_url)
    if server_has_tls:
        assert schema.schema_status(url).head
    else:
        with pytest.raises(DatabaseUnavailable, match="无法连接数据库"):
            schema.schema_status(url)
