"""QR codes for slips: reportlab's encoder, with a faster choice of its mask.

reportlab's ``QRCode.make`` lays the code out with each of the eight masks and keeps the
one its ``getLostPoint`` scores lowest; scoring a layout in pure Python, cell by cell,
is most of a slip's time. :func:`qr_modules` scores the same layouts with the same rules
(the same quirks included) on whole rows as bytes and integers, so it picks the same
mask and gives the very same modules, as ``tests/printing/test_slip.py`` checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder

_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
# reportlab's rule 3 looks for this one pattern (not its mirror image), left to right.
_FINDER_LIKE = bytes([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0])


def _runs(lines: list[bytes]) -> int:
    """Rule 1: a run of five or more modules of one colour costs its length - 2."""
    return sum(m.end() - m.start() - 2 for line in lines for m in _RUN.finditer(line))


def _blocks(rows: list[bytes]) -> int:
    """Rule 2: each 2×2 block of one colour costs 3."""
    size = len(rows[0])
    pairs = (1 << (size - 1)) - 1  # bit j: columns j and j + 1
    ints = [int(row.translate(_DIGITS), 2) for row in rows]  # one bit per column
    same = [~(r ^ (r >> 1)) & pairs for r in ints]
    score = 0
    for j in range(1, len(ints)):
        block = same[j] & same[j - 1] & ~(ints[j] ^ ints[j - 1]) & pairs
        score += 3 * bin(block).count("1")
    return score


def _finder_like(lines: list[bytes]) -> int:
    """Rule 3 as reportlab counts it: 40 per ``1011101 0000`` along a row, a match
    skipping past itself, and a match at the last possible place not counted."""
    score = 0
    for line in lines:
        last = len(line) - len(_FINDER_LIKE)
        at = line.find(_FINDER_LIKE)
        while 0 <= at < last:
            score += 40
            at = line.find(_FINDER_LIKE, at + len(_FINDER_LIKE))
    return score


def lost_point(modules: list[list[bool]]) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of a layout, computed on whole lines."""
    rows = [bytes(row) for row in modules]
    columns = [bytes(column) for column in zip(*modules, strict=True)]
    dark = sum(row.count(1) for row in rows)
    cells = len(rows) ** 2
    balance = 10 * (abs(100 * dark // cells - 50) // 5)
    return (
        _runs(columns)
        + _runs(rows)
        + _blocks(rows)
        + _finder_like(rows)  # reportlab's check of the columns never matches (a
        # column is a tuple there, compared with a list): it scores nothing
        + balance
    )


@lru_cache(maxsize=64)
def _mask_bits(version: int, mask: int, positions: tuple[tuple[int, int], ...]) -> list[bool]:
    """reportlab's mask ``mask`` at each data position (the same for every code of one
    version)."""
    rule = qrencoder.QRUtil.getMask(mask)
    return [bool(rule(row, column)) for column, row in positions]


class _QRCode(qrencoder.QRCode):  # type: ignore[misc]
    def mapData(self, data: list[int], maskPattern: int) -> None:
        """reportlab's ``mapData`` (data bits, then False, XOR the mask at each data
        position), with the mask's values kept per version instead of computed per
        module."""
        positions = tuple(self.dataPosIterator())
        bits = list(self.dataBitIterator(data))
        bits += [False] * (len(positions) - len(bits))
        masks = _mask_bits(self.version, maskPattern, positions)
        modules = self.modules
        for (column, row), dark, masked in zip(positions, bits, masks, strict=False):
            modules[row][column] = dark ^ masked

    def getBestMaskPattern(self) -> int:
        best, lowest = 0, 0
        for mask in range(8):
            self.makeImpl(True, mask)
            lost = lost_point(self.modules)
            if mask == 0 or lost < lowest:
                best, lowest = mask, lost
        return best


def qr_modules(payload: str, level: str = "M") -> list[list[bool]]:
    """The modules of ``payload``'s QR code, row by row from the top (True: dark), as
    reportlab's ``QrCodeWidget(payload, barLevel=level)`` lays them out."""
    qr = _QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(payload)
    qr.make()
    return [[bool(module) for module in row] for row in qr.modules]
