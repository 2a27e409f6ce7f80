"""Administration of staff accounts (人员管理); admins only, every change logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain import events
from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.passwords import hash_password
from hall_desktop.domain.text import natural_key
from hall_desktop.services import rules
from hall_desktop.services.actor import (
    ADMINS,
    Actor,
    Role,
    format_roles,
    new_staff,
    parse_roles,
    recheck,
    record_action,
    require,
)
from hall_desktop.store.database import Database
from hall_desktop.store.models import ServiceWindow, Staff


@dataclass(frozen=True, slots=True)
class StaffInfo:
    id: int
    login: str
    name: str
    staff_number: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None = None  # after repeated failed log-ins

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _info(row: Staff) -> StaffInfo:
    return StaffInfo(
        row.id,
        row.login,
        row.name,
        row.staff_number,
        parse_roles(row.roles),
        row.active,
        row.locked_until,
    )


def _checked(name: str, staff_number: str, roles: set[Role] | frozenset[Role]) -> tuple[str, str]:
    name = rules.STAFF_NAME.clean(name, required=True)
    staff_number = rules.STAFF_NUMBER.clean(staff_number, required=True)
    if not roles:
        raise ValidationError("roles", "请至少选择一个角色")
    return name, staff_number


async def _staff_event(
    session: AsyncSession, actor: Actor, kind: EventKind, now: datetime, row: Staff
) -> None:
    """An event about the account ``row`` (the log names it by id and login)."""
    await record_action(
        session, actor, kind, at=now, payload={"staff_id": row.id, "login": row.login}
    )


class AdminService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def list_staff(self, actor: Actor) -> list[StaffInfo]:
        require(actor, *ADMINS, action="查看人员")
        async with self.db.read() as session:
            rows = await session.scalars(select(Staff).where(Staff.hall_id == actor.hall_id))
            return [_info(row) for row in sorted(rows, key=lambda r: natural_key(r.login))]

    async def create_staff(
        self,
        actor: Actor,
        *,
        login: str,
        name: str,
        staff_number: str,
        roles: set[Role],
        password: str,
    ) -> StaffInfo:
        """Add a member of staff; the login must be new in this hall."""
        require(actor, *ADMINS, action="新增人员")
        login = rules.LOGIN.clean(login)
        if not login or not login.isascii() or not login.replace("_", "").isalnum():
            raise ValidationError("login", "用户名只能包含英文字母、数字和下划线")
        name, staff_number = _checked(name, staff_number, roles)
        password_hash = hash_password(password)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *ADMINS, action="新增人员")
            now = await self.db.now(session)
            taken = await session.scalar(
                select(Staff.id).where(Staff.hall_id == actor.hall_id, Staff.login == login)
            )
            if taken is not None:
                raise Refused(f"用户名“{login}”已被使用", code="login_taken")
            row = new_staff(
                actor.hall_id,
                login=login,
                name=name,
                staff_number=staff_number,
                roles=roles,
                password_hash=password_hash,
            )
            session.add(row)
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.STAFF_CREATED,
                at=now,
                payload={"staff_id": row.id, "login": login, "roles": format_roles(roles)},
            )
            return _info(row)

    async def update_staff(
        self,
        actor: Actor,
        staff_id: int,
        *,
        name: str,
        staff_number: str,
        roles: set[Role] | frozenset[Role],
    ) -> StaffInfo:
        """Name, staff number (工号) and roles; the login never changes (the log uses it)."""
        require(actor, *ADMINS, action="修改人员")
        name, staff_number = _checked(name, staff_number, roles)
        if staff_id == actor.staff_id and Role.ADMIN not in roles:
            raise Refused("不能取消自己的系统管理员角色，请由另一位管理员修改")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *ADMINS, action="修改人员")
            now = await self.db.now(session)
            row = await self._staff(session, actor, staff_id)
            before = {"name": row.name, "staff_number": row.staff_number, "roles": row.roles}
            after = {"name": name, "staff_number": staff_number, "roles": format_roles(roles)}
            changes = events.changes(before, after)
            if changes:
                row.name, row.staff_number, row.roles = name, staff_number, after["roles"]
                await record_action(
                    session,
                    actor,
                    EventKind.STAFF_EDITED,
                    at=now,
                    payload={"staff_id": staff_id, "login": row.login, "changes": changes},
                )
            return _info(row)

    async def unlock(self, actor: Actor, staff_id: int) -> StaffInfo:
        """解除锁定: lift the lock after repeated failed log-ins before it runs out."""
        require(actor, *ADMINS, action="解除锁定")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *ADMINS, action="解除锁定")
            now = await self.db.now(session)
            row = await self._staff(session, actor, staff_id)
            row.locked_until, row.failed_logins = None, 0
            await _staff_event(session, actor, EventKind.STAFF_UNLOCKED, now, row)
            return _info(row)

    async def now(self) -> datetime:
        async with self.db.read() as session:
            return await self.db.now(session)

    async def _staff(self, session: Any, actor: Actor, staff_id: int) -> Staff:
        row = await session.get(Staff, staff_id, with_for_update=True)
        if row is None or row.hall_id != actor.hall_id:
            raise NotFound(f"找不到人员（编号 {staff_id}）")
        return row  # type: ignore[no-any-return]

    async def set_staff_active(self, actor: Actor, staff_id: int, active: bool) -> StaffInfo:
        """Deactivate or reactivate an account (never deleted: the audit log refers to it)."""
        require(actor, *ADMINS, action="停用/启用人员")
        if staff_id == actor.staff_id and not active:
            raise Refused("不能停用自己的账号")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *ADMINS, action="停用/启用人员")
            now = await self.db.now(session)
            row = await self._staff(session, actor, staff_id)
            row.active = active
            kind = EventKind.STAFF_ACTIVATED if active else EventKind.STAFF_DEACTIVATED
            await _staff_event(session, actor, kind, now, row)
            if not active:  # nobody serves at a window under a deactivated name
                for window in await session.scalars(
                    select(ServiceWindow).where(ServiceWindow.clerk_id == staff_id)
                ):
                    window.clerk_id = None
                    await record_action(
                        session,
                        actor,
                        EventKind.WINDOW_SIGNED_OUT,
                        at=now,
                        window_id=window.id,
                        payload={"window_number": window.number, "staff_id": staff_id},
                    )
            return _info(row)

    async def reset_password(self, actor: Actor, staff_id: int, password: str) -> None:
        require(actor, *ADMINS, action="重置密码")
        password_hash = hash_password(password)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *ADMINS, action="重置密码")
            now = await self.db.now(session)
            row = await self._staff(session, actor, staff_id)
            row.password_hash, row.failed_logins, row.locked_until = password_hash, 0, None
            await _staff_event(session, actor, EventKind.STAFF_PASSWORD_RESET, now, row)
