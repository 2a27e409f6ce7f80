"""Cleaning the text people type or import, before a service keeps or searches for it.

Every service cleans every text it takes with a :class:`TextRule` (one per field, see
``services/rules.py``), so no screen, import or script can store what the rules refuse.
What every field gets:

- A lone surrogate (half of a UTF-16 pair: text damaged on its way in) cannot be
  written as UTF-8 and is refused. So are control characters other than whitespace (NUL,
  the other C0 and C1 controls, DEL), the bidirectional embeddings, overrides and
  isolates, and Unicode noncharacters: nobody can see them on a screen, PostgreSQL
  refuses NUL, an XLSX file cannot hold them, and an override makes a name read
  backwards on the hall's display. Private-use characters are kept: an ID card reader
  gives some rare characters of names in that area.
- Zero-width characters that come with pasted text (U+200B, U+200E, U+200F, U+2060,
  U+FEFF) are removed: they are invisible and make two equal-looking texts differ.
- Whitespace of any kind (tab, newline, the ideographic space U+3000) becomes one space,
  and the ends are trimmed: every form field of the program is one line.
- The length is counted after cleaning, in characters as PostgreSQL counts them, and
  compared with the column that keeps the field.

Then the normal form, by kind of field:

- Codes and numbers (:attr:`TextRule.fold`: catalogue and hall codes, logins, staff
  numbers, line prefixes, waybills; phones, ID numbers and postal codes in
  ``validators``): NFKC, so ``ＡＢ１２`` typed in a Chinese input method's full-width mode
  is ``AB12`` and finds what the database holds.
- Free text (names of people, lines and items, addresses, reasons, notes, the hall's
  notice): NFC only. NFKC would rewrite what the hall writes on purpose: the full-width
  punctuation of Chinese text （，：） would become ASCII, ① would become 1, ㎡ m2 and
  Ⅱ II. NFC only joins a letter and its combining accent, so that the same-looking name
  is the same string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hall_desktop.domain.errors import ValidationError

#: Removed without a word: invisible, and pasted by accident.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Controls other than the whitespace ones (tab, newline … become a space), the
#: bidirectional embeddings, overrides and isolates, and the noncharacters.
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)


def check_characters(value: str, field: str, label: str) -> None:
    """Refuse lone surrogates and invisible control characters in ``value``."""
    if _SURROGATE.search(value):
        raise ValidationError(
            field, f"{label}中有无法识别的字符（可能是复制时损坏的文字），请重新输入"
        )
    if _CONTROL.search(value):
        raise ValidationError(field, f"{label}中有看不见的控制字符，请删除后重新输入")


@dataclass(frozen=True, slots=True)
class TextRule:
    """How one field's text is cleaned: its name for errors, its label for people, the
    longest text its column keeps, and whether it is a code (NFKC) or free text (NFC)."""

    field: str
    label: str
    max_length: int
    fold: bool = False

    def clean(self, value: str, *, required: bool = False) -> str:
        """The cleaned text; ``required``: refuse a text that is empty once cleaned."""
        if not isinstance(value, str):
            raise ValidationError(self.field, f"{self.label}应为文字")
        text = unicodedata.normalize("NFKC" if self.fold else "NFC", value)
        check_characters(text, self.field, self.label)
        text = " ".join(_INVISIBLE.sub("", text).split())
        if required and not text:
            raise ValidationError(self.field, f"请填写{self.label}")
        if len(text) > self.max_length:
            raise ValidationError(
                self.field, f"{self.label}过长（最多 {self.max_length} 个字，现有 {len(text)} 个）"
            )
        return text

    def optional(self, value: str | None) -> str | None:
        """The cleaned text, or None for None and for a text that is empty once cleaned."""
        return None if value is None else self.clean(value) or None


_DIGITS = re.compile(r"(\d+)")


def natural_key(value: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders the numbers inside text by value: clerk2 before clerk10,
    3号窗口 before 12号窗口 (people read them so)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(value)
        if part
    )
