"""The command line: --version, --help in two languages, and start-up failures."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from hall_desktop import __version__, logs
from hall_desktop.cli import build_parser, help_language, main
from hall_desktop.domain.errors import DatabaseUnavailable, HallError, SchemaError
from hall_desktop.store import schema
from hall_desktop.store.database import parse_db_url, sync_url

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture(autouse=True)
def _quiet_environment(monkeypatch, tmp_path):
    """No user settings, no language from the environment, logs in a temporary folder."""
    monkeypatch.delenv("HALL_LANGUAGE", raising=False)
    monkeypatch.delenv("HALL_DB_URL", raising=False)
    monkeypatch.setenv("HALL_SETTINGS_FILE", str(tmp_path / "no-settings.toml"))
    monkeypatch.setenv("HALL_LOG_DIR", str(tmp_path / "logs"))
    yield
    logs.teardown_logging()


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def test_version_prints_the_version_from_pyproject(capsys):
    code, out, _err = run(["--version"], capsys)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert code == 0
    assert out == f"hall-desktop {project['version']}\n"
    assert __version__ == project["version"]


def test_help_is_chinese_by_default(capsys):
    code, out, _err = run(["--help"], capsys)
    assert code == 0
    assert out.startswith("用法：hall-desktop")
    assert "显示帮助并退出" in out and "显示版本号并退出" in out
    assert "选项" in out and "导办台" in out
    assert "usage:" not in out and "show this help" not in out


def test_help_is_english_with_lang_en(capsys):
    code, out, _err = run(["--lang", "en", "--help"], capsys)
    assert code == 0
    assert out.startswith("usage: hall-desktop")
    assert "show this help message and exit" in out and "issuing desk" in out
    assert not CJK.findall(out), CJK.findall(out)


def _commands(parser, path=()):
    """Every command path: ("db",), ("db", "upgrade"), ("demo",) …"""
    for action in parser._actions:
        if action.__class__.__name__ == "SubParsers":
            for name, sub in action.choices.items():
                yield (*path, name)
                yield from _commands(sub, (*path, name))


def test_every_command_has_english_help(capsys):
    commands = list(_commands(build_parser("en")))
    assert ("demo",) in commands and ("db", "upgrade") in commands and ("bench", "feed") in commands
    untranslated = {}
    for command in commands:
        code, out, _err = run(["--lang", "en", *command, "--help"], capsys)
        assert code == 0
        if CJK.search(out):
            untranslated[" ".join(command)] = sorted(
                {line.strip() for line in out.splitlines() if CJK.search(line)}
            )
    assert not untranslated, f"add English to cli_help.ENGLISH: {untranslated}"


def test_help_follows_the_environment_and_the_settings_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HALL_LANGUAGE", "en")
    assert run(["desk", "--help"], capsys)[1].startswith("usage: hall-desktop desk")
    monkeypatch.delenv("HALL_LANGUAGE")
    settings = tmp_path / "settings.toml"
    settings.write_text('language = "en"\n', encoding="utf-8")
    assert help_language(["--settings", str(settings), "--help"], {}) == "en"
    assert help_language(["--help"], {"HALL_SETTINGS_FILE": str(settings)}) == "en"
    # --lang wins over the environment, and a broken settings file means Chinese.
    assert help_language(["--lang", "zh_CN"], {"HALL_LANGUAGE": "en"}) == "zh_CN"
    settings.write_text("language = ", encoding="utf-8")
    assert help_language([], {"HALL_SETTINGS_FILE": str(settings)}) == "zh_CN"


def test_argument_errors_are_chinese_unless_english(capsys):
    code, _out, err = run(["clerk", "--window", "three"], capsys)
    assert code == 2
    assert "用法：" in err and "错误：参数 --window：不是有效的整数：'three'" in err
    code, _out, err = run(["--lang", "en", "clerk", "--window", "three"], capsys)
    assert code == 2 and "error: argument --window: invalid int value: 'three'" in err


# -- start-up failures -------------------------------------------------------------------


class DialogRecorder:
    def __init__(self) -> None:
        self.shown: list[tuple[HallError, object, Path | None]] = []

    def __call__(self, error: HallError, settings: object, log_file: Path | None) -> None:
        self.shown.append((error, settings, log_file))


def _sqlite_url(tmp_path: Path, name: str = "hall.sqlite3") -> str:
    return f"sqlite:///{tmp_path / name}"


@pytest.mark.logs_errors("desk cannot start")
def test_a_newer_schema_shows_one_dialog_and_exits(tmp_path, capsys):
    url = _sqlite_url(tmp_path)
    schema.upgrade(parse_db_url(url))
    engine = create_engine(sync_url(parse_db_url(url)))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    dialog = DialogRecorder()
    assert main(["--db", url, "desk"], startup_dialog=dialog) == 2
    assert len(dialog.shown) == 1
    error, settings, log_file = dialog.shown[0]
    assert isinstance(error, SchemaError) and error.code == "schema_newer"
    assert settings.db_url == url  # type: ignore[attr-defined]
    assert log_file == tmp_path / "logs" / "desk.log"
    assert "比本程序新" in capsys.readouterr().err  # stderr still says it
    assert "比本程序新" in log_file.read_text(encoding="utf-8")


@pytest.mark.logs_errors("clerk cannot start")
def test_an_uninitialised_database_asks_for_db_upgrade(tmp_path, capsys):
    dialog = DialogRecorder()
    assert main(["--db", _sqlite_url(tmp_path), "clerk"], startup_dialog=dialog) == 2
    ((error, _settings, _log),) = dialog.shown
    assert error.code == "schema_missing" and "hall-desktop db upgrade" in error.message
    assert "hall-desktop db upgrade" in capsys.readouterr().err


@pytest.mark.logs_errors("display cannot start")
def test_an_sqlite_file_that_cannot_be_opened_is_a_start_up_failure(tmp_path, restore_app):
    """The display shows its first frame before the schema check: Qt is set up too."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    dialog = DialogRecorder()
    url = f"sqlite:///{blocker / 'hall.sqlite3'}"
    assert main(["--db", url, "display", "--windowed"], startup_dialog=dialog) == 2
    ((error, _settings, _log),) = dialog.shown
    assert isinstance(error, DatabaseUnavailable)
    assert "not-a-folder" in error.message


