"""Log-in, the lock after repeated failures, and staff administration."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desktop.domain.errors import AuthenticationFailed, Refused, ValidationError
from hall_desktop.services.actor import Role
from hall_desktop.services.admin import AdminService
from hall_desktop.services.auth import MAX_FAILED_LOGINS, AuthService
from hall_desktop.store.models import Event, Staff

pytestmark = pytest.mark.dates


async def test_login_gives_an_actor_with_roles(db, hall):
    actor = await AuthService(db).login(hall.hall_code, "clerk1", "clerk2026")
    assert actor.roles == frozenset({Role.CLERK}) and actor.name == "张敏"
    assert actor.staff_number == "2001" and actor.hall_id == hall.hall_id


async def test_wrong_password_counts_and_locks(db, hall):
    auth = AuthService(db)
    for attempt in range(1, MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed) as e:
            await auth.login(hall.hall_code, "daoban", "wrong-password1")
        assert e.value.message == "用户名或密码不正确"
        async with db.read() as s:
            staff = await s.scalar(
                select(Staff).where(Staff.hall_id == hall.hall_id, Staff.login == "daoban")
            )
            assert staff.failed_logins == attempt  # kept although the call raised
    with pytest.raises(AuthenticationFailed) as e:
        await auth.login(hall.hall_code, "daoban", "wrong-password1")
    assert e.value.code == "locked"
    with pytest.raises(AuthenticationFailed) as e:  # even the right password now
        await auth.login(hall.hall_code, "daoban", "daoban2026")
    assert e.value.code == "locked" and "分钟后再试" in e.value.message
    async with db.read() as s:
        kinds = list(await s.scalars(select(Event.kind).where(Event.hall_id == hall.hall_id)))
    assert kinds.count("staff_login_failed") == MAX_FAILED_LOGINS - 1
    assert kinds.count("staff_locked") == 1


async def test_unknown_hall_user_and_inactive_account(db, hall, actors):
    auth = AuthService(db)
    with pytest.raises(AuthenticationFailed) as e:
        await auth.login("no-such-hall", "clerk1", "clerk2026")
    assert e.value.code == "unknown_hall"
    with pytest.raises(AuthenticationFailed):
        await auth.login(hall.hall_code, "nobody", "clerk2026")
    await AdminService(db).set_staff_active(actors["admin"], actors["clerk2"].staff_id, False)
    with pytest.raises(AuthenticationFailed):
        await auth.login(hall.hall_code, "clerk2", "clerk2026")


async def test_admin_creates_staff_who_can_log_in(db, hall, actors):
    admin = AdminService(db)
    with pytest.raises(ValidationError) as e:
        await admin.create_staff(
            actors["admin"],
            login="lisi",
            name="李四",
            staff_number="3001",
            roles={Role.CLERK},
            password="short1",
        )
    assert e.value.field == "password"
    with pytest.raises(Refused):
        await admin.create_staff(
            actors["admin"],
            login="clerk1",
            name="重名",
            staff_number="3002",
            roles={Role.CLERK},
            password="longenough1",
        )
    created = await admin.create_staff(
        actors["admin"],
        login="lisi",
        name="李四",
        staff_number="3001",
        roles={Role.CLERK, Role.GUIDE},
        password="longenough1",
    )
    assert created.roles == frozenset({Role.CLERK, Role.GUIDE})
    actor = await AuthService(db).login(hall.hall_code, "lisi", "longenough1")
    assert actor.staff_id == created.id
    with pytest.raises(Refused):
        await admin.set_staff_active(actors["admin"], actors["admin"].staff_id, False)


async def test_edit_roles_and_unlock_are_logged(db, hall, actors):
    admin, auth = AdminService(db), AuthService(db)
    clerk2 = actors["clerk2"].staff_id
    edited = await admin.update_staff(
        actors["admin"], clerk2, name=" 王敏 ", staff_number="2002", roles={Role.SUPERVISOR}
    )
    assert edited.name == "王敏" and edited.roles == frozenset({Role.SUPERVISOR})
    assert (await auth.login(hall.hall_code, "clerk2", "clerk2026")).roles == {Role.SUPERVISOR}
    with pytest.raises(ValidationError) as e:
        await admin.update_staff(
            actors["admin"], clerk2, name="王敏", staff_number="", roles={Role.CLERK}
        )
    assert e.value.field == "staff_number"
    with pytest.raises(Refused):  # an administrator cannot demote themselves
        await admin.update_staff(
            actors["admin"],
            actors["admin"].staff_id,
            name="管理员",
            staff_number="0001",
            roles={Role.SUPERVISOR},
        )
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            await auth.login(hall.hall_code, "clerk2", "wrong-password1")
    listed = {s.login: s for s in await admin.list_staff(actors["admin"])}
    assert listed["clerk2"].locked(await admin.now())
    assert not (await admin.unlock(actors["admin"], clerk2)).locked(await admin.now())
    assert (await auth.login(hall.hall_code, "clerk2", "clerk2026")).staff_id == clerk2
    async with db.read() as s:
        events = {
            e.kind: e.payload
            for e in await s.scalars(select(Event).where(Event.hall_id == hall.hall_id))
        }
    assert events["staff_edited"]["changes"]["roles"] == {"old": "clerk", "new": "supervisor"}
    assert "staff_number" not in events["staff_edited"]["changes"]
    assert events["staff_unlocked"]["login"] == "clerk2" and "staff_locked" in events


@pytest.mark.parametrize("login", ["daoban", "clerk1", "zhuren"])
async def test_staff_administration_is_for_administrators_only(db, hall, actors, login):
    from hall_desktop.domain.errors import PermissionDenied

    admin, who, target = AdminService(db), actors[login], actors["clerk2"].staff_id
    calls = [
        admin.list_staff(who),
        admin.create_staff(
            who, login="x1", name="x", staff_number="9", roles={Role.CLERK}, password="abcdefg12"
        ),
        admin.update_staff(who, target, name="x", staff_number="9", roles={Role.CLERK}),
        admin.set_staff_active(who, target, False),
        admin.reset_password(who, target, "abcdefg12"),
        admin.unlock(who, target),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            await call


async def test_staff_are_listed_in_the_order_people_count(db, hall, actors):
    admin = AdminService(db)
    for n in (21, 100):
        await admin.create_staff(
            actors["admin"],
            login=f"clerk{n}",
            name=f"窗口{n}",
            staff_number=f"3{n:03d}",
            roles={Role.CLERK},
            password="clerk2026",
        )
    logins = [s.login for s in await admin.list_staff(actors["admin"])]
    clerks = [login for login in logins if login.startswith("clerk")]
    numbers = [int(login.removeprefix("clerk")) for login in clerks]
    assert numbers == sorted(numbers) and {2, 10, 21, 100} <= set(numbers)
