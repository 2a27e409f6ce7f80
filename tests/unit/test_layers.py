"""Imports point down the layers: domain ← store ← services ← live/printing ← ui.

Read from the source (every import, also those inside functions), so a module that
reaches across the layers fails here before a newcomer copies it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "hall_desktop"

QT = ("PySide6", "qasync", "shiboken6")
#: What each layer must not import (module prefixes).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        *QT,
        "sqlalchemy",
        "psycopg",
        "aiosqlite",
        "reportlab",
        "hall_desktop.store",
        "hall_desktop.services",
        "hall_desktop.live",
        "hall_desktop.printing",
        "hall_desktop.ui",
    ),
    "store": (
        *QT,
        "reportlab",
        "hall_desktop.services",
        "hall_desktop.live",
        "hall_desktop.printing",
        "hall_desktop.ui",
    ),
    "services": (*QT, "hall_desktop.live", "hall_desktop.printing", "hall_desktop.ui"),
    "live": ("PySide6.QtWidgets", "PySide6.QtGui", "hall_desktop.printing", "hall_desktop.ui"),
    "printing": (
        "hall_desktop.store",
        "hall_desktop.services",
        "hall_desktop.live",
        "hall_desktop.ui",
    ),
}
#: The screens take only the database handle from the store; they reach everything
#: else through services.
UI_FROM_STORE = {"hall_desktop.store.database": {"Database"}}
#: Known exceptions, to shrink to nothing (file → imported module).
UI_EXCEPTIONS: set[tuple[str, str]] = set()


def _imports(path: Path) -> list[tuple[str, set[str]]]:
    """(module, names) for every import in ``path``; names empty for ``import x``."""
    found: list[tuple[str, set[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, set()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, {alias.name for alias in node.names}))
    return found


def _violations() -> list[str]:
    wrong: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        layer = rel.split("/")[0] if "/" in rel else None
        for module, names in _imports(path):
            if layer in FORBIDDEN and module.startswith(FORBIDDEN[layer]):
                wrong.append(f"{rel} imports {module}")
            if layer == "ui" and module.startswith("hall_desktop.store"):
                allowed = UI_FROM_STORE.get(module, set())
                if (rel, module) not in UI_EXCEPTIONS and not (names and names <= allowed):
                    wrong.append(f"{rel} imports {module} ({', '.join(sorted(names))})")
    return wrong


def test_imports_point_down_the_layers():
    assert _violations() == []


def test_the_exceptions_are_still_needed():
    """An exception that no longer happens is taken off the list (it only shrinks)."""
    used = {
        (path.relative_to(PACKAGE).as_posix(), module)
        for path in PACKAGE.rglob("*.py")
        for module, _names in _imports(path)
    }
    assert used >= UI_EXCEPTIONS


def test_the_check_sees_a_wrong_import(tmp_path, monkeypatch):
    fake = tmp_path / "hall_desktop"
    (fake / "domain").mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text(
        "def f():\n    from sqlalchemy import select\n", encoding="utf-8"
    )
    (fake / "ui").mkdir()
    (fake / "ui" / "bad.py").write_text(
        "from hall_desktop.store.models import Ticket\n", encoding="utf-8"
    )
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", fake)
    assert _violations() == [
        "domain/bad.py imports sqlalchemy",
        "ui/bad.py imports hall_desktop.store.models (Ticket)",
    ]
