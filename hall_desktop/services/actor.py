"""Who is asking: the logged-in member of staff, and the role checks services make."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hall_desktop.domain.errors import PermissionDenied


class Role(StrEnum):
    GUIDE = "guide"  # 导办员
    CLERK = "clerk"  # 窗口人员
    SUPERVISOR = "supervisor"  # 值班长/负责人
    ADMIN = "admin"  # 系统管理员

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.GUIDE: "导办员",
    Role.CLERK: "窗口人员",
    Role.SUPERVISOR: "负责人",
    Role.ADMIN: "系统管理员",
}


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(part) for part in text.split(",") if part)


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(role.value for role in roles))


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
CALLERS = (Role.CLERK, Role.SUPERVISOR)
STAFF = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR)
MANAGERS = (Role.SUPERVISOR, Role.ADMIN)
ADMINS = (Role.ADMIN,)
