"""QR codes for slips: the very code reportlab's encoder makes, made faster.

reportlab's ``QRCode.make`` lays the code out from scratch with each of the eight masks
(the finder, alignment and timing patterns drawn module by module every time), keeps the
one its ``getLostPoint`` scores lowest, and computes the error correction with a
recursive polynomial division: together most of a slip's time. :func:`qr_modules` gives
the same modules, as ``tests/printing/test_slip.py`` checks on codes of many sizes:

- what depends only on the version (the fixed patterns, the order of the data modules,
  each mask's value at them) is laid out once per version and kept (:class:`_Layout`);
  a layout is then the fixed patterns with the data bits put in place by one
  ``itemgetter`` (a permutation done in C), not a Python loop per module;
- the error correction is the same remainder as reportlab's division, computed with the
  usual shift register over log tables;
- each layout is scored with reportlab's rules (its quirks included) on whole rows and
  columns as bytes and integers, so the same mask is chosen.

The data segments and the version are reportlab's own (``QRCode.addData`` and
``calculate_version``), and so is the bit stream with its padding.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from reportlab.graphics.barcode import qrencoder

_RUN = re.compile(rb"\x00\x00\x00\x00\x00+|\x01\x01\x01\x01\x01+")  # faster than {5,}
_BITS = bytes.maketrans(b"\x00\x01", b"01")
# reportlab's rule 3 looks for this one pattern (not its mirror image), left to right.
_FINDER_LIKE = bytes([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0])
_EXP = qrencoder.EXP_TABLE
_LOG = qrencoder.LOG_TABLE


def _runs(lines: list[bytes]) -> int:
    """Rule 1: a run of five or more modules of one colour costs its length - 2 (the
    lines searched as one, apart by a byte that is neither colour)."""
    found = _RUN.findall(b"\x02".join(lines))
    return sum(map(len, found)) - 2 * len(found)


def _blocks(rows: list[bytes]) -> int:
    """Rule 2: each 2×2 block of one colour costs 3."""
    size = len(rows[0])
    pairs = (1 << (size - 1)) - 1  # bit j: columns j and j + 1
    ints = [int(row.translate(_BITS), 2) for row in rows]  # one bit per column
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


def _score(rows: list[bytes], columns: list[bytes]) -> int:
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


def lost_point(modules: list[list[bool]]) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of a layout, computed on whole lines."""
    rows = [bytes(row) for row in modules]
    return _score(rows, [bytes(column) for column in zip(*modules, strict=True)])


@dataclass(frozen=True, slots=True)
class _Layout:
    """What every code of one version and error correction level shares."""

    size: int
    data_cells: int  # how many modules carry data (bits, then zeros)
    #: Per mask: the fixed patterns of a trial layout (format and version information
    #: left light, as reportlab's trials have them) and of the final one.
    trial: bytes
    final: tuple[bytes, ...]
    masks: tuple[bytes, ...]  # per mask: its value (0/1) at each data module, in order
    #: The layout's modules from the fixed patterns followed by the data modules: cell i
    #: of the layout is ``place[i]`` of ``fixed + data``.
    place: Callable[[bytes], tuple[int, ...]]
    transpose: Callable[[bytes], tuple[int, ...]]


def _grid(qr: qrencoder.QRCode) -> bytes:
    return bytes(itertools.chain.from_iterable(qr.modules))


@lru_cache(maxsize=16)
def _layout(version: int, level: int) -> _Layout:
    qr = qrencoder.QRCode(version, level)
    n = qr.moduleCount = version * 4 + 17

    def patterns(test: bool, mask: int) -> bytes:
        # reportlab's own makeImpl, without the data.
        qr.modules = [[False] * n for _ in range(n)]
        qr.setupPositionProbePattern(0, 0)
        qr.setupPositionProbePattern(n - 7, 0)
        qr.setupPositionProbePattern(0, n - 7)
        qr.setupPositionAdjustPattern()
        qr.setupTimingPattern()
        qr.setupTypeInfo(test, mask)
        if version >= 7:
            qr.setupTypeNumber(test)
        return _grid(qr)

    positions = list(qr.dataPosIterator())
    at = {row * n + column: k for k, (column, row) in enumerate(positions)}
    place = [n * n + at[cell] if cell in at else cell for cell in range(n * n)]
    return _Layout(
        size=n,
        data_cells=len(positions),
        trial=patterns(True, 0),
        final=tuple(patterns(False, mask) for mask in range(8)),
        masks=tuple(
            bytes(bool(qrencoder.QRUtil.getMask(mask)(row, column)) for column, row in positions)
            for mask in range(8)
        ),
        place=itemgetter(*place),
        transpose=itemgetter(*(row * n + column for column in range(n) for row in range(n))),
    )


