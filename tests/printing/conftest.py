"""Fixtures shared by the tests of the printed documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hall_desktop.printing import fonts


@pytest.fixture(params=["system", "fallback"])
def font_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Documents with the machine's TrueType CJK font (if any) and with STSong-Light forced."""
    if request.param == "fallback":
        monkeypatch.setenv(fonts.ENV_VAR, "none")
    fonts.reset_cache()
    name, path = fonts.cjk_font_info()
    if request.param == "fallback":
        assert (name, path) == (fonts.FALLBACK_FONT, None)
    yield name
    fonts.reset_cache()
