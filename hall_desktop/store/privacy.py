"""Database errors that carry no citizen's data.

A failed statement's error travels far: to a controller's error handler, which logs it,
and into a crash report. SQLAlchemy's message would list every bound parameter (phone,
ID number, address): engines are created with ``hide_parameters=True`` (:data:`ENGINE_OPTIONS`).
PostgreSQL adds its own DETAIL, which repeats the values ("Key (login)=(…) already exists",
"Failing row contains (…)"): :func:`drop_error_details` keeps the primary message, which
names the constraint, the table or the column, and drops the rest.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, ExceptionContext
from sqlalchemy.ext.asyncio import AsyncEngine

#: For every ``create_engine`` / ``create_async_engine`` of the program.
ENGINE_OPTIONS: dict[str, Any] = {"hide_parameters": True}


def _without_details(error: BaseException) -> str | None:
    """The message of a PostgreSQL error without DETAIL, CONTEXT …; None if it has none."""
    diag = getattr(error, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if not primary or str(error) == primary:
        return None
    hint = getattr(diag, "message_hint", None)
    return f"{primary}\nHINT:  {hint}" if hint else str(primary)


def drop_error_details(engine: Engine | AsyncEngine) -> None:
    """Take PostgreSQL's DETAIL (and CONTEXT) out of every error ``engine`` raises."""
    sync_engine = engine.sync_engine if isinstance(engine, AsyncEngine) else engine

    @event.listens_for(sync_engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        original = context.original_exception
        before = str(original)
        after = _without_details(original)
        if after is None:
            return
        original.args = (after,)
        wrapped = context.sqlalchemy_exception
        if wrapped is not None and wrapped.args and isinstance(wrapped.args[0], str):
            wrapped.args = (wrapped.args[0].replace(before, after), *wrapped.args[1:])