def test_an_unreachable_postgresql_server_is_left_to_the_retrying_screen(monkeypatch):
    """The display, desk, clerk … retry with a banner: no dialog, the role starts."""
    started = []
    import hall_desktop.ui.app as app_module

    monkeypatch.setattr(app_module, "run_qt", lambda settings, main, **kw: started.append(1) or 0)
    dialog = DialogRecorder()
    url = "postgresql://nobody@127.0.0.1:1/none"
    assert main(["--db", url, "desk"], startup_dialog=dialog) == 0
    assert started == [1] and dialog.shown == []


def test_a_command_line_tool_shows_no_dialog(tmp_path, capsys):
    dialog = DialogRecorder()
    assert main(["--db", "mysql://x@y/z", "db", "upgrade"], startup_dialog=dialog) == 2
    assert dialog.shown == [] and "不支持的数据库类型" in capsys.readouterr().err


@pytest.mark.logs_errors("desk stopped by a bug")
def test_a_bug_before_the_window_opens_shows_the_crash_dialog(tmp_path, monkeypatch):
    import hall_desktop.cli as cli

    def broken(_args, _settings):
        raise KeyError("a bug")

    monkeypatch.setattr(cli, "_desk_command", broken)
    crashes: list[BaseException] = []
    code = main(["desk"], crash_dialog=lambda error, _s, _log: crashes.append(error))
    assert code == 1 and isinstance(crashes[0], KeyError)
    assert "KeyError: 'a bug'" in (tmp_path / "logs" / "desk.log").read_text(encoding="utf-8")


def test_every_command_has_chinese_help_without_english_words(capsys):
    """The Chinese program is Chinese on the command line too: no COMMAND, DB_URL or
    "positional arguments"; headings end with a full-width colon."""
    upper = re.compile(r"\b[A-Z][A-Z_]{2,}\b")
    allowed = {
        "TOML",
        "PNG",
        "JSON",
        "PDF",
        "CSV",
        "HALL_TEST_PG_URL",
        "HALL_PASSWORD",
    }  # names, not words
    english = {}
    for command in [(), *_commands(build_parser("zh_CN"))]:
        code, out, _err = run([*command, "--help"], capsys)
        assert code == 0 and "位置参数" not in out and "选项:" not in out
        words = set(upper.findall(out)) - allowed
        if words:
            english[" ".join(command)] = sorted(words)
    assert not english, english


def test_seed_names_roles_in_chinese():
    from hall_desktop.cli import _role_names

    assert _role_names("clerk,supervisor") == "窗口人员、负责人"
