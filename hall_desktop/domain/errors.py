"""Errors a hall user may see.

Every error carries a stable ``code`` (for logs, tests and translations) and a
``message`` in plain Simplified Chinese that the UI can show as it is.
"""

from __future__ import annotations


class HallError(Exception):
    """An expected problem: bad input, an illegal move, a closed line, …"""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class ValidationError(HallError):
    """A field's value is malformed; ``field`` names the field."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class IllegalTransition(HallError):
    """A ticket cannot make this move from its current state."""

    code = "illegal_transition"


class PermissionDenied(HallError):
    code = "permission_denied"


class NotFound(HallError):
    code = "not_found"


class Refused(HallError):
    """A legal request the hall's rules refuse (closed line, daily limit reached, …)."""

    code = "refused"


class AuthenticationFailed(HallError):
    code = "authentication_failed"


class DatabaseUnavailable(HallError):
    code = "database_unavailable"


class DatabaseBusy(HallError):
    """The database is busy with other work (another PC's long write, a conflict that
    would not clear): nothing was done, and the same action may be tried again."""

    code = "database_busy"


class SchemaError(HallError):
    """The database's schema does not match this program."""

    code = "schema"