@lru_cache(maxsize=32)
def _multiples(count: int) -> tuple[int, ...]:
    """For each byte value f, f times the error correction generator (after its leading
    1) as one integer of ``count`` bytes: a step of the division is then one XOR."""
    generator = qrencoder.QRUtil.getErrorCorrectPolynomial(count).num[1:]
    logs = [_LOG[c] for c in generator]
    multiples = [0]
    for factor in range(1, 256):
        shift = _LOG[factor]
        multiples.append(int.from_bytes(bytes(_EXP[(g + shift) % 255] for g in logs), "big"))
    return tuple(multiples)


def _remainder(data: list[int], count: int) -> bytes:
    """``data`` times x^count modulo the generator: the block's error correction
    codewords (reportlab's ``QRPolynomial.mod``, leading zeros kept), by the usual
    shift register."""
    multiples = _multiples(count)
    top, keep = 8 * (count - 1), (1 << 8 * count) - 1
    remainder = 0
    for codeword in data:
        factor = codeword ^ (remainder >> top)
        remainder = ((remainder << 8) & keep) ^ multiples[factor]
    return remainder.to_bytes(count, "big")


class _BitBuffer:
    """reportlab's ``QRBitBuffer`` (what a data segment writes into) as one integer."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # reportlab's name
        self.put(int(bool(bit)), 1)

    def getLengthInBits(self) -> int:  # reportlab's name
        return self.length

    def codewords(self) -> list[int]:
        """The bits padded with zeros to whole bytes."""
        padding = -self.length % 8
        return list((self.value << padding).to_bytes((self.length + padding) // 8, "big"))


def _codewords(qr: qrencoder.QRCode) -> bytes:
    """The data and error correction codewords, interleaved (reportlab's
    ``QRCode.createData`` and ``createBytes``)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    buffer = _BitBuffer()
    for segment in qr.dataList:
        segment.write(buffer, qr.version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.length > capacity:
        raise ValueError(f"code length overflow ({buffer.length} > {capacity})")
    if buffer.length + 4 <= capacity:
        buffer.put(0, 4)
    data = buffer.codewords()
    pad = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    data += [next(pad) for _ in range(capacity // 8 - len(data))]
    data_blocks: list[list[int]] = []
    error_blocks: list[bytes] = []
    offset = 0
    for block in blocks:
        part = data[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(part)
        error_blocks.append(_remainder(part, block.totalCount - block.dataCount))
    return bytes(
        codeword
        for group in itertools.chain(
            itertools.zip_longest(*data_blocks), itertools.zip_longest(*error_blocks)
        )
        for codeword in group
        if codeword is not None
    )


def _bits(codewords: bytes, cells: int) -> bytes:
    """One byte (0/1) per bit, most significant first, padded with zeros to ``cells``."""
    bits = format(int.from_bytes(codewords, "big"), f"0{8 * len(codewords)}b").encode()
    return bits.translate(_BITS_BACK).ljust(cells, b"\x00")


_BITS_BACK = bytes.maketrans(b"01", b"\x00\x01")


def _masked(bits: bytes, mask: bytes) -> bytes:
    length = len(bits)
    return (int.from_bytes(bits, "big") ^ int.from_bytes(mask, "big")).to_bytes(length, "big")


def qr_modules(payload: str, level: str = "M") -> list[list[bool]]:
    """The modules of ``payload``'s QR code, row by row from the top (True: dark), as
    reportlab's ``QrCodeWidget(payload, barLevel=level)`` lays them out."""
    return [[bool(module) for module in row] for row in qr_rows(payload, level)]


def qr_rows(payload: str, level: str = "M") -> list[bytes]:
    """:func:`qr_modules` as one ``bytes`` per row (1: dark, 0: light)."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(payload)
    qr.version = qr.calculate_version()
    layout = _layout(qr.version, qr.errorCorrectLevel)
    n = layout.size
    bits = _bits(_codewords(qr), layout.data_cells)
    data = [_masked(bits, mask) for mask in layout.masks]
    best, lowest = 0, 0
    for mask in range(8):
        grid = bytes(layout.place(layout.trial + data[mask]))
        flipped = bytes(layout.transpose(grid))
        lost = _score(_lines(grid, n), _lines(flipped, n))
        if mask == 0 or lost < lowest:
            best, lowest = mask, lost
    return _lines(bytes(layout.place(layout.final[best] + data[best])), n)


def _lines(grid: bytes, n: int) -> list[bytes]:
    return [grid[i : i + n] for i in range(0, n * n, n)]
