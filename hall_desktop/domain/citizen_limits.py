"""一人一号 (one citizen, one number): the pure rules of the hall's limits per ID number.

The limits compare ID numbers, they never need to read one back: a ticket keeps only
:func:`citizen_digest`, an HMAC-SHA256 of the normalised number under a random key of
the hall and the service day. Without the key the digest cannot be tied to a person
(a plain hash could: the ID numbers of a region and a birth year are few enough to try
them all), and with a new key each day, two days' digests of one person differ. How the
keys are kept and forgotten is ``services/queue/citizen_limits.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence

#: The refusal codes of the limits: the desk offers 主管授权 on these.
OPEN_LIMIT = "id_open_limit"
DAILY_LIMIT = "id_daily_limit"
LIMIT_CODES = frozenset({OPEN_LIMIT, DAILY_LIMIT})

#: What the audit log says was overridden.
LIMIT_LABELS = {OPEN_LIMIT: "同类业务在排队", DAILY_LIMIT: "每日取号上限"}


def new_day_secret() -> str:
    """A fresh key for one hall and service day: 32 random bytes, in hex."""
    return secrets.token_hex(32)


def citizen_digest(secret: str, id_number: str) -> str:
    """The keyed hash of a normalised ID number (``parse_id_number(...).number``)."""
    return hmac.new(bytes.fromhex(secret), id_number.encode("ascii"), hashlib.sha256).hexdigest()


def open_limit_refusal(numbers: Sequence[str], line_name: str) -> str:
    """Why a second open ticket of one line is refused, naming the open one(s)."""
    if len(numbers) == 1:
        return f"该身份证号已有 {numbers[0]} 号在「{line_name}」排队，办结或过号后才能再取"
    listed = "、".join(numbers)
    return (
        f"该身份证号已有 {len(numbers)} 个号（{listed}）在「{line_name}」排队，已达上限，"
        "其中一个办结或过号后才能再取"
    )


def daily_limit_refusal(taken: int) -> str:
    """Why one more ticket today is refused."""
    return f"该身份证号今天已取 {taken} 个号，已达每日上限，请明天再来"
