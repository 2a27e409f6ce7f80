"""Who is asking: the logged-in member of staff, and the role checks services make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.errors import PermissionDenied
from hall_desktop.domain.events import EventKind
from hall_desktop.store.events import record_event
from hall_desktop.store.models import Staff


class Role(StrEnum):
    GUIDE = "guide"  # 导办员
    CLERK = "clerk"  # 窗口人员
    SUPERVISOR = "supervisor"  # 值班长/负责人
    ADMIN = "admin"  # 系统管理员
    KIOSK = "kiosk"  # 自助取号机: the account of a number machine, not of a person
    #: 区县管理员: a member of the district centre's staff who sees every hall of the
    #: district (statistics side by side, the townships' share of the catalogue). The
    #: centre's own administration still needs ``admin`` or ``supervisor``.
    DISTRICT_ADMIN = "district_admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.GUIDE: "导办员",
    Role.CLERK: "窗口人员",
    Role.SUPERVISOR: "负责人",
    Role.ADMIN: "系统管理员",
    Role.KIOSK: "自助取号机",
    Role.DISTRICT_ADMIN: "区县管理员",
}


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(part) for part in text.split(",") if part)


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(role.value for role in roles))


def new_staff(
    hall_id: int,
    *,
    login: str,
    name: str,
    staff_number: str,
    roles: frozenset[Role] | set[Role],
    password_hash: str,
) -> Staff:
    """A new member of staff's row: active, not locked (the caller adds it)."""
    return Staff(
        hall_id=hall_id,
        login=login,
        name=name,
        staff_number=staff_number,
        roles=format_roles(roles),
        password_hash=password_hash,
        active=True,
        failed_logins=0,
    )


@dataclass(frozen=True, slots=True)
class Actor:
    """The member of staff on whose behalf a service runs."""

    staff_id: int
    hall_id: int
    login: str
    name: str
    staff_number: str
    roles: frozenset[Role]

    def has(self, *roles: Role) -> bool:
        return not self.roles.isdisjoint(roles)


def require(actor: Actor, *roles: Role, action: str) -> None:
    """Refuse ``action`` unless the actor has one of ``roles``."""
    if not actor.has(*roles):
        allowed = "、".join(role.label for role in roles)
        raise PermissionDenied(f"{actor.name}（{actor.login}）没有“{action}”的权限，需要{allowed}")


# Who may do what; the services check these themselves, not only the UI.
ISSUERS = (Role.GUIDE, Role.SUPERVISOR)
#: Who may take a walk-in number (and check an appointment in): the issuers, and a
#: self-service kiosk's device account, which may do nothing else (not cancel, not
#: reactivate, not give the green channel: that needs a person who looked).
NUMBER_TAKERS = (*ISSUERS, Role.KIOSK)
CALLERS = (Role.CLERK, Role.SUPERVISOR)
STAFF = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR)
MANAGERS = (Role.SUPERVISOR, Role.ADMIN)
ADMINS = (Role.ADMIN,)
#: Who may log in to the admin program: the managers, and a district administrator
#: (who sees only the district's tab unless they also hold a manager's role).
ADMIN_PROGRAM = (*MANAGERS, Role.DISTRICT_ADMIN)
DISTRICT_ADMINS = (Role.DISTRICT_ADMIN,)


# -- the acting staff row, re-read inside each write ----------------------------------

_STAFF_ROW = select(
    Staff.hall_id, Staff.login, Staff.name, Staff.staff_number, Staff.roles, Staff.active
).where(Staff.id == bindparam("p_staff_id"))


async def recheck(
    session: AsyncSession | AsyncConnection, actor: Actor, *roles: Role, action: str
) -> Actor:
    """The actor as the database knows them now, refused unless allowed to ``action``.

    A PC's cached log-in is not a permission: every write re-reads the acting member of
    staff in its own transaction (still active, still in this hall, the roles they have
    now) and works with what it finds. This guards against a stale or hand-made
    :class:`Actor` in this program; it cannot guard against a PC that talks to the
    database directly with its credentials (the database's own roles must do that).
    """
    row = (await session.execute(_STAFF_ROW, {"p_staff_id": actor.staff_id})).first()
    return checked_actor(actor, row, *roles, action=action)


def checked_actor(actor: Actor, row: Any, *roles: Role, action: str) -> Actor:
    """:func:`recheck` on a staff row already read (hall_id, login, name, staff_number,
    roles, active), e.g. by a statement that read it along with other rows."""
    if row is None or row.hall_id != actor.hall_id:
        raise PermissionDenied("登录信息已失效，请重新登录", code="stale_login")
    if not row.active:
        raise PermissionDenied(
            f"{row.name}（{row.login}）的账号已停用，不能{action}，请联系管理员",
            code="deactivated",
        )
    fresh = Actor(
        actor.staff_id, row.hall_id, row.login, row.name, row.staff_number, parse_roles(row.roles)
    )
    if roles:
        require(fresh, *roles, action=action)
    return fresh


async def record_action(
    session: AsyncSession | AsyncConnection,
    actor: Actor,
    kind: EventKind,
    *,
    at: datetime,
    ticket_id: int | None = None,
    window_id: int | None = None,
    payload: dict[str, Any] | None = None,
) -> int:
    """:func:`~hall_desktop.store.events.record_event` for what ``actor`` did in their hall."""
    return await record_event(
        session,
        hall_id=actor.hall_id,
        at=at,
        kind=kind,
        actor_id=actor.staff_id,
        ticket_id=ticket_id,
        window_id=window_id,
        payload=payload,
    )


class TicketRelated(Protocol):
    """A row about a ticket and the window that served it (a record, a dispatch)."""

    @property
    def ticket_id(self) -> int | None: ...

    @property
    def window_id(self) -> int | None: ...


async def record_about(
    session: AsyncSession | AsyncConnection,
    actor: Actor,
    row: TicketRelated,
    kind: EventKind,
    *,
    at: datetime,
    payload: dict[str, Any],
) -> int:
    """:func:`record_action` about ``row``, naming its ticket and window."""
    return await record_action(
        session,
        actor,
        kind,
        at=at,
        ticket_id=row.ticket_id,
        window_id=row.window_id,
        payload=payload,
    )
