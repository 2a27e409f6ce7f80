"""hall_desktop: queue numbers, calls, the hall display and the hall's promises.

The version has one source, ``pyproject.toml``: an installed (or editable) package
reads it from its metadata, a PyInstaller build from the metadata the spec bundles, and a
bare source checkout from the ``pyproject.toml`` beside the package.
"""

from __future__ import annotations


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("hall-desktop")
    except PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _version()
