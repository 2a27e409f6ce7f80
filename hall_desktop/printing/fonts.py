"""The font reportlab uses for Chinese text on slips.

A TrueType CJK font found on the machine is embedded (subset) in each PDF; without one,
reportlab's built-in CID font ``STSong-Light`` (no file needed, not embedded) is used,
so a PDF is always produced. reportlab's ``TTFont`` reads TrueType outlines only: a
CFF-flavoured font such as Noto Sans CJK fails to load and the next candidate is tried.

``HALL_CJK_FONT`` may name a font file to try first; ``HALL_CJK_FONT=none`` skips every
TrueType font (the fallback path, as on a machine without CJK fonts).

A desk prints the same few subsets all day (its hall's name, its lines' names, the
fixed texts): making a subset (1.5 ms) and compressing it (0.9 ms) were half of a
slip's time. Each font's subsets are kept made (:class:`KeptSubsets`), and font files
compressed (:class:`KeptFlate`, reportlab's FlateDecode filter, the same bytes): a PDF
is the same bytes as without them.
"""

from __future__ import annotations

import logging
import os
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
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

#: Subsets and compressed streams kept, most recently used (a desk's lines, the
#: printing of lists and letters besides).
KEPT = 64
#: What a font file (a subset's stream) starts with; other streams (a page's drawing,
#: different on every slip) are compressed each time.
FONT_SIGNATURES = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf")


class _Kept:
    """A bounded, thread-safe memo, least recently used out first."""

    def __init__(self, limit: int = KEPT) -> None:
        self._limit = limit
        self._kept: OrderedDict[object, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self.made = 0  # how many were made (not found kept): for tests

    def get(self, key: object, make: Callable[[], bytes]) -> bytes:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
                return found
        made = make()
        with self._lock:
            self.made += 1
            self._kept[key] = made
            while len(self._kept) > self._limit:
                self._kept.popitem(last=False)
        return made


class KeptSubsets:
    """A font face's ``makeSubset``, each subset (its glyph list) made once."""

    def __init__(self, make: Callable[[Sequence[int]], bytes], limit: int = KEPT) -> None:
        self._make = make
        self.kept = _Kept(limit)

    def __call__(self, subset: Sequence[int]) -> bytes:
        return self.kept.get(tuple(subset), lambda: self._make(subset))


class KeptFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
    """reportlab's FlateDecode filter, keeping the compressed form of font files (the
    same subsets, slip after slip)."""

    def __init__(self, limit: int = KEPT) -> None:
        self.kept = _Kept(limit)

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        if not data.startswith(FONT_SIGNATURES):
            return zlib.compress(data)
        return self.kept.get(data, lambda: zlib.compress(data))


#: reportlab reads the filter from its module at each stream (ttfonts and pdfdoc).
KEPT_FLATE = KeptFlate()
pdfdoc.PDFZCompress = KEPT_FLATE


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
        font.face.makeSubset = KeptSubsets(font.face.makeSubset)
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
