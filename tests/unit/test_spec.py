"""build_installer.spec ships every file of db/ and resources/ the program needs."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"


def _spec_lists() -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("PROGRAM_FILES", "NOT_SHIPPED"):
                values[target.id] = list(ast.literal_eval(node.value))
    return values


def _repository_files(*folders: str) -> set[str]:
    """Tracked files and new ones not yet committed (but not ignored ones)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", *folders],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("by design: not a git checkout")
    return {line for line in listed.splitlines() if (ROOT / line).is_file()}


def test_every_file_under_db_and_resources_is_shipped_or_deliberately_left_out():
    lists = _spec_lists()
    shipped, left_out = set(lists["PROGRAM_FILES"]), set(lists["NOT_SHIPPED"])
    forgotten = _repository_files("db", "resources") - shipped - left_out
    assert not forgotten, (
        "add these to PROGRAM_FILES (or NOT_SHIPPED) in build_installer.spec: "
        + ", ".join(sorted(forgotten))
    )
    assert not shipped & left_out


def test_the_spec_lists_only_files_that_exist():
    lists = _spec_lists()
    for name in lists["PROGRAM_FILES"]:
        assert (ROOT / name).is_file(), name
        assert name.startswith(("db/", "resources/")), name


def test_what_the_program_reads_is_shipped():
    """The files the code opens by name (paths.py's folders) are in the list."""
    shipped = set(_spec_lists()["PROGRAM_FILES"])
    migrations = {
        str(p.relative_to(ROOT)) for p in (ROOT / "db" / "migrations" / "versions").glob("*.py")
    }
    assert migrations and migrations <= shipped
    assert {
        "db/migrations/env.py",
        "db/seed/service_items.csv",
        "resources/translations/hall_desktop_zh_CN.qm",
        "resources/sounds/chime.wav",
        "resources/regions/pca.csv",
        "resources/icons/hall-desktop-32.png",
        "resources/styles/hall.qss",
    } <= shipped
