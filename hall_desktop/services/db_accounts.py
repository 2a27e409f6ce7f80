"""数据库账号: the hall's PostgreSQL login roles, one per kind of PC, as the 数据库账号
tab shows them, and a new password for one of them (shown once, never stored here).

The roles themselves are made by the hall's IT staff with ``hall-desktop db roles``
(:mod:`hall_desktop.store.pg_roles`), with the owner account; a hall's administrator
gives one a new password here when a PC's password is lost or known to too many. The
server keeps only the password's SCRAM verifier, made on this PC
(:func:`~hall_desktop.store.pg_roles.scram_verifier`); ``hall_set_role_password``
(migration 0023) lets the hall's admin role set it for its own hall's roles only.

A single-PC hall on SQLite has no database accounts: its file is protected by the
PC's own file permissions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused
from hall_desktop.domain.events import EventKind
from hall_desktop.services.actor import ADMINS, Actor, recheck, record_action, require
from hall_desktop.store import pg_roles
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.models import Hall
from hall_desktop.store.pg_roles import LoginRole

__all__ = ["DbAccountService", "DbAccounts", "LoginRole"]

_VIEW = "查看数据库账号"
_SET = "生成数据库账号密码"
_INSUFFICIENT_PRIVILEGE = "42501"
_UNDEFINED_OBJECT = "42704"


@dataclass(frozen=True, slots=True)
class DbAccounts:
    """The hall's database accounts (``available``: False on SQLite, which has none);
    ``this_pc``: the account this PC is connected with."""

    available: bool
    roles: tuple[LoginRole, ...] = ()
    this_pc: str | None = None


async def _hall_roles(session: AsyncSession, hall_id: int) -> list[LoginRole]:
    return await session.run_sync(lambda s: pg_roles.hall_login_roles(s.connection(), hall_id))


#: What the hall's IT staff run, with the database owner's account, to make the accounts.
ROLES_COMMAND = "hall-desktop db roles --hall {code}"


def _roles_command(code: str) -> str:
    return ROLES_COMMAND.format(code=code)


def _gone(role: str, code: str) -> Refused:
    return Refused(
        f"服务器上已没有数据库账号 {role}，请 IT 人员运行 {_roles_command(code)} 重新创建"
    )


def _refusal(error: sa_exc.DBAPIError, role: str, code: str) -> Refused | None:
    """What the server's refusal to set ``role``'s password means, in Chinese (None:
    not a refusal; a fault to report)."""
    state = getattr(error.orig, "sqlstate", None)
    text = str(error.orig).lower()
    if state == _UNDEFINED_OBJECT:
        return _gone(role, code)
    if state != _INSUFFICIENT_PRIVILEGE:
        return None
    # This PC's account: not the hall's admin (no right to db_login or the function),
    # or another hall's.
    if "may not set passwords" in text or "permission denied for" in text:
        return Refused(
            "本电脑连接数据库所用的账号不能设置数据库账号的密码：请在以本大厅管理端账号"
            f"（…_admin）连接的电脑上操作，或请 IT 人员运行 {_roles_command(code)} --new-passwords"
        )
    # ALTER ROLE refused: the function runs as the tables' owner, which may not alter
    # roles ("permission denied", "… to alter role", "must have CREATEROLE …").
    return Refused(
        "数据库所有者账号没有修改账号密码的权限（需要 CREATEROLE），"
        f"请 IT 人员运行 {_roles_command(code)} --new-passwords"
    )


@retry_conflicts
class DbAccountService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def accounts(self, actor: Actor) -> DbAccounts:
        """The hall's database accounts and whether the server still has each
        (administrators only); none on SQLite."""
        require(actor, *ADMINS, action=_VIEW)
        async with self.db.read() as session:
            actor = await recheck(session, actor, *ADMINS, action=_VIEW)
            if not self.db.is_postgresql:
                return DbAccounts(available=False)
            roles = await _hall_roles(session, actor.hall_id)
            this_pc = await session.scalar(select(func.current_user()))
            return DbAccounts(True, tuple(roles), None if this_pc is None else str(this_pc))

    async def new_password(self, actor: Actor, role_name: str) -> str:
        """Give the hall's database account ``role_name`` a new password and return it
        (administrators only). The password is shown once: the server keeps only its
        SCRAM verifier, the audit log only which account got a new one."""
        require(actor, *ADMINS, action=_SET)
        if not self.db.is_postgresql:
            raise Refused("单机 SQLite 数据库没有数据库账号")
        password = pg_roles.new_password()
        verifier = pg_roles.scram_verifier(password)
        code = "大厅代码"  # until it is read
        try:
            async with self.db.write() as session:
                actor = await recheck(session, actor, *ADMINS, action=_SET)
                now = await self.db.now(session)
                code = str(await session.scalar(select(Hall.code).where(Hall.id == actor.hall_id)))
                role = next(
                    (r for r in await _hall_roles(session, actor.hall_id) if r.name == role_name),
                    None,
                )
                if role is None:
                    raise NotFound(f"本大厅没有数据库账号 {role_name}")
                if not role.exists:
                    raise _gone(role.name, code)
                await session.execute(select(func.hall_set_role_password(role.name, verifier)))
                await record_action(
                    session,
                    actor,
                    EventKind.DB_LOGIN_PASSWORD_SET,
                    at=now,
                    payload={
                        "role_name": role.name,
                        "role_kind": role.kind,
                        "role_for": role.label,
                    },
                )
        except (sa_exc.DBAPIError, PermissionDenied) as e:
            # The database's refusal (store.database turns a missing privilege into
            # PermissionDenied with the server's error as its cause): what it means here.
            cause = e if isinstance(e, sa_exc.DBAPIError) else e.__cause__
            refused = (
                _refusal(cause, role_name, code) if isinstance(cause, sa_exc.DBAPIError) else None
            )
            if refused is None:
                raise
            raise refused from e
        return password
