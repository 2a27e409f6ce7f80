"""Checks and normalization of what citizens and staff type in.

Full-width characters typed with a Chinese input method (``１３８``, ``Ｘ``, ``－``)
are folded to their ASCII forms before checking.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from hall_desktop.domain.errors import ValidationError

_MOBILE = re.compile(r"(?:\+86|0086|86)?(1[3-9][0-9]{9})")
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"


def _compact(raw: str, drop: str = r"\s") -> str:
    """Fold full-width forms to ASCII and remove every character matching ``drop``."""
    return re.sub(drop, "", unicodedata.normalize("NFKC", raw))


def normalize_mobile(raw: str) -> str:
    """Return the 11 digits of a mainland mobile number (手机号码).

    Spaces and hyphens are ignored, and a ``+86`` / ``86`` / ``0086`` prefix is dropped.
    """
    match = _MOBILE.fullmatch(_compact(raw, r"[\s-]"))
    if match is None:
        raise ValidationError(
            "phone", "手机号码格式不正确：应为 11 位数字，以 1 开头（可带 +86 前缀）"
        )
    return match.group(1)


@dataclass(frozen=True)
class IdNumberInfo:
    """What an 18-character resident ID number (居民身份证号码) tells about its holder."""

    number: str
    region_code: str
    birth_date: date
    is_male: bool

    def age_on(self, day: date) -> int:
        """Full years of age on ``day``; someone born on 29 February ages on 1 March."""
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - before_birthday


def _check_char(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def parse_id_number(raw: str, today: date | None = None) -> IdNumberInfo:
    """Check and parse an 18-character resident ID number (GB 11643-1999).

    When ``today`` is given, a birth date after it is refused.
    """
    number = _compact(raw).upper()
    if len(number) != 18:
        raise ValidationError("id_number", f"身份证号码应为 18 位，当前为 {len(number)} 位")
    if _ID_SHAPE.fullmatch(number) is None:
        raise ValidationError("id_number", "身份证号码只能由数字组成，最后一位可以是 X")
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(
            "id_number", f"身份证号码中的出生日期 {number[6:14]} 不是有效日期"
        ) from None
    if number[17] != _check_char(number[:17]):
        raise ValidationError("id_number", "身份证号码校验位不正确，请核对是否输错")
    info = IdNumberInfo(
        number=number, region_code=number[:6], birth_date=birth, is_male=int(number[16]) % 2 == 1
    )
    if today is not None:
        check_born_by(info, today)
    return info


def check_born_by(info: IdNumberInfo, today: date) -> None:
    """Refuse an ID number whose holder is born after ``today``."""
    if info.birth_date > today:
        raise ValidationError("id_number", "身份证号码中的出生日期晚于今天")


def normalize_postal_code(raw: str) -> str:
    """Return a 6-digit postal code (邮政编码) with spaces removed."""
    code = _compact(raw)
    if re.fullmatch(r"[0-9]{6}", code) is None:
        raise ValidationError("postal_code", "邮政编码应为 6 位数字")
    return code


def is_senior(info: IdNumberInfo, day: date, threshold: int = 60) -> bool:
    """Whether the holder is at least ``threshold`` full years old on ``day`` (老年人优先)."""
    return info.age_on(day) >= threshold
