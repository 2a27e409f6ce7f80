"""A live feed reader's position: plain data, importable without SQLAlchemy (screens and
their data types carry it before the database is loaded)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FeedPosition:
    """Where a reader of one hall's events stands; screens treat it as opaque.

    ``last_id``: the newest event id delivered (or skipped at the start). PostgreSQL
    only: ``watermark``, every transaction below it had finished at an earlier read;
    ``seen``, the ids delivered whose transaction is not below the watermark.
    """

    last_id: int = 0
    watermark: int | None = None
    seen: frozenset[int] = frozenset()
