"""Records built from rows whose attributes share their field names.

A service reads an ORM row and hands the screens a frozen dataclass with the same
names (``HallSettings`` from ``Hall``, ``EventRecord`` from ``Event`` …). Writing each
``name=row.name`` out again for every field is how such copies drift apart; this reads
the record's own field list instead.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, TypeVar

RecordT = TypeVar("RecordT")


def record_from(cls: type[RecordT], source: object, **given: Any) -> RecordT:
    """A ``cls`` (a dataclass) whose fields are ``given`` or, for the others, the
    attribute of the same name on ``source``. A field with a default that ``source``
    does not have keeps its default; any other missing one is an error (a typo or a
    renamed column must not pass silently)."""
    assert is_dataclass(cls), f"{cls!r} is not a dataclass"
    values: dict[str, Any] = {}
    for f in fields(cls):
        if not f.init:
            continue
        if f.name in given:
            values[f.name] = given.pop(f.name)
        elif hasattr(source, f.name):
            values[f.name] = getattr(source, f.name)
        elif f.default is MISSING and f.default_factory is MISSING:
            raise AttributeError(f"{type(source).__name__} has no {f.name!r} for {cls.__name__}")
    if given:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(given))}")
    return cls(**values)
