"""Where the program's own files are: the source tree, or inside the installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[-1]


def db_dir() -> Path:
    """``db/``: Alembic migrations and seed data."""
    return _first_existing(_PACKAGE.parent / "db", _PACKAGE / "_db")


def resources_dir() -> Path:
    """``resources/``: icons, styles, sounds, translations."""
    return _first_existing(_PACKAGE.parent / "resources", _PACKAGE / "_resources")
