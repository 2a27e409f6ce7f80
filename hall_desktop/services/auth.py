"""Logging in (登录): argon2 password hashes, and a lock after repeated failures."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Row, Select, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from hall_desktop.domain.errors import AuthenticationFailed
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.passwords import HASHER
from hall_desktop.domain.text import check_characters
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, parse_roles, require
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import record_event
from hall_desktop.store.models import Hall, Staff

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15


@retry_conflicts
class AuthService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def hall_id(self, hall_code: str) -> int:
        hall_code = rules.HALL_CODE.clean(hall_code)
        async with self.db.read() as session:
            hall_id = await session.scalar(select(Hall.id).where(Hall.code == hall_code))
        if hall_id is None:
            raise AuthenticationFailed(
                f"数据库中没有代码为“{hall_code}”的大厅，请检查设置（hall_code）",
                code="unknown_hall",
            )
        return hall_id

    async def login(self, hall_code: str, login: str, password: str) -> Actor:
        """Check a password; five failures in a row lock the account for 15 minutes."""
        return await self._verify(await self.hall_id(hall_code), login, password, logs_in=True)

    async def confirm_supervisor(self, hall_id: int, login: str, password: str) -> Actor:
        """主管授权: a supervisor confirms, with their own name and password, an action
        at another person's screen (the desk's override of the one-citizen limits).

        Not a log-in (no ``staff_login`` event; the action records who allowed it), but
        a wrong password counts towards the lock all the same.
        """
        actor = await self._verify(hall_id, login, password, logs_in=False)
        require(actor, *MANAGERS, action="主管授权")
        return actor

    async def _verify(self, hall_id: int, login: str, password: str, *, logs_in: bool) -> Actor:
        login = rules.LOGIN.clean(login)
        check_characters(password, "password", "密码")  # what cannot be encoded cannot match
        failure: AuthenticationFailed | None = None
        async with self.db.write() as session:
            now = await self.db.now(session)
            staff = await _account(session, hall_id, login)
            if staff is None or not staff.active:
                raise AuthenticationFailed("用户名或密码不正确")
            if staff.locked_until is not None and staff.locked_until > now:
                minutes = max(1, round((staff.locked_until - now).total_seconds() / 60))
                raise AuthenticationFailed(
                    f"登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试或联系管理员",
                    code="locked",
                )
            try:
                HASHER.verify(staff.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                locked = await _record_attempt(session, staff.id, ok=False, at=now)
                kind = EventKind.STAFF_LOCKED if locked else EventKind.STAFF_LOGIN_FAILED
                failure = (
                    AuthenticationFailed(
                        f"登录失败次数过多，账号已锁定 {LOCK_MINUTES} 分钟", code="locked"
                    )
                    if locked
                    else AuthenticationFailed("用户名或密码不正确")
                )
                await record_event(session, hall_id=hall_id, at=now, kind=kind, actor_id=staff.id)
            else:
                rehash = (
                    HASHER.hash(password)
                    if HASHER.check_needs_rehash(staff.password_hash)
                    else None
                )
                await _record_attempt(session, staff.id, ok=True, at=now, rehash=rehash)
                if logs_in:
                    await record_event(
                        session,
                        hall_id=hall_id,
                        at=now,
                        kind=EventKind.STAFF_LOGIN,
                        actor_id=staff.id,
                    )
                actor = Actor(
                    staff_id=staff.id,
                    hall_id=hall_id,
                    login=staff.login,
                    name=staff.name,
                    staff_number=staff.staff_number,
                    roles=parse_roles(staff.roles),
                )
        # Raised after the commit, so the failure count and the lock are kept.
        if failure is not None:
            raise failure
        return actor


_ACCOUNT = (
    Staff.id,
    Staff.login,
    Staff.name,
    Staff.staff_number,
    Staff.roles,
    Staff.password_hash,
    Staff.active,
    Staff.locked_until,
)


async def _account(session: AsyncSession, hall_id: int, login: str) -> Any:
    """The account of ``login`` with its password hash. On PostgreSQL through
    ``hall_login_account`` (migration 0023): a PC's database role may not read the
    staff table's hashes, only ask for the one a person is logging in with."""
    """(None: no such account.)"""
    if session.get_bind().dialect.name != "postgresql":
        wanted = (Staff.hall_id == hall_id, Staff.login == login)
        query: Select[*tuple[Any, ...]] = select(*_ACCOUNT).where(*wanted)
    else:
        query = select(*(literal_column(c.key) for c in _ACCOUNT)).select_from(
            func.hall_login_account(hall_id, login)
        )
    return (await session.execute(query)).first()


async def _record_attempt(
    session: AsyncSession, staff_id: int, *, ok: bool, at: datetime, rehash: str | None = None
) -> bool:
    """A password check's outcome on the account: a failure counts towards the lock
    (:data:`MAX_FAILED_LOGINS` in a row lock it for :data:`LOCK_MINUTES`), a success
    clears it. True when this failure locked the account. On PostgreSQL through
    ``hall_login_record`` (the same rule; a PC's role may not update staff)."""
    if session.get_bind().dialect.name == "postgresql":
        row: Row[Any] | None = (
            await session.execute(
                select(literal_column("locked")).select_from(
                    func.hall_login_record(staff_id, ok, at, rehash)
                )
            )
        ).first()
        return row is not None and bool(row[0])
    staff = await session.get(Staff, staff_id, options=[undefer(Staff.password_hash)])
    assert staff is not None
    if ok:
        staff.failed_logins, staff.locked_until = 0, None
        if rehash is not None:
            staff.password_hash = rehash
        return False
    staff.failed_logins += 1
    if staff.failed_logins >= MAX_FAILED_LOGINS:
        staff.locked_until = at + timedelta(minutes=LOCK_MINUTES)
        staff.failed_logins = 0
        return True
    return False
