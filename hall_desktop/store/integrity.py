"""A write the database refused for a unique key, said in the hall's words: the one place
where such an :class:`~sqlalchemy.exc.IntegrityError` becomes a :class:`ValidationError`
(a field's value is taken) or a :class:`Refused`.

The services check first (a prefix still free, a ticket not rated yet) and refuse in
their own words; two PCs saving the same value at the same moment both pass those checks,
and the database's unique key refuses the second. Which key refused is read from the
error: PostgreSQL names the constraint (``diag.constraint_name``); SQLite names its
columns ("UNIQUE constraint failed: business_line.hall_id, business_line.prefix"), which
the models' metadata turns into the same name (its naming convention gives every
constraint a stable one). A key not listed in :data:`CLASHES` stays an ``IntegrityError``:
a bug, not something a person can mend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Index, PrimaryKeyConstraint, UniqueConstraint, exc

from hall_desktop.domain.errors import HallError, Refused, ValidationError
from hall_desktop.store.models import Base

_SQLITE_UNIQUE = "UNIQUE constraint failed: "


@dataclass(frozen=True, slots=True)
class Clash:
    """What a refused key means to the person who saved."""

    #: The form field to blame; None: nothing to mend in the form (:class:`Refused`).
    field: str | None
    #: Without the value: SQLite's error does not tell it (the service's own check,
    #: which runs first, names it).
    message: str
    code: str

    def error(self) -> HallError:
        if self.field is None:
            return Refused(self.message, code=self.code)
        return ValidationError(self.field, self.message, code=self.code)


#: Constraint name → what it means. The names are the metadata's (and the migrations').
CLASHES: Mapping[str, Clash] = {
    "uq_business_line_hall_id_prefix": Clash(
        "prefix", "号码前缀刚被其他业务占用，请换一个前缀", "prefix_taken"
    ),
    "uq_hall_window_hall_id_number": Clash(
        "number", "窗口号刚被其他窗口占用，请换一个窗口号", "number_taken"
    ),
    "uq_service_item_hall_id_code": Clash(
        "code", "事项编码刚被其他人占用，请刷新后重试", "code_taken"
    ),
    "uq_rating_ticket_id": Clash(None, "该号已经评价过了", "already_rated"),
    "pk_calendar_day": Clash(None, "日历刚被其他人修改过，请刷新后重试", "conflict"),
    "pk_calendar_year": Clash(None, "该年的日历刚被其他人修改过，请刷新后重试", "conflict"),
}


def _names_by_columns() -> dict[tuple[str, frozenset[str]], str]:
    """(table, its columns) → the name of the unique key over them, for SQLite's words."""
    names: dict[tuple[str, frozenset[str]], str] = {}
    for table in Base.metadata.tables.values():
        keys: list[UniqueConstraint | PrimaryKeyConstraint | Index] = [
            c for c in table.constraints if isinstance(c, UniqueConstraint | PrimaryKeyConstraint)
        ]
        keys += [i for i in table.indexes if i.unique]
        for key in keys:
            columns = frozenset(c.name for c in key.columns)
            if columns and isinstance(key.name, str):
                names[(table.name, columns)] = key.name
    return names


_BY_COLUMNS = _names_by_columns()


def constraint_name(error: exc.IntegrityError) -> str | None:
    """The name of the key that refused the write, if the error tells it."""
    diag = getattr(error.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    if isinstance(name, str):
        return name
    text = str(error.orig)
    if not text.startswith(_SQLITE_UNIQUE):
        return None
    tables: set[str] = set()
    columns: set[str] = set()
    for qualified in text.removeprefix(_SQLITE_UNIQUE).split(","):
        table, _, column = qualified.strip().partition(".")
        tables.add(table)
        columns.add(column)
    if len(tables) != 1:
        return None
    return _BY_COLUMNS.get((tables.pop(), frozenset(columns)))


def refusal(error: exc.IntegrityError) -> HallError | None:
    """The hall's error for a write a listed key refused; None for any other."""
    name = constraint_name(error)
    clash = CLASHES.get(name) if name is not None else None
    return None if clash is None else clash.error()
