"""The font reportlab uses for Chinese text on slips.

A TrueType CJK font found on the machine is embedded (subset) in each PDF; without one,
reportlab's built-in CID font ``STSong-Light`` (no file needed, not embedded) is used,
so a PDF is always produced. reportlab's ``TTFont`` reads TrueType outlines only: a
CFF-flavoured font such as Noto Sans CJK fails to load and the next candidate is tried.

``HALL_CJK_FONT`` may name a font file to try first; ``HALL_CJK_FONT=none`` skips every
TrueType font (the fallback path, as on a machine without CJK fonts).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("hall_desktop.printing")

ENV_VAR = "HALL_CJK_FONT"
FALLBACK_FONT = "STSong-Light"
_NO_TRUETYPE = frozenset({"none", "off", "0", "cid", FALLBACK_FONT.lower()})


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"


def candidate_paths() -> list[Path]:
    """Known TrueType CJK fonts, most preferred first (missing files are skipped later)."""
    win = _windows_fonts()
    return [
        # Windows: Microsoft YaHei, SimHei, SimSun
        win / "msyh.ttc",
        win / "msyh.ttf",
        win / "simhei.ttf",
        win / "simsun.ttc",
        # Linux: WenQuanYi, Droid Sans Fallback, AR PL UMing/UKai
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
        Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
        Path("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"),
        Path("/usr/share/fonts/google-droid/DroidSansFallback.ttf"),
        Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
        Path("/usr/share/fonts/truetype/arphic/ukai.ttc"),
        # macOS
        Path("/System/Library/Fonts/STHeiti Medium.ttc"),
        Path("/Library/Fonts/Arial Unicode.ttf"),
        Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    ]


_lock = threading.Lock()
_cache: dict[bool, tuple[str, str | None]] = {}


def _try_truetype(path: Path) -> str | None:
    """Register ``path`` as a reportlab font; its name, or None if it cannot be used."""
    if not path.is_file():
        return None
    name = f"HallCJK-{path.stem}"
    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            font = TTFont(name, str(path), subfontIndex=0)
        else:
            font = TTFont(name, str(path))
        # A font without CJK glyphs is no use for slips.
        if ord("号") not in font.face.charToGlyph:
            log.info("font %s has no Chinese glyphs; skipped", path)
            return None
        pdfmetrics.registerFont(font)
    except Exception as exc:  # missing, unreadable, CFF outlines (TTFError), …
        log.info("font %s not usable: %s", path, exc)
        return None
    return name


def _register_fallback() -> tuple[str, str | None]:
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT, None


def _find(force_fallback: bool) -> tuple[str, str | None]:
    explicit = os.environ.get(ENV_VAR, "").strip()
    if force_fallback or explicit.lower() in _NO_TRUETYPE:
        return _register_fallback()
    paths = candidate_paths()
    if explicit:
        paths.insert(0, Path(explicit).expanduser())
    for path in paths:
        name = _try_truetype(path)
        if name is not None:
            return name, str(path)
    if explicit:
        log.warning("%s=%s is not a usable TrueType CJK font", ENV_VAR, explicit)
    return _register_fallback()


def cjk_font_info(*, force_fallback: bool = False) -> tuple[str, str | None]:
    """(reportlab font name, font file) for Chinese text; the file is None for STSong-Light.

    The font is looked up and registered once per process; ``reset_cache()`` forgets it.
    """
    with _lock:
        found = _cache.get(force_fallback)
        if found is None:
            found = _find(force_fallback)
            _cache[force_fallback] = found
            if found[1] is None:
                log.info("slips use the built-in CID font %s (no TrueType CJK font)", found[0])
            else:
                log.info("slips use the CJK font %s (%s)", found[0], found[1])
        return found


def cjk_font(*, force_fallback: bool = False) -> str:
    """The reportlab font name to use for Chinese text, registered on first use."""
    return cjk_font_info(force_fallback=force_fallback)[0]


def reset_cache() -> None:
    """Forget the chosen font (tests change ``HALL_CJK_FONT`` and call this)."""
    with _lock:
        _cache.clear()
