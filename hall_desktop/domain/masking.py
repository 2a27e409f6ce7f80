"""Masking of personal data (脱敏) for screens, printouts and logs.

Every function accepts ``None`` and returns ``""`` for it.
"""

from __future__ import annotations


def _keep_ends(text: str, head: int, tail: int) -> str:
    """Star all but ``head`` leading and ``tail`` trailing characters.

    Text too short to hide anything that way keeps only its last 2 characters.
    """
    if len(text) <= head + tail:
        head, tail = 0, min(len(text), 2)
    return text[:head] + "*" * (len(text) - head - tail) + text[len(text) - tail :]


def mask_name(name: str | None) -> str:
    """``张三`` → ``张*``, ``张三丰`` → ``张*丰``, ``欧阳娜娜`` → ``欧**娜``."""
    if not name or len(name) == 1:
        return name or ""
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(phone: str | None) -> str:
    """``13812345678`` → ``138****5678``; the length is kept."""
    return _keep_ends(phone or "", 3, 4)


def mask_id_number(number: str | None) -> str:
    """``11010119900307451X`` → ``110101********451X``; the length is kept."""
    return _keep_ends(number or "", 6, 4)


def mask_address(detail: str | None) -> str:
    """Keep the first 6 characters (only half of a shorter address) and append ``****``."""
    if not detail:
        return ""
    return detail[: 6 if len(detail) > 6 else len(detail) // 2] + "****"
