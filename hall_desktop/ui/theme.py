"""The theme (样式): one QSS file, ``resources/styles/hall.qss``, in sections.

``stylesheet(role)`` gives a screen its section, after the shared ``@base`` for the
light screens. The display and the terminal are dark and size their text from the
screen's height in code, so they take their own section only.
"""

from __future__ import annotations

import re
from functools import cache

from hall_desktop.paths import resources_dir

DARK = frozenset({"display", "terminal"})
_SECTION = re.compile(r"^/\* @([a-z_]+) \*/$", re.MULTILINE)


@cache
def sections() -> dict[str, str]:
    text = (resources_dir() / "styles" / "hall.qss").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    marks = list(_SECTION.finditer(text))
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        found[mark.group(1)] = text[mark.end() : end].strip() + "\n"
    return found


def stylesheet(role: str) -> str:
    """The QSS for one screen; a role without a section is a programming error."""
    parts = sections()
    if role not in parts:
        raise KeyError(f"resources/styles/hall.qss has no section @{role}")
    return parts[role] if role in DARK else parts["base"] + parts[role]
