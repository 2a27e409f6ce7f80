"""The database roles' drill (``HALL_TEST_ROLE_DRILL=1``): a service test's calls on
PostgreSQL run under the role of the PC that makes each (``store.pg_roles``).

A call with an :class:`Actor` runs as its hall's role for what that person works at:
a manager (admin, supervisor) at the admin PC, a guide at the desk, a kiosk's device
account at the kiosk, a clerk at the window. The district's work (every hall of the
district side by side) runs as the district centre's account (区县), which only a
centre has. A terminal's calls (a rating, the question a restarted terminal asks) run as the
terminal role of its window. Calls without an
actor (the screens' reads, seeding, a log-in) keep the test's own owner connection; the
display's and the terminal's reads are tested under their roles in
``tests/store/test_db_roles.py``.

The roles are made for each hall when first needed (again when a window is new) and
dropped when the test session ends: roles belong to the whole server.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.district import DistrictService
from hall_desktop.services.rating import RatingService
from hall_desktop.store import pg_roles
from hall_desktop.store.database import sync_url

_DISTRICT = (DistrictService,)
ENABLED = bool(os.environ.get("HALL_TEST_ROLE_DRILL"))
_TERMINAL_CALLS = frozenset({"rate", "record_not_rated", "pending_for_window"})


def kind_of(actor: Actor) -> str:
    if actor.has(Role.ADMIN, Role.SUPERVISOR):
        return "admin"
    if actor.has(Role.GUIDE):
        return "desk"
    if actor.has(Role.KIOSK):
        return "kiosk"
    if actor.has(Role.CLERK):
        return "clerk"
    return "admin"  # a district administrator, at the admin PC


class RoleDrill:
    """The drill for one PostgreSQL database (:data:`store.database.role_drill`)."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.engine = create_engine(sync_url(url))
        self.applied = False
        self.names: dict[tuple[int, str, int | None], str] = {}
        self.made: set[str] = set()
        self.calls: dict[str, int] = {}  # role kind → calls run under it (the test's proof)

    def __call__(
        self, service: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> str | None:
        if service.db.url.database != self.url.database:  # e.g. a benchmark's own database
            return None
        actor = next((a for a in (*args, *kwargs.values()) if isinstance(a, Actor)), None)
        if isinstance(service, _DISTRICT):  # a district centre's account (区县)
            return None if actor is None else self.role(actor.hall_id, "district")
        if actor is not None:
            return self.role(actor.hall_id, kind_of(actor))
        if isinstance(service, RatingService) and method in _TERMINAL_CALLS and len(args) >= 2:
            return self.role(int(args[0]), "terminal", int(args[1]))
        return None

    def role(self, hall_id: int, kind: str, window_id: int | None = None) -> str | None:
        key = (hall_id, kind, window_id)
        if key not in self.names:
            self._set_up(hall_id)
        name = self.names.get(key)
        if name is not None:
            self.calls[kind] = self.calls.get(kind, 0) + 1
        return name

    def _set_up(self, hall_id: int) -> None:
        with self.engine.begin() as conn:
            if not self.applied:
                pg_roles.apply_access(conn)
                self.applied = True
            code = conn.scalar(text("SELECT code FROM hall WHERE id = :h"), {"h": hall_id})
            if code is None:
                return
            windows = list(
                conn.execute(
                    text("SELECT id, number FROM hall_window WHERE hall_id = :h"), {"h": hall_id}
                )
            )
            by_number = {number: wid for wid, number in windows}
            made = pg_roles.make_login_roles(
                conn,
                database=str(self.url.database),
                hall_id=hall_id,
                hall_code=str(code),
                kinds=pg_roles.kinds_of_hall(conn, hall_id),
                windows=[(wid, number) for wid, number in windows],
            )
        for role, _ in made:
            window = by_number.get(role.window_number) if role.window_number else None
            self.names[(hall_id, role.kind, window)] = role.name
            self.made.add(role.name)

    def drop(self) -> None:
        """Drop the roles made (through their database while it is there: a role that
        may connect to one cannot be dropped before that is taken back)."""
        try:
            with self.engine.begin() as conn:
                for name in sorted(self.made):
                    pg_roles.drop_login_role(conn, name)
            return
        except OperationalError:  # the database is gone, and the roles' rights with it
            pass
        finally:
            self.engine.dispose()
        server = create_engine(sync_url(self.url).set(database="postgres"))
        with server.begin() as conn:
            for name in sorted(self.made):
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        server.dispose()
