"""Passwords: how strong a new one must be, and the argon2 hash that is kept of it."""

from __future__ import annotations

from argon2 import PasswordHasher

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.text import check_characters

MIN_PASSWORD_LENGTH = 8

#: The library's own (memory-hard) parameters; tests use cheaper ones of their own.
HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """The hash kept for a new password, after :func:`check_password_strength`."""
    check_password_strength(password)
    return HASHER.hash(password)


def check_password_strength(password: str) -> None:
    """At least 8 characters with letters and digits; no control character, no lone
    surrogate (a password is kept as typed otherwise: never trimmed nor normalized)."""
    check_characters(password, "password", "密码")
    if (
        len(password) < MIN_PASSWORD_LENGTH
        or not any(c.isalpha() for c in password)
        or not any(c.isdigit() for c in password)
    ):
        raise ValidationError(
            "password", f"密码至少 {MIN_PASSWORD_LENGTH} 位，且需同时包含字母和数字"
        )
