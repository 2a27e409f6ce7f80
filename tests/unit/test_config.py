"""Settings (hall_desktop.config) and database URLs (hall_desktop.store.database.parse_db_url).

Every call passes explicit ``environ`` and ``settings_file``: the real environment and the
real settings file of this PC never reach these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hall_desktop.config import Settings, default_db_url, load_settings
from hall_desktop.domain.errors import HallError, ValidationError
from hall_desktop.store.database import parse_db_url


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "s.toml"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- precedence ------------------------------------------------------------------------


def test_defaults_without_any_source(settings_file: Path) -> None:
    settings = load_settings(cli={}, environ={}, settings_file=settings_file)
    assert not settings_file.exists()
    assert settings.hall_code == "demo"
    assert settings.hold_minutes == 0
    assert settings.window is None
    assert settings.screen is None
    assert settings.language == "zh_CN"
    assert settings.db_url == default_db_url()


def test_default_db_url_is_an_sqlite_file_url() -> None:
    url = Settings().db_url
    assert url.startswith("sqlite:///")
    assert url.endswith("hall.sqlite3")
    parsed = parse_db_url(url)
    assert parsed.drivername == "sqlite+aiosqlite"
    assert parsed.database is not None
    assert Path(parsed.database).is_absolute()
    assert Path(parsed.database).name == "hall.sqlite3"


def test_file_overrides_defaults(settings_file: Path) -> None:
    write(
        settings_file,
        'db_url = "sqlite:////srv/hall/file.sqlite3"\nhall_code = "sz-futian"\n'
        'screen = 1\nwindow = 12\nprinter = "POS-80"\n',
    )
    settings = load_settings(cli={}, environ={}, settings_file=settings_file)
    assert settings.db_url == "sqlite:////srv/hall/file.sqlite3"
    assert settings.hall_code == "sz-futian"
    assert settings.screen == 1
    assert settings.window == 12
    assert settings.printer == "POS-80"
    assert settings.hold_minutes == 0  # untouched: still the default


def test_env_overrides_file(settings_file: Path) -> None:
    write(settings_file, 'hall_code = "file"\nscreen = 5\nhold_minutes = 10\n')
    environ = {
        "HALL_DB_URL": "postgresql://hall@db.example/hall",
        "HALL_HALL_CODE": "env",
        "HALL_SCREEN": "7",
    }
    settings = load_settings(cli={}, environ=environ, settings_file=settings_file)
    assert settings.db_url == "postgresql://hall@db.example/hall"
    assert settings.hall_code == "env"
    assert settings.screen == 7
    assert settings.hold_minutes == 10  # only in the file


def test_cli_overrides_env_and_file(settings_file: Path) -> None:
    write(settings_file, 'db_url = "sqlite:////file.sqlite3"\nhall_code = "file"\n')
    environ = {"HALL_DB_URL": "sqlite:////env.sqlite3", "HALL_HALL_CODE": "env"}
    settings = load_settings(
        cli={"db_url": "sqlite:////cli.sqlite3", "hall_code": "cli"},
        environ=environ,
        settings_file=settings_file,
    )
    assert settings.db_url == "sqlite:////cli.sqlite3"
    assert settings.hall_code == "cli"


def test_none_cli_values_do_not_override(settings_file: Path) -> None:
    write(settings_file, 'db_url = "sqlite:////file.sqlite3"\nscreen = 4\n')
    settings = load_settings(
        cli={"db_url": None, "hall_code": None, "screen": None},
        environ={"HALL_HALL_CODE": "env"},
        settings_file=settings_file,
    )
    assert settings.db_url == "sqlite:////file.sqlite3"
    assert settings.hall_code == "env"
    assert settings.screen == 4


def test_unrelated_cli_keys_are_ignored(settings_file: Path) -> None:
    # The CLI passes its whole namespace; keys that are not settings do not matter.
    settings = load_settings(
        cli={"command": "db", "hall_code": "cli"}, environ={}, settings_file=settings_file
    )
    assert settings.hall_code == "cli"
    assert not hasattr(settings, "command")


@pytest.mark.parametrize(
    ("variable", "attribute", "raw", "expected"),
    [
        ("HALL_HOLD_MINUTES", "hold_minutes", "15", 15),
        ("HALL_WINDOW", "window", " 4 ", 4),
        ("HALL_SCREEN", "screen", "2", 2),
        ("HALL_PRINTER", "printer", "POS-58", "POS-58"),
        ("HALL_LOG_LEVEL", "log_level", "DEBUG", "DEBUG"),
    ],
)
def test_env_values_are_typed(
    settings_file: Path, variable: str, attribute: str, raw: str, expected: object
) -> None:
    settings = load_settings(cli={}, environ={variable: raw}, settings_file=settings_file)
    value = getattr(settings, attribute)
    assert value == expected
    assert type(value) is type(expected)


def test_other_hall_variables_in_the_environment_are_ignored(settings_file: Path) -> None:
    environ = {"HALL_TEST_PG_URL": "postgresql://x/y", "PATH": "/usr/bin", "HALL_HALL_CODE": "e"}
    settings = load_settings(cli={}, environ=environ, settings_file=settings_file)
    assert settings.hall_code == "e"


def test_settings_file_named_by_the_environment(tmp_path: Path) -> None:
    path = write(tmp_path / "elsewhere.toml", 'hall_code = "from-env-file"\n')
    settings = load_settings(cli={}, environ={"HALL_SETTINGS_FILE": str(path)})
    assert settings.hall_code == "from-env-file"


def test_empty_optional_integer_in_file_means_unset(settings_file: Path) -> None:
    write(settings_file, 'window = ""\n')
    settings = load_settings(cli={}, environ={}, settings_file=settings_file)
    assert settings.window is None


def test_toml_string_holding_a_number_is_accepted(settings_file: Path) -> None:
    write(settings_file, 'hold_minutes = "6"\n')
    assert load_settings(cli={}, environ={}, settings_file=settings_file).hold_minutes == 6


# --- bad settings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "name"),
    [
        ("HALL_HOLD_MINUTES", "hold_minutes"),
        ("HALL_WINDOW", "window"),
        ("HALL_SCREEN", "screen"),
    ],
)
def test_env_integer_as_text_is_refused(settings_file: Path, variable: str, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        load_settings(cli={}, environ={variable: "三次"}, settings_file=settings_file)
    assert caught.value.field == name
    assert caught.value.message == f"设置项 {name} 应为整数，实际为“三次”"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('hold_minutes = "abc"', "abc"),
        ("hold_minutes = 2.5", "2.5"),
        ("hold_minutes = true", "True"),
        ('hold_minutes = "十"', "十"),
    ],
)
def test_file_integer_of_the_wrong_kind_is_refused(
    settings_file: Path, text: str, shown: str
) -> None:
    write(settings_file, text + "\n")
    with pytest.raises(ValidationError) as caught:
        load_settings(cli={}, environ={}, settings_file=settings_file)
    name = text.split(" =")[0]
    assert caught.value.field == name
    assert caught.value.message == f"设置项 {name} 应为整数，实际为“{shown}”"


@pytest.mark.parametrize(
    ("text", "key"),
    [("recal_limit = 3", "recal_limit"), ('[db]\nurl = "x"', "db"), ("DB_URL = 'x'", "DB_URL")],
)
def test_unknown_key_in_file_is_refused(settings_file: Path, text: str, key: str) -> None:
    write(settings_file, text + "\n")
    with pytest.raises(ValidationError) as caught:
        load_settings(cli={}, environ={}, settings_file=settings_file)
    assert caught.value.field == key
    assert caught.value.message == f"{settings_file} 中有未知的设置项：{key}"


@pytest.mark.parametrize(
    "text",
    ["hold_minutes = ", "hall_code = demo", 'hall_code = "a"\nhall_code = "b"', "[unclosed"],
)
def test_malformed_toml_is_refused(settings_file: Path, text: str) -> None:
    write(settings_file, text + "\n")
    with pytest.raises(ValidationError) as caught:
        load_settings(cli={}, environ={}, settings_file=settings_file)
    assert caught.value.field == "settings_file"
    assert caught.value.message.startswith(f"设置文件 {settings_file} 格式不正确：")


def test_settings_file_not_in_utf8_is_refused(settings_file: Path) -> None:
    settings_file.write_bytes('hall_code = "福田"\n'.encode("gbk"))
    with pytest.raises(ValidationError) as caught:
        load_settings(cli={}, environ={}, settings_file=settings_file)
    assert caught.value.field == "settings_file"
    assert "格式不正确" in caught.value.message


# --- parse_db_url --------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["hall.sqlite3", "/srv/hall/hall.db", "  data/hall.db  "])
def test_plain_path_becomes_async_sqlite(raw: str) -> None:
    url = parse_db_url(raw)
    assert url.drivername == "sqlite+aiosqlite"
    assert url.database == raw.strip()


def test_plain_path_expands_the_home_folder() -> None:
    url = parse_db_url("~/hall.db")
    assert url.drivername == "sqlite+aiosqlite"
    assert url.database == str(Path("~/hall.db").expanduser())
    assert "~" not in url.database


@pytest.mark.parametrize(
    ("raw", "database"),
    [
        ("sqlite:////srv/hall/hall.db", "/srv/hall/hall.db"),
        ("sqlite:///hall.db", "hall.db"),
        ("sqlite+pysqlite:///hall.db", "hall.db"),
    ],
)
def test_sqlite_url_gets_the_async_driver(raw: str, database: str) -> None:
    url = parse_db_url(raw)
    assert url.drivername == "sqlite+aiosqlite"
    assert url.database == database


@pytest.mark.parametrize(
    "raw",
    [
        "postgres://u@h/db",
        "postgresql://u@h/db",
        "postgresql+psycopg2://u@h/db",
        "postgresql+asyncpg://u@h/db",
    ],
)
def test_postgresql_urls_get_psycopg(raw: str) -> None:
    url = parse_db_url(raw)
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.database) == ("u", "h", "db")


def test_postgresql_url_keeps_port_and_password() -> None:
    url = parse_db_url("postgresql://hall:s3cret@db.example:5433/hall")
    assert url.port == 5433
    assert url.password == "s3cret"
    assert url.database == "hall"


def refusal(raw: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_db_url(raw)
    assert caught.value.field == "db_url"
    return caught.value


@pytest.mark.parametrize("raw", ["mysql://u@h/db", "mysql+pymysql://u@h/db", "mssql://h/db"])
def test_other_databases_are_refused(raw: str) -> None:
    backend = raw.split(":")[0].split("+")[0]
    assert refusal(raw).message == (
        f"不支持的数据库类型“{backend}”：请使用 sqlite:/// 或 postgresql:// 地址"
    )


@pytest.mark.parametrize("raw", ["sqlite://", "sqlite:///:memory:"])
def test_memory_sqlite_is_refused(raw: str) -> None:
    message = refusal(raw).message
    assert message.startswith("不支持内存数据库")
    assert "文件路径" in message


@pytest.mark.parametrize("raw", ["postgresql://h", "postgresql://h/", "postgres://u@h:5432"])
def test_postgresql_without_database_is_refused(raw: str) -> None:
    assert refusal(raw).message == f"PostgreSQL 地址缺少数据库名：{raw}"


@pytest.mark.parametrize("raw", ["://", "a:b://x", "://h/db"])
def test_garbage_is_refused(raw: str) -> None:
    assert refusal(raw).message == f"数据库地址格式不正确：{raw}"


@pytest.mark.parametrize("raw", ["", "   ", "\n"])
def test_empty_url_is_refused(raw: str) -> None:
    assert refusal(raw).message == "数据库地址为空"


@pytest.mark.parametrize("raw", ["postgresql://u@h:54x2/hall", "postgresql://u@h:/hall"])
def test_non_numeric_port_is_refused_with_a_chinese_message(raw: str) -> None:
    error = refusal(raw)
    assert "数据库地址" in error.message


def test_refusal_message_does_not_show_the_password() -> None:
    error = refusal("postgresql://hall:s3cret@db.example")
    assert "缺少数据库名" in error.message
    assert "s3cret" not in error.message
    error = refusal("postgresql://hall:s3cret@db.example:54x2/hall")
    assert "格式不正确" in error.message and "s3cret" not in error.message


def test_refusals_are_hall_errors_the_cli_can_show() -> None:
    # cli.main catches HallError and prints its message; a ValidationError must be one.
    with pytest.raises(HallError):
        parse_db_url("mysql://u@h/db")


def test_settings_that_moved_to_the_hall_are_ignored_with_a_warning(
    settings_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """notice, voice and recall limit are hall settings now (admin screen): an older
    file naming them still loads."""
    write(settings_file, 'notice = "旧公告"\nrecall_limit = 5\nhall_code = "old"\n')
    settings = load_settings(cli={}, environ={}, settings_file=settings_file)
    assert settings.hall_code == "old" and not hasattr(settings, "notice")
    assert "notice is now a hall setting" in caplog.text
    assert "recall_limit is now a hall setting" in caplog.text


def test_a_yes_or_no_setting_reads_true_false_and_chinese(tmp_path):
    def terminal_keyboard(value: str) -> bool:
        environ = {"HALL_TERMINAL_KEYBOARD": value}
        return load_settings(
            cli={}, environ=environ, settings_file=tmp_path / "none.toml"
        ).terminal_keyboard

    assert terminal_keyboard("true") and terminal_keyboard("是") and terminal_keyboard("1")
    assert not terminal_keyboard("false") and not terminal_keyboard("否")
    with pytest.raises(ValidationError) as e:
        terminal_keyboard("maybe")
    assert "true 或 false" in e.value.message
    settings = tmp_path / "settings.toml"
    settings.write_text("terminal_keyboard = true\n", encoding="utf-8")
    assert load_settings(cli={}, environ={}, settings_file=settings).terminal_keyboard
