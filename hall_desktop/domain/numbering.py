"""Ticket numbers (号码): line prefix + daily sequence, e.g. ``A001``."""

from __future__ import annotations

import re

from hall_desktop.domain.errors import ValidationError

PREFIX_PATTERN = re.compile(r"^[A-Z]{1,2}$")


def validate_prefix(prefix: str) -> str:
    value = prefix.strip().upper()
    if not PREFIX_PATTERN.match(value):
        raise ValidationError("prefix", "号码前缀应为 1 到 2 个英文字母")
    return value


def format_number(prefix: str, seq: int, width: int = 3) -> str:
    """``format_number("A", 12) == "A012"``; grows past ``width`` digits when needed."""
    if seq < 0:
        raise ValueError("sequence must not be negative")
    return f"{prefix}{seq:0{width}d}"


def spoken_number(number: str) -> str:
    """The number read digit by digit for the hall's voice: ``A012`` → ``A 0 1 2``."""
    return " ".join(number)
