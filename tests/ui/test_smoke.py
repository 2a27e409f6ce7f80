"""``hall-desktop demo --smoke``: the check CI runs on the built program, here from source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _smoke(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HALL_LOG_DIR": str(tmp_path / "logs"),
        "HALL_SETTINGS_FILE": str(tmp_path / "none.toml"),
    }
    env.pop("HALL_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "hall_desktop.cli", "demo", "--smoke", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_smoke_run_opens_the_demo_calls_a_number_and_exits_0(tmp_path):
    picture = tmp_path / "smoke.png"
    done = _smoke(tmp_path, "--screenshot", str(picture))
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["smoke"] == "ok" and result["number"] == "A001"
    assert set(result["ms"]) >= {"open", "issue", "slip", "display", "terminal", "paint"}
    assert picture.stat().st_size > 10_000
    assert "unhandled exception" not in done.stderr
    assert (tmp_path / "logs" / "demo.log").exists()


def test_the_smoke_run_fails_when_it_takes_too_long(tmp_path):
    done = _smoke(tmp_path, "--smoke-timeout", "0.5")
    assert done.returncode == 1
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["smoke"] == "timeout" and result["stage"]


def test_the_smoke_run_fails_without_the_chinese_translation(tmp_path):
    """What a build that forgot its .qm file would do."""
    code = (
        "import sys, hall_desktop.ui.i18n as i18n\n"
        f"i18n.translations_dir = lambda: {str(tmp_path)!r}\n"
        "from hall_desktop.cli import main\n"
        "sys.exit(main(['demo', '--smoke']))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HALL_LOG_DIR": str(tmp_path / "logs"),
        "HALL_SETTINGS_FILE": str(tmp_path / "none.toml"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert json.loads(done.stdout.strip().splitlines()[-1])["stage"] == "translations"
