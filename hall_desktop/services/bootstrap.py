"""A new hall on an empty database (新建大厅): the hall, its first administrator, the
usual weekday hours and the holiday calendar. Everything else (windows, lines, the
service-item catalogue, the other accounts) the administrator sets up in the admin
screens; every step is in the audit log, this one included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select

from hall_desktop.domain.errors import Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.passwords import hash_password
from hall_desktop.services import rules
from hall_desktop.services.actor import Actor, Role, new_staff
from hall_desktop.store.database import Database
from hall_desktop.store.events import record_event
from hall_desktop.store.models import Hall
from hall_desktop.store.seed import add_hours_and_calendar

HALL_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


@dataclass(frozen=True, slots=True)
class NewHall:
    hall_id: int
    admin: Actor
    calendar_years: list[int]  # years whose holidays were written
    unconfirmed_calendar_years: list[int]  # of those, computed: 待确认
    missing_calendar_years: list[int]


class BootstrapService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create_hall(
        self,
        *,
        code: str,
        name: str,
        admin_login: str,
        admin_name: str,
        admin_number: str,
        password: str,
        timezone: str = "Asia/Shanghai",
        today: date | None = None,
    ) -> NewHall:
        """Only for a hall code the database does not know yet (no one to ask for
        permission: the first administrator is created here)."""
        code = rules.NEW_HALL_CODE.clean(code)
        if not HALL_CODE.fullmatch(code):
            raise ValidationError(
                "code", "大厅代码只能用小写英文字母、数字、- 和 _，最多 32 位（如 futian）"
            )
        name = rules.HALL_NAME.clean(name, required=True)
        login = rules.ADMIN_LOGIN.clean(admin_login)
        if not login or not login.isascii() or not login.replace("_", "").isalnum():
            raise ValidationError("admin_login", "用户名只能包含英文字母、数字和下划线")
        admin_name = rules.ADMIN_NAME.clean(admin_name, required=True)
        admin_number = rules.ADMIN_NUMBER.clean(admin_number, required=True)
        timezone = rules.TIMEZONE.clean(timezone)
        try:
            ZoneInfo(timezone)
        except (KeyError, ValueError) as e:
            raise ValidationError("timezone", f"不认识的时区“{timezone}”") from e
        password_hash = hash_password(password)  # refuses a weak password
        async with self.db.write() as session:
            if await session.scalar(select(Hall.id).where(Hall.code == code)) is not None:
                raise Refused(f"大厅“{code}”已经存在，请直接登录", code="exists")
            now = await self.db.now(session)
            hall = Hall(code=code, name=name, timezone=timezone, enforce_hours=True, created_at=now)
            session.add(hall)
            await session.flush()
            roles = frozenset({Role.ADMIN})
            admin = new_staff(
                hall.id,
                login=login,
                name=admin_name,
                staff_number=admin_number,
                roles=roles,
                password_hash=password_hash,
            )
            session.add(admin)
            await session.flush()
            calendar = add_hours_and_calendar(
                session, hall.id, today or now.astimezone(ZoneInfo(timezone)).date()
            )
            await record_event(
                session,
                hall_id=hall.id,
                at=now,
                kind=EventKind.HALL_CREATED,
                actor_id=admin.id,
                payload={
                    "code": code,
                    "name": name,
                    "login": login,
                    "calendar_years": calendar.years,
                    "unconfirmed_calendar_years": calendar.unconfirmed,
                },
            )
            return NewHall(
                hall_id=hall.id,
                admin=Actor(admin.id, hall.id, login, admin_name, admin_number, roles),
                calendar_years=calendar.years,
                unconfirmed_calendar_years=calendar.unconfirmed,
                missing_calendar_years=calendar.missing,
            )
