"""The one theme file: every screen's section exists, and the dark screens (whose text
sizes follow the screen in code) get no font size from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hall_desktop.ui import theme

ROOT = Path(__file__).resolve().parents[2]


def used_roles() -> set[str]:
    found = set()
    for path in (ROOT / "hall_desktop" / "ui").rglob("*.py"):
        found |= set(re.findall(r'stylesheet\("([a-z_]+)"\)', path.read_text(encoding="utf-8")))
    return found


def test_every_role_in_the_code_has_its_section():
    roles = used_roles()
    assert {"admin", "desk", "clerk", "display", "terminal", "courier"} <= roles
    for role in roles:
        assert theme.stylesheet(role).strip()


@pytest.mark.parametrize("role", sorted(theme.DARK))
def test_dark_screens_take_no_font_size_and_no_base(role):
    css = theme.stylesheet(role)
    assert "font-size" not in css
    assert "#loginBox" not in css  # the light base is not there


def test_light_screens_start_with_the_base_and_braces_balance():
    base = theme.sections()["base"]
    css = theme.stylesheet("desk")
    assert css.startswith(base) and css.count("{") == css.count("}")


def test_an_unknown_role_is_an_error():
    with pytest.raises(KeyError):
        theme.stylesheet("no_such_role")
